package kzg

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
)

// MaxExtension is the largest n ExtendG1 and CheckExtension accept (n
// points extended to 2n).
const MaxExtension = 1 << 12

// extTwiddles caches, per size n, the twiddles of n-point G1 FFTs and the
// coset factors w_2n^t / n.
var extCache sync.Map // int -> *extPlan

type extPlan struct {
	tw    *g1Twiddles
	coset []fixedScalar // w_2n^t / n, t < n
	// The inverse FFT's last stage merged with the coset factors (n >= 2,
	// h = n/2, t < h): even[t] = w_2n^t / n, odd[t] = w_2n^t w_n^-t / n,
	// and iota = w_2n^h, a fourth root of unity (cheap).
	even, odd []fixedScalar
	iota      []fixedScalar
}

func planFor(n int) *extPlan {
	if v, ok := extCache.Load(n); ok {
		return v.(*extPlan)
	}
	p := &extPlan{tw: newG1Twiddles(n), coset: make([]fixedScalar, n)}
	w, _ := fr.Generator(uint64(2 * n))
	var f fr.Element
	f.SetUint64(uint64(n))
	f.Inverse(&f)
	for t := range n {
		p.coset[t] = newFixedScalar(&f)
		f.Mul(&f, &w)
	}
	if h := n / 2; h >= 1 {
		wn, _ := fr.Generator(uint64(n))
		wn.Inverse(&wn)
		p.even, p.odd = make([]fixedScalar, h), make([]fixedScalar, h)
		var e, o fr.Element
		e.SetUint64(uint64(n))
		e.Inverse(&e)
		o = e
		for t := range h {
			p.even[t] = newFixedScalar(&e)
			p.odd[t] = newFixedScalar(&o)
			e.Mul(&e, &w)
			o.Mul(&o, &w)
			o.Mul(&o, &wn)
		}
		var io fr.Element
		io.Exp(w, big.NewInt(int64(h)))
		p.iota = []fixedScalar{newFixedScalar(&io)}
	}
	v, _ := extCache.LoadOrStore(n, p)
	return v.(*extPlan)
}

// ExtendG1 extends n points to 2n "in the exponent": the points are taken
// as the evaluations of a polynomial of degree < n (with coefficients in
// G1) at the first n positions of the bit-reversed 2n-point domain, and
// the result holds its evaluations at all 2n positions, the input first.
// This is the convention of erasure.Extend and of EIP-7594 cells, so by
// linearity, extending the commitments (or the proofs of one cell index)
// of k data rows gives those of the k parity rows that erasure.Extend
// produces over the columns. n must be a power of two up to MaxExtension;
// errors wrap ErrExtensionSize. It runs on the caller's goroutine.
func ExtendG1(points []bls12381.G1Affine) ([]bls12381.G1Affine, error) {
	out, err := extendG1s([][]bls12381.G1Affine{points})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// extendG1s is ExtendG1 on several columns of the same length at once, in
// lockstep, so that each scalar multiplies the points of all of them
// together (8-lane multiplication, mulFixedPtrs).
func extendG1s(cols [][]bls12381.G1Affine) ([][]bls12381.G1Affine, error) {
	n := len(cols[0])
	if !isPow2(n) || n > MaxExtension {
		return nil, fmt.Errorf("%w: got %d points", ErrExtensionSize, n)
	}
	for _, c := range cols {
		if len(c) != n {
			return nil, fmt.Errorf("%w: columns of %d and %d points", ErrExtensionSize, n, len(c))
		}
	}
	p := planFor(n)
	as := make([][]bls12381.G1Jac, len(cols))
	for i, c := range cols {
		as[i] = make([]bls12381.G1Jac, n)
		for j := range c {
			as[i][j].FromAffine(&c[j])
		}
	}
	// Bit-reversed evaluations over the n-th roots -> n * coefficients,
	// then coefficient t times w_2n^t / n: the polynomial shifted onto the
	// odd coset w_2n * H_n, which holds positions n..2n-1 of the
	// bit-reversed 2n-point domain.
	if h := n / 2; h >= 1 {
		// The halves' inverse FFTs give E and O with n*c_t = E_t + w_n^-t
		// O_t and n*c_(t+h) = E_t - w_n^-t O_t. With X = (w_2n^t/n) E_t and
		// Y = (w_2n^t w_n^-t/n) O_t the shifted coefficients are X + Y and
		// w_2n^h (X - Y): two general multiplications and a cheap one per
		// pair, where the last FFT stage and the coset took three general.
		lo, hi := make([][]bls12381.G1Jac, len(as)), make([][]bls12381.G1Jac, len(as))
		for i, a := range as {
			lo[i], hi[i] = a[:h], a[h:]
		}
		g1DITs(lo, p.tw.inv, 2, 1)
		g1DITs(hi, p.tw.inv, 2, 1)
		mulFixedCols(lo, p.even, 1)
		mulFixedCols(hi, p.odd, 1)
		for _, a := range as {
			for t := range h {
				butterfly(&a[t], &a[t+h])
			}
		}
		mulFixedCols(hi, p.iota, 0)
	} else {
		mulFixedCols(as, p.coset, 1)
	}
	g1DIFs(as, p.tw.fwd, 1, false, 1) // bit-reversed output
	out := make([][]bls12381.G1Affine, len(cols))
	for i, c := range cols {
		out[i] = make([]bls12381.G1Affine, 2*n)
		copy(out[i], c)
		batchToAffine(out[i][n:], as[i])
	}
	return out, nil
}

// mulFixedCols sets a[j] = s(j) a[j] in every array of as, where s(j) is
// scalars[j*stride].
func mulFixedCols(as [][]bls12381.G1Jac, scalars []fixedScalar, stride int) {
	ptrs := make([]*bls12381.G1Jac, 0, len(as)*len(as[0]))
	fs := make([]*fixedScalar, 0, cap(ptrs))
	for j := range as[0] {
		for _, a := range as {
			ptrs = append(ptrs, &a[j])
			fs = append(fs, &scalars[j*stride])
		}
	}
	mulFixedPtrs(ptrs, fs)
}

// CheckExtension checks with one multi-scalar multiplication, not a
// recomputation, that 2k commitments are the extension of the first k (as
// ExtendG1 computes it): it draws a random codeword of the dual code from
// seed and checks that its inner product with the commitments is the
// identity. The dual of the code of polynomials of degree < k evaluated on
// the 2k-th roots of unity x_i is spanned by the vectors (x_i g(x_i)) for
// deg g < k, so a wrong commitment passes with probability about 2^-255.
//
// seed must be unpredictable to whoever produced the commitments: local
// randomness, or a hash of all the commitments (Fiat-Shamir). Errors wrap
// ErrExtensionSize, ErrInvalidCommitment or ErrNotExtension.
func (c *Context) CheckExtension(commitments []Commitment, seed [32]byte) error {
	n := len(commitments)
	if n < 2 || !isPow2(n) || n > 2*MaxExtension {
		return fmt.Errorf("%w: got %d commitments", ErrExtensionSize, n)
	}
	k := n / 2
	pts := make([]bls12381.G1Affine, n)
	for i := range commitments {
		p, err := c.commitmentPoint(&commitments[i])
		if err != nil {
			return fmt.Errorf("commitment %d: %w", i, err)
		}
		pts[i] = p
	}
	// Random g of degree < k, evaluated on the 2k-domain in bit-reversed
	// order, times x_i.
	g := make([]fr.Element, n)
	var buf [32 + 8 + 16]byte
	copy(buf[:], seed[:])
	copy(buf[40:], "quire/kzg/ext/v1")
	for i := range k {
		binary.BigEndian.PutUint64(buf[32:40], uint64(i))
		h := sha256.Sum256(buf[:])
		g[i].SetBytes(h[:])
	}
	fft.NewDomain(uint64(n)).FFT(g, fft.DIF, fft.WithNbTasks(1)) // bit-reversed
	w, _ := fr.Generator(uint64(n))
	roots := make([]fr.Element, n)
	roots[0].SetOne()
	for i := 1; i < n; i++ {
		roots[i].Mul(&roots[i-1], &w)
	}
	shift := 64 - log2(n)
	for i := range g {
		g[i].Mul(&g[i], &roots[reverseBits(uint64(i))>>shift])
	}
	var sum bls12381.G1Jac
	if _, err := sum.MultiExp(pts, g, ecc.MultiExpConfig{NbTasks: c.par()}); err != nil {
		return fmt.Errorf("%w: %v", ErrNotExtension, err)
	}
	if !sum.Z.IsZero() {
		return ErrNotExtension
	}
	return nil
}
