package erasure

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// fuzzMaxRows keeps the packing fuzz targets fast.
const fuzzMaxRows = 2

func FuzzPackRoundTrip(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("hello"))
	f.Add(bytes.Repeat([]byte{0xff}, 31))
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := Pack(data, fuzzMaxRows)
		if len(data) > MaxSize(fuzzMaxRows) {
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("%d bytes: err = %v, want ErrTooLarge", len(data), err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := Unpack(rows, len(data))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Fatal("round trip differs")
		}
	})
}

// FuzzUnpack feeds Unpack one row of arbitrary elements and a size: it must
// fail cleanly or return bytes that Pack maps back to exactly those rows
// (the packing is a bijection onto what Unpack accepts).
func FuzzUnpack(f *testing.F) {
	f.Add([]byte{}, uint32(0))
	f.Add([]byte{0, 1, 2, 3}, uint32(3))
	f.Fuzz(func(t *testing.T, raw []byte, size uint32) {
		row := make([]fr.Element, ElementsPerRow)
		for i := 0; i < len(row) && (i+1)*BytesPerElement <= len(raw); i++ {
			row[i].SetBytes(raw[i*BytesPerElement : (i+1)*BytesPerElement])
		}
		out, err := Unpack([][]fr.Element{row}, int(size%(RowPayloadBytes+64)))
		if err != nil {
			if !errors.Is(err, ErrNotPacked) {
				t.Fatalf("err = %v, want ErrNotPacked", err)
			}
			return
		}
		again, err := Pack(out, 1)
		if err != nil {
			t.Fatal(err)
		}
		for i := range row {
			if !again[0][i].Equal(&row[i]) {
				t.Fatalf("element %d: Unpack accepted rows Pack does not produce", i)
			}
		}
	})
}

func FuzzCellSetBytes(f *testing.F) {
	f.Add(make([]byte, BytesPerCell))
	f.Add(bytes.Repeat([]byte{0xff}, BytesPerCell))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Cell
		if err := c.SetBytes(b); err != nil {
			if len(b) == BytesPerCell && !errors.Is(err, ErrNonCanonical) {
				t.Fatalf("err = %v, want ErrNonCanonical", err)
			}
			return
		}
		if got := c.Bytes(); !bytes.Equal(got[:], b) {
			t.Fatal("SetBytes then Bytes does not round-trip")
		}
	})
}

// fuzzSquares caches one random square per k for FuzzRecoverSquare.
var fuzzSquares = map[int][][]Cell{}

// FuzzRecoverSquare erases cells of a k = 1, 2 or 4 square by the bits of
// mask and optionally corrupts one present element. Without corruption the
// square must be recovered exactly or fail with an *UnrecoverableError that
// names exactly the incomplete rows and columns, each of them truly stuck;
// with corruption it must return or fail cleanly.
func FuzzRecoverSquare(f *testing.F) {
	f.Add(uint8(0), []byte{0xff, 0x00}, uint16(0))
	f.Add(uint8(1), []byte{0x0f, 0xf0, 0xaa}, uint16(0))
	f.Add(uint8(2), []byte{0xff, 0xff, 0xff, 0x00}, uint16(513))
	f.Fuzz(func(t *testing.T, kSel uint8, mask []byte, corrupt uint16) {
		k := 1 << (kSel % 3)
		sq := fuzzSquares[k]
		if sq == nil {
			sq = randomSquare(t, rand.New(rand.NewPCG(uint64(k), 1)), k)
			fuzzSquares[k] = sq
		}
		bit := func(i int) bool {
			if len(mask) == 0 {
				return false
			}
			i %= 8 * len(mask)
			return mask[i/8]>>(i%8)&1 == 1
		}
		got := pointers(sq, func(r, c int) bool { return !bit(r*CellsPerRow + c) })
		corrupted := false
		if corrupt != 0 {
			r, c := int(corrupt)%(2*k), int(corrupt/7)%CellsPerRow
			if got[r][c] != nil {
				got[r][c][corrupt%ElementsPerCell].SetUint64(uint64(corrupt))
				corrupted = true
			}
		}
		err := RecoverSquare(got)
		var ue *UnrecoverableError
		switch {
		case err == nil:
			if !corrupted {
				equalSquare(t, got, sq)
			}
			for r := range got {
				for c := range got[r] {
					if got[r][c] == nil {
						t.Fatalf("no error but cell (%d, %d) missing", r, c)
					}
				}
			}
		case errors.As(err, &ue):
			rows, cols := incomplete(got)
			if !slices.Equal(rows, ue.Rows) || !slices.Equal(cols, ue.Cols) {
				t.Fatalf("error names rows %v cols %v, incomplete are %v %v", ue.Rows, ue.Cols, rows, cols)
			}
			for _, r := range ue.Rows {
				if _, n := missingMask(got[r]); n <= CellsPerRow/2 {
					t.Fatalf("row %d has only %d missing yet was not decoded", r, n)
				}
			}
			col := make([]*Cell, 2*k)
			for _, c := range ue.Cols {
				for r := range col {
					col[r] = got[r][c]
				}
				if _, n := missingMask(col); n <= k {
					t.Fatalf("column %d has only %d missing yet was not decoded", c, n)
				}
			}
			if !corrupted {
				for r := range got {
					for c := range got[r] {
						if got[r][c] != nil && *got[r][c] != sq[r][c] {
							t.Fatalf("cell (%d, %d) wrong", r, c)
						}
					}
				}
			}
		case errors.Is(err, ErrInconsistent):
			if !corrupted {
				t.Fatalf("uncorrupted square reported inconsistent: %v", err)
			}
		default:
			t.Fatalf("unexpected error %v", err)
		}
	})
}
