package batch

import (
	"errors"
	"fmt"
)

// Errors returned by Writer.Add. Neither is retryable with the same writer
// and body: start a new batch (ErrFull) or drop the body (ErrBodySize).
var (
	ErrFull     = errors.New("batch: record does not fit in the remaining rows")
	ErrBodySize = errors.New("batch: body is empty or longer than MAX_RECORD")
)

// Writer packs record bodies into a batch payload: each record starts on an
// element, never crosses a row, and a row that cannot take the next record
// is ended early with an L = 0 element (itself a record). It is what the
// batcher uses; Read gives the records back.
type Writer struct {
	k         int
	maxRecord int
	buf       []byte
	c         uint64 // next cursor
	end       uint64 // end of the last body, in elements
	count     uint64
}

// NewWriter returns a writer for at most k rows and bodies of at most
// maxRecord bytes.
func NewWriter(k, maxRecord int) *Writer {
	return &Writer{k: k, maxRecord: maxRecord}
}

// Fits reports whether a body of l bytes can still be added.
func (w *Writer) Fits(l int) bool {
	if l < 1 || l > w.maxRecord {
		return false
	}
	c, _ := w.place(l)
	return c/ElementsPerRow < uint64(w.k)
}

// place returns where a body of l bytes would start, and whether the
// current row must be ended first.
func (w *Writer) place(l int) (uint64, bool) {
	n := uint64(Elements(l))
	if w.c%ElementsPerRow+n > ElementsPerRow {
		return (w.c/ElementsPerRow + 1) * ElementsPerRow, true
	}
	return w.c, false
}

// Add appends a record with the given body.
func (w *Writer) Add(body []byte) error {
	l := len(body)
	if l < 1 || l > w.maxRecord {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrBodySize, l, w.maxRecord)
	}
	c, endRow := w.place(l)
	if c/ElementsPerRow >= uint64(w.k) {
		return ErrFull
	}
	if endRow {
		w.count++ // the L = 0 element at w.c (left zero)
	}
	n := uint64(Elements(l))
	need := int((c + n) * BytesPerElement)
	if len(w.buf) < need {
		w.buf = append(w.buf, make([]byte, need-len(w.buf))...)
	}
	off := c * BytesPerElement
	w.buf[off], w.buf[off+1] = byte(l>>8), byte(l)
	copy(w.buf[off+2:], body)
	w.c, w.end = c+n, c+n
	w.count++
	return nil
}

// RecordCount returns the records written, end-of-row ones included: the
// recordCount to declare on L1.
func (w *Writer) RecordCount() uint64 { return w.count }

// Elements returns the field elements used up to the end of the last
// record.
func (w *Writer) Elements() uint64 { return w.end }

// Rows returns the rows the payload needs (k to certify).
func (w *Writer) Rows() int {
	return int((w.end + ElementsPerRow - 1) / ElementsPerRow)
}

// Bytes returns the blob bytes to Put (31 per element, up to the last
// record). The slice aliases the writer's buffer.
func (w *Writer) Bytes() []byte { return w.buf[:w.end*BytesPerElement] }
