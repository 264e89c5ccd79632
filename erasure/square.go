package erasure

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// UnrecoverableError is returned by RecoverSquare when alternating row and
// column decoding stops making progress before the square is complete. It
// names the rows and columns still incomplete at that point (ascending);
// the square holds everything that could be recovered. errors.Is(err,
// ErrUnrecoverable) holds. More cells may make a retry succeed.
type UnrecoverableError struct {
	Rows, Cols []int
}

func (e *UnrecoverableError) Error() string {
	return fmt.Sprintf("erasure: square not recoverable: %d rows (%s) and %d columns (%s) remain incomplete",
		len(e.Rows), shortList(e.Rows), len(e.Cols), shortList(e.Cols))
}

// Is makes errors.Is(err, ErrUnrecoverable) hold.
func (e *UnrecoverableError) Is(target error) bool { return target == ErrUnrecoverable }

// InconsistentError is returned by RecoverSquare when the present cells of
// a row or a column do not lie on one polynomial (Row or Col is -1 for the
// other axis). errors.Is(err, ErrInconsistent) holds.
type InconsistentError struct {
	Row, Col int
}

func (e *InconsistentError) Error() string {
	if e.Col < 0 {
		return fmt.Sprintf("erasure: the cells of row %d are not a codeword", e.Row)
	}
	return fmt.Sprintf("erasure: the cells of column %d are not a codeword", e.Col)
}

// Is makes errors.Is(err, ErrInconsistent) hold.
func (e *InconsistentError) Is(target error) bool { return target == ErrInconsistent }

// RecoverSquare completes an extended square in place. cells has 2k rows
// (k a power of two) of CellsPerRow cells each, nil where missing; every
// missing cell that can be recovered is replaced by a newly allocated one.
// It alternates passes over the rows (each with at least half its cells
// present) and the columns (likewise) until the square is complete or a
// pass recovers nothing. Erasure patterns are precomputed once per distinct
// pattern, so a square missing the same columns in every row pays for one.
//
// It fails with ErrShape for a malformed square, *UnrecoverableError when it
// gets stuck, and *InconsistentError when a row or column it decodes is not
// a codeword (the present cells were corrupted). Present cells are never
// modified.
func RecoverSquare(cells [][]*Cell) error {
	rows := len(cells)
	logRows, ok := log2(rows)
	if !ok || logRows == 0 || logRows > maxLogDomain {
		return fmt.Errorf("%w: square of %d rows (want 2k, k a power of two)", ErrShape, rows)
	}
	for r, row := range cells {
		if len(row) != CellsPerRow {
			return fmt.Errorf("%w: row %d has %d cells, want %d", ErrShape, r, len(row), CellsPerRow)
		}
	}

	rowPatterns := map[string]*pattern{}
	colPatterns := map[string]*pattern{}
	var rowBuf []fr.Element
	var colScratch *columnScratch
	col := make([]*Cell, rows)
	for {
		progress := false
		for r, row := range cells {
			missing, count := missingMask(row)
			if count == 0 || count > CellsPerRow/2 {
				continue
			}
			key := maskKey(missing)
			p := rowPatterns[key]
			if p == nil {
				p = rowPattern(missing)
				rowPatterns[key] = p
			}
			if rowBuf == nil {
				rowBuf = make([]fr.Element, ExtendedRowElements)
			}
			if err := recoverRowWith(p, row, rowBuf, count); err != nil {
				return &InconsistentError{Row: r, Col: -1}
			}
			progress = true
		}
		for c := range CellsPerRow {
			for r := range cells {
				col[r] = cells[r][c]
			}
			missing, count := missingMask(col)
			if count == 0 || count > rows/2 {
				continue
			}
			key := maskKey(missing)
			p := colPatterns[key]
			if p == nil {
				p = positionPattern(logRows, missing)
				colPatterns[key] = p
			}
			if colScratch == nil {
				colScratch = newColumnScratch(rows)
			}
			if err := colScratch.recover(p, col, count); err != nil {
				return &InconsistentError{Row: -1, Col: c}
			}
			for r := range cells {
				cells[r][c] = col[r]
			}
			progress = true
		}
		badRows, badCols := incomplete(cells)
		if len(badRows) == 0 {
			return nil
		}
		if !progress {
			return &UnrecoverableError{Rows: badRows, Cols: badCols}
		}
	}
}

// incomplete lists the rows and the columns of cells with a nil cell.
func incomplete(cells [][]*Cell) (rows, cols []int) {
	colBad := make([]bool, CellsPerRow)
	for r, row := range cells {
		bad := false
		for c, cell := range row {
			if cell == nil {
				bad = true
				colBad[c] = true
			}
		}
		if bad {
			rows = append(rows, r)
		}
	}
	for c, bad := range colBad {
		if bad {
			cols = append(cols, c)
		}
	}
	return rows, cols
}

// maskKey packs a missing-mask into a map key.
func maskKey(mask []bool) string {
	b := make([]byte, (len(mask)+7)/8)
	for i, m := range mask {
		if m {
			b[i/8] |= 1 << (i % 8)
		}
	}
	return string(b)
}

// shortList formats up to 8 indices, then an ellipsis.
func shortList(xs []int) string {
	const show = 8
	var sb strings.Builder
	for i, x := range xs {
		if i == show {
			sb.WriteString(" ...")
			break
		}
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strconv.Itoa(x))
	}
	return sb.String()
}
