package batch

import (
	"errors"
	"fmt"
)

// Layout constants (docs/rollup.md, "Records").
const (
	ElementsPerRow  = 4096
	BytesPerElement = 31
	// ElementSize is the size of a field element in a row as carried by
	// quire and Ethereum blobs; the top (first) byte is ignored.
	ElementSize = 32
	// RowSize is the size of a row in blob layout.
	RowSize = ElementsPerRow * ElementSize
)

// Payload is the data of a batch: k data rows read as field elements, each
// contributing its low 31 bytes. Element c = 4096 row + e carries bytes
// [31c, 31c + 31).
type Payload struct {
	k    int
	data []byte // 31 x 4096 x k bytes
}

// ErrRowSize is returned by FromRows for a row that is not 4096 x 32 bytes.
var ErrRowSize = errors.New("batch: row is not 4096 x 32 bytes")

// FromRows reads k data rows in blob layout (4096 big-endian 32-byte
// elements each). The top byte of every element is ignored, so any content
// has exactly one meaning. A verifier node passes the rows it fetched and
// checked against their commitments.
func FromRows(rows [][]byte) (Payload, error) {
	p := Payload{k: len(rows), data: make([]byte, len(rows)*ElementsPerRow*BytesPerElement)}
	for r, row := range rows {
		if len(row) != RowSize {
			return Payload{}, fmt.Errorf("%w: row %d has %d bytes", ErrRowSize, r, len(row))
		}
		for e := 0; e < ElementsPerRow; e++ {
			copy(p.data[(r*ElementsPerRow+e)*BytesPerElement:], row[e*ElementSize+1:(e+1)*ElementSize])
		}
	}
	return p, nil
}

// FromBytes reads blob bytes as quire stores them (31 bytes per element,
// what the batcher Puts) as a payload of k rows. Bytes beyond the blob read
// as zero, as the padding of its rows does; bytes beyond k rows are
// dropped.
func FromBytes(blob []byte, k int) Payload {
	p := Payload{k: k, data: make([]byte, k*ElementsPerRow*BytesPerElement)}
	copy(p.data, blob)
	return p
}

// Rows returns k.
func (p Payload) Rows() int { return p.k }

// Kind classifies a record by the cursor rules.
type Kind uint8

const (
	// KindBody: a record whose body is to be interpreted (a transaction,
	// a block marker, or anything else, which is a no-op).
	KindBody Kind = iota + 1
	// KindEndOfRow: L = 0; the next record starts at the next row.
	KindEndOfRow
	// KindBadLength: L > MAX_RECORD or the record would cross its row;
	// a no-op, the next record starts at the next row.
	KindBadLength
	// KindBeyondRows: the cursor is at or past row k; a no-op, the cursor
	// stays.
	KindBeyondRows
)

func (k Kind) String() string {
	switch k {
	case KindBody:
		return "body"
	case KindEndOfRow:
		return "end-of-row"
	case KindBadLength:
		return "bad-length"
	case KindBeyondRows:
		return "beyond-rows"
	}
	return "unknown"
}

// Record is one record read at a cursor.
type Record struct {
	Cursor uint64 `json:"cursor"`
	Next   uint64 `json:"next"`
	Kind   Kind   `json:"kind"`
	// Length is L as read (0 for KindBeyondRows).
	Length uint16 `json:"length"`
	// Body is the L bytes after the length, for KindBody (aliases the
	// payload).
	Body []byte `json:"body,omitempty"`
	// First and End delimit the elements read, [First, End): what a
	// one-step proof opens (none for KindBeyondRows).
	First uint64 `json:"first"`
	End   uint64 `json:"end"`
}

// Elements returns ceil((2 + L) / 31), the elements a record of body
// length L occupies.
func Elements(l int) int { return (2 + l + BytesPerElement - 1) / BytesPerElement }

// Read reads the record at cursor c. It never fails: every input has one
// meaning.
func Read(p Payload, c uint64, maxRecord int) Record {
	row := c / ElementsPerRow
	if row >= uint64(p.k) {
		return Record{Cursor: c, Next: c, Kind: KindBeyondRows, First: c, End: c}
	}
	off := c * BytesPerElement
	l := int(p.data[off])<<8 | int(p.data[off+1])
	r := Record{Cursor: c, Length: uint16(l), First: c, End: c + 1, Next: (row + 1) * ElementsPerRow}
	n := uint64(Elements(l))
	switch {
	case l == 0:
		r.Kind = KindEndOfRow
	case l > maxRecord || c%ElementsPerRow+n > ElementsPerRow:
		r.Kind = KindBadLength
	default:
		r.Kind = KindBody
		r.Body = p.data[off+2 : off+2+uint64(l)]
		r.End, r.Next = c+n, c+n
	}
	return r
}

// ReadAll reads count records from cursor 0, as derivation does for a batch
// with recordCount = count. Records past the last row are KindBeyondRows;
// at most count of them are returned, so a huge declared count costs
// nothing beyond the rows (the caller bounds count as the inbox does,
// count <= 4096 k).
func ReadAll(p Payload, count uint64, maxRecord int) []Record {
	out := make([]Record, 0, min(count, uint64(p.k)*ElementsPerRow))
	c := uint64(0)
	for i := uint64(0); i < count; i++ {
		r := Read(p, c, maxRecord)
		out = append(out, r)
		c = r.Next
	}
	return out
}

// Bytes returns the payload as blob bytes (31 per element, all k rows).
func (p Payload) Bytes() []byte { return p.data }
