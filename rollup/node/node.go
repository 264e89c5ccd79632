package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
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
	// Declared is the L2 block range [start, end) the sequencer declared
	// for the batch in the inbox, and RangeMismatch whether the blocks its
	// records decode to differ from it. The declaration is the
	// sequencer's word: derivation numbers blocks by what the records
	// make, and a mismatch is reported (log and here), never followed.
	Declared      [2]uint64
	RangeMismatch bool
	// Txs is the number of transactions the batch's blocks include.
	Txs int
	// Timing is where deriving the batch spent its wall time.
	Timing Timing
}

// Timing splits the wall time of deriving one batch into phases, each
// measured with one clock read per phase (never per transaction):
//
//   - Retrieve: fetching the blob from the members and verifying its cells
//     against the row commitments, then unpacking its rows into the
//     payload;
//   - Recover: decoding every transaction of the batch and recovering its
//     sender (secp256k1) ahead of the state transition, on up to
//     GOMAXPROCS goroutines;
//   - Apply: the state transition on the decoded transactions, with the
//     state and withdrawal roots at every block end (stf.ApplyBatch);
//   - Persist: committing the state and writing the blocks, receipts,
//     result and checkpoint (chain.Append, chain.SetSafe).
//
// Total is the wall time from the start of retrieval to the end of
// persisting; the phases sum to at most Total (the remainder is the glue
// between them). Times are zero for a batch not derived in this process
// (StoredResult) and Retrieve is zero for a batch with no blob.
type Timing struct {
	Retrieve, Recover, Apply, Persist, Total time.Duration
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

	store Store      // nil: nothing survives a restart
	ck    Checkpoint // where a restart resumes
}

// maxResults bounds the results a node with a store keeps in memory; the
// rest are read with StoredResult.
const maxResults = 1024

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
	if len(u.Batches)+len(u.Items) == 0 {
		return nil
	}
	return n.applyOrRewind(ctx, u)
}

// Run derives until ctx ends or an update fails; after a failure, Run or
// Step again retries from the last checkpoint.
func (n *Node) Run(ctx context.Context) error {
	return n.follow.Run(ctx, func(u l1.Update) error { return n.applyOrRewind(ctx, u) })
}

// applyOrRewind applies u; when that fails (a blob not retrievable yet,
// a store error), the follower goes back to the checkpoint so that the
// next Step or Run reads the same range again.
func (n *Node) applyOrRewind(ctx context.Context, u l1.Update) error {
	err := n.apply(ctx, u)
	if err != nil {
		n.mu.Lock()
		ck := n.ck
		n.mu.Unlock()
		n.follow = n.inbox.Follower(ck.Cursor, n.conf)
	}
	return err
}

// apply derives the batches of u, which the follower has just read. Batches
// and queue items a checkpoint already covers (after a restart, the
// follower re-reads the L1 range that held the next batch) are skipped.
func (n *Node) apply(ctx context.Context, u l1.Update) error {
	after := n.follow.Cursor()
	pre := l1.Cursor{Block: u.FromBlock, NextBatch: after.NextBatch - uint64(len(u.Batches)),
		NextItem: after.NextItem - uint64(len(u.Items))}
	n.mu.Lock()
	ck := n.ck
	n.mu.Unlock()
	var fresh []l1.QueueItem
	for _, it := range u.Items {
		if it.Index >= ck.QueueDone {
			n.items[it.Index] = it
			fresh = append(fresh, it)
		}
	}
	if err := n.saveItems(fresh); err != nil {
		return err
	}
	for i := range u.Batches {
		lb := &u.Batches[i]
		if lb.Index < ck.NextBatch {
			continue
		}
		ck = Checkpoint{Cursor: pre, NextBatch: lb.Index + 1, QueueDone: max(ck.QueueDone, lb.QueueEnd)}
		if err := n.derive(ctx, lb, ck); err != nil {
			return fmt.Errorf("node: batch %d: %w", lb.Index, err)
		}
		n.mu.Lock()
		n.ck = ck
		n.mu.Unlock()
	}
	ck.Cursor = after
	if err := n.saveCheckpoint(ck); err != nil {
		return err
	}
	n.mu.Lock()
	n.ck = ck
	n.mu.Unlock()
	return nil
}

// ErrMissingItem is returned when a batch takes a queue item not seen.
var ErrMissingItem = errors.New("node: queue item not seen")

func (n *Node) derive(ctx context.Context, lb *l1.Batch, ck Checkpoint) error {
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
	}
	res := BatchResult{Index: lb.Index}
	start := time.Now()
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
	retrieved := time.Now()
	res.Timing.Retrieve = retrieved.Sub(start)
	p := n.chain.Params()
	p.Decode = predecode(p, b, runtime.GOMAXPROCS(0))
	recovered := time.Now()
	res.Timing.Recover = recovered.Sub(retrieved)
	head := n.chain.Head()
	var out *stf.Result
	err := n.chain.WithState(func(st *state.State) error {
		var err error
		applyStart := time.Now()
		if out, err = stf.ApplyBatch(p, st, head, b, stf.Options{}); err != nil {
			return err
		}
		res.Timing.Apply = time.Since(applyStart)
		persistStart := time.Now()
		defer func() { res.Timing.Persist = time.Since(persistStart) }()
		if _, err := st.Commit(); err != nil {
			return err
		}
		res.Roots, res.Head, res.Output = out.Roots, out.Head, out.Output
		res.Declared = [2]uint64{lb.L2BlockStart, lb.L2BlockEnd}
		if lb.Kind == l1.KindQuire && (lb.L2BlockStart != head.Number+1 || lb.L2BlockEnd != out.Head.Number+1) {
			res.RangeMismatch = true
			n.log.Warn("node: the batch's declared L2 block range is not what its records make",
				"batch", lb.Index, "declared_start", lb.L2BlockStart, "declared_end", lb.L2BlockEnd,
				"derived_start", head.Number+1, "derived_end", out.Head.Number+1)
		}
		n.stageBatch(&res, lb.QueueStart, lb.QueueEnd, ck)
		return n.chain.Append(out.Blocks)
	})
	if err != nil {
		return err
	}
	for q := lb.QueueStart; q < lb.QueueEnd; q++ {
		delete(n.items, q)
	}
	persisting := time.Now()
	if err := n.chain.SetSafe(out.Head.Number); err != nil {
		return err
	}
	end := time.Now()
	res.Timing.Persist += end.Sub(persisting)
	res.Timing.Total = end.Sub(start)
	for i := range out.Blocks {
		res.Txs += len(out.Blocks[i].Txs)
	}
	if lb.Kind == l1.KindQuire {
		n.log.Info("node: derived batch", "batch", lb.Index, "blob", res.BlobID, "head", res.Head.Number, "txs", res.Txs,
			"retrieve", res.Timing.Retrieve, "recover", res.Timing.Recover, "apply", res.Timing.Apply,
			"persist", res.Timing.Persist, "took", res.Timing.Total)
	}
	n.mu.Lock()
	n.results = append(n.results, res)
	if n.store != nil && len(n.results) > maxResults {
		n.results = append([]BatchResult(nil), n.results[len(n.results)-maxResults/2:]...)
	}
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

// predecode decodes every transaction of b (forced transactions and
// transaction records) and recovers its sender ahead of the state
// transition, split over up to workers goroutines (secp256k1 recovery is
// most of the cost and needs no state), and returns a decoder for
// p.Decode that hands ApplyBatch those results in the order it asks for
// them. A request that is not the next one decoded (bytes compared) is
// decoded afresh, so the state transition sees exactly what txn.Decode
// returns whatever this pass predicted.
func predecode(p stf.Params, b *stf.Batch, workers int) func([]byte, txn.Params) (*txn.Tx, error) {
	type decoded struct {
		raw []byte
		tx  *txn.Tx
		err error
	}
	tp := txn.Params{ChainID: p.ChainID, BaseFee: p.BaseFee}
	var list []decoded
	for _, in := range b.Inputs(p.MaxRecord) {
		var raw []byte
		switch {
		case in.Queue != nil && in.Queue.Kind == stf.QueueForcedTx:
			raw = in.Queue.Tx
		case in.Record != nil && in.Record.Kind == batch.KindBody && len(in.Record.Body) > 0:
			if c := in.Record.Body[0]; c == txn.TypeDynamic || c >= 0xc0 {
				raw = in.Record.Body
			}
		}
		if raw != nil {
			list = append(list, decoded{raw: raw})
		}
	}
	// Fewer than minPerWorker transactions a worker cost more to start
	// than they save.
	const minPerWorker = 32
	workers = max(1, min(workers, len(list)/minPerWorker))
	var wg sync.WaitGroup
	for w := range workers {
		part := list[w*len(list)/workers : (w+1)*len(list)/workers]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range part {
				part[i].tx, part[i].err = txn.Decode(part[i].raw, tp)
			}
		}()
	}
	wg.Wait()
	next := 0
	return func(raw []byte, tp txn.Params) (*txn.Tx, error) {
		if next < len(list) && bytes.Equal(list[next].raw, raw) {
			d := list[next]
			next++
			return d.tx, d.err
		}
		return txn.Decode(raw, tp)
	}
}
