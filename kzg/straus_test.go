package kzg

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
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

// TestVerifyCellsSmallBatchHostile runs hostile proofs through the Straus
// path of VerifyCells (at most strausMaxPoints points), batches on both
// sides of the threshold and a batch of 100 (msmVar): repeated items pass;
// a proof at infinity, a negated proof, swapped proofs and another cell's
// proof are named.
func TestVerifyCellsSmallBatchHostile(t *testing.T) {
	c := testContext(t)
	rows := testRows(t)
	r := rand.New(rand.NewPCG(27, 28))
	pr := rows[0]
	item := func(k int) CellItem {
		return CellItem{Commitment: pr.com, Index: k, Cell: &pr.cells[k], Proof: pr.proofs[k]}
	}
	if err := c.VerifyCells([]CellItem{item(5), item(5), item(5), item(9)}); err != nil {
		t.Fatalf("repeated items: %v", err)
	}
	infinity := Proof{0xc0}
	negated := func(p Proof) Proof {
		q, err := p.Point()
		if err != nil {
			t.Fatal(err)
		}
		q.Neg(&q)
		return ProofFromPoint(&q)
	}
	cases := []struct {
		name  string
		items func() []CellItem
		bad   []int
	}{
		{"proof at infinity", func() []CellItem {
			its := []CellItem{item(1), item(2), item(3)}
			its[1].Proof = infinity
			return its
		}, []int{1}},
		{"negated proof", func() []CellItem {
			its := []CellItem{item(1), item(2), item(3), item(4)}
			its[2].Proof = negated(its[2].Proof)
			return its
		}, []int{2}},
		{"swapped proofs", func() []CellItem {
			its := []CellItem{item(7), item(8), item(9)}
			its[0].Proof, its[2].Proof = its[2].Proof, its[0].Proof
			return its
		}, []int{0, 2}},
		{"same proof for two cells", func() []CellItem {
			its := []CellItem{item(7), item(8)}
			its[1].Proof = its[0].Proof
			return its
		}, []int{1}},
	}
	// Two commitments: 62 items make 64 points (Straus), 63 make 65.
	for _, n := range []int{strausMaxPoints - 2, strausMaxPoints - 1} {
		cases = append(cases, struct {
			name  string
			items func() []CellItem
			bad   []int
		}{fmt.Sprintf("%d items", n), func() []CellItem {
			its := mixedItems(rows, r, n)
			its[0].Commitment, its[1].Commitment = rows[0].com, rows[1].com // both rows present
			its[0].Cell, its[0].Proof, its[0].Index = &rows[0].cells[0], rows[0].proofs[0], 0
			its[1].Cell, its[1].Proof, its[1].Index = &rows[1].cells[0], rows[1].proofs[0], 0
			its[n-1].Proof = negated(its[n-1].Proof)
			return its
		}, []int{n - 1}})
	}
	// Past the threshold (msmVar): the same hostile proofs in a batch of 100.
	cases = append(cases, struct {
		name  string
		items func() []CellItem
		bad   []int
	}{"hostile proofs in 100 items", func() []CellItem {
		its := mixedItems(rows, r, 100)
		its[10].Proof = infinity
		its[50].Proof = negated(its[50].Proof)
		for its[71].Index == its[70].Index && its[71].Commitment == its[70].Commitment {
			its[71].Index = (its[71].Index + 1) % cellsPerRow
			for _, pr := range rows {
				if pr.com == its[71].Commitment {
					its[71].Cell, its[71].Proof = &pr.cells[its[71].Index], pr.proofs[its[71].Index]
				}
			}
		}
		its[71].Proof = its[70].Proof
		return its
	}, []int{10, 50, 71}})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := c.VerifyCells(tc.items())
			var ice *InvalidCellError
			if !errors.As(err, &ice) || !slices.Equal(ice.Items, tc.bad) || !errors.Is(err, ErrVerify) {
				t.Fatalf("got %v, want items %v failing", err, tc.bad)
			}
		})
	}
}

// TestInterpMSM compares the fixed-base MSM of the interpolation term
// with gnark's MultiExp over the same 64 setup points: random scalars,
// zeros, all-equal scalars (every base hits the same buckets), small and
// r-1 scalars, and fewer than 64 scalars.
func TestInterpMSM(t *testing.T) {
	c := testContext(t)
	r := rand.New(rand.NewPCG(29, 30))
	cases := map[string][]fr.Element{}
	rnd := make([]fr.Element, cellLen)
	for i := range rnd {
		rnd[i] = randElement(r)
	}
	cases["random"] = rnd
	cases["zero"] = make([]fr.Element, cellLen)
	same := make([]fr.Element, cellLen)
	for i := range same {
		same[i] = rnd[0]
	}
	cases["all equal"] = same
	edge := make([]fr.Element, cellLen)
	for i := range edge {
		switch i % 4 {
		case 0:
			edge[i].SetInt64(-1)
		case 1:
			edge[i].SetUint64(uint64(i))
		case 2:
			edge[i].SetUint64(1 << (interpWindow * (i % 8)))
		}
	}
	cases["edge"] = edge
	cases["first 5"] = rnd[:5]
	for name, sc := range cases {
		var want bls12381.G1Jac
		if _, err := want.MultiExp(c.s.g1Monomial[:len(sc)], sc, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
			t.Fatal(err)
		}
		got := c.interpTab.msm(sc)
		if !got.Equal(&want) {
			t.Fatalf("%s: differs from MultiExp", name)
		}
	}
}

// TestMsmVar compares msmVar with gnark's MultiExp: random points and
// scalars at several sizes and worker counts, and adversarial shapes
// (repeated points, a point and its negation, infinity, zero, one, r-1,
// lambda and equal scalars).
func TestMsmVar(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	_, _, g1, _ := bls12381.Generators()
	randPoint := func() bls12381.G1Affine {
		var p bls12381.G1Affine
		s := randElement(r)
		p.ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		return p
	}
	check := func(name string, pts []bls12381.G1Affine, sc []fr.Element, workers int) {
		t.Helper()
		var want bls12381.G1Jac
		if _, err := want.MultiExp(pts, sc, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
			t.Fatal(err)
		}
		got := msmVar(pts, slices.Clone(sc), workers)
		if !got.Equal(&want) {
			t.Fatalf("%s (workers %d): differs from MultiExp", name, workers)
		}
	}
	for _, n := range []int{1, 5, 65, 300} {
		pts := make([]bls12381.G1Affine, n)
		sc := make([]fr.Element, n)
		for i := range pts {
			pts[i], sc[i] = randPoint(), randElement(r)
		}
		for _, w := range []int{1, 2, 3} {
			check(fmt.Sprintf("random n=%d", n), pts, sc, w)
		}
	}
	glvInit()
	p, q := randPoint(), randPoint()
	var negP, inf bls12381.G1Affine
	negP.Neg(&p)
	var one, minus1, zero fr.Element
	one.SetOne()
	minus1.SetInt64(-1)
	rnd := randElement(r)
	var negLam fr.Element
	negLam.Neg(&glv.lambda)
	pts := []bls12381.G1Affine{p, p, negP, inf, q, q, p, q}
	check("adversarial", pts, []fr.Element{rnd, rnd, rnd, one, glv.lambda, negLam, minus1, zero}, 1)
	check("cancel", []bls12381.G1Affine{p, negP, p}, []fr.Element{rnd, rnd, zero}, 1)
	check("all equal", []bls12381.G1Affine{p, p, p, p, p, p, p, p}, []fr.Element{rnd, rnd, rnd, rnd, rnd, rnd, rnd, rnd}, 2)
}

// BenchmarkMsmVar compares msmVar with gnark's MultiExp on one core at
// a member's sizes (one column: 128 proofs; eight: 1024, plus the 128
// commitments).
func BenchmarkMsmVar(b *testing.B) {
	r := rand.New(rand.NewPCG(33, 34))
	_, _, g1, _ := bls12381.Generators()
	for _, n := range []int{128, 256, 1024, 1152} {
		pts := make([]bls12381.G1Affine, n)
		sc := make([]fr.Element, n)
		for i := range pts {
			s := randElement(r)
			pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
			sc[i] = randElement(r)
		}
		b.Run(fmt.Sprintf("n=%d/ours", n), func(b *testing.B) {
			defer startCPU().report(b)
			for b.Loop() {
				msmVar(pts, sc, 1)
			}
		})
		b.Run(fmt.Sprintf("n=%d/gnark", n), func(b *testing.B) {
			defer startCPU().report(b)
			var o bls12381.G1Jac
			for b.Loop() {
				o.MultiExp(pts, sc, ecc.MultiExpConfig{NbTasks: 1})
			}
		})
	}
}

// TestStrausTables compares the batched affine tables of odd multiples
// with the Jacobian ones (random points, repeats, a negation, infinity),
// and checks that a point of small order, for which an affine step
// divides by zero, makes strausTablesAffine give up and strausMSM still
// match a double-and-add reference.
func TestStrausTables(t *testing.T) {
	r := rand.New(rand.NewPCG(55, 56))
	_, _, g1, _ := bls12381.Generators()
	pts := make([]bls12381.G1Affine, 40)
	for i := range pts {
		s := randElement(r)
		pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
	}
	pts[5] = pts[4]
	pts[7].Neg(&pts[6])
	pts[9] = bls12381.G1Affine{}
	got := make([]bls12381.G1Affine, len(pts)*strausTab)
	want := make([]bls12381.G1Affine, len(pts)*strausTab)
	if !strausTablesAffine(pts, got) {
		t.Fatal("affine tables gave up on G1 points")
	}
	strausTablesJac(pts, want)
	for i := range got {
		if !got[i].Equal(&want[i]) {
			t.Fatalf("entry %d (point %d, %dP) differs", i, i/strausTab, 2*(i%strausTab)+1)
		}
	}

	small := order3(t) // 2P = -P, so 3P = P + 2P divides by zero
	mixed := []bls12381.G1Affine{pts[0], small, pts[1]}
	if strausTablesAffine(mixed, make([]bls12381.G1Affine, len(mixed)*strausTab)) {
		t.Fatal("affine tables did not give up on a point of order 3")
	}
	sc := []fr.Element{randElement(r), randElement(r), randElement(r)}
	gotSum := strausMSM(mixed, [][]fr.Element{sc})[0]
	// Reference: plain double-and-add, valid for points outside G1 too.
	var ref bls12381.G1Jac
	ref.X.SetOne()
	ref.Y.SetOne()
	for i := range mixed {
		var acc, base bls12381.G1Jac
		acc.X.SetOne()
		acc.Y.SetOne()
		base.FromAffine(&mixed[i])
		b := sc[i].BigInt(new(big.Int))
		for bit := b.BitLen() - 1; bit >= 0; bit-- {
			acc.DoubleAssign()
			if b.Bit(bit) == 1 {
				acc.AddAssign(&base)
			}
		}
		ref.AddAssign(&acc)
	}
	if !gotSum.Equal(&ref) {
		t.Fatal("strausMSM with a point of order 3 differs from double-and-add")
	}
}

// BenchmarkStrausTables compares building the odd-multiple tables of 38
// points (a light client's proofs and commitments) with batched affine
// steps and in Jacobian coordinates with one normalization.
func BenchmarkStrausTables(b *testing.B) {
	r := rand.New(rand.NewPCG(57, 58))
	_, _, g1, _ := bls12381.Generators()
	pts := make([]bls12381.G1Affine, 38)
	for i := range pts {
		s := randElement(r)
		pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
	}
	table := make([]bls12381.G1Affine, len(pts)*strausTab)
	b.Run("affine", func(b *testing.B) {
		for b.Loop() {
			strausTablesAffine(pts, table)
		}
	})
	b.Run("jacobian", func(b *testing.B) {
		for b.Loop() {
			strausTablesJac(pts, table)
		}
	})
}
