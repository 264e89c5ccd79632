package erasure

import (
	"flag"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

var seedFlag = flag.Uint64("seed", 0, "random seed for the erasure tests (0: time-based)")

// newRand returns a seeded generator and logs the seed so a failure can be
// replayed with -seed.
func newRand(t testing.TB) *rand.Rand {
	t.Helper()
	seed := *seedFlag
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (rerun with -seed %d)", seed, seed)
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

func randElement(rng *rand.Rand) fr.Element {
	var b [32]byte
	for i := range 4 {
		v := rng.Uint64()
		for j := range 8 {
			b[i*8+j] = byte(v >> (8 * j))
		}
	}
	var e fr.Element
	e.SetBytes(b[:]) // reduces mod r
	return e
}

func randElements(rng *rand.Rand, n int) []fr.Element {
	out := make([]fr.Element, n)
	for i := range out {
		out[i] = randElement(rng)
	}
	return out
}

// eip4844Root returns 7^((r-1)/2^logN), computed with math/big from the
// definition in EIP-4844, independent of gnark's constant.
func eip4844Root(logN int) fr.Element {
	r := fr.Modulus()
	e := new(big.Int).Sub(r, big.NewInt(1))
	e.Rsh(e, uint(logN))
	x := new(big.Int).Exp(big.NewInt(7), e, r)
	var out fr.Element
	out.SetBigInt(x)
	return out
}

// brpRef reverses the low logN bits of i one bit at a time.
func brpRef(i, logN int) int {
	out := 0
	for b := 0; b < logN; b++ {
		out = out<<1 | (i>>b)&1
	}
	return out
}

// evalPoly evaluates coefficients (lowest first) at x with Horner's rule.
func evalPoly(coeffs []fr.Element, x fr.Element) fr.Element {
	var acc fr.Element
	for i := len(coeffs) - 1; i >= 0; i-- {
		acc.Mul(&acc, &x)
		acc.Add(&acc, &coeffs[i])
	}
	return acc
}

// randomSquare returns a consistent extended square with k data rows built
// by Extend on rows and on columns, as cells.
func randomSquare(t testing.TB, rng *rand.Rand, k int) [][]Cell {
	t.Helper()
	sq := make([][]Cell, 2*k)
	for r := range sq {
		sq[r] = make([]Cell, CellsPerRow)
	}
	for r := range k {
		ext, err := Extend(randElements(rng, ElementsPerRow))
		if err != nil {
			t.Fatal(err)
		}
		for c := range CellsPerRow {
			copy(sq[r][c][:], ext[c*ElementsPerCell:])
		}
	}
	col := make([]*Cell, 2*k)
	for c := range CellsPerRow {
		for r := range col {
			col[r] = &sq[r][c]
		}
		if err := ExtendColumn(col); err != nil {
			t.Fatal(err)
		}
	}
	return sq
}

// pointers returns the square as a grid of cell pointers to copies, keeping
// the cells for which keep returns true and leaving nil elsewhere.
func pointers(sq [][]Cell, keep func(r, c int) bool) [][]*Cell {
	out := make([][]*Cell, len(sq))
	for r := range sq {
		out[r] = make([]*Cell, CellsPerRow)
		for c := range sq[r] {
			if keep(r, c) {
				cell := sq[r][c]
				out[r][c] = &cell
			}
		}
	}
	return out
}

// equalSquare reports the first cell of got that differs from want.
func equalSquare(t *testing.T, got [][]*Cell, want [][]Cell) {
	t.Helper()
	for r := range want {
		for c := range want[r] {
			if got[r][c] == nil {
				t.Fatalf("cell (%d, %d) still missing", r, c)
			}
			if *got[r][c] != want[r][c] {
				t.Fatalf("cell (%d, %d) recovered wrongly", r, c)
			}
		}
	}
}
