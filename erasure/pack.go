package erasure

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// ErrTooLarge is returned by Pack when a blob needs more data rows than
// allowed. The error names the size and the limit; the blob must be split.
var ErrTooLarge = errors.New("erasure: blob too large")

// ErrNotPacked is returned by Unpack when rows are not the packing of any
// blob of the given size: a wrong number of rows, an element with a non-zero
// top byte, or non-zero padding after the last byte. It means the rows were
// corrupted or produced by a different encoder.
var ErrNotPacked = errors.New("erasure: rows are not a packed blob")

// RowsFor returns k, the number of data rows a blob of size bytes packs
// into: the next power of two of ceil(size / RowPayloadBytes), and 1 for an
// empty blob. It returns 0 for a negative size.
func RowsFor(size int) int {
	if size < 0 {
		return 0
	}
	rows := size / RowPayloadBytes
	if size%RowPayloadBytes != 0 {
		rows++
	}
	k := 1
	for k < rows {
		k <<= 1
	}
	return k
}

// PayloadRows returns how many data rows of a size-byte blob carry payload:
// ceil(size / RowPayloadBytes), 0 for an empty blob (and a negative size).
// Rows PayloadRows(size)..RowsFor(size)-1 are the padding rows that
// rounding k up to a power of two adds: every element of them is zero,
// which anyone who knows size knows without being sent anything.
func PayloadRows(size int) int {
	if size <= 0 {
		return 0
	}
	return (size + RowPayloadBytes - 1) / RowPayloadBytes
}

// MaxSize returns the largest blob that packs into at most maxRows rows.
func MaxSize(maxRows int) int {
	return maxRows * RowPayloadBytes
}

// Pack cuts data into 31-byte chunks, one per field element (big-endian in
// the low 31 bytes of 32, so the top byte is zero and every element is
// canonical; a final partial chunk is padded with zero bytes on the right),
// and lays the elements out in k = RowsFor(len(data)) rows of ElementsPerRow
// elements, zero-padded. Element i of row r carries bytes
// [31·(4096·r+i), 31·(4096·r+i)+31) of data.
//
// maxRows bounds k; 0 means DefaultMaxRows. A blob needing more rows fails
// with an error wrapping ErrTooLarge.
func Pack(data []byte, maxRows int) ([][]fr.Element, error) {
	if maxRows == 0 {
		maxRows = DefaultMaxRows
	}
	if maxRows < 0 {
		return nil, fmt.Errorf("%w: maxRows %d is negative", ErrShape, maxRows)
	}
	k := RowsFor(len(data))
	if k > maxRows {
		return nil, fmt.Errorf("%w: %d bytes need %d rows, at most %d allowed (%d bytes)",
			ErrTooLarge, len(data), k, maxRows, MaxSize(largestPow2(maxRows)))
	}
	backing := make([]fr.Element, k*ElementsPerRow)
	rows := make([][]fr.Element, k)
	for r := range rows {
		rows[r] = backing[r*ElementsPerRow : (r+1)*ElementsPerRow : (r+1)*ElementsPerRow]
	}
	var buf [BytesPerElement]byte
	for i := 0; i*PayloadBytesPerElement < len(data); i++ {
		chunk := data[i*PayloadBytesPerElement:]
		if len(chunk) > PayloadBytesPerElement {
			chunk = chunk[:PayloadBytesPerElement]
		}
		buf = [BytesPerElement]byte{}
		copy(buf[1:], chunk)
		// The top byte is zero, so the value is below the modulus.
		if err := backing[i].SetBytesCanonical(buf[:]); err != nil {
			panic("erasure: packed element not canonical: " + err.Error())
		}
	}
	return rows, nil
}

// PackCells writes row r of the packing of data (what Pack(data, ...)[r]
// holds) into the first DataCellsPerRow cells of dst, which must have at
// least that many: element i of the row goes to dst[i/64][i%64], the layout
// of the data half of the row's extension. It lets an encoder pack straight
// into the square's memory. It fails with ErrShape if dst is short or r is
// not a row of the packing (0 <= r < RowsFor(len(data))).
func PackCells(dst []Cell, data []byte, r int) error {
	if len(dst) < DataCellsPerRow {
		return fmt.Errorf("%w: %d cells, need %d", ErrShape, len(dst), DataCellsPerRow)
	}
	if r < 0 || r >= RowsFor(len(data)) {
		return fmt.Errorf("%w: row %d of a %d-row packing", ErrShape, r, RowsFor(len(data)))
	}
	chunk := data[min(r*RowPayloadBytes, len(data)):min((r+1)*RowPayloadBytes, len(data))]
	var buf [BytesPerElement]byte
	for i := range ElementsPerRow {
		e := &dst[i/ElementsPerCell][i%ElementsPerCell]
		lo := i * PayloadBytesPerElement
		if lo >= len(chunk) {
			e.SetZero()
			continue
		}
		buf = [BytesPerElement]byte{}
		copy(buf[1:], chunk[lo:min(lo+PayloadBytesPerElement, len(chunk))])
		if err := e.SetBytesCanonical(buf[:]); err != nil {
			panic("erasure: packed element not canonical: " + err.Error())
		}
	}
	return nil
}

// Unpack is the exact inverse of Pack: it returns the size bytes that rows
// carry. It fails with ErrNotPacked unless rows are exactly what Pack
// produces for some blob of that size: RowsFor(size) rows of ElementsPerRow
// elements, a zero top byte in every element, and zeros after byte size.
func Unpack(rows [][]fr.Element, size int) ([]byte, error) {
	if size < 0 {
		return nil, fmt.Errorf("%w: negative size %d", ErrNotPacked, size)
	}
	if k := RowsFor(size); len(rows) != k {
		return nil, fmt.Errorf("%w: %d rows, a %d-byte blob packs into %d", ErrNotPacked, len(rows), size, k)
	}
	for r, row := range rows {
		if len(row) != ElementsPerRow {
			return nil, fmt.Errorf("%w: row %d has %d elements, want %d", ErrNotPacked, r, len(row), ElementsPerRow)
		}
	}
	out := make([]byte, size)
	for r, row := range rows {
		for i := range row {
			b := row[i].Bytes()
			g := r*ElementsPerRow + i
			if b[0] != 0 {
				return nil, fmt.Errorf("%w: row %d element %d has a non-zero top byte", ErrNotPacked, r, i)
			}
			off := g * PayloadBytesPerElement
			n := 0
			if off < size {
				n = copy(out[off:], b[1:])
			}
			for _, x := range b[1+n:] {
				if x != 0 {
					return nil, fmt.Errorf("%w: non-zero padding in row %d element %d", ErrNotPacked, r, i)
				}
			}
		}
	}
	return out, nil
}

// largestPow2 returns the largest power of two not above n (n >= 1).
func largestPow2(n int) int {
	p := 1
	for p*2 <= n {
		p *= 2
	}
	return p
}
