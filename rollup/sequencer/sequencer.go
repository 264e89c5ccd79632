package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// ErrInvalidConfig is returned by Config.Validate.
var ErrInvalidConfig = errors.New("sequencer: invalid config")

// Config tunes the sequencer.
type Config struct {
	BlockInterval time.Duration // one L2 block every interval
	MaxBlockTxs   int           // transactions per block at most
	PoolSize      int           // mempool bound
	BatchBytes    int           // post a batch once its records reach this many bytes
	BatchAge      time.Duration // or once its oldest block is this old
	MaxRows       int           // data rows of a batch blob at most (4096 x 31 bytes each)
	RetryFirst    time.Duration // first back-off after a failed post
	RetryMax      time.Duration // largest back-off
	// Censor, when set, refuses transactions from this sender and takes
	// no queue item from its first forced transaction on (the misbehaving
	// sequencer of the censorship tests and the demo: the inbox forces the
	// items in once they are overdue, and the sequencer rebuilds its
	// chain, see resync).
	Censor *common.Address
	// CensorQueue, when set, takes no L1 queue item into a block: no
	// deposit, no forced transaction (the misbehaving sequencer of the
	// forced-inclusion test and demo). The inbox then forces overdue items
	// into its batches, and the sequencer rebuilds its chain (resync).
	CensorQueue bool
}

// DefaultConfig returns the devnet settings: 1 s blocks, batches of up to
// 2 rows posted at 100 kB or 4 s.
func DefaultConfig() Config {
	return Config{BlockInterval: time.Second, MaxBlockTxs: 4000, PoolSize: 20000, BatchBytes: 100_000,
		BatchAge: 4 * time.Second, MaxRows: 2, RetryFirst: 200 * time.Millisecond, RetryMax: 10 * time.Second}
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	var errs []error
	if c.BlockInterval <= 0 {
		errs = append(errs, fmt.Errorf("%w: block interval must be positive", ErrInvalidConfig))
	}
	if c.MaxBlockTxs <= 0 || c.PoolSize <= 0 {
		errs = append(errs, fmt.Errorf("%w: block and pool bounds must be positive", ErrInvalidConfig))
	}
	if c.MaxRows <= 0 || c.BatchBytes <= 0 || c.BatchAge <= 0 {
		errs = append(errs, fmt.Errorf("%w: batch bounds must be positive", ErrInvalidConfig))
	}
	if c.RetryFirst <= 0 || c.RetryMax < c.RetryFirst {
		errs = append(errs, fmt.Errorf("%w: bad retry back-off", ErrInvalidConfig))
	}
	return errors.Join(errs...)
}

// Poster has data certified by the committee and on L1 and returns its
// header (dac/client's Put with api.L1Wait, or the disperser's).
type Poster func(ctx context.Context, data []byte) (*dac.Header, error)

// Deps are the sequencer's collaborators.
type Deps struct {
	Chain *chain.Chain // the unsafe chain (genesis state)
	Post  Poster
	Inbox *l1.Inbox
	From  *bind.TransactOpts // the inbox's sequencer account
	Now   func() time.Time
	Log   *slog.Logger
	// Store, when set, keeps the acknowledged transactions, the unposted
	// blocks and the batch in flight (see Store); nil keeps them in
	// memory only. It is the store of Chain (chain.Open).
	Store Store
}

// pendingBlock is a produced block not yet posted.
type pendingBlock struct {
	number uint64
	bodies [][]byte
	queue  []stf.QueueItem
	size   int
	made   time.Time
}

// Sequencer orders transactions into blocks and posts them in batches.
type Sequencer struct {
	cfg  Config
	d    Deps
	p    stf.Params
	pool *Pool

	mu        sync.Mutex
	queued    []stf.QueueItem // L1 queue items no block has taken
	queueNext uint64          // next queue item index the follower expects
	pending   []pendingBlock
	newBatch  bool // the next block opens a batch
	l1Origin  uint64
	posted    int // batches posted
	stats     Stats

	follow  *l1.Follower
	items   map[uint64]stf.QueueItem // queue items read, from the safe block's batch on
	batches map[uint64]l1.Batch      // inbox batches read, from the safe block's on
	prodMu  sync.Mutex               // block production; a resync holds it

	inflight     *inflight // recovered batch in flight
	recQueueNext uint64    // next queue item after the recovered blocks'
	jseq         uint64    // journal sequence
}

// Stats are the batcher's totals.
type Stats struct {
	Batches   int    // batches appended on L1
	BlobBytes int    // bytes of blob data posted
	Txs       int    // transactions in posted batches
	L1Gas     uint64 // gas used by the appending L1 transactions
	Resyncs   int    // times the chain was rebuilt from the inbox (see resync)
}

// Stats returns the batcher's totals.
func (s *Sequencer) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// New returns a sequencer.
func New(cfg Config, d Deps) (*Sequencer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if d.Chain == nil || d.Post == nil || d.Inbox == nil || d.From == nil {
		return nil, fmt.Errorf("%w: chain, poster, inbox and account are required", ErrInvalidConfig)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.Default()
	}
	s := &Sequencer{cfg: cfg, d: d, p: d.Chain.Params(), pool: NewPool(cfg.PoolSize), newBatch: true,
		items: map[uint64]stf.QueueItem{}, batches: map[uint64]l1.Batch{}}
	if d.Store != nil {
		if err := s.recover(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Pool returns the mempool.
func (s *Sequencer) Pool() *Pool { return s.pool }

// Batches returns the number of batches posted.
func (s *Sequencer) Batches() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.posted
}

// SendRawTransaction admits a signed transaction: the consensus decoder's
// stateless rules, then nonce and funds against the latest state, with
// go-ethereum's error strings. A nonce above the pending one is held.
// With a Store, the transaction is journaled (synced) before its hash is
// returned.
func (s *Sequencer) SendRawTransaction(raw []byte) (common.Hash, error) {
	tx, err := s.admitTx(raw)
	if err != nil {
		return common.Hash{}, err
	}
	if s.pool.Known(tx.Hash) {
		return common.Hash{}, fmt.Errorf("%w: %s", ErrAlreadyKnown, tx.Hash)
	}
	if err := s.journal(tx); err != nil {
		return common.Hash{}, err
	}
	if err := s.pool.Add(tx); err != nil {
		if !errors.Is(err, ErrAlreadyKnown) {
			s.unjournal(tx.Hash)
		}
		return common.Hash{}, err
	}
	return tx.Hash, nil
}

// admitTx decodes raw and applies the admission rules.
func (s *Sequencer) admitTx(raw []byte) (*txn.Tx, error) {
	tx, err := txn.DecodeRPC(raw, txn.Params{ChainID: s.p.ChainID, BaseFee: s.p.BaseFee}, s.p.MaxRecord)
	if err != nil {
		return nil, err
	}
	if s.cfg.Censor != nil && tx.From == *s.cfg.Censor {
		return nil, ErrCensored
	}
	acc, err := s.d.Chain.Account(tx.From)
	if err != nil {
		return nil, err
	}
	if err := admit(tx, s.p.BaseFee, acc.Nonce, &acc.Balance); err != nil {
		return nil, err
	}
	tx.Raw = append([]byte(nil), tx.Raw...)
	return tx, nil
}

// PendingNonce returns the nonce the sender's next transaction takes.
func (s *Sequencer) PendingNonce(from common.Address) (uint64, error) {
	acc, err := s.d.Chain.Account(from)
	if err != nil {
		return 0, err
	}
	return s.pool.Pending(from, acc.Nonce), nil
}

// ProduceBlock executes one L2 block at time now: the queue items when the
// block opens a batch, a marker, then the pool's executable transactions.
func (s *Sequencer) ProduceBlock(now time.Time) (stf.Block, error) {
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	c := s.d.Chain
	var blk stf.Block
	err := c.WithState(func(st *state.State) error {
		head := c.Head()
		t := uint64(now.Unix())
		if t < head.Time {
			t = head.Time
		}
		s.mu.Lock()
		var queue []stf.QueueItem
		if s.newBatch && !s.cfg.CensorQueue {
			queue, s.queued = s.uncensored(s.queued)
		}
		origin := s.l1Origin
		s.mu.Unlock()
		txs := s.pool.Select(s.cfg.MaxBlockTxs, func(a common.Address) uint64 {
			acc, err := st.Account(a)
			if err != nil {
				return 0
			}
			return acc.Nonce
		})
		bodies := [][]byte{stf.Marker{Time: t, L1Origin: origin}.Encode()}
		size := 0
		for _, tx := range txs {
			bodies = append(bodies, tx.Raw)
			size += len(tx.Raw) + 2
		}
		w := batch.NewWriter(s.cfg.MaxRows*4, s.p.MaxRecord)
		for _, b := range bodies {
			if err := w.Add(b); err != nil {
				return fmt.Errorf("sequencer: block record: %w", err)
			}
		}
		b := &stf.Batch{Queue: queue, RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), w.Rows())}
		res, err := stf.ApplyBatch(s.p, st, head, b, stf.Options{})
		if err != nil {
			return err
		}
		if _, err := st.Commit(); err != nil {
			return err
		}
		if len(res.Blocks) != 1 {
			return fmt.Errorf("sequencer: a block's records made %d blocks", len(res.Blocks))
		}
		pb := pendingBlock{number: res.Blocks[0].Number, bodies: bodies, queue: queue, size: size + 19, made: now}
		s.stageBlock(pb, txs)
		if err := c.Append(res.Blocks); err != nil {
			return err
		}
		s.pool.Remove(txs)
		blk = res.Blocks[0]
		s.mu.Lock()
		s.pending = append(s.pending, pb)
		s.newBatch = false
		s.mu.Unlock()
		return nil
	})
	return blk, err
}

// Run produces blocks every interval and posts batches until ctx ends.
func (s *Sequencer) Run(ctx context.Context) error {
	head, err := s.d.Inbox.Head(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.queueNext = max(head.QueueNext, s.recQueueNext)
	s.mu.Unlock()
	// The follower reads the inbox from L1 genesis; items already taken
	// by a batch are not queued again.
	s.follow = s.d.Inbox.Follower(l1.Cursor{}, 0)
	if err := s.catchUp(ctx, head); err != nil {
		return err
	}
	if _, safe, _ := s.d.Chain.Tags(); s.diverged(safe, head) {
		// A crash came between an append the inbox changed (or a forced
		// batch) and the resync.
		if err := s.resync(ctx); err != nil {
			return err
		}
	}
	if err := s.reconcile(head); err != nil {
		return err
	}
	var wg sync.WaitGroup
	errc := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := s.batchLoop(ctx); err != nil && ctx.Err() == nil {
			errc <- err
		}
	}()
	tick := time.NewTicker(s.cfg.BlockInterval)
	defer tick.Stop()
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-errc:
			return err
		case <-tick.C:
			if _, err := s.ProduceBlock(s.d.Now()); err != nil {
				return err
			}
		}
	}
}

func (s *Sequencer) batchLoop(ctx context.Context) error {
	tick := time.NewTicker(s.cfg.BlockInterval / 4)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		if err := s.pollQueue(ctx); err != nil {
			s.d.Log.Warn("sequencer: read L1 queue", "err", err)
		}
		if err := s.maybePost(ctx); err != nil {
			return err
		}
	}
}

// pollQueue reads new queue items and batches from the inbox.
func (s *Sequencer) pollQueue(ctx context.Context) error {
	u, err := s.follow.Poll(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.observe(u)
	if u.ToBlock > s.l1Origin {
		s.l1Origin = u.ToBlock
	}
	for _, it := range u.Items {
		if it.Index < s.queueNext {
			continue
		}
		s.queued = append(s.queued, QueueItemOf(it))
		s.queueNext = it.Index + 1
	}
	return nil
}

// uncensored splits the queued items at the first forced transaction
// from the censored sender, if any: the items a censoring sequencer takes
// and those it leaves waiting.
func (s *Sequencer) uncensored(q []stf.QueueItem) (take, wait []stf.QueueItem) {
	if s.cfg.Censor == nil {
		return q, nil
	}
	for i, it := range q {
		if it.Kind != stf.QueueForcedTx {
			continue
		}
		if tx, err := txn.Decode(it.Tx, txn.Params{ChainID: s.p.ChainID, BaseFee: s.p.BaseFee}); err == nil && tx.From == *s.cfg.Censor {
			return q[:i:i], q[i:]
		}
	}
	return q, nil
}

// QueueItemOf converts an inbox queue item to the state transition's.
func QueueItemOf(it l1.QueueItem) stf.QueueItem {
	q := stf.QueueItem{Index: it.Index, Kind: stf.QueueKind(it.Kind), To: it.To}
	if it.Kind == l1.ItemDeposit {
		v, _ := uint256.FromBig(it.Value)
		if v == nil {
			v = new(uint256.Int)
		}
		q.Value = v
	} else {
		q.Tx = it.Data
	}
	return q
}

// maybePost posts the pending blocks as one batch when they reach the size
// or age bound, retrying with back-off until it succeeds or ctx ends.
func (s *Sequencer) maybePost(ctx context.Context) error {
	s.mu.Lock()
	if len(s.pending) == 0 {
		s.mu.Unlock()
		return nil
	}
	size := 0
	for _, b := range s.pending {
		size += b.size
	}
	old := s.d.Now().Sub(s.pending[0].made) >= s.cfg.BatchAge
	f := s.inflight
	if f == nil && size < s.cfg.BatchBytes && !old {
		s.mu.Unlock()
		return nil
	}
	// Whole blocks that fit; the blocks after them open the next batch.
	w := batch.NewWriter(s.cfg.MaxRows, s.p.MaxRecord)
	n := 0
	var queue []stf.QueueItem
	for _, b := range s.pending {
		fits := true
		probe := *w
		for _, body := range b.bodies {
			if probe.Add(body) != nil {
				fits = false
				break
			}
		}
		if !fits || (f != nil && b.number > f.Last) {
			break
		}
		*w = probe
		queue = append(queue, b.queue...)
		n++
	}
	if n == 0 {
		s.mu.Unlock()
		return fmt.Errorf("sequencer: block %d does not fit in %d rows", s.pending[0].number, s.cfg.MaxRows)
	}
	blocks := s.pending[:n]
	if n == len(s.pending) {
		s.newBatch = true
	}
	s.mu.Unlock()
	if f != nil && (blocks[0].number != f.First || blocks[n-1].number != f.Last) {
		return fmt.Errorf("sequencer: the recorded batch in flight holds blocks %d-%d, the unposted blocks rebuild %d-%d",
			f.First, f.Last, blocks[0].number, blocks[n-1].number)
	}
	if f == nil {
		f = &inflight{First: blocks[0].number, Last: blocks[n-1].number, State: "posting"}
		if err := s.saveInflight(f); err != nil {
			return err
		}
	}

	data := append([]byte(nil), w.Bytes()...)
	backoff := s.cfg.RetryFirst
	var h *dac.Header
	if len(f.Header) > 0 {
		h = new(dac.Header)
		if err := h.UnmarshalBinary(f.Header); err != nil {
			return fmt.Errorf("%w: in-flight batch header: %v", ErrCorruptRecord, err)
		}
		s.d.Log.Info("sequencer: re-appending the certified batch in flight", "first", f.First, "last", f.Last)
	}
	for h == nil {
		var err error
		if h, err = s.d.Post(ctx, data); err == nil {
			hb, err := h.MarshalBinary()
			if err != nil {
				return err
			}
			f.Header, f.State = hb, "certified"
			if err := s.saveInflight(f); err != nil {
				return err
			}
			break
		}
		s.d.Log.Warn("sequencer: post batch", "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, s.cfg.RetryMax)
	}
	var gas, index uint64
	for {
		var err error
		gas, index, err = s.append(ctx, h, w.RecordCount(), queue, blocks)
		if err == nil {
			break
		}
		if errors.Is(err, errDiverged) {
			s.mu.Lock()
			s.stats.L1Gas += gas
			s.mu.Unlock()
			if err := s.resync(ctx); err != nil {
				if errors.Is(err, ErrAhead) || ctx.Err() != nil {
					return err
				}
				// An L1 read failed: the next round finds the same
				// divergence (the batch in flight is kept) and tries again.
				s.d.Log.Warn("sequencer: resync", "err", err)
			}
			return nil
		}
		s.d.Log.Warn("sequencer: append batch", "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, s.cfg.RetryMax)
	}
	numbers := make([]uint64, n)
	for i, b := range blocks {
		numbers[i] = b.number
	}
	if err := s.recordPosted(PostedBatch{Index: index, First: f.First, Last: f.Last, Blob: h.BlobID(), L1Gas: gas, Time: s.d.Now()}); err != nil {
		s.d.Log.Warn("sequencer: record posted batch", "err", err)
	}
	if err := s.forgetPosted(numbers, true); err != nil {
		// The inbox holds the batch; a restart reconciles the records.
		s.d.Log.Warn("sequencer: delete posted records", "err", err)
	}
	s.mu.Lock()
	s.inflight = nil
	s.pending = s.pending[n:]
	s.posted++
	s.stats.Batches++
	s.stats.BlobBytes += len(data)
	s.stats.L1Gas += gas
	for _, b := range blocks {
		s.stats.Txs += len(b.bodies) - 1
	}
	s.mu.Unlock()
	s.d.Chain.SetSafe(blocks[len(blocks)-1].number)
	s.settled(queueEndOf(queue), index+1)
	return nil
}

// queueEndOf is the queue end of a batch appended as made: one past
// its last queue item (0 when it took none, which forgets nothing).
func queueEndOf(queue []stf.QueueItem) uint64 {
	if len(queue) == 0 {
		return 0
	}
	return queue[len(queue)-1].Index + 1
}

// append appends the batch to the inbox and returns the gas used and the
// batch's index.
func (s *Sequencer) append(ctx context.Context, h *dac.Header, records uint64, queue []stf.QueueItem, blocks []pendingBlock) (uint64, uint64, error) {
	head, err := s.d.Inbox.Head(ctx)
	if err != nil {
		return 0, 0, err
	}
	last := blocks[len(blocks)-1].number
	if head.L2BlockEnd > blocks[0].number {
		// An earlier attempt (before a crash or a lost receipt) landed, or
		// someone else's forced batch took these block numbers.
		if err := s.catchUp(ctx, head); err != nil {
			return 0, 0, err
		}
		s.mu.Lock()
		lb := s.batches[head.NextBatch-1]
		s.mu.Unlock()
		if head.L2BlockEnd != last+1 || lb.Kind != l1.KindQuire || dac.BlobID(lb.DataRef) != h.BlobID() {
			return 0, 0, errDiverged
		}
		s.d.Log.Info("sequencer: the inbox already holds the batch", "batch", head.NextBatch-1, "first", blocks[0].number, "last", last)
		if lb.QueueEnd-lb.QueueStart != uint64(len(queue)) {
			return 0, lb.Index, errDiverged
		}
		return 0, head.NextBatch - 1, nil
	}
	if head.L2BlockEnd != blocks[0].number {
		return 0, 0, fmt.Errorf("sequencer: inbox expects L2 block %d, batch starts at %d", head.L2BlockEnd, blocks[0].number)
	}
	prev, err := s.d.Inbox.BatchHash(ctx, head.NextBatch-1)
	if err != nil {
		return 0, 0, err
	}
	queueEnd := head.QueueNext + uint64(len(queue))
	if len(queue) > 0 && queue[0].Index != head.QueueNext {
		return 0, 0, fmt.Errorf("sequencer: batch takes queue item %d, inbox is at %d", queue[0].Index, head.QueueNext)
	}
	b, rcpt, err := s.d.Inbox.AppendBatch(ctx, s.d.From, &h.Core, l1.BatchArgs{
		Index: head.NextBatch, PrevHash: prev, RecordCount: records, QueueEnd: queueEnd,
		L2BlockStart: blocks[0].number, L2BlockEnd: blocks[len(blocks)-1].number + 1,
	})
	if err != nil {
		return 0, 0, err
	}
	s.d.Log.Info("sequencer: batch appended", "batch", b.Index, "records", records, "blocks", len(blocks))
	if b.QueueEnd != queueEnd {
		s.d.Log.Warn("sequencer: the inbox raised the batch's queue end over overdue items: rebuilding the chain", "want", queueEnd, "got", b.QueueEnd)
		return rcpt.GasUsed, b.Index, errDiverged
	}
	return rcpt.GasUsed, b.Index, nil
}
