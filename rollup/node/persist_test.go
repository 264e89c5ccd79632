package node_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

// runningSeq is a sequencer over a badger directory, running until stop.
type runningSeq struct {
	db    *store.DB
	chain *chain.Chain
	seq   *sequencer.Sequencer
	stop  func() error
}

// TestPersistence runs the sequencer and a verifier node over badger
// directories on a simulated L1 with a four-member committee, and stops
// and reopens them at the points that matter:
//
//   - the sequencer stopped with acknowledged transactions pooled and
//     blocks unposted (a batch age of an hour) loses nothing: after the
//     restart every acknowledged transaction is included and posted;
//   - the disperser down after the restart: blocks keep coming, the batch
//     waits, nothing is dropped;
//   - the sequencer stopped after the committee certified a batch but
//     before the inbox append re-appends that header after the restart,
//     without posting the blob again;
//   - a verifier node from scratch, stopped and reopened from its
//     directory mid-way, reaches at every batch the state roots of a node
//     that never stopped and of the sequencer's blocks, and includes each
//     acknowledged transaction exactly once.
func TestPersistence(t *testing.T) {
	if testing.Short() {
		t.Skip("committee and L1 in process")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true})
	cfg := rollup.DevConfig()
	p := stf.ParamsOf(cfg)
	iopts := []l1.Option{l1.WithMiner(e.L1Mine), l1.WithPollInterval(time.Millisecond), l1.WithTimeout(time.Minute)}
	inbox, _, err := l1.Deploy(ctx, e.Sim.Client(), e.Admin, l1.Params{
		Committee: e.Contract.Address(), Sequencer: e.Admin.From, FeeRecipient: cfg.FeeRecipient,
		L2ChainID: cfg.ChainID, ForceDelay: time.Duration(cfg.ForceInclusionDelay), MinRetention: time.Hour,
	}, iopts...)
	if err != nil {
		t.Fatal(err)
	}
	users := make([]user, 5)
	deposit := big.NewInt(1e18)
	for i := range users {
		k, _ := crypto.GenerateKey()
		users[i] = user{k, crypto.PubkeyToAddress(k.PublicKey)}
		if _, _, err := inbox.Deposit(ctx, e.Admin, users[i].addr, deposit); err != nil {
			t.Fatal(err)
		}
	}
	g, _ := stf.Genesis(p)
	seqDir := t.TempDir()

	var posts atomic.Int32
	var down atomic.Bool
	var afterPost atomic.Pointer[func()]
	var downTries atomic.Int32
	post := func(ctx context.Context, data []byte) (*dac.Header, error) {
		if down.Load() {
			downTries.Add(1)
			return nil, errors.New("disperser down (test)")
		}
		posts.Add(1)
		res, err := e.Disperser.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
		if err != nil {
			return nil, err
		}
		if fn := afterPost.Load(); fn != nil {
			// The process dies as the certified header comes back.
			(*fn)()
			<-ctx.Done()
		}
		return res.DecodeHeader()
	}
	var lostDeletes atomic.Pointer[chan struct{}]
	start := func(batchAge time.Duration) *runningSeq {
		t.Helper()
		scfg := store.DefaultConfig()
		scfg.Dir = seqDir
		db, err := store.Open(scfg, store.Ident{Role: store.RoleSequencer, ChainID: p.ChainID, Genesis: g.Hash, Inbox: inbox.Address()}, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		c, err := chain.Open(p, db, db.StateStore())
		if err != nil {
			t.Fatal(err)
		}
		sc := sequencer.DefaultConfig()
		sc.BlockInterval = 100 * time.Millisecond
		sc.BatchAge = batchAge
		sc.RetryFirst, sc.RetryMax = 50*time.Millisecond, 200*time.Millisecond
		var st sequencer.Store = db
		if ch := lostDeletes.Load(); ch != nil {
			st = &crashOnDelete{DB: db, hit: *ch}
		}
		seq, err := sequencer.New(sc, sequencer.Deps{Chain: c, Inbox: inbox, From: e.Admin, Post: post, Store: st})
		if err != nil {
			t.Fatal(err)
		}
		runCtx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- seq.Run(runCtx) }()
		var once sync.Once
		var runErr error
		return &runningSeq{db: db, chain: c, seq: seq, stop: func() error {
			once.Do(func() {
				stop()
				if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
					runErr = err
				}
				if err := db.Close(); err != nil && runErr == nil {
					runErr = err
				}
			})
			return runErr
		}}
	}

	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.ChainID))
	nonces := map[common.Address]uint64{}
	var acked []common.Hash
	send := func(s *sequencer.Sequencer, n int) {
		t.Helper()
		for i := 0; i < n; i++ {
			u, to := users[i%len(users)], users[(i+1)%len(users)].addr
			tx := types.MustSignNewTx(u.key, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(cfg.ChainID),
				Nonce: nonces[u.addr], GasFeeCap: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(int64(1000 + i))})
			raw, _ := tx.MarshalBinary()
			h, err := s.SendRawTransaction(raw)
			if err != nil {
				t.Fatalf("send: %v", err)
			}
			nonces[u.addr]++
			acked = append(acked, h)
		}
	}
	included := func(c *chain.Chain, hs []common.Hash) bool {
		for _, h := range hs {
			if _, _, ok := c.Tx(h); !ok {
				return false
			}
		}
		return true
	}

	// 1. Acknowledged, some included in unposted blocks, some pooled; stop.
	a := start(time.Hour)
	waitFor(t, ctx, "deposits", func() bool {
		acc, err := a.chain.Account(users[len(users)-1].addr)
		return err == nil && acc.Balance.ToBig().Cmp(deposit) == 0
	})
	send(a.seq, 20)
	waitFor(t, ctx, "first transactions in blocks", func() bool { return included(a.chain, acked) })
	send(a.seq, 20)
	if err := a.stop(); err != nil {
		t.Fatal(err)
	}
	if n := a.seq.Batches(); n != 0 || posts.Load() != 0 {
		t.Fatalf("%d batches, %d posts before the restart; the batch age should have held them", n, posts.Load())
	}
	headA := a.chain.Head()
	t.Logf("stopped with head %d, %d transactions pooled", headA.Number, a.seq.Pool().Len())

	// 2. Restart with the disperser down: blocks keep coming, the batch
	// waits; then it comes back and everything is posted.
	down.Store(true)
	downSince := time.Now()
	b := start(300 * time.Millisecond)
	if got := b.chain.Head(); got.Number < headA.Number || got.Number == headA.Number && got.Hash != headA.Hash {
		t.Fatalf("restart resumed at %d %s, stopped at %d %s", got.Number, got.Hash, headA.Number, headA.Hash)
	}
	send(b.seq, 10)
	waitFor(t, ctx, "blocks while the disperser is down", func() bool {
		return b.chain.Head().Number >= headA.Number+10 && included(b.chain, acked)
	})
	if n := b.seq.Batches(); n != 0 {
		t.Fatalf("%d batches posted while the disperser was down", n)
	}
	down.Store(false)
	// Retried, and backing off: with 50 ms doubling to a 200 ms cap, at
	// most one try per 50 ms even at the start.
	downFor := time.Since(downSince)
	if tries := downTries.Load(); tries < 2 || time.Duration(tries) > downFor/(50*time.Millisecond)+1 {
		t.Fatalf("%d post attempts in %v while the disperser was down", tries, downFor)
	}
	t.Logf("disperser down %v: %d post attempts, %d blocks made meanwhile", downFor.Round(time.Millisecond), downTries.Load(), b.chain.Head().Number-headA.Number)
	waitFor(t, ctx, "everything posted", func() bool {
		_, safe, _ := b.chain.Tags()
		return safe >= headA.Number+10
	})
	send(b.seq, 5)
	waitFor(t, ctx, "last transactions in blocks", func() bool { return included(b.chain, acked) })

	// 3. Stop right after the committee certified a batch, before the
	// inbox append: the restart appends that header without a new post.
	cut := make(chan struct{})
	var cutOnce sync.Once
	fn := func() { cutOnce.Do(func() { close(cut) }) }
	afterPost.Store(&fn)
	<-cut
	afterPost.Store(nil)
	if err := b.stop(); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	certified := posts.Load()
	batchesBefore := b.seq.Batches()
	c := start(time.Hour)
	waitFor(t, ctx, "the certified batch appended", func() bool {
		_, safe, _ := c.chain.Tags()
		h, err := inbox.Head(ctx)
		return err == nil && h.L2BlockEnd > 0 && safe >= h.L2BlockEnd-1 && c.seq.Batches() >= 1
	})
	if got := posts.Load(); got != certified {
		t.Fatalf("the restart posted %d blobs again, want 0 (the certified header was recorded)", got-certified)
	}
	t.Logf("batches: %d before the cut, %d re-appended after it without a post", batchesBefore, c.seq.Batches())
	posted, err := c.seq.Posted()
	if err != nil || len(posted) == 0 {
		t.Fatalf("posted batch records: %v %v", posted, err)
	}
	next := posted[0].First
	for _, pb := range posted {
		if pb.First != next || pb.Last < pb.First {
			t.Fatalf("posted batch %d holds blocks %d-%d, expected to start at %d", pb.Index, pb.First, pb.Last, next)
		}
		next = pb.Last + 1
	}
	if err := c.stop(); err != nil {
		t.Fatal(err)
	}
	// Stop right after an append landed, before the sequencer deleted its
	// records (the deletes fail as if the process died there): the
	// restart finds the inbox holding those blocks, marks them done and
	// carries on from the next block instead of appending again.
	hit := make(chan struct{})
	lostDeletes.Store(&hit)
	cs := start(300 * time.Millisecond)
	lostDeletes.Store(nil)
	send(cs.seq, 3)
	<-hit
	kept, err := cs.seq.Posted()
	if err != nil || len(kept) == 0 {
		t.Fatalf("posted records before the restart: %v %v", kept, err)
	}
	landed := kept[len(kept)-1]
	if err := cs.stop(); err != nil {
		t.Fatal(err)
	}

	// Once more, posting everything left.
	d := start(300 * time.Millisecond)
	var lastTx uint64
	for _, h := range acked {
		blk, _, ok := d.chain.Tx(h)
		if !ok {
			t.Fatalf("acknowledged transaction %s is missing after the restarts", h)
		}
		lastTx = max(lastTx, blk.Number)
	}
	waitFor(t, ctx, "every transaction posted", func() bool {
		_, safe, _ := d.chain.Tags()
		return safe >= lastTx
	})
	// The restarted sequencer carries on after the batch that landed: wait
	// for its first post (on a loaded machine it may come after the safe
	// head already covers every acknowledged transaction).
	waitFor(t, ctx, "a batch posted after the one that landed before the crash", func() bool {
		ps, err := d.seq.Posted()
		return err == nil && len(ps) > 0 && ps[len(ps)-1].Last > landed.Last
	})
	posted, err = d.seq.Posted()
	if err != nil {
		t.Fatal(err)
	}
	next = posted[0].First
	for _, pb := range posted {
		if pb.First != next {
			t.Fatalf("posted batch %d holds blocks %d-%d, expected to start at %d", pb.Index, pb.First, pb.Last, next)
		}
		next = pb.Last + 1
	}
	if next <= landed.Last+1 {
		t.Fatalf("nothing posted after the batch that landed before the crash (blocks %d-%d)", landed.First, landed.Last)
	}
	if err := d.stop(); err != nil {
		t.Fatal(err)
	}
	ih, err := inbox.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seqEnd := ih.L2BlockEnd - 1

	// A sequencer on an empty directory refuses to run behind the inbox.
	{
		scfg := store.DefaultConfig()
		scfg.Dir = t.TempDir()
		db, err := store.Open(scfg, store.Ident{Role: store.RoleSequencer, ChainID: p.ChainID, Genesis: g.Hash, Inbox: inbox.Address()}, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		ch, err := chain.Open(p, db, db.StateStore())
		if err != nil {
			t.Fatal(err)
		}
		s, err := sequencer.New(sequencer.DefaultConfig(), sequencer.Deps{Chain: ch, Inbox: inbox, From: e.Admin, Post: post, Store: db})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Run(ctx); !errors.Is(err, sequencer.ErrAhead) {
			t.Fatalf("sequencer on an empty directory: %v, want ErrAhead", err)
		}
		db.Close()
	}
	t.Logf("inbox: %d batches, L2 blocks up to %d; %d transactions acknowledged", ih.NextBatch, seqEnd, len(acked))

	// 4. Verifier nodes: one stopped and reopened mid-way, one that never
	// stops.
	id, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(id, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	rcfg := retrieve.DefaultConfig(dispersertest.ChainID, e.Address)
	r, err := retrieve.New(rcfg, retrieve.Deps{Transport: retrieve.NewP2P(h, e.KZG, erasure.DefaultMaxRows),
		Committees: retrieve.L1Committees{Contract: e.Contract}, Certifications: e.Contract, KZG: e.KZG})
	if err != nil {
		t.Fatal(err)
	}
	vin, err := l1.New(ctx, e.Sim.Client(), inbox.Address(), iopts...)
	if err != nil {
		t.Fatal(err)
	}
	ref := node.New(chain.New(p, state.New(state.NewMemStore())), vin, r, 0, nil)
	for l, _, _ := ref.Chain().Tags(); l < seqEnd; l, _, _ = ref.Chain().Tags() {
		if err := ref.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	nodeDir := t.TempDir()
	openNode := func() (*store.DB, *node.Node) {
		scfg := store.DefaultConfig()
		scfg.Dir = nodeDir
		db, err := store.Open(scfg, store.Ident{Role: store.RoleNode, ChainID: p.ChainID, Genesis: g.Hash, Inbox: inbox.Address()}, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		ch, err := chain.Open(p, db, db.StateStore())
		if err != nil {
			t.Fatal(err)
		}
		n, err := node.Open(ch, vin, r, 0, nil, db)
		if err != nil {
			t.Fatal(err)
		}
		return db, n
	}
	// The blob of batch `half` is not retrievable the first time: the node
	// stops there, between two batches of one L1 range, and is reopened.
	half := ih.NextBatch / 2
	if half < 2 {
		t.Fatalf("only %d batches", ih.NextBatch)
	}
	failing := &failingFetcher{Fetcher: r, fail: half}
	scfg := store.DefaultConfig()
	scfg.Dir = nodeDir
	db, err := store.Open(scfg, store.Ident{Role: store.RoleNode, ChainID: p.ChainID, Genesis: g.Hash, Inbox: inbox.Address()}, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := chain.Open(p, db, db.StateStore())
	if err != nil {
		t.Fatal(err)
	}
	v, err := node.Open(ch, vin, failing, 0, nil, db)
	if err != nil {
		t.Fatal(err)
	}
	for {
		err := v.Step(ctx)
		if errors.Is(err, errFetch) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	stoppedAt := v.Checkpoint()
	if stoppedAt.NextBatch != half {
		t.Fatalf("stopped at checkpoint %+v, want next batch %d", stoppedAt, half)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, v = openNode()
	defer db.Close()
	if got := v.Checkpoint(); got != stoppedAt {
		t.Fatalf("reopened at checkpoint %+v, stopped at %+v", got, stoppedAt)
	}
	for l, _, _ := v.Chain().Tags(); l < seqEnd; l, _, _ = v.Chain().Tags() {
		if err := v.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("verifier stopped after batch %d, reopened and derived to batch %d", stoppedAt.NextBatch-1, v.Checkpoint().NextBatch-1)
	seqDB, seqChain := openSeqChain(t, seqDir, p, g.Hash, inbox.Address())
	defer seqDB.Close()
	for _, want := range ref.Results() {
		got, ok, err := v.StoredResult(want.Index)
		if err != nil || !ok {
			t.Fatalf("batch %d: no stored result (%v)", want.Index, err)
		}
		if got.Roots != want.Roots || got.Head != want.Head || got.Output != want.Output {
			t.Fatalf("batch %d: restarted node %v %+v, uninterrupted node %v %+v", want.Index, got.Roots, got.Head, want.Roots, want.Head)
		}
		sb, ok := seqChain.Block(want.Head.Number)
		if !ok || sb.Hash != want.Head.Hash || sb.Roots != want.Roots {
			t.Fatalf("batch %d: sequencer block %d %s %v, derived %s %v", want.Index, want.Head.Number, sb.Hash, sb.Roots, want.Head.Hash, want.Roots)
		}
	}
	seen := map[common.Hash]int{}
	for i := uint64(1); i <= seqEnd; i++ {
		blk, ok := v.Chain().Block(i)
		if !ok {
			t.Fatalf("verifier block %d missing", i)
		}
		for _, tx := range blk.Txs {
			seen[tx.Hash]++
		}
	}
	for _, hsh := range acked {
		if seen[hsh] != 1 {
			t.Fatalf("acknowledged transaction %s derived %d times, want once", hsh, seen[hsh])
		}
	}
	t.Logf("%d batches compared; %d acknowledged transactions each derived exactly once", len(ref.Results()), len(acked))
}

// crashOnDelete is a sequencer store whose deletes fail, the first one
// signalling hit: the process "dies" right after a batch's append landed,
// before its records go.
type crashOnDelete struct {
	*store.DB
	hit  chan struct{}
	once sync.Once
}

func (c *crashOnDelete) Delete([]byte) error {
	c.once.Do(func() { close(c.hit) })
	return errors.New("crashed before the delete (test)")
}

var errFetch = errors.New("blob not retrievable (test)")

// failingFetcher fails the fetch of batch fail's blob once (the blobs are
// fetched in batch order, batch 1 first).
type failingFetcher struct {
	node.Fetcher
	fail  uint64
	calls uint64
}

func (f *failingFetcher) Get(ctx context.Context, id dac.BlobID, opts ...retrieve.Option) (*retrieve.Blob, error) {
	f.calls++
	if f.calls == f.fail {
		return nil, errFetch
	}
	return f.Fetcher.Get(ctx, id, opts...)
}

// openSeqChain reopens a sequencer's directory read-only in spirit: its
// chain, for comparisons.
func openSeqChain(t *testing.T, dir string, p stf.Params, genesis common.Hash, inbox common.Address) (*store.DB, *chain.Chain) {
	t.Helper()
	scfg := store.DefaultConfig()
	scfg.Dir = dir
	db, err := store.Open(scfg, store.Ident{Role: store.RoleSequencer, ChainID: p.ChainID, Genesis: genesis, Inbox: inbox}, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.Open(p, db, db.StateStore())
	if err != nil {
		t.Fatal(err)
	}
	return db, c
}
