package kzg

import (
	"errors"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

func TestRecoverCellsAndProofs(t *testing.T) {
	c := testContext(t)
	pr := testRows(t)[1]
	r := testRand(t)
	pick := func(idx []int) []erasure.Cell {
		out := make([]erasure.Cell, len(idx))
		for i, k := range idx {
			out[i] = pr.cells[k]
		}
		return out
	}
	subsets := map[string][]int{
		"random half": r.Perm(cellsPerRow)[:cellsPerRow/2],
		"random 100":  r.Perm(cellsPerRow)[:100],
		"parity only": seq(cellsPerRow/2, cellsPerRow),
		"data only":   seq(0, cellsPerRow/2),
		"all":         seq(0, cellsPerRow),
		"random 65":   r.Perm(cellsPerRow)[:65],
		"odd indexes": func() []int {
			s := []int{}
			for i := 1; i < cellsPerRow; i += 2 {
				s = append(s, i)
			}
			return s
		}(),
	}
	for name, idx := range subsets {
		t.Run(name, func(t *testing.T) {
			slices.Sort(idx)
			cells, proofs, err := c.RecoverCellsAndProofs(idx, pick(idx))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(cells, pr.cells) {
				t.Fatal("recovered cells differ")
			}
			if !slices.Equal(proofs, pr.proofs) {
				t.Fatal("recovered proofs differ")
			}
		})
	}
}

func TestRecoverRejects(t *testing.T) {
	c := testContext(t)
	pr := testRows(t)[1]
	r := testRand(t)
	half := seq(0, cellsPerRow/2)
	cellsOf := func(idx []int) []erasure.Cell {
		out := make([]erasure.Cell, len(idx))
		for i, k := range idx {
			if k >= 0 && k < cellsPerRow {
				out[i] = pr.cells[k]
			}
		}
		return out
	}
	tampered := r.Perm(cellsPerRow)[:80]
	slices.Sort(tampered)
	tamperedCells := cellsOf(tampered)
	one := fr.One()
	x := &tamperedCells[r.IntN(len(tampered))][r.IntN(cellLen)]
	x.Add(x, &one)
	cases := []struct {
		name  string
		idx   []int
		cells []erasure.Cell
		want  error
	}{
		{"too few", half[:63], cellsOf(half[:63]), ErrRecover},
		{"too many", append(seq(0, cellsPerRow), 0), make([]erasure.Cell, cellsPerRow+1), ErrRecover},
		{"length mismatch", half, cellsOf(half)[:63], ErrRecover},
		{"duplicate", append([]int{1}, half[1:]...), cellsOf(half), ErrRecover},
		{"unsorted", append([]int{1, 0}, half[2:]...), cellsOf(append([]int{1, 0}, half[2:]...)), ErrRecover},
		{"out of range", append(half[:63:63], cellsPerRow), cellsOf(append(half[:63:63], 0)), ErrCellIndex},
		{"negative", append([]int{-1}, half[1:]...), cellsOf(half), ErrCellIndex},
		{"inconsistent cells", tampered, tamperedCells, ErrRecover},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := c.RecoverCellsAndProofs(tc.idx, tc.cells)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func seq(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
}
