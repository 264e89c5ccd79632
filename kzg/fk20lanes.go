package kzg

import (
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// FK20's fixed-base MSMs on eight lanes (see fp8.go): fk20MSMs8 is
// fk20MSMs with the buckets and the table in the 52-bit form of fp8.go
// (fk20Tables.lanes8, 32 MiB beside the table's 24 MiB). The fill makes
// the same pass over the table as fk20Fill and queues an addition per
// nonzero digit; a batch of up to fk20Batch8 additions into distinct
// buckets is performed together, eight per vector operation, with one
// inversion per lane (Montgomery's trick; the eight lane products are
// inverted together with one gnark inversion). The bucket reduction runs
// the same way, all MSMs of the range in lockstep. The only conversions
// are those eight inversions per batch and the finished sums.

// point8 is an affine point in the 8-lane element form of one lane: x
// limbs, then y limbs.
type point8 [16]uint64

// lanes8 returns the table's points in point8 form, converting them on
// first use, or nil if the table holds the identity (which point8 cannot
// represent; no FK20 table does, but then the scalar path is used).
func (t *fk20Tables) lanes8() []point8 {
	t.once8.Do(func() {
		fp8Init()
		src := t.tab.pts
		for i := range src {
			if src[i].IsInfinity() {
				return
			}
		}
		dst := make([]point8, len(src))
		parallelFor((len(src)+7)/8, 2, func(_, lo, hi int) {
			toPoint8s(dst[8*lo:min(8*hi, len(dst))], src[8*lo:min(8*hi, len(src))])
		})
		t.t8 = dst
	})
	return t.t8
}

type fk20Lanes8 struct {
	once8 sync.Once
	t8    []point8
}

// negY sets y = 4p - y (the negation, still below 4p) for y of one lane.
func negY(y *[8]uint64) {
	var borrow uint64
	for j := range 8 {
		v := p4Limbs[j] - y[j] - borrow
		borrow = v >> 63
		y[j] = v & mask52
	}
}

// p4Limbs is 4p in 52-bit limbs.
var p4Limbs = func() [8]uint64 {
	m := fp.Modulus()
	m.Lsh(m, 2)
	return bigLimbs52(m)
}()

// laneAdder adds points into buckets held in point8 form, a round of
// independent additions at a time.
type laneAdder struct {
	bkt  []point8
	full []bool
	// scratch, one entry per slot of 8 additions
	g       [][4]fe8 // xb, yb, xp, yp
	dx, pre []fe8
}

func newLaneAdder(buckets int) *laneAdder {
	fp8Init()
	return &laneAdder{bkt: make([]point8, buckets), full: make([]bool, buckets)}
}

// toPoint8s converts src (affine, not the identity) to point8 form, eight
// at a time. fp8Init must have run (or be running: it uses this).
func toPoint8s(dst []point8, src []bls12381.G1Affine) {
	var x, y fe8
	for g := 0; g < len(src); g += 8 {
		n := min(8, len(src)-g)
		for l := range n {
			x.setLane(l, &src[g+l].X)
			y.setLane(l, &src[g+l].Y)
		}
		x.toOurs()
		y.toOurs()
		for l := range n {
			for j := range 8 {
				dst[g+l][j], dst[g+l][8+j] = x[j][l], y[j][l]
			}
		}
	}
}

func toPoint8(p *bls12381.G1Affine) point8 {
	var q [1]point8
	toPoint8s(q[:], []bls12381.G1Affine{*p})
	return q[0]
}

func fromPoint8s(dst []bls12381.G1Affine, src []point8) {
	var x, y fe8
	var xs, ys [8]fp.Element
	for g := 0; g < len(src); g += 8 {
		n := min(8, len(src)-g)
		for l := range n {
			for j := range 8 {
				x[j][l], y[j][l] = src[g+l][j], src[g+l][8+j]
			}
		}
		x.lanes(&xs)
		y.lanes(&ys)
		for l := range n {
			dst[g+l].X, dst[g+l].Y = xs[l], ys[l]
		}
	}
}

func (a *laneAdder) slots(n int) {
	if len(a.g) < n {
		a.g = make([][4]fe8, n)
		a.dx, a.pre = make([]fe8, n), make([]fe8, n)
	}
}

// round adds, for every i, the table point of pair prs[i] (entry<<1 |
// negative) to bucket bs[i]; the buckets are distinct and full. It
// reports false, changing nothing, when some addition has equal x
// coordinates (P = +-B); the caller then does that round apart.
func (a *laneAdder) round(bs, prs []int32, t8 []point8) bool {
	return a.roundOf(bs, func(i int) (*point8, bool) { return &t8[prs[i]>>1], prs[i]&1 == 1 })
}

// roundOf is round with the i-th addend (and whether to negate it) given
// by addend; the addends must not be among the buckets written.
func (a *laneAdder) roundOf(bs []int32, addend func(i int) (*point8, bool)) bool {
	n := len(bs)
	ns := (n + 7) / 8
	a.slots(ns)
	var sink point8 // the stores of unused lanes
	for s := range ns {
		var bp, pp [8]*point8
		var neg uint64
		for l := range 8 {
			i := 8*s + l
			if i >= n {
				bp[l], pp[l] = &fp8Const.dummyB, &fp8Const.dummyP
				continue
			}
			var ng bool
			bp[l] = &a.bkt[bs[i]]
			pp[l], ng = addend(i)
			if ng {
				neg |= 1 << l
			}
		}
		gather8(&a.g[s], &bp, &pp, neg)
	}
	acc := fp8Const.one
	for s := range ns {
		sub8(&a.dx[s], &a.g[s][2], &a.g[s][0])
		a.pre[s] = acc
		mul8(&acc, &acc, &a.dx[s])
	}
	// Invert the eight lane products together.
	var prod [8]fp.Element
	acc.lanes(&prod)
	for l := range prod {
		if prod[l].IsZero() {
			return false
		}
	}
	prod = invert8(prod)
	var inv fe8
	for l := range prod {
		inv.setLane(l, &prod[l])
	}
	inv.toOurs()
	var t, lam, u fe8
	for s := ns - 1; s >= 0; s-- {
		mul8(&t, &inv, &a.pre[s]) // 1/dx
		mul8(&inv, &inv, &a.dx[s])
		g := &a.g[s]
		sub8(&lam, &g[3], &g[1])
		mul8(&lam, &lam, &t)
		mul8(&u, &lam, &lam)
		sub8(&u, &u, &g[0])
		sub8(&u, &u, &g[2]) // x3
		sub8(&t, &g[0], &u)
		mul8(&t, &t, &lam)
		sub8(&t, &t, &g[1]) // y3
		var bp [8]*point8
		for l := range 8 {
			if i := 8*s + l; i < n {
				bp[l] = &a.bkt[bs[i]]
			} else {
				bp[l] = &sink
			}
		}
		scatter8(&bp, &u, &t)
	}
	return true
}

// invert8 inverts eight nonzero elements with one inversion.
func invert8(v [8]fp.Element) [8]fp.Element {
	var pre [8]fp.Element
	acc := fp.One()
	for i := range v {
		pre[i] = acc
		acc.Mul(&acc, &v[i])
	}
	acc.Inverse(&acc)
	var out [8]fp.Element
	for i := 7; i >= 0; i-- {
		out[i].Mul(&acc, &pre[i])
		acc.Mul(&acc, &v[i])
	}
	return out
}

// roundApart does a round's additions one by one with complete formulas,
// for the rare round where an addition doubles or cancels a bucket.
func (a *laneAdder) roundApart(bs, prs []int32, t8 []point8) {
	a.roundApartOf(bs, func(i int) (*point8, bool) { return &t8[prs[i]>>1], prs[i]&1 == 1 })
}

func (a *laneAdder) roundApartOf(bs []int32, addend func(i int) (*point8, bool)) {
	for i, b := range bs {
		pp, neg := addend(i)
		p := *pp
		if neg {
			negY((*[8]uint64)(p[8:]))
		}
		var q [2]bls12381.G1Affine
		fromPoint8s(q[:1], a.bkt[b:b+1])
		fromPoint8s(q[1:], []point8{p})
		var j bls12381.G1Jac
		j.FromAffine(&q[0])
		j.AddMixed(&q[1])
		if j.Z.IsZero() {
			a.full[b] = false
			continue
		}
		var r bls12381.G1Affine
		r.FromJacobian(&j)
		a.bkt[b] = toPoint8(&r)
	}
}

// fk20Batch8 is how many additions fk20Fill8 batches per inversion.
const fk20Batch8 = 1024

// fk20Fill8 is fk20Fill on eight lanes: the same pass over the table (in
// memory order) and the same buckets, the pending additions performed a
// batch at a time by laneAdder.round. An addition into a bucket that
// already has one pending waits for a later batch.
func fk20Fill8(tabs *fk20Tables, scal []fr.Element, k0, k1 int) *laneAdder {
	nk := k1 - k0
	nb := nk * fk20Buckets
	t := tabs.tab
	t8 := tabs.lanes8()
	a := newLaneAdder(nb)
	stamp := make([]uint32, nb)
	cur := uint32(1)
	bs := make([]int32, 0, fk20Batch8)
	prs := make([]int32, 0, fk20Batch8)
	type pair struct{ b, pr int32 }
	var wait, spare []pair
	// add queues the addition of pair pr into bucket b, or reports false
	// when b already has one pending.
	add := func(b, pr int32) bool {
		if stamp[b] == cur {
			return false
		}
		if !a.full[b] {
			a.bkt[b] = t8[pr>>1]
			if pr&1 == 1 {
				negY((*[8]uint64)(a.bkt[b][8:]))
			}
			a.full[b] = true
			return true
		}
		stamp[b] = cur
		bs, prs = append(bs, b), append(prs, pr)
		return true
	}
	// drain performs the pending batch, then queues the waiting additions
	// (as many as fit; those that meet a pending one wait again).
	drain := func() {
		if len(bs) > 0 && !a.round(bs, prs, t8) {
			a.roundApart(bs, prs, t8)
		}
		bs, prs = bs[:0], prs[:0]
		cur++
		old := wait
		wait = spare[:0]
		for i, p := range old {
			if len(bs) == fk20Batch8 {
				wait = append(wait, old[i:]...)
				break
			}
			if !add(p.b, p.pr) {
				wait = append(wait, p)
			}
		}
		spare = old
	}
	insert := func(b, pr int32) {
		if !add(b, pr) {
			wait = append(wait, pair{b, pr})
		}
		for len(bs) == fk20Batch8 {
			drain()
		}
	}
	fk20Pairs(t, scal, k0, k1, func(b, e int, neg bool) {
		pr := int32(e) << 1
		if neg {
			pr |= 1
		}
		insert(int32(b), pr)
	})
	for len(bs) > 0 || len(wait) > 0 {
		drain()
	}
	return a
}

// fk20MSMs8 is fk20MSMs on eight lanes: fk20Fill8 per chunk, then the
// bucket reduction of all the range's MSMs in lockstep, each step a
// laneAdder round (running_k += B_k,d, then total_k += running_k).
func fk20MSMs8(tabs *fk20Tables, scal []fr.Element, U []bls12381.G1Jac, k0, k1 int) {
	nk := k1 - k0
	var chunks []*laneAdder
	for c0 := k0; c0 < k1; c0 += fk20Chunk {
		chunks = append(chunks, fk20Fill8(tabs, scal, c0, min(c0+fk20Chunk, k1)))
	}
	r := newLaneAdder(2 * nk)
	bs := make([]int32, 0, nk)
	ps := make([]*point8, 0, nk)
	addend := func(i int) (*point8, bool) { return ps[i], false }
	step := func() {
		if len(bs) > 0 && !r.roundOf(bs, addend) {
			r.roundApartOf(bs, addend)
		}
		bs, ps = bs[:0], ps[:0]
	}
	for d := fk20Buckets - 1; d >= 0; d-- {
		for k := range nk {
			c := chunks[k/fk20Chunk]
			b := k%fk20Chunk*fk20Buckets + d
			if !c.full[b] {
				continue
			}
			if !r.full[k] {
				r.bkt[k], r.full[k] = c.bkt[b], true
				continue
			}
			bs, ps = append(bs, int32(k)), append(ps, &c.bkt[b])
		}
		step()
		for k := range nk {
			if !r.full[k] {
				continue
			}
			if !r.full[nk+k] {
				r.bkt[nk+k], r.full[nk+k] = r.bkt[k], true
				continue
			}
			bs, ps = append(bs, int32(nk+k)), append(ps, &r.bkt[k])
		}
		step()
	}
	tot := make([]bls12381.G1Affine, nk)
	fromPoint8s(tot, r.bkt[nk:])
	for k := range nk {
		if r.full[nk+k] {
			U[k0+k].FromAffine(&tot[k])
		} else {
			U[k0+k].X.SetOne()
			U[k0+k].Y.SetOne()
			U[k0+k].Z.SetZero()
		}
	}
}
