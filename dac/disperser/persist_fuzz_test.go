package disperser_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
)

// TestStoredRecordRoundTrip encodes a certified record as the data dir
// keeps it, decodes it, and checks that damaged copies are refused: the
// key of another blob, a certificate of another header, a truncation.
// QUIRE_WRITE_SEEDS=1 writes the encoding as a seed of FuzzDecodeRecord.
func TestStoredRecordRoundTrip(t *testing.T) {
	r := testRand(t)
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3})
	ctx := timeout(t, time.Minute)
	res, err := e.Disperser.Put(ctx, randomBytes(r, 700), disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b := disperser.StoredRecord(e.Disperser, res.BlobID)
	if err := disperser.DecodeStoredRecord(res.BlobID, b); err != nil {
		t.Fatalf("decoding a stored record: %v", err)
	}
	other := res.BlobID
	other[0] ^= 1
	if err := disperser.DecodeStoredRecord(other, b); err == nil {
		t.Fatal("a record decoded under another blob's key")
	}
	for _, n := range []int{0, 1, len(b) / 2, len(b) - 1} {
		if err := disperser.DecodeStoredRecord(res.BlobID, b[:n]); err == nil {
			t.Fatalf("a record cut to %d bytes decoded", n)
		}
	}
	res2, err := e.Disperser.Put(ctx, randomBytes(r, 800), disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b2 := disperser.StoredRecord(e.Disperser, res2.BlobID)
	// Graft the second blob's certificate onto the first record.
	i, j := bytes.Index(b, []byte(`"cert":"`)), bytes.Index(b2, []byte(`"cert":"`))
	if i < 0 || j < 0 {
		t.Fatal("no certificate in the encoding")
	}
	ei, ej := i+8+bytes.IndexByte(b[i+8:], '"'), j+8+bytes.IndexByte(b2[j+8:], '"')
	forged := append(append(append([]byte{}, b[:i]...), b2[j:ej]...), b[ei:]...)
	if err := disperser.DecodeStoredRecord(res.BlobID, forged); err == nil {
		t.Fatal("a record with another header's certificate decoded")
	}
	if os.Getenv("QUIRE_WRITE_SEEDS") != "" {
		dir := filepath.Join("testdata", "fuzz", "FuzzDecodeRecord")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		seed := "go test fuzz v1\n[]byte(" + quote(res.BlobID[:]) + ")\n[]byte(" + quote(b) + ")\n"
		if err := os.WriteFile(filepath.Join(dir, "certified"), []byte(seed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func quote(b []byte) string {
	var s bytes.Buffer
	s.WriteByte('"')
	for _, c := range b {
		switch {
		case c == '"' || c == '\\':
			s.WriteByte('\\')
			s.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			s.WriteByte(c)
		default:
			const hex = "0123456789abcdef"
			s.WriteString(`\x`)
			s.WriteByte(hex[c>>4])
			s.WriteByte(hex[c&15])
		}
	}
	s.WriteByte('"')
	return s.String()
}

// FuzzDecodeRecord feeds the data-dir record decoder arbitrary bytes: it
// must never panic, and what it accepts must name the key's blob.
func FuzzDecodeRecord(f *testing.F) {
	f.Add(make([]byte, 32), []byte(`{}`))
	f.Add(make([]byte, 32), []byte(`{"state":"certified","header":"0x00"}`))
	f.Fuzz(func(t *testing.T, id, b []byte) {
		var bid dac.BlobID
		copy(bid[:], id)
		_ = disperser.DecodeStoredRecord(bid, b)
	})
}
