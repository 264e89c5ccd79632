package kzg

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// TestCheckRows commits to rows of arbitrary field elements (top bytes not
// zero: no blob of bytes packs into them) one by one, then checks them
// together, and names exactly the rows that are changed.
func TestCheckRows(t *testing.T) {
	c := testContext(t)
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 3))
	const k = 4
	rows := make([][]fr.Element, k)
	coms := make([]Commitment, 2*k)
	for i := range rows {
		rows[i] = make([]fr.Element, erasure.ElementsPerRow)
		for j := range rows[i] {
			rows[i][j].SetUint64(r.Uint64())
			var hi fr.Element
			hi.SetUint64(r.Uint64())
			rows[i][j].Mul(&rows[i][j], &hi) // spread over the field
		}
		var err error
		if coms[i], err = c.Commit(rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.CheckRows(rows, coms); err != nil {
		t.Fatalf("committed rows: %v", err)
	}
	tests := []struct {
		name string
		bad  []int
	}{
		{"one", []int{2}},
		{"two", []int{0, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed := make([][]fr.Element, k)
			for i := range rows {
				changed[i] = append([]fr.Element(nil), rows[i]...)
			}
			for _, b := range tt.bad {
				var one fr.Element
				one.SetOne()
				j := r.IntN(erasure.ElementsPerRow)
				changed[b][j].Add(&changed[b][j], &one)
			}
			err := c.CheckRows(changed, coms)
			var mm *RowMismatchError
			if !errors.As(err, &mm) || !errors.Is(err, ErrRowMismatch) {
				t.Fatalf("got %v, want a RowMismatchError", err)
			}
			if len(mm.Rows) != len(tt.bad) || mm.Rows[0] != tt.bad[0] || mm.Rows[len(mm.Rows)-1] != tt.bad[len(tt.bad)-1] {
				t.Fatalf("named rows %v, want %v", mm.Rows, tt.bad)
			}
		})
	}
	if err := c.CheckRows(rows, coms[:k-1]); !errors.Is(err, ErrSquare) {
		t.Fatalf("too few commitments: %v", err)
	}
	if err := c.CheckRows([][]fr.Element{rows[0][:10]}, coms); !errors.Is(err, ErrSquare) {
		t.Fatalf("short row: %v", err)
	}
}
