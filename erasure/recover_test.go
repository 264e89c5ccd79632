package erasure

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

func TestVanishing(t *testing.T) {
	rng := newRand(t)
	for _, m := range []int{0, 1, 2, directVanishingMax, directVanishingMax + 1, 300} {
		roots := randElements(rng, m)
		z := vanishing(roots)
		if len(z) != m+1 {
			t.Fatalf("%d roots: %d coefficients", m, len(z))
		}
		if !z[m].IsOne() {
			t.Fatalf("%d roots: not monic", m)
		}
		for i := range roots {
			if v := evalPoly(z, roots[i]); !v.IsZero() {
				t.Fatalf("%d roots: Z(root %d) != 0", m, i)
			}
		}
		x := randElement(rng)
		want := fr.One()
		for i := range roots {
			var d fr.Element
			d.Sub(&x, &roots[i])
			want.Mul(&want, &d)
		}
		if got := evalPoly(z, x); !got.Equal(&want) {
			t.Fatalf("%d roots: Z(x) differs from the product of (x - root)", m)
		}
	}
}

func TestRecover(t *testing.T) {
	rng := newRand(t)
	tests := []struct {
		name    string
		n       int // data length; the codeword has 2n positions
		missing int
	}{
		{"n=1, one missing", 1, 1},
		{"n=2, half missing", 2, 2},
		{"n=16, none missing", 16, 0},
		{"n=16, one missing", 16, 1},
		{"n=16, half missing", 16, 16},
		{"n=128, half missing (product tree)", 128, 128},
		{"n=128, 100 missing", 128, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := Extend(randElements(rng, tt.n))
			if err != nil {
				t.Fatal(err)
			}
			got := append([]fr.Element(nil), want...)
			missing := rng.Perm(2 * tt.n)[:tt.missing]
			for _, i := range missing {
				got[i] = randElement(rng) // garbage must be ignored
			}
			if err := Recover(got, missing); err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if !got[i].Equal(&want[i]) {
					t.Fatalf("position %d recovered wrongly", i)
				}
			}
		})
	}
}

func TestRecoverErrors(t *testing.T) {
	rng := newRand(t)
	codeword, err := Extend(randElements(rng, 8))
	if err != nil {
		t.Fatal(err)
	}
	corrupt := append([]fr.Element(nil), codeword...)
	corrupt[3].Add(&corrupt[3], &corrupt[5])
	tests := []struct {
		name     string
		codeword []fr.Element
		missing  []int
		wantErr  error
	}{
		{"empty", nil, nil, ErrShape},
		{"length 1", make([]fr.Element, 1), nil, ErrShape},
		{"length 12", make([]fr.Element, 12), nil, ErrShape},
		{"index out of range", codeword, []int{16}, ErrShape},
		{"negative index", codeword, []int{-1}, ErrShape},
		{"more than half missing", codeword, []int{0, 1, 2, 3, 4, 5, 6, 7, 8}, ErrUnrecoverable},
		{"duplicates count once", codeword, []int{1, 1, 1, 1, 1, 1, 1, 1, 1}, nil},
		{"corrupt present value", corrupt, []int{0}, ErrInconsistent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf := append([]fr.Element(nil), tt.codeword...)
			if err := Recover(buf, tt.missing); !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// rowCells returns a random extended row as cells.
func rowCells(t *testing.T, rng *rand.Rand) []Cell {
	t.Helper()
	ext, err := Extend(randElements(rng, ElementsPerRow))
	if err != nil {
		t.Fatal(err)
	}
	cells := make([]Cell, CellsPerRow)
	for c := range cells {
		copy(cells[c][:], ext[c*ElementsPerCell:])
	}
	return cells
}

func TestRecoverRow(t *testing.T) {
	rng := newRand(t)
	row := rowCells(t, rng)
	patterns := map[string]func() []int{
		"random half":         func() []int { return rng.Perm(CellsPerRow)[:CellsPerRow/2] },
		"all parity missing":  func() []int { return seq(DataCellsPerRow, CellsPerRow) },
		"all data missing":    func() []int { return seq(0, DataCellsPerRow) },
		"one cell missing":    func() []int { return []int{77} },
		"random 40 missing":   func() []int { return rng.Perm(CellsPerRow)[:40] },
		"odd cells missing":   func() []int { return stepSeq(1, CellsPerRow, 2) },
		"nothing missing":     func() []int { return nil },
		"first and last half": func() []int { return append(seq(0, 32), seq(96, 128)...) },
	}
	for name, pick := range patterns {
		t.Run(name, func(t *testing.T) {
			ptrs := make([]*Cell, CellsPerRow)
			for c := range ptrs {
				cell := row[c]
				ptrs[c] = &cell
			}
			for _, c := range pick() {
				ptrs[c] = nil
			}
			if err := RecoverRow(ptrs); err != nil {
				t.Fatal(err)
			}
			for c := range row {
				if ptrs[c] == nil || *ptrs[c] != row[c] {
					t.Fatalf("cell %d recovered wrongly", c)
				}
			}
		})
	}
}

// The row pattern's Z, built from (x^64 - h^64) factors, must agree with
// the general position pattern over the same 64-element cosets.
func TestRowPatternMatchesPositionPattern(t *testing.T) {
	rng := newRand(t)
	missingCells := make([]bool, CellsPerRow)
	for _, c := range rng.Perm(CellsPerRow)[:9] {
		missingCells[c] = true
	}
	missingPos := make([]bool, ExtendedRowElements)
	for i := range missingPos {
		missingPos[i] = missingCells[i/ElementsPerCell]
	}
	// Keep the general product small: 9 cells = 576 roots.
	rp := rowPattern(missingCells)
	pp := positionPattern(13, missingPos)
	for i := range ExtendedRowElements {
		g := i / ElementsPerCell
		if !rp.zEval[g].Equal(&pp.zEval[i]) || !rp.zCosetInv[g].Equal(&pp.zCosetInv[i]) {
			t.Fatalf("position %d: row pattern and position pattern differ", i)
		}
	}
}

func TestRecoverRowErrors(t *testing.T) {
	rng := newRand(t)
	row := rowCells(t, rng)
	full := func() []*Cell {
		ptrs := make([]*Cell, CellsPerRow)
		for c := range ptrs {
			cell := row[c]
			ptrs[c] = &cell
		}
		return ptrs
	}
	tooFew := full()
	for _, c := range rng.Perm(CellsPerRow)[:DataCellsPerRow+1] {
		tooFew[c] = nil
	}
	corrupt := full()
	corrupt[5] = nil
	corrupt[9][0].Add(&corrupt[9][0], &corrupt[9][1])
	tests := []struct {
		name    string
		row     []*Cell
		wantErr error
	}{
		{"short row", full()[:127], ErrShape},
		{"65 missing", tooFew, ErrUnrecoverable},
		{"corrupt cell", corrupt, ErrInconsistent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := append([]*Cell(nil), tt.row...)
			if err := RecoverRow(tt.row); !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			for i := range before {
				if before[i] != tt.row[i] {
					t.Fatalf("a failed recovery changed cell %d", i)
				}
			}
		})
	}
}

func TestRecoverColumn(t *testing.T) {
	rng := newRand(t)
	for _, k := range []int{1, 2, 4, 32} {
		t.Run(itoa(k), func(t *testing.T) {
			cells := make([]Cell, 2*k)
			col := make([]*Cell, 2*k)
			for i := range col {
				col[i] = &cells[i]
			}
			for i := range k {
				copy(cells[i][:], randElements(rng, ElementsPerCell))
			}
			if err := ExtendColumn(col); err != nil {
				t.Fatal(err)
			}
			for _, missing := range []int{1, k / 2, k} {
				ptrs := make([]*Cell, 2*k)
				for i := range ptrs {
					c := cells[i]
					ptrs[i] = &c
				}
				for _, i := range rng.Perm(2 * k)[:missing] {
					ptrs[i] = nil
				}
				if err := RecoverColumn(ptrs); err != nil {
					t.Fatal(err)
				}
				for i := range cells {
					if *ptrs[i] != cells[i] {
						t.Fatalf("k=%d, %d missing: cell %d recovered wrongly", k, missing, i)
					}
				}
			}
			// One more than half missing.
			ptrs := make([]*Cell, 2*k)
			for i := range ptrs {
				ptrs[i] = &cells[i]
			}
			for _, i := range rng.Perm(2 * k)[:k+1] {
				ptrs[i] = nil
			}
			if err := RecoverColumn(ptrs); !errors.Is(err, ErrUnrecoverable) {
				t.Fatalf("k+1 missing: err = %v, want ErrUnrecoverable", err)
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		c := new(Cell)
		for _, col := range [][]*Cell{nil, {c}, {c, c, c}} {
			if err := RecoverColumn(col); !errors.Is(err, ErrShape) {
				t.Errorf("RecoverColumn(%d cells) = %v, want ErrShape", len(col), err)
			}
		}
		// Four random cells are a codeword of a degree-3 polynomial only by
		// chance: with one missing the other three must be checked.
		cells := make([]Cell, 4)
		for i := range cells {
			copy(cells[i][:], randElements(rng, ElementsPerCell))
		}
		col := []*Cell{&cells[0], nil, &cells[2], &cells[3]}
		if err := RecoverColumn(col); !errors.Is(err, ErrInconsistent) {
			t.Errorf("random cells: err = %v, want ErrInconsistent", err)
		}
	})
}

func seq(lo, hi int) []int { return stepSeq(lo, hi, 1) }

func stepSeq(lo, hi, step int) []int {
	var out []int
	for i := lo; i < hi; i += step {
		out = append(out, i)
	}
	return out
}
