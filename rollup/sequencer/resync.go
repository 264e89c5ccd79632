package sequencer

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// errDiverged says the inbox took queue items the sequencer's own blocks
// did not: it raised a batch's queue end over overdue items, or someone
// appended a forced batch. The chain derivation makes from the inbox is
// then not the one the sequencer served, and resync rebuilds it.
var errDiverged = errors.New("sequencer: the inbox's chain differs from the served one")

// observe records what the follower read: every queue item (the queue of
// any batch a resync must derive) and every batch.
func (s *Sequencer) observe(u l1.Update) {
	for _, it := range u.Items {
		s.items[it.Index] = QueueItemOf(it)
	}
	for _, b := range u.Batches {
		s.batches[b.Index] = b
	}
}

// catchUp polls the follower until it has read every batch the inbox
// head counts.
func (s *Sequencer) catchUp(ctx context.Context, head l1.Head) error {
	for range 64 {
		s.mu.Lock()
		_, ok := s.batches[head.NextBatch-1]
		s.mu.Unlock()
		if ok || head.NextBatch == 0 {
			return nil
		}
		if err := s.pollQueue(ctx); err != nil {
			return err
		}
	}
	return fmt.Errorf("sequencer: the follower has not read inbox batch %d", head.NextBatch-1)
}

// settled forgets the queue items and batches a later resync can no
// longer need: those before the safe block's batch.
func (s *Sequencer) settled(queueEnd, nextBatch uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for q := range s.items {
		if q < queueEnd {
			delete(s.items, q)
		}
	}
	for i := range s.batches {
		if i+1 < nextBatch {
			delete(s.batches, i)
		}
	}
}

// resync makes the chain the one derivation makes from the inbox. It
// rewinds to the safe block (the end of the last batch appended as the
// sequencer made it), applies every later inbox batch with the rules a
// verifier applies (a quire batch is rebuilt from the sequencer's own
// unposted blocks, byte for byte what it posted; a forced batch has queue
// items only), and puts the transactions of the unposted blocks no batch
// holds back in the pool (journaled first, so that a crash loses none).
// Block production waits meanwhile. The unposted records and the batch in
// flight are deleted in the same write that moves the head.
func (s *Sequencer) resync(ctx context.Context) error {
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	head, err := s.d.Inbox.Head(ctx)
	if err != nil {
		return err
	}
	if err := s.catchUp(ctx, head); err != nil {
		return err
	}
	_, safe, _ := s.d.Chain.Tags()

	s.mu.Lock()
	pending := slices.Clone(s.pending)
	var lbs []l1.Batch
	for i := head.NextBatch - 1; ; i-- {
		lb, ok := s.batches[i]
		if !ok {
			s.mu.Unlock()
			return fmt.Errorf("sequencer: resync: inbox batch %d not read", i)
		}
		if lb.L2BlockEnd <= safe+1 {
			break
		}
		lbs = append(lbs, lb)
	}
	slices.Reverse(lbs)
	var sbs []*stf.Batch
	covered := safe // the last unposted block an inbox batch holds
	for _, lb := range lbs {
		b := &stf.Batch{Index: lb.Index, L1Block: lb.L1Block, L1Time: lb.L1Timestamp, StepsStart: lb.StepsStart,
			RecordCount: lb.RecordCount}
		for q := lb.QueueStart; q < lb.QueueEnd; q++ {
			it, ok := s.items[q]
			if !ok {
				s.mu.Unlock()
				return fmt.Errorf("sequencer: resync: queue item %d not read", q)
			}
			b.Queue = append(b.Queue, it)
		}
		if lb.Kind == l1.KindQuire {
			w := batch.NewWriter(s.cfg.MaxRows, s.p.MaxRecord)
			for n := lb.L2BlockStart; n < lb.L2BlockEnd; n++ {
				i := -1
				if len(pending) > 0 && n >= pending[0].number {
					i = int(n - pending[0].number)
				}
				if i < 0 || i >= len(pending) {
					s.mu.Unlock()
					return fmt.Errorf("%w: resync: inbox batch %d holds block %d, which is not an unposted block of this sequencer", ErrAhead, lb.Index, n)
				}
				for _, body := range pending[i].bodies {
					if err := w.Add(body); err != nil {
						s.mu.Unlock()
						return fmt.Errorf("sequencer: resync: block %d: %w", n, err)
					}
				}
				covered = max(covered, n)
			}
			if w.RecordCount() != lb.RecordCount {
				s.mu.Unlock()
				return fmt.Errorf("sequencer: resync: inbox batch %d has %d records, the blocks it names %d", lb.Index, lb.RecordCount, w.RecordCount())
			}
			b.Payload = batch.FromBytes(w.Bytes(), w.Rows())
		}
		sbs = append(sbs, b)
	}
	s.mu.Unlock()

	// Transactions of the unposted blocks no batch holds go back to the
	// pool; journal them before anything else moves.
	var repool []*txn.Tx
	for _, pb := range pending {
		if pb.number <= covered {
			continue
		}
		for _, raw := range pb.bodies[1:] {
			tx, err := s.admitTx(raw)
			if err != nil {
				continue
			}
			if err := s.journal(tx); err != nil {
				return err
			}
			repool = append(repool, tx)
		}
	}
	if s.d.Store != nil {
		for _, pb := range pending {
			s.d.Store.StageDelete(pendingKey(pb.number))
		}
		s.d.Store.StageDelete(keyInflight)
	}
	var derived []stf.Block
	err = s.d.Chain.Reset(safe, func(st *state.State, h stf.Head) ([]stf.Block, error) {
		for _, b := range sbs {
			res, err := stf.ApplyBatch(s.p, st, h, b, stf.Options{})
			if err != nil {
				return nil, err
			}
			derived = append(derived, res.Blocks...)
			h = res.Head
		}
		_, err := st.Commit()
		return derived, err
	})
	if err != nil {
		if s.d.Store != nil {
			s.d.Store.Unstage()
		}
		return fmt.Errorf("sequencer: resync: %w", err)
	}
	newHead := safe + uint64(len(derived))
	for _, tx := range repool {
		if err := s.pool.Add(tx); err != nil {
			s.d.Log.Debug("sequencer: transaction not re-pooled after resync", "tx", tx.Hash, "err", err)
		}
	}
	s.mu.Lock()
	s.pending, s.inflight, s.newBatch = nil, nil, true
	s.queued = s.queued[:0]
	for q := head.QueueNext; ; q++ {
		it, ok := s.items[q]
		if !ok {
			break
		}
		s.queued = append(s.queued, it)
	}
	s.stats.Resyncs++
	s.mu.Unlock()
	for _, lb := range lbs {
		if lb.Kind == l1.KindQuire {
			if err := s.recordPosted(PostedBatch{Index: lb.Index, First: lb.L2BlockStart, Last: lb.L2BlockEnd - 1,
				Blob: dac.BlobID(lb.DataRef), Time: s.d.Now()}); err != nil {
				s.d.Log.Warn("sequencer: record posted batch", "err", err)
			}
		}
	}
	if err := s.d.Chain.SetSafe(newHead); err != nil {
		return err
	}
	s.settled(head.QueueNext, head.NextBatch)
	s.d.Log.Warn("sequencer: rebuilt the chain from the inbox (it took queue items these blocks did not)",
		"from_block", safe+1, "batches", len(lbs), "head", newHead, "repooled_txs", len(repool))
	return nil
}

// diverged reports whether an inbox batch after the safe block is not one
// this sequencer appended as it made it: a forced batch, or a batch whose
// queue items are not those of the unposted blocks it names.
func (s *Sequencer) diverged(safe uint64, head l1.Head) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := head.NextBatch - 1; i > 0; i-- {
		lb, ok := s.batches[i]
		if !ok || lb.L2BlockEnd <= safe+1 {
			return false
		}
		if lb.Kind != l1.KindQuire {
			return true
		}
		var first, count uint64
		for _, pb := range s.pending {
			if pb.number < lb.L2BlockStart || pb.number >= lb.L2BlockEnd {
				continue
			}
			for _, q := range pb.queue {
				if count == 0 {
					first = q.Index
				}
				count++
			}
		}
		if lb.QueueEnd-lb.QueueStart != count || (count > 0 && first != lb.QueueStart) {
			return true
		}
	}
	return false
}
