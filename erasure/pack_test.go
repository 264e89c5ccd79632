package erasure

import (
	"bytes"
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// PayloadRows counts the rows Pack puts bytes in: the rows after it are
// all zero (the known-zero padding rows), the last one counted is not.
func TestPayloadRows(t *testing.T) {
	for _, tt := range []struct{ size, want int }{
		{-1, 0}, {0, 0}, {1, 1}, {RowPayloadBytes, 1}, {RowPayloadBytes + 1, 2},
		{2*RowPayloadBytes + 1, 3}, {1 << 20, 9}, {3 << 20, 25}, {17 << 20, 141},
	} {
		if got := PayloadRows(tt.size); got != tt.want {
			t.Errorf("PayloadRows(%d) = %d, want %d", tt.size, got, tt.want)
		}
		if tt.size < 1 || tt.size > 4*RowPayloadBytes {
			continue
		}
		data := make([]byte, tt.size)
		for i := range data {
			data[i] = 0xff
		}
		rows, err := Pack(data, 0)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			zero := true
			for i := range row {
				zero = zero && row[i].IsZero()
			}
			if zero != (r >= tt.want) {
				t.Errorf("size %d: row %d zero = %v, PayloadRows = %d", tt.size, r, zero, tt.want)
			}
		}
	}
}

func TestRowsFor(t *testing.T) {
	tests := []struct{ size, want int }{
		{-1, 0},
		{0, 1},
		{1, 1},
		{RowPayloadBytes, 1},
		{RowPayloadBytes + 1, 2},
		{2 * RowPayloadBytes, 2},
		{2*RowPayloadBytes + 1, 4},
		{3 * RowPayloadBytes, 4},
		{4*RowPayloadBytes + 1, 8},
		{255*RowPayloadBytes + 1, 256},
		{256 * RowPayloadBytes, 256},
		{256*RowPayloadBytes + 1, 512},
	}
	for _, tt := range tests {
		if got := RowsFor(tt.size); got != tt.want {
			t.Errorf("RowsFor(%d) = %d, want %d", tt.size, got, tt.want)
		}
	}
}

// The sizes the brief singles out plus every k boundary up to 8 rows; the
// maximum is in TestPackMax.
func packSizes() []int {
	sizes := []int{0, 1, 30, 31, 32, 61, 62, 63, 4096, 126975, 126976, 126977}
	for k := 1; k <= 8; k *= 2 {
		b := k * RowPayloadBytes
		sizes = append(sizes, b-31, b-1, b, b+1, b+30, b+31)
	}
	return sizes
}

func TestPackUnpackRoundTrip(t *testing.T) {
	rng := newRand(t)
	for _, size := range packSizes() {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		rows, err := Pack(data, 16)
		if err != nil {
			t.Fatalf("Pack(%d bytes): %v", size, err)
		}
		if len(rows) != RowsFor(size) {
			t.Fatalf("Pack(%d bytes) gave %d rows, want %d", size, len(rows), RowsFor(size))
		}
		checkLayout(t, data, rows)
		cells := make([]Cell, DataCellsPerRow)
		for r := range rows {
			if err := PackCells(cells, data, r); err != nil {
				t.Fatal(err)
			}
			for i := range rows[r] {
				if !cells[i/ElementsPerCell][i%ElementsPerCell].Equal(&rows[r][i]) {
					t.Fatalf("%d bytes: PackCells row %d element %d differs from Pack", size, r, i)
				}
			}
		}
		got, err := Unpack(rows, size)
		if err != nil {
			t.Fatalf("Unpack(%d bytes): %v", size, err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("round trip of %d bytes differs", size)
		}
	}
}

// checkLayout checks the packing byte by byte: element g carries bytes
// [31g, 31g+31) under a zero top byte, zero-padded.
func checkLayout(t *testing.T, data []byte, rows [][]fr.Element) {
	t.Helper()
	for r, row := range rows {
		if len(row) != ElementsPerRow {
			t.Fatalf("row %d has %d elements", r, len(row))
		}
		for i := range row {
			g := r*ElementsPerRow + i
			var want [32]byte
			if lo := g * 31; lo < len(data) {
				copy(want[1:], data[lo:min(lo+31, len(data))])
			}
			if got := row[i].Bytes(); got != want {
				t.Fatalf("row %d element %d = %x, want %x", r, i, got, want)
			}
		}
	}
}

func TestPackMax(t *testing.T) {
	if testing.Short() {
		t.Skip("packs the largest default blob (31 MiB)")
	}
	size := MaxSize(DefaultMaxRows)
	data := bytes.Repeat([]byte{0xff, 0x01, 0x80}, size/3+1)[:size]
	rows, err := Pack(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != DefaultMaxRows {
		t.Fatalf("%d rows, want %d", len(rows), DefaultMaxRows)
	}
	got, err := Unpack(rows, size)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Fatal("round trip of the largest blob differs")
	}
	if _, err := Pack(append(data, 0), 0); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("one byte over the maximum: err = %v, want ErrTooLarge", err)
	}
}

func TestPackErrors(t *testing.T) {
	tests := []struct {
		name    string
		size    int
		maxRows int
		wantErr error
	}{
		{"one row allowed", RowPayloadBytes + 1, 1, ErrTooLarge},
		{"three rows allowed, four needed", 3*RowPayloadBytes - 5, 3, ErrTooLarge},
		{"three rows allowed, two needed", 2 * RowPayloadBytes, 3, nil},
		{"negative maxRows", 10, -1, ErrShape},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Pack(make([]byte, tt.size), tt.maxRows)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestPackCellsErrors(t *testing.T) {
	data := make([]byte, RowPayloadBytes+1) // two rows
	tests := []struct {
		name  string
		cells int
		row   int
	}{
		{"short dst", DataCellsPerRow - 1, 0},
		{"negative row", DataCellsPerRow, -1},
		{"row past the packing", DataCellsPerRow, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := PackCells(make([]Cell, tt.cells), data, tt.row); !errors.Is(err, ErrShape) {
				t.Fatalf("err = %v, want ErrShape", err)
			}
		})
	}
}

func TestUnpackRejects(t *testing.T) {
	data := bytes.Repeat([]byte{7}, 100) // 4 elements, the last with 7 bytes
	good := func() [][]fr.Element {
		rows, err := Pack(data, 1)
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	setBytes := func(e *fr.Element, b [32]byte) {
		if err := e.SetBytesCanonical(b[:]); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		size   int
		mutate func(rows [][]fr.Element) [][]fr.Element
	}{
		{"negative size", -1, nil},
		{"too many rows", 100, func(r [][]fr.Element) [][]fr.Element { return append(r, make([]fr.Element, ElementsPerRow)) }},
		{"no rows", 100, func([][]fr.Element) [][]fr.Element { return nil }},
		{"short row", 100, func(r [][]fr.Element) [][]fr.Element { r[0] = r[0][:10]; return r }},
		{"non-zero top byte", 100, func(r [][]fr.Element) [][]fr.Element {
			var b [32]byte
			b[0] = 1
			setBytes(&r[0][1], b)
			return r
		}},
		{"padding in the last element", 100, func(r [][]fr.Element) [][]fr.Element {
			b := r[0][3].Bytes()
			b[31] = 1
			setBytes(&r[0][3], b)
			return r
		}},
		{"padding after the last element", 100, func(r [][]fr.Element) [][]fr.Element {
			r[0][ElementsPerRow-1].SetOne()
			return r
		}},
		{"size shorter than the data", 99, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := good()
			if tt.mutate != nil {
				rows = tt.mutate(rows)
			}
			if _, err := Unpack(rows, tt.size); !errors.Is(err, ErrNotPacked) {
				t.Fatalf("err = %v, want ErrNotPacked", err)
			}
		})
	}
}
