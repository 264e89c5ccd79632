package erasure

import (
	"errors"
	"slices"
	"testing"
)

func TestRecoverSquare(t *testing.T) {
	rng := newRand(t)
	for _, k := range []int{1, 2, 4} {
		sq := randomSquare(t, rng, k)
		rows := 2 * k
		colsKept := rng.Perm(CellsPerRow)[:DataCellsPerRow]
		rowsKept := rng.Perm(rows)[:k]
		tests := []struct {
			name string
			keep func(r, c int) bool
		}{
			{"nothing missing", func(r, c int) bool { return true }},
			{"random 50% of the columns", func(r, c int) bool { return slices.Contains(colsKept, c) }},
			{"random 50% of the rows", func(r, c int) bool { return slices.Contains(rowsKept, r) }},
			{"data quadrant only (25%)", func(r, c int) bool { return r < k && c < DataCellsPerRow }},
			{"parity quadrant only (25%)", func(r, c int) bool { return r >= k && c >= DataCellsPerRow }},
			{"random 75%", func(r, c int) bool { return rng.IntN(4) != 0 }},
			{"half of each row, shifting", func(r, c int) bool { return (c+r*17)%CellsPerRow < DataCellsPerRow }},
			{"checkerboard: half of every row and column", func(r, c int) bool { return (r+c)%2 == 0 }},
			// The bottom rows decode first; the top rows then only by columns.
			{"rows then columns", func(r, c int) bool { return !(r < k && c < 100) && !(r >= k && c >= 100) }},
			// No row decodes (each misses 100 or 65 cells) until the columns
			// outside 63..99 are decoded; columns 63..99 only then by rows.
			{"columns then rows", func(r, c int) bool { return !(r < k && c < 100) && !(r >= k && c >= 63) }},
		}
		for _, tt := range tests {
			t.Run(itoa(k)+"/"+tt.name, func(t *testing.T) {
				got := pointers(sq, tt.keep)
				if err := RecoverSquare(got); err != nil {
					t.Fatal(err)
				}
				equalSquare(t, got, sq)
			})
		}
	}
}

// Withholding k+1 rows x 65 columns leaves those rows with 65 missing cells
// and those columns with k+1 missing: neither can ever be decoded.
func TestRecoverSquareBelowThreshold(t *testing.T) {
	rng := newRand(t)
	for _, k := range []int{1, 2, 4} {
		t.Run(itoa(k), func(t *testing.T) {
			sq := randomSquare(t, rng, k)
			rows := rng.Perm(2 * k)[:k+1]
			cols := rng.Perm(CellsPerRow)[:DataCellsPerRow+1]
			got := pointers(sq, func(r, c int) bool {
				return !slices.Contains(rows, r) || !slices.Contains(cols, c)
			})
			err := RecoverSquare(got)
			var ue *UnrecoverableError
			if !errors.As(err, &ue) || !errors.Is(err, ErrUnrecoverable) {
				t.Fatalf("err = %v, want *UnrecoverableError", err)
			}
			slices.Sort(rows)
			slices.Sort(cols)
			if !slices.Equal(ue.Rows, rows) || !slices.Equal(ue.Cols, cols) {
				t.Fatalf("error names rows %v cols %v, want rows %v cols %v", ue.Rows, ue.Cols, rows, cols)
			}
			// Everything outside the withheld block is intact.
			for r := range got {
				for c := range got[r] {
					if got[r][c] != nil && *got[r][c] != sq[r][c] {
						t.Fatalf("cell (%d, %d) is wrong after a failed recovery", r, c)
					}
				}
			}
		})
	}
}

func TestRecoverSquareErrors(t *testing.T) {
	rng := newRand(t)
	sq := randomSquare(t, rng, 2)
	all := func(r, c int) bool { return true }

	corruptRow := pointers(sq, func(r, c int) bool { return c != 3 })
	corruptRow[1][10][0].SetOne()
	corruptCol := pointers(sq, func(r, c int) bool { return r != 0 })
	corruptCol[2][70][5].SetOne()

	tests := []struct {
		name    string
		square  [][]*Cell
		wantErr error
		want    *InconsistentError
	}{
		{"no rows", nil, ErrShape, nil},
		{"three rows", pointers(sq, all)[:3], ErrShape, nil},
		{"one row", pointers(sq, all)[:1], ErrShape, nil},
		{"short row", func() [][]*Cell { s := pointers(sq, all); s[2] = s[2][:100]; return s }(), ErrShape, nil},
		{"corrupt row", corruptRow, ErrInconsistent, &InconsistentError{Row: 1, Col: -1}},
		{"corrupt column", corruptCol, ErrInconsistent, &InconsistentError{Row: -1, Col: 70}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := RecoverSquare(tt.square)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.want != nil {
				var ie *InconsistentError
				if !errors.As(err, &ie) || *ie != *tt.want {
					t.Fatalf("err = %#v, want %#v", err, tt.want)
				}
			}
		})
	}
}

func TestUnrecoverableErrorMessage(t *testing.T) {
	err := &UnrecoverableError{Rows: []int{1, 2}, Cols: seq(0, 20)}
	want := "erasure: square not recoverable: 2 rows (1 2) and 20 columns (0 1 2 3 4 5 6 7 ...) remain incomplete"
	if err.Error() != want {
		t.Fatalf("got %q\nwant %q", err.Error(), want)
	}
}
