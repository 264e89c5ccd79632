package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

func TestSquareJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"square", "--json", "--generate", "1000"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	var rep squareReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("output is not the JSON report: %v\n%s", err, out.String())
	}
	if rep.Size != 1000 || rep.K != 1 || rep.Rows != 2 || len(rep.Commitments) != 2 {
		t.Fatalf("size %d k %d rows %d commitments %d", rep.Size, rep.K, rep.Rows, len(rep.Commitments))
	}
	root := kzg.CommitmentsRoot(rep.Commitments)
	if got := strings.TrimPrefix(rep.CommitmentsRoot, "0x"); got != bytesHex(root[:]) {
		t.Fatalf("commitmentsRoot %s is not the root of the printed commitments", rep.CommitmentsRoot)
	}
	if want := dac.ComputeBlobID(dac.FormatVersion, 1000, 1, root); rep.BlobID != want {
		t.Fatalf("blobId %s, want %s", rep.BlobID, want)
	}
	if !rep.Verify.OK || rep.Verify.Samples != squareSamples || len(rep.Verify.Cells) != squareSamples {
		t.Fatalf("verify %+v", rep.Verify)
	}
	seen := map[[2]int]bool{}
	for _, p := range rep.Verify.Cells {
		if p[0] < 0 || p[0] >= rep.Rows || p[1] < 0 || p[1] >= erasure.CellsPerRow || seen[p] {
			t.Fatalf("bad or repeated sample position %v", p)
		}
		seen[p] = true
	}
	if rep.Stages.Total <= 0 || rep.Stages.DataRows <= 0 || rep.Stages.DataRows > rep.Stages.Total {
		t.Fatalf("stage times %+v", rep.Stages)
	}
}

// The text report of a file: its blob ID must be the one the same bytes
// get from the library.
func TestSquareFile(t *testing.T) {
	data := []byte(strings.Repeat("quire square test data ", 200))
	path := filepath.Join(t.TempDir(), "blob.bin")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"square", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	c, err := squareContext()
	if err != nil {
		t.Fatal(err)
	}
	sq, err := c.Encode(data)
	if err != nil {
		t.Fatal(err)
	}
	id := dac.ComputeBlobID(dac.FormatVersion, uint64(len(data)), 1, sq.Root)
	for _, want := range []string{
		"size              4600 bytes",
		"k                 1 data rows (2 x 128 cells extended), 1 of them payload, 0 known-zero",
		"blob ID           " + id.String(),
		"commit+FK20 data",
		"extend parity",
		"verify            30 random cells in one batch: ok",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSquareErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.bin")
	if err := os.WriteFile(big, make([]byte, erasure.RowPayloadBytes+1), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no input", []string{"square"}, 2, "needs a FILE or --generate"},
		{"file and generate", []string{"square", "--generate", "5", "x"}, 2, "not both"},
		{"two files", []string{"square", "a", "b"}, 2, "one FILE"},
		{"bad max-rows", []string{"square", "--max-rows", "0", "--generate", "5"}, 2, "--max-rows"},
		{"generate too large", []string{"square", "--max-rows", "1", "--generate", "126977"}, 2, "exceeds"},
		{"missing file", []string{"square", filepath.Join(dir, "nope")}, 1, "no such file"},
		{"file too large", []string{"square", "--max-rows", "1", big}, 1, "too large"},
		{"bad flag", []string{"square", "--frob"}, 2, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tt.args, &out, &errOut); code != tt.wantCode {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.wantCode, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Fatalf("stderr %q lacks %q", errOut.String(), tt.wantErr)
			}
		})
	}
}

func bytesHex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, x := range b {
		out[2*i], out[2*i+1] = digits[x>>4], digits[x&15]
	}
	return string(out)
}
