package api

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/quire-da/quire/dac"
)

func testID() dac.BlobID {
	var id dac.BlobID
	for i := range id {
		id[i] = byte(i*7 + 1)
	}
	return id
}

// TestCommitmentLayout checks the encoding byte for byte against the OP
// Stack Alt-DA layout written out independently here: type 1 (generic),
// the DA layer byte, then the payload (the blob ID).
func TestCommitmentLayout(t *testing.T) {
	id := testID()
	want := append([]byte{0x01, 0x71}, id[:]...)
	c := NewCommitment(id)
	if !bytes.Equal(c.Bytes(), want) {
		t.Fatalf("Bytes = %x, want %x", c.Bytes(), want)
	}
	if c.String() != "0x"+hex.EncodeToString(want) {
		t.Fatalf("String = %s", c.String())
	}
	got, err := ParseCommitment(want)
	if err != nil || got.Blob != id {
		t.Fatalf("ParseCommitment = %v, %v", got, err)
	}
	for _, s := range []string{c.String(), strings.TrimPrefix(c.String(), "0x"), strings.ToUpper(c.String()[2:])} {
		got, err := ParseCommitmentHex(s)
		if err != nil || got.Blob != id {
			t.Fatalf("ParseCommitmentHex(%q) = %v, %v", s, got, err)
		}
	}
}

func TestCommitmentRejects(t *testing.T) {
	id := testID()
	good := NewCommitment(id).Bytes()
	keccak := append([]byte{0x00}, id[:]...) // a type-0 keccak256 commitment
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"keccak commitment", keccak},
		{"type only", []byte{0x01}},
		{"other DA layer", append([]byte{0x01, 0x00}, id[:]...)},
		{"short", good[:len(good)-1]},
		{"long", append(bytes.Clone(good), 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseCommitment(tt.in); !errors.Is(err, ErrCommitment) {
				t.Fatalf("ParseCommitment = %v, want ErrCommitment", err)
			}
			if _, err := ParseCommitmentHex(hex.EncodeToString(tt.in)); !errors.Is(err, ErrCommitment) {
				t.Fatalf("ParseCommitmentHex = %v, want ErrCommitment", err)
			}
		})
	}
	for _, s := range []string{"0x", "0xzz", "0x0", strings.Repeat("ab", 1000)} {
		if _, err := ParseCommitmentHex(s); !errors.Is(err, ErrCommitment) {
			t.Fatalf("ParseCommitmentHex(%.20q) = %v, want ErrCommitment", s, err)
		}
	}
}

func TestCodes(t *testing.T) {
	want := map[Code]int{
		CodeMalformed: 400, CodeNotFound: 404, CodeMethod: 405, CodeTooLarge: 413, CodeQueueFull: 429,
		CodeInternal: 500, CodeNoQuorum: 503, CodeUnavailable: 503, CodeTimeout: 504,
		CodeSlowClient: 408, CodeUnauthorized: 401, CodeQuotaExceeded: 429,
	}
	if len(Codes()) != len(want) {
		t.Fatalf("%d codes, the table has %d", len(Codes()), len(want))
	}
	for _, c := range Codes() {
		if c.Status() != want[c] {
			t.Errorf("%s: status %d, want %d", c, c.Status(), want[c])
		}
		retry := c == CodeQueueFull || c == CodeNoQuorum || c == CodeUnavailable || c == CodeTimeout || c == CodeSlowClient || c == CodeQuotaExceeded
		if c.Retryable() != retry {
			t.Errorf("%s: retryable %v", c, c.Retryable())
		}
	}
	if Code("nope").Status() != http.StatusInternalServerError {
		t.Error("unknown code status")
	}
	e := &Error{Code: CodeNoQuorum, Message: "3 of 16", Members: []MemberError{{Member: 2, Reason: "refused"}}}
	if !strings.Contains(e.Error(), "member 2: refused") {
		t.Errorf("Error() = %q", e.Error())
	}
}

func TestJSONRoundTrip(t *testing.T) {
	in := PutResult{BlobID: testID(), Certificate: Hex{1, 2, 3}, Header: Hex{}, Signers: []int{0, 3},
		Epoch: 2, L1: &L1Status{Mode: L1Async, State: L1Pending}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"certificate":"0x010203"`)) || !bytes.Contains(b, []byte(`"blob_id":"0x0108`)) {
		t.Fatalf("unexpected JSON: %s", b)
	}
	var out PutResult
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.BlobID != in.BlobID || !bytes.Equal(out.Certificate, in.Certificate) || out.L1.State != L1Pending || len(out.Signers) != 2 {
		t.Fatalf("round trip: %+v", out)
	}
	for _, m := range []string{"off", "async", "wait"} {
		if got, err := ParseL1Mode(m); err != nil || string(got) != m {
			t.Fatalf("ParseL1Mode(%s) = %v, %v", m, got, err)
		}
	}
	if _, err := ParseL1Mode("sometimes"); err == nil {
		t.Fatal("ParseL1Mode accepted a bad mode")
	}
}

// FuzzParseCommitmentHex: commitments come from op-node and users. No
// input panics; an accepted one re-encodes to the same bytes.
func FuzzParseCommitmentHex(f *testing.F) {
	f.Add(NewCommitment(testID()).String())
	f.Add("0x01")
	f.Add("0x0171")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCommitmentHex(s)
		if err != nil {
			if !errors.Is(err, ErrCommitment) {
				t.Fatalf("error outside ErrCommitment: %v", err)
			}
			return
		}
		raw := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
		b, _ := hex.DecodeString(raw)
		if !bytes.Equal(c.Bytes(), b) {
			t.Fatalf("accepted %q but re-encodes to %x", s, c.Bytes())
		}
	})
}

// FuzzPutResult: the client decodes what a disperser sends. No input
// panics the JSON decoding or the header and certificate checks.
func FuzzPutResult(f *testing.F) {
	f.Add([]byte(`{"blob_id":"0x` + strings.Repeat("00", 32) + `","certificate":"0x01","header":"0x01"}`))
	f.Add([]byte(`{"certificate":"zz"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r PutResult
		if json.Unmarshal(b, &r) != nil {
			return
		}
		if c, err := r.DecodeCertificate(); err == nil && c == nil {
			t.Fatal("nil certificate without error")
		}
		if h, err := r.DecodeHeader(); err == nil && h.BlobID() != r.BlobID {
			t.Fatal("accepted a header for another blob")
		}
	})
}
