package sampler_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/samplertest"
)

func zeroHeader(size uint64, id byte) *dac.Header {
	k := uint32(erasure.RowsFor(int(size)))
	h := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, Size: size, K: k, Epoch: uint64(id)}}
	h.Commitments = make([]dac.Commitment, 2*k)
	return h
}

// HeaderPositions never picks a known-zero cell, covers every other row,
// and draws exactly what Positions draws when there are no known-zero rows.
func TestHeaderPositionsSkipKnownZero(t *testing.T) {
	r := testRand(t)
	for _, tc := range []struct {
		size uint64
		live int
	}{
		{0, 1},                               // k = 1, row 0 known-zero
		{1, 2},                               // k = 1, none
		{2*erasure.RowPayloadBytes + 1, 7},   // k = 4, row 3
		{1 << 20, 25},                        // k = 16, rows 9..15
		{17 << 20, 256 + 141},                // k = 256, rows 141..255
		{8 * erasure.RowPayloadBytes, 8 + 8}, // k = 8, none
	} {
		t.Run(fmt.Sprint(tc.size), func(t *testing.T) {
			h := zeroHeader(tc.size, byte(r.Uint32()))
			if got := sampler.LiveRows(h); got != tc.live {
				t.Fatalf("LiveRows = %d, want %d", got, tc.live)
			}
			sec := randSecret(r)
			s := sampler.SampleCount(h, 600)
			ps, err := sampler.HeaderPositions(sec, h, s)
			if err != nil {
				t.Fatal(err)
			}
			rows := map[int]bool{}
			for _, p := range ps {
				if h.KnownZero(p.Row) || p.Row < 0 || p.Row >= 2*int(h.Core.K) {
					t.Fatalf("position %v is a known-zero or out-of-range cell", p)
				}
				rows[p.Row] = true
			}
			// 600 samples (or every cell) hit every live row with
			// overwhelming probability: the skip does not drop a row.
			if len(rows) != tc.live && s >= 10*tc.live {
				t.Fatalf("%d rows sampled, %d live", len(rows), tc.live)
			}
			if int(h.Core.K) == h.PayloadRows() {
				plain, err := sampler.Positions(sec, h.BlobID(), int(h.Core.K), s)
				if err != nil || !slices.Equal(plain, ps) {
					t.Fatalf("without known-zero rows HeaderPositions differs from Positions (%v)", err)
				}
			}
			if _, err := sampler.HeaderPositions(sec, h, tc.live*sampler.Columns+1); !errors.Is(err, sampler.ErrSamples) {
				t.Fatalf("more samples than live cells: err = %v", err)
			}
		})
	}
}

// The bound with known-zero rows skipped is never below the stated one,
// and the smallest unrecoverable withholding of a square with a known-zero
// row is still MinWithheld(k) live cells, checked with the decoder on a
// real square: k+1 live rows by 65 columns withheld (the known-zero row
// filled from knowledge) is unrecoverable, one cell less is recovered.
func TestKnownZeroBound(t *testing.T) {
	for k := 1; k <= 256; k *= 2 {
		for payload := k/2 + 1; payload <= k; payload++ {
			live := k + payload
			for n := 1; n <= 64; n++ {
				b, c := sampler.ConfidenceBoundRows(k, live, n), sampler.Confidence(n)
				if b < c || b < sampler.ConfidenceBound(k, n) {
					t.Fatalf("k=%d live=%d n=%d: bound %.12f below %.12f", k, live, n, b, c)
				}
			}
		}
	}
	if sampler.ConfidenceBoundRows(1, 1, 1) != 1 {
		t.Fatal("the empty blob cannot be withheld")
	}

	sq, err := samplertest.Square(samplertest.KnownZeroBlob)
	if err != nil {
		t.Fatal(err)
	}
	k := sq.K
	if !sq.KnownZero(3) || k != 4 {
		t.Fatalf("test blob: k=%d, want row 3 known-zero", k)
	}
	rows := []int{0, 4, 5, 6, 7} // k+1 live rows
	cols := []int{3}
	for c := 64; c < 128; c++ {
		cols = append(cols, c)
	}
	grid := func(skip int) [][]*erasure.Cell {
		g := make([][]*erasure.Cell, sq.Rows())
		for r := range g {
			g[r] = make([]*erasure.Cell, erasure.CellsPerRow)
			for c := range g[r] {
				cell := sq.Cells[r][c] // the known-zero row: zeros, from knowledge
				g[r][c] = &cell
			}
		}
		i := 0
		for _, r := range rows {
			for _, c := range cols {
				if i != skip {
					g[r][c] = nil
				}
				i++
			}
		}
		return g
	}
	if len(rows)*len(cols) != sampler.MinWithheld(k) {
		t.Fatalf("test bug: block of %d cells", len(rows)*len(cols))
	}
	if err := erasure.RecoverSquare(grid(-1)); !errors.Is(err, erasure.ErrUnrecoverable) {
		t.Fatalf("withholding %d live cells: got %v, want ErrUnrecoverable", sampler.MinWithheld(k), err)
	}
	if err := erasure.RecoverSquare(grid(7)); err != nil {
		t.Fatalf("one cell short of the block: %v", err)
	}
}
