package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
)

// gethBinary returns .tools/bin/geth (built by make tools) or a geth on
// PATH. Without one the test is skipped, unless CI=true, where it fails.
func gethBinary(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
	if p := filepath.Join(dir, ".tools", "bin", "geth"); fileExists(p) {
		return p
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("geth not found in .tools/bin or PATH, and CI=true: run make tools")
	}
	t.Skip("geth not found in .tools/bin or PATH: run make tools to build it (this test runs a devnet on geth --dev)")
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// startGethDev runs `geth --dev --dev.period 1` on loopback and returns
// its JSON-RPC URL once it answers; it stops with the test.
func startGethDev(t *testing.T, bin string) string {
	t.Helper()
	var lastErr error
	for range 3 {
		httpPort, err := freePort("127.0.0.1", 0)
		if err != nil {
			t.Fatal(err)
		}
		authPort, err := freePort("127.0.0.1", 0)
		if err != nil {
			t.Fatal(err)
		}
		var logs bytes.Buffer
		cmd := exec.Command(bin, "--dev", "--dev.period", "1", "--datadir", t.TempDir(),
			"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3",
			"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
			"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2")
		cmd.Stdout, cmd.Stderr = &logs, &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		stop := func() {
			cmd.Process.Kill()
			<-exited
		}
		url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
		deadline := time.Now().Add(60 * time.Second)
		for lastErr = errors.New("geth did not answer within 60 s"); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
			select {
			case err := <-exited:
				exited <- err
				lastErr = fmt.Errorf("geth exited: %v\n%s", err, logs.String())
			default:
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			c, err := ethclient.DialContext(ctx, url)
			if err == nil {
				_, err = c.ChainID(ctx)
				c.Close()
			}
			cancel()
			if err == nil {
				t.Cleanup(stop)
				return url
			}
		}
		stop()
	}
	t.Fatal(lastErr)
	return ""
}

// TestGethDev runs a devnet on geth --dev: the devnet's accounts are
// funded from geth's unlocked developer account, the contract deployed and
// the committee registered there, and a blob put through the disperser is
// certified on that chain and sampled by the light client.
func TestGethDev(t *testing.T) {
	bin := gethBinary(t)
	url := startGethDev(t, bin)

	t.Run("fund", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		c, err := dialL1(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer c.close()
		payer, err := newAccount()
		if err != nil {
			t.Fatal(err)
		}
		// From geth's unlocked developer account, then from a key.
		if err := c.fund(ctx, "", []common.Address{payer.addr}, fundAmount); err != nil {
			t.Fatal(err)
		}
		a, _ := newAccount()
		b, _ := newAccount()
		hexKey := common.Bytes2Hex(crypto.FromECDSA(payer.key))
		amount := big.NewInt(1e18)
		if err := c.fund(ctx, hexKey, []common.Address{a.addr, b.addr}, amount); err != nil {
			t.Fatal(err)
		}
		for _, acct := range []*account{a, b} {
			bal, err := c.client.BalanceAt(ctx, acct.addr, nil)
			if err != nil || bal.Cmp(amount) != 0 {
				t.Fatalf("balance of %s: %v, %v; want %v", acct.addr, bal, err, amount)
			}
		}
	})

	cfg := testConfig(t)
	cfg.L1RPC = url
	d := startTest(t, cfg)
	ep := d.Endpoints()
	if ep.L1RPC != url {
		t.Fatalf("endpoints name L1 %s, want %s", ep.L1RPC, url)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cl, err := client.New(ep.Disperser)
	if err != nil {
		t.Fatal(err)
	}
	res, err := cl.Put(ctx, []byte("a blob certified on geth --dev"), client.WithL1(api.L1Wait))
	if err != nil {
		t.Fatal(err)
	}
	if res.L1 == nil || res.L1.State != api.L1Confirmed || res.L1.Gas == 0 {
		t.Fatalf("certify on geth: %+v", res.L1)
	}
	rec, ok, err := d.contract.Certification(ctx, res.BlobID)
	if err != nil || !ok || rec.HeaderHash != res.HeaderHash {
		t.Fatalf("contract record: %+v, %v, %v", rec, ok, err)
	}
	st, err := waitFor(ctx, 2*time.Minute, func() (string, bool, error) {
		ls, ok := d.light.Status(res.BlobID)
		return ls.Status.String(), ok && ls.Status.Final(), nil
	})
	if err != nil || st != "available" {
		t.Fatalf("light client: %s, %v", st, err)
	}
}
