package kzg

import (
	"fmt"
	"math/big"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestBucketAdder drives the batched bucket accumulator with few buckets
// and few distinct points, so that doublings (same point twice), cancels
// (a point and its negation) and spills (a bucket twice in one batch) all
// happen, and compares every bucket with a plain Jacobian sum.
func TestBucketAdder(t *testing.T) {
	r := testRand(t)
	pts := make([]bls12381.G1Affine, 3)
	for i := range pts {
		s := randElement(r)
		pts[i] = mulG1(&s)
	}
	for _, tc := range []struct{ buckets, batch, ops int }{{1, 4, 50}, {3, 2, 200}, {8, 16, 500}, {2, 1, 40}} {
		t.Run(fmt.Sprintf("%d-buckets-batch-%d", tc.buckets, tc.batch), func(t *testing.T) {
			a := newBucketAdder(tc.buckets, tc.batch)
			want := make([]bls12381.G1Jac, tc.buckets)
			for i := range want {
				want[i].X.SetOne()
				want[i].Y.SetOne()
			}
			for range tc.ops {
				b := r.IntN(tc.buckets)
				p := &pts[r.IntN(len(pts))]
				neg := r.IntN(2) == 0
				a.insert(b, p, neg)
				q := *p
				if neg {
					q.Neg(p)
				}
				want[b].AddMixed(&q)
				if r.IntN(10) == 0 {
					a.flush()
				}
			}
			a.finish()
			for b := range want {
				var w bls12381.G1Affine
				w.FromJacobian(&want[b])
				if w.IsInfinity() != !a.full[b] || (a.full[b] && !w.Equal(&a.pts[b])) {
					t.Fatalf("bucket %d: got %v (full %v), want %v", b, a.pts[b].String(), a.full[b], w.String())
				}
			}
			// reduce: sum (d+1) * bucket[d]
			var sum, want2 bls12381.G1Jac
			want2.X.SetOne()
			want2.Y.SetOne()
			for b := range want {
				var s fr.Element
				s.SetUint64(uint64(b + 1))
				var w bls12381.G1Affine
				w.FromJacobian(&want[b])
				p := mulPoint(&w, &s)
				want2.AddMixed(&p)
			}
			sum = a.reduce(0, tc.buckets)
			if !sum.Equal(&want2) {
				t.Fatal("reduce differs from the weighted sum")
			}
		})
	}
}

func mulPoint(p *bls12381.G1Affine, s *fr.Element) bls12381.G1Affine {
	var out bls12381.G1Affine
	out.ScalarMultiplication(p, s.BigInt(new(big.Int)))
	return out
}

// TestSignedDigits checks the recoding against the scalar it came from.
func TestSignedDigits(t *testing.T) {
	r := testRand(t)
	var minus1 fr.Element
	minus1.SetOne().Neg(&minus1)
	for _, c := range []int{8, 12} {
		nw := windowsFor(c)
		for i := range 200 {
			s := randElement(r)
			switch i {
			case 0:
				s.SetZero()
			case 1:
				s = minus1
			case 2:
				s.SetUint64(1<<(c-1) + 1)
			}
			d := make([]int16, nw)
			signedDigits(&s, c, d)
			var acc, pow, base fr.Element
			pow.SetOne()
			base.SetUint64(1 << c)
			for w := range d {
				if d[w] > 1<<(c-1) || d[w] < -(1<<(c-1)) {
					t.Fatalf("digit %d out of range", d[w])
				}
				var x fr.Element
				x.SetInt64(int64(d[w]))
				x.Mul(&x, &pow)
				acc.Add(&acc, &x)
				pow.Mul(&pow, &base)
			}
			if !acc.Equal(&s) {
				t.Fatalf("c=%d: digits of %s recombine to %s", c, s.String(), acc.String())
			}
		}
	}
}
