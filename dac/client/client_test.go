package client

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/erasure"
)

// result builds the PutResult an honest disperser would return for data:
// a header whose commitments root, hash and blob ID hold together (the
// client checks those, not the KZG commitments themselves, so arbitrary
// 48-byte commitments do) and a certificate for it with one signer.
func result(t *testing.T, data []byte) *api.PutResult {
	t.Helper()
	k := erasure.RowsFor(len(data))
	h := dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, ChainID: 5, Size: uint64(len(data)), K: uint32(k),
		Expiry: 1 << 40, Epoch: 2}, Commitments: make([]dac.Commitment, 2*k)}
	seed := sha256.Sum256(data)
	for i := range h.Commitments {
		h.Commitments[i] = dac.Commitment(append(seed[:], seed[:16]...))
		h.Commitments[i][0] = byte(i)
	}
	h.Core.CommitmentsRoot = dac.CommitmentsRoot(h.Commitments)
	hb, err := h.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	sk, _ := bls.GenerateKey(rand.Reader)
	bm, _ := dac.NewBitmap(4)
	bm.Set(1)
	msg := dac.AttestMessage(5, [20]byte{}, 2, h.Hash())
	cert := dac.Certificate{HeaderHash: h.Hash(), Epoch: 2, Signers: bm, Signature: sk.Sign(msg[:])}
	cb, _ := cert.MarshalBinary()
	return &api.PutResult{BlobID: h.BlobID(), HeaderHash: h.Hash(), Certificate: cb, Header: hb, Epoch: 2,
		Size: uint64(len(data)), K: uint32(k), Signers: []int{1}}
}

// script answers each request with the next of its handlers (the last
// one repeats) and counts requests.
type script struct {
	steps []http.HandlerFunc
	n     atomic.Int32
}

func (s *script) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i := int(s.n.Add(1)) - 1
	s.steps[min(i, len(s.steps)-1)](w, r)
}

func fail(status int, code api.Code) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", api.MediaJSON)
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(api.Error{Code: code, Message: "scripted", Members: []api.MemberError{{Member: 3, Reason: "down"}}})
	}
}

func ok(v any) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", api.MediaJSON)
		json.NewEncoder(w).Encode(v)
	}
}

func fast(t *testing.T, url string, opts ...Option) *Client {
	c, err := New(url, append([]Option{WithBackoff(time.Millisecond, 4*time.Millisecond)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestPutRetries(t *testing.T) {
	data := []byte("retry me")
	good := result(t, data)
	tests := []struct {
		name     string
		steps    []http.HandlerFunc
		attempts int
		requests int32
		code     api.Code // "" for success
	}{
		{"503 then ok", []http.HandlerFunc{fail(503, api.CodeNoQuorum), fail(504, api.CodeTimeout), ok(good)}, 4, 3, ""},
		{"429 then ok", []http.HandlerFunc{fail(429, api.CodeQueueFull), ok(good)}, 4, 2, ""},
		{"503 until out of attempts", []http.HandlerFunc{fail(503, api.CodeNoQuorum)}, 3, 3, api.CodeNoQuorum},
		{"no retry on 400", []http.HandlerFunc{fail(400, api.CodeMalformed), ok(good)}, 4, 1, api.CodeMalformed},
		{"no retry on 413", []http.HandlerFunc{fail(413, api.CodeTooLarge), ok(good)}, 4, 1, api.CodeTooLarge},
		{"attempts 1", []http.HandlerFunc{fail(504, api.CodeTimeout), ok(good)}, 1, 1, api.CodeTimeout},
		{"non-JSON 503 from a proxy", []http.HandlerFunc{func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "upstream down", http.StatusServiceUnavailable)
		}}, 2, 2, api.CodeNoQuorum},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &script{steps: tt.steps}
			srv := httptest.NewServer(s)
			defer srv.Close()
			res, err := fast(t, srv.URL, WithAttempts(tt.attempts)).Put(context.Background(), data)
			if got := s.n.Load(); got != tt.requests {
				t.Fatalf("%d requests, want %d", got, tt.requests)
			}
			if tt.code == "" {
				if err != nil || res.BlobID != good.BlobID {
					t.Fatalf("Put = %v, %v", res, err)
				}
				return
			}
			var ae *api.Error
			if !errors.As(err, &ae) || ae.Code != tt.code {
				t.Fatalf("Put error %v, want code %s", err, tt.code)
			}
		})
	}
}

func TestPutChecksTheAnswer(t *testing.T) {
	data := []byte("check me")
	good := result(t, data)
	other := result(t, []byte("something else"))
	tamper := func(f func(r *api.PutResult)) *api.PutResult {
		r := *good
		f(&r)
		return &r
	}
	tests := map[string]*api.PutResult{
		"header of another blob":      tamper(func(r *api.PutResult) { r.Header = other.Header }),
		"certificate of another blob": tamper(func(r *api.PutResult) { r.Certificate = other.Certificate }),
		"blob id of another blob":     tamper(func(r *api.PutResult) { r.BlobID = other.BlobID }),
		"garbage certificate":         tamper(func(r *api.PutResult) { r.Certificate = api.Hex{1, 2} }),
	}
	for name, res := range tests {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(ok(res))
			defer srv.Close()
			if _, err := fast(t, srv.URL).Put(context.Background(), data); !errors.Is(err, ErrBadResult) {
				t.Fatalf("Put = %v, want ErrBadResult", err)
			}
		})
	}
	// The right answer for other bytes (size differs) is refused too.
	srv := httptest.NewServer(ok(other))
	defer srv.Close()
	if _, err := fast(t, srv.URL).Put(context.Background(), data); !errors.Is(err, ErrBadResult) {
		t.Fatalf("Put with another blob's answer = %v, want ErrBadResult", err)
	}
}

func TestTransportErrorsRetryAndContextStops(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens now
	c := fast(t, url, WithAttempts(3))
	start := time.Now()
	if _, err := c.Get(context.Background(), dac.BlobID{}); err == nil {
		t.Fatal("Get from a closed server succeeded")
	}
	// A cancelled context ends the retries at once.
	c = fast(t, url, WithAttempts(100), WithBackoff(time.Hour, time.Hour))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx, dac.BlobID{}); err == nil {
		t.Fatal("Get succeeded")
	}
	if time.Since(start) > 30*time.Second {
		t.Fatal("retries did not stop with the context")
	}
}

func TestGetProgressAndErrors(t *testing.T) {
	payload := make([]byte, 300_000)
	rand.Read(payload)
	var last, total int64
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/blobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") != (dac.BlobID{7}).String() {
			fail(404, api.CodeNotFound)(w, r)
			return
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(payload))) // as the disperser does
		w.Write(payload)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := fast(t, srv.URL)
	got, err := c.Get(context.Background(), dac.BlobID{7}, WithProgress(func(done, t int64) { last, total = done, t }))
	if err != nil || string(got) != string(payload) {
		t.Fatalf("Get = %d bytes, %v", len(got), err)
	}
	if last != int64(len(payload)) || total != int64(len(payload)) {
		t.Fatalf("progress ended at %d of %d", last, total)
	}
	var ae *api.Error
	if _, err := c.Get(context.Background(), dac.BlobID{8}); !errors.As(err, &ae) || ae.Code != api.CodeNotFound || len(ae.Members) != 1 {
		t.Fatalf("Get of an unknown blob = %v", err)
	}
}

func TestNewRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:3100", "ftp://x", "http://"} {
		if _, err := New(u); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
}
