package kzg

import (
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
	"github.com/quire-da/quire/erasure"
)

// CellProofs returns the 128 EIP-7594 cell proofs of a data row (4096
// evaluations in blob order), computed with FK20: the same bytes as the
// proofs of compute_cells_and_kzg_proofs. Errors wrap ErrRowSize.
func (c *Context) CellProofs(row []fr.Element) ([]Proof, error) {
	if err := checkRow(row); err != nil {
		return nil, err
	}
	_, proofs := c.fk20(c.coefficients(row))
	return encodeProofs(proofs), nil
}

// ComputeCellsAndProofs returns the 128 cells of the 2x-extended row and
// their proofs, as compute_cells_and_kzg_proofs does. Errors wrap
// ErrRowSize.
func (c *Context) ComputeCellsAndProofs(row []fr.Element) ([]erasure.Cell, []Proof, error) {
	if err := checkRow(row); err != nil {
		return nil, nil, err
	}
	_, proofs := c.fk20(c.coefficients(row))
	cells, err := rowCells(row)
	if err != nil {
		return nil, nil, err
	}
	return cells, encodeProofs(proofs), nil
}

// ProveRow returns a data row's commitment, the 128 cells of its extension
// and their proofs in one pass. It costs the same as CellProofs alone: FK20
// produces the commitment on the way (it is the first coefficient of the
// same inverse FFT that yields the proof polynomial). Errors wrap
// ErrRowSize.
func (c *Context) ProveRow(row []fr.Element) (Commitment, []erasure.Cell, []Proof, error) {
	if err := checkRow(row); err != nil {
		return Commitment{}, nil, nil, err
	}
	com, proofs := c.fk20(c.coefficients(row))
	cells, err := rowCells(row)
	if err != nil {
		return Commitment{}, nil, nil, err
	}
	return CommitmentFromPoint(&com), cells, encodeProofs(proofs), nil
}

// ComputeCells returns the 128 cells of the 2x-extended row, as
// compute_cells does. Errors wrap ErrRowSize.
func (c *Context) ComputeCells(row []fr.Element) ([]erasure.Cell, error) {
	if err := checkRow(row); err != nil {
		return nil, err
	}
	return rowCells(row)
}

// rowCells extends a data row with erasure.Extend, the project's one
// implementation of the EIP-7594 extension, and cuts it into cells.
func rowCells(row []fr.Element) ([]erasure.Cell, error) {
	ext := make([]fr.Element, extLen)
	if err := erasure.ExtendInto(ext, row); err != nil {
		return nil, err
	}
	cells := make([]erasure.Cell, cellsPerRow)
	for i := range cells {
		copy(cells[i][:], ext[i*cellLen:(i+1)*cellLen])
	}
	return cells, nil
}

// coefficients interpolates a row given in blob order (evaluations over the
// 4096th roots of unity in bit-reversed order) into monomial coefficients.
func (c *Context) coefficients(row []fr.Element) []fr.Element {
	a := make([]fr.Element, rowLen)
	copy(a, row)
	c.dom4096.FFTInverse(a, fft.DIT, fft.WithNbTasks(1)) // bit-reversed in, natural out
	return a
}
