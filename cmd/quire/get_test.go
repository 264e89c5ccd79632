package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/kzg"
)

// lyingDisperser answers GET for blob id with body, and its certificate
// route with the blob's real header.
func lyingDisperser(t *testing.T, id dac.BlobID, hdr *dac.Header, body []byte) string {
	hb, err := hdr.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api.RouteBlob+id.String()+"/certificate", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(&api.CertificateResult{BlobID: id, HeaderHash: hdr.Hash(), Header: hb})
	})
	mux.HandleFunc("GET "+api.RouteBlob+id.String(), func(w http.ResponseWriter, r *http.Request) { w.Write(body) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestGetVerifies: a disperser that answers a real blob ID with 3 MiB of
// random bytes, or with random bytes of the blob's size, makes quire get
// fail without writing the file (naming the rows in the second case);
// --no-verify writes what it is sent; the blob's bytes pass.
func TestGetVerifies(t *testing.T) {
	k, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	data := make([]byte, 20_000)
	rand.Read(data)
	sq, err := k.Encode(data)
	if err != nil {
		t.Fatal(err)
	}
	hdr := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, ChainID: 1, Size: uint64(len(data)), K: uint32(sq.K),
		CommitmentsRoot: sq.Root, Expiry: 1 << 40, Epoch: 1}, Commitments: sq.Commitments}
	id := hdr.BlobID()
	huge := make([]byte, 3<<20)
	rand.Read(huge)
	same := make([]byte, len(data))
	rand.Read(same)
	tests := []struct {
		name   string
		body   []byte
		extra  []string
		ok     bool
		stderr string
		code   int
	}{
		{"3 MiB of random bytes", huge, nil, false, "20000", exitError}, // more than the header says: a broken answer, not a verdict
		{"random bytes of the blob's size", same, nil, false, "data rows [0] do not match", exitNegative},
		{"--no-verify writes them", same, []string{"--no-verify"}, true, "", exitOK},
		{"the blob", data, nil, true, "", exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := lyingDisperser(t, id, hdr, tt.body)
			file := filepath.Join(t.TempDir(), "out.bin")
			var out, errOut bytes.Buffer
			code := run(append([]string{"get", id.String(), "-o", file, "--url", url, "--quiet"}, tt.extra...), &out, &errOut)
			got, rerr := os.ReadFile(file)
			switch {
			case !tt.ok && code == 0:
				t.Fatalf("exit 0 for bad bytes: %s", errOut.String())
			case !tt.ok && rerr == nil:
				t.Fatal("the file was written")
			case !tt.ok && !strings.Contains(errOut.String(), tt.stderr):
				t.Fatalf("stderr %q does not say %q", errOut.String(), tt.stderr)
			case tt.ok && (code != 0 || !bytes.Equal(got, tt.body)):
				t.Fatalf("exit %d, %d bytes written: %s", code, len(got), errOut.String())
			case code != tt.code:
				t.Fatalf("exit %d, want %d (bytes that do not verify are a negative verdict): %s", code, tt.code, errOut.String())
			}
			t.Logf("exit %d: %s", code, strings.TrimSpace(errOut.String()))
		})
	}
}

// TestGetFromMembers: quire get --from-members reads the certification
// on L1 and fetches the blob from the members, no disperser involved;
// quire get --committee checks the disperser's header against L1 too.
func TestGetFromMembers(t *testing.T) {
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true})
	old := dialGetL1
	dialGetL1 = func(context.Context, string) (l1.Backend, func(), error) { return e.Sim.Client(), func() {}, nil }
	t.Cleanup(func() { dialGetL1 = old })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	data := make([]byte, 150_000)
	rand.Read(data)
	res, err := e.Disperser.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	committee := e.Contract.Address().Hex()
	for name, args := range map[string][]string{
		"from members":         {"--from-members", "--committee", committee, "--l1-rpc", "sim://"},
		"disperser, L1 header": {"--url", e.URL, "--committee", committee, "--l1-rpc", "sim://"},
	} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
			var out, errOut bytes.Buffer
			if code := run(append([]string{"get", res.BlobID.String(), "-o", file, "--quiet"}, args...), &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			if got, err := os.ReadFile(file); err != nil || !bytes.Equal(got, data) {
				t.Fatalf("wrote %d bytes (%v), not the blob", len(got), err)
			}
		})
	}
	var out, errOut bytes.Buffer
	var id dac.BlobID
	rand.Read(id[:])
	if code := run([]string{"get", id.String(), "-o", filepath.Join(dir, "none"), "--from-members", "--committee", committee}, &out, &errOut); code == 0 ||
		!strings.Contains(errOut.String(), "not certified") {
		t.Fatalf("uncertified blob: exit %d, %s", code, errOut.String())
	}
}
