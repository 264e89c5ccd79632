package kzg

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestWNAF checks the digits' form and that they sum back to the scalar,
// for random scalars and the edge values 0, 1, 2^w-1, r-1 and r-2^k.
func TestWNAF(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	var scalars []fr.Element
	for _, v := range []int64{0, 1, 2, 15, 16, 31, 32, -1, -2, -16, -31} {
		var s fr.Element
		s.SetInt64(v) // negative: r - |v|
		scalars = append(scalars, s)
	}
	for range 2000 {
		scalars = append(scalars, randElement(r))
	}
	var naf [nafLen]int8
	for _, s := range scalars {
		n := wnaf(&s, strausWidth, &naf)
		sum, p := new(big.Int), big.NewInt(1)
		last := -strausWidth
		for i := range n {
			d := naf[i]
			if d != 0 {
				if d%2 == 0 || d >= 1<<(strausWidth-1) || d <= -(1<<(strausWidth-1)) {
					t.Fatalf("%v: digit %d = %d", s.String(), i, d)
				}
				if i-last < strausWidth {
					t.Fatalf("%v: digits %d and %d both non-zero", s.String(), last, i)
				}
				last = i
			}
			sum.Add(sum, new(big.Int).Mul(p, big.NewInt(int64(d))))
			p.Lsh(p, 1)
		}
		var want big.Int
		s.BigInt(&want)
		if sum.Cmp(&want) != 0 {
			t.Fatalf("%v: digits sum to %v", want.String(), sum.String())
		}
	}
}

// TestStrausMSM compares strausMSM with gnark's MultiExp on random points
// and scalars and on adversarial shapes: repeated points, a point and its
// negation, points at infinity, zero, one and r-1 scalars, sums that cancel.
func TestStrausMSM(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	_, _, g1, _ := bls12381.Generators()
	randPoint := func() bls12381.G1Affine {
		var p bls12381.G1Affine
		s := randElement(r)
		p.ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		return p
	}
	check := func(name string, pts []bls12381.G1Affine, scalars [][]fr.Element) {
		t.Helper()
		got := strausMSM(pts, scalars)
		for j, sc := range scalars {
			var want bls12381.G1Jac
			if _, err := want.MultiExp(pts, sc, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
				t.Fatal(err)
			}
			if !got[j].Equal(&want) {
				t.Fatalf("%s: sum %d differs from MultiExp", name, j)
			}
		}
	}
	for _, n := range []int{1, 2, 3, 8, 30, 38, 96} {
		pts := make([]bls12381.G1Affine, n)
		for i := range pts {
			pts[i] = randPoint()
		}
		sc := [][]fr.Element{make([]fr.Element, n), make([]fr.Element, n)}
		for i := range n {
			sc[0][i] = randElement(r)
			if i%3 != 0 {
				sc[1][i] = randElement(r)
			}
		}
		check(fmt.Sprintf("random n=%d", n), pts, sc)
	}
	p, q := randPoint(), randPoint()
	var negP, inf bls12381.G1Affine
	negP.Neg(&p)
	var one, minus1, two, zero fr.Element
	one.SetOne()
	minus1.SetInt64(-1)
	two.SetUint64(2)
	rnd := randElement(r)
	var negRnd fr.Element
	negRnd.Neg(&rnd)
	check("repeated point", []bls12381.G1Affine{p, p, p, q}, [][]fr.Element{{one, one, two, rnd}, {rnd, rnd, rnd, zero}})
	check("point and negation cancel", []bls12381.G1Affine{p, negP}, [][]fr.Element{{rnd, rnd}, {one, minus1}})
	check("scalars cancel", []bls12381.G1Affine{p, p}, [][]fr.Element{{rnd, negRnd}})
	check("infinity", []bls12381.G1Affine{inf, p, inf}, [][]fr.Element{{rnd, minus1, one}, {one, zero, rnd}})
	check("all zero", []bls12381.G1Affine{p, q}, [][]fr.Element{{zero, zero}})
	check("empty", nil, [][]fr.Element{{}})
}

// BenchmarkSmallMSM compares strausMSM with gnark's MultiExp (one core)
// on the shapes of a cell check: two sums over n points.
func BenchmarkSmallMSM(b *testing.B) {
	r := rand.New(rand.NewPCG(25, 26))
	_, _, g1, _ := bls12381.Generators()
	for _, n := range []int{38, 64, 96, 128, 192} {
		pts := make([]bls12381.G1Affine, n)
		sc := [][]fr.Element{make([]fr.Element, n), make([]fr.Element, n)}
		for i := range pts {
			s := randElement(r)
			pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
			sc[0][i], sc[1][i] = randElement(r), randElement(r)
		}
		b.Run(fmt.Sprintf("n=%d/straus", n), func(b *testing.B) {
			defer startCPU().report(b)
			for b.Loop() {
				strausMSM(pts, sc)
			}
		})
		b.Run(fmt.Sprintf("n=%d/gnark", n), func(b *testing.B) {
			defer startCPU().report(b)
			var o bls12381.G1Jac
			for b.Loop() {
				o.MultiExp(pts, sc[0], ecc.MultiExpConfig{NbTasks: 1})
				o.MultiExp(pts, sc[1], ecc.MultiExpConfig{NbTasks: 1})
			}
		})
	}
}
