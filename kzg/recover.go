package kzg

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
	"github.com/quire-da/quire/erasure"
)

// RecoverCellsAndProofs rebuilds all 128 cells of an extended row and
// their proofs from at least 64 of its cells, as recover_cells_and_kzg_proofs
// does. indices must be strictly ascending (as c-kzg and go-eth-kzg require)
// and cells[i] is the cell at indices[i].
//
// Beyond the specification, when more than 64 cells are given it checks
// that they all lie on one row: a set of cells that no single row explains
// is rejected instead of silently producing some other row.
//
// Errors wrap ErrCellIndex or ErrRecover.
func (c *Context) RecoverCellsAndProofs(indices []int, cells []erasure.Cell) ([]erasure.Cell, []Proof, error) {
	if len(indices) != len(cells) {
		return nil, nil, fmt.Errorf("%w: %d indices for %d cells", ErrRecover, len(indices), len(cells))
	}
	if len(indices) < cellsPerRow/2 || len(indices) > cellsPerRow {
		return nil, nil, fmt.Errorf("%w: have %d cells, need %d to %d", ErrRecover, len(indices), cellsPerRow/2, cellsPerRow)
	}
	for i, idx := range indices {
		if idx < 0 || idx >= cellsPerRow {
			return nil, nil, fmt.Errorf("%w: %d", ErrCellIndex, idx)
		}
		if i > 0 && idx <= indices[i-1] {
			return nil, nil, fmt.Errorf("%w: cell indices are not strictly ascending at position %d", ErrRecover, i)
		}
	}
	coeffs := c.recoverCoefficients(indices, cells)
	all := c.cellsFromCoefficients(coeffs)
	for i, idx := range indices {
		if all[idx] != cells[i] {
			return nil, nil, fmt.Errorf("%w: cells are not all from one row (cell %d disagrees)", ErrRecover, idx)
		}
	}
	_, proofs := c.fk20(coeffs)
	return all, encodeProofs(proofs), nil
}

// recoverCoefficients returns the 4096 coefficients of the row polynomial
// from the given cells (indices validated by the caller), by the method of
// the EIP-7594 specification: with E the extended row with zeros for the
// missing cells and Z a polynomial vanishing on the missing cells, E*Z
// equals P*Z on the whole domain, so P = (E*Z)/Z, the division done on a
// coset where Z has no zeros. All evaluation vectors are kept in
// bit-reversed order, the order cells use.
func (c *Context) recoverCoefficients(indices []int, cells []erasure.Cell) []fr.Element {
	ext := make([]fr.Element, extLen) // bit-reversed order
	present := make([]bool, cellsPerRow)
	for i, idx := range indices {
		copy(ext[idx*cellLen:], cells[i][:])
		present[idx] = true
	}

	// Z(X) = Zs(X^64), where Zs vanishes at z_k = h_k^64 for each missing
	// cell k: every point of cell k's coset is a 64th root of z_k.
	zs := []fr.Element{fr.One()}
	for k := range cellsPerRow {
		if present[k] {
			continue
		}
		// zs *= (X - z_k)
		zs = append(zs, fr.Element{})
		for j := len(zs) - 1; j >= 1; j-- {
			var t fr.Element
			t.Mul(&zs[j], &c.cosetPow64[k])
			zs[j].Sub(&zs[j-1], &t)
		}
		zs[0].Mul(&zs[0], &c.cosetPow64[k])
		zs[0].Neg(&zs[0])
	}
	zc := make([]fr.Element, extLen)
	for i := range zs {
		zc[i*cellLen] = zs[i]
	}
	zEval := append([]fr.Element(nil), zc...)
	c.dom8192.FFT(zEval, fft.DIF, fft.WithNbTasks(1)) // bit-reversed

	for i := range ext {
		ext[i].Mul(&ext[i], &zEval[i])
	}
	c.dom8192.FFTInverse(ext, fft.DIT, fft.WithNbTasks(1)) // coefficients of E*Z

	// Evaluate E*Z and Z on the coset 7*H and divide.
	g := fft.GeneratorFullMultiplicativeGroup()
	shift := fr.One()
	for i := range ext {
		ext[i].Mul(&ext[i], &shift)
		zc[i].Mul(&zc[i], &shift)
		shift.Mul(&shift, &g)
	}
	c.dom8192.FFT(ext, fft.DIF, fft.WithNbTasks(1))
	c.dom8192.FFT(zc, fft.DIF, fft.WithNbTasks(1))
	zInv := fr.BatchInvert(zc) // Z has no zero on the coset: 7^64 is not a 128th root of unity
	for i := range ext {
		ext[i].Mul(&ext[i], &zInv[i])
	}
	c.dom8192.FFTInverse(ext, fft.DIT, fft.WithNbTasks(1)) // coefficients of P(7X)
	var gi fr.Element
	gi.Inverse(&g)
	shift.SetOne()
	out := make([]fr.Element, rowLen)
	for i := range out {
		out[i].Mul(&ext[i], &shift)
		shift.Mul(&shift, &gi)
	}
	return out
}
