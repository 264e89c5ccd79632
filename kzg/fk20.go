package kzg

import (
	_ "embed"
	"sync/atomic"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
)

// FK20 (Feist and Khovratovich, "Fast amortized KZG proofs", 2020) for the
// 128 cell proofs of a row, as EIP-7594 defines them.
//
// Let f(X) = sum a_i X^i (i < n = 4096) be the row polynomial, l = 64 the
// cell size and m = n/l = 64. Cell k is the coset h_k*G64 with h_k =
// w^rev7(k) (w a primitive 8192th root); its proof is the commitment to
// the quotient of f by X^l - z_k, where z_k = h_k^l runs over the 128th
// roots of unity in bit-reversed order. Expanding the division,
//
//	[q_k(tau)] = sum_{j=1}^{m-1} z_k^(j-1) H_j,  H_j = sum_{i >= l*j} a_i [tau^(i-l*j)],
//
// so the proofs are a 128-point FFT of (H_1, ..., H_63, 0, ...) over G1,
// and H_0 is the commitment itself. Writing i = l*(j+u) + v,
//
//	H_j = sum_{v<l} sum_{u <= m-1-j} b^v_{j+u} S^v_u,  b^v_p = a_{l*p+v},  S^v_u = [tau^(l*u+v)],
//
// l correlations of length-m sequences, computed as cyclic convolutions of
// length 2m: with T^v the circulant arrangement of S^v (T_0 = S_0,
// T_(2m-u) = S_u) and A^v, P^v the 128-point FFTs of b^v (zero-padded) and
// T^v, H = IFFT(U) with U_k = sum_v A^v_k P^v_k. The P^v_k are fixed, so
// the 128 MSMs U_k (64 terms each) run on fixed-base tables, all 128 at
// once in one batched bucket pass.

const (
	fk20Window  = 8                     // bits per window
	fk20Buckets = 1 << (fk20Window - 1) // buckets per MSM
	fk20Size    = 2 * numBlocks         // 128: circulant size, also the number of MSMs
	fk20Batch   = 4 * fk20Size          // additions per inversion
	fk20Windows = (256 + fk20Window - 1) / fk20Window
	fk20Chunk   = 32 // MSMs whose buckets are filled together
)

// fk20Tables holds 2^(8w) P^v_k for v < 64, w < 32, k < 128 (24 MiB).
type fk20Tables struct {
	tab *fixedBaseTable // base index v*128 + k, group 128
	fk20Lanes8
}

// fk20BasesBin holds the 8192 points P^v_k (v-major, k in bit-reversed
// order), compressed. They are a pure function of the setup; embedding them
// saves the 64 G1 FFTs (about two thirds of the table build). They are
// checked when loaded (see fk20Bases), and TestFK20BasesEmbedded recomputes
// them (go test -run TestFK20BasesEmbedded -kzg.update-fk20 rewrites the
// file).
//
//go:embed fk20_bases.bin
var fk20BasesBin []byte

// fk20Tables returns the FK20 tables, building them on first use.
func (c *Context) fk20Tables() *fk20Tables {
	c.fk20Once.Do(func() {
		workers := c.par()
		bases, ok := c.loadFK20Bases(fk20BasesBin, workers)
		if !ok {
			bases = c.computeFK20Bases(workers)
		}
		c.fk20Tab = &fk20Tables{tab: buildFixedBaseTable(bases, fk20Window, fk20Size, workers)}
	})
	return c.fk20Tab
}

// computeFK20Bases computes P^v = FFT_128(T^v) for every v.
func (c *Context) computeFK20Bases(workers int) []bls12381.G1Jac {
	bases := make([]bls12381.G1Jac, numBlocks*fk20Size)
	parallelFor(numBlocks, workers, func(_, lo, hi int) {
		for v := lo; v < hi; v++ {
			c.computeFK20Base(v, bases[v*fk20Size:(v+1)*fk20Size])
		}
	})
	return bases
}

// computeFK20Base writes P^v (bit-reversed order) into t (128 points).
func (c *Context) computeFK20Base(v int, t []bls12381.G1Jac) {
	mono := c.s.g1Monomial
	for j := range t {
		t[j].X.SetOne()
		t[j].Y.SetOne()
		t[j].Z.SetZero()
	}
	t[0].FromAffine(&mono[v])
	for u := 1; u < numBlocks; u++ {
		t[fk20Size-u].FromAffine(&mono[cellLen*u+v])
	}
	g1DIF(t, c.g1tw.fwd, 1, false, 1)
}

// loadFK20Bases decodes embedded P^v_k and checks them against the setup:
// every point in the subgroup (batched), and, for random weights rho_vk,
//
//	sum rho_vk P^v_k = sum_v sum_j sigma^v_j T^v_j,  sigma^v = DFT(rho_v),
//
// the transpose of the FFT that defines them, so any wrong point is caught
// with probability 1 - 2^-64. It reports false if anything is off.
func (c *Context) loadFK20Bases(bin []byte, workers int) ([]bls12381.G1Jac, bool) {
	n := numBlocks * fk20Size
	if len(bin) != n*PointSize {
		return nil, false
	}
	pts := make([]bls12381.G1Affine, n)
	var failed atomic.Bool
	parallelFor(n, workers, func(_, lo, hi int) {
		for i := lo; i < hi && !failed.Load(); i++ {
			p, err := decompressG1((*[PointSize]byte)(bin[i*PointSize:]))
			if err != nil {
				failed.Store(true)
				return
			}
			pts[i] = p
		}
	})
	if failed.Load() || !c.checkFK20Bases(pts, newSeededRand(bin, "quire/kzg/fk20-bases/v1"), workers) {
		return nil, false
	}
	bases := make([]bls12381.G1Jac, n)
	for i := range pts {
		bases[i].FromAffine(&pts[i])
	}
	return bases, true
}

func (c *Context) checkFK20Bases(pts []bls12381.G1Affine, rng *seededRand, workers int) bool {
	if !subgroupCheckBatch(pts, rng, workers) {
		return false
	}
	rho := make([]fr.Element, len(pts))
	for i := range rho {
		rho[i].SetUint64(rng.next())
	}
	// sigma^v_j = sum_k rho_vk w^(j rev(k)): a DIT FFT of rho_v as stored.
	sigma := append([]fr.Element(nil), rho...)
	mono := make([]bls12381.G1Affine, 0, rowLen)
	scal := make([]fr.Element, 0, rowLen)
	for v := range numBlocks {
		sv := sigma[v*fk20Size : (v+1)*fk20Size]
		c.dom128.FFT(sv, fft.DIT, fft.WithNbTasks(1))
		mono = append(mono, c.s.g1Monomial[v])
		scal = append(scal, sv[0])
		for u := 1; u < numBlocks; u++ {
			mono = append(mono, c.s.g1Monomial[cellLen*u+v])
			scal = append(scal, sv[fk20Size-u])
		}
	}
	cfg := ecc.MultiExpConfig{NbTasks: workers}
	var lhs, rhs bls12381.G1Jac
	if _, err := lhs.MultiExp(pts, rho, cfg); err != nil {
		return false
	}
	if _, err := rhs.MultiExp(mono, scal, cfg); err != nil {
		return false
	}
	return lhs.Equal(&rhs)
}

// fk20 computes, for a polynomial in coefficient form (4096 coefficients),
// its commitment and its 128 cell proofs in cell order, as affine points.
func (c *Context) fk20(coeffs []fr.Element) (bls12381.G1Affine, []bls12381.G1Affine) {
	coms, proofs := c.fk20s([][]fr.Element{coeffs})
	return coms[0], proofs[0]
}

// fk20s is fk20 for several polynomials; their G1 FFTs run in lockstep, so
// that each twiddle multiplies the points of all of them at once (8-lane
// multiplication, mulFixedPtrs).
func (c *Context) fk20s(polys [][]fr.Element) ([]bls12381.G1Affine, [][]bls12381.G1Affine) {
	tabs := c.fk20Tables()
	workers := c.par()

	// A^v = FFT_128(b^v / 128): the 1/128 of the inverse FFT below is
	// folded into the scalars.
	var inv128 fr.Element
	inv128.SetUint64(fk20Size)
	inv128.Inverse(&inv128)
	scal := make([]fr.Element, numBlocks*fk20Size) // [v][k], k bit-reversed
	Us := make([][]bls12381.G1Jac, len(polys))
	for i, coeffs := range polys {
		parallelFor(numBlocks, workers, func(_, lo, hi int) {
			for v := lo; v < hi; v++ {
				a := scal[v*fk20Size : (v+1)*fk20Size]
				for p := range numBlocks {
					a[p].Mul(&coeffs[cellLen*p+v], &inv128)
				}
				clear(a[numBlocks:]) // the zero padding (scal is reused)
				c.dom128.FFT(a, fft.DIF, fft.WithNbTasks(1))
			}
		})

		// U_k = sum_v A^v_k P^v_k for all k, the k range split across
		// workers, each worker's range in chunks of fk20Chunk MSMs so that
		// their buckets (32 x 128 x 96 bytes = 384 KiB) stay in the core's
		// L2 cache.
		U := make([]bls12381.G1Jac, fk20Size)
		parallelFor(fk20Size, min(workers, 2), func(_, k0, k1 int) {
			c.fk20MSMs(tabs, scal, U, k0, k1)
		})
		Us[i] = U
	}

	// H = IFFT(U); H_0 is the commitment, H_1..H_63 the proof polynomial.
	g1DITs(Us, c.g1tw.inv, 1, workers)
	coms := make([]bls12381.G1Affine, len(polys))
	qs := make([][]bls12381.G1Jac, len(polys))
	for i, U := range Us {
		coms[i].FromJacobian(&U[0])
		q := make([]bls12381.G1Jac, fk20Size)
		copy(q, U[1:numBlocks])
		for j := numBlocks - 1; j < fk20Size; j++ {
			q[j].X.SetOne()
			q[j].Y.SetOne()
			q[j].Z.SetZero()
		}
		qs[i] = q
	}
	g1DIFs(qs, c.g1tw.fwd, 1, true, workers) // bit-reversed output = cell order
	proofs := make([][]bls12381.G1Affine, len(polys))
	for i, q := range qs {
		proofs[i] = make([]bls12381.G1Affine, fk20Size)
		batchToAffine(proofs[i], q)
	}
	return coms, proofs
}

// fk20MSMs computes U_k for k in [k0, k1). The buckets are filled
// fk20Chunk MSMs at a time (so that the chunk's buckets stay in cache),
// then reduced all together.
func (c *Context) fk20MSMs(tabs *fk20Tables, scal []fr.Element, U []bls12381.G1Jac, k0, k1 int) {
	if useFp8 && tabs.lanes8() != nil {
		fk20MSMs8(tabs, scal, U, k0, k1)
		return
	}
	nk := k1 - k0
	var chunks []*bucketAdder
	for c0 := k0; c0 < k1; c0 += fk20Chunk {
		chunks = append(chunks, fk20Fill(tabs, scal, c0, min(c0+fk20Chunk, k1)))
	}
	bucket := func(k, d int) (*bls12381.G1Affine, bool) {
		a := chunks[k/fk20Chunk]
		b := k%fk20Chunk*fk20Buckets + d
		return &a.pts[b], a.full[b]
	}

	// Bucket reduction sum_d d*B_{k,d}, all MSMs in lockstep so that each
	// step is one batch of affine additions (running_k += B_{k,d}, then
	// total_k += running_k).
	r := newBucketAdder(2*nk, nk)
	for d := fk20Buckets - 1; d >= 0; d-- {
		for k := range nk {
			if p, ok := bucket(k, d); ok {
				r.insert(k, p, false)
			}
		}
		r.flush()
		for k := range nk {
			if r.full[k] {
				r.insert(nk+k, &r.pts[k], false)
			}
		}
		r.flush()
	}
	r.finish()
	for k := range nk {
		if r.full[nk+k] {
			U[k0+k].FromAffine(&r.pts[nk+k])
		} else {
			U[k0+k].X.SetOne()
			U[k0+k].Y.SetOne()
			U[k0+k].Z.SetZero()
		}
	}
}

// fk20Fill adds, for k in [k0, k1), every A^v_k P^v_k into MSM k's
// buckets (k-k0)*fk20Buckets+|digit|-1 and returns them, finished (affine).
func fk20Fill(tabs *fk20Tables, scal []fr.Element, k0, k1 int) *bucketAdder {
	t := tabs.tab
	a := newBucketAdder((k1-k0)*fk20Buckets, fk20Batch)
	fk20Pairs(t, scal, k0, k1, func(b, e int, neg bool) { a.insert(b, &t.pts[e], neg) })
	a.finish()
	return a
}

// fk20Pairs calls fn(b, e, neg) for every nonzero digit d of the MSMs
// k0..k1-1 (scalars A^v_k, windows w), in the table's memory order: add
// table entry e = 2^(8w) P^v_k, negated if neg, into bucket
// b = (k-k0)*fk20Buckets + |d| - 1. fk20Fill and fk20Fill8 both walk it.
func fk20Pairs(t *fixedBaseTable, scal []fr.Element, k0, k1 int, fn func(b, e int, neg bool)) {
	nk := k1 - k0
	digits := make([]int16, nk*fk20Windows) // [k][w]
	for v := range numBlocks {
		for k := k0; k < k1; k++ {
			signedDigits(&scal[v*fk20Size+k], fk20Window, digits[(k-k0)*fk20Windows:(k-k0+1)*fk20Windows])
		}
		for w := range fk20Windows {
			base := (v*t.nw + w) * t.group
			for k := k0; k < k1; k++ {
				d := digits[(k-k0)*fk20Windows+w]
				switch {
				case d > 0:
					fn((k-k0)*fk20Buckets+int(d)-1, base+k, false)
				case d < 0:
					fn((k-k0)*fk20Buckets+int(-d)-1, base+k, true)
				}
			}
		}
	}
}
