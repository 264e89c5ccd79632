package sequencer

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// Store is where a sequencer keeps what must survive a crash (rollup/store's
// DB, which also holds its chain):
//
//   - every acknowledged transaction, written (synced) before
//     SendRawTransaction returns its hash, and deleted in the same write
//     that makes the block including it durable;
//   - every produced block not yet in the inbox (its record bodies and
//     the queue items it took), staged with the block itself;
//   - the batch being posted: its blocks, then the certified header once
//     the committee signed it, so that a restart re-appends the same blob
//     instead of posting a new one.
//
// Put and Delete are durable when they return; Stage and StageDelete are
// written with the chain's next Append (Stage before its head, StageDelete
// with it).
type Store interface {
	Put(key, value []byte) error
	Delete(key []byte) error
	Scan(prefix []byte, fn func(k, v []byte) error) error
	Stage(key, value []byte)
	StageDelete(key []byte)
	Unstage() // drop what was staged: the write it was meant for failed
}

var (
	prefixJournal = []byte("q/j/") // || tx hash → seq (8) || signed tx
	prefixPending = []byte("q/p/") // || block number (8) → pendingRecord
	prefixPosted  = []byte("q/b/") // || batch index (8) → PostedBatch
	keyInflight   = []byte("q/inflight")
)

func journalKey(h common.Hash) []byte { return append(append([]byte(nil), prefixJournal...), h[:]...) }

func pendingKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefixPending...), n)
}

// pendingRecord is a produced block not yet in the inbox.
type pendingRecord struct {
	Number uint64          `json:"number"`
	Bodies []hexutil.Bytes `json:"bodies"`
	Queue  []stf.QueueItem `json:"queue,omitempty"`
	Size   int             `json:"size"`
	Made   time.Time       `json:"made"`
}

// inflight is the batch being posted: blocks First..Last, and its header
// once certified.
type inflight struct {
	First  uint64        `json:"first"`
	Last   uint64        `json:"last"`
	State  string        `json:"state"` // "posting", then "certified"
	Header hexutil.Bytes `json:"header,omitempty"`
}

// PostedBatch records which L2 blocks went into which inbox batch.
type PostedBatch struct {
	Index uint64     `json:"index"`
	First uint64     `json:"first"`
	Last  uint64     `json:"last"`
	Blob  dac.BlobID `json:"blob"`
	L1Gas uint64     `json:"l1_gas"` // 0 when an earlier attempt's append was found in the inbox
	Time  time.Time  `json:"time"`
}

// Posted returns the batches this sequencer appended, in index order
// (those recorded after a restart's reconciliation lack nothing but
// L1Gas). It needs a Store.
func (s *Sequencer) Posted() ([]PostedBatch, error) {
	if s.d.Store == nil {
		return nil, nil
	}
	var out []PostedBatch
	err := s.d.Store.Scan(prefixPosted, func(_, v []byte) error {
		var b PostedBatch
		if err := json.Unmarshal(v, &b); err != nil {
			return fmt.Errorf("%w: posted batch: %v", ErrCorruptRecord, err)
		}
		out = append(out, b)
		return nil
	})
	return out, err
}

// recordPosted writes the batch's record.
func (s *Sequencer) recordPosted(b PostedBatch) error {
	if s.d.Store == nil {
		return nil
	}
	raw, _ := json.Marshal(&b)
	return s.d.Store.Put(binary.BigEndian.AppendUint64(append([]byte(nil), prefixPosted...), b.Index), raw)
}

// ErrCorruptRecord is returned by New for a stored record that does not
// decode; the data directory is damaged.
var ErrCorruptRecord = errors.New("sequencer: corrupt stored record")

// journal writes tx durably before it is acknowledged.
func (s *Sequencer) journal(tx *txn.Tx) error {
	if s.d.Store == nil {
		return nil
	}
	s.mu.Lock()
	s.jseq++
	seq := s.jseq
	s.mu.Unlock()
	v := binary.BigEndian.AppendUint64(nil, seq)
	if err := s.d.Store.Put(journalKey(tx.Hash), append(v, tx.Raw...)); err != nil {
		return fmt.Errorf("sequencer: journal: %w", err)
	}
	return nil
}

// unjournal deletes a journaled transaction the pool refused.
func (s *Sequencer) unjournal(h common.Hash) {
	if s.d.Store == nil {
		return
	}
	if err := s.d.Store.Delete(journalKey(h)); err != nil {
		s.d.Log.Warn("sequencer: journal delete", "tx", h, "err", err)
	}
}

// stageBlock stages the produced block's pending record and the deletion
// of its transactions' journal entries for the chain's Append.
func (s *Sequencer) stageBlock(b pendingBlock, txs []*txn.Tx) {
	if s.d.Store == nil {
		return
	}
	r := pendingRecord{Number: b.number, Queue: b.queue, Size: b.size, Made: b.made}
	for _, body := range b.bodies {
		r.Bodies = append(r.Bodies, body)
	}
	raw, _ := json.Marshal(r)
	s.d.Store.Stage(pendingKey(b.number), raw)
	for _, tx := range txs {
		s.d.Store.StageDelete(journalKey(tx.Hash))
	}
}

// saveInflight records the batch being posted.
func (s *Sequencer) saveInflight(f *inflight) error {
	if s.d.Store == nil {
		return nil
	}
	raw, _ := json.Marshal(f)
	if err := s.d.Store.Put(keyInflight, raw); err != nil {
		return fmt.Errorf("sequencer: record batch: %w", err)
	}
	return nil
}

// forgetPosted deletes the records of blocks below end (the inbox holds
// them) and the in-flight batch when it is among them.
func (s *Sequencer) forgetPosted(numbers []uint64, inflightDone bool) error {
	if s.d.Store == nil {
		return nil
	}
	if inflightDone {
		if err := s.d.Store.Delete(keyInflight); err != nil {
			return err
		}
	}
	for _, n := range numbers {
		if err := s.d.Store.Delete(pendingKey(n)); err != nil {
			return err
		}
	}
	return nil
}

// recover loads what the store kept: the blocks not yet in the inbox (up
// to the chain's head; records beyond it belong to blocks a crash never
// made durable), the batch in flight, and the journaled transactions,
// which go back into the pool (those the chain already includes or no
// longer admits are deleted).
func (s *Sequencer) recover() error {
	st := s.d.Store
	head := s.d.Chain.Head()
	var stale [][]byte
	err := st.Scan(prefixPending, func(k, v []byte) error {
		var r pendingRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("%w: pending block: %v", ErrCorruptRecord, err)
		}
		if r.Number > head.Number {
			stale = append(stale, bytes.Clone(k))
			return nil
		}
		b := pendingBlock{number: r.Number, queue: r.Queue, size: r.Size, made: r.Made}
		for _, body := range r.Bodies {
			b.bodies = append(b.bodies, body)
		}
		for _, q := range r.Queue {
			s.queueNext = max(s.queueNext, q.Index+1)
		}
		s.pending = append(s.pending, b)
		return nil
	})
	if err != nil {
		return err
	}
	for i := 1; i < len(s.pending); i++ {
		if s.pending[i].number != s.pending[i-1].number+1 {
			return fmt.Errorf("%w: unposted blocks %d and %d are not consecutive", ErrCorruptRecord, s.pending[i-1].number, s.pending[i].number)
		}
	}
	if len(s.pending) > 0 && s.pending[len(s.pending)-1].number != head.Number {
		return fmt.Errorf("%w: the last unposted block is %d, the head %d", ErrCorruptRecord, s.pending[len(s.pending)-1].number, head.Number)
	}
	s.recQueueNext = s.queueNext
	s.newBatch = len(s.pending) == 0
	if hb, ok := s.d.Chain.Block(head.Number); ok {
		s.l1Origin = hb.L1Origin
	}
	err = st.Scan(keyInflight, func(_, v []byte) error {
		f := new(inflight)
		if err := json.Unmarshal(v, f); err != nil {
			return fmt.Errorf("%w: in-flight batch: %v", ErrCorruptRecord, err)
		}
		if len(f.Header) > 0 {
			var h dac.Header
			if err := h.UnmarshalBinary(f.Header); err != nil {
				return fmt.Errorf("%w: in-flight batch header: %v", ErrCorruptRecord, err)
			}
		}
		s.inflight = f
		return nil
	})
	if err != nil {
		return err
	}

	type jtx struct {
		key []byte
		seq uint64
		raw []byte
	}
	var txs []jtx
	err = st.Scan(prefixJournal, func(k, v []byte) error {
		if len(v) < 8 {
			return fmt.Errorf("%w: journal entry of %d bytes", ErrCorruptRecord, len(v))
		}
		txs = append(txs, jtx{bytes.Clone(k), binary.BigEndian.Uint64(v), bytes.Clone(v[8:])})
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(txs, func(a, b jtx) int { return cmp.Compare(a.seq, b.seq) })
	kept := 0
	for _, j := range txs {
		s.jseq = max(s.jseq, j.seq)
		tx, err := s.admitTx(j.raw)
		if err == nil {
			err = s.pool.Add(tx)
		}
		if err != nil {
			s.d.Log.Debug("sequencer: journaled transaction dropped", "err", err)
			stale = append(stale, j.key)
			continue
		}
		kept++
	}
	for _, k := range stale {
		if err := st.Delete(k); err != nil {
			return err
		}
	}
	s.d.Log.Info("sequencer: resumed from the store", "head", head.Number, "unposted_blocks", len(s.pending),
		"pooled_txs", kept, "batch_in_flight", s.inflight != nil)
	return nil
}

// ErrAhead is returned by Run when the inbox holds L2 blocks this
// sequencer's chain does not have (a lost or foreign data directory).
var ErrAhead = errors.New("sequencer: the inbox holds blocks beyond this sequencer's chain")

// reconcile applies the restart rule against the inbox head: blocks the
// inbox already holds (below head.L2BlockEnd) are posted, so their records
// and a batch in flight among them are done, and they are safe.
func (s *Sequencer) reconcile(head l1.Head) error {
	latest, _, _ := s.d.Chain.Tags()
	if head.L2BlockEnd > latest+1 {
		return fmt.Errorf("%w: inbox at L2 block %d, chain head %d", ErrAhead, head.L2BlockEnd, latest)
	}
	s.mu.Lock()
	var done []uint64
	for len(s.pending) > 0 && s.pending[0].number < head.L2BlockEnd {
		done = append(done, s.pending[0].number)
		s.pending = s.pending[1:]
	}
	f := s.inflight
	fdone := f != nil && f.Last < head.L2BlockEnd
	if fdone {
		s.inflight = nil
	}
	if len(s.pending) == 0 {
		s.newBatch = true
	}
	s.mu.Unlock()
	if fdone {
		s.d.Log.Info("sequencer: the batch in flight is in the inbox", "first", f.First, "last", f.Last)
	}
	if err := s.forgetPosted(done, fdone); err != nil {
		return fmt.Errorf("sequencer: delete posted records: %w", err)
	}
	if head.L2BlockEnd > 0 {
		if err := s.d.Chain.SetSafe(head.L2BlockEnd - 1); err != nil {
			return err
		}
	}
	return nil
}
