package kzg

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

func needFp8(t testing.TB) {
	t.Helper()
	if !hasFp8 {
		t.Skip("no AVX-512 IFMA on this CPU")
	}
	fp8Init()
}

func fe8Set(v *fe8, l int, x *big.Int) {
	b := bigLimbs52(x)
	for j := range v {
		v[j][l] = b[j]
	}
}

func fe8Get(v *fe8, l int) *big.Int {
	x := new(big.Int)
	for j := 7; j >= 0; j-- {
		if v[j][l] > mask52 {
			return nil // not normalized
		}
		x.Lsh(x, 52).Or(x, new(big.Int).SetUint64(v[j][l]))
	}
	return x
}

// TestFp8Arith checks mul8, add8 and sub8 against math/big on random
// values below 4p and on the edges (0, p, 2p, 4p-1): congruence, the
// output bounds (below 2p for mul8, 4p for the others) and normalized limbs.
func TestFp8Arith(t *testing.T) {
	needFp8(t)
	p := fp.Modulus()
	p4 := new(big.Int).Lsh(p, 2)
	p2 := new(big.Int).Lsh(p, 1)
	rinv := new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), 416), p)
	r := rand.New(rand.NewPCG(81, 82))
	edges := []*big.Int{big.NewInt(0), big.NewInt(1), p, p2, new(big.Int).Sub(p4, big.NewInt(1)), new(big.Int).Sub(p, big.NewInt(1))}
	rnd := func(i int) *big.Int {
		if i < len(edges) {
			return edges[i]
		}
		b := make([]byte, 48)
		for k := range b {
			b[k] = byte(r.Uint32())
		}
		return new(big.Int).Mod(new(big.Int).SetBytes(b), p4)
	}
	for it := range 3000 {
		var x, y, zm, za, zs fe8
		var xs, ys [8]*big.Int
		for l := range 8 {
			xs[l] = rnd((it*8 + l) % 97)
			ys[l] = rnd((it*8 + 3*l + 1) % 89)
			fe8Set(&x, l, xs[l])
			fe8Set(&y, l, ys[l])
		}
		mul8(&zm, &x, &y)
		add8(&za, &x, &y)
		sub8(&zs, &x, &y)
		for l := range 8 {
			check := func(op string, got *big.Int, want *big.Int, bound *big.Int) {
				t.Helper()
				if got == nil {
					t.Fatalf("%s lane %d of %x, %x: limbs not normalized", op, l, xs[l], ys[l])
				}
				if got.Cmp(bound) >= 0 || new(big.Int).Mod(got, p).Cmp(want.Mod(want, p)) != 0 {
					t.Fatalf("%s lane %d of %x, %x: got %x, want %x mod p below %x", op, l, xs[l], ys[l], got, want, bound)
				}
			}
			want := new(big.Int).Mul(xs[l], ys[l])
			check("mul8", fe8Get(&zm, l), want.Mul(want, rinv), p2)
			check("add8", fe8Get(&za, l), new(big.Int).Add(xs[l], ys[l]), p4)
			check("sub8", fe8Get(&zs, l), new(big.Int).Sub(xs[l], ys[l]), p4)
		}
	}
}

// TestFp8Lanes checks the conversion from gnark's form and back.
func TestFp8Lanes(t *testing.T) {
	needFp8(t)
	for range 200 {
		var in, out [8]fp.Element
		var v fe8
		for l := range in {
			in[l].SetRandom()
			v.setLane(l, &in[l])
		}
		in[3].SetZero()
		v.setLane(3, &in[3])
		v.toOurs()
		v.lanes(&out)
		if out != in {
			t.Fatalf("round trip: got %v, want %v", out, in)
		}
	}
}

// TestMulFixed8 checks the 8-lane multiplication against gnark's scalar
// multiplication for the twiddles of 128- and 16-point FFTs and random
// scalars, with 1 to 8 lanes in use and identity points among them, and
// mulFixedPtrs with and without the lanes on groups of shared scalars.
func TestMulFixed8(t *testing.T) {
	needFp8(t)
	r := rand.New(rand.NewPCG(83, 84))
	var scalars []fr.Element
	for _, n := range []uint64{128, 16} {
		w, _ := fr.Generator(n)
		f := w
		for range n/2 - 1 {
			scalars = append(scalars, f)
			f.Mul(&f, &w)
		}
	}
	for range 8 {
		scalars = append(scalars, randElement(r))
	}
	_, _, g1, _ := bls12381.Generators()
	tested := 0
	for i := range scalars {
		f := newFixedScalar(&scalars[i])
		if f.one || f.seed {
			continue
		}
		if !f.vec {
			t.Fatalf("scalar %d: chain not safe for 8 lanes", i)
		}
		lanes := 1 + i%8
		pts := make([]bls12381.G1Jac, lanes)
		ptrs := make([]*bls12381.G1Jac, lanes)
		want := make([]bls12381.G1Affine, lanes)
		for l := range pts {
			ptrs[l] = &pts[l]
			if (i+l)%7 == 2 {
				pts[l].X.SetOne()
				pts[l].Y.SetOne()
				continue // identity
			}
			s := randElement(r)
			var a bls12381.G1Affine
			a.ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
			pts[l].FromAffine(&a)
			want[l].ScalarMultiplication(&a, scalars[i].BigInt(new(big.Int)))
		}
		mulFixed8(ptrs, &f)
		for l := range pts {
			var got bls12381.G1Affine
			got.FromJacobian(&pts[l])
			if !got.Equal(&want[l]) {
				t.Fatalf("scalar %d lane %d of %d: wrong product", i, l, lanes)
			}
		}
		tested++
	}
	if tested < 60 {
		t.Fatalf("only %d scalars tested", tested)
	}

	// mulFixedPtrs: 11 points on one scalar, 2 on another, 1 on a third,
	// 9 and 4 on two seed forms (mulSeed8), an identity among them.
	fs := []fixedScalar{newFixedScalar(&scalars[5]), newFixedScalar(&scalars[70]), newFixedScalar(&scalars[71]),
		newFixedScalar(&glv.seedForms[1][1]), newFixedScalar(&glv.seedForms[2][0])}
	if !fs[3].seed || !fs[4].seed {
		t.Fatal("seed forms not recognised")
	}
	var pts, ref []bls12381.G1Jac
	var ptrs []*bls12381.G1Jac
	var fps []*fixedScalar
	for k, n := range []int{11, 2, 1, 9, 4} {
		for i := range n {
			s := randElement(r)
			var a bls12381.G1Affine
			if !(k == 4 && i == 2) {
				a.ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
			}
			var j bls12381.G1Jac
			j.FromAffine(&a)
			pts = append(pts, j)
			fps = append(fps, &fs[k])
		}
	}
	ref = append(ref, pts...)
	for i := range pts {
		ptrs = append(ptrs, &pts[i])
	}
	mulFixedPtrs(ptrs, fps)
	useFp8 = false
	defer func() { useFp8 = hasFp8 }()
	refPtrs := make([]*bls12381.G1Jac, len(ref))
	for i := range ref {
		refPtrs[i] = &ref[i]
	}
	mulFixedPtrs(refPtrs, fps)
	for i := range pts {
		if !pts[i].Equal(&ref[i]) {
			t.Fatalf("mulFixedPtrs point %d: lanes and scalar path differ", i)
		}
	}
}

// TestVecSafe checks that vecSafe rejects a chain that adds a point to
// itself (a hand-made digit string: 1, then 2 after one doubling).
func TestVecSafe(t *testing.T) {
	glvInit()
	f := fixedScalar{naf: [2][]int8{{2, 1}, nil}}
	s := fr.NewElement(4)
	if f.vecSafe(&s) {
		t.Fatal("a chain adding 2P to 2P passed")
	}
	f = fixedScalar{naf: [2][]int8{{-1, 0, 1}, nil}}
	s = fr.NewElement(3)
	if !f.vecSafe(&s) {
		t.Fatal("the chain of 3 = 4 - 1 failed")
	}
	s = fr.NewElement(5)
	if f.vecSafe(&s) {
		t.Fatal("a chain passed for the wrong scalar")
	}
}

func BenchmarkMulFixed8(b *testing.B) {
	needFp8(b)
	w, _ := fr.Generator(128)
	f := newFixedScalar(&w)
	_, _, g1, _ := bls12381.Generators()
	pts := make([]bls12381.G1Jac, 8)
	ptrs := make([]*bls12381.G1Jac, 8)
	for l := range pts {
		pts[l].FromAffine(&g1)
		ptrs[l] = &pts[l]
	}
	fs := make([]*fixedScalar, 8)
	for l := range fs {
		fs[l] = &f
	}
	b.Run("lanes", func(b *testing.B) {
		for b.Loop() {
			mulFixed8(ptrs, &f)
		}
	})
	b.Run("scalar", func(b *testing.B) {
		useFp8 = false
		defer func() { useFp8 = hasFp8 }()
		for b.Loop() {
			mulFixedPtrs(ptrs, fs)
		}
	})
}

// BenchmarkFK20Fill fills one chunk of fk20Chunk MSMs' buckets with and
// without the lanes.
func BenchmarkFK20Fill(b *testing.B) {
	needFp8(b)
	c := benchContext(b)
	tabs := c.fk20Tables()
	tabs.lanes8()
	r := rand.New(rand.NewPCG(85, 86))
	scal := make([]fr.Element, numBlocks*fk20Size)
	for i := range scal {
		scal[i] = randElement(r)
	}
	b.Run("lanes", func(b *testing.B) {
		for b.Loop() {
			fk20Fill8(tabs, scal, 0, fk20Chunk)
		}
	})
	b.Run("scalar", func(b *testing.B) {
		for b.Loop() {
			fk20Fill(tabs, scal, 0, fk20Chunk)
		}
	})
}

// TestGatherScatter8 checks the transposing loads and stores against
// plain loops.
func TestGatherScatter8(t *testing.T) {
	needFp8(t)
	r := rand.New(rand.NewPCG(89, 90))
	var bs, ps [8]point8
	var bp, pp [8]*point8
	for l := range 8 {
		for j := range 16 {
			bs[l][j] = r.Uint64() & mask52
			ps[l][j] = r.Uint64() & mask52
		}
		ps[l][15] %= p4Limbs[7] // below 4p
		bp[l], pp[l] = &bs[7-l], &ps[(3*l)%8]
	}
	neg := uint64(0b10110010)
	var z [4]fe8
	gather8(&z, &bp, &pp, neg)
	for l := range 8 {
		want := *pp[l]
		if neg>>l&1 == 1 {
			negY((*[8]uint64)(want[8:]))
		}
		for j := range 8 {
			if z[0][j][l] != bp[l][j] || z[1][j][l] != bp[l][8+j] || z[2][j][l] != want[j] || z[3][j][l] != want[8+j] {
				t.Fatalf("gather8 lane %d limb %d", l, j)
			}
		}
	}
	var out [8]point8
	var op [8]*point8
	for l := range op {
		op[l] = &out[(5*l)%8]
	}
	scatter8(&op, &z[2], &z[3])
	for l := range 8 {
		for j := range 8 {
			if op[l][j] != z[2][j][l] || op[l][8+j] != z[3][j][l] {
				t.Fatalf("scatter8 lane %d limb %d", l, j)
			}
		}
	}
}

// BenchmarkFp8Mul compares one lane's share of mul8 with gnark's fp.Mul,
// both on 512 independent products per iteration (ns/mul is per product).
func BenchmarkFp8Mul(b *testing.B) {
	needFp8(b)
	b.Run("lanes", func(b *testing.B) {
		x := make([]fe8, 64)
		y := make([]fe8, 64)
		z := make([]fe8, 64)
		for i := range x {
			var xs, ys fp.Element
			xs.SetRandom()
			ys.SetRandom()
			for l := range 8 {
				x[i].setLane(l, &xs)
				y[i].setLane(l, &ys)
			}
		}
		for b.Loop() {
			for i := range x {
				mul8(&z[i], &x[i], &y[i])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*512), "ns/mul")
	})
	b.Run("gnark", func(b *testing.B) {
		x := make([]fp.Element, 512)
		y := make([]fp.Element, 512)
		z := make([]fp.Element, 512)
		for i := range x {
			x[i].SetRandom()
			y[i].SetRandom()
		}
		for b.Loop() {
			for i := range x {
				z[i].Mul(&x[i], &y[i])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*512), "ns/mul")
	})
}

// FuzzFp8 compares mul8, add8 and sub8 with math/big on two values below
// 4p taken from the input, in the lane the input names (the other lanes
// hold other values).
func FuzzFp8(f *testing.F) {
	f.Add(make([]byte, 97))
	f.Add(bytes.Repeat([]byte{0xff}, 97))
	f.Add(append(bytes.Repeat([]byte{0x5a}, 96), 7))
	f.Fuzz(func(t *testing.T, in []byte) {
		if !hasFp8 || len(in) < 97 {
			return
		}
		fp8Init()
		p := fp.Modulus()
		p4 := new(big.Int).Lsh(p, 2)
		x := new(big.Int).Mod(new(big.Int).SetBytes(in[:48]), p4)
		y := new(big.Int).Mod(new(big.Int).SetBytes(in[48:96]), p4)
		l := int(in[96] % 8)
		var xv, yv, zm, za, zs fe8
		for k := range 8 {
			fe8Set(&xv, k, big.NewInt(int64(k)))
			fe8Set(&yv, k, big.NewInt(int64(3*k+1)))
		}
		fe8Set(&xv, l, x)
		fe8Set(&yv, l, y)
		mul8(&zm, &xv, &yv)
		add8(&za, &xv, &yv)
		sub8(&zs, &xv, &yv)
		rinv := new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), 416), p)
		wantM := new(big.Int).Mul(x, y)
		wantM.Mul(wantM, rinv).Mod(wantM, p)
		for _, c := range []struct {
			op        string
			got       *big.Int
			want, max *big.Int
		}{
			{"mul8", fe8Get(&zm, l), wantM, new(big.Int).Lsh(p, 1)},
			{"add8", fe8Get(&za, l), new(big.Int).Mod(new(big.Int).Add(x, y), p), p4},
			{"sub8", fe8Get(&zs, l), new(big.Int).Mod(new(big.Int).Sub(x, y), p), p4},
		} {
			if c.got == nil || c.got.Cmp(c.max) >= 0 || new(big.Int).Mod(c.got, p).Cmp(c.want) != 0 {
				t.Fatalf("%s of %x, %x in lane %d: got %v", c.op, x, y, l, c.got)
			}
		}
	})
}
