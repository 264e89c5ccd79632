package kzg

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

var (
	specOnce sync.Once
	specCtx  *Context
	specErr  error
)

// specContext is a Context with WithSpecChallenge (EIP-7594's Fiat-Shamir
// weights), built once per test binary.
func specContext(t testing.TB) *Context {
	t.Helper()
	specOnce.Do(func() { specCtx, specErr = New(WithSpecChallenge()) })
	if specErr != nil {
		t.Fatal(specErr)
	}
	return specCtx
}

// bothModes runs f with the default Context (random 128-bit weights) and
// with one using the specification's challenge.
func bothModes(t *testing.T, f func(t *testing.T, c *Context)) {
	t.Run("random", func(t *testing.T) { f(t, testContext(t)) })
	t.Run("spec", func(t *testing.T) { f(t, specContext(t)) })
}

// TestCoefficients checks both weightings: with WithSpecChallenge the
// powers of EIP-7594's challenge, starting at 1; by default values below
// 2^128 that differ on every call for the same batch.
func TestCoefficients(t *testing.T) {
	rows := testRows(t)
	items := mixedItems(rows, rand.New(rand.NewPCG(41, 42)), 30)
	prep := func(c *Context) (*verifier, []int, []int, []int) {
		v := &verifier{c: c, comIdx: make(map[Commitment]int)}
		sel := make([]int, len(items))
		for i := range items {
			if err := v.prepare(&items[i]); err != nil {
				t.Fatal(err)
			}
			sel[i] = i
		}
		local := map[int]int{}
		var comOrder []int
		comOf := make([]int, len(sel))
		for k, i := range sel {
			ci := v.items[i].com
			li, ok := local[ci]
			if !ok {
				li = len(comOrder)
				local[ci] = li
				comOrder = append(comOrder, ci)
			}
			comOf[k] = li
		}
		return v, sel, comOrder, comOf
	}

	v, sel, comOrder, comOf := prep(specContext(t))
	r := v.challenge(sel, comOrder, comOf)
	got := v.coefficients(sel, comOrder, comOf)
	want := fr.One()
	for k := range got {
		if !got[k].Equal(&want) {
			t.Fatalf("spec weight %d is not r^%d", k, k)
		}
		want.Mul(&want, &r)
	}

	v, sel, comOrder, comOf = prep(testContext(t))
	limit := new(big.Int).Lsh(big.NewInt(1), 128)
	seen := map[fr.Element]bool{}
	for range 50 {
		for _, w := range v.coefficients(sel, comOrder, comOf) {
			if w.BigInt(new(big.Int)).Cmp(limit) >= 0 {
				t.Fatalf("random weight %s is not below 2^128", w.String())
			}
			if seen[w] {
				t.Fatalf("random weight %s drawn twice", w.String())
			}
			seen[w] = true
		}
	}
}

// TestVerifyCellsOneBadAmong30 is a light client's round with one hostile
// item among 30, over many trials in both weightings: a changed cell
// value, another index's proof, the proof plus the generator, a shifted
// index, the other row's commitment, a negated proof. VerifyCells must
// name exactly that item every time (random weights are drawn afresh on
// every trial and every check of the bisection).
func TestVerifyCellsOneBadAmong30(t *testing.T) {
	trials := 300
	if testing.Short() {
		trials = 60
	}
	rows := testRows(t)
	_, _, g1, _ := bls12381.Generators()
	bothModes(t, func(t *testing.T, c *Context) {
		r := rand.New(rand.NewPCG(43, 44))
		for trial := range trials {
			items := mixedItems(rows, r, 30)
			bad := r.IntN(len(items))
			it := &items[bad]
			kind := trial % 6
			switch kind {
			case 0: // one field element of the cell changed
				cell := *it.Cell
				var one fr.Element
				one.SetOne()
				j := r.IntN(cellLen)
				cell[j].Add(&cell[j], &one)
				it.Cell = &cell
			case 1: // the proof of another cell of the same row
				for _, pr := range rows {
					if pr.com == it.Commitment {
						it.Proof = pr.proofs[(it.Index+1+r.IntN(cellsPerRow-1))%cellsPerRow]
					}
				}
			case 2: // proof + G, still in G1
				p, err := it.Proof.Point()
				if err != nil {
					t.Fatal(err)
				}
				p.Add(&p, &g1)
				it.Proof = ProofFromPoint(&p)
			case 3: // cell and proof claimed at another index
				it.Index = (it.Index + 1 + r.IntN(cellsPerRow-1)) % cellsPerRow
			case 4: // the other row's commitment
				if it.Commitment == rows[0].com {
					it.Commitment = rows[1].com
				} else {
					it.Commitment = rows[0].com
				}
			case 5: // negated proof
				p, err := it.Proof.Point()
				if err != nil {
					t.Fatal(err)
				}
				p.Neg(&p)
				it.Proof = ProofFromPoint(&p)
			}
			err := c.VerifyCells(items)
			var ice *InvalidCellError
			if !errors.As(err, &ice) || !slices.Equal(ice.Items, []int{bad}) || !errors.Is(err, ErrVerify) {
				t.Fatalf("trial %d (kind %d, item %d): got %v", trial, kind, bad, err)
			}
		}
	})
}

// groupedItems returns n items with cell index idx drawn from both rows
// (repeats included), followed by extra items at other indices: the
// grouped path of check (at least groupMin cells of one index).
func groupedItems(rows [2]provenRow, r *rand.Rand, idx, n, extra int) []CellItem {
	var items []CellItem
	for i := range n {
		pr := &rows[i%2]
		items = append(items, CellItem{Commitment: pr.com, Index: idx, Cell: &pr.cells[idx], Proof: pr.proofs[idx]})
	}
	for _, it := range mixedItems(rows, r, extra) {
		if it.Index == idx {
			continue
		}
		items = append(items, it)
	}
	return items
}

// TestVerifyCellsGrouped runs the grouped path (one cell index with at
// least groupMin cells, below and above the Straus threshold, and two
// grouped indices) in both weightings: valid batches pass; a changed
// cell, the other row's proof, and two proofs of the group whose errors
// cancel in a plain sum (pi_a + G, pi_b - G) are named.
func TestVerifyCellsGrouped(t *testing.T) {
	rows := testRows(t)
	_, _, g1, _ := bls12381.Generators()
	shift := func(p Proof, neg bool) Proof {
		q, err := p.Point()
		if err != nil {
			t.Fatal(err)
		}
		g := g1
		if neg {
			g.Neg(&g)
		}
		q.Add(&q, &g)
		return ProofFromPoint(&q)
	}
	bothModes(t, func(t *testing.T, c *Context) {
		r := rand.New(rand.NewPCG(45, 46))
		for _, n := range []int{groupMin, 40, 100} {
			for _, extra := range []int{0, 10} {
				name := fmt.Sprintf("n=%d extra=%d", n, extra)
				items := groupedItems(rows, r, 17, n, extra)
				if n == 100 { // a second group
					items = append(items, groupedItems(rows, r, 90, groupMin+3, 0)...)
				}
				if err := c.VerifyCells(items); err != nil {
					t.Fatalf("%s: valid batch: %v", name, err)
				}
				its := slices.Clone(items)
				cell := *its[3].Cell
				cell[0].SetUint64(7)
				its[3].Cell = &cell
				wantNamed(t, c, name+" changed cell", its, []int{3})

				its = slices.Clone(items)
				its[4].Proof = rows[1].proofs[17] // item 4 is from row 0
				wantNamed(t, c, name+" other row's proof", its, []int{4})

				its = slices.Clone(items)
				its[0].Proof = shift(its[0].Proof, false)
				its[2].Proof = shift(its[2].Proof, true) // items 0 and 2: same row, same index
				wantNamed(t, c, name+" cancelling proofs", its, []int{0, 2})
			}
		}
	})
}

func wantNamed(t *testing.T, c *Context, name string, items []CellItem, bad []int) {
	t.Helper()
	err := c.VerifyCells(items)
	var ice *InvalidCellError
	if !errors.As(err, &ice) || !slices.Equal(ice.Items, bad) || !errors.Is(err, ErrVerify) {
		t.Fatalf("%s: got %v, want items %v failing", name, err, bad)
	}
}

// TestMsmVarShortScalars compares msmVar with gnark's MultiExp when some
// or all scalars are below 2^128 (taken without the GLV split): random
// 128-bit ones, 2^128 - 1, 2^128, 2^140 - 1, 2^140 (split), zero, and a mix with full ones.
func TestMsmVarShortScalars(t *testing.T) {
	r := rand.New(rand.NewPCG(47, 48))
	_, _, g1, _ := bls12381.Generators()
	short := func() fr.Element {
		var b [16]byte
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		var s fr.Element
		s.SetBytes(b[:])
		return s
	}
	pow2 := func(e uint, minus int64) fr.Element {
		var s fr.Element
		s.SetBigInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), e), big.NewInt(minus)))
		return s
	}
	edges := []fr.Element{pow2(128, 1), pow2(128, 0), pow2(msmVarNoSplit, 1), pow2(msmVarNoSplit, 0), {}}
	for _, n := range []int{1, 70, 300} {
		for _, mix := range []string{"short", "mixed", "edges"} {
			pts := make([]bls12381.G1Affine, n)
			sc := make([]fr.Element, n)
			for i := range pts {
				s := randElement(r)
				pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
				switch {
				case mix == "short" || (mix == "mixed" && i%2 == 0):
					sc[i] = short()
				case mix == "mixed":
					sc[i] = randElement(r)
				default:
					if i%6 == 5 {
						sc[i] = short()
					} else {
						sc[i] = edges[i%6]
					}
				}
			}
			var want bls12381.G1Jac
			if _, err := want.MultiExp(pts, sc, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
				t.Fatal(err)
			}
			for _, w := range []int{1, 2} {
				if got := msmVar(pts, slices.Clone(sc), w); !got.Equal(&want) {
					t.Fatalf("n=%d %s workers=%d: differs from MultiExp", n, mix, w)
				}
			}
		}
	}
}
