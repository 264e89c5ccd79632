package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/contracts"
	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/rollup/state"
)

// Event is one decoded log of RollupInbox: Batch is set for BatchAppended,
// Item for Queued, Withdrawal for WithdrawalPaid; FeesClaimed sets none.
type Event struct {
	Name       string // Solidity event name
	Block      uint64
	TxHash     common.Hash
	LogIndex   uint
	Batch      *Batch
	Item       *QueueItem
	Withdrawal *WithdrawalPaid
}

// WithdrawalPaid is a withdrawal the inbox paid on L1.
type WithdrawalPaid struct {
	Key        common.Hash // keccak256(0x01 || sender || uint64 nonce), checked
	Sender     common.Address
	Nonce      uint64
	Amount     *big.Int
	ProposalID uint64 // the finalized proposal it was proven against
}

// ErrUnknownEvent is returned by DecodeEvent for a log that is not one of
// RollupInbox's events.
var ErrUnknownEvent = errors.New("rollup/l1: unknown event")

var eventABI = contracts.NewRollupInbox()

// DecodeEvent decodes a RollupInbox log and checks that the hash it carries
// is the Go twin's hash of its fields (and, for a forced transaction, that
// the data hashes to DataHash). Logs come from the chain, so any bytes may
// arrive: it returns an error, never panics.
func DecodeEvent(l *types.Log) (Event, error) {
	ev := Event{Block: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}
	if len(l.Topics) == 0 {
		return ev, fmt.Errorf("%w: no topics", ErrUnknownEvent)
	}
	if len(l.Data) == 0 {
		// The generated unpackers skip empty data and return zero fields
		// (a nil value): every inbox event has data.
		return ev, fmt.Errorf("rollup/l1: log without data (topic %s)", l.Topics[0])
	}
	switch l.Topics[0] {
	case inboxOnly.Events["BatchAppended"].ID:
		ev.Name = "BatchAppended"
		v, err := eventABI.UnpackBatchAppendedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode BatchAppended: %w", err)
		}
		s := v.Batch
		b := &Batch{
			Index: s.Index, PrevHash: s.PrevHash, Kind: BatchKind(s.Kind), DataRef: s.DataRef, K: s.K,
			RecordCount: s.RecordCount, QueueStart: s.QueueStart, QueueEnd: s.QueueEnd,
			StepsStart: s.StepsStart, StepsEnd: s.StepsEnd, L2BlockStart: s.L2BlockStart, L2BlockEnd: s.L2BlockEnd,
			L1Timestamp: s.L1Timestamp, L1Block: l.BlockNumber,
		}
		if v.Index != b.Index || common.Hash(v.Hash) != b.Hash() {
			return ev, fmt.Errorf("%w: batch %d (topic index %d)", ErrHashMismatch, b.Index, v.Index)
		}
		ev.Batch = b
	case inboxOnly.Events["Queued"].ID:
		ev.Name = "Queued"
		v, err := eventABI.UnpackQueuedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode Queued: %w", err)
		}
		s := v.Item
		it := &QueueItem{
			Index: v.Index, Kind: ItemKind(s.Kind), L1Sender: s.L1Sender, To: s.To, Value: new(big.Int).Set(s.Value),
			DataHash: s.DataHash, L1Block: s.L1Block, Timestamp: s.Timestamp,
		}
		if len(v.Data) > 0 {
			it.Data = v.Data
		}
		if common.Hash(v.Hash) != it.Hash() {
			return ev, fmt.Errorf("%w: queue item %d", ErrHashMismatch, it.Index)
		}
		want := common.Hash{}
		if len(it.Data) > 0 {
			want = keccak(it.Data)
		}
		if it.DataHash != want {
			return ev, fmt.Errorf("%w: queue item %d data does not hash to its dataHash", ErrHashMismatch, it.Index)
		}
		ev.Item = it
	case inboxOnly.Events["FeesClaimed"].ID:
		ev.Name = "FeesClaimed"
		if _, err := eventABI.UnpackFeesClaimedEvent(l); err != nil {
			return ev, fmt.Errorf("rollup/l1: decode FeesClaimed: %w", err)
		}
	case inboxOnly.Events["WithdrawalPaid"].ID:
		ev.Name = "WithdrawalPaid"
		v, err := eventABI.UnpackWithdrawalPaidEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode WithdrawalPaid: %w", err)
		}
		w := &WithdrawalPaid{Key: v.Key, Sender: v.Sender, Nonce: v.Nonce, Amount: new(big.Int).Set(v.Amount), ProposalID: v.ProposalId}
		if state.WithdrawalKey(w.Sender, w.Nonce) != w.Key {
			return ev, fmt.Errorf("%w: withdrawal key of %s nonce %d", ErrHashMismatch, w.Sender, w.Nonce)
		}
		ev.Withdrawal = w
	default:
		return ev, fmt.Errorf("%w: topic %s", ErrUnknownEvent, l.Topics[0])
	}
	return ev, nil
}

// Events returns the inbox's events in blocks [from, to], in chain order.
func (in *Inbox) Events(ctx context.Context, from, to uint64) ([]Event, error) {
	ctx, cancel := context.WithTimeout(ctx, in.Timeout())
	defer cancel()
	out, err := dacl1.DecodeLogs(ctx, in.Backend(), in.Address(), from, to, DecodeEvent)
	if err != nil {
		return nil, fmt.Errorf("rollup/l1: %w", err)
	}
	return out, nil
}

// Cursor is where a Follower resumes: the next L1 block to read and the
// next batch and queue item indexes it expects. The zero Cursor starts at
// L1 genesis (before the inbox's deployment) and expects batch 0 (genesis)
// and queue item 0.
type Cursor struct {
	Block     uint64
	NextBatch uint64
	NextItem  uint64
}

// Update is what one Poll read: the batches and queue items appended in L1
// blocks [FromBlock, ToBlock], each in index order.
type Update struct {
	FromBlock, ToBlock uint64
	Batches            []Batch
	Items              []QueueItem
}

// Follower reads the inbox's batches and queue items in order, only from
// blocks at least Confirmations below the head, so that reorgs shallower
// than that never show. It is not safe for concurrent use.
type Follower struct {
	in            *Inbox
	confirmations uint64
	cur           Cursor
}

// Follower returns a follower that starts at cur.
func (in *Inbox) Follower(cur Cursor, confirmations uint64) *Follower {
	return &Follower{in: in, confirmations: confirmations, cur: cur}
}

// Cursor returns where the next Poll starts (persist it to resume).
func (f *Follower) Cursor() Cursor { return f.cur }

// Poll reads the confirmed blocks not read yet and returns their batches
// and queue items. The zero Update means no new confirmed block. It fails with ErrGap, leaving the cursor where it was,
// when an index is not the next one expected or a batch takes queue items
// not seen yet.
func (f *Follower) Poll(ctx context.Context) (Update, error) {
	head, err := f.in.blockNumber(ctx)
	if err != nil {
		return Update{}, err
	}
	if head < f.confirmations || head-f.confirmations < f.cur.Block {
		return Update{}, nil
	}
	u := Update{FromBlock: f.cur.Block}
	u.ToBlock = head - f.confirmations
	evs, err := f.in.Events(ctx, f.cur.Block, u.ToBlock)
	if err != nil {
		return u, err
	}
	next := f.cur
	for _, ev := range evs {
		switch {
		case ev.Item != nil:
			if ev.Item.Index != next.NextItem {
				return u, fmt.Errorf("%w: queue item %d at block %d, expected %d", ErrGap, ev.Item.Index, ev.Block, next.NextItem)
			}
			next.NextItem++
			u.Items = append(u.Items, *ev.Item)
		case ev.Batch != nil:
			b := ev.Batch
			if b.Index != next.NextBatch {
				return u, fmt.Errorf("%w: batch %d at block %d, expected %d", ErrGap, b.Index, ev.Block, next.NextBatch)
			}
			if b.QueueEnd > next.NextItem {
				return u, fmt.Errorf("%w: batch %d takes queue items up to %d, only %d seen", ErrGap, b.Index, b.QueueEnd, next.NextItem)
			}
			next.NextBatch++
			u.Batches = append(u.Batches, *b)
		}
	}
	next.Block = u.ToBlock + 1
	f.cur = next
	return u, nil
}

// Run polls every poll interval and calls fn with each non-empty update
// until ctx ends (returning ctx.Err()) or Poll or fn fails. When fn fails,
// the cursor has already moved past the update.
func (f *Follower) Run(ctx context.Context, fn func(Update) error) error {
	t := time.NewTicker(f.in.PollInterval())
	defer t.Stop()
	for {
		u, err := f.Poll(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
		if len(u.Batches)+len(u.Items) > 0 {
			if err := fn(u); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (in *Inbox) blockNumber(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, in.Timeout())
	defer cancel()
	n, err := in.Backend().BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("rollup/l1: block number: %w", err)
	}
	return n, nil
}
