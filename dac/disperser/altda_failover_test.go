package disperser_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/kzg"
)

// answer is one HTTP response as a client sees it.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// post sends body to base+path and returns the answer.
func post(ctx context.Context, t *testing.T, base, path string, body []byte) answer {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header, b}
}

// code returns the API error code of a JSON error body.
func (a answer) code() api.Code {
	var e api.Error
	json.Unmarshal(a.body, &e)
	return e.Code
}

// failingSource is a committee that cannot be read (an L1 endpoint down).
type failingSource struct{}

func (failingSource) Committee(context.Context) (*p2p.Committee, error) {
	return nil, errors.New("dial tcp 127.0.0.1:8545: connection refused")
}

// TestAltDAFailoverCodes checks, for each outcome that leaves no
// certificate now, that op-batcher's DA client sees 503 on /put (its only
// failover signal: any other status it retries against the DA server)
// with the stable code in the body, while /v1/blobs keeps the code's own
// status (504 for a timeout, 429 with Retry-After for a full queue).
func TestAltDAFailoverCodes(t *testing.T) {
	ctx := timeout(t, 2*time.Minute)
	k, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	if _, err := k.Encode([]byte("slow")); err != nil {
		t.Fatal(err)
	}
	encodeDeadline := 4*time.Since(t0) + 300*time.Millisecond

	check := func(t *testing.T, base string, body []byte, want api.Code, v1Status int) {
		t.Helper()
		for _, path := range []string{"/put", "/put/"} {
			a := post(ctx, t, base, path, body)
			if a.status != http.StatusServiceUnavailable || a.code() != want {
				t.Errorf("POST %s: %d %s, want 503 with code %s", path, a.status, a.body, want)
			}
			if a.header.Get("Retry-After") == "" {
				t.Errorf("POST %s: 503 without Retry-After", path)
			}
		}
		a := post(ctx, t, base, "/v1/blobs", body)
		if a.status != v1Status || a.code() != want {
			t.Errorf("POST /v1/blobs: %d %s, want %d with code %s", a.status, a.body, v1Status, want)
		}
		if (v1Status == http.StatusTooManyRequests || v1Status == http.StatusServiceUnavailable) && a.header.Get("Retry-After") == "" {
			t.Errorf("POST /v1/blobs: %d without Retry-After", v1Status)
		}
	}

	t.Run("no_quorum", func(t *testing.T) {
		e := newFake(t, 4, 3, map[int]string{0: "down", 1: "down"}, nil)
		check(t, e.srv.URL, []byte("no quorum"), api.CodeNoQuorum, http.StatusServiceUnavailable)
	})
	t.Run("timeout", func(t *testing.T) {
		e := newFake(t, 4, 3, map[int]string{1: "block", 2: "block"}, func(c *disperser.Config) {
			c.MemberTimeout = p2p.Duration(time.Minute)
			c.DisperseTimeout = p2p.Duration(encodeDeadline)
		})
		check(t, e.srv.URL, []byte("slow"), api.CodeTimeout, http.StatusGatewayTimeout)
	})
	t.Run("queue_full", func(t *testing.T) {
		e := newFake(t, 4, 3, map[int]string{0: "block", 1: "block", 2: "block", 3: "block"}, func(c *disperser.Config) {
			c.Workers, c.QueueSize = 1, 1
			c.MemberTimeout = p2p.Duration(time.Minute)
			c.DisperseTimeout = p2p.Duration(time.Minute)
		})
		// Fill the worker and the queue with two puts that block.
		done := make(chan struct{}, 2)
		for i := range 2 {
			go func() {
				e.c.Put(ctx, []byte{byte(i)})
				done <- struct{}{}
			}()
			for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				h, err := e.c.Health(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if h.InFlight == 1 && h.Queue == i {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("health %+v: the dispersal did not start or queue", h)
				}
			}
		}
		check(t, e.srv.URL, []byte("one more"), api.CodeQueueFull, http.StatusTooManyRequests)
		close(e.net.gate)
		<-done
		<-done
	})
	t.Run("quota_exceeded", func(t *testing.T) {
		token, sum, err := disperser.NewAPIKey()
		if err != nil {
			t.Fatal(err)
		}
		e := newFake(t, 4, 3, nil, func(c *disperser.Config) {
			c.Auth = disperser.AuthConfig{Keys: []disperser.APIKey{{Name: "rollup", SHA256: sum, BytesPerDay: 1000}}}
		})
		send := func(path string, body []byte) answer {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.srv.URL+path, bytes.NewReader(body))
			req.Header.Set("X-API-Key", token)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			return answer{resp.StatusCode, resp.Header, b}
		}
		if a := send("/put", bytes.Repeat([]byte{1}, 600)); a.status != http.StatusOK {
			t.Fatalf("within the quota: %d %s", a.status, a.body)
		}
		a := send("/put", bytes.Repeat([]byte{2}, 600))
		if a.status != http.StatusServiceUnavailable || a.code() != api.CodeQuotaExceeded || a.header.Get("Retry-After") == "" || a.header.Get("Retry-After") == "1" {
			t.Errorf("POST /put over the quota: %d %s (Retry-After %q), want 503 quota_exceeded with the quota's Retry-After",
				a.status, a.body, a.header.Get("Retry-After"))
		}
		if a := send("/v1/blobs", bytes.Repeat([]byte{3}, 600)); a.status != http.StatusTooManyRequests || a.code() != api.CodeQuotaExceeded {
			t.Errorf("POST /v1/blobs over the quota: %d %s, want 429 quota_exceeded", a.status, a.body)
		}
	})
	t.Run("committee_unreadable", func(t *testing.T) {
		cfg := disperser.DevConfig()
		cfg.HTTPAddr, cfg.LogLevel = "", "error"
		cfg.ChainID, cfg.CommitteeAddress = 7, [20]byte{9}
		d, err := disperser.New(cfg, disperser.Deps{Committee: failingSource{}, Transport: &fakeNet{}, KZG: k})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(d.Handler())
		t.Cleanup(func() {
			srv.Close()
			d.Close()
		})
		check(t, srv.URL, []byte("no committee"), api.CodeUnavailable, http.StatusServiceUnavailable)
	})
}

// TestAltDAKeccakCommitment: a type-0 (keccak256) commitment, which
// op-batcher sends when it was started without --altda.da-service, is
// refused with 400 (no failover: it is a configuration error) and a
// message naming the flag.
func TestAltDAKeccakCommitment(t *testing.T) {
	e := newFake(t, 4, 3, nil, nil)
	ctx := timeout(t, time.Minute)
	c := &altDAClient{base: e.srv.URL, http: http.DefaultClient}
	keccak := append([]byte{0x00}, bytes.Repeat([]byte{0xab}, 32)...)
	status, err := c.putWith(ctx, keccak, []byte("batch"))
	if err != nil || status != http.StatusBadRequest {
		t.Fatalf("POST /put/<keccak commitment>: %d %v, want 400", status, err)
	}
	a := post(ctx, t, e.srv.URL, "/put/0x"+hex.EncodeToString(keccak), []byte("batch"))
	if !strings.Contains(string(a.body), "--altda.da-service") {
		t.Errorf("type-0 put: %s, want the message to name --altda.da-service", a.body)
	}
	body, status, err := c.get(ctx, keccak)
	if err != nil || status != http.StatusBadRequest || !strings.Contains(string(body), "--altda.da-service") {
		t.Errorf("GET /get/<keccak commitment>: %d %s %v, want 400 naming --altda.da-service", status, body, err)
	}
}

// TestHealthVersion: /healthz and /health (the path OP Stack tooling
// probes) answer the same report, with the build's version, and
// /metrics exports quire_build_info.
func TestHealthVersion(t *testing.T) {
	e := newFake(t, 4, 3, nil, nil)
	for _, path := range []string{"/healthz", "/health"} {
		resp, err := http.Get(e.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var h api.Health
		err = json.NewDecoder(resp.Body).Decode(&h)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || h.Status != "ok" {
			t.Fatalf("GET %s: %d %+v %v", path, resp.StatusCode, h, err)
		}
		if b := version.Get(); h.Version != b.Version || h.Commit != b.Commit || h.GoVersion != b.GoVersion {
			t.Errorf("GET %s: build %q %q %q, want %+v", path, h.Version, h.Commit, h.GoVersion, b)
		}
	}

	reg := prometheus.NewRegistry()
	cfg := disperser.DevConfig()
	cfg.HTTPAddr, cfg.LogLevel = "", "error"
	cfg.ChainID, cfg.CommitteeAddress = 7, [20]byte{9}
	var logs bytes.Buffer
	d, err := disperser.New(cfg, disperser.Deps{Committee: failingSource{}, Transport: &fakeNet{}, Registry: reg,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if !strings.Contains(logs.String(), `msg="disperser started" version=`+version.String()+" ") {
		t.Errorf("start log lacks the version:\n%s", logs.String())
	}
	if err := checkBuildInfo(reg); err != nil {
		t.Error(err)
	}
}

// checkBuildInfo reports whether reg exports quire_build_info 1 with this
// build's labels.
func checkBuildInfo(reg *prometheus.Registry) error {
	mfs, err := reg.Gather()
	if err != nil {
		return err
	}
	b := version.Get()
	want := map[string]string{"version": b.Version, "commit": b.Commit, "go_version": b.GoVersion}
	for _, mf := range mfs {
		if mf.GetName() != version.MetricName {
			continue
		}
		if len(mf.GetMetric()) != 1 || mf.GetMetric()[0].GetGauge().GetValue() != 1 {
			return fmt.Errorf("%s: %v, want one series of value 1", version.MetricName, mf)
		}
		got := map[string]string{}
		for _, l := range mf.GetMetric()[0].GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("%s labels %v, want %v", version.MetricName, got, want)
		}
		return nil
	}
	return fmt.Errorf("no %s in the registry", version.MetricName)
}
