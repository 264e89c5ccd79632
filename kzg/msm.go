package kzg

import (
	"slices"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Fixed-base multi-scalar multiplication.
//
// The bases of every MSM in this package are fixed by the trusted setup, so
// for each base P and each window w we store 2^(c*w) P. A scalar
// s = sum_w d_w 2^(c*w), with signed digits |d_w| <= 2^(c-1), then
// contributes d_w * (2^(c*w) P) for every w, and all windows of all bases
// share one set of 2^(c-1) buckets: no doublings at MSM time and one bucket
// reduction per MSM. Points are added into the buckets in batches in affine
// coordinates, sharing one field inversion per batch (Montgomery's trick),
// which costs about half a mixed Jacobian addition.

// fixedBaseTable holds 2^(c*w) P_i for nb bases and nw windows. Bases are
// laid out in groups of `group`: the entry for base i = g*group + j and
// window w is pts[(g*nw+w)*group+j], so that a pass over one window of a
// group of bases reads contiguous memory.
type fixedBaseTable struct {
	c, nw, group int
	pts          []bls12381.G1Affine
}

// windowsFor returns how many c-bit signed windows a scalar needs: enough
// to cover 256 bits, so that the top digit never carries out (r < 2^255).
func windowsFor(c int) int { return (256 + c - 1) / c }

func (t *fixedBaseTable) at(base, w int) *bls12381.G1Affine {
	g, j := base/t.group, base%t.group
	return &t.pts[(g*t.nw+w)*t.group+j]
}

// buildFixedBaseTable computes the table for bases (Jacobian) with window
// size c. len(bases) must be a multiple of group. Groups are built in
// parallel.
func buildFixedBaseTable(bases []bls12381.G1Jac, c, group, workers int) *fixedBaseTable {
	nw := windowsFor(c)
	t := &fixedBaseTable{c: c, nw: nw, group: group, pts: make([]bls12381.G1Affine, len(bases)*nw)}
	groups := len(bases) / group
	parallelFor(groups, workers, func(_, lo, hi int) {
		cur := make([]bls12381.G1Jac, group)
		for g := lo; g < hi; g++ {
			copy(cur, bases[g*group:(g+1)*group])
			for w := range nw {
				batchToAffine(t.pts[(g*nw+w)*group:(g*nw+w+1)*group], cur)
				if w == nw-1 {
					break
				}
				for j := range cur {
					for range c {
						cur[j].DoubleAssign()
					}
				}
			}
		}
	})
	return t
}

// signedDigits writes the nw signed base-2^c digits of s into out:
// s = sum out[w] 2^(c*w), each digit in [-(2^(c-1)-1), 2^(c-1)].
func signedDigits(s *fr.Element, c int, out []int16) {
	limbs := s.Bits() // regular (non-Montgomery) form, little-endian
	mask := uint64(1)<<c - 1
	half := int64(1) << (c - 1)
	carry := int64(0)
	for w := range out {
		bit := w * c
		limb, off := bit/64, bit%64
		var v uint64
		if limb < 4 {
			v = limbs[limb] >> off
			if off+c > 64 && limb+1 < 4 {
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

// bucketAdder accumulates points into buckets, batching affine additions so
// that one inversion serves a whole batch. An addition into a bucket that
// already has one pending in the current batch spills into a per-bucket
// Jacobian accumulator instead of waiting; finish folds the spills back.
type bucketAdder struct {
	pts   []bls12381.G1Affine // bucket values (valid where full)
	full  []bool
	stamp []uint32 // stamp[b] == cur: bucket b has an addition pending
	cur   uint32

	bidx []int32             // pending: target buckets
	add  []bls12381.G1Affine // pending: points to add
	dx   []fp.Element        // pending: x(point) - x(bucket)
	pre  []fp.Element        // scratch: prefix products
	same []bool              // scratch: the point has the bucket's x
	n    int

	spill     []bls12381.G1Jac
	spilled   []bool
	spillList []int32
}

func newBucketAdder(buckets, batch int) *bucketAdder {
	return &bucketAdder{
		pts:     make([]bls12381.G1Affine, buckets),
		full:    make([]bool, buckets),
		stamp:   make([]uint32, buckets),
		cur:     1,
		bidx:    make([]int32, batch),
		add:     make([]bls12381.G1Affine, batch),
		dx:      make([]fp.Element, batch),
		pre:     make([]fp.Element, batch),
		same:    make([]bool, batch),
		spill:   make([]bls12381.G1Jac, buckets),
		spilled: make([]bool, buckets),
	}
}

func (a *bucketAdder) nextStamp() {
	a.cur++
	if a.cur == 0 {
		clear(a.stamp)
		a.cur = 1
	}
}

// insert adds p (or -p if neg) into bucket b. It reads the bucket's x
// coordinate at once (x(p) - x(bucket) is the denominator flush needs), so
// that the likely cache miss overlaps the caller's next insertions instead
// of stalling flush's serial chain of products.
func (a *bucketAdder) insert(b int, p *bls12381.G1Affine, neg bool) {
	if p.IsInfinity() {
		return
	}
	if a.stamp[b] == a.cur {
		a.spillAdd(b, p, neg)
		return
	}
	if !a.full[b] {
		a.pts[b] = *p
		if neg {
			a.pts[b].Y.Neg(&p.Y)
		}
		a.full[b] = true
		return
	}
	i := a.n
	a.bidx[i] = int32(b)
	a.dx[i].Sub(&p.X, &a.pts[b].X)
	a.add[i] = *p
	if neg {
		a.add[i].Y.Neg(&p.Y)
	}
	a.stamp[b] = a.cur
	a.n++
	if a.n == len(a.bidx) {
		a.flush()
	}
}

func (a *bucketAdder) spillAdd(b int, p *bls12381.G1Affine, neg bool) {
	if !a.spilled[b] {
		a.spilled[b] = true
		a.spill[b].X.SetOne()
		a.spill[b].Y.SetOne()
		a.spill[b].Z.SetZero()
		a.spillList = append(a.spillList, int32(b))
	}
	if neg {
		var q bls12381.G1Affine
		q.Neg(p)
		a.spill[b].AddMixed(&q)
	} else {
		a.spill[b].AddMixed(p)
	}
}

// flush performs the pending additions: one inversion for the whole
// batch. An addition whose point has the bucket's x coordinate (the bucket
// holds the same point or its negation) is done apart, by doubling or
// cancelling.
func (a *bucketAdder) flush() {
	n := a.n
	if n == 0 {
		return
	}
	acc := fp.One()
	special := false
	for i := range n {
		a.pre[i] = acc
		a.same[i] = a.dx[i].IsZero()
		if a.same[i] {
			special = true
			continue
		}
		acc.Mul(&acc, &a.dx[i])
	}
	var inv fp.Element
	inv.Inverse(&acc)
	var lambda, l2, t fp.Element
	for i := n - 1; i >= 0; i-- {
		B := &a.pts[a.bidx[i]]
		P := &a.add[i]
		if a.same[i] {
			continue
		}
		t.Mul(&inv, &a.pre[i]) // 1/(xP - xB)
		inv.Mul(&inv, &a.dx[i])
		lambda.Sub(&P.Y, &B.Y)
		lambda.Mul(&lambda, &t)
		l2.Square(&lambda)
		l2.Sub(&l2, &B.X)
		l2.Sub(&l2, &P.X) // x3
		t.Sub(&B.X, &l2)
		t.Mul(&t, &lambda)
		B.Y.Sub(&t, &B.Y)
		B.X = l2
	}
	if special {
		for i := range n {
			if !a.same[i] {
				continue
			}
			b := a.bidx[i]
			B := &a.pts[b]
			if B.Y.Equal(&a.add[i].Y) {
				var j bls12381.G1Jac
				j.FromAffine(B)
				j.DoubleAssign()
				B.FromJacobian(&j)
				a.full[b] = !B.IsInfinity()
			} else {
				a.full[b] = false
			}
		}
	}
	a.n = 0
	a.nextStamp()
}

// finish performs pending additions and folds spilled accumulators back
// into their buckets, leaving every bucket in affine form.
func (a *bucketAdder) finish() {
	a.flush()
	if len(a.spillList) == 0 {
		return
	}
	jac := make([]bls12381.G1Jac, len(a.spillList))
	for i, b := range a.spillList {
		jac[i] = a.spill[b]
		a.spilled[b] = false
	}
	aff := make([]bls12381.G1Affine, len(jac))
	batchToAffine(aff, jac)
	list := a.spillList
	a.spillList = a.spillList[:0]
	for i, b := range list {
		a.insert(int(b), &aff[i], false) // one per bucket: no new spills
	}
	a.flush()
}

// reduce returns sum_{d} (d+1) * bucket[off+d] for d < nb, by running sums.
func (a *bucketAdder) reduce(off, nb int) bls12381.G1Jac {
	var running, total bls12381.G1Jac
	running.X.SetOne()
	running.Y.SetOne()
	total = running
	for d := nb - 1; d >= 0; d-- {
		if a.full[off+d] {
			running.AddMixed(&a.pts[off+d])
		}
		total.AddAssign(&running)
	}
	return total
}

// msm returns sum scalars[i] * base i for the first len(scalars) bases of
// t, on the caller's goroutine, sharing 2^(c-1) buckets over all windows
// (no doublings). The (bucket, point) pairs are known in advance, so they
// are scheduled in rounds that add at most one point to each bucket: every
// addition is a batched affine one (one inversion per round), none spills
// into a Jacobian accumulator. Meant for few scalars (the 64 of the cell
// check's interpolation term): it holds all pairs in memory.
func (t *fixedBaseTable) msm(scalars []fr.Element) bls12381.G1Jac {
	nb := 1 << (t.c - 1)
	type pair struct {
		p   *bls12381.G1Affine
		neg bool
	}
	count := make([]int32, nb+1)
	digits := make([]int16, len(scalars)*t.nw)
	for i := range scalars {
		ds := digits[i*t.nw : (i+1)*t.nw]
		signedDigits(&scalars[i], t.c, ds)
		for _, d := range ds {
			if d != 0 {
				count[abs16(d)]++ // bucket |d|-1, counted at index |d|
			}
		}
	}
	// Counting sort by bucket: pairs of bucket b at start[b]..start[b+1].
	start := make([]int32, nb+1)
	for b := 1; b <= nb; b++ {
		start[b] = start[b-1] + count[b]
	}
	pairs := make([]pair, start[nb])
	fill := slices.Clone(start[:nb])
	rounds := 0
	for i := range scalars {
		for w, d := range digits[i*t.nw : (i+1)*t.nw] {
			if d == 0 {
				continue
			}
			b := abs16(d) - 1
			pairs[fill[b]] = pair{t.at(i, w), d < 0}
			fill[b]++
			rounds = max(rounds, int(fill[b]-start[b]))
		}
	}
	a := newBucketAdder(nb, nb)
	for r := range rounds {
		for b := range nb {
			if j := start[b] + int32(r); j < start[b+1] {
				a.insert(b, pairs[j].p, pairs[j].neg)
			}
		}
		a.flush()
	}
	return a.reduce(0, nb)
}

func abs16(d int16) int {
	if d < 0 {
		return int(-d)
	}
	return int(d)
}
