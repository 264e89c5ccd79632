package kzg

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// RecoverCellsAndProofs rebuilds all 128 cells of an extended row and
// their proofs from at least 64 of its cells, as recover_cells_and_kzg_proofs
// does. indices must be strictly ascending (as c-kzg and go-eth-kzg require)
// and cells[i] is the cell at indices[i].
//
// The cells are recovered by erasure.RecoverRow (the project's one
// implementation of EIP-7594 recovery); the proofs are then computed with
// FK20 from the recovered data cells. Beyond the specification, when more
// than 64 cells are given it checks that they all lie on one row: a set of
// cells that no single row explains is rejected instead of silently
// producing some other row.
//
// Errors wrap ErrCellIndex or ErrRecover.
func (c *Context) RecoverCellsAndProofs(indices []int, cells []erasure.Cell) ([]erasure.Cell, []Proof, error) {
	if len(indices) != len(cells) {
		return nil, nil, fmt.Errorf("%w: %d indices for %d cells", ErrRecover, len(indices), len(cells))
	}
	if len(indices) < cellsPerRow/2 || len(indices) > cellsPerRow {
		return nil, nil, fmt.Errorf("%w: have %d cells, need %d to %d", ErrRecover, len(indices), cellsPerRow/2, cellsPerRow)
	}
	row := make([]*erasure.Cell, cellsPerRow)
	for i, idx := range indices {
		if idx < 0 || idx >= cellsPerRow {
			return nil, nil, fmt.Errorf("%w: %d", ErrCellIndex, idx)
		}
		if i > 0 && idx <= indices[i-1] {
			return nil, nil, fmt.Errorf("%w: cell indices are not strictly ascending at position %d", ErrRecover, i)
		}
		row[idx] = &cells[i]
	}
	if err := erasure.RecoverRow(row); err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrRecover, err)
	}
	data := make([]fr.Element, rowLen)
	for j := range erasure.DataCellsPerRow {
		copy(data[j*cellLen:], row[j][:])
	}
	// RecoverRow checks consistency only when cells are missing; extending
	// the data again checks a full set of 128 too.
	all, err := rowCells(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrRecover, err)
	}
	for i, idx := range indices {
		if all[idx] != cells[i] {
			return nil, nil, fmt.Errorf("%w: cells are not all from one row (cell %d disagrees)", ErrRecover, idx)
		}
	}
	_, proofs := c.fk20(c.coefficients(data))
	return all, encodeProofs(proofs), nil
}
