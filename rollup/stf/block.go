package stf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/txn"
)

// ErrRecordCount is returned by ApplyBatch for a recordCount above 4096 k,
// which the inbox refuses: the caller's batch does not come from the inbox
// (or the payload has fewer rows than the batch's k). Not retryable.
var ErrRecordCount = errors.New("stf: recordCount above 4096 k")

// Batch is one batch as the inbox recorded it, with its data.
type Batch struct {
	Index       uint64        `json:"index"`
	L1Block     uint64        `json:"l1Block"`     // L1 block of the append: l1Origin of implicit blocks
	L1Time      uint64        `json:"l1Timestamp"` // its timestamp: time of implicit blocks
	StepsStart  uint64        `json:"stepsStart"`
	Queue       []QueueItem   `json:"queue"` // items queueStart..queueEnd-1, in order
	RecordCount uint64        `json:"recordCount"`
	Payload     batch.Payload `json:"-"`
}

// StepsEnd returns stepsStart + queue items + recordCount, as the inbox
// counts it.
func (b *Batch) StepsEnd() uint64 { return b.StepsStart + uint64(len(b.Queue)) + b.RecordCount }

// Inputs returns the batch's steps in order: its queue items, then
// recordCount records read from cursor 0.
func (b *Batch) Inputs(maxRecord int) []Input {
	in := make([]Input, 0, len(b.Queue)+int(min(b.RecordCount, 1<<20)))
	for i := range b.Queue {
		in = append(in, Input{Queue: &b.Queue[i]})
	}
	for _, r := range batch.ReadAll(b.Payload, b.RecordCount, maxRecord) {
		in = append(in, Input{Record: &r})
	}
	return in
}

// Head identifies the latest L2 block.
type Head struct {
	Hash   common.Hash `json:"hash"`
	Number uint64      `json:"number"`
	Time   uint64      `json:"timestamp"`
}

// Receipt is a transaction's receipt. Every included transaction succeeded
// (an invalid one is a no-op and is not included).
type Receipt struct {
	TxHash            common.Hash    `json:"transactionHash"`
	Type              uint8          `json:"type"`
	Status            uint64         `json:"status"`
	BlockNumber       uint64         `json:"blockNumber"`
	BlockHash         common.Hash    `json:"blockHash"`
	Index             uint           `json:"transactionIndex"`
	From              common.Address `json:"from"`
	To                common.Address `json:"to"`
	GasUsed           uint64         `json:"gasUsed"`
	CumulativeGasUsed uint64         `json:"cumulativeGasUsed"`
	EffectiveGasPrice uint256.Int    `json:"effectiveGasPrice"`
	Step              uint64         `json:"step"` // global step index
}

// Block is an L2 block.
type Block struct {
	Header   *types.Header `json:"-"`
	Hash     common.Hash   `json:"hash"`
	Number   uint64        `json:"number"`
	Time     uint64        `json:"timestamp"`
	L1Origin uint64        `json:"l1Origin"`
	Roots    state.Roots   `json:"roots"`
	Txs      []*txn.Tx     `json:"-"`
	Receipts []Receipt     `json:"receipts"`
	// FirstStep and EndStep delimit the global steps of the block.
	FirstStep uint64 `json:"firstStep"`
	EndStep   uint64 `json:"endStep"`
}

// StepInfo is what the prover needs of each step.
type StepInfo struct {
	Index uint64   `json:"index"` // global step index
	Kind  StepKind `json:"kind"`
	// Where the bytes live: QueueIndex for a queue step; for a record
	// step, the record (cursor, next cursor, kind, element range).
	QueueIndex uint64        `json:"queueIndex,omitempty"`
	Record     *batch.Record `json:"record,omitempty"`
	Applied    bool          `json:"applied"`
	Reason     string        `json:"reason,omitempty"`
	TxHash     common.Hash   `json:"txHash,omitempty"`
	Block      uint64        `json:"block"`
	// Cursor is the record cursor after the step (0 after a batch's last
	// step); Roots the roots after it when Options.StepRoots is set.
	Cursor uint64       `json:"cursor"`
	Roots  *state.Roots `json:"roots,omitempty"`
}

// Claim returns keccak256(stateRoot || withdrawalsRoot || cursor (uint64)).
func (s StepInfo) Claim() (common.Hash, error) {
	if s.Roots == nil {
		return common.Hash{}, errors.New("stf: step roots not recorded (Options.StepRoots)")
	}
	return Claim(*s.Roots, s.Cursor), nil
}

// Options tune ApplyBatch.
type Options struct {
	// StepRoots hashes the trees after every step and records the roots
	// in each StepInfo (what bisection needs; about three times slower).
	// Off, roots are hashed at block ends only.
	StepRoots bool
}

// Result is what applying a batch produced.
type Result struct {
	Blocks []Block     `json:"blocks"`
	Steps  []StepInfo  `json:"steps"`
	Roots  state.Roots `json:"roots"`
	Head   Head        `json:"head"`
	// Output is the output root after the batch.
	Output common.Hash `json:"outputRoot"`
}

// ApplyBatch applies batch b to st on top of head: its queue items, then
// its records, grouped in L2 blocks (docs/rollup.md, "Blocks"). The caller
// commits st afterwards (a per-batch checkpoint). An error means the store
// failed.
func ApplyBatch(p Params, st *state.State, head Head, b *Batch, opt Options) (*Result, error) {
	if b.RecordCount > uint64(b.Payload.Rows())*batch.ElementsPerRow {
		return nil, fmt.Errorf("%w: %d records over %d rows", ErrRecordCount, b.RecordCount, b.Payload.Rows())
	}
	res := &Result{Head: head}
	inputs := b.Inputs(p.MaxRecord)
	var cur *Block
	type pendingTx struct {
		tx   *txn.Tx
		step uint64
	}
	var pendingTxs []pendingTx // forced transactions waiting for the first block
	var pendingSteps []int     // steps before the first block opens
	first := b.StepsStart
	open := func(time, origin uint64) {
		cur = &Block{Number: res.Head.Number + 1, Time: time, L1Origin: origin, FirstStep: first}
		for _, i := range pendingSteps {
			res.Steps[i].Block = cur.Number
		}
		pendingSteps = nil
		for _, pt := range pendingTxs {
			addTx(p, cur, pt.tx, pt.step)
		}
		pendingTxs = nil
	}
	closeBlock := func(end uint64) {
		cur.EndStep, first = end, end
		cur.Roots = st.Roots()
		seal(p, cur, res.Head.Hash)
		res.Blocks = append(res.Blocks, *cur)
		res.Head = Head{Hash: cur.Hash, Number: cur.Number, Time: cur.Time}
		cur = nil
	}
	for i, in := range inputs {
		g := b.StepsStart + uint64(i)
		out, err := Step(p, st, in)
		if err != nil {
			return nil, fmt.Errorf("stf: batch %d step %d: %w", b.Index, g, err)
		}
		info := StepInfo{Index: g, Kind: out.Kind, Applied: out.Applied}
		if in.Queue != nil {
			info.QueueIndex = in.Queue.Index
		} else {
			r := *in.Record
			r.Body = nil
			info.Record = &r
			info.Cursor = in.Record.Next
		}
		if out.Reason != nil {
			info.Reason = out.Reason.Error()
			var r txn.Reason
			if errors.As(out.Reason, &r) {
				info.Reason = r.String()
			}
		}
		if i == len(inputs)-1 {
			info.Cursor = 0
		}
		if out.Tx != nil {
			info.TxHash = out.Tx.Hash
		}
		if out.Kind == StepMarker {
			if cur != nil {
				closeBlock(g)
			}
			open(out.Marker.Time, out.Marker.L1Origin)
		}
		if out.Applied && out.Tx != nil {
			if cur == nil && out.Kind == StepTx {
				open(b.L1Time, b.L1Block)
			}
			if cur == nil {
				pendingTxs = append(pendingTxs, pendingTx{out.Tx, g})
			} else {
				addTx(p, cur, out.Tx, g)
			}
		}
		if cur != nil {
			info.Block = cur.Number
		} else {
			pendingSteps = append(pendingSteps, len(res.Steps))
		}
		if opt.StepRoots {
			r := st.Roots()
			info.Roots = &r
		}
		res.Steps = append(res.Steps, info)
	}
	if cur == nil && len(inputs) > 0 {
		open(b.L1Time, b.L1Block)
	}
	if cur != nil {
		closeBlock(b.StepsEnd())
	}
	res.Roots = st.Roots()
	res.Output = OutputRoot(res.Roots, res.Head.Hash)
	return res, nil
}

func addTx(p Params, blk *Block, tx *txn.Tx, step uint64) {
	price := tx.Price(p.BaseFee)
	n := uint(len(blk.Txs))
	blk.Txs = append(blk.Txs, tx)
	blk.Receipts = append(blk.Receipts, Receipt{TxHash: tx.Hash, Type: tx.Type, Status: 1, BlockNumber: blk.Number,
		Index: n, From: tx.From, To: tx.To, GasUsed: txn.TransferGas, CumulativeGasUsed: txn.TransferGas * uint64(n+1),
		EffectiveGasPrice: price, Step: step})
}

// rawTxs is a DerivableList over the transactions' encodings.
type rawTxs []*txn.Tx

func (r rawTxs) Len() int                           { return len(r) }
func (r rawTxs) EncodeIndex(i int, w *bytes.Buffer) { w.Write(r[i].Raw) }

// Header returns the Ethereum-shaped header of a block (spec: "Blocks").
func Header(p Params, parent common.Hash, number, time, l1Origin uint64, roots state.Roots, txs []*txn.Tx) *types.Header {
	rcpts := make(types.Receipts, len(txs))
	for i, tx := range txs {
		rcpts[i] = &types.Receipt{Type: tx.Type, Status: types.ReceiptStatusSuccessful,
			CumulativeGasUsed: txn.TransferGas * uint64(i+1), Logs: []*types.Log{}}
	}
	extra := make([]byte, 40)
	binary.BigEndian.PutUint64(extra, l1Origin)
	copy(extra[8:], roots.Withdrawals[:])
	return &types.Header{
		ParentHash:  parent,
		UncleHash:   types.EmptyUncleHash,
		Coinbase:    p.FeeRecipient,
		Root:        roots.State,
		TxHash:      types.DeriveSha(rawTxs(txs), trie.NewStackTrie(nil)),
		ReceiptHash: types.DeriveSha(rcpts, trie.NewStackTrie(nil)),
		Difficulty:  new(big.Int),
		Number:      new(big.Int).SetUint64(number),
		GasLimit:    p.BlockGasLimit,
		GasUsed:     txn.TransferGas * uint64(len(txs)),
		Time:        time,
		Extra:       extra,
		BaseFee:     new(big.Int).SetUint64(p.BaseFee),
	}
}

func seal(p Params, blk *Block, parent common.Hash) {
	blk.Header = Header(p, parent, blk.Number, blk.Time, blk.L1Origin, blk.Roots, blk.Txs)
	blk.Hash = blk.Header.Hash()
	for i := range blk.Receipts {
		blk.Receipts[i].BlockHash = blk.Hash
	}
}

// Genesis returns L2 block 0: empty state, time GenesisTime.
func Genesis(p Params) (Block, Head) {
	blk := Block{Number: 0, Time: p.GenesisTime}
	seal(p, &blk, common.Hash{})
	return blk, Head{Hash: blk.Hash, Number: 0, Time: blk.Time}
}

// OutputRoot returns keccak256(version (32 zero bytes) || stateRoot ||
// withdrawalsRoot || l2BlockHash).
func OutputRoot(r state.Roots, l2BlockHash common.Hash) common.Hash {
	var version [32]byte
	return crypto.Keccak256Hash(version[:], r.State[:], r.Withdrawals[:], l2BlockHash[:])
}

// Claim returns keccak256(stateRoot || withdrawalsRoot || cursor (uint64
// big-endian)): what bisection compares after each step.
func Claim(r state.Roots, cursor uint64) common.Hash {
	var c [8]byte
	binary.BigEndian.PutUint64(c[:], cursor)
	return crypto.Keccak256Hash(r.State[:], r.Withdrawals[:], c[:])
}

// Replay applies the first n steps of b to st (opened at the batch's
// checkpoint) and returns the outcome of the last one: how the prover gets
// the state, and so Merkle proofs, at any step.
func Replay(p Params, st *state.State, b *Batch, n uint64) error {
	inputs := b.Inputs(p.MaxRecord)
	if n > uint64(len(inputs)) {
		return fmt.Errorf("stf: replay of %d steps, batch %d has %d", n, b.Index, len(inputs))
	}
	for _, in := range inputs[:n] {
		if _, err := Step(p, st, in); err != nil {
			return err
		}
	}
	return nil
}
