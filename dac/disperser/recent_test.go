package disperser_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
)

func TestRecent(t *testing.T) {
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) { c.MaxRecords = 3 })
	if got := e.d.Recent(0); len(got) != 0 {
		t.Fatalf("Recent before any put = %d records", len(got))
	}
	var ids []dac.BlobID
	for i := range 4 {
		res, err := e.d.Put(context.Background(), []byte(fmt.Sprintf("blob %d", i)), disperser.PutOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.BlobID)
	}
	// MaxRecords 3: the first blob is forgotten; newest first.
	tests := []struct {
		n    int
		want []dac.BlobID
	}{
		{0, []dac.BlobID{ids[3], ids[2], ids[1]}},
		{-1, []dac.BlobID{ids[3], ids[2], ids[1]}},
		{2, []dac.BlobID{ids[3], ids[2]}},
		{10, []dac.BlobID{ids[3], ids[2], ids[1]}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			got := e.d.Recent(tt.n)
			if len(got) != len(tt.want) {
				t.Fatalf("Recent(%d) = %d records, want %d", tt.n, len(got), len(tt.want))
			}
			for i, st := range got {
				if st.BlobID != tt.want[i] || st.State != api.StateCertified || len(st.Signers) < 3 || st.Size == 0 {
					t.Fatalf("Recent(%d)[%d] = %+v, want certified %s", tt.n, i, st, tt.want[i])
				}
			}
		})
	}
	// A status is a copy.
	got := e.d.Recent(1)
	got[0].Signers[0] = 99
	if again := e.d.Recent(1); again[0].Signers[0] == 99 {
		t.Fatal("Recent shares the record's signers")
	}
}
