package kzg

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// order3 returns (0, 2), a point of order 3 of E(Fp) (y^2 = x^3 + 4),
// outside G1: the hardest H part for a random test (the smallest prime
// factor of the cofactor).
func order3(t testing.TB) bls12381.G1Affine {
	t.Helper()
	var p bls12381.G1Affine
	p.Y.SetUint64(2)
	if !p.IsOnCurve() || p.IsInSubGroup() {
		t.Fatal("(0, 2) is not an on-curve point outside G1")
	}
	var j bls12381.G1Jac
	j.FromAffine(&p)
	j.ScalarMultiplication(&j, big.NewInt(3))
	if !j.Z.IsZero() {
		t.Fatal("(0, 2) does not have order 3")
	}
	return p
}

// notInG1 returns a point on the curve outside G1 with an H part of
// (almost surely) large order.
func notInG1(t testing.TB, seed uint64) bls12381.G1Affine {
	t.Helper()
	var f fp.Element
	f.SetUint64(seed)
	j := bls12381.GeneratePointNotInG1(f)
	var p bls12381.G1Affine
	p.FromJacobian(&j)
	if !p.IsOnCurve() || p.IsInSubGroup() {
		t.Fatal("GeneratePointNotInG1 gave a point in G1")
	}
	return p
}

// TestSubgroupCheckRandom checks subgroupCheckRandom on G1 points (with
// repeats, a point and its negation, infinity) and, over many trials, on
// batches with one or two points outside G1 at random places: an order-3
// part, a large-order part, and two order-3 parts that cancel whenever
// both points are in a sum. Every hostile batch must be rejected.
func TestSubgroupCheckRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	_, _, g1, _ := bls12381.Generators()
	g1pts := func(n int) []bls12381.G1Affine {
		pts := make([]bls12381.G1Affine, n)
		for i := range pts {
			s := randElement(r)
			pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		}
		return pts
	}
	for _, n := range []int{1, 2, 7, 300} {
		if pts := g1pts(n); !subgroupCheckRandom(pts) {
			t.Fatalf("n=%d: G1 points rejected", n)
		}
	}
	pts := g1pts(20)
	var neg, inf bls12381.G1Affine
	neg.Neg(&pts[0])
	pts = append(pts, pts[0], pts[0], neg, inf, pts[3])
	if !subgroupCheckRandom(pts) {
		t.Fatal("repeats, negation and infinity rejected")
	}

	t3 := order3(t)
	var t3neg bls12381.G1Affine
	t3neg.Neg(&t3)
	trials := 100
	if testing.Short() {
		trials = 20
	}
	for trial := range trials {
		n := 1 + r.IntN(300)
		pts := g1pts(n)
		i := r.IntN(n)
		var name string
		switch trial % 3 {
		case 0:
			name = "order-3 part"
			pts[i].Add(&pts[i], &t3)
		case 1:
			name = "large-order part"
			h := notInG1(t, uint64(trial))
			pts[i].Add(&pts[i], &h)
		case 2:
			name = "cancelling order-3 parts"
			pts[i].Add(&pts[i], &t3)
			pts = append(pts, pts[r.IntN(n)])
			pts[n].Add(&pts[n], &t3neg)
		}
		if subgroupCheckRandom(pts) {
			t.Fatalf("trial %d (%s, %d points): accepted", trial, name, len(pts))
		}
	}
}

// TestVerifyCellsBatchSubgroup runs VerifyCells on batches large enough
// for the batched subgroup check of the proofs: valid batches pass;
// proofs with an order-3 part, a large-order part, or two cancelling
// order-3 parts are named with ErrInvalidProof (not ErrVerify), together
// with a wrong cell elsewhere in the batch, in both weightings.
func TestVerifyCellsBatchSubgroup(t *testing.T) {
	rows := testRows(t)
	t3 := order3(t)
	var t3neg bls12381.G1Affine
	t3neg.Neg(&t3)
	shifted := func(p Proof, d *bls12381.G1Affine) Proof {
		q, err := p.Point()
		if err != nil {
			t.Fatal(err)
		}
		q.Add(&q, d)
		return ProofFromPoint(&q)
	}
	bothModes(t, func(t *testing.T, c *Context) {
		r := rand.New(rand.NewPCG(53, 54))
		for _, n := range []int{subgroupBatchMin, 400} {
			items := mixedItems(rows, r, n)
			if err := c.VerifyCells(items); err != nil {
				t.Fatalf("n=%d: valid batch: %v", n, err)
			}
			h := notInG1(t, uint64(n))
			for trial := range 6 {
				its := slices.Clone(items)
				a, b, w := r.IntN(n), r.IntN(n), r.IntN(n)
				for b == a {
					b = r.IntN(n)
				}
				for w == a || w == b {
					w = r.IntN(n)
				}
				var badProofs []int
				switch trial % 3 {
				case 0:
					its[a].Proof = shifted(its[a].Proof, &t3)
					badProofs = []int{a}
				case 1:
					its[a].Proof = shifted(its[a].Proof, &h)
					badProofs = []int{a}
				case 2:
					its[a].Proof = shifted(its[a].Proof, &t3)
					its[b].Proof = shifted(its[b].Proof, &t3neg)
					badProofs = []int{a, b}
				}
				cell := *its[w].Cell
				cell[1].SetUint64(3)
				its[w].Cell = &cell
				name := fmt.Sprintf("n=%d trial %d", n, trial)
				err := c.VerifyCells(its)
				var ice *InvalidCellError
				if !errors.As(err, &ice) {
					t.Fatalf("%s: got %v", name, err)
				}
				want := append(slices.Clone(badProofs), w)
				slices.Sort(want)
				if !slices.Equal(ice.Items, want) {
					t.Fatalf("%s: named %v, want %v", name, ice.Items, want)
				}
				for k, i := range ice.Items {
					wantErr := ErrInvalidProof
					if i == w {
						wantErr = ErrVerify
					}
					if !errors.Is(ice.Causes[k], wantErr) {
						t.Fatalf("%s: item %d: %v, want %v", name, i, ice.Causes[k], wantErr)
					}
				}
			}
		}
	})
}

// TestSubsetSums compares the bucketed, folded subset sums with direct
// sums over the selected points, for random selections, all-ones and
// all-zero bytes, repeated points and a point with its negation.
func TestSubsetSums(t *testing.T) {
	r := rand.New(rand.NewPCG(59, 60))
	_, _, g1, _ := bls12381.Generators()
	for _, n := range []int{1, 3, 40, 300} {
		pts := make([]bls12381.G1Affine, n)
		for i := range pts {
			s := randElement(r)
			pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		}
		if n >= 40 {
			pts[1] = pts[0]
			pts[2].Neg(&pts[0])
			pts[3] = bls12381.G1Affine{}
		}
		sel := make([]byte, n*subgroupGroups)
		for i := range sel {
			sel[i] = byte(r.Uint32())
		}
		if n >= 40 {
			for g := range subgroupGroups {
				sel[0*subgroupGroups+g], sel[1*subgroupGroups+g], sel[2*subgroupGroups+g] = 0xff, 0xff, 0x0f
				sel[4*subgroupGroups+g] = 0
			}
		}
		got := subsetSums(pts, sel)
		if len(got) != subgroupRounds {
			t.Fatalf("n=%d: %d sums", n, len(got))
		}
		for b := 7; b >= 0; b-- {
			for g := range subgroupGroups {
				var want bls12381.G1Jac
				want.X.SetOne()
				want.Y.SetOne()
				for i := range pts {
					if sel[i*subgroupGroups+g]>>b&1 == 1 {
						want.AddMixed(&pts[i])
					}
				}
				if k := (7-b)*subgroupGroups + g; !got[k].Equal(&want) {
					t.Fatalf("n=%d: sum of bit %d, group %d differs", n, b, g)
				}
			}
		}
	}
}
