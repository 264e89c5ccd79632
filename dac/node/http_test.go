package node

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/p2p"
)

// TestHTTPEndpoints runs a node with an HTTP listener and checks /healthz
// (healthy, then unhealthy once the node is no longer a member) and that
// /metrics exports the node's instruments with live values.
func TestHTTPEndpoints(t *testing.T) {
	reg := prometheus.NewRegistry()
	c, keys := testStaticCommittee(t, 4, 2)
	priv, _ := p2p.GenerateIdentity()
	cfg := testConfig()
	cfg.HTTPAddr = "127.0.0.1:0"
	cfg.Committee.Static = c.StaticConfig()
	src := p2p.NewStaticSource(c)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nd, err := New(ctx, cfg, Deps{Key: keys[1], Identity: priv, Committee: src, KZG: testKZG(t), Registry: reg})
	if err != nil {
		t.Fatal(err)
	}
	rctx, rcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- nd.Run(rctx) }()
	defer func() {
		rcancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + nd.HTTPAddr() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/healthz")
	var h Health
	if err := json.Unmarshal([]byte(body), &h); err != nil || code != 200 || h.Status != "ok" || h.Member != 1 || h.Epoch != 4 {
		t.Fatalf("/healthz: %d %s", code, body)
	}
	code, body = get("/metrics")
	for _, want := range []string{
		"quire_node_epoch 4",
		`quire_node_rejections_total{reason="bad_cells"} 0`,
		"quire_node_verify_seconds_bucket",
		"quire_node_blobs_stored_total 0",
		"quire_node_disk_bytes",
		"quire_node_peers",
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Fatalf("/metrics lacks %q (status %d)", want, code)
		}
	}

	// A new epoch without this node: unhealthy, and it says why.
	next := *c
	next.Epoch = 5
	next.Members = append([]p2p.Member(nil), c.Members...)
	other, _ := testStaticCommittee(t, 1, 1)
	next.Members[1] = other.Members[0]
	src.Set(&next)
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, body = get("/healthz")
		if code == http.StatusServiceUnavailable {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/healthz still %d after leaving the committee: %s", code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !strings.Contains(body, "not a member") || !strings.Contains(body, `"epoch":5`) {
		t.Fatalf("/healthz body %s", body)
	}
}

// TestStatusCached: GET /status counts the store at most once per
// statusCacheFor; a blob stored in between shows once the count expires.
func TestStatusCached(t *testing.T) {
	tn := newTestNet(t, 4, 2, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	status := func() StoreStats {
		t.Helper()
		rr := httptest.NewRecorder()
		tn.nodes[0].HTTPHandler().ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/status", nil))
		var st StoreStats
		if rr.Code != http.StatusOK || json.Unmarshal(rr.Body.Bytes(), &st) != nil {
			t.Fatalf("/status: %d %s", rr.Code, rr.Body)
		}
		return st
	}
	for i := range 2 {
		sq := testSquare(t, i)
		if _, err := tn.disperseTo(ctx, sq, tn.header(sq, 1), 0); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if st := status(); st.Blobs != 1 {
				t.Fatalf("first count: %+v", st)
			}
		}
	}
	if st := status(); st.Blobs != 1 {
		t.Fatalf("within %v /status counted again: %+v", statusCacheFor, st)
	}
	tn.skew.Add(int64(statusCacheFor))
	if st := status(); st.Blobs != 2 {
		t.Fatalf("after %v: %+v, want 2 blobs", statusCacheFor, st)
	}
}
