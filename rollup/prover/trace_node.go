package prover

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// InboxEvents reads RollupInbox's events ((*l1.Inbox).Events).
type InboxEvents interface {
	Events(ctx context.Context, from, to uint64) ([]l1.Event, error)
}

// NodeResults is what a NodeSource reads of a verifier node (*node.Node
// opened with a store): how far it derived and the roots and L2 head
// after each batch.
type NodeResults interface {
	Checkpoint() node.Checkpoint
	StoredResult(index uint64) (node.BatchResult, bool, error)
}

// NodeSource is the Source of a verifier node: how far it derived and the
// roots and L2 head after each batch from its store; each batch's fields
// and queue items from the inbox's events, read once up to the node's
// confirmed L1 cursor; its rows from the committee members by verified
// retrieval, exactly as the node derived it (a quire batch; any other kind
// has no rows). The last two batches fetched are kept.
type NodeSource struct {
	events  InboxEvents
	fetch   node.Fetcher
	results NodeResults
	store   state.Store
	genesis stf.Head

	mu      sync.Mutex
	next    uint64 // next L1 block to read events from
	batches map[uint64]l1.Batch
	items   map[uint64]l1.QueueItem
	recent  []*stf.Batch
}

// eventChunk is how many L1 blocks one Events call covers.
const eventChunk = 2048

// NewNodeSource returns the source of a node deriving with params, whose
// state is in store (the chain's state store).
func NewNodeSource(params stf.Params, events InboxEvents, fetch node.Fetcher, results NodeResults, store state.Store) *NodeSource {
	_, genesis := stf.Genesis(params)
	return &NodeSource{events: events, fetch: fetch, results: results, store: store, genesis: genesis,
		batches: make(map[uint64]l1.Batch), items: make(map[uint64]l1.QueueItem)}
}

// Safe implements Source: the last batch the node derived.
func (s *NodeSource) Safe(context.Context) (uint64, error) {
	ck := s.results.Checkpoint()
	if ck.NextBatch == 0 {
		return 0, nil
	}
	return ck.NextBatch - 1, nil
}

// Store implements Source.
func (s *NodeSource) Store() state.Store { return s.store }

// After implements Source.
func (s *NodeSource) After(_ context.Context, index uint64) (state.Roots, stf.Head, error) {
	if index == 0 {
		return state.Roots{}, s.genesis, nil
	}
	r, ok, err := s.results.StoredResult(index)
	if err != nil {
		return state.Roots{}, stf.Head{}, err
	}
	if !ok {
		return state.Roots{}, stf.Head{}, fmt.Errorf("%w: batch %d", ErrNotDerived, index)
	}
	return r.Roots, r.Head, nil
}

// Steps implements Source.
func (s *NodeSource) Steps(ctx context.Context, index uint64) (uint64, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	lb, err := s.batch(ctx, index)
	if err != nil {
		return 0, 0, err
	}
	return lb.StepsStart, lb.StepsEnd, nil
}

// ErrMissingEvent is returned when the inbox's events below the node's
// cursor lack a batch or queue item the node derived: the events reader
// and the node follow different inboxes or chains. Not retryable.
var ErrMissingEvent = errors.New("prover: inbox event missing")

// batch returns the inbox's batch index, reading events up to the node's
// cursor when it is not known yet. The caller holds s.mu.
func (s *NodeSource) batch(ctx context.Context, index uint64) (l1.Batch, error) {
	if lb, ok := s.batches[index]; ok {
		return lb, nil
	}
	end := s.results.Checkpoint().Cursor.Block // the node read the blocks below
	for s.next < end {
		to := min(s.next+eventChunk, end) - 1
		evs, err := s.events.Events(ctx, s.next, to)
		if err != nil {
			return l1.Batch{}, err
		}
		for _, ev := range evs {
			switch {
			case ev.Batch != nil:
				s.batches[ev.Batch.Index] = *ev.Batch
			case ev.Item != nil:
				s.items[ev.Item.Index] = *ev.Item
			}
		}
		s.next = to + 1
	}
	lb, ok := s.batches[index]
	if !ok {
		return l1.Batch{}, fmt.Errorf("%w: batch %d below L1 block %d", ErrMissingEvent, index, end)
	}
	return lb, nil
}

// L1Batch returns batch index as the inbox stores it (BatchReader).
func (s *NodeSource) L1Batch(ctx context.Context, index uint64) (l1.Batch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.batch(ctx, index)
}

// StepSource returns what BuildStep needs of batch index besides the
// state: its inbox fields, its queue items (forced transactions with their
// bytes) and, for a quire batch, the blob's header and payload bytes,
// fetched by verified retrieval.
func (s *NodeSource) StepSource(ctx context.Context, params stf.Params, index uint64) (*StepSource, error) {
	s.mu.Lock()
	lb, err := s.batch(ctx, index)
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	src := &StepSource{Params: params, Batch: lb}
	for q := lb.QueueStart; q < lb.QueueEnd; q++ {
		it, ok := s.items[q]
		if !ok {
			s.mu.Unlock()
			return nil, fmt.Errorf("%w: queue item %d of batch %d", ErrMissingEvent, q, index)
		}
		src.Queue = append(src.Queue, it)
	}
	s.mu.Unlock()
	if lb.Kind == l1.KindQuire {
		blob, p, err := s.rows(ctx, &lb)
		if err != nil {
			return nil, err
		}
		src.Header, src.Blob = blob.Header, p.Bytes()
	}
	return src, nil
}

// rows fetches a quire batch's blob by verified retrieval and reads its
// rows as the batch's payload.
func (s *NodeSource) rows(ctx context.Context, lb *l1.Batch) (*retrieve.Blob, batch.Payload, error) {
	blob, err := s.fetch.Get(ctx, dac.BlobID(lb.DataRef))
	if err != nil {
		return nil, batch.Payload{}, fmt.Errorf("prover: batch %d rows: %w", lb.Index, err)
	}
	rows := make([][]byte, len(blob.Rows))
	for r, row := range blob.Rows {
		rows[r] = elementBytes(row)
	}
	p, err := batch.FromRows(rows)
	if err != nil {
		return nil, batch.Payload{}, fmt.Errorf("prover: batch %d rows: %w", lb.Index, err)
	}
	return blob, p, nil
}

// Batch implements Source.
func (s *NodeSource) Batch(ctx context.Context, index uint64) (*stf.Batch, error) {
	s.mu.Lock()
	for _, b := range s.recent {
		if b.Index == index {
			s.mu.Unlock()
			return b, nil
		}
	}
	lb, err := s.batch(ctx, index)
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	b := &stf.Batch{Index: lb.Index, L1Block: lb.L1Block, L1Time: lb.L1Timestamp, StepsStart: lb.StepsStart,
		RecordCount: lb.RecordCount}
	for q := lb.QueueStart; q < lb.QueueEnd; q++ {
		it, ok := s.items[q]
		if !ok {
			s.mu.Unlock()
			return nil, fmt.Errorf("%w: queue item %d of batch %d", ErrMissingEvent, q, index)
		}
		b.Queue = append(b.Queue, sequencer.QueueItemOf(it))
	}
	s.mu.Unlock()
	if lb.Kind == l1.KindQuire {
		if _, b.Payload, err = s.rows(ctx, &lb); err != nil {
			return nil, err
		}
	}
	s.mu.Lock()
	s.recent = append(s.recent, b)
	if len(s.recent) > 2 {
		s.recent = s.recent[1:]
	}
	s.mu.Unlock()
	return b, nil
}

// elementBytes is a row in blob layout: each element's 32 big-endian
// bytes, as the node reads it.
func elementBytes(row []fr.Element) []byte {
	out := make([]byte, 0, len(row)*fr.Bytes)
	for i := range row {
		b := row[i].Bytes()
		out = append(out, b[:]...)
	}
	return out
}

// NodeProver is the StepProver of a verifier node: BuildStep over the
// batch's inbox fields, queue items and blob read through a NodeSource,
// with KZG openings from kctx.
type NodeProver struct {
	Src    *NodeSource
	Params stf.Params
	KZG    *kzg.Context
}

// BuildStep implements StepProver. It applies the step to pre.State.
func (n *NodeProver) BuildStep(ctx context.Context, pre *PreState) ([]byte, error) {
	src, err := n.Src.StepSource(ctx, n.Params, pre.Batch.Index)
	if err != nil {
		return nil, err
	}
	return BuildStep(n.KZG, src, pre.State, pre.Cursor, pre.Step)
}
