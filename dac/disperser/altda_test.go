package disperser_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
)

// altDAClient is an OP Stack Alt-DA DA-server client written from the
// specification (specs/experimental/alt-da.md, "DA Server") and the
// status codes op-batcher and op-node act on, independently of the
// disperser's own types: commitments are opaque bytes whose first byte is
// the commitment type (1: generic, "da-service") and whose second is the
// DA layer's byte.
type altDAClient struct {
	base string
	http *http.Client
}

// put posts preimage bytes to /put (or, as older op-batchers do, to
// /put/) and returns the commitment bytes the server computed.
func (c *altDAClient) put(ctx context.Context, path string, data []byte) ([]byte, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(data))
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return b, resp.StatusCode, err
}

// putWith posts to /put/0x<commitment>, for a commitment known in advance.
func (c *altDAClient) putWith(ctx context.Context, comm, data []byte) (int, error) {
	_, status, err := c.put(ctx, "/put/0x"+hex.EncodeToString(comm), data)
	return status, err
}

// get fetches /get/0x<commitment>, with the L1 inclusion block query
// parameter newer op-nodes add.
func (c *altDAClient) get(ctx context.Context, comm []byte) ([]byte, int, error) {
	url := fmt.Sprintf("%s/get/0x%x?l1_inclusion_block_number=%d", c.base, comm, 0)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, 0, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return b, resp.StatusCode, err
}

func TestAltDARoundTrip(t *testing.T) {
	r := testRand(t)
	e := dispersertest.New(t, dispersertest.Options{Members: 6, Threshold: 4})
	c := &altDAClient{base: e.URL, http: &http.Client{Timeout: 2 * time.Minute}}
	ctx := timeout(t, 5*time.Minute)

	for _, path := range []string{"/put", "/put/"} {
		data := randomBytes(r, 40_000+r.IntN(1000))
		comm, status, err := c.put(ctx, path, data)
		if err != nil || status != http.StatusOK {
			t.Fatalf("POST %s: %d %s %v", path, status, comm, err)
		}
		if len(comm) < 3 || comm[0] != 0x01 {
			t.Fatalf("POST %s: commitment %x is not a generic (type 1) commitment", path, comm)
		}
		if comm[1] >= 127 {
			t.Fatalf("DA layer byte 0x%02x outside [0, 127)", comm[1])
		}
		back, status, err := c.get(ctx, comm)
		if err != nil || status != http.StatusOK || !bytes.Equal(back, data) {
			t.Fatalf("GET: status %d, %d bytes (want %d), %v", status, len(back), len(data), err)
		}
		// The commitment is a content address: posting the same bytes
		// under it succeeds.
		if status, err := c.putWith(ctx, comm, data); err != nil || status != http.StatusOK {
			t.Fatalf("POST /put/<commitment>: %d %v", status, err)
		}
	}

	// A commitment of this DA layer naming no blob: 404, which op-node
	// takes as "not found" (derivation waits for a challenge).
	data := randomBytes(r, 100)
	comm, status, err := c.put(ctx, "/put", data)
	if err != nil || status != http.StatusOK {
		t.Fatal(status, err)
	}
	unknown := bytes.Clone(comm)
	unknown[len(unknown)-1] ^= 1
	if _, status, err := c.get(ctx, unknown); err != nil || status != http.StatusNotFound {
		t.Fatalf("GET of an unknown commitment: %d %v, want 404", status, err)
	}
	// A keccak (type 0) commitment is not this server's: 400.
	if _, status, err := c.get(ctx, append([]byte{0x00}, comm[2:]...)); err != nil || status != http.StatusBadRequest {
		t.Fatalf("GET of a type-0 commitment: %d %v, want 400", status, err)
	}

	// Without a quorum: 503, op-batcher's signal to fall back to L1.
	n, th := len(e.Committee.Members), e.Committee.Threshold
	for m := range n - th + 1 {
		e.StopNode(m)
	}
	if body, status, err := c.put(ctx, "/put", randomBytes(r, 1000)); err != nil || status != http.StatusServiceUnavailable {
		t.Fatalf("POST /put without quorum: %d %s %v, want 503", status, body, err)
	}
}
