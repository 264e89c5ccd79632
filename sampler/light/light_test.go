package light_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
	"github.com/quire-da/quire/sampler/samplertest"
)

// newClient starts a light client on the network's L1 with cfg (defaults
// from nw.ClientConfig when mutate is nil), closed at Cleanup.
func newClient(t *testing.T, nw *samplertest.Network, mutate func(*light.Config), reg *prometheus.Registry) *light.Client {
	t.Helper()
	cfg := nw.ClientConfig()
	if mutate != nil {
		mutate(&cfg)
	}
	c, err := light.New(context.Background(), cfg, light.Deps{L1: nw.Backend(), KZG: nw.KZG, Registry: reg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// run runs c.Run until the test ends (or stop is called) and reports its
// error.
func run(t *testing.T, c *light.Client) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	var stopped bool
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}
	t.Cleanup(stop)
	return stop
}

// waitFor polls until cond holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func waitStatus(t *testing.T, c *light.Client, id dac.BlobID, timeout time.Duration) light.BlobStatus {
	t.Helper()
	var st light.BlobStatus
	waitFor(t, timeout, "a verdict on "+id.String(), func() bool {
		var ok bool
		st, ok = c.Status(id)
		return ok && st.Status.Final()
	})
	return st
}

// TestFollowAllAvailable: real storage nodes hold every blob; the client
// follows L1, learns of each certified blob from its Certified event,
// reads the certificate back from the calldata and checks it (BLS against
// the committee), fetches the header from a member and samples: every blob
// is AVAILABLE with the full confidence, and /status and /metrics say so.
func TestFollowAllAvailable(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{})
	reg := prometheus.NewRegistry()
	c := newClient(t, nw, func(cfg *light.Config) { cfg.Gossip = false }, reg)
	run(t, c)
	var ids []dac.BlobID
	headers := map[dac.BlobID]*dac.Header{}
	// KnownZeroBlob has a known-zero row: members neither receive nor
	// store it, and the client never samples it.
	for _, blob := range []int{0, 1, 3, samplertest.KnownZeroBlob} {
		h, _ := nw.Publish(blob)
		ids = append(ids, h.BlobID())
		headers[h.BlobID()] = h
	}
	for _, id := range ids {
		st := waitStatus(t, c, id, time.Minute)
		if st.Status != sampler.StatusAvailable {
			t.Fatalf("blob %s: %s (%s)", id, st.Status, st.Reason)
		}
		if st.Verified != 30 || len(st.Samples) != 30 || st.Confidence != sampler.Confidence(30) {
			t.Fatalf("blob %s: %d of %d verified, confidence %v", id, st.Verified, len(st.Samples), st.Confidence)
		}
		if st.Source != light.SourceL1 || st.CertifiedBy != "bls" || len(st.BadCells) != 0 || st.Bytes <= 0 {
			t.Fatalf("blob %s: %+v", id, st)
		}
		for _, s := range st.Samples {
			if !s.Verified || s.Peer == "" || s.Member < 0 {
				t.Fatalf("sample %+v", s)
			}
			if headers[id].KnownZero(s.Position.Row) {
				t.Fatalf("blob %s: known-zero cell %v sampled", id, s.Position)
			}
		}
	}

	srv := httptest.NewServer(c.HTTPHandler())
	defer srv.Close()
	var rep light.StatusReport
	getJSON(t, srv.URL+"/status", http.StatusOK, &rep)
	if len(rep.Blobs) != len(ids) || rep.Samples != 30 || rep.L1Next == 0 {
		t.Fatalf("/status: %+v", rep)
	}
	for _, b := range rep.Blobs {
		if b.Status != sampler.StatusAvailable {
			t.Fatalf("/status: blob %s %s", b.ID, b.Status)
		}
	}
	var last light.StatusReport
	getJSON(t, srv.URL+"/status?limit=1", http.StatusOK, &last)
	if len(last.Blobs) != 1 || last.Blobs[0].ID != rep.Blobs[len(rep.Blobs)-1].ID {
		t.Fatalf("/status?limit=1: %+v", last.Blobs)
	}
	getJSON(t, srv.URL+"/status?limit=-1", http.StatusBadRequest, nil)
	var one light.BlobStatus
	getJSON(t, srv.URL+"/status/"+ids[2].String(), http.StatusOK, &one)
	if one.ID != ids[2] || one.K != 2 {
		t.Fatalf("/status/{id}: %+v", one)
	}
	getJSON(t, srv.URL+"/status/0x1234", http.StatusBadRequest, nil)
	getJSON(t, srv.URL+"/status/"+dac.BlobID{1}.String(), http.StatusNotFound, nil)
	var health light.Health
	getJSON(t, srv.URL+"/healthz", http.StatusOK, &health)
	if health.Status != "ok" || health.Peers == 0 || health.L1Head == 0 || health.L1Next == 0 || len(health.Problems) != 0 {
		t.Fatalf("/healthz: %+v", health)
	}
	if b := version.Get(); health.Version != b.Version || health.Commit != b.Commit || health.GoVersion != b.GoVersion {
		t.Errorf("/healthz build %+v, want %+v", health.Info, b)
	}
	metrics := get(t, srv.URL+"/metrics", http.StatusOK)
	for _, want := range []string{
		`quire_sampler_l1_head_block `,
		`quire_sampler_blobs_total{status="available"} 4`,
		`quire_sampler_samples_total{result="verified"} 120`,
		`quire_sampler_notices_total{source="l1"} 4`,
		fmt.Sprintf("quire_build_info{commit=%q,go_version=%q,version=%q} 1", version.Commit(), runtime.Version(), version.String()),
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

func get(t *testing.T, url string, code int) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != code {
		t.Fatalf("GET %s: %d, want %d: %s", url, resp.StatusCode, code, b)
	}
	return string(b)
}

func getJSON(t *testing.T, url string, code int, v any) {
	t.Helper()
	b := get(t, url, code)
	if v != nil {
		if err := json.Unmarshal([]byte(b), v); err != nil {
			t.Fatalf("GET %s: %v", url, err)
		}
	}
}

// TestSampleOneShot: Sample by blob ID looks the blob up on L1 and samples
// it; a blob the contract never certified is an error, not a verdict.
func TestSampleOneShot(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3})
	h, _ := nw.Publish(0)
	c := newClient(t, nw, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := c.Sample(ctx, h.BlobID())
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != sampler.StatusAvailable || st.Source != light.SourceRequest || st.CertifiedBy != "bls" || st.HeaderHash != h.Hash() {
		t.Fatalf("%+v", st)
	}
	again, err := c.Sample(ctx, h.BlobID())
	if err != nil || again.Rounds != st.Rounds || again.Decided != st.Decided {
		t.Fatalf("a decided blob was sampled again: %+v, %v", again, err)
	}
	if _, err := c.Sample(ctx, dac.BlobID{0xde, 0xad}); !errors.Is(err, light.ErrNotCertified) {
		t.Fatalf("uncertified blob: %v", err)
	}
}

// indirectL1 makes every transaction look like a call of some other
// contract, as when certify is called through a rollup's inbox: the
// certificate cannot be read back from calldata.
type indirectL1 struct{ light.Backend }

func (b indirectL1) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	to := common.Address{0x1b, 0x0c}
	return types.NewTx(&types.LegacyTx{To: &to, Data: []byte{0xde, 0xad, 0xbe, 0xef}}), false, nil
}

// TestCertifiedThroughAnotherContract: when the certificate cannot be read
// back, the contract's own record (it verified the certificate) vouches
// for the header hash, and the header must hash to it exactly.
func TestCertifiedThroughAnotherContract(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3})
	h, _ := nw.Publish(0)
	cfg := nw.ClientConfig()
	c, err := light.New(context.Background(), cfg, light.Deps{L1: indirectL1{nw.Backend()}, KZG: nw.KZG})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := c.Sample(ctx, h.BlobID())
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != sampler.StatusAvailable || st.CertifiedBy != "l1" || st.HeaderHash != h.Hash() {
		t.Fatalf("%+v", st)
	}
}

// TestExpired: a blob past its retention expiry is reported expired and
// not sampled (custodians may have dropped it).
func TestExpired(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3})
	h, _ := nw.Publish(0)
	later := func() time.Time { return time.Now().Add(30 * 24 * time.Hour) }
	c, err := light.New(context.Background(), nw.ClientConfig(), light.Deps{L1: nw.Backend(), KZG: nw.KZG, Now: later})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Sample(context.Background(), h.BlobID())
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != sampler.StatusExpired || st.Rounds != 0 || st.Bytes != 0 {
		t.Fatalf("%+v", st)
	}
}

// TestReplicationFromChain: the client takes r from the epoch on L1, not
// from its config. A client configured with r = 1 against a committee
// whose epoch says r = 2 used to find the committee unservable (3 signers
// of 8 with r = 1 may hold 48 columns) and call the blob invalid; the
// deprecated setting is now ignored and the blob samples available.
func TestReplicationFromChain(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 8, Threshold: 3})
	h, _ := nw.Publish(0)
	c := newClient(t, nw, func(cfg *light.Config) { cfg.Replication = 1 }, nil)
	st, err := c.Sample(context.Background(), h.BlobID())
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != sampler.StatusAvailable {
		t.Fatalf("%+v", st)
	}
}

// lockedBuffer is a log sink the test reads while the client writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestStartLineVersion: Run's first line names the build.
func TestStartLineVersion(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{})
	logs := &lockedBuffer{}
	c, err := light.New(context.Background(), nw.ClientConfig(), light.Deps{L1: nw.Backend(), KZG: nw.KZG,
		Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	run(t, c)
	want := `msg="light client started" version=` + version.String() + " "
	waitFor(t, 30*time.Second, "the start line", func() bool { return strings.Contains(logs.String(), want) })
}

// TestHealthzNoPeers: a client that has not connected to anyone answers
// /healthz with 503 and says why.
func TestHealthzNoPeers(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{})
	c := newClient(t, nw, func(cfg *light.Config) { cfg.Gossip = false }, nil)
	srv := httptest.NewServer(c.HTTPHandler())
	defer srv.Close()
	var health light.Health
	getJSON(t, srv.URL+"/healthz", http.StatusServiceUnavailable, &health)
	if health.Status != "unhealthy" || health.Peers != 0 || len(health.Problems) != 1 || health.Problems[0] != "no peers" {
		t.Fatalf("/healthz: %+v", health)
	}
}
