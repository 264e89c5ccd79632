package multihost

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/internal/gethtest"
)

// chain is geth --dev in its own namespace, with the committee contract
// deployed on it by `quire committee deploy`.
type chain struct {
	host      *host
	proc      *proc
	url       string
	committee string // contract address
	adminKey  string // key files
	certKey   string
}

// account is a fresh L1 key written to a key file, funded by the dev account.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	file string
}

// startChain runs geth --dev (a block every second) on its own host.
func (l *lab) startChain(index int) *chain {
	t := l.t
	geth := gethtest.Find(t)
	h := l.host("l1", index)
	c := &chain{host: h, url: "http://" + h.ip + ":8545"}
	cmd := exec.Command("ip", "netns", "exec", h.ns, geth, "--dev", "--dev.period", "1", "--datadir", filepath.Join(l.dir, "geth"),
		"--http", "--http.addr", h.ip, "--http.port", "8545", "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "8551", "--port", "0", "--nodiscover", "--maxpeers", "0",
		"--ipcdisable", "--verbosity", "2", "--rpc.evmtimeout", "1m")
	c.proc = &proc{cmd: cmd, logs: &logBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = c.proc.logs, c.proc.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(c.proc.done) }()
	t.Cleanup(c.proc.kill)
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		ec, err := ethclient.DialContext(ctx, c.url)
		if err == nil {
			_, err = ec.ChainID(ctx)
			ec.Close()
		}
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth --dev did not answer on %s: %v\n%s", c.url, err, c.proc.logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return c
}

// fund makes n accounts with 100 ETH each from the dev account.
func (c *chain) fund(t testing.TB, dir string, names ...string) []account {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rc, err := rpc.DialContext(ctx, c.url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var out []account
	var addrs []common.Address
	for _, name := range names {
		k, _ := crypto.GenerateKey()
		a := account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), file: filepath.Join(dir, name+".hex")}
		if err := os.WriteFile(a.file, []byte(hex.EncodeToString(crypto.FromECDSA(k))), 0o600); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
		addrs = append(addrs, a.addr)
	}
	gethtest.Fund(t, ctx, rc, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)), addrs...)
	return out
}

// quire runs a quire command in the root namespace (it reaches geth over
// the bridge) and returns its standard output.
func (l *lab) quire(args ...string) string {
	l.t.Helper()
	cmd := exec.Command(l.bin, args...)
	cmd.Env = append(os.Environ(), "QUIRE_KEYSTORE_PASSWORD=multihost")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		l.t.Fatalf("quire %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

func addrs(as []account) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.addr.Hex())
	}
	return out
}
