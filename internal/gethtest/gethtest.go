// Package gethtest runs a real `geth --dev` for integration tests: the
// binary built by `make tools` (go-ethereum's cmd/geth at Version, into
// .tools/bin), on loopback, with a temporary data directory.
package gethtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/internal/txseq"
)

// Version is the geth the tests run (cmd/geth builds from the go-ethereum
// module at this version; v1.17.x does not build here).
const Version = "v1.16.8"

// Find returns a geth binary: .tools/bin/geth under the repository root,
// then one on PATH. When neither exists it builds one into .tools/bin
// (about three minutes, once), except with -short, where the test is
// skipped.
func Find(t testing.TB) string {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	local := filepath.Join(root, ".tools", "bin", "geth")
	if _, err := os.Stat(local); err == nil {
		return local
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	if testing.Short() {
		t.Skip("geth not found in .tools/bin or PATH (make tools builds it); skipped with -short")
	}
	t.Logf("building geth %s into %s (about 3 minutes, once)", Version, filepath.Dir(local))
	cmd := exec.Command("go", "install", "github.com/ethereum/go-ethereum/cmd/geth@"+Version)
	cmd.Env = append(os.Environ(), "GOBIN="+filepath.Dir(local), "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install geth: %v\n%s", err, out)
	}
	return local
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// StartDev runs `geth --dev --dev.period period` (0: a block per
// transaction) on 127.0.0.1 with a temporary data directory and returns
// its JSON-RPC URL (eth, net, web3) once eth_chainId answers. geth stops
// (interrupt, then kill after 15 s) when the test ends. A port taken
// between choosing and binding is retried, three times in all.
func StartDev(t testing.TB, bin string, period int) string {
	t.Helper()
	var lastErr error
	for range 3 {
		httpPort, authPort := freePort(t), freePort(t)
		var logs bytes.Buffer
		cmd := exec.Command(bin, "--dev", "--dev.period", fmt.Sprint(period), "--datadir", t.TempDir(),
			"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3",
			"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
			"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2",
			// The first 0x0a call builds the KZG context inside geth (seconds
			// of CPU on a loaded machine); the default 5 s eth_call limit
			// would abort it.
			"--rpc.evmtimeout", "1m")
		cmd.Stdout, cmd.Stderr = &logs, &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		stop := func() {
			_ = cmd.Process.Signal(os.Interrupt)
			select {
			case <-done:
			case <-time.After(15 * time.Second):
				_ = cmd.Process.Kill()
				<-done
			}
		}
		url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
		lastErr = fmt.Errorf("geth did not answer on %s within 60 s", url)
		exited := false
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline) && !exited; time.Sleep(200 * time.Millisecond) {
			select {
			case err := <-done:
				lastErr, exited = fmt.Errorf("geth exited: %v\n%s", err, logs.String()), true
				continue
			default:
			}
			if answers(url) {
				t.Cleanup(stop)
				return url
			}
		}
		if !exited {
			_ = cmd.Process.Kill()
			<-done
			lastErr = fmt.Errorf("%v\n%s", lastErr, logs.String())
		}
	}
	t.Fatal(lastErr)
	return ""
}

// answers reports whether the node at url answers eth_chainId within a
// second.
func answers(url string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return false
	}
	defer c.Close()
	_, err = c.ChainID(ctx)
	return err == nil
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// Fund sends value to each address from geth's unlocked developer account
// (eth_sendTransaction) and waits until every transfer is mined with
// status 1; it fails the test otherwise. The nonces are numbered by
// txseq.Send: geth --dev's pending nonce lags for a moment after each
// block, and a send that takes it lands on a nonce already in the pool.
func Fund(t testing.TB, ctx context.Context, rc *rpc.Client, value *big.Int, to ...common.Address) {
	t.Helper()
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("geth's developer account: %v %v", accounts, err)
	}
	ec := ethclient.NewClient(rc)
	hashes, err := txseq.Send(ctx, ec, accounts[0], len(to), func(i int, nonce uint64) (common.Hash, error) {
		var h common.Hash
		err := rc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": accounts[0], "to": to[i], "value": (*hexutil.Big)(value), "nonce": hexutil.Uint64(nonce),
		})
		return h, err
	})
	if err != nil {
		t.Fatalf("funding from geth's developer account: %v", err)
	}
	// Receipt errors other than not-found (geth answers "transaction
	// indexing is in progress" for a while after it starts) are retried
	// until ctx ends.
	for i, h := range hashes {
		for {
			r, err := ec.TransactionReceipt(ctx, h)
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("funding %s: transaction %s failed", to[i], h)
				}
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("funding %s: %s not mined: %v (last: %v)", to[i], h, ctx.Err(), err)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
}
