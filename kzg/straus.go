package kzg

import (
	"math/bits"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Small variable-base multi-scalar multiplications.
//
// A light client's cell check multiplies a few dozen decoded points (its
// proofs and the commitments of the sampled rows) by full-size scalars, in
// two sums over the same proofs. At these sizes a bucket method spends most
// of its additions on bucket reduction; Straus' method interleaves the
// width-w NAFs of all scalars over one doubling chain per sum instead, each
// point contributing one mixed addition per non-zero digit (about 256/(w+1)
// per scalar) from its table of odd multiples, which all sums share.

// strausWidth is the NAF width: tables of 2^(w-2) = 8 odd multiples.
const strausWidth = 5

// strausMaxPoints is the largest number of points for which VerifyCells
// uses Straus' method; above it gnark's bucket MSM is cheaper (see
// BenchmarkSmallMSM).
const strausMaxPoints = 64

// nafLen bounds the length of the NAF of a scalar below 2^256.
const nafLen = 258

// wnaf writes the width-w non-adjacent form of s to out, least significant
// digit first: s = sum out[i] 2^i, each digit zero or odd with |d| <
// 2^(w-1), and at most one non-zero digit in any w consecutive ones. It
// returns the number of digits written.
func wnaf(s *fr.Element, w uint, out *[nafLen]int8) int {
	b := s.Bits() // regular form, little-endian
	var k [5]uint64
	copy(k[:4], b[:])
	mask := uint64(1)<<w - 1
	half := int64(1) << (w - 1)
	n := 0
	for k[0]|k[1]|k[2]|k[3]|k[4] != 0 {
		// Skip a run of zero digits at once.
		if z := bits.TrailingZeros64(k[0]); z > 0 {
			if z == 64 {
				z = 63 // k[0] == 0: shift in steps below 64
			}
			clear(out[n : n+z])
			n += z
			shiftRight(&k, uint(z))
			continue
		}
		d := int64(k[0] & mask)
		if d >= half {
			d -= 1 << w
		}
		// k -= d, leaving k divisible by 2^w.
		var borrow, carry uint64
		if d > 0 {
			k[0], borrow = bits.Sub64(k[0], uint64(d), 0)
			for i := 1; i < 5 && borrow != 0; i++ {
				k[i], borrow = bits.Sub64(k[i], 0, borrow)
			}
		} else {
			k[0], carry = bits.Add64(k[0], uint64(-d), 0)
			for i := 1; i < 5 && carry != 0; i++ {
				k[i], carry = bits.Add64(k[i], 0, carry)
			}
		}
		out[n] = int8(d)
		n++
		shiftRight(&k, 1)
	}
	return n
}

// shiftRight shifts the 320-bit k right by s bits, 0 < s < 64.
func shiftRight(k *[5]uint64, s uint) {
	for i := range 4 {
		k[i] = k[i]>>s | k[i+1]<<(64-s)
	}
	k[4] >>= s
}

// strausTab is the number of odd multiples per point: 1P, 3P, ..., 15P.
const strausTab = 1 << (strausWidth - 2)

// strausTablesAffine writes the odd multiples of every point to table
// (strausTab per point, infinity for a point at infinity) with batched
// affine arithmetic: one doubling and strausTab-1 additions per point,
// each step one inversion for all points. It reports false, leaving table
// unspecified, if a step meets a zero denominator (2P = +-(2t-1)P: a point
// of small order, never one of G1); strausTablesJac then builds it.
func strausTablesAffine(pts []bls12381.G1Affine, table []bls12381.G1Affine) bool {
	const tab = strausTab
	idx := make([]int, 0, len(pts))
	for i := range pts {
		if !pts[i].IsInfinity() {
			idx = append(idx, i)
		} else {
			for t := range tab {
				table[i*tab+t] = bls12381.G1Affine{}
			}
		}
	}
	n := len(idx)
	if n == 0 {
		return true
	}
	den := make([]fp.Element, n)
	pre := make([]fp.Element, n)
	dbl := make([]bls12381.G1Affine, n)
	// invert replaces every den[k] by its inverse (Montgomery's trick),
	// or reports false if one is zero.
	invert := func() bool {
		acc := fp.One()
		for k := range den {
			if den[k].IsZero() {
				return false
			}
			pre[k] = acc
			acc.Mul(&acc, &den[k])
		}
		var inv, t fp.Element
		inv.Inverse(&acc)
		for k := n - 1; k >= 0; k-- {
			t.Mul(&inv, &pre[k])
			inv.Mul(&inv, &den[k])
			den[k] = t
		}
		return true
	}
	// 2P: lambda = 3x^2 / 2y.
	for k, i := range idx {
		den[k].Double(&pts[i].Y)
	}
	if !invert() {
		return false
	}
	var lambda, x3, t fp.Element
	for k, i := range idx {
		p := &pts[i]
		table[i*tab] = *p
		lambda.Square(&p.X)
		t.Double(&lambda)
		lambda.Add(&lambda, &t)
		lambda.Mul(&lambda, &den[k])
		x3.Square(&lambda)
		x3.Sub(&x3, &p.X)
		x3.Sub(&x3, &p.X)
		t.Sub(&p.X, &x3)
		t.Mul(&t, &lambda)
		dbl[k].Y.Sub(&t, &p.Y)
		dbl[k].X = x3
	}
	// (2t+1)P = (2t-1)P + 2P.
	for s := 1; s < tab; s++ {
		for k, i := range idx {
			den[k].Sub(&dbl[k].X, &table[i*tab+s-1].X)
		}
		if !invert() {
			return false
		}
		for k, i := range idx {
			q := &table[i*tab+s-1]
			d := &dbl[k]
			lambda.Sub(&d.Y, &q.Y)
			lambda.Mul(&lambda, &den[k])
			x3.Square(&lambda)
			x3.Sub(&x3, &q.X)
			x3.Sub(&x3, &d.X)
			t.Sub(&q.X, &x3)
			t.Mul(&t, &lambda)
			r := &table[i*tab+s]
			r.Y.Sub(&t, &q.Y)
			r.X = x3
		}
	}
	return true
}

// strausTablesJac writes the odd multiples of every point to table in
// Jacobian coordinates, normalized together: correct for any points.
func strausTablesJac(pts []bls12381.G1Affine, table []bls12381.G1Affine) {
	const tab = strausTab
	m := len(pts)
	jac := make([]bls12381.G1Jac, m*tab)
	for i := range pts {
		if pts[i].IsInfinity() {
			for t := range tab {
				jac[i*tab+t].Z.SetZero()
				jac[i*tab+t].X.SetOne()
				jac[i*tab+t].Y.SetOne()
			}
			continue
		}
		var dbl bls12381.G1Jac
		jac[i*tab].FromAffine(&pts[i])
		dbl.Double(&jac[i*tab])
		for t := 1; t < tab; t++ {
			jac[i*tab+t].Set(&jac[i*tab+t-1])
			jac[i*tab+t].AddAssign(&dbl)
		}
	}
	batchToAffine(table, jac)
}

// strausMSM returns, for each j, sum_i scalars[j][i] * pts[i]. Every
// scalars[j] has len(pts) entries. Points at infinity contribute nothing.
// It runs on the caller's goroutine.
func strausMSM(pts []bls12381.G1Affine, scalars [][]fr.Element) []bls12381.G1Jac {
	const tab = strausTab
	m := len(pts)
	table := make([]bls12381.G1Affine, m*tab)
	if !strausTablesAffine(pts, table) {
		strausTablesJac(pts, table)
	}

	out := make([]bls12381.G1Jac, len(scalars))
	naf := make([][nafLen]int8, m)
	lens := make([]int, m)
	for j, sc := range scalars {
		top := 0
		for i := range sc {
			lens[i] = wnaf(&sc[i], strausWidth, &naf[i])
			top = max(top, lens[i])
		}
		var acc bls12381.G1Jac
		acc.X.SetOne()
		acc.Y.SetOne() // Z = 0: infinity
		started := false
		var neg bls12381.G1Affine
		for bit := top - 1; bit >= 0; bit-- {
			if started {
				acc.DoubleAssign()
			}
			for i := range m {
				if bit >= lens[i] {
					continue
				}
				d := naf[i][bit]
				switch {
				case d > 0:
					acc.AddMixed(&table[i*tab+int(d-1)/2])
					started = true
				case d < 0:
					neg.Neg(&table[i*tab+int(-d-1)/2])
					acc.AddMixed(&neg)
					started = true
				}
			}
		}
		out[j] = acc
	}
	return out
}
