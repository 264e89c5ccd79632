package kzg

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// CheckRows reports whether rows are the data rows committed to by
// commitments: Commit(rows[i]) == commitments[i] for every i <
// len(rows), checked with one commitment instead of len(rows) (the
// randomized check RecoverBlob runs on the rows it recovers; see
// checkRows). commitments may be a header's whole list of 2k row
// commitments; only the first len(rows) are used. Unlike a check on
// bytes it takes the rows as field elements, so rows that no blob of
// bytes packs into (an element with a non-zero top byte, non-zero
// padding) are checked too.
//
// Errors wrap ErrSquare (no rows, a row of the wrong length, fewer
// commitments than rows), ErrInvalidCommitment, or are a
// *RowMismatchError naming the rows, ascending, that do not have their
// commitment (errors.Is(err, ErrRowMismatch) holds). Retrying with the
// same rows does not help.
func (c *Context) CheckRows(rows [][]fr.Element, commitments []Commitment) error {
	if len(rows) == 0 {
		return fmt.Errorf("%w: no rows to check", ErrSquare)
	}
	if len(commitments) < len(rows) {
		return fmt.Errorf("%w: %d commitments for %d rows", ErrSquare, len(commitments), len(rows))
	}
	for i, r := range rows {
		if len(r) != erasure.ElementsPerRow {
			return fmt.Errorf("%w: row %d has %d elements, want %d", ErrSquare, i, len(r), erasure.ElementsPerRow)
		}
	}
	return c.checkRows(rows, commitments[:len(rows)], c.par())
}
