package kzg

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// ErrRowMismatch is returned (as *RowMismatchError) by RecoverBlob when
// recovered data rows do not match their commitments: some of the cells it
// was given are not the committed ones (or the commitments are not those of
// this blob). Retrying with cells verified against the commitments (for
// example with VerifyCells) helps; retrying with the same cells does not.
var ErrRowMismatch = errors.New("kzg: recovered rows do not match their commitments")

// RowMismatchError names the data rows whose recovered content does not
// have the given commitment. errors.Is(err, ErrRowMismatch) holds.
type RowMismatchError struct {
	Rows []int
}

func (e *RowMismatchError) Error() string {
	return fmt.Sprintf("kzg: recovered data rows %v do not match their commitments", e.Rows)
}

// Is makes errors.Is(err, ErrRowMismatch) hold.
func (e *RowMismatchError) Is(target error) bool { return target == ErrRowMismatch }

// RecoverBlob returns the size bytes of a blob with k data rows from any
// sufficient subset of its extended square. cells has 2k rows of
// erasure.CellsPerRow cells, nil where missing; it is not modified (the
// recovered cells go into a copy of the grid). commitments are the 2k row
// commitments (the data rows' are the ones checked).
//
// Known-zero rows (KnownZero: the data rows past the payload) need no
// cells: they are filled with zeros, whatever cells are given for them, so
// a column is decoded from any k - z of its 2k - z other cells when z of
// its rows are known-zero.
//
// Data rows with at least half their cells are decoded directly, in
// parallel; if any data row lacks them, the whole square is decoded by
// alternating rows and columns (erasure.RecoverSquare). The recovered data
// rows are then checked against their commitments with one randomized
// batch check (a random linear combination of the rows, committed once,
// against the same combination of the commitments; the coefficients are
// derived by hashing the commitments and the rows, so a wrong row passes
// with probability about 2^-255), and unpacked with erasure.Unpack.
//
// The cells need not have been verified: a wrong cell either makes a row
// inconsistent or produces a row that fails the commitment check. Errors
// wrap ErrSquare (bad parameters), erasure.ErrUnrecoverable (too few cells;
// more may help), erasure.ErrInconsistent (present cells of one row or
// column contradict each other), ErrInvalidCommitment, ErrRowMismatch
// (*RowMismatchError) or erasure.ErrNotPacked (rows that match their
// commitments but are not a packed blob of that size).
func (c *Context) RecoverBlob(k, size int, commitments []Commitment, cells [][]*erasure.Cell, opts ...SquareOption) ([]byte, error) {
	cfg := newSquareConfig(opts)
	if err := checkSquareParams(k, size, cfg.maxRows); err != nil {
		return nil, err
	}
	rows := 2 * k
	if len(commitments) != rows {
		return nil, fmt.Errorf("%w: %d commitments for %d rows", ErrSquare, len(commitments), rows)
	}
	if len(cells) != rows {
		return nil, fmt.Errorf("%w: %d rows of cells, want %d", ErrSquare, len(cells), rows)
	}
	grid := make([][]*erasure.Cell, rows)
	for r := range cells {
		if len(cells[r]) != cellsPerRow {
			return nil, fmt.Errorf("%w: row %d has %d cells, want %d", ErrSquare, r, len(cells[r]), cellsPerRow)
		}
		grid[r] = append([]*erasure.Cell(nil), cells[r]...)
	}
	var zero erasure.Cell // shared, never written: recovery only reads present cells
	for r := erasure.PayloadRows(size); r < k; r++ {
		for j := range grid[r] {
			grid[r][j] = &zero
		}
	}

	// Data rows that can be decoded on their own, in parallel.
	errs := make([]error, cfg.workers)
	parallelFor(k, cfg.workers, func(w, lo, hi int) {
		for r := lo; r < hi && errs[w] == nil; r++ {
			if missing := countNil(grid[r]); missing > 0 && missing <= cellsPerRow/2 {
				if err := erasure.RecoverRow(grid[r]); err != nil {
					errs[w] = fmt.Errorf("kzg: data row %d: %w", r, err)
				}
			}
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	complete := true
	for r := range k {
		if countNil(grid[r]) > 0 {
			complete = false
			break
		}
	}
	if !complete {
		if err := erasure.RecoverSquare(grid); err != nil {
			return nil, err
		}
	}

	data := make([][]fr.Element, k)
	for r := range data {
		row := make([]fr.Element, rowLen)
		for j := range erasure.DataCellsPerRow {
			copy(row[j*cellLen:], grid[r][j][:])
		}
		data[r] = row
	}
	if err := c.checkRows(data, commitments[:k], cfg.workers); err != nil {
		return nil, err
	}
	return erasure.Unpack(data, size)
}

// checkSquareParams checks that k data rows fit size bytes exactly.
func checkSquareParams(k, size, maxRows int) error {
	if k < 1 || !isPow2(k) || k > maxRows {
		return fmt.Errorf("%w: k = %d (want a power of two from 1 to %d)", ErrSquare, k, maxRows)
	}
	if size < 0 || erasure.RowsFor(size) != k {
		return fmt.Errorf("%w: a %d-byte blob does not pack into %d rows", ErrSquare, size, k)
	}
	return nil
}

func countNil(row []*erasure.Cell) int {
	n := 0
	for _, c := range row {
		if c == nil {
			n++
		}
	}
	return n
}

// rowCheckDomain separates the Fiat-Shamir hash of checkRows.
const rowCheckDomain = "quire/kzg/rowcheck/v1"

// CheckBlob reports whether data are the bytes of a blob with k data rows
// whose data-row commitments are commitments[:k] (a header's 2k row
// commitments may be passed whole): it packs data into its rows
// (erasure.Pack) and checks Commit(row_i) == commitments[i] for every
// i < k with one commitment instead of k. The coefficients r_i are derived
// by hashing (SHA-256, domain "quire/kzg/rowcheck/v1") k, the commitments
// and every row, and Commit(sum r_i row_i) must equal
// sum r_i commitments[i]; rows that differ pass with probability about
// 2^-255. When the combination fails, each row is committed on its own to
// name the rows that differ.
//
// Errors wrap ErrSquare (data does not pack into exactly k rows, k is not
// a power of two, or fewer than k commitments), ErrInvalidCommitment, or
// are a *RowMismatchError naming the data rows, ascending, whose bytes are
// not the committed ones (errors.Is(err, ErrRowMismatch) holds). Retrying
// with the same bytes does not help.
func (c *Context) CheckBlob(data []byte, k int, commitments []Commitment) error {
	if k < 1 || !isPow2(k) || erasure.RowsFor(len(data)) != k {
		return fmt.Errorf("%w: %d bytes pack into %d rows, not k=%d", ErrSquare, len(data), erasure.RowsFor(len(data)), k)
	}
	if len(commitments) < k {
		return fmt.Errorf("%w: %d commitments for k=%d", ErrSquare, len(commitments), k)
	}
	rows, err := erasure.Pack(data, k)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrSquare, err)
	}
	return c.checkRows(rows, commitments[:k], c.par())
}

// checkRows checks that Commit(rows[i]) == commitments[i] for all i with
// one commitment, as CheckBlob describes.
func (c *Context) checkRows(rows [][]fr.Element, commitments []Commitment, workers int) error {
	k := len(rows)
	pts := make([]bls12381.G1Affine, k)
	for i := range commitments {
		p, err := c.commitmentPoint(&commitments[i])
		if err != nil {
			return fmt.Errorf("commitment %d: %w", i, err)
		}
		pts[i] = p
	}

	h := sha256.New()
	h.Write([]byte(rowCheckDomain))
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(k))
	h.Write(buf[:])
	for i := range commitments {
		h.Write(commitments[i][:])
	}
	elem := make([]byte, rowLen*fr.Bytes)
	for _, row := range rows {
		for j := range row {
			b := row[j].Bytes()
			copy(elem[j*fr.Bytes:], b[:])
		}
		h.Write(elem)
	}
	seed := h.Sum(nil)
	coef := make([]fr.Element, k)
	for i := range coef {
		var in [32 + 8]byte
		copy(in[:], seed)
		binary.BigEndian.PutUint64(in[32:], uint64(i))
		d := sha256.Sum256(in[:])
		coef[i].SetBytes(d[:])
	}

	combined := make([]fr.Element, rowLen)
	parallelFor(rowLen, workers, func(_, lo, hi int) {
		for i, row := range rows {
			for j := lo; j < hi; j++ {
				var t fr.Element
				t.Mul(&row[j], &coef[i])
				combined[j].Add(&combined[j], &t)
			}
		}
	})
	lhs, err := c.Commit(combined)
	if err != nil {
		return err
	}
	var rhs bls12381.G1Jac
	if _, err := rhs.MultiExp(pts, coef, ecc.MultiExpConfig{NbTasks: workers}); err != nil {
		return fmt.Errorf("kzg: combining commitments: %w", err)
	}
	var rhsAff bls12381.G1Affine
	rhsAff.FromJacobian(&rhs)
	if lhs == CommitmentFromPoint(&rhsAff) {
		return nil
	}

	bad := make([]bool, k)
	parallelFor(k, workers, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			com, err := c.Commit(rows[i])
			bad[i] = err != nil || com != commitments[i]
		}
	})
	e := &RowMismatchError{}
	for i, b := range bad {
		if b {
			e.Rows = append(e.Rows, i)
		}
	}
	return e
}
