package node

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// FuzzParseConfig: a config file from a user never panics the parser or
// the validator, and what parses re-encodes to a config that parses to
// the same thing.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"chain_id": 5, "listen": ["/ip4/1.2.3.4/tcp/1"], "store": {"in_memory": true, "dir": ""}}`))
	f.Add([]byte(`{"committee": {"source": "static", "static": {"epoch": 1, "threshold": 2, "members": [{"public_key": "0x00", "peer_id": "x"}]}}}`))
	f.Add([]byte(`{"max_retention": "1h", "min_retention": "2h", "limits": {"byte_burst": -1}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, err := ParseConfig(bytes.NewReader(b))
		if err != nil {
			return
		}
		_ = cfg.Validate()
		enc, err := json.Marshal(cfg)
		if err != nil {
			t.Fatalf("parsed config does not marshal: %v", err)
		}
		again, err := ParseConfig(bytes.NewReader(enc))
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		enc2, _ := json.Marshal(again)
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("config changed on a round trip:\n%s\n%s", enc, enc2)
		}
	})
}

// FuzzBlobRecord: the store's per-blob record decodes only canonical
// encodings.
func FuzzBlobRecord(f *testing.F) {
	r := &blobRecord{header: [32]byte{1}}
	r.setColumn(3, 7)
	r.setColumn(9, 1)
	f.Add(r.encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		rec, err := decodeBlobRecord(b)
		if err != nil {
			return
		}
		// Duplicate or unsorted columns decode but do not re-encode the same.
		if enc := rec.encode(); len(enc) > len(b) {
			t.Fatalf("re-encoding grew: %d > %d", len(enc), len(b))
		}
	})
}

// FuzzColumnAdmission: a member's decisions on a received column under a
// header with known-zero rows. A column is admitted only with one cell per
// stored row; every verification item of an admitted column is a stored
// (never a known-zero) row against that row's commitment, and a bad-cells
// rejection names stored rows only.
func FuzzColumnAdmission(f *testing.F) {
	one := func(n int) []byte {
		b, _ := (&wire.Column{Index: 5, Cells: make([]erasure.Cell, n), Proofs: make([]kzg.Proof, n)}).AppendBinary(nil)
		return b
	}
	f.Add(uint32(0), one(1))                           // k = 1, row 0 known-zero: one cell
	f.Add(uint32(0), one(2))                           // the same carrying the known-zero cell
	f.Add(uint32(2*erasure.RowPayloadBytes+1), one(7)) // k = 4, row 3 known-zero
	f.Fuzz(func(t *testing.T, size uint32, body []byte) {
		size %= 8*erasure.RowPayloadBytes + 1
		k := erasure.RowsFor(int(size))
		h := &dac.Header{Core: dac.HeaderCore{Size: uint64(size), K: uint32(k)}, Commitments: make([]kzg.Commitment, 2*k)}
		for r := range h.Commitments {
			h.Commitments[r][0], h.Commitments[r][1] = 0x80, byte(r)
		}
		var c wire.Column
		if err := c.UnmarshalBinary(body); err != nil {
			return
		}
		stored := h.StoredRows()
		if rej := checkColumn(&c, c.Index, h); rej != nil {
			if len(c.Cells) == len(stored) || rej.Code != wire.CodeMalformed {
				t.Fatalf("column of %d cells (want %d) refused: %+v", len(c.Cells), len(stored), rej)
			}
			return
		}
		if len(c.Cells) != len(stored) {
			t.Fatalf("column of %d cells admitted, %d stored rows", len(c.Cells), len(stored))
		}
		items := cellItems(h, []*wire.Column{&c})
		all := make([]int, len(items))
		for i, it := range items {
			if it.Commitment != h.Commitments[stored[i]] || h.KnownZero(stored[i]) {
				t.Fatalf("item %d checks row %d", i, stored[i])
			}
			all[i] = i
		}
		rej := badCells(&kzg.InvalidCellError{Items: all, Causes: make([]error, len(all))}, stored, []*wire.Column{&c})
		for _, ref := range rej.Cells {
			if h.KnownZero(int(ref.Row)) {
				t.Fatalf("bad-cells rejection names known-zero row %d", ref.Row)
			}
		}
		if len(rej.Cells) != min(len(items), wire.MaxRejectCells) {
			t.Fatalf("%d bad cells named of %d", len(rej.Cells), len(items))
		}
	})
}
