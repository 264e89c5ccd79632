package kzg

import (
	"math/big"
	"math/rand/v2"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestMulFixedBatch checks mulFixedBatch against gnark's scalar
// multiplication for random scalars, the scalars of the seed form (the six
// values +-|z| lambda^e, among them the fourth roots of unity +-i), one,
// and the twiddles of a 128-point FFT, on random G1 points and the identity.
func TestMulFixedBatch(t *testing.T) {
	glvInit()
	r := rand.New(rand.NewPCG(21, 22))
	var scalars []fr.Element
	for e := range glv.seedForms {
		scalars = append(scalars, glv.seedForms[e][:]...)
	}
	scalars = append(scalars, fr.One())
	w, _ := fr.Generator(128)
	f := fr.One()
	for range 64 {
		scalars = append(scalars, f)
		f.Mul(&f, &w)
	}
	for range 10 {
		scalars = append(scalars, randElement(r))
	}
	fs := make([]fixedScalar, len(scalars))
	seeds := 0
	for i := range scalars {
		fs[i] = newFixedScalar(&scalars[i])
		if fs[i].seed {
			seeds++
		}
	}
	// The six seed forms, and w^32 = +-i among the twiddles.
	if seeds != 7 {
		t.Fatalf("%d scalars recognised as seed forms, want 7", seeds)
	}
	_, _, g1, _ := bls12381.Generators()
	pts := make([]bls12381.G1Jac, len(scalars))
	want := make([]bls12381.G1Affine, len(scalars))
	for i := range pts {
		if i%9 == 4 {
			pts[i].X.SetOne() // identity
			pts[i].Y.SetOne()
			pts[i].Z.SetZero()
			continue
		}
		s := randElement(r)
		var a bls12381.G1Affine
		a.ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		pts[i].FromAffine(&a)
		want[i].ScalarMultiplication(&a, scalars[i].BigInt(new(big.Int)))
	}
	mulFixedBatch(pts, fs, 0, 1)
	for i := range pts {
		var got bls12381.G1Affine
		got.FromJacobian(&pts[i])
		if !got.Equal(&want[i]) {
			t.Fatalf("scalar %d (seed form %v): wrong product", i, fs[i].seed)
		}
	}
}

// TestTwiddleSeedForms checks that the G1 FFT twiddles of every size from 4
// up have exactly one seed-form scalar in each direction (w^(n/4) = +-i).
func TestTwiddleSeedForms(t *testing.T) {
	for n := 4; n <= 4096; n *= 2 {
		tw := newG1Twiddles(n)
		for _, set := range [][]fixedScalar{tw.fwd, tw.inv} {
			count := 0
			for j := range set {
				if set[j].seed {
					count++
					if j != n/4 {
						t.Fatalf("n = %d: twiddle %d has the seed form", n, j)
					}
				}
			}
			if count != 1 {
				t.Fatalf("n = %d: %d seed-form twiddles, want 1", n, count)
			}
		}
	}
}
