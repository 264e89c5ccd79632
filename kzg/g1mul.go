package kzg

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Multiplication of many G1 points by fixed scalars (the twiddles of G1
// FFTs). Each scalar is split once with the GLV endomorphism
// phi(x, y) = (beta*x, y) = [lambda](x, y) into two halves of about 128
// bits and recoded in width-5 NAF. Each multiplication then costs about
// 128 doublings and 43 mixed additions; the tables of odd multiples of all
// points of one batch are normalized to affine with a single inversion, so
// the additions are mixed (Jacobian + affine).

const (
	nafWidth = 5
	nafTable = 1 << (nafWidth - 2) // odd multiples 1P, 3P, ..., 15P
)

var glv struct {
	once    sync.Once
	beta    fp.Element // phi(x, y) = (beta*x, y)
	lambda  fr.Element // phi(P) = [lambda] P on G1
	lattice ecc.Lattice
	// seedForms[e][n] = (-1)^n |z| lambda^e: the scalars that cost one
	// multiplication by the 64-bit seed |z| (see fixedScalar.seed).
	seedForms [3][2]fr.Element
}

// glvInit finds the cube roots of unity beta (in Fp) and lambda (in Fr)
// that match on G1, and the short lattice basis for splitting scalars.
func glvInit() {
	glv.once.Do(func() {
		var s fp.Element
		s.SetInt64(-3)
		if s.Sqrt(&s) == nil {
			panic("kzg: -3 is not a square in Fp")
		}
		var one fp.Element
		one.SetOne()
		glv.beta.Sub(&s, &one).Halve() // (-1 + sqrt(-3)) / 2
		var sr fr.Element
		sr.SetInt64(-3)
		if sr.Sqrt(&sr) == nil {
			panic("kzg: -3 is not a square in Fr")
		}
		_, _, g, _ := bls12381.Generators()
		var phiG bls12381.G1Affine
		phiG.X.Mul(&g.X, &glv.beta)
		phiG.Y = g.Y
		for _, sign := range []int64{1, -1} {
			var lam, m fr.Element
			m.SetInt64(sign)
			lam.Mul(&sr, &m)
			m.SetOne()
			lam.Sub(&lam, &m).Halve() // (-1 ± sqrt(-3)) / 2
			var lb big.Int
			lam.BigInt(&lb)
			var lg bls12381.G1Affine
			lg.ScalarMultiplication(&g, &lb)
			if lg.Equal(&phiG) {
				ecc.PrecomputeLattice(fr.Modulus(), &lb, &glv.lattice)
				glv.lambda = lam
				var f fr.Element
				f.SetUint64(seedAbs)
				for e := range glv.seedForms {
					glv.seedForms[e][0] = f
					glv.seedForms[e][1].Neg(&f)
					f.Mul(&f, &lam)
				}
				return
			}
		}
		panic("kzg: no lambda matches the G1 endomorphism")
	})
}

// seedAbs is |z| for the BLS12-381 parameter z = -0xd201000000010000. Its
// 64 bits have weight 6: [|z|] P costs 63 doublings and 5 additions.
const seedAbs uint64 = 0xd201000000010000

// fixedScalar is a scalar prepared for repeated multiplication.
//
// Most twiddles take the GLV path (about 128 doublings). The fourth roots
// of unity +-i are the exception, and they are a sixth of the twiddles of a
// 128-point FFT (w^32 at one butterfly of every block of size 4 or more):
// r = z^4 - z^2 + 1, so z is a primitive 12th root of unity mod r, z^3 = +-i
// and z^2 is a sixth root, +-lambda^(+-1). Hence +-i = +-|z| lambda^e for
// some e in {1, 2}, and the multiplication is [|z|] P (63 doublings, 5
// additions) followed by e applications of phi (a field multiplication
// each) and a sign; newFixedScalar recognises every scalar of that form.
type fixedScalar struct {
	one bool      // the scalar is 1
	naf [2][]int8 // width-5 NAF of |k1| and |k2|, least significant first
	neg [2]bool   // signs of k1, k2

	seed    bool // the scalar is (-1)^seedNeg |z| lambda^seedPhi
	seedPhi int
	seedNeg bool

	vec bool // mulFixed8 may take it: see vecSafe
}

func newFixedScalar(s *fr.Element) fixedScalar {
	if s.IsOne() {
		return fixedScalar{one: true}
	}
	glvInit()
	for e := range glv.seedForms {
		for n := range glv.seedForms[e] {
			if s.Equal(&glv.seedForms[e][n]) {
				return fixedScalar{seed: true, seedPhi: e, seedNeg: n == 1}
			}
		}
	}
	var b big.Int
	s.BigInt(&b)
	k := ecc.SplitScalar(&b, &glv.lattice)
	var f fixedScalar
	for i := range k {
		if k[i].Sign() < 0 {
			f.neg[i] = true
			k[i].Neg(&k[i])
		}
		buf := make([]int8, k[i].BitLen()+1)
		n := ecc.WnafDecomposition(&k[i], nafWidth, buf)
		f.naf[i] = buf[:n]
	}
	f.vec = f.vecSafe(s)
	return f
}

// mulFixedBatch sets p[i] = s(i) * p[i] for every i, where s(i) is
// scalars[start+i*stride].
func mulFixedBatch(p []bls12381.G1Jac, scalars []fixedScalar, start, stride int) {
	ptrs := make([]*bls12381.G1Jac, len(p))
	fs := make([]*fixedScalar, len(p))
	for i := range p {
		ptrs[i] = &p[i]
		fs[i] = &scalars[start+i*stride]
	}
	mulFixedPtrs(ptrs, fs)
}

// mulFixedPtrs sets *p[i] = fs[i] * *p[i] for every i. The tables of odd
// multiples of all points needing the GLV path are normalized to affine
// with one inversion.
func mulFixedPtrs(p []*bls12381.G1Jac, fs []*fixedScalar) {
	if useFp8 && len(p) >= fp8MinLanes {
		p, fs = mulFixedLanes(p, fs)
	}
	n := len(p)
	if n == 0 {
		return
	}
	jac := make([]bls12381.G1Jac, n*nafTable)
	for i := range p {
		f := fs[i]
		t := jac[i*nafTable : (i+1)*nafTable]
		if f.one || f.seed || p[i].Z.IsZero() {
			for j := range t {
				t[j] = *p[i] // unused; keeps the batch inversion well defined
			}
			continue
		}
		oddMultiples(t, p[i])
	}
	aff := make([]bls12381.G1Affine, len(jac))
	batchToAffine(aff, jac)
	for i := range p {
		f := fs[i]
		switch {
		case f.one || p[i].Z.IsZero():
		case f.seed:
			mulSeed(p[i], f)
		default:
			mulFixed(p[i], f, aff[i*nafTable:(i+1)*nafTable])
		}
	}
}

// fp8MinLanes is the fewest points sharing a scalar worth an 8-lane
// multiplication (mulFixed8 costs about as much for one lane as for eight,
// some 2.5 scalar ones).
const fp8MinLanes = 3

// mulFixedLanes multiplies, 8 at a time, the points of p whose scalars
// (compared by pointer) are shared by at least fp8MinLanes of them and
// allow it (fixedScalar.vec, or a seed form: mulSeed8), and returns the
// others with their scalars.
func mulFixedLanes(p []*bls12381.G1Jac, fs []*fixedScalar) ([]*bls12381.G1Jac, []*fixedScalar) {
	groups := make(map[*fixedScalar][]int)
	var order []*fixedScalar
	for i, f := range fs {
		if !f.vec && !f.seed {
			continue
		}
		if _, ok := groups[f]; !ok {
			order = append(order, f)
		}
		groups[f] = append(groups[f], i)
	}
	done := make([]bool, len(p))
	used := false
	var lane [8]*bls12381.G1Jac
	for _, f := range order {
		idx := groups[f]
		for len(idx) >= fp8MinLanes {
			c := idx[:min(8, len(idx))]
			for l, i := range c {
				lane[l] = p[i]
				done[i] = true
			}
			if f.seed {
				mulSeed8(lane[:len(c)], f)
			} else {
				mulFixed8(lane[:len(c)], f)
			}
			used = true
			idx = idx[len(c):]
		}
	}
	if !used {
		return p, fs
	}
	var rp []*bls12381.G1Jac
	var rf []*fixedScalar
	for i := range p {
		if !done[i] {
			rp = append(rp, p[i])
			rf = append(rf, fs[i])
		}
	}
	return rp, rf
}

// mulSeed sets p = s * p for a scalar s = (-1)^n |z| lambda^e (f.seed):
// double-and-add over the bits of |z|, then phi^e and the sign. phi acts on
// Jacobian coordinates as (X, Y, Z) -> (beta X, Y, Z).
func mulSeed(p *bls12381.G1Jac, f *fixedScalar) {
	acc := *p
	mulUint64(&acc, seedAbs)
	for range f.seedPhi {
		acc.X.Mul(&acc.X, &glv.beta)
	}
	if f.seedNeg {
		acc.Neg(&acc)
	}
	*p = acc
}

// mulUint64 sets p = k * p for k with its top bit set (bit 63), by
// double-and-add: 63 doublings and one addition per other set bit.
func mulUint64(p *bls12381.G1Jac, k uint64) {
	base := *p
	for b := 62; b >= 0; b-- {
		p.DoubleAssign()
		if k>>uint(b)&1 == 1 {
			p.AddAssign(&base)
		}
	}
}

// oddMultiples sets t[j] = (2j+1) q for every j.
func oddMultiples(t []bls12381.G1Jac, q *bls12381.G1Jac) {
	var two bls12381.G1Jac
	two.Double(q)
	t[0] = *q
	for j := 1; j < len(t); j++ {
		t[j] = t[j-1]
		t[j].AddAssign(&two)
	}
}

// chain walks the addition chain of f (the joint width-5 NAF of its GLV
// halves) from the top: add(h, j, neg, first) adds (2j+1) phi^h(P), negated
// if neg, first telling the first addition (into the empty accumulator);
// dbl doubles, and is called only after the first addition. mulFixed,
// mulFixed8 and vecSafe all follow it.
func (f *fixedScalar) chain(add func(h, j int, neg, first bool), dbl func()) {
	started := false
	for i := max(len(f.naf[0]), len(f.naf[1])) - 1; i >= 0; i-- {
		if started {
			dbl()
		}
		for h := range 2 {
			if i >= len(f.naf[h]) || f.naf[h][i] == 0 {
				continue
			}
			d, neg := int(f.naf[h][i]), f.neg[h]
			if d < 0 {
				d, neg = -d, !neg
			}
			add(h, (d-1)/2, neg, !started)
			started = true
		}
	}
}

// mulFixed sets p = s * P, given the affine odd multiples t[j] = (2j+1) P.
func mulFixed(p *bls12381.G1Jac, f *fixedScalar, t []bls12381.G1Affine) {
	var acc bls12381.G1Jac
	acc.X.SetOne()
	acc.Y.SetOne()
	acc.Z.SetZero()
	f.chain(func(h, j int, neg, _ bool) {
		q := t[j]
		if h == 1 {
			q.X.Mul(&q.X, &glv.beta)
		}
		if neg {
			q.Y.Neg(&q.Y)
		}
		acc.AddMixed(&q)
	}, func() { acc.DoubleAssign() })
	*p = acc
}
