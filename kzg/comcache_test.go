package kzg

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// cacheContext returns a fresh Context with a commitment cache of max
// entries per generation.
func cacheContext(t testing.TB, max int) *Context {
	t.Helper()
	c, err := New(WithParallelism(1), WithCommitmentCache(max))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCommitmentCacheRejectsHostile checks that commitments failing a
// check are never cached: each call rejects them again, before and after
// the same bytes' valid neighbours were cached.
func TestCommitmentCacheRejectsHostile(t *testing.T) {
	c := cacheContext(t, 16)
	rows := testRows(t)
	ns := nonSubgroupPoint(t)
	notInG1 := CommitmentFromPoint(&ns)
	offCurve := rows[0].com
	offCurve[PointSize-1] ^= 1 // almost surely x with no curve point
	if _, err := offCurve.Point(); err == nil {
		t.Skip("flipped x is on the curve")
	}
	noFlag := rows[0].com
	noFlag[0] &^= flagCompressed
	good := CellItem{Commitment: rows[0].com, Index: 3, Cell: &rows[0].cells[3], Proof: rows[0].proofs[3]}
	for round := range 3 {
		for _, bad := range []Commitment{notInG1, offCurve, noFlag} {
			it := good
			it.Commitment = bad
			err := c.VerifyCells([]CellItem{good, it})
			var ice *InvalidCellError
			if !errors.As(err, &ice) || len(ice.Items) != 1 || ice.Items[0] != 1 || !errors.Is(ice.Causes[0], ErrInvalidCommitment) {
				t.Fatalf("round %d: %x: got %v", round, bad[:4], err)
			}
			if _, ok := c.comCache.get(&bad); ok {
				t.Fatalf("round %d: invalid commitment cached", round)
			}
			if err := c.CheckExtension([]Commitment{rows[0].com, bad}, [32]byte{1}); !errors.Is(err, ErrInvalidCommitment) {
				t.Fatalf("round %d: CheckExtension: %v", round, err)
			}
		}
		if _, ok := c.comCache.get(&rows[0].com); !ok {
			t.Fatalf("round %d: valid commitment not cached", round)
		}
	}
	if n := c.comCache.len(); n != 1 {
		t.Fatalf("%d cached, want 1", n)
	}
}

// TestCommitmentCacheVerifyAfterHit checks that a cached commitment still
// rejects every wrong cell, proof and index, and that a proof valid for a
// cached commitment fails under the other (also cached) one.
func TestCommitmentCacheVerifyAfterHit(t *testing.T) {
	c := cacheContext(t, 16)
	rows := testRows(t)
	if err := c.CheckExtension([]Commitment{rows[0].com, rows[1].com}, [32]byte{2}); err == nil {
		t.Fatal("two random rows passed as an extension")
	}
	for _, pr := range rows {
		if _, ok := c.comCache.get(&pr.com); !ok {
			t.Fatal("CheckExtension did not cache its commitments")
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	items := mixedItems(rows, r, 12)
	if err := c.VerifyCells(items); err != nil {
		t.Fatalf("valid batch on cached commitments: %v", err)
	}
	tampered := map[int]func(*CellItem){
		1: func(it *CellItem) { // other row's commitment
			if it.Commitment == rows[0].com {
				it.Commitment = rows[1].com
			} else {
				it.Commitment = rows[0].com
			}
		},
		4: func(it *CellItem) { it.Index = (it.Index + 1) % cellsPerRow },
		7: func(it *CellItem) { c := *it.Cell; c[5].SetUint64(9); it.Cell = &c },
		9: func(it *CellItem) { it.Proof = rows[0].proofs[(it.Index+2)%cellsPerRow] },
	}
	bad := append([]CellItem(nil), items...)
	for i, f := range tampered {
		f(&bad[i])
	}
	err := c.VerifyCells(bad)
	var ice *InvalidCellError
	if !errors.As(err, &ice) || len(ice.Items) != len(tampered) {
		t.Fatalf("got %v, want items 1 4 7 9", err)
	}
	for _, i := range ice.Items {
		if _, ok := tampered[i]; !ok {
			t.Fatalf("item %d named but not tampered: %v", i, err)
		}
	}
}

// TestCommitmentCacheBounded checks the two-generation bound and that an
// evicted commitment is decoded again.
func TestCommitmentCacheBounded(t *testing.T) {
	cc := newComCache(4)
	coms := make([]Commitment, 20)
	pts := make([]bls12381.G1Affine, 20)
	for i := range coms {
		var s bls12381.G1Affine
		s.ScalarMultiplicationBase(big.NewInt(int64(i + 2)))
		pts[i], coms[i] = s, CommitmentFromPoint(&s)
		cc.put(&coms[i], &pts[i])
		if n := cc.len(); n > 8 {
			t.Fatalf("%d entries after %d puts, bound 8", n, i+1)
		}
	}
	for i := range 12 {
		if _, ok := cc.get(&coms[i]); ok {
			t.Fatalf("commitment %d still cached", i)
		}
	}
	for i := 16; i < 20; i++ {
		p, ok := cc.get(&coms[i])
		if !ok || !p.Equal(&pts[i]) {
			t.Fatalf("commitment %d: ok %v", i, ok)
		}
	}
	if newComCache(0) != nil {
		t.Fatal("size 0 must disable the cache")
	}
	var off *comCache
	off.put(&coms[0], &pts[0])
	if _, ok := off.get(&coms[0]); ok || off.len() != 0 {
		t.Fatal("disabled cache returned a point")
	}
}

// TestCommitmentCacheConcurrent runs VerifyCells from several goroutines on
// a small cache that keeps evicting (run with -race).
func TestCommitmentCacheConcurrent(t *testing.T) {
	c := cacheContext(t, 1)
	rows := testRows(t)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 13))
			for range 3 {
				if err := c.VerifyCells(mixedItems(rows, r, 4)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
