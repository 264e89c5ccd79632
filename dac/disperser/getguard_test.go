package disperser_test

import (
	"context"
	"crypto/rand"
	"net/http"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/p2p"
)

func getStatus(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Retry-After")
}

// TestNegativeCache: a GET of an ID no custodian holds probes the members
// once; repeats within NegativeCacheTTL are 404 without a probe, and a
// blob this disperser dispersed is never answered from the cache.
func TestNegativeCache(t *testing.T) {
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) { c.NegativeCacheTTL = p2p.Duration(time.Minute) })
	var id dac.BlobID
	rand.Read(id[:])
	if s, _ := getStatus(t, e.srv.URL+"/v1/blobs/"+id.String()); s != 404 {
		t.Fatalf("first GET: %d, want 404", s)
	}
	probes := e.net.reads.Load()
	if probes == 0 {
		t.Fatal("the first GET probed no member")
	}
	for range 5 {
		if s, _ := getStatus(t, e.srv.URL+"/v1/blobs/"+id.String()); s != 404 {
			t.Fatalf("repeat GET: %d, want 404", s)
		}
	}
	if got := e.net.reads.Load(); got != probes {
		t.Fatalf("repeat GETs probed members %d more times, want 0", got-probes)
	}

	blob := make([]byte, 1000)
	rand.Read(blob)
	res, err := e.d.Put(context.Background(), blob, disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := getStatus(t, e.srv.URL+"/v1/blobs/"+res.BlobID.String()); s != 200 {
		t.Fatalf("GET of a dispersed blob: %d", s)
	}
}

// TestGetsPerIP: one client runs at most MaxGetsPerIP retrievals; the
// next is 429 with Retry-After until one ends.
func TestGetsPerIP(t *testing.T) {
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) { c.MaxGetsPerIP = 2; c.MaxRetrievals = 8 })
	e.net.readGate = make(chan struct{})
	done := make(chan int, 2)
	for range 2 {
		go func() {
			var id dac.BlobID
			rand.Read(id[:])
			resp, err := http.Get(e.srv.URL + "/v1/blobs/" + id.String())
			if err != nil {
				done <- 0
				return
			}
			resp.Body.Close()
			done <- resp.StatusCode
		}()
	}
	for deadline := time.Now().Add(30 * time.Second); e.net.reads.Load() < 2; {
		if time.Now().After(deadline) {
			t.Fatal("the two GETs did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	var id dac.BlobID
	rand.Read(id[:])
	if s, ra := getStatus(t, e.srv.URL+"/v1/blobs/"+id.String()); s != 429 || ra == "" {
		t.Fatalf("third GET: %d (Retry-After %q), want 429 with Retry-After", s, ra)
	}
	close(e.net.readGate)
	for range 2 {
		if s := <-done; s != 404 {
			t.Fatalf("held GET: %d, want 404", s)
		}
	}
	if s, _ := getStatus(t, e.srv.URL+"/v1/blobs/"+id.String()); s != 404 {
		t.Fatalf("GET after the others ended: %d, want 404", s)
	}
}
