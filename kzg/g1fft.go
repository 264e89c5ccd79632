package kzg

import (
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// g1Twiddles holds the powers of a primitive n-th root of unity w (the same
// root gnark's and the Ethereum specs' domains use: 7^((r-1)/n)) and of its
// inverse, prepared for fixed-scalar multiplication in G1.
type g1Twiddles struct {
	n   int
	fwd []fixedScalar // w^j, j < n/2
	inv []fixedScalar // w^-j, j < n/2
}

func newG1Twiddles(n int) *g1Twiddles {
	t := &g1Twiddles{n: n, fwd: make([]fixedScalar, n/2), inv: make([]fixedScalar, n/2)}
	w, err := fr.Generator(uint64(n))
	if err != nil {
		panic(err) // n is a power of two <= 2^32 by construction
	}
	var wi fr.Element
	wi.Inverse(&w)
	f, g := fr.One(), fr.One()
	for j := range n / 2 {
		t.fwd[j] = newFixedScalar(&f)
		t.inv[j] = newFixedScalar(&g)
		f.Mul(&f, &w)
		g.Mul(&g, &wi)
	}
	return t
}

// g1DIF is a decimation-in-frequency FFT over G1 in Jacobian coordinates:
// natural-order input, bit-reversed output, evaluating at the powers of the
// root in tw (tw has len(a)*stride/2 entries). upperZero says the upper half
// of the input is the identity, which saves the additions of the first
// stage. Up to workers goroutines are used.
func g1DIF(a []bls12381.G1Jac, tw []fixedScalar, stride int, upperZero bool, workers int) {
	n := len(a)
	if n < 2 {
		return
	}
	h := n / 2
	stage := func(lo, hi int) {
		for j := lo; j < hi; j++ {
			if upperZero {
				a[j+h] = a[j]
			} else {
				u := a[j]
				a[j].AddAssign(&a[j+h])
				u.SubAssign(&a[j+h])
				a[j+h] = u
			}
		}
		mulFixedBatch(a[h+lo:h+hi], tw, lo*stride, stride)
	}
	if workers >= 2 && n >= 8 {
		parallelFor(h, 2, func(_, lo, hi int) { stage(lo, hi) })
		parallelFor(2, 2, func(w, _, _ int) {
			g1DIF(a[w*h:(w+1)*h], tw, 2*stride, false, workers/2)
		})
		return
	}
	stage(0, h)
	g1DIF(a[:h], tw, 2*stride, false, 1)
	g1DIF(a[h:], tw, 2*stride, false, 1)
}

// g1DIT is a decimation-in-time FFT over G1 in Jacobian coordinates:
// bit-reversed input, natural-order output. With tw holding inverse powers
// it is an inverse FFT without the 1/n scaling.
func g1DIT(a []bls12381.G1Jac, tw []fixedScalar, stride int, workers int) {
	n := len(a)
	if n < 2 {
		return
	}
	h := n / 2
	if workers >= 2 && n >= 8 {
		parallelFor(2, 2, func(w, _, _ int) {
			g1DIT(a[w*h:(w+1)*h], tw, 2*stride, workers/2)
		})
	} else {
		g1DIT(a[:h], tw, 2*stride, 1)
		g1DIT(a[h:], tw, 2*stride, 1)
	}
	stage := func(lo, hi int) {
		mulFixedBatch(a[h+lo:h+hi], tw, lo*stride, stride)
		for j := lo; j < hi; j++ {
			t := a[j+h]
			a[j+h] = a[j]
			a[j+h].SubAssign(&t)
			a[j].AddAssign(&t)
		}
	}
	if workers >= 2 && n >= 8 {
		parallelFor(h, 2, func(_, lo, hi int) { stage(lo, hi) })
	} else {
		stage(0, h)
	}
}

// batchToAffine converts Jacobian points to affine with one field inversion
// (Montgomery's trick). dst and src have the same length.
func batchToAffine(dst []bls12381.G1Affine, src []bls12381.G1Jac) {
	if len(src) == 0 {
		return
	}
	acc := fp.One()
	pre := make([]fp.Element, len(src))
	for i := range src {
		pre[i] = acc
		if !src[i].Z.IsZero() {
			acc.Mul(&acc, &src[i].Z)
		}
	}
	var inv fp.Element
	inv.Inverse(&acc)
	for i := len(src) - 1; i >= 0; i-- {
		if src[i].Z.IsZero() {
			dst[i].X.SetZero()
			dst[i].Y.SetZero()
			continue
		}
		var zi, zi2 fp.Element
		zi.Mul(&inv, &pre[i]) // 1/Z_i
		inv.Mul(&inv, &src[i].Z)
		zi2.Square(&zi)
		dst[i].X.Mul(&src[i].X, &zi2)
		zi2.Mul(&zi2, &zi)
		dst[i].Y.Mul(&src[i].Y, &zi2)
	}
}

// bitReverse permutes v (length a power of two) into bit-reversed order.
func bitReverse[T any](v []T) {
	n := len(v)
	if n < 2 {
		return
	}
	shift := 64 - log2(n)
	for i := range n {
		j := int(reverseBits(uint64(i)) >> shift)
		if i < j {
			v[i], v[j] = v[j], v[i]
		}
	}
}

func reverseBits(x uint64) uint64 {
	x = (x>>1)&0x5555555555555555 | (x&0x5555555555555555)<<1
	x = (x>>2)&0x3333333333333333 | (x&0x3333333333333333)<<2
	x = (x>>4)&0x0f0f0f0f0f0f0f0f | (x&0x0f0f0f0f0f0f0f0f)<<4
	x = (x>>8)&0x00ff00ff00ff00ff | (x&0x00ff00ff00ff00ff)<<8
	x = (x>>16)&0x0000ffff0000ffff | (x&0x0000ffff0000ffff)<<16
	return x>>32 | x<<32
}

func log2(n int) int {
	l := 0
	for 1<<l < n {
		l++
	}
	return l
}

func isPow2(n int) bool { return n > 0 && n&(n-1) == 0 }
