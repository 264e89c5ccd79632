package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	dacl1 "github.com/quire-da/quire/dac/l1"
)

// Backend is what this package needs from an L1 node: the same as the
// committee adapter's (an *ethclient.Client or the simulated backend's
// client).
type Backend = dacl1.Backend

// Errors. ErrTimeout (dac/l1's, wrapped) may be retried; the others not
// with the same input.
var (
	// ErrBadParams is returned by Params.Validate.
	ErrBadParams = errors.New("rollup/l1: bad parameters")
	// ErrNoEvent is returned when a receipt lacks the event a transaction
	// must emit.
	ErrNoEvent = errors.New("rollup/l1: expected event missing from receipt")
	// ErrHashMismatch is returned when an event's hash is not the Go twin's
	// hash of the fields it carries (a contract that is not RollupInbox, or
	// a bug on one side).
	ErrHashMismatch = errors.New("rollup/l1: event hash does not match its fields")
	// ErrGap is returned by a Follower when batches or queue items do not
	// arrive with consecutive indexes (it was started at the wrong cursor,
	// or the node skipped logs).
	ErrGap = errors.New("rollup/l1: events out of order")
)

// Params are RollupInbox's constructor arguments: the L1 part of the
// rollup's configuration.
type Params struct {
	Committee    common.Address // the Committee contract batches must be certified in
	Sequencer    common.Address // the only account that may append batches
	FeeRecipient common.Address // L2 fee recipient; paid the forced-transaction fees on L1
	L2ChainID    uint64         // must differ from the L1 chain ID
	ForceDelay   time.Duration  // D: a queue item is due this long after it is queued (whole seconds, > 0)
	MinRetention time.Duration  // a batch's blob must stay certified at least this long after its append
	ForceTxFee   *big.Int       // wei paid with every forceTx (nil: 0)

	// Game is RollupGame's parameters; zero means DefaultGameParams.
	Game GameParams
	// OneStep deploys the one-step verifier right after the game; nil
	// deploys none (the game's step then reverts NoOneStep: games end by
	// timeout only).
	OneStep OneStepDeployer
}

// Validate checks the parameters on their own and against the L1 chain ID
// (0 skips that check). The contract repeats the checks it can make.
func (p *Params) Validate(l1ChainID uint64) error {
	switch {
	case p.Committee == (common.Address{}):
		return fmt.Errorf("%w: no committee address", ErrBadParams)
	case p.Sequencer == (common.Address{}):
		return fmt.Errorf("%w: no sequencer address", ErrBadParams)
	case p.FeeRecipient == (common.Address{}):
		return fmt.Errorf("%w: no fee recipient", ErrBadParams)
	case p.L2ChainID == 0 || p.L2ChainID == l1ChainID:
		return fmt.Errorf("%w: L2 chain ID %d (L1 is %d)", ErrBadParams, p.L2ChainID, l1ChainID)
	case p.ForceDelay < time.Second || p.ForceDelay%time.Second != 0:
		return fmt.Errorf("%w: force-inclusion delay %v is not a positive number of seconds", ErrBadParams, p.ForceDelay)
	case p.MinRetention < 0 || p.MinRetention%time.Second != 0:
		return fmt.Errorf("%w: minimum retention %v is not a whole number of seconds", ErrBadParams, p.MinRetention)
	case p.ForceTxFee != nil && p.ForceTxFee.Sign() < 0:
		return fmt.Errorf("%w: negative forced-transaction fee", ErrBadParams)
	}
	if p.Game.isZero() {
		return nil
	}
	return p.Game.Validate()
}

// gameParams returns p.Game, or DefaultGameParams when it is zero.
func (p *Params) gameParams() GameParams {
	if p.Game.isZero() {
		return DefaultGameParams()
	}
	return p.Game
}

func (p *Params) arg(game common.Address) contracts.RollupInboxParams {
	fee := new(big.Int)
	if p.ForceTxFee != nil {
		fee.Set(p.ForceTxFee)
	}
	return contracts.RollupInboxParams{
		Committee:    p.Committee,
		Sequencer:    p.Sequencer,
		FeeRecipient: p.FeeRecipient,
		L2ChainId:    p.L2ChainID,
		ForceDelay:   uint64(p.ForceDelay / time.Second),
		MinRetention: uint64(p.MinRetention / time.Second),
		ForceTxFee:   fee,
		Game:         game,
	}
}

// Option configures an Inbox: dac/l1's options (WithTimeout,
// WithPollInterval, WithMiner), shared with every contract handle.
type Option = dacl1.Option

// WithTimeout, WithPollInterval and WithMiner are dac/l1's.
var (
	WithTimeout      = dacl1.WithTimeout
	WithPollInterval = dacl1.WithPollInterval
	WithMiner        = dacl1.WithMiner
)

// inboxOptions adds the Committee's errors to an inbox handle's revert
// decoding: certifyAndAppend passes the committee's reverts through.
func inboxOptions(opts []Option) []Option {
	return append(append([]Option(nil), opts...), dacl1.WithErrorsOf(&contracts.CommitteeMetaData), dacl1.WithErrorsOf(&contracts.RollupGameMetaData))
}

// Inbox is a handle on one deployed RollupInbox. It is safe for concurrent
// use; every method takes a context and is bounded by WithTimeout.
type Inbox struct {
	*dacl1.Contract
	abi  *contracts.RollupInbox
	game *Game // set by Deploy; Game binds it otherwise
	opts []Option
}

// Deploy validates p and deploys, from `from`, a RollupInbox, its
// RollupGame and (when p.OneStep is set) the one-step verifier, in three
// consecutive transactions: the inbox is constructed with the game's
// address predicted from the deployer's nonce (docs/decisions.md), and the
// game's constructor checks that the inbox names it. The returned receipt
// is the inbox's; the deployment block's timestamp is the genesis batch's.
// No other transaction may be sent from `from` meanwhile
// (ErrDeployAddress).
func Deploy(ctx context.Context, b Backend, from *bind.TransactOpts, p Params, opts ...Option) (*Inbox, *types.Receipt, error) {
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	id, err := b.ChainID(cctx)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("rollup/l1: chain id: %w", err)
	}
	if err := p.Validate(id.Uint64()); err != nil {
		return nil, nil, err
	}
	gp := p.gameParams()
	cctx, cancel = context.WithTimeout(ctx, time.Minute)
	nonce, err := b.PendingNonceAt(cctx, from.From)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("rollup/l1: deployer nonce: %w", err)
	}
	inboxAt := crypto.CreateAddress(from.From, nonce)
	gameAt := crypto.CreateAddress(from.From, nonce+1)
	var oneStepAt common.Address
	if p.OneStep != nil {
		oneStepAt = crypto.CreateAddress(from.From, nonce+2)
	}
	a := contracts.NewRollupInbox()
	c, r, err := dacl1.DeployContract(ctx, b, from, &contracts.RollupInboxMetaData, a.PackConstructor(p.arg(gameAt)), inboxOptions(opts)...)
	if err != nil {
		return nil, r, fmt.Errorf("rollup/l1: deploy inbox: %w", err)
	}
	if c.Address() != inboxAt {
		return nil, r, fmt.Errorf("%w: inbox at %s, want %s", ErrDeployAddress, c.Address(), inboxAt)
	}
	ga := contracts.NewRollupGame()
	gc, _, err := dacl1.DeployContract(ctx, b, from, &contracts.RollupGameMetaData, ga.PackConstructor(inboxAt, oneStepAt, gp.arg()), opts...)
	if err != nil {
		return nil, r, fmt.Errorf("rollup/l1: deploy game: %w", err)
	}
	if gc.Address() != gameAt {
		return nil, r, fmt.Errorf("%w: game at %s, want %s", ErrDeployAddress, gc.Address(), gameAt)
	}
	if p.OneStep != nil {
		meta, args := p.OneStep(inboxAt)
		oc, _, err := dacl1.DeployContract(ctx, b, from, meta, args, opts...)
		if err != nil {
			return nil, r, fmt.Errorf("rollup/l1: deploy one-step verifier: %w", err)
		}
		if oc.Address() != oneStepAt {
			return nil, r, fmt.Errorf("%w: one-step verifier at %s, want %s", ErrDeployAddress, oc.Address(), oneStepAt)
		}
	}
	in := &Inbox{Contract: c, abi: a, opts: append([]Option(nil), opts...)}
	in.game = &Game{Contract: gc, abi: ga}
	return in, r, nil
}

// New returns a handle on the RollupInbox at address. It checks that code
// is deployed there.
func New(ctx context.Context, b Backend, address common.Address, opts ...Option) (*Inbox, error) {
	c, err := dacl1.BindContract(ctx, b, &contracts.RollupInboxMetaData, address, inboxOptions(opts)...)
	if err != nil {
		return nil, fmt.Errorf("rollup/l1: %w", err)
	}
	return &Inbox{Contract: c, abi: contracts.NewRollupInbox(), opts: append([]Option(nil), opts...)}, nil
}

// transact sends calldata (with value wei, nil for none) from `from`,
// waits for the receipt and decodes a revert found while estimating gas.
func (in *Inbox) transact(ctx context.Context, from *bind.TransactOpts, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	r, err := in.TransactValue(ctx, from, what, data, value)
	if err != nil {
		return r, fmt.Errorf("rollup/%w", err)
	}
	return r, nil
}

// call runs a read-only call against the latest block.
func call[T any](ctx context.Context, in *Inbox, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return dacl1.Call(ctx, in.Contract, data, unpack)
}

// BatchArgs is what the sequencer declares for a batch besides its data.
type BatchArgs struct {
	Index        uint64      // the next batch index (Head.NextBatch)
	PrevHash     common.Hash // BatchHash(Index - 1)
	RecordCount  uint64      // records derivation reads from cursor 0
	QueueEnd     uint64      // queue items [Head.QueueNext, QueueEnd) apply first; the contract raises it over due items
	L2BlockStart uint64      // Head.L2BlockEnd
	L2BlockEnd   uint64      // exclusive, >= L2BlockStart
}

func (a BatchArgs) arg() contracts.RollupInboxBatchArgs {
	return contracts.RollupInboxBatchArgs{
		Index: a.Index, PrevHash: a.PrevHash, RecordCount: a.RecordCount,
		QueueEnd: a.QueueEnd, L2BlockStart: a.L2BlockStart, L2BlockEnd: a.L2BlockEnd,
	}
}

// AppendBatch appends a batch whose records are in the quire blob h
// describes (only its version 1 blob ID fields are sent: size, k,
// commitments root). The blob must already be certified in the Committee
// with enough retention left. It returns the batch as stored (the
// contract fills in the queue start, the clamped queue end, the steps and
// the time) and the receipt.
func (in *Inbox) AppendBatch(ctx context.Context, from *bind.TransactOpts, h *dac.HeaderCore, a BatchArgs) (Batch, *types.Receipt, error) {
	data := in.abi.PackAppendBatch(h.Size, h.K, h.CommitmentsRoot, a.arg())
	return in.batchTx(ctx, from, "append batch", data)
}

// CertifyAndAppend certifies h in the Committee (skipped when the blob is
// already certified with at least h.Expiry) and appends the batch, in one
// transaction. cert comes from dac/l1's EpochCommittee.CertificateArgs.
func (in *Inbox) CertifyAndAppend(ctx context.Context, from *bind.TransactOpts, h *dac.HeaderCore, cert dacl1.CertificateArgs, a BatchArgs) (Batch, *types.Receipt, error) {
	hd := contracts.RollupInboxBlobHeader{
		Version: h.Version, ChainId: h.ChainID, Size: h.Size, K: h.K, CommitmentsRoot: h.CommitmentsRoot,
		ArchiveData: h.ArchiveData, ArchiveTotal: h.ArchiveTotal, ArchiveRoot: h.ArchiveRoot, Expiry: h.Expiry, Epoch: h.Epoch,
	}
	c := contracts.RollupInboxCertificate{Signers: cert.Signers, Signature: cert.Signature, AggregateKey: cert.AggregateKey, NonSignerKeys: cert.NonSignerKeys}
	if c.Signers == nil {
		c.Signers = new(big.Int)
	}
	data := in.abi.PackCertifyAndAppend(hd, c, a.arg())
	return in.batchTx(ctx, from, "certify and append", data)
}

// ForceInclusion appends a data-less batch that takes the queue up to
// queueEnd; anyone may send it once item queueEnd-1 is due.
func (in *Inbox) ForceInclusion(ctx context.Context, from *bind.TransactOpts, queueEnd uint64) (Batch, *types.Receipt, error) {
	return in.batchTx(ctx, from, "force inclusion", in.abi.PackForceInclusion(queueEnd))
}

func (in *Inbox) batchTx(ctx context.Context, from *bind.TransactOpts, what string, data []byte) (Batch, *types.Receipt, error) {
	r, err := in.transact(ctx, from, what, data, nil)
	if err != nil {
		return Batch{}, r, err
	}
	for _, l := range r.Logs {
		if l.Address != in.Address() {
			continue
		}
		if ev, err := DecodeEvent(l); err == nil && ev.Batch != nil {
			return *ev.Batch, r, nil
		}
	}
	return Batch{}, r, fmt.Errorf("%w: BatchAppended", ErrNoEvent)
}

// Deposit deposits value wei to `to` on L2. It returns the queue item.
func (in *Inbox) Deposit(ctx context.Context, from *bind.TransactOpts, to common.Address, value *big.Int) (QueueItem, *types.Receipt, error) {
	return in.itemTx(ctx, from, "deposit", in.abi.PackDeposit(to), value)
}

// ForceTx queues a signed L2 transaction (its bytes, at most MaxRecord),
// paying fee wei (the contract's forceTxFee, see ForceTxFee).
func (in *Inbox) ForceTx(ctx context.Context, from *bind.TransactOpts, signedTx []byte, fee *big.Int) (QueueItem, *types.Receipt, error) {
	return in.itemTx(ctx, from, "force tx", in.abi.PackForceTx(signedTx), fee)
}

func (in *Inbox) itemTx(ctx context.Context, from *bind.TransactOpts, what string, data []byte, value *big.Int) (QueueItem, *types.Receipt, error) {
	r, err := in.transact(ctx, from, what, data, value)
	if err != nil {
		return QueueItem{}, r, err
	}
	for _, l := range r.Logs {
		if l.Address != in.Address() {
			continue
		}
		if ev, err := DecodeEvent(l); err == nil && ev.Item != nil {
			return *ev.Item, r, nil
		}
	}
	return QueueItem{}, r, fmt.Errorf("%w: Queued", ErrNoEvent)
}

// ClaimFees pays the accrued forced-transaction fees to the fee recipient.
func (in *Inbox) ClaimFees(ctx context.Context, from *bind.TransactOpts) (*types.Receipt, error) {
	return in.transact(ctx, from, "claim fees", in.abi.PackClaimFees(), nil)
}

// Head is the head of the batch chain.
type Head struct {
	NextBatch  uint64 // index the next batch gets
	QueueNext  uint64 // first queue item no batch has taken
	StepsEnd   uint64 // StepsEnd of the last batch
	L2BlockEnd uint64 // L2BlockEnd of the last batch
}

// Head reads the head of the batch chain.
func (in *Inbox) Head(ctx context.Context) (Head, error) {
	h, err := call(ctx, in, in.abi.PackHead(), in.abi.UnpackHead)
	if err != nil {
		return Head{}, fmt.Errorf("rollup/l1: head: %w", err)
	}
	return Head{NextBatch: h.NextBatch, QueueNext: h.QueueNext, StepsEnd: h.StepsEnd, L2BlockEnd: h.L2BlockEnd}, nil
}

// BatchHash reads the stored hash of batch index (zero if none).
func (in *Inbox) BatchHash(ctx context.Context, index uint64) (common.Hash, error) {
	h, err := call(ctx, in, in.abi.PackBatchHash(index), in.abi.UnpackBatchHash)
	return common.Hash(h), err
}

// QueueLength reads the number of queue items ever queued.
func (in *Inbox) QueueLength(ctx context.Context) (uint64, error) {
	return call(ctx, in, in.abi.PackQueueLength(), in.abi.UnpackQueueLength)
}

// QueueHash reads the stored hash of queue item index.
func (in *Inbox) QueueHash(ctx context.Context, index uint64) (common.Hash, error) {
	h, err := call(ctx, in, in.abi.PackQueueHash(index), in.abi.UnpackQueueHash)
	return common.Hash(h), err
}

// ForceTxFee reads the fee forceTx must pay.
func (in *Inbox) ForceTxFee(ctx context.Context) (*big.Int, error) {
	return call(ctx, in, in.abi.PackForceTxFee(), in.abi.UnpackForceTxFee)
}

// ForceDelay reads D: how long after it is queued an item is due.
func (in *Inbox) ForceDelay(ctx context.Context) (time.Duration, error) {
	d, err := call(ctx, in, in.abi.PackForceDelay(), in.abi.UnpackForceDelay)
	return time.Duration(d) * time.Second, err
}

// FeesAccrued reads the forced-transaction fees not yet claimed.
func (in *Inbox) FeesAccrued(ctx context.Context) (*big.Int, error) {
	return call(ctx, in, in.abi.PackFeesAccrued(), in.abi.UnpackFeesAccrued)
}

// ContractBatchHash asks the contract to hash b (its hashBatch view): the
// Solidity side of the Go twin Batch.Hash.
func (in *Inbox) ContractBatchHash(ctx context.Context, b *Batch) (common.Hash, error) {
	h, err := call(ctx, in, in.abi.PackHashBatch(batchArg(b)), in.abi.UnpackHashBatch)
	return common.Hash(h), err
}

// ContractQueueItemHash asks the contract to hash it (its hashQueueItem
// view): the Solidity side of QueueItem.Hash.
func (in *Inbox) ContractQueueItemHash(ctx context.Context, it *QueueItem) (common.Hash, error) {
	h, err := call(ctx, in, in.abi.PackHashQueueItem(itemArg(it)), in.abi.UnpackHashQueueItem)
	return common.Hash(h), err
}

func batchArg(b *Batch) contracts.RollupInboxBatch {
	return contracts.RollupInboxBatch{
		Index: b.Index, PrevHash: b.PrevHash, Kind: uint8(b.Kind), DataRef: b.DataRef, K: b.K,
		RecordCount: b.RecordCount, QueueStart: b.QueueStart, QueueEnd: b.QueueEnd,
		StepsStart: b.StepsStart, StepsEnd: b.StepsEnd, L2BlockStart: b.L2BlockStart, L2BlockEnd: b.L2BlockEnd,
		L1Timestamp: b.L1Timestamp,
	}
}

func itemArg(it *QueueItem) contracts.RollupInboxQueueItem {
	v := new(big.Int)
	if it.Value != nil {
		v.Set(it.Value)
	}
	return contracts.RollupInboxQueueItem{
		Kind: uint8(it.Kind), L1Sender: it.L1Sender, To: it.To, Value: v, DataHash: it.DataHash,
		L1Block: it.L1Block, Timestamp: it.Timestamp,
	}
}
