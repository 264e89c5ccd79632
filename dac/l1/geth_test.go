package l1

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
)

// gethVersion is the geth the integration test runs (cmd/geth builds from
// the go-ethereum module at this version; v1.17.x does not build here).
const gethVersion = "v1.16.8"

// findGeth returns a geth binary: .tools/bin/geth under the repository
// root, then PATH; when neither exists it builds one into .tools/bin
// (about three minutes, once), unless -short.
func findGeth(t *testing.T) string {
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
	t.Logf("building geth %s into %s (about 3 minutes, once)", gethVersion, filepath.Dir(local))
	cmd := exec.Command("go", "install", "github.com/ethereum/go-ethereum/cmd/geth@"+gethVersion)
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

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGeth runs `geth --dev` on loopback with a temp datadir and returns
// its RPC client; the node stops when the test ends.
func startGeth(t *testing.T, bin string) *rpc.Client {
	t.Helper()
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		httpPort, authPort := freePort(t), freePort(t)
		dir := t.TempDir()
		var logs bytes.Buffer
		cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--datadir", dir,
			"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3",
			"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
			"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2")
		cmd.Stdout, cmd.Stderr = &logs, &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			select {
			case err := <-done:
				lastErr = fmt.Errorf("geth exited: %v\n%s", err, logs.String())
			default:
			}
			if lastErr != nil {
				break
			}
			rc, err := rpc.Dial(url)
			if err == nil {
				var id hexutil.Big
				ctx, cancel := context.WithTimeout(context.Background(), time.Second)
				err = rc.CallContext(ctx, &id, "eth_chainId")
				cancel()
				if err == nil {
					t.Cleanup(func() {
						rc.Close()
						_ = cmd.Process.Signal(os.Interrupt)
						select {
						case <-done:
						case <-time.After(15 * time.Second):
							_ = cmd.Process.Kill()
							<-done
						}
					})
					return rc
				}
				rc.Close()
			}
			time.Sleep(200 * time.Millisecond)
		}
		if lastErr == nil {
			_ = cmd.Process.Kill()
			<-done
			lastErr = fmt.Errorf("geth did not answer on %s within 60s\n%s", url, logs.String())
		}
	}
	t.Fatal(lastErr)
	return nil
}

// fund sends ether from geth's unlocked dev account.
func fund(t *testing.T, rc *rpc.Client, ec *ethclient.Client, to []common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("dev account: %v %v", accounts, err)
	}
	for _, a := range to {
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": a, "value": (*hexutil.Big)(ether(100))}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			t.Fatalf("fund %s: %v", a, err)
		}
		if _, err := WaitForReceipt(ctx, ec, h, 100*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
}

// The deploy / register / change / certify / verify / events flow against a
// real geth --dev over JSON-RPC.
func TestGethDev(t *testing.T) {
	bin := findGeth(t)
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("geth version: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), strings.TrimPrefix(gethVersion, "v")) {
		t.Logf("note: geth reports %q, the test pins %s", strings.TrimSpace(string(out)), gethVersion)
	}
	rc := startGeth(t, bin)
	client := ethclient.NewClient(rc)
	ctx := context.Background()

	// Prague is active: the EIP-2537 G1ADD precompile adds two points at
	// infinity to the point at infinity (a pre-Prague chain has no code
	// there and returns nothing).
	g1add := common.BytesToAddress([]byte{0x0b})
	res, err := client.CallContract(ctx, ethereum.CallMsg{To: &g1add, Data: make([]byte, 256)}, nil)
	if err != nil || len(res) != 128 {
		t.Fatalf("EIP-2537 G1ADD on geth --dev: %d bytes, %v (Prague not active?)", len(res), err)
	}

	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mk := func() *member { return newMember(t, chainID.Uint64()) }
	admin := mk()
	ms := []*member{mk(), mk(), mk(), mk()}
	addrs := []common.Address{admin.addr}
	for _, m := range ms {
		addrs = append(addrs, m.addr)
	}
	fund(t, rc, client, addrs)

	opts := []Option{WithPollInterval(50 * time.Millisecond), WithTimeout(time.Minute)}
	c, err := Deploy(ctx, client, admin.tx, DeployParams{RotationWindow: time.Hour}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, c: c, admin: admin, members: ms, ctx: ctx}
	for _, m := range ms {
		e.register(m)
	}
	// A rogue key (another key's proof) is refused over JSON-RPC too.
	rogue := mk()
	fund(t, rc, client, []common.Address{rogue.addr})
	_, err = c.Register(ctx, rogue.tx, Registration{PublicKey: rogue.pk, ProofOfPossession: ms[0].sk.ProvePossession()})
	wantRevert(t, err, "InvalidProofOfPossession")

	q, err := c.QueueChange(ctx, admin.tx, Change{Add: addrs[1:], Threshold: 3})
	if err != nil {
		t.Fatal(err)
	}
	epoch, err := c.ExecuteChange(ctx, admin.tx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := c.Committee(ctx, epoch)
	if err != nil {
		t.Fatal(err)
	}
	if len(ec.Members) != 4 || ec.Threshold != 3 {
		t.Fatalf("committee %+v", ec)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := &dac.HeaderCore{Version: dac.FormatVersion, ChainID: 901, Size: 1000, K: 1, Expiry: head.Time + 3600, Epoch: epoch}
	copy(h.CommitmentsRoot[:], crypto.Keccak256([]byte("rows")))
	cert := e.sign(ec, h.Hash(), []int{0, 1, 3})
	if err := c.VerifyCertificate(ctx, cert, ec); err != nil {
		t.Fatalf("verify: %v", err)
	}
	wantRevert(t, c.VerifyCertificate(ctx, e.sign(ec, h.Hash(), []int{0, 1}), ec), "InsufficientSigners")
	id, rcpt, err := c.Certify(ctx, admin.tx, h, cert, ec)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("geth --dev: certify with 1 of 4 not signing used %d execution gas", rcpt.GasUsed-21000)
	got, ok, err := c.Certification(ctx, id)
	if err != nil || !ok || got.HeaderHash != h.Hash() {
		t.Fatalf("certification %+v %v %v", got, ok, err)
	}

	evs, err := c.Events(ctx, 0, rcpt.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	var sawCertified bool
	for _, ev := range evs {
		if v, ok := ev.Value.(*contracts.CommitteeCertified); ok && v.BlobId == id {
			sawCertified = true
		}
	}
	if !sawCertified {
		t.Fatalf("no Certified event among %d events", len(evs))
	}
}
