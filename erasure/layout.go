package erasure

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// The shape of a row and its cells, fixed by EIP-4844 and EIP-7594.
const (
	// BytesPerElement is the size of one encoded field element.
	BytesPerElement = 32
	// PayloadBytesPerElement is how many blob bytes one element carries: 31,
	// stored big-endian under a zero top byte, so every element is canonical.
	PayloadBytesPerElement = 31
	// ElementsPerRow is the number of field elements in a data row (an
	// EIP-4844 blob).
	ElementsPerRow = 4096
	// RowPayloadBytes is how many blob bytes one data row carries.
	RowPayloadBytes = ElementsPerRow * PayloadBytesPerElement // 126,976
	// ExtendedRowElements is the number of elements in a row after the 2x
	// extension.
	ExtendedRowElements = 2 * ElementsPerRow
	// ElementsPerCell is the number of field elements in one cell.
	ElementsPerCell = 64
	// BytesPerCell is the size of an encoded cell.
	BytesPerCell = ElementsPerCell * BytesPerElement // 2048
	// CellsPerRow is the number of cells in an extended row; cells
	// 0..DataCellsPerRow-1 hold the row's data, the rest its parity.
	CellsPerRow = ExtendedRowElements / ElementsPerCell // 128
	// DataCellsPerRow is the number of cells that hold data.
	DataCellsPerRow = CellsPerRow / 2 // 64
	// DefaultMaxRows is the default bound on k, the number of data rows
	// (about 31 MiB of blob).
	DefaultMaxRows = 256
)

// Cell is 64 consecutive evaluations of an extended row, in the EIP-7594
// layout (the extended row in reverse-bit order, cut into 128 cells).
type Cell [ElementsPerCell]fr.Element

// ErrNonCanonical is returned when an encoded field element is not less
// than the field modulus. Retrying with the same bytes cannot help.
var ErrNonCanonical = errors.New("erasure: field element is not canonical")

// Bytes returns the cell's encoding: 64 big-endian 32-byte elements.
func (c *Cell) Bytes() [BytesPerCell]byte {
	var out [BytesPerCell]byte
	for i := range c {
		b := c[i].Bytes()
		copy(out[i*BytesPerElement:], b[:])
	}
	return out
}

// SetBytes decodes a cell from exactly BytesPerCell bytes, rejecting any
// element that is not canonical.
func (c *Cell) SetBytes(b []byte) error {
	if len(b) != BytesPerCell {
		return fmt.Errorf("erasure: cell is %d bytes, want %d", len(b), BytesPerCell)
	}
	for i := range c {
		if err := c[i].SetBytesCanonical(b[i*BytesPerElement : (i+1)*BytesPerElement]); err != nil {
			return fmt.Errorf("%w: element %d", ErrNonCanonical, i)
		}
	}
	return nil
}
