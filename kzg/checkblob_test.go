package kzg

import (
	"errors"
	"slices"
	"testing"

	"github.com/quire-da/quire/erasure"
)

// TestCheckBlob checks blob bytes against row commitments computed here
// with Commit: the right bytes pass, a changed byte names its row, a wrong
// size or too few commitments are ErrSquare.
func TestCheckBlob(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	data := make([]byte, 3*erasure.RowPayloadBytes+r.IntN(erasure.RowPayloadBytes))
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	rows, err := erasure.Pack(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	k := len(rows)
	coms := make([]Commitment, 2*k) // the parity half is not looked at
	for i, row := range rows {
		if coms[i], err = c.Commit(row); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.CheckBlob(data, k, coms); err != nil {
		t.Fatalf("right bytes: %v", err)
	}
	if err := c.CheckBlob(data, k, coms[:k]); err != nil {
		t.Fatalf("data-row commitments only: %v", err)
	}
	bad := slices.Clone(data)
	bad[erasure.RowPayloadBytes+r.IntN(erasure.RowPayloadBytes)] ^= 1
	bad[len(bad)-1] ^= 0x80
	var mm *RowMismatchError
	if err := c.CheckBlob(bad, k, coms); !errors.As(err, &mm) || !slices.Equal(mm.Rows, []int{1, 3}) || !errors.Is(err, ErrRowMismatch) {
		t.Fatalf("changed bytes in rows 1 and 3: %v", err)
	}
	for name, tc := range map[string]struct {
		data []byte
		k    int
		coms []Commitment
	}{
		"short data":       {data[:erasure.RowPayloadBytes], k, coms},
		"k not pow2":       {data, 3, coms},
		"few commitments":  {data, k, coms[:k-1]},
		"bad k for size 0": {nil, 2, coms},
	} {
		if err := c.CheckBlob(tc.data, tc.k, tc.coms); !errors.Is(err, ErrSquare) {
			t.Errorf("%s: %v, want ErrSquare", name, err)
		}
	}
}
