package kzg

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Variable-base multi-scalar multiplication for a member's custody check
// (hundreds to thousands of decoded proofs and commitments). Each scalar is
// split with the GLV endomorphism into two halves of about 128 bits, so n
// points become 2n points (P and phi(P) = (beta*x, y)) with half-length
// scalars; then a bucket method with signed c-bit digits, one set of
// 2^(c-1) buckets per window, whose additions are batched affine ones
// (bucketAdder: one inversion per batch) rather than gnark's extended
// Jacobian ones.

// msmVarBatch is the number of affine bucket additions sharing one
// inversion.
const msmVarBatch = 256

// msmVarWindow picks the window size for m points with nbits-bit scalars:
// the c minimizing insertions (m per window) plus bucket reduction (about
// 2^c Jacobian additions per window, each worth about two affine ones).
func msmVarWindow(m, nbits int) int {
	best, bestCost := 4, -1
	for c := 4; c <= 13; c++ {
		nw := (nbits + c) / c
		cost := nw * (m + 2<<(c-1)*2)
		if bestCost < 0 || cost < bestCost {
			best, bestCost = c, cost
		}
	}
	return best
}

// msmVarNoSplit is the longest scalar msmVar takes whole: a random
// 128-bit weight, or a commitment's weight summing a few of them, costs
// fewer additions whole than as two GLV halves of about 128 bits.
const msmVarNoSplit = 140

// msmVar returns sum scalars[i] * pts[i], split over up to workers
// goroutines. Points at infinity contribute nothing.
func msmVar(pts []bls12381.G1Affine, scalars []fr.Element, workers int) bls12381.G1Jac {
	glvInit()
	n := len(pts)
	// Split every scalar of more than msmVarNoSplit bits: s = k1 + k2
	// lambda, |k1|, |k2| about 2^128.
	type half struct {
		limbs [3]uint64
		neg   bool
	}
	halves := make([]half, 2*n)
	maxBits := 1
	var b big.Int
	for i := range scalars {
		scalars[i].BigInt(&b)
		if b.BitLen() <= msmVarNoSplit {
			// Short enough (msmVarNoSplit): no split, the phi half stays
			// zero and is skipped.
			h := &halves[2*i]
			for l, w := range b.Bits() {
				h.limbs[l] = uint64(w)
			}
			maxBits = max(maxBits, b.BitLen())
			continue
		}
		k := ecc.SplitScalar(&b, &glv.lattice)
		for j := range k {
			h := &halves[2*i+j]
			if k[j].Sign() < 0 {
				h.neg = true
				k[j].Neg(&k[j])
			}
			if k[j].BitLen() > 64*len(h.limbs)-1 {
				panic("kzg: GLV half out of range") // the lattice bounds them by ~2^129
			}
			maxBits = max(maxBits, k[j].BitLen())
			for l, w := range k[j].Bits() {
				h.limbs[l] = uint64(w)
			}
		}
	}
	active := 0 // non-zero halves: points the buckets see per window
	for i := range halves {
		if halves[i].limbs != [3]uint64{} {
			active++
		}
	}
	c := msmVarWindow(max(active, 1), maxBits)
	nw := (maxBits + c) / c // covers maxBits+1 bits: the top digit absorbs the carry
	nb := 1 << (c - 1)

	if workers < 1 {
		workers = 1
	}
	workers = min(workers, max(1, n/64))
	partial := make([]bls12381.G1Jac, workers)
	parallelFor(n, workers, func(wk, lo, hi int) {
		a := newBucketAdder(nw*nb, msmVarBatch)
		digits := make([]int16, nw)
		var phi bls12381.G1Affine
		for i := lo; i < hi; i++ {
			p := &pts[i]
			if p.IsInfinity() {
				continue
			}
			if halves[2*i+1].limbs != [3]uint64{} {
				phi.X.Mul(&p.X, &glv.beta)
				phi.Y = p.Y
			}
			for j, q := range [2]*bls12381.G1Affine{p, &phi} {
				h := &halves[2*i+j]
				if h.limbs == [3]uint64{} {
					continue
				}
				signedDigitsLimbs(h.limbs[:], c, digits)
				for w, d := range digits {
					switch {
					case d > 0:
						a.insert(w*nb+int(d)-1, q, h.neg)
					case d < 0:
						a.insert(w*nb+int(-d)-1, q, !h.neg)
					}
				}
			}
		}
		a.finish()
		var acc bls12381.G1Jac
		acc.X.SetOne()
		acc.Y.SetOne()
		for w := nw - 1; w >= 0; w-- {
			if w != nw-1 {
				for range c {
					acc.DoubleAssign()
				}
			}
			ws := a.reduce(w*nb, nb)
			acc.AddAssign(&ws)
		}
		partial[wk] = acc
	})
	sum := partial[0]
	for i := 1; i < len(partial); i++ {
		sum.AddAssign(&partial[i])
	}
	return sum
}

// signedDigitsLimbs writes the len(out) signed base-2^c digits of the
// little-endian integer limbs into out, each in [-(2^(c-1)-1), 2^(c-1)];
// the caller provides enough digits to absorb the final carry.
func signedDigitsLimbs(limbs []uint64, c int, out []int16) {
	mask := uint64(1)<<c - 1
	half := int64(1) << (c - 1)
	carry := int64(0)
	nl := len(limbs)
	for w := range out {
		bit := w * c
		limb, off := bit/64, bit%64
		var v uint64
		if limb < nl {
			v = limbs[limb] >> off
			if off+c > 64 && limb+1 < nl {
				v |= limbs[limb+1] << (64 - off)
			}
		}
		d := int64(v&mask) + carry
		carry = 0
		if d > half {
			d -= int64(1) << c
			carry = 1
		}
		out[w] = int16(d)
	}
}
