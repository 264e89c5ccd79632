package kzg

import (
	"math/big"
	"math/rand/v2"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestG1FFTMatchesNaive checks g1DIF and g1DIT against the definition,
// out_k = sum_j w^(+-jk) in_j with gnark's scalar multiplication, for every
// size from 2 to 64, with one and two workers, with and without the
// upper-zero shortcut, and with identity points among the inputs.
func TestG1FFTMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	_, _, g1, _ := bls12381.Generators()
	for n := 2; n <= 64; n *= 2 {
		tw := newG1Twiddles(n)
		w, _ := fr.Generator(uint64(n))
		var wi fr.Element
		wi.Inverse(&w)
		in := make([]bls12381.G1Affine, n)
		for i := range in {
			if i%7 == 3 {
				continue // identity
			}
			s := randElement(r)
			in[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		}
		naive := func(root fr.Element, in []bls12381.G1Affine) []bls12381.G1Affine {
			out := make([]bls12381.G1Affine, n)
			for k := range out {
				var acc bls12381.G1Jac
				for j := range in {
					var e fr.Element
					e.Exp(root, big.NewInt(int64(j*k)))
					var p bls12381.G1Affine
					p.ScalarMultiplication(&in[j], e.BigInt(new(big.Int)))
					acc.AddMixed(&p)
				}
				out[k].FromJacobian(&acc)
			}
			return out
		}
		shift := 64 - log2(n)
		rev := func(i int) int { return int(reverseBits(uint64(i)) >> shift) }
		if n == 1 {
			rev = func(int) int { return 0 }
		}
		for _, workers := range []int{1, 2} {
			for _, upperZero := range []bool{false, true} {
				src := append([]bls12381.G1Affine(nil), in...)
				if upperZero {
					clear(src[n/2:])
				}
				want := naive(w, src)
				a := make([]bls12381.G1Jac, n)
				for i := range a {
					a[i].FromAffine(&src[i])
				}
				g1DIF(a, tw.fwd, 1, upperZero, workers)
				for k := range want {
					var got bls12381.G1Affine
					got.FromJacobian(&a[rev(k)])
					if !got.Equal(&want[k]) {
						t.Fatalf("DIF n=%d workers=%d upperZero=%v: output %d wrong", n, workers, upperZero, k)
					}
				}
			}
			want := naive(wi, in)
			a := make([]bls12381.G1Jac, n)
			for i := range a {
				a[rev(i)].FromAffine(&in[i])
			}
			g1DIT(a, tw.inv, 1, workers)
			for k := range want {
				var got bls12381.G1Affine
				got.FromJacobian(&a[k])
				if !got.Equal(&want[k]) {
					t.Fatalf("DIT n=%d workers=%d: output %d wrong", n, workers, k)
				}
			}
		}
	}
}
