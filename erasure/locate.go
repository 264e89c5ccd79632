package erasure

import "fmt"

// Position is where one byte of a blob lives in its data rows: byte Byte
// (0..30) of the 31-byte payload of element Element (0..4095) of data row
// Row. Pack puts blob byte offset at element index c = 4096·Row + Element,
// c = offset / 31, and Byte = offset mod 31.
type Position struct {
	Row     int
	Element int
	Byte    int
}

// Locate returns the position of byte offset of a blob. The position is the
// same whatever the blob's size; the caller checks offset < size. Errors
// wrap ErrShape for a negative offset.
func Locate(offset int) (Position, error) {
	if offset < 0 {
		return Position{}, fmt.Errorf("%w: byte offset %d is negative", ErrShape, offset)
	}
	c := offset / PayloadBytesPerElement
	return Position{
		Row:     c / ElementsPerRow,
		Element: c % ElementsPerRow,
		Byte:    offset % PayloadBytesPerElement,
	}, nil
}

// Offset is the inverse of Locate: the blob byte offset at p. Errors wrap
// ErrShape when a field of p is out of range.
func (p Position) Offset() (int, error) {
	if p.Row < 0 || p.Element < 0 || p.Element >= ElementsPerRow || p.Byte < 0 || p.Byte >= PayloadBytesPerElement {
		return 0, fmt.Errorf("%w: position %+v out of range", ErrShape, p)
	}
	return (p.Row*ElementsPerRow+p.Element)*PayloadBytesPerElement + p.Byte, nil
}

// ElementIndex is c = 4096·Row + Element, the index of p's element among
// all data elements of the blob.
func (p Position) ElementIndex() int { return p.Row*ElementsPerRow + p.Element }

// Payload returns the blob bytes one packed element carries: the low 31
// bytes of its 32-byte big-endian encoding (Pack leaves the top byte zero).
func Payload(element [BytesPerElement]byte) [PayloadBytesPerElement]byte {
	return [PayloadBytesPerElement]byte(element[1:])
}
