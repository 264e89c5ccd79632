package erasure

import (
	"errors"
	"testing"
)

// TestLocateMatchesPack checks, on random blobs spanning several rows, that
// the byte at every sampled offset is the byte Locate names in the packed
// rows, and that Offset inverts Locate.
func TestLocateMatchesPack(t *testing.T) {
	rng := newRand(t)
	for _, size := range []int{1, 30, 31, 32, RowPayloadBytes - 1, RowPayloadBytes, RowPayloadBytes + 1, 3*RowPayloadBytes + 77} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		rows, err := Pack(data, 0)
		if err != nil {
			t.Fatal(err)
		}
		offsets := []int{0, size - 1, size / 2}
		for range 200 {
			offsets = append(offsets, rng.IntN(size))
		}
		for _, off := range offsets {
			p, err := Locate(off)
			if err != nil {
				t.Fatal(err)
			}
			if p.Row >= len(rows) {
				t.Fatalf("size %d offset %d: row %d of %d", size, off, p.Row, len(rows))
			}
			pl := Payload(rows[p.Row][p.Element].Bytes())
			if pl[p.Byte] != data[off] {
				t.Fatalf("size %d offset %d at %+v: packed byte %#x, blob byte %#x", size, off, p, pl[p.Byte], data[off])
			}
			back, err := p.Offset()
			if err != nil || back != off {
				t.Fatalf("Offset(%+v) = %d, %v; want %d", p, back, err, off)
			}
			if c := p.ElementIndex(); c != off/PayloadBytesPerElement {
				t.Fatalf("ElementIndex %d, want %d", c, off/PayloadBytesPerElement)
			}
		}
		// A whole element's payload is the blob's 31 bytes at 31c.
		c := rng.IntN((size + PayloadBytesPerElement - 1) / PayloadBytesPerElement)
		pl := Payload(rows[c/ElementsPerRow][c%ElementsPerRow].Bytes())
		want := make([]byte, PayloadBytesPerElement)
		copy(want, data[c*PayloadBytesPerElement:])
		if string(pl[:]) != string(want) {
			t.Fatalf("size %d: payload of element %d differs from the blob's bytes", size, c)
		}
	}
}

func TestLocateRejects(t *testing.T) {
	if _, err := Locate(-1); !errors.Is(err, ErrShape) {
		t.Errorf("Locate(-1): %v", err)
	}
	for _, p := range []Position{{Row: -1}, {Element: ElementsPerRow}, {Element: -1}, {Byte: PayloadBytesPerElement}, {Byte: -1}} {
		if _, err := p.Offset(); !errors.Is(err, ErrShape) {
			t.Errorf("Offset(%+v): %v", p, err)
		}
	}
}
