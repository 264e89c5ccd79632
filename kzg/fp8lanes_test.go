package kzg

import (
	"math/big"
	"math/rand/v2"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestExtendG1sLanes checks extendG1s on several columns (identity points
// among them) with the 8-lane path against the scalar path.
func TestExtendG1sLanes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	_, _, g1, _ := bls12381.Generators()
	for _, n := range []int{4, 8} {
		for _, ncols := range []int{1, 3, 8} {
			cols := make([][]bls12381.G1Affine, ncols)
			for i := range cols {
				cols[i] = make([]bls12381.G1Affine, n)
				for j := range cols[i] {
					if (i+j)%5 == 3 {
						continue
					}
					s := randElement(r)
					cols[i][j].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
				}
			}
			got, _ := extendG1s(cols)
			useFp8 = false
			want, _ := extendG1s(cols)
			useFp8 = hasFp8
			for i := range got {
				for j := range got[i] {
					if !got[i][j].Equal(&want[i][j]) {
						t.Errorf("n=%d ncols=%d col %d pos %d differ", n, ncols, i, j)
					}
				}
			}
		}
	}
}

// TestFK20sMatchesFK20 checks fk20s on 1, 2 and 4 rows, with and without
// the 8-lane path, against fk20 row by row (fk20s reuses its scalar
// buffer across rows).
func TestFK20sMatchesFK20(t *testing.T) {
	c := sqContext(t)
	r := rand.New(rand.NewPCG(2, 2))
	polys := make([][]fr.Element, 4)
	for i := range polys {
		polys[i] = make([]fr.Element, rowLen)
		for j := range polys[i] {
			polys[i][j] = randElement(r)
		}
	}
	for _, fp8 := range []bool{false, true} {
		for _, n := range []int{1, 2, 4} {
			useFp8 = fp8
			coms, proofs := c.fk20s(polys[:n])
			useFp8 = false
			for i := range n {
				com, pr := c.fk20(polys[i])
				if !com.Equal(&coms[i]) {
					t.Errorf("fp8=%v n=%d row %d commitment differs", fp8, n, i)
				}
				for j := range pr {
					if !pr[j].Equal(&proofs[i][j]) {
						bad := 0
						for k := range pr {
							if !pr[k].Equal(&proofs[i][k]) {
								bad++
							}
						}
						same := 0
						for k := range pr {
							if pr[k].Equal(&proofs[0][k]) {
								same++
							}
						}
						t.Errorf("fp8=%v n=%d row %d: %d proofs differ; %d equal row 0's", fp8, n, i, bad, same)
						break
					}
				}
			}
			useFp8 = hasFp8
		}
	}
}

// lockstepArrays returns three arrays of 128 random G1 points (the upper
// half the identity if upperZero) and a copy of them.
func lockstepArrays(r *rand.Rand, upperZero bool) (as, ref [][]bls12381.G1Jac) {
	_, _, g1, _ := bls12381.Generators()
	as, ref = make([][]bls12381.G1Jac, 3), make([][]bls12381.G1Jac, 3)
	for i := range as {
		as[i] = make([]bls12381.G1Jac, 128)
		for j := range as[i] {
			var a bls12381.G1Affine
			if !upperZero || j < 64 {
				s := randElement(r)
				a.ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
			}
			as[i][j].FromAffine(&a)
		}
		ref[i] = append([]bls12381.G1Jac(nil), as[i]...)
	}
	return as, ref
}

// TestG1FFTsLockstep checks g1DIFs and g1DITs on three arrays against
// g1DIF and g1DIT on each, with one and two workers.
func TestG1FFTsLockstep(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	tw := newG1Twiddles(128)
	for _, kind := range []string{"DIF", "DIF upper zero", "DIT"} {
		for _, w := range []int{1, 2} {
			uz := kind == "DIF upper zero"
			as, ref := lockstepArrays(r, uz)
			if kind == "DIT" {
				g1DITs(as, tw.inv, 1, w)
			} else {
				g1DIFs(as, tw.fwd, 1, uz, w)
			}
			for i := range ref {
				if kind == "DIT" {
					g1DIT(ref[i], tw.inv, 1, w)
				} else {
					g1DIF(ref[i], tw.fwd, 1, uz, w)
				}
				for j := range ref[i] {
					if !ref[i][j].Equal(&as[i][j]) {
						t.Errorf("%s, %d workers: array %d position %d differs", kind, w, i, j)
						break
					}
				}
			}
		}
	}
}

// TestLaneAdderSpecial checks the additions that equal x coordinates make
// the lanes refuse (a bucket plus its own point, plus its negation) are
// done apart, beside an ordinary one.
func TestLaneAdderSpecial(t *testing.T) {
	needFp8(t)
	_, _, g1, _ := bls12381.Generators()
	var p, q bls12381.G1Affine
	p.ScalarMultiplication(&g1, big.NewInt(5))
	q.ScalarMultiplication(&g1, big.NewInt(11))
	t8 := []point8{toPoint8(&p), toPoint8(&q)}
	a := newLaneAdder(3)
	a.bkt[0], a.bkt[1], a.bkt[2] = t8[0], t8[0], t8[1]
	a.full[0], a.full[1], a.full[2] = true, true, true
	bs := []int32{0, 1, 2}
	prs := []int32{0 << 1, 0<<1 | 1, 0 << 1} // +P, -P, +P
	if a.round(bs, prs, t8) {
		t.Fatal("the lanes took an addition of equal x coordinates")
	}
	a.roundApart(bs, prs, t8)
	got := make([]bls12381.G1Affine, 3)
	fromPoint8s(got, a.bkt)
	var want0, want2 bls12381.G1Affine
	want0.ScalarMultiplication(&g1, big.NewInt(10))
	want2.ScalarMultiplication(&g1, big.NewInt(16))
	if !a.full[0] || !got[0].Equal(&want0) {
		t.Error("P + P is not 2P")
	}
	if a.full[1] {
		t.Error("P - P left the bucket full")
	}
	if !a.full[2] || !got[2].Equal(&want2) {
		t.Error("Q + P is wrong")
	}
}

// TestFK20Fill8Conflicts runs fk20Fill8 against fk20Fill on scalars that
// send many additions into one bucket at once (the same scalar for every
// v, so that all 64 points of a window meet in one bucket, and zeros),
// where most additions must wait for a later batch.
func TestFK20Fill8Conflicts(t *testing.T) {
	needFp8(t)
	c := sqContext(t)
	tabs := c.fk20Tables()
	r := rand.New(rand.NewPCG(87, 88))
	scal := make([]fr.Element, numBlocks*fk20Size)
	for k := range fk20Size {
		s := randElement(r)
		for v := range numBlocks {
			if k%5 != 3 {
				scal[v*fk20Size+k] = s
			}
		}
	}
	for _, k0 := range []int{0, fk20Size - fk20Chunk} {
		lanes := fk20Fill8(tabs, scal, k0, k0+fk20Chunk)
		got := make([]bls12381.G1Affine, len(lanes.bkt))
		fromPoint8s(got, lanes.bkt)
		want := fk20Fill(tabs, scal, k0, k0+fk20Chunk)
		for b := range want.full {
			if lanes.full[b] != want.full[b] || (want.full[b] && !got[b].Equal(&want.pts[b])) {
				t.Fatalf("chunk at %d, bucket %d differs", k0, b)
			}
		}
	}
}

// TestTwiddlesVecSafe checks that every general scalar of the G1 FFTs and
// of ExtendG1's plans, for every size up to MaxExtension, may take the
// lanes (vecSafe): none falls back to the scalar path.
func TestTwiddlesVecSafe(t *testing.T) {
	check := func(what string, fs []fixedScalar) {
		t.Helper()
		for i := range fs {
			if !fs[i].one && !fs[i].seed && !fs[i].vec {
				t.Errorf("%s[%d] is not vecSafe", what, i)
			}
		}
	}
	for n := 2; n <= MaxExtension; n *= 2 {
		p := planFor(n)
		check("fwd", p.tw.fwd)
		check("inv", p.tw.inv)
		check("coset", p.coset)
		check("even", p.even)
		check("odd", p.odd)
	}
}

// TestFK20MSMs8 checks the lanes' fill and bucket reduction against the
// scalar path on random scalars, zeros and repeated scalars, over the
// whole range and over a half (as two workers split it).
func TestFK20MSMs8(t *testing.T) {
	needFp8(t)
	c := sqContext(t)
	tabs := c.fk20Tables()
	r := rand.New(rand.NewPCG(91, 92))
	scal := make([]fr.Element, numBlocks*fk20Size)
	for i := range scal {
		switch {
		case i%11 == 4:
		case i%13 == 5:
			scal[i] = scal[i-1]
		default:
			scal[i] = randElement(r)
		}
	}
	for _, rg := range [][2]int{{0, fk20Size}, {fk20Size / 2, fk20Size}} {
		got := make([]bls12381.G1Jac, fk20Size)
		want := make([]bls12381.G1Jac, fk20Size)
		fk20MSMs8(tabs, scal, got, rg[0], rg[1])
		useFp8 = false
		c.fk20MSMs(tabs, scal, want, rg[0], rg[1])
		useFp8 = hasFp8
		for k := rg[0]; k < rg[1]; k++ {
			if !got[k].Equal(&want[k]) {
				t.Fatalf("range %v: U_%d differs", rg, k)
			}
		}
	}
}
