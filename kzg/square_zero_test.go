package kzg

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/quire-da/quire/erasure"
)

// Known-zero rows: sizes whose payload rows leave z = 0, 1 and the most a
// k allows (k/2 - 1, and z = k for the empty blob) padding rows.
func TestKnownZeroRows(t *testing.T) {
	c := sqContext(t)
	rng := sqRand(t)
	tests := []struct {
		name    string
		size    int
		k, zero int
	}{
		{"z=0", 2 * erasure.RowPayloadBytes, 2, 0},
		{"z=1", 2*erasure.RowPayloadBytes + 7, 4, 1},
		{"z=k/2-1", 4*erasure.RowPayloadBytes + 1, 8, 3},
		{"empty z=k", 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := sqBlob(rng, tt.size)
			sq, err := c.Encode(data)
			if err != nil {
				t.Fatal(err)
			}
			if sq.K != tt.k {
				t.Fatalf("k = %d, want %d", sq.K, tt.k)
			}
			zeros := 0
			var zeroCell erasure.Cell
			for r := range sq.Rows() {
				if !sq.KnownZero(r) {
					continue
				}
				zeros++
				if r >= sq.K {
					t.Fatalf("parity row %d reported known-zero", r)
				}
				if sq.Commitments[r] != IdentityCommitment {
					t.Fatalf("row %d: commitment %v, want the identity", r, sq.Commitments[r])
				}
				for j := range cellsPerRow {
					if sq.Proofs[r][j] != IdentityProof || sq.Cells[r][j] != zeroCell {
						t.Fatalf("row %d cell %d: not a zero cell with the identity proof", r, j)
					}
				}
			}
			if zeros != tt.zero {
				t.Fatalf("%d known-zero rows, want %d", zeros, tt.zero)
			}
			// The square is still the square: every cell verifies, the
			// parity commitments extend the data ones, and the last parity
			// row's derived proofs are FK20's (skipping a row changed
			// nothing but the work).
			var items []CellItem
			for r := range sq.Rows() {
				for j := range cellsPerRow {
					items = append(items, sq.Item(r, j))
				}
			}
			if err := c.VerifyCells(items); err != nil {
				t.Fatal(err)
			}
			if err := c.CheckExtension(sq.Commitments, [32]byte{3}); err != nil {
				t.Fatal(err)
			}
			last := sq.Rows() - 1
			proofs, err := c.CellProofs(rowData(sq.Cells[last]))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(proofs, sq.Proofs[last]) {
				t.Fatal("derived parity proofs differ from FK20's")
			}

			// Recovery from the minimum: whole rows, k - z of the 2k - z
			// rows that are not known-zero, chosen at random. Every column
			// then has k - z cells plus z known ones. One row fewer must
			// fail.
			var live []int
			for r := range sq.Rows() {
				if !sq.KnownZero(r) {
					live = append(live, r)
				}
			}
			rng.Shuffle(len(live), func(i, j int) { live[i], live[j] = live[j], live[i] })
			need := sq.K - zeros
			keep := live[:need]
			got, err := c.RecoverBlob(sq.K, sq.Size, sq.Commitments, grid(sq, func(r, _ int) bool { return slices.Contains(keep, r) }))
			if err != nil {
				t.Fatalf("rows %v: %v", keep, err)
			}
			if !bytes.Equal(got, data) {
				t.Fatal("recovered bytes differ")
			}
			if need > 0 {
				fewer := keep[:need-1]
				_, err := c.RecoverBlob(sq.K, sq.Size, sq.Commitments, grid(sq, func(r, _ int) bool { return slices.Contains(fewer, r) }))
				if !errors.Is(err, erasure.ErrUnrecoverable) {
					t.Fatalf("rows %v: err = %v, want ErrUnrecoverable", fewer, err)
				}
			}
		})
	}
}

func TestKnownZero(t *testing.T) {
	for _, tt := range []struct {
		size, k int
		zero    []int
	}{
		{0, 1, []int{0}},
		{1, 1, nil},
		{erasure.RowPayloadBytes, 1, nil},
		{erasure.RowPayloadBytes + 1, 2, nil},
		{2*erasure.RowPayloadBytes + 1, 4, []int{3}},
		{1 << 20, 16, []int{9, 10, 11, 12, 13, 14, 15}},
	} {
		t.Run(fmt.Sprint(tt.size), func(t *testing.T) {
			if k := erasure.RowsFor(tt.size); k != tt.k {
				t.Fatalf("k = %d, want %d", k, tt.k)
			}
			var got []int
			for r := range 2 * tt.k {
				if KnownZero(tt.size, tt.k, r) {
					got = append(got, r)
				}
			}
			if !slices.Equal(got, tt.zero) {
				t.Fatalf("known-zero rows %v, want %v", got, tt.zero)
			}
		})
	}
}
