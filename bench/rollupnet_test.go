package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/internal/gethtest"
	"github.com/quire-da/quire/internal/proctest"
	"github.com/quire-da/quire/rollup"
	rl1 "github.com/quire-da/quire/rollup/l1"
)

// rollupNet is the bundled rollup with every service in its own process,
// on loopback: geth --dev as L1; `quire devnet --rpc` for the committee
// (4 members, threshold 3) and the disperser; the RollupInbox deployed by
// a fresh sequencer account; then `quire rollup sequencer` and any number
// of `quire rollup node` verifiers, started by the caller. This package
// may not import the in-process devnet (applications are imported only by
// applications, internal/archtest), and running it as a process also
// keeps the committee's memory and CPU out of the rollup's figures.
type rollupNet struct {
	dir, bin  string
	gethURL   string
	cfg       rollup.Config
	l1        *ethclient.Client
	inbox     *rl1.Inbox
	from      *bind.TransactOpts
	committee common.Address
	disperser string
	seqKey    string // file
}

// quireBin builds cmd/quire once per test binary into a directory removed
// by TestMain.
var quireBin struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func buildQuire(tb testing.TB) string {
	tb.Helper()
	quireBin.once.Do(func() {
		quireBin.dir, quireBin.err = os.MkdirTemp("", "quire-bench-bin")
		if quireBin.err != nil {
			return
		}
		quireBin.path = filepath.Join(quireBin.dir, "quire")
		out, err := exec.Command("go", "build", "-o", quireBin.path, "github.com/quire-da/quire/cmd/quire").CombinedOutput()
		if err != nil {
			quireBin.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if quireBin.err != nil {
		tb.Fatal(quireBin.err)
	}
	return quireBin.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if quireBin.dir != "" {
		os.RemoveAll(quireBin.dir)
	}
	os.Exit(code)
}

// haveGeth reports whether a geth binary is at hand without building one
// (gethtest.Find would build it: three minutes).
func haveGeth() bool {
	if _, err := exec.LookPath("geth"); err == nil {
		return true
	}
	dir, _ := os.Getwd()
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			_, err := os.Stat(filepath.Join(dir, ".tools", "bin", "geth"))
			return err == nil
		}
	}
	return false
}

// startRollupNet starts geth --dev and the committee, deploys the inbox
// and deposits deposit wei on L2 to each of to.
func startRollupNet(tb testing.TB, ctx context.Context, geth string, to []common.Address, deposit *big.Int) *rollupNet {
	tb.Helper()
	t0 := time.Now()
	n := &rollupNet{dir: tb.TempDir(), bin: buildQuire(tb), cfg: rollup.DevConfig()}
	built := time.Now()
	defer func() {
		tb.Logf("quire built in %v; geth, committee, inbox and deposits up in %v",
			built.Sub(t0).Round(time.Millisecond), time.Since(built).Round(time.Millisecond))
	}()
	n.gethURL = gethtest.StartDev(tb, geth, 1)
	rc, err := gethrpc.DialContext(ctx, n.gethURL)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(rc.Close)
	n.l1 = ethclient.NewClient(rc)

	dev := proctest.Start(tb, n.bin, filepath.Join(n.dir, "devnet.log"), "devnet up in",
		"devnet", "--rpc", n.gethURL, "--no-rollup", "--members", "4", "--threshold", "3",
		"--l1-port", "0", "--http-port", "0", "--dashboard-port", "0", "--sampler-port", "0",
		"--rollup-port", "0", "--verifier-port", "0")
	tb.Cleanup(func() { dev.Stop(tb) })
	// The endpoints follow the "devnet up" line.
	for deadline := time.Now().Add(time.Minute); n.committee == (common.Address{}) || n.disperser == ""; {
		if time.Now().After(deadline) {
			tb.Fatalf("devnet endpoints not found in:\n%s", strings.Join(dev.Lines(), "\n"))
		}
		time.Sleep(20 * time.Millisecond)
		for _, line := range dev.Lines() {
			f := strings.Fields(line)
			switch {
			case len(f) >= 2 && f[0] == "committee":
				n.committee = common.HexToAddress(f[1])
			case len(f) >= 2 && f[0] == "disperser":
				n.disperser = f[1]
			}
		}
	}

	// The sequencer's L1 account, funded from geth's developer account,
	// deploys the inbox and makes the deposits.
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	total := new(big.Int).Mul(deposit, big.NewInt(int64(len(to))))
	total.Add(total, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	gethtest.Fund(tb, ctx, rc, total, addr)
	n.from = dacl1.NewTransactor(key, n.cfg.L1ChainID)
	n.inbox, _, err = rl1.Deploy(ctx, n.l1, n.from, rl1.Params{Committee: n.committee, Sequencer: addr,
		FeeRecipient: n.cfg.FeeRecipient, L2ChainID: n.cfg.ChainID, ForceDelay: time.Duration(n.cfg.ForceInclusionDelay),
		MinRetention: time.Hour}, rl1.WithPollInterval(100*time.Millisecond))
	if err != nil {
		tb.Fatal(err)
	}
	for _, a := range to {
		if _, _, err := n.inbox.Deposit(ctx, n.from, a, deposit); err != nil {
			tb.Fatal(err)
		}
	}
	n.seqKey = filepath.Join(n.dir, "sequencer.key")
	if err := os.WriteFile(n.seqKey, []byte(hexutil.Encode(crypto.FromECDSA(key))), 0o600); err != nil {
		tb.Fatal(err)
	}
	return n
}

// shared returns the fields both rollup commands' config files share.
func (n *rollupNet) shared(name string) map[string]any {
	return map[string]any{"rollup": n.cfg, "l1_rpc": n.gethURL, "inbox_address": n.inbox.Address(),
		"http_addr": "127.0.0.1:0", "data_dir": filepath.Join(n.dir, name+"-data")}
}

// sequencer starts `quire rollup sequencer`: a block every 250 ms, a batch
// posted once its oldest block is a second old or it holds 100 kB.
func (n *rollupNet) sequencer(tb testing.TB) *proctest.Proc {
	tb.Helper()
	c := n.shared("sequencer")
	c["disperser_url"], c["key_file"] = n.disperser, n.seqKey
	c["block_interval"], c["batch_age"] = "250ms", "1s"
	conf := filepath.Join(n.dir, "sequencer.json")
	writeJSON(tb, conf, c)
	return proctest.Start(tb, n.bin, filepath.Join(n.dir, "sequencer.log"), "JSON-RPC on ", "rollup", "sequencer", "--config", conf)
}

// node starts (or restarts, on the same data directory) the verifier
// called name.
func (n *rollupNet) node(tb testing.TB, name, sequencerURL string) *proctest.Proc {
	tb.Helper()
	c := n.shared(name)
	c["committee_address"], c["sequencer_rpc"], c["retry"] = n.committee, sequencerURL, "1s"
	conf := filepath.Join(n.dir, name+".json")
	writeJSON(tb, conf, c)
	return proctest.Start(tb, n.bin, filepath.Join(n.dir, name+".log"), "JSON-RPC on ", "rollup", "node", "--config", conf)
}

func writeJSON(tb testing.TB, path string, v any) {
	tb.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		tb.Fatal(err)
	}
}

// phases is the verifier's time split read from its "node: derived
// batch" log lines.
type phases struct {
	batches, txs                             int
	retrieve, recover, apply, persist, total time.Duration
}

// derivedBatches sums the "node: derived batch" lines of a verifier's
// log (slog text format).
func derivedBatches(tb testing.TB, logPath string) phases {
	tb.Helper()
	b, err := os.ReadFile(logPath)
	if err != nil {
		tb.Fatal(err)
	}
	var ph phases
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, "msg=\"node: derived batch\"") {
			continue
		}
		v := map[string]string{}
		for _, f := range strings.Fields(line) {
			if k, val, ok := strings.Cut(f, "="); ok {
				v[k] = val
			}
		}
		txs, err := strconv.Atoi(v["txs"])
		if err != nil {
			tb.Fatalf("txs in %q: %v", line, err)
		}
		ph.batches++
		ph.txs += txs
		for k, d := range map[string]*time.Duration{"retrieve": &ph.retrieve, "recover": &ph.recover,
			"apply": &ph.apply, "persist": &ph.persist, "took": &ph.total} {
			x, err := time.ParseDuration(v[k])
			if err != nil {
				tb.Fatalf("%s in %q: %v", k, line, err)
			}
			*d += x
		}
	}
	return ph
}

// share is part's share of whole in percent.
func share(part, whole time.Duration) float64 {
	if whole <= 0 {
		return 0
	}
	return 100 * part.Seconds() / whole.Seconds()
}

func pollUntil(tb testing.TB, ctx context.Context, what string, ok func() bool) {
	tb.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			tb.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// l2 is what the harness reads from a rollup process's JSON-RPC.
type l2 struct {
	*ethclient.Client
	rc *gethrpc.Client
}

func dialL2(tb testing.TB, ctx context.Context, url string) *l2 {
	tb.Helper()
	rc, err := gethrpc.DialContext(ctx, url)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(rc.Close)
	return &l2{ethclient.NewClient(rc), rc}
}

// tags returns rollup_syncStatus's latest and safe.
func (c *l2) tags(ctx context.Context) (latest, safe uint64, err error) {
	var s map[string]hexutil.Uint64
	if err := c.rc.CallContext(ctx, &s, "rollup_syncStatus"); err != nil {
		return 0, 0, err
	}
	return uint64(s["latest"]), uint64(s["safe"]), nil
}

// output is rollup_outputAtBlock's answer.
type output struct {
	BlockHash       common.Hash `json:"blockHash"`
	StateRoot       common.Hash `json:"stateRoot"`
	WithdrawalsRoot common.Hash `json:"withdrawalsRoot"`
	OutputRoot      common.Hash `json:"outputRoot"`
}

func (c *l2) output(ctx context.Context, n uint64) (output, error) {
	var o output
	err := c.rc.CallContext(ctx, &o, "rollup_outputAtBlock", hexutil.Uint64(n))
	return o, err
}

// blockTxs returns the hashes of block n's transactions.
func (c *l2) blockTxs(ctx context.Context, n uint64) ([]common.Hash, error) {
	var b struct {
		Transactions []common.Hash `json:"transactions"`
	}
	err := c.rc.CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.Uint64(n), false)
	return b.Transactions, err
}

// account is an L2 user.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccounts(n int) []account {
	out := make([]account, n)
	for i := range out {
		k, _ := crypto.GenerateKey()
		out[i] = account{k, crypto.PubkeyToAddress(k.PublicKey)}
	}
	return out
}

func addrsOf(as []account) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = a.addr
	}
	return out
}

// transfer signs a type-2 (or, legacy, EIP-155) transfer at the base fee.
func transfer(cfg rollup.Config, from account, nonce uint64, to common.Address, value *big.Int, legacy bool) *types.Transaction {
	chainID := new(big.Int).SetUint64(cfg.ChainID)
	fee := new(big.Int).SetUint64(cfg.BaseFee)
	var inner types.TxData = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasFeeCap: fee, Gas: 21000, To: &to, Value: value}
	if legacy {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: fee, Gas: 21000, To: &to, Value: value}
	}
	return types.MustSignNewTx(from.key, types.LatestSignerForChainID(chainID), inner)
}
