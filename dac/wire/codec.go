package wire

import (
	"encoding/binary"
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
)

// decoder reads a canonical encoding front to back. The first failure
// sticks; later reads return zero values, so a decode function checks err
// once at the end (and before any allocation sized by a decoded count).
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) take(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b) < n {
		d.fail("%s: need %d bytes, %d left", what, n, len(d.b))
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) u8(what string) uint8 {
	b := d.take(1, what)
	if b == nil {
		return 0
	}
	return b[0]
}

func (d *decoder) u16(what string) uint16 {
	b := d.take(2, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint16(b)
}

func (d *decoder) u32(what string) uint32 {
	b := d.take(4, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint32(b)
}

func (d *decoder) u64(what string) uint64 {
	b := d.take(8, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// need checks that at least n more bytes remain, so a count can be trusted
// before allocating for it.
func (d *decoder) need(n int, what string) bool {
	if d.err != nil {
		return false
	}
	if n < 0 || len(d.b) < n {
		d.fail("%s: need %d bytes, %d left", what, n, len(d.b))
		return false
	}
	return true
}

// done fails unless every byte was consumed.
func (d *decoder) done() error {
	if d.err == nil && len(d.b) != 0 {
		d.fail("%d trailing bytes", len(d.b))
	}
	return d.err
}

func (d *decoder) cell(c *erasure.Cell, what string) {
	b := d.take(erasure.BytesPerCell, what)
	if b == nil {
		return
	}
	if err := c.SetBytes(b); err != nil {
		d.fail("%s: %v", what, err)
	}
}

// columns reads a u8 count and that many strictly ascending column indexes.
func (d *decoder) columns(what string) []uint8 {
	n := int(d.u8(what + " count"))
	if n > Columns {
		d.fail("%s: %d columns, at most %d", what, n, Columns)
		return nil
	}
	raw := d.take(n, what)
	if raw == nil || n == 0 {
		return nil
	}
	if err := checkColumns(raw); err != nil {
		d.fail("%s: %v", what, err)
		return nil
	}
	return append([]uint8(nil), raw...)
}

// checkColumns requires strictly ascending column indexes below Columns.
func checkColumns(cols []uint8) error {
	for i, c := range cols {
		if int(c) >= Columns {
			return fmt.Errorf("column %d out of range", c)
		}
		if i > 0 && c <= cols[i-1] {
			return fmt.Errorf("columns not strictly ascending at %d", i)
		}
	}
	return nil
}

func appendColumns(b []byte, cols []uint8) ([]byte, error) {
	if len(cols) > Columns {
		return b, fmt.Errorf("wire: %d columns, at most %d", len(cols), Columns)
	}
	if err := checkColumns(cols); err != nil {
		return b, fmt.Errorf("wire: %v", err)
	}
	b = append(b, uint8(len(cols)))
	return append(b, cols...), nil
}

func appendCell(b []byte, c *erasure.Cell) []byte {
	enc := c.Bytes()
	return append(b, enc[:]...)
}

// appendHeader appends a length-prefixed header: u32 length, then the
// header's encoding. On error b is returned as it was.
func appendHeader(b []byte, h *dac.Header) ([]byte, error) {
	start := len(b)
	b = append(b, 0, 0, 0, 0)
	b, err := h.AppendBinary(b)
	if err != nil {
		return b[:start], err
	}
	n := len(b) - start - 4
	b[start], b[start+1], b[start+2], b[start+3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	return b, nil
}

// header reads a length-prefixed header (at most dac.MaxHeaderSize bytes)
// and decodes it; a bad one fails the decoder.
func (d *decoder) header() dac.Header {
	var h dac.Header
	n := d.u32("header length")
	if n > dac.MaxHeaderSize {
		d.fail("header of %d bytes, at most %d", n, dac.MaxHeaderSize)
	}
	raw := d.take(int(n), "header")
	if d.err == nil {
		if err := h.UnmarshalBinary(raw); err != nil {
			d.fail("%v", err)
		}
	}
	return h
}
