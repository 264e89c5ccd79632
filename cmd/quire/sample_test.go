package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
	"github.com/quire-da/quire/sampler/samplertest"
)

// withL1 points the sample command's L1 dialer at nw's simulated chain.
func withL1(t *testing.T, nw *samplertest.Network) {
	old := dialL1
	dialL1 = func(context.Context, string) (light.Backend, func(), error) { return nw.Backend(), func() {}, nil }
	t.Cleanup(func() { dialL1 = old })
}

func sampleArgs(nw *samplertest.Network, extra ...string) []string {
	return append([]string{"sample", "--rpc", "sim://", "--chain-id", "1337",
		"--committee-address", nw.Contract.Address().Hex(), "--in-memory", "--start-block", "0"}, extra...)
}

func TestSampleCommand(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3})
	withL1(t, nw)
	h, _ := nw.Publish(0)

	var out, errOut bytes.Buffer
	if code := run(sampleArgs(nw, h.BlobID().String()), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut.String())
	}
	text := out.String()
	for _, want := range []string{"result      AVAILABLE", "confidence  99.9821% (30 of 30", h.BlobID().String(), "verified  member"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "  row "); n != 30 {
		t.Errorf("%d sample lines, want 30", n)
	}

	out.Reset()
	if code := run(sampleArgs(nw, "--json", "--samples", "12", h.BlobID().String()), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut.String())
	}
	var st light.BlobStatus
	if err := json.Unmarshal(out.Bytes(), &st); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out.String())
	}
	if st.Status != sampler.StatusAvailable || len(st.Samples) != 12 || st.Confidence != sampler.Confidence(12) || st.ID != h.BlobID() {
		t.Fatalf("--json status %+v", st)
	}

	// A blob nobody certified: exit 1 with the reason.
	out.Reset()
	errOut.Reset()
	if code := run(sampleArgs(nw, "0x"+strings.Repeat("ab", 32)), &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "not certified") {
		t.Fatalf("uncertified blob: exit %d, stderr %s", code, errOut.String())
	}
}

func TestSampleUsage(t *testing.T) {
	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"no blob":        {[]string{"sample", "--rpc", "x"}, "want one blob ID"},
		"bad blob":       {[]string{"sample", "--rpc", "x", "0x12"}, "blob ID"},
		"follow and id":  {[]string{"sample", "--follow", "0x12"}, "takes no blob ID"},
		"no rpc":         {[]string{"sample", "--chain-id", "1", "--committee-address", "0x" + strings.Repeat("11", 20), "--in-memory", "0x" + strings.Repeat("ab", 32)}, "--rpc"},
		"no chain":       {[]string{"sample", "--rpc", "x", "--in-memory", "0x" + strings.Repeat("ab", 32)}, "chain_id"},
		"bad chain id":   {[]string{"sample", "--rpc", "x", "--chain-id", "one", "0x" + strings.Repeat("ab", 32)}, "chain id"},
		"bad samples":    {[]string{"sample", "--rpc", "x", "--chain-id", "1", "--committee-address", "0x" + strings.Repeat("11", 20), "--samples", "999", "--in-memory", "0x" + strings.Repeat("ab", 32)}, "samples"},
		"bad start":      {[]string{"sample", "--start-block", "soon", "0x" + strings.Repeat("ab", 32)}, "start block"},
		"missing config": {[]string{"sample", "--config", "/nonexistent.json", "0x" + strings.Repeat("ab", 32)}, "nonexistent"},
	} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tc.args, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), tc.want) {
				t.Fatalf("exit %d, stderr %q, want 2 and %q", code, errOut.String(), tc.want)
			}
		})
	}
}

// TestSampleFollow: --follow samples what is certified and serves /status.
func TestSampleFollow(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3})
	withL1(t, nw)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	var out, errOut bytes.Buffer
	// A config file for what has no flag: no confirmations (the simulated
	// chain mines only what the test sends), fast polling.
	conf := filepath.Join(t.TempDir(), "sampler.json")
	if err := os.WriteFile(conf, []byte(`{"confirmations": 0, "poll_interval": "100ms", "retry_interval": "100ms"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		done <- runSample(ctx, sampleArgs(nw, "--follow", "--config", conf, "--http", addr,
			"--listen", "/ip4/127.0.0.1/tcp/0", "--log-level", "warn")[1:], &out, &errOut)
	}()
	h, _ := nw.Publish(1)
	deadline := time.Now().Add(time.Minute)
	for {
		var rep light.StatusReport
		resp, err := http.Get("http://" + addr + "/status")
		if err == nil {
			json.NewDecoder(resp.Body).Decode(&rep)
			resp.Body.Close()
		}
		if len(rep.Blobs) == 1 && rep.Blobs[0].Status.Final() {
			if b := rep.Blobs[0]; b.ID != h.BlobID() || b.Status != sampler.StatusAvailable {
				t.Fatalf("/status: %+v", b)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no verdict on /status; stderr %s", errOut.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `quire_sampler_blobs_total{status="available"} 1`) {
		t.Fatalf("/metrics:\n%s", b)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("--follow returned %v", err)
	}
}
