package store_test

import (
	"maps"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// TestChainReset replaces the last blocks of a stored chain (what a
// sequencer does when the inbox forced queue items in) and checks it
// against an in-memory chain that only ever saw the new branch: head,
// roots, blocks, the old branch's transactions gone, the safe tag pulled
// back; then again after a reopen, and appending on top.
func TestChainReset(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	dir := t.TempDir()
	rnd := testRand(t)
	pr := newProducer(p, rnd)
	mem := chain.New(p, state.New(state.NewMemStore()))
	memOld := chain.New(p, state.New(state.NewMemStore()))
	db, c := open(t, dir, p)
	const fork, oldEnd, newEnd = 20, 30, 25
	for i := uint64(1); i <= fork; i++ {
		b := pr.batch(t, i)
		apply(t, c, b)
		apply(t, mem, b)
		apply(t, memOld, b)
	}
	branch := *pr
	branch.nonce = maps.Clone(pr.nonce)
	var oldTxs []common.Hash
	for i := uint64(fork + 1); i <= oldEnd; i++ {
		b := pr.batch(t, i)
		for _, blk := range apply(t, c, b).Blocks {
			for _, tx := range blk.Txs {
				oldTxs = append(oldTxs, tx.Hash)
			}
		}
		apply(t, memOld, b)
	}
	if err := c.SetSafe(oldEnd - 2); err != nil {
		t.Fatal(err)
	}
	var newBatches []*stf.Batch
	for i := uint64(fork + 1); i <= newEnd; i++ {
		b := branch.batch(t, i+100)
		newBatches = append(newBatches, b)
		apply(t, mem, b)
	}
	reset := func(c *chain.Chain) {
		t.Helper()
		err := c.Reset(fork, func(st *state.State, h stf.Head) ([]stf.Block, error) {
			var out []stf.Block
			for _, b := range newBatches {
				res, err := stf.ApplyBatch(p, st, h, b, stf.Options{})
				if err != nil {
					return nil, err
				}
				out = append(out, res.Blocks...)
				h = res.Head
			}
			_, err := st.Commit()
			return out, err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	reset(c)
	reset(memOld) // the in-memory path
	check := func(what string, c *chain.Chain) {
		t.Helper()
		if c.Head() != mem.Head() {
			t.Fatalf("%s: head %+v, want %+v", what, c.Head(), mem.Head())
		}
		if l, s, _ := c.Tags(); l != newEnd || s > fork {
			t.Fatalf("%s: latest %d safe %d, want %d and at most %d", what, l, s, newEnd, fork)
		}
		for i := uint64(0); i <= newEnd; i++ {
			got, ok := c.Block(i)
			want, _ := mem.Block(i)
			if !ok || got.Hash != want.Hash || got.Roots != want.Roots {
				t.Fatalf("%s: block %d %v %s, want %s", what, i, ok, got.Hash, want.Hash)
			}
		}
		if _, ok := c.Block(newEnd + 1); ok {
			t.Fatalf("%s: a block of the old branch above the new head is still served", what)
		}
		for _, h := range oldTxs {
			if b, _, ok := c.Tx(h); ok {
				if _, _, inNew := mem.Tx(h); !inNew {
					t.Fatalf("%s: old-branch transaction %s still found in block %d", what, h, b.Number)
				}
			}
		}
		for _, a := range pr.addrs {
			got, err := c.Account(a)
			want, _ := mem.Account(a)
			if err != nil || got != want {
				t.Fatalf("%s: account %s: %+v, want %+v", what, a, got, want)
			}
		}
	}
	check("after the reset", c)
	check("in memory after the reset", memOld)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, c = open(t, dir, p)
	defer db.Close()
	check("after a reopen", c)
	for i := uint64(200); i < 205; i++ {
		b := branch.batch(t, i)
		if got, want := apply(t, c, b), apply(t, mem, b); got.Roots != want.Roots || got.Head != want.Head {
			t.Fatalf("batch %d on the reset chain: %v, want %v", i, got.Roots, want.Roots)
		}
	}
	if err := c.Reset(fork-1, func(*state.State, stf.Head) ([]stf.Block, error) { return nil, nil }); err != nil {
		t.Fatal(err)
	}
	if c.SetFinalized(fork-1) != nil {
		t.Fatal("set finalized")
	}
	if err := c.Reset(fork-3, func(*state.State, stf.Head) ([]stf.Block, error) { return nil, nil }); err == nil {
		t.Fatal("reset below the finalized block accepted")
	}
}
