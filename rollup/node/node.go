package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Fetcher returns a certified blob's data rows, checked against its row
// commitments (dac/retrieve's Retriever).
type Fetcher interface {
	Get(ctx context.Context, id dac.BlobID, opts ...retrieve.Option) (*retrieve.Blob, error)
}

// BatchResult is what deriving one batch gave.
type BatchResult struct {
	Index  uint64
	BlobID dac.BlobID
	Roots  state.Roots
	Head   stf.Head
	Output [32]byte
	Faults []*retrieve.FaultError
}

// Node derives the L2 chain from L1.
type Node struct {
	chain  *chain.Chain
	inbox  *l1.Inbox
	fetch  Fetcher
	conf   uint64
	log    *slog.Logger
	follow *l1.Follower

	mu      sync.Mutex
	items   map[uint64]l1.QueueItem
	results []BatchResult
	onBatch func(BatchResult)
}

// New returns a node deriving into c (a chain at genesis) from the inbox,
// reading blocks confirmations deep.
func New(c *chain.Chain, inbox *l1.Inbox, fetch Fetcher, confirmations uint64, log *slog.Logger) *Node {
	if log == nil {
		log = slog.Default()
	}
	return &Node{chain: c, inbox: inbox, fetch: fetch, conf: confirmations, log: log,
		follow: inbox.Follower(l1.Cursor{}, confirmations), items: map[uint64]l1.QueueItem{}}
}

// Chain returns the derived chain.
func (n *Node) Chain() *chain.Chain { return n.chain }

// OnBatch registers fn, called after each derived batch.
func (n *Node) OnBatch(fn func(BatchResult)) {
	n.mu.Lock()
	n.onBatch = fn
	n.mu.Unlock()
}

// Results returns the batches derived so far.
func (n *Node) Results() []BatchResult {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]BatchResult(nil), n.results...)
}

// Step polls L1 once and derives what it found.
func (n *Node) Step(ctx context.Context) error {
	u, err := n.follow.Poll(ctx)
	if err != nil {
		return err
	}
	return n.apply(ctx, u)
}

// Run derives until ctx ends.
func (n *Node) Run(ctx context.Context) error {
	return n.follow.Run(ctx, func(u l1.Update) error { return n.apply(ctx, u) })
}

func (n *Node) apply(ctx context.Context, u l1.Update) error {
	for _, it := range u.Items {
		n.items[it.Index] = it
	}
	for i := range u.Batches {
		if err := n.derive(ctx, &u.Batches[i]); err != nil {
			return fmt.Errorf("node: batch %d: %w", u.Batches[i].Index, err)
		}
	}
	return nil
}

// ErrMissingItem is returned when a batch takes a queue item not seen.
var ErrMissingItem = errors.New("node: queue item not seen")

func (n *Node) derive(ctx context.Context, lb *l1.Batch) error {
	if lb.Kind == l1.KindGenesis {
		return nil
	}
	b := &stf.Batch{Index: lb.Index, L1Block: lb.L1Block, L1Time: lb.L1Timestamp, StepsStart: lb.StepsStart,
		RecordCount: lb.RecordCount}
	for q := lb.QueueStart; q < lb.QueueEnd; q++ {
		it, ok := n.items[q]
		if !ok {
			return fmt.Errorf("%w: %d", ErrMissingItem, q)
		}
		b.Queue = append(b.Queue, sequencer.QueueItemOf(it))
		delete(n.items, q)
	}
	res := BatchResult{Index: lb.Index}
	if lb.Kind == l1.KindQuire {
		id := dac.BlobID(lb.DataRef)
		blob, err := n.fetch.Get(ctx, id)
		if err != nil {
			return err
		}
		for _, f := range blob.Faults {
			n.log.Warn("node: member served bad data", "batch", lb.Index, "blob", id, "member", f.Member, "err", f)
		}
		res.BlobID, res.Faults = id, blob.Faults
		rows := make([][]byte, len(blob.Rows))
		for r, row := range blob.Rows {
			rows[r] = rowBytes(row)
		}
		if b.Payload, err = batch.FromRows(rows); err != nil {
			return err
		}
	}
	head := n.chain.Head()
	var out *stf.Result
	err := n.chain.WithState(func(st *state.State) error {
		var err error
		if out, err = stf.ApplyBatch(n.chain.Params(), st, head, b, stf.Options{}); err != nil {
			return err
		}
		if _, err := st.Commit(); err != nil {
			return err
		}
		return n.chain.Append(out.Blocks)
	})
	if err != nil {
		return err
	}
	n.chain.SetSafe(out.Head.Number)
	res.Roots, res.Head, res.Output = out.Roots, out.Head, out.Output
	n.mu.Lock()
	n.results = append(n.results, res)
	fn := n.onBatch
	n.mu.Unlock()
	if fn != nil {
		fn(res)
	}
	return nil
}

func rowBytes(row []fr.Element) []byte {
	out := make([]byte, 0, len(row)*32)
	for i := range row {
		b := row[i].Bytes()
		out = append(out, b[:]...)
	}
	return out
}
