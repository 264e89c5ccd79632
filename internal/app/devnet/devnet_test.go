package devnet

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/internal/app/dashboard"
	"github.com/quire-da/quire/sampler"
)

// testConfig is a lean devnet: 4 members, threshold 3, free ports, fast
// blocks, two small demo blobs.
func testConfig(t testing.TB) Config {
	cfg := DefaultConfig()
	cfg.Members, cfg.Threshold = 4, 3
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	cfg.Rollup = false // the state checks count the demo's blobs only
	cfg.BlockPeriod = 200 * time.Millisecond
	cfg.DemoSizes = []int{1 << 10, 130 << 10}
	if testing.Verbose() {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return cfg
}

func startTest(t testing.TB, cfg Config) *Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// TestDevnet runs one devnet through the demo and checks what the JSON-RPC
// endpoint, the report and the dashboard source say.
func TestDevnet(t *testing.T) {
	d := startTest(t, testConfig(t))
	ep := d.Endpoints()
	changed := d.Source().Changed()

	t.Run("json-rpc", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		c, err := ethclient.DialContext(ctx, ep.L1RPC)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		id, err := c.ChainID(ctx)
		if err != nil || id.Uint64() != ep.ChainID || ep.ChainID != 1337 {
			t.Fatalf("eth_chainId over %s = %v, %v; endpoints say %d", ep.L1RPC, id, err, ep.ChainID)
		}
		code, err := c.CodeAt(ctx, d.contract.Address(), nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("no committee contract code over JSON-RPC: %d bytes, %v", len(code), err)
		}
		// A transaction sent from outside is mined by the block ticker.
		nonce, err := c.PendingNonceAt(ctx, d.admin.addr)
		if err != nil {
			t.Fatal(err)
		}
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tip, err := c.SuggestGasTipCap(ctx)
		if err != nil {
			t.Fatal(err)
		}
		to := d.dispAcct.addr
		tx, err := types.SignNewTx(d.admin.key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
			ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
			Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if _, err := l1.WaitForReceipt(ctx, c, tx.Hash(), 50*time.Millisecond); err != nil {
			t.Fatalf("a transaction sent over JSON-RPC was not mined: %v", err)
		}
	})

	var report *Report
	t.Run("demo", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		var out bytes.Buffer
		r, err := d.RunDemo(ctx, &out)
		t.Log("\n" + out.String())
		if err != nil {
			t.Fatal(err)
		}
		report = r
		if len(r.Blobs) != 3 || r.Stopped != 3 || !r.OK() {
			t.Fatalf("report: %d blobs, stopped %d, failures %v", len(r.Blobs), r.Stopped, r.Failures)
		}
		for i, b := range r.Blobs {
			if !b.CertOK || !b.L1Certified || b.Gas == 0 || b.Sampling != "available" || !b.Retrieved ||
				len(b.Signers) < 3 || b.Confidence < sampler.Confidence(30)-1e-9 {
				t.Errorf("blob %d: %+v", i, b)
			}
			if b.AfterStop != (i == 2) || (b.AfterStop && slices.Contains(b.Signers, 3)) {
				t.Errorf("blob %d: after stop %v, signers %v", i, b.AfterStop, b.Signers)
			}
		}
		// Every member stored its archive shard of the two blobs before the
		// stop: about 1/k_a = 1/3 of their bytes (shards round up to 64).
		if len(r.Storage) != 4 || r.StoredBytes != int64(r.Blobs[0].Size+r.Blobs[1].Size) {
			t.Fatalf("storage: %+v of %d bytes", r.Storage, r.StoredBytes)
		}
		for _, m := range r.Storage {
			if ratio := float64(m.ArchiveBytes) / float64(r.StoredBytes); ratio < 1.0/3 || ratio > 1.0/3+0.05 || m.HotBytes == 0 {
				t.Errorf("member %d: %d hot and %d archive bytes of %d (archive %.3f, want about 1/3)", m.Member, m.HotBytes, m.ArchiveBytes, r.StoredBytes, ratio)
			}
		}
		if !strings.Contains(out.String(), "OK: every blob certified") {
			t.Error("the text report does not say OK")
		}
		if d.Endpoints().Members[3].Online {
			t.Error("the stopped member is still online in Endpoints")
		}
	})
	if report == nil {
		t.FailNow()
	}

	t.Run("source", func(t *testing.T) {
		ctx := context.Background()
		select {
		case <-changed:
		default:
			t.Fatal("Changed was not closed while blobs went through")
		}
		st, err := d.Source().State(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.ChainID != ep.ChainID || st.Contract != ep.Contract || st.Disperser != ep.Disperser || st.Threshold != 3 ||
			len(st.Members) != 4 || st.Members[3].Online || !st.Members[0].Online {
			t.Fatalf("state: %+v", st)
		}
		if len(st.Blobs) != len(report.Blobs) {
			t.Fatalf("state lists %d blobs, the demo put %d", len(st.Blobs), len(report.Blobs))
		}
		held := 0
		for _, m := range st.Members[:3] {
			held += m.Blobs
			if m.HotBytes <= 0 || m.ArchiveBytes <= 0 {
				t.Errorf("member %d holds %d hot and %d archive bytes", m.Index, m.HotBytes, m.ArchiveBytes)
			}
		}
		if held == 0 {
			t.Error("no member store holds a blob")
		}
		for i, b := range report.Blobs {
			row := st.Blobs[len(st.Blobs)-1-i] // newest first
			if row.ID != b.ID.String() || row.State != "certified" || row.L1 == nil || row.L1.Gas != b.Gas ||
				row.Sampling != "available" || row.K != b.K {
				t.Errorf("state blob %d: %+v", i, row)
			}
			det, err := d.Source().Blob(ctx, b.ID.String())
			if err != nil {
				t.Fatal(err)
			}
			if det.Rows != 2*b.K || det.Cols != 128 || len(det.Custody) != 128 || len(det.Samples) != 30 {
				t.Fatalf("blob %d detail: %d x %d, %d custody columns, %d samples", i, det.Rows, det.Cols, len(det.Custody), len(det.Samples))
			}
			for col, cs := range det.Custody {
				if len(cs) != 2 {
					t.Fatalf("column %d has custodians %v, want 2", col, cs)
				}
			}
			for _, s := range det.Samples {
				if !s.OK || s.Row < 0 || s.Row >= det.Rows || s.Col < 0 || s.Col >= 128 {
					t.Fatalf("sample %+v", s)
				}
				if s.Member >= 0 && !slices.Contains(det.Custody[s.Col], s.Member) {
					t.Fatalf("sample %+v served by member %d, not a custodian of column %d (%v)", s, s.Member, s.Col, det.Custody[s.Col])
				}
			}
		}
		if _, err := d.Source().Blob(ctx, "0x"+strings.Repeat("ab", 32)); !errors.Is(err, dashboard.ErrNotFound) {
			t.Fatalf("unknown blob: %v, want ErrNotFound", err)
		}
		if _, err := d.Source().Blob(ctx, "nonsense"); !errors.Is(err, dashboard.ErrNotFound) {
			t.Fatalf("malformed blob ID: %v, want ErrNotFound", err)
		}
	})

	t.Run("stop", func(t *testing.T) {
		if ok, err := d.StopMember(3); ok || err != nil {
			t.Fatalf("stopping a stopped member: %v, %v", ok, err)
		}
		if _, err := d.StopMember(4); !errors.Is(err, ErrNoMember) {
			t.Fatalf("StopMember(4) = %v, want ErrNoMember", err)
		}
	})
}

// TestCloseLeaksNothing starts devnets that fail (a port in use) and one
// that runs and carries a blob, and closes it: no goroutine of quire,
// libp2p, badger or the embedded L1 node is left, and the ports are free
// again.
func TestCloseLeaksNothing(t *testing.T) {
	cfg := testConfig(t)
	// Ports in use: Start fails cleanly, whether the embedded L1's port
	// or a later service's is taken.
	for _, which := range []string{"l1", "disperser", "dashboard"} {
		ln, err := net.Listen("tcp", cfg.addr(0))
		if err != nil {
			t.Fatal(err)
		}
		c := cfg
		port := ln.Addr().(*net.TCPAddr).Port
		switch which {
		case "l1":
			c.L1Port = port
		case "disperser":
			c.HTTPPort = port
		case "dashboard":
			c.DashboardPort = port
		}
		d, err := Start(context.Background(), c)
		ln.Close()
		if err == nil {
			d.Close()
			t.Fatalf("%s port in use: Start succeeded", which)
		}
		if !strings.Contains(err.Error(), "address already in use") {
			t.Fatalf("%s port in use: %v", which, err)
		}
	}

	d, err := Start(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ep := d.Endpoints()
	tr := &http.Transport{}
	cl, err := client.New(ep.Disperser, client.WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := cl.Put(ctx, []byte("leak check")); err != nil {
		t.Fatal(err)
	}
	tr.CloseIdleConnections()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	var left []string
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if left = leftGoroutines(); len(left) == 0 || time.Now().After(deadline) {
			break
		}
	}
	if len(left) > 0 {
		t.Fatalf("%d goroutines left after Close:\n\n%s", len(left), strings.Join(left, "\n\n"))
	}
	for _, u := range []string{ep.L1RPC, ep.Disperser, ep.Dashboard, ep.Sampler} {
		host := strings.TrimPrefix(u, "http://")
		if _, err := freePortOf(host); err != nil {
			t.Errorf("%s still bound after Close: %v", u, err)
		}
	}
}

// leftGoroutines returns the stacks of the goroutines running code of the
// parts a devnet starts, other than the test's own.
func leftGoroutines() []string {
	buf := make([]byte, 8<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "testing.tRunner") || strings.Contains(g, "testing.(*T).Run") {
			continue
		}
		for _, mark := range []string{"github.com/quire-da/quire/", "github.com/libp2p/", "github.com/dgraph-io/badger",
			"go-ethereum/ethclient/simulated", "go-ethereum/eth/catalyst", "go-ethereum/node.", "go-ethereum/rpc.", "net/http.(*conn)"} {
			if strings.Contains(g, mark) {
				out = append(out, g)
				break
			}
		}
	}
	return out
}

// freePortOf checks that host:port can be bound.
func freePortOf(hostport string) (int, error) {
	i := strings.LastIndexByte(hostport, ':')
	var port int
	for _, c := range hostport[i+1:] {
		port = port*10 + int(c-'0')
	}
	return freePort(hostport[:i], port)
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string // substring of the error; "" for valid
	}{
		{"default", func(*Config) {}, ""},
		{"lean", func(c *Config) { c.Members, c.Threshold = 4, 3 }, ""},
		{"external L1 with key", func(c *Config) { c.L1RPC, c.L1Key = "http://127.0.0.1:8545", strings.Repeat("11", 32) }, ""},
		{"too few members", func(c *Config) { c.Members, c.Threshold = 3, 2 }, "members 3"},
		{"threshold above members", func(c *Config) { c.Threshold = 9 }, "threshold 9"},
		{"threshold covering too few columns", func(c *Config) { c.Members, c.Threshold = 16, 2 }, "threshold 2"},
		{"host", func(c *Config) { c.Host = "localhost" }, "host"},
		{"port", func(c *Config) { c.HTTPPort = 70000 }, "http_port"},
		{"negative port", func(c *Config) { c.DashboardPort = -1 }, "dashboard_port"},
		{"rpc scheme", func(c *Config) { c.L1RPC = "127.0.0.1:8545" }, "l1_rpc"},
		{"key without rpc", func(c *Config) { c.L1Key = strings.Repeat("11", 32) }, "only used with l1_rpc"},
		{"bad key", func(c *Config) { c.L1RPC, c.L1Key = "http://x", "zz" }, "l1_key"},
		{"block period", func(c *Config) { c.BlockPeriod = 0 }, "block_period"},
		{"samples", func(c *Config) { c.Samples = 0 }, "samples"},
		{"blob size", func(c *Config) { c.MaxBlobSize = 1 << 40 }, "max_blob_size"},
		{"demo size", func(c *Config) { c.DemoSizes = []int{0} }, "demo size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mutate(&c)
			err := c.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate = %v", err)
				}
				return
			}
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate = %v, want ErrConfig mentioning %q", err, tt.want)
			}
		})
	}
}

func TestHumanSize(t *testing.T) {
	for in, want := range map[int]string{1: "1 B", 1023: "1023 B", 1024: "1 KiB", 1536: "1.5 KiB", 100 << 10: "100 KiB",
		1 << 20: "1 MiB", 3 << 20: "3 MiB", 3<<20 + 1<<19: "3.5 MiB"} {
		if got := humanSize(in); got != want {
			t.Errorf("humanSize(%d) = %q, want %q", in, got, want)
		}
	}
}
