package kzg

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// mulInt returns k*p by plain double-and-add: no endomorphism, so it is
// the integer multiple for points outside G1 too (gnark's scalar
// multiplication assumes G1).
func mulInt(p *bls12381.G1Jac, k *big.Int) bls12381.G1Jac {
	var acc bls12381.G1Jac
	acc.X.SetOne()
	acc.Y.SetOne() // infinity
	for i := k.BitLen() - 1; i >= 0; i-- {
		acc.DoubleAssign()
		if k.Bit(i) == 1 {
			acc.AddAssign(p)
		}
	}
	return acc
}

// cofactorPoints returns n points of E(Fp) outside G1 and their parts in
// H, [r]P times the inverse of r modulo the exponent (so that P = g + h).
func cofactorPoints(t *testing.T, n int) (pts, hs []bls12381.G1Jac) {
	t.Helper()
	r := testRand(t)
	e := new(big.Int).SetUint64(cofactorExponent)
	rInv := new(big.Int).ModInverse(fr.Modulus(), e)
	if rInv == nil {
		t.Fatal("r is not invertible modulo the cofactor exponent")
	}
	for len(pts) < n {
		var f fp.Element
		for i := range f {
			f[i] = r.Uint64()
		}
		f.SetBytes(f.Marshal()) // reduce
		p := bls12381.GeneratePointNotInG1(f)
		if p.Z.IsZero() {
			continue
		}
		rp := mulInt(&p, fr.Modulus())
		if rp.Z.IsZero() {
			t.Fatalf("GeneratePointNotInG1 gave a point of G1")
		}
		pts = append(pts, p)
		hs = append(hs, mulInt(&rp, rInv))
	}
	return pts, hs
}

// TestCofactorExponent checks the fact DataVerifier rests on: e = |z-1|
// kills every part outside G1, e*P is in G1 for any P on the curve, and
// no proper divisor e/q (q a prime of e) does it for every point.
func TestCofactorExponent(t *testing.T) {
	pts, hs := cofactorPoints(t, 24)
	for i := range pts {
		if hs[i].Z.IsZero() {
			t.Fatalf("point %d: zero part outside G1", i)
		}
		if !hs[i].IsOnCurve() {
			t.Fatalf("point %d: H part off the curve", i)
		}
		eh := hs[i]
		mulCofactorExponent(&eh)
		if !eh.Z.IsZero() {
			t.Fatalf("point %d: e*h is not zero", i)
		}
		ep := pts[i]
		mulCofactorExponent(&ep)
		if !ep.IsInSubGroup() {
			t.Fatalf("point %d: e*P is not in G1", i)
		}
		// P - h is in G1: h is P's part outside G1.
		g := pts[i]
		g.SubAssign(&hs[i])
		if !g.IsInSubGroup() {
			t.Fatalf("point %d: P - h is not in G1", i)
		}
	}
	// e is the smallest such exponent: for each prime q of e some part
	// survives e/q.
	e := new(big.Int).SetUint64(cofactorExponent)
	for _, q := range []int64{3, 11, 10177, 859267, 52437899} {
		qq := big.NewInt(q)
		if new(big.Int).Mod(e, qq).Sign() != 0 {
			t.Fatalf("%d does not divide e", q)
		}
		eq := new(big.Int).Div(e, qq)
		survives := false
		for i := range hs {
			if m := mulInt(&hs[i], eq); !m.Z.IsZero() {
				survives = true
				break
			}
		}
		if !survives {
			t.Fatalf("e/%d kills every sampled part outside G1", q)
		}
	}
	primes := new(big.Int).Mul(big.NewInt(3*11*10177*859267), big.NewInt(52437899))
	if e.Cmp(primes) != 0 {
		t.Fatalf("e = %v is not 3 * 11 * 10177 * 859267 * 52437899", e)
	}
}

// TestDataVerifierClearsCofactor adds parts outside G1 to valid proofs:
// VerifyCells rejects their encodings, DataVerifier accepts the cells,
// and rejects (naming exactly them) cells that are not the data, whatever
// is added to their proofs.
func TestDataVerifierClearsCofactor(t *testing.T) {
	c := testContext(t)
	rows := testRows(t)
	r := testRand(t)
	_, hs := cofactorPoints(t, 8)
	// One part of order 3 among them: (e/3)*h for an h it does not kill.
	e3 := new(big.Int).SetUint64(cofactorExponent / 3)
	for i := range hs {
		if h3 := mulInt(&hs[i], e3); !h3.Z.IsZero() {
			hs = append(hs, h3)
			break
		}
	}
	withPart := func(p Proof, h *bls12381.G1Jac) Proof {
		pt, err := p.Point()
		if err != nil {
			t.Fatal(err)
		}
		var j bls12381.G1Jac
		j.FromAffine(&pt)
		j.AddAssign(h)
		var a bls12381.G1Affine
		a.FromJacobian(&j)
		return Proof(a.Bytes())
	}
	for trial := range 4 {
		items := mixedItems(rows, r, 30)
		pos := r.Perm(len(items))[:len(hs)]
		slices.Sort(pos)
		for i, p := range pos {
			items[p].Proof = withPart(items[p].Proof, &hs[i])
		}
		err := c.VerifyCells(items)
		var ice *InvalidCellError
		if !errors.As(err, &ice) || !slices.Equal(ice.Items, pos) || !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("trial %d: VerifyCells: %v, want the items %v rejected as invalid proofs", trial, err, pos)
		}
		if err := c.DataVerifier().VerifyCells(items); err != nil {
			t.Fatalf("trial %d: DataVerifier rejected right cells with proofs outside G1: %v", trial, err)
		}
		// Now two of them, and one untouched item, are not the data.
		bad := []int{pos[0], pos[len(pos)-1]}
		for _, p := range pos[1:] {
			if !slices.Contains(pos, p+1) && p+1 < len(items) {
				bad = append(bad, p+1)
				break
			}
		}
		slices.Sort(bad)
		for _, p := range bad {
			cell := *items[p].Cell
			one := fr.One()
			j := r.IntN(cellLen)
			cell[j].Add(&cell[j], &one)
			items[p].Cell = &cell
		}
		err = c.DataVerifier().VerifyCells(items)
		if !errors.As(err, &ice) || !slices.Equal(ice.Items, bad) || !errors.Is(err, ErrVerify) {
			t.Fatalf("trial %d: DataVerifier: %v, want the items %v rejected", trial, err, bad)
		}
	}
	// A proof that is only a part outside G1 proves nothing.
	items := mixedItems(rows, r, 5)
	var a bls12381.G1Affine
	a.FromJacobian(&hs[len(hs)-1])
	items[2].Proof = Proof(a.Bytes())
	err := c.DataVerifier().VerifyCells(items)
	var ice *InvalidCellError
	if !errors.As(err, &ice) || !slices.Equal(ice.Items, []int{2}) {
		t.Fatalf("proof of order 3: %v", err)
	}
}
