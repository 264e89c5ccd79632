package client

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// blobServer serves blob id's header (hdr) on /certificate and body(w)
// as the blob.
func blobServer(t *testing.T, id dac.BlobID, hdr *dac.Header, body func(w http.ResponseWriter)) *Client {
	t.Helper()
	hb, err := hdr.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api.RouteBlob+id.String()+"/certificate", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(&api.CertificateResult{BlobID: id, HeaderHash: hdr.Hash(), Header: hb})
	})
	mux.HandleFunc("GET "+api.RouteBlob+id.String(), func(w http.ResponseWriter, r *http.Request) { body(w) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	c, err := New(srv.URL, WithAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGetVerify checks Get with WithVerify against a real square (k = 2):
// the blob's bytes pass; other bytes of the same size fail naming the
// rows they corrupt; a header of another blob, short and long bodies and
// an oversized Content-Length fail before anything is trusted.
func TestGetVerify(t *testing.T) {
	k, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	data := make([]byte, erasure.RowPayloadBytes+5000)
	rand.Read(data)
	sq, err := k.Encode(data)
	if err != nil {
		t.Fatal(err)
	}
	hdr := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, ChainID: 1, Size: uint64(len(data)), K: uint32(sq.K),
		CommitmentsRoot: sq.Root, Expiry: 1 << 40, Epoch: 1}, Commitments: sq.Commitments}
	id := hdr.BlobID()
	other := *hdr
	other.Core.Size--
	secondRow := append([]byte(nil), data...)
	secondRow[erasure.RowPayloadBytes+3] ^= 1
	random := make([]byte, len(data))
	rand.Read(random)

	write := func(b []byte) func(w http.ResponseWriter) {
		return func(w http.ResponseWriter) { w.Write(b) }
	}
	tests := []struct {
		name  string
		hdr   *dac.Header
		body  func(w http.ResponseWriter)
		rows  []int // the rows a *VerifyError names
		check func(error) bool
	}{
		{"the blob", hdr, write(data), nil, func(err error) bool { return err == nil }},
		{"row 1 changed", hdr, write(secondRow), []int{1}, nil},
		{"random bytes", hdr, write(random), []int{0, 1}, nil},
		{"short", hdr, write(data[:len(data)-1]), nil, func(err error) bool { return errors.Is(err, ErrNotVerified) }},
		{"long, chunked", hdr, func(w http.ResponseWriter) {
			w.Write(data)
			w.(http.Flusher).Flush()
			w.Write([]byte{1})
		}, nil, func(err error) bool { return errors.Is(err, ErrBadResult) }},
		{"content-length beyond the header's size", hdr, func(w http.ResponseWriter) {
			w.Header().Set("Content-Length", strconv.Itoa(1<<40))
		}, nil, func(err error) bool { return errors.Is(err, ErrBadResult) }},
		{"header of another blob", &other, write(data), nil, func(err error) bool { return errors.Is(err, ErrNotVerified) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := blobServer(t, id, tt.hdr, tt.body)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			got, err := c.Get(ctx, id, WithVerify(k))
			if tt.check != nil {
				if !tt.check(err) {
					t.Fatalf("got %v", err)
				}
				if err == nil && !bytes.Equal(got, data) {
					t.Fatal("bytes differ")
				}
				return
			}
			var ve *VerifyError
			if !errors.As(err, &ve) || !errors.Is(err, ErrNotVerified) {
				t.Fatalf("got %v, want a VerifyError", err)
			}
			if len(ve.Rows) != len(tt.rows) || ve.Rows[0] != tt.rows[0] {
				t.Fatalf("rows %v, want %v", ve.Rows, tt.rows)
			}
			t.Log(err)
		})
	}
}

// TestGetMaxBlobSize: without verification Get still never reads past
// WithMaxBlobSize, whatever Content-Length says.
func TestGetMaxBlobSize(t *testing.T) {
	big := make([]byte, 4096)
	for _, body := range []func(w http.ResponseWriter){
		func(w http.ResponseWriter) { w.Write(big) },
		func(w http.ResponseWriter) { w.Header().Set("Content-Length", strconv.Itoa(1<<40)) },
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { body(w) }))
		c, err := New(srv.URL, WithAttempts(1), WithMaxBlobSize(1000))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Get(context.Background(), dac.BlobID{1}); !errors.Is(err, ErrBadResult) {
			t.Fatalf("got %v, want ErrBadResult", err)
		}
		srv.Close()
	}
}

// TestVerifyHeaderKnownZero: a header whose known-zero row (past the
// payload) commits to anything but the identity is refused before any
// byte is read; the identity passes.
func TestVerifyHeaderKnownZero(t *testing.T) {
	h := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, Size: 2*erasure.RowPayloadBytes + 1, K: 4},
		Commitments: make([]dac.Commitment, 8)}
	for r := range h.Commitments {
		h.Commitments[r] = dac.Commitment{0x80, byte(r + 1)}
	}
	for _, tt := range []struct {
		name string
		row3 dac.Commitment
		ok   bool
	}{
		{"identity", kzg.IdentityCommitment, true},
		{"another commitment", dac.Commitment{0x80, 9}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h.Commitments[3] = tt.row3
			h.Core.CommitmentsRoot = dac.CommitmentsRoot(h.Commitments)
			err := verifyHeader(h.BlobID(), h, 1<<30)
			var ve *VerifyError
			if tt.ok && err != nil || !tt.ok && !errors.As(err, &ve) {
				t.Fatalf("verifyHeader = %v", err)
			}
		})
	}
}
