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

// The G1 FFTs are radix-2^2: two radix-2 stages at a time, with the
// twiddles of the first moved past the butterflies of the second. For a
// block of n points (h = n/2, q = n/4, w = w_n), j < q, the first stage's
// twiddle w^(j+q) = w^j * i on the lower quarter splits into the fourth
// root i = w^q, applied at once, and w^j, which both inputs of the next
// butterfly carry and which is applied after it, merged with that stage's
// own twiddle. Each group of four points then takes one multiplication by
// i and three by w^j, w^2j, w^3j, where radix 2 takes four general ones
// (w^j, w^(j+q), w^2j twice). The data flow, and so the bit-reversed order,
// is that of radix 2. Multiplying by +-i is cheap (see fixedScalar.seed), so
// a 128-point FFT costs 225 general multiplications and 96 by i instead of
// 258 and 63.

// twiddle returns w_n^e for 0 <= e < 3n/4, as an entry of tw (which holds
// w_N^t for t < N/2, n = N/stride) and whether it is negated
// (w_n^(e) = -w_n^(e - n/2)).
func twiddle(tw []fixedScalar, stride, e int) (*fixedScalar, bool) {
	t := e * stride
	if t >= len(tw) {
		return &tw[t-len(tw)], true
	}
	return &tw[t], false
}

// g1DIF is a decimation-in-frequency FFT over G1 in Jacobian coordinates:
// natural-order input, bit-reversed output, evaluating at the powers of the
// root in tw (tw has len(a)*stride/2 entries). upperZero says the upper half
// of the input is the identity, which saves the additions of the first
// stage. Up to workers goroutines are used.
func g1DIF(a []bls12381.G1Jac, tw []fixedScalar, stride int, upperZero bool, workers int) {
	g1DIFs([][]bls12381.G1Jac{a}, tw, stride, upperZero, workers)
}

// g1DIFs runs g1DIF on several arrays of the same length in lockstep, so
// that each twiddle multiplies the points of all of them at once (8-lane
// multiplication, mulFixedPtrs).
func g1DIFs(as [][]bls12381.G1Jac, tw []fixedScalar, stride int, upperZero bool, workers int) {
	n := len(as[0])
	if n < 4 {
		if n == 2 {
			for _, a := range as {
				if upperZero {
					a[1] = a[0]
				} else {
					butterfly(&a[0], &a[1])
				}
			}
		}
		return
	}
	h, q := n/2, n/4
	iq := &tw[q*stride] // w_n^q = +-i
	stage := func(lo, hi int) {
		m := (hi - lo) * len(as)
		ptrs := make([]*bls12381.G1Jac, 0, 3*m)
		fs := make([]*fixedScalar, 0, 3*m)
		var neg []*bls12381.G1Jac
		// First stage: (a_j + a_(j+h), a_j - a_(j+h)) for j and j+q.
		for j := lo; j < hi; j++ {
			for _, a := range as {
				for _, k := range [2]int{j, j + q} {
					if upperZero {
						a[k+h] = a[k]
					} else {
						butterfly(&a[k], &a[k+h])
					}
				}
				ptrs = append(ptrs, &a[h+q+j])
				fs = append(fs, iq)
			}
		}
		mulFixedPtrs(ptrs, fs)
		ptrs, fs = ptrs[:0], fs[:0]
		// Second stage, with the deferred twiddles.
		for j := lo; j < hi; j++ {
			f2, _ := twiddle(tw, stride, 2*j)
			f3, n3 := twiddle(tw, stride, 3*j)
			for _, a := range as {
				butterfly(&a[j], &a[j+q])
				butterfly(&a[h+j], &a[h+q+j])
				ptrs = append(ptrs, &a[q+j], &a[h+j], &a[h+q+j])
				fs = append(fs, f2, &tw[j*stride], f3)
				if n3 {
					neg = append(neg, &a[h+q+j])
				}
			}
		}
		mulFixedPtrs(ptrs, fs)
		for _, p := range neg {
			p.Neg(p)
		}
	}
	block := func(b int) [][]bls12381.G1Jac {
		sub := make([][]bls12381.G1Jac, len(as))
		for i, a := range as {
			sub[i] = a[b*q : (b+1)*q]
		}
		return sub
	}
	if workers >= 2 && n >= 16 {
		parallelFor(q, 2, func(_, lo, hi int) { stage(lo, hi) })
		parallelFor(4, 2, func(_, lo, hi int) {
			for b := lo; b < hi; b++ {
				g1DIFs(block(b), tw, 4*stride, false, workers/2)
			}
		})
		return
	}
	stage(0, q)
	for b := range 4 {
		g1DIFs(block(b), tw, 4*stride, false, 1)
	}
}

// g1DIT is a decimation-in-time FFT over G1 in Jacobian coordinates:
// bit-reversed input, natural-order output. With tw holding inverse powers
// it is an inverse FFT without the 1/n scaling.
func g1DIT(a []bls12381.G1Jac, tw []fixedScalar, stride int, workers int) {
	g1DITs([][]bls12381.G1Jac{a}, tw, stride, workers)
}

// g1DITs runs g1DIT on several arrays of the same length in lockstep (see
// g1DIFs).
func g1DITs(as [][]bls12381.G1Jac, tw []fixedScalar, stride int, workers int) {
	n := len(as[0])
	if n < 4 {
		if n == 2 {
			for _, a := range as {
				butterfly(&a[0], &a[1])
			}
		}
		return
	}
	h, q := n/2, n/4
	block := func(b int) [][]bls12381.G1Jac {
		sub := make([][]bls12381.G1Jac, len(as))
		for i, a := range as {
			sub[i] = a[b*q : (b+1)*q]
		}
		return sub
	}
	if workers >= 2 && n >= 16 {
		parallelFor(4, 2, func(_, lo, hi int) {
			for b := lo; b < hi; b++ {
				g1DITs(block(b), tw, 4*stride, workers/2)
			}
		})
	} else {
		for b := range 4 {
			g1DITs(block(b), tw, 4*stride, 1)
		}
	}
	iq := &tw[q*stride]
	stage := func(lo, hi int) {
		m := (hi - lo) * len(as)
		ptrs := make([]*bls12381.G1Jac, 0, 3*m)
		fs := make([]*fixedScalar, 0, 3*m)
		var neg []*bls12381.G1Jac
		for j := lo; j < hi; j++ {
			f2, _ := twiddle(tw, stride, 2*j)
			f3, n3 := twiddle(tw, stride, 3*j)
			for _, a := range as {
				ptrs = append(ptrs, &a[q+j], &a[h+j], &a[h+q+j])
				fs = append(fs, f2, &tw[j*stride], f3)
				if n3 {
					neg = append(neg, &a[h+q+j])
				}
			}
		}
		mulFixedPtrs(ptrs, fs)
		for _, p := range neg {
			p.Neg(p)
		}
		ptrs, fs = ptrs[:0], fs[:0]
		// Second-to-last stage: upper half as usual, lower half
		// (x + y, (x - y) * i) with x, y already twiddled.
		for j := lo; j < hi; j++ {
			for _, a := range as {
				butterfly(&a[j], &a[j+q])
				butterfly(&a[h+j], &a[h+q+j])
				ptrs = append(ptrs, &a[h+q+j])
				fs = append(fs, iq)
			}
		}
		mulFixedPtrs(ptrs, fs)
		// Last stage.
		for j := lo; j < hi; j++ {
			for _, a := range as {
				butterfly(&a[j], &a[j+h])
				butterfly(&a[j+q], &a[j+q+h])
			}
		}
	}
	if workers >= 2 && n >= 16 {
		parallelFor(q, 2, func(_, lo, hi int) { stage(lo, hi) })
	} else {
		stage(0, q)
	}
}

// butterfly sets (x, y) = (x + y, x - y).
func butterfly(x, y *bls12381.G1Jac) {
	u := *x
	x.AddAssign(y)
	u.SubAssign(y)
	*y = u
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
