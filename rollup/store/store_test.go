package store_test

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

func testRand(t testing.TB) *mrand.Rand {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("QUIRE_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		seed = v
	}
	t.Logf("seed %d (set QUIRE_SEED to replay)", seed)
	return mrand.New(mrand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

func ident(p stf.Params) store.Ident {
	g, _ := stf.Genesis(p)
	return store.Ident{Role: store.RoleNode, ChainID: p.ChainID, Genesis: g.Hash, Inbox: common.Address{1}}
}

func open(t *testing.T, dir string, p stf.Params) (*store.DB, *chain.Chain) {
	t.Helper()
	cfg := store.DefaultConfig()
	cfg.Dir = dir
	db, err := store.Open(cfg, ident(p), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.Open(p, db, db.StateStore())
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	return db, c
}

// producer makes blocks of random transfers between a few accounts, the
// first block crediting them by deposit.
type producer struct {
	p     stf.Params
	keys  []*ecdsa.PrivateKey
	addrs []common.Address
	nonce map[common.Address]uint64
	rnd   *mrand.Rand
	time  uint64
	queue uint64
}

func newProducer(p stf.Params, rnd *mrand.Rand) *producer {
	pr := &producer{p: p, nonce: map[common.Address]uint64{}, rnd: rnd, time: p.GenesisTime}
	for i := 0; i < 4; i++ {
		k, _ := crypto.GenerateKey()
		pr.keys = append(pr.keys, k)
		pr.addrs = append(pr.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	return pr
}

// batch returns one batch of one block: deposits first time, then up to
// three transfers.
func (pr *producer) batch(t testing.TB, index uint64) *stf.Batch {
	pr.time++
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(pr.p.ChainID))
	w := batch.NewWriter(1, pr.p.MaxRecord)
	if err := w.Add(stf.Marker{Time: pr.time, L1Origin: index}.Encode()); err != nil {
		t.Fatal(err)
	}
	b := &stf.Batch{Index: index}
	if pr.queue == 0 {
		for _, a := range pr.addrs {
			b.Queue = append(b.Queue, stf.QueueItem{Index: pr.queue, Kind: stf.QueueKind(0), To: a, Value: uint256.NewInt(1e18)})
			pr.queue++
		}
	} else {
		for range pr.rnd.IntN(4) {
			i := pr.rnd.IntN(len(pr.keys))
			to := pr.addrs[pr.rnd.IntN(len(pr.addrs))]
			tx := types.MustSignNewTx(pr.keys[i], signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(pr.p.ChainID),
				Nonce: pr.nonce[pr.addrs[i]], GasFeeCap: new(big.Int).SetUint64(pr.p.BaseFee), Gas: 21000, To: &to,
				Value: big.NewInt(int64(1 + pr.rnd.IntN(1000)))})
			raw, _ := tx.MarshalBinary()
			if err := w.Add(raw); err != nil {
				t.Fatal(err)
			}
			pr.nonce[pr.addrs[i]]++
		}
	}
	b.RecordCount = w.RecordCount()
	b.Payload = batch.FromBytes(w.Bytes(), w.Rows())
	return b
}

func apply(t testing.TB, c *chain.Chain, b *stf.Batch) *stf.Result {
	t.Helper()
	var res *stf.Result
	err := c.WithState(func(st *state.State) error {
		var err error
		if res, err = stf.ApplyBatch(c.Params(), st, c.Head(), b, stf.Options{}); err != nil {
			return err
		}
		if _, err := st.Commit(); err != nil {
			return err
		}
		return c.Append(res.Blocks)
	})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestChainReopen appends more blocks than a stored chain keeps in memory,
// closes and reopens the store, and checks that every block, transaction
// and account reads back, and that appending after the reopen gives the
// same roots as an in-memory chain fed the same batches.
func TestChainReopen(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	dir := t.TempDir()
	rnd := testRand(t)
	pr := newProducer(p, rnd)
	mem := chain.New(p, state.New(state.NewMemStore()))
	db, c := open(t, dir, p)
	const n = chain.Window + 100
	var txs []common.Hash
	for i := uint64(1); i <= n; i++ {
		b := pr.batch(t, i)
		want := apply(t, mem, b)
		got := apply(t, c, b)
		if got.Roots != want.Roots || got.Head != want.Head {
			t.Fatalf("batch %d: stored chain %v %v, in memory %v %v", i, got.Roots, got.Head, want.Roots, want.Head)
		}
		for _, blk := range got.Blocks {
			for _, tx := range blk.Txs {
				txs = append(txs, tx.Hash)
			}
		}
	}
	if err := c.SetSafe(n - 5); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, c = open(t, dir, p)
	defer db.Close()
	if c.Head() != mem.Head() {
		t.Fatalf("reopened head %+v, want %+v", c.Head(), mem.Head())
	}
	if l, s, _ := c.Tags(); l != n || s != n-5 {
		t.Fatalf("tags after reopen: latest %d safe %d", l, s)
	}
	for i := uint64(0); i <= n; i++ {
		got, ok := c.Block(i)
		want, _ := mem.Block(i)
		if !ok || got.Hash != want.Hash || got.Roots != want.Roots || len(got.Receipts) != len(want.Receipts) {
			t.Fatalf("block %d after reopen: %v %s, want %s", i, ok, got.Hash, want.Hash)
		}
		if byHash, ok := c.BlockByHash(want.Hash); !ok || byHash.Number != i {
			t.Fatalf("block %d by hash after reopen", i)
		}
	}
	if len(txs) == 0 {
		t.Fatal("no transactions produced")
	}
	for _, h := range []common.Hash{txs[0], txs[len(txs)/2], txs[len(txs)-1]} {
		gb, gi, ok := c.Tx(h)
		wb, wi, _ := mem.Tx(h)
		if !ok || gb.Number != wb.Number || gi != wi {
			t.Fatalf("tx %s after reopen: block %d index %d, want %d %d", h, gb.Number, gi, wb.Number, wi)
		}
	}
	for _, a := range pr.addrs {
		got, err := c.Account(a)
		want, _ := mem.Account(a)
		if err != nil || got != want {
			t.Fatalf("account %s after reopen: %+v %v, want %+v", a, got, err, want)
		}
	}
	for i := uint64(n + 1); i <= n+20; i++ {
		b := pr.batch(t, i)
		if got, want := apply(t, c, b), apply(t, mem, b); got.Roots != want.Roots || got.Head != want.Head {
			t.Fatalf("batch %d after reopen: roots %v, want %v", i, got.Roots, want.Roots)
		}
	}
}

// TestForeign refuses a directory of another chain or role.
func TestForeign(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	dir := t.TempDir()
	db, _ := open(t, dir, p)
	db.Close()
	cfg := store.DefaultConfig()
	cfg.Dir = dir
	for name, id := range map[string]store.Ident{
		"role":    {Role: store.RoleSequencer, ChainID: p.ChainID, Genesis: ident(p).Genesis, Inbox: common.Address{1}},
		"chain":   {Role: store.RoleNode, ChainID: p.ChainID + 1, Genesis: ident(p).Genesis, Inbox: common.Address{1}},
		"genesis": {Role: store.RoleNode, ChainID: p.ChainID, Genesis: common.Hash{9}, Inbox: common.Address{1}},
		"inbox":   {Role: store.RoleNode, ChainID: p.ChainID, Genesis: ident(p).Genesis, Inbox: common.Address{2}},
	} {
		t.Run(name, func(t *testing.T) {
			db, err := store.Open(cfg, id, p, nil)
			if err == nil {
				db.Close()
				t.Fatal("a foreign data directory was opened")
			}
			var me *store.MismatchError
			if !errors.Is(err, store.ErrForeign) || !errors.As(err, &me) || me.Have != ident(p) {
				t.Fatalf("error %v, want a MismatchError naming the stored identity", err)
			}
		})
	}
	// The same identity opens again.
	db, err := store.Open(cfg, ident(p), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
		t.Fatal(err)
	}
}

// TestStaging checks that StageFinal
// and StageDelete land with the head while a crash before WriteBlocks (a
// Close without it) keeps none of them.
func TestStaging(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	dir := t.TempDir()
	db, c := open(t, dir, p)
	if err := db.Put([]byte("x/old"), []byte("1")); err != nil {
		t.Fatal(err)
	}
	db.Stage([]byte("x/a"), []byte("a"))
	db.StageFinal([]byte("x/b"), []byte("b"))
	db.StageDelete([]byte("x/old"))
	db.Close() // a crash before the write
	db, c = open(t, dir, p)
	got := map[string]string{}
	scan := func() {
		clear(got)
		if err := db.Scan([]byte("x/"), func(k, v []byte) error { got[string(k)] = string(v); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	scan()
	if len(got) != 1 || got["x/old"] != "1" {
		t.Fatalf("after a crash before the write: %v", got)
	}
	db.Stage([]byte("x/a"), []byte("a"))
	db.StageFinal([]byte("x/b"), []byte("b"))
	db.StageDelete([]byte("x/old"))
	pr := newProducer(p, testRand(t))
	apply(t, c, pr.batch(t, 1))
	scan()
	if len(got) != 2 || got["x/a"] != "a" || got["x/b"] != "b" {
		t.Fatalf("after the write: %v", got)
	}
	db.Close()
}

// TestMemoryFigure appends 6,000 blocks of up to three transfers to a
// stored chain and an in-memory one and logs the live heap of each after
// every 2,000 (QUIRE_MEM_FIGURE=1; a figure, not an assertion).
func TestMemoryFigure(t *testing.T) {
	if os.Getenv("QUIRE_MEM_FIGURE") == "" {
		t.Skip("set QUIRE_MEM_FIGURE=1")
	}
	p := stf.ParamsOf(rollup.DevConfig())
	for _, mode := range []string{"badger", "memory"} {
		pr := newProducer(p, testRand(t))
		var c *chain.Chain
		if mode == "memory" {
			c = chain.New(p, state.New(state.NewMemStore()))
		} else {
			var db *store.DB
			db, c = open(t, t.TempDir(), p)
			defer db.Close()
		}
		for i := uint64(1); i <= 6000; i++ {
			apply(t, c, pr.batch(t, i))
			if i%2000 == 0 {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				t.Logf("%s: %d blocks, live heap %.1f MiB", mode, i, float64(ms.HeapAlloc)/(1<<20))
			}
		}
	}
}
