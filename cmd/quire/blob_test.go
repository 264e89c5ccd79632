package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/internal/app/devnet"
)

// TestBlobOpenDevnet puts a blob (certified on L1) into an in-process
// devnet and opens bytes of it with `quire blob open`: the command checks
// the bytes against the header, prints BlobReader calldata and runs it with
// eth_call against the devnet's BlobReader, which must return the blob's
// bytes.
func TestBlobOpenDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	cfg := devnet.DefaultConfig()
	cfg.Members, cfg.Threshold = 4, 3
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	cfg.BlockPeriod = 200 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	ep := d.Endpoints()
	if ep.BlobReader == "" {
		t.Fatal("the devnet has no blob reader")
	}

	file, data := randomFile(t, t.TempDir(), erasure.RowPayloadBytes+5000) // two data rows
	var out, errOut bytes.Buffer
	if code := run([]string{"put", file, "--url", ep.Disperser, "--wait-l1"}, &out, &errOut); code != 0 {
		t.Fatalf("put: exit %d: %s", code, errOut.String())
	}
	m := regexp.MustCompile(`blob\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no blob ID in %q", out.String())
	}
	common := []string{"--url", ep.Disperser, "--rpc", ep.L1RPC, "--reader", ep.BlobReader}
	for _, c := range []struct{ off, n int }{{1000, 1}, {0, 115}, {erasure.RowPayloadBytes + 77, 40}, {len(data) - 1, 1}} {
		out.Reset()
		errOut.Reset()
		args := append([]string{"blob", "open", m[1], "--offset", fmt.Sprint(c.off), "--length", fmt.Sprint(c.n)}, common...)
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("blob open %d+%d: exit %d: %s", c.off, c.n, code, errOut.String())
		}
		s := out.String()
		want := hex.EncodeToString(data[c.off : c.off+c.n])
		if !strings.Contains(s, "= 0x"+want+"\n") || !strings.Contains(s, "eth_call   ok") || !regexp.MustCompile(`calldata   0x[0-9a-f]+`).MatchString(s) {
			t.Fatalf("blob open %d+%d printed:\n%s", c.off, c.n, s)
		}
		if c.off == 1000 {
			t.Logf("quire blob open %s --offset 1000:\n%s", m[1], s)
		}
	}

	// Usage errors.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"blob"}, "subcommand"},
		{[]string{"blob", "close"}, "unknown blob subcommand"},
		{[]string{"blob", "open", m[1]}, "--offset"},
		{[]string{"blob", "open", "--offset", "1"}, "one blob ID"},
		{[]string{"blob", "open", m[1], "--offset", "1", "--reader", "nope"}, "not an address"},
		{[]string{"blob", "open", m[1], "--offset", fmt.Sprint(len(data)), "--url", ep.Disperser}, "past the end"},
		{[]string{"blob", "open", m[1], "--offset", fmt.Sprint(erasure.RowPayloadBytes - 1), "--length", "2", "--url", ep.Disperser}, "span rows"},
	} {
		out.Reset()
		errOut.Reset()
		if code := run(c.args, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errOut.String(), c.want)
		}
	}
}
