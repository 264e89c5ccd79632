package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/internal/app/devnet"
	"github.com/quire-da/quire/internal/gethtest"
	"github.com/quire-da/quire/internal/proctest"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/l1"
)

func writeConfigJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func waitUntil(t *testing.T, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestRollupProcesses runs `quire rollup sequencer` and `quire rollup
// node` as processes against geth --dev, with the committee and the
// disperser of an in-process devnet on loopback:
//
//   - transactions acknowledged over JSON-RPC, some in unposted blocks and
//     some only pooled (batch_age an hour), survive a SIGKILL of the
//     sequencer: after the restart every one is included, and every L2
//     block is in the inbox exactly once;
//   - the verifier node derives the same block hashes, is stopped with
//     SIGTERM (exit 0), restarted from its data directory and catches up;
//   - both refuse the other's data directory.
func TestRollupProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds quire and runs geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	gd := startGethDevnet(t, ctx)
	defer gd.d.Close()
	gethURL, ep, ec := gd.url, gd.ep, gd.ec
	keys0 := gd.fund(t, ctx, 1000, "sequencer")
	seqKey := keys0["sequencer"]
	seqAddr := crypto.PubkeyToAddress(seqKey.PublicKey)
	cfg := rollup.DevConfig()
	from := dacl1.NewTransactor(seqKey, cfg.L1ChainID)
	inbox, _, err := l1.Deploy(ctx, ec, from, l1.Params{Committee: common.HexToAddress(ep.Contract), Sequencer: seqAddr,
		FeeRecipient: cfg.FeeRecipient, L2ChainID: cfg.ChainID, ForceDelay: time.Duration(cfg.ForceInclusionDelay),
		MinRetention: time.Hour}, l1.WithPollInterval(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]*ecdsa.PrivateKey, 4)
	deposit := big.NewInt(1e18)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		if _, _, err := inbox.Deposit(ctx, from, crypto.PubkeyToAddress(keys[i].PublicKey), deposit); err != nil {
			t.Fatal(err)
		}
	}

	dir := t.TempDir()
	bin := quireBinary(t)
	keyFile := filepath.Join(dir, "sequencer.key")
	if err := os.WriteFile(keyFile, []byte(hexutil.Encode(crypto.FromECDSA(seqKey))), 0o600); err != nil {
		t.Fatal(err)
	}
	seqFile := defaultSequencerFile()
	seqFile.Rollup, seqFile.L1RPC, seqFile.Inbox, seqFile.HTTPAddr = cfg, gethURL, inbox.Address(), "127.0.0.1:0"
	seqFile.DataDir, seqFile.DisperserURL, seqFile.KeyFile = filepath.Join(dir, "seq-data"), ep.Disperser, keyFile
	seqFile.BlockInterval, seqFile.BatchAge = rollup.Duration(200*time.Millisecond), rollup.Duration(time.Hour)
	seqConf := filepath.Join(dir, "sequencer.json")
	writeConfigJSON(t, seqConf, seqFile)
	seqLog := filepath.Join(dir, "sequencer.log")
	defer func() {
		if t.Failed() {
			b, _ := os.ReadFile(seqLog)
			t.Logf("sequencer log:\n%s", b)
		}
	}()

	seq := proctest.Start(t, bin, seqLog, "JSON-RPC on ", "rollup", "sequencer", "--config", seqConf)
	l2, err := ethclient.DialContext(ctx, seq.URL)
	if err != nil {
		t.Fatal(err)
	}
	waitUntil(t, ctx, "deposits on L2", func() bool {
		b, err := l2.BalanceAt(ctx, crypto.PubkeyToAddress(keys[3].PublicKey), nil)
		return err == nil && b.Cmp(deposit) == 0
	})
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.ChainID))
	nonces := map[int]uint64{}
	var acked []common.Hash
	send := func(n int) {
		t.Helper()
		for i := 0; i < n; i++ {
			k := i % len(keys)
			to := crypto.PubkeyToAddress(keys[(k+1)%len(keys)].PublicKey)
			tx := types.MustSignNewTx(keys[k], signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(cfg.ChainID),
				Nonce: nonces[k], GasFeeCap: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(int64(7 + i))})
			if err := l2.SendTransaction(ctx, tx); err != nil {
				t.Fatalf("send: %v", err)
			}
			nonces[k]++
			acked = append(acked, tx.Hash())
		}
	}
	send(30)
	waitUntil(t, ctx, "the first transactions in blocks", func() bool {
		_, err := l2.TransactionReceipt(ctx, acked[len(acked)-1])
		return err == nil
	})
	send(30)
	// SIGKILL right after the last acknowledgement: some of these are in
	// no block yet, and nothing was posted.
	seq.Kill(t)
	l2.Close()
	if h, err := inbox.Head(ctx); err != nil || h.NextBatch != 1 {
		t.Fatalf("inbox before the restart: %+v %v; want only the genesis batch", h, err)
	}

	seqFile.BatchAge = rollup.Duration(time.Second)
	writeConfigJSON(t, seqConf, seqFile)
	seq = proctest.Start(t, bin, seqLog, "JSON-RPC on ", "rollup", "sequencer", "--config", seqConf)
	if l2, err = ethclient.DialContext(ctx, seq.URL); err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	slog, _ := os.ReadFile(seqLog)
	resumed := logValues(string(slog), "resumed from the store", "unposted_blocks", "pooled_txs")
	if resumed["unposted_blocks"] == 0 {
		t.Fatalf("the restarted sequencer recovered no unposted block:\n%s", slog)
	}
	t.Logf("restart recovered %d unposted blocks and %d pooled transactions", resumed["unposted_blocks"], resumed["pooled_txs"])
	var last uint64
	for _, h := range acked {
		waitUntil(t, ctx, "every acknowledged transaction after the restart", func() bool {
			r, err := l2.TransactionReceipt(ctx, h)
			if err == nil {
				last = max(last, r.BlockNumber.Uint64())
			}
			return err == nil && r.Status == 1
		})
	}
	waitUntil(t, ctx, "the blocks posted", func() bool {
		h, err := inbox.Head(ctx)
		return err == nil && h.L2BlockEnd > last
	})

	// Every L2 block in the inbox exactly once, in order.
	f := inbox.Follower(l1.Cursor{}, 0)
	u, err := f.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	next := uint64(0)
	for _, b := range u.Batches {
		if b.L2BlockStart != next && b.Kind != l1.KindGenesis {
			t.Fatalf("batch %d holds L2 blocks %d-%d, expected to start at %d", b.Index, b.L2BlockStart, b.L2BlockEnd, next)
		}
		next = b.L2BlockEnd
	}
	if next <= last {
		t.Fatalf("the inbox ends at L2 block %d, the last transaction is in %d", next, last)
	}
	t.Logf("%d transactions acknowledged before a SIGKILL all included; %d batches hold L2 blocks 1-%d once each",
		len(acked), len(u.Batches)-1, next-1)

	// A verifier node derives the same blocks; stopped and restarted, it
	// resumes from its directory.
	nodeFile := defaultRollupNodeFile()
	nodeFile.Rollup, nodeFile.L1RPC, nodeFile.Inbox, nodeFile.HTTPAddr = cfg, gethURL, inbox.Address(), "127.0.0.1:0"
	nodeFile.DataDir, nodeFile.Committee, nodeFile.SequencerRPC = filepath.Join(dir, "node-data"), common.HexToAddress(ep.Contract), seq.URL
	nodeFile.Retry = rollup.Duration(time.Second)
	nodeConf := filepath.Join(dir, "node.json")
	writeConfigJSON(t, nodeConf, nodeFile)
	nodeLog := filepath.Join(dir, "node.log")
	defer func() {
		if t.Failed() {
			b, _ := os.ReadFile(nodeLog)
			t.Logf("node log:\n%s", b)
		}
	}()
	derived := func(url string, n uint64) {
		t.Helper()
		vc, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer vc.Close()
		waitUntil(t, ctx, fmt.Sprintf("the node at block %d", n), func() bool {
			b, err := vc.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return false
			}
			want, err := l2.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil || want.Hash() != b.Hash() {
				t.Fatalf("block %d: node %s, sequencer %v %v", n, b.Hash(), want, err)
			}
			return true
		})
	}
	vn := proctest.Start(t, bin, nodeLog, "JSON-RPC on ", "rollup", "node", "--config", nodeConf)
	derived(vn.URL, next-1)
	vn.Stop(t) // exit 0 on SIGTERM
	if t.Failed() {
		t.FailNow()
	}
	send(10)
	var end uint64
	waitUntil(t, ctx, "the new transactions posted", func() bool {
		r, err := l2.TransactionReceipt(ctx, acked[len(acked)-1])
		h, herr := inbox.Head(ctx)
		if err == nil && herr == nil && h.L2BlockEnd > r.BlockNumber.Uint64() {
			end = h.L2BlockEnd - 1
			return true
		}
		return false
	})
	vn = proctest.Start(t, bin, nodeLog, "JSON-RPC on ", "rollup", "node", "--config", nodeConf)
	derived(vn.URL, end)
	if b, _ := os.ReadFile(nodeLog); resumedAt(string(b)) < uint64(len(u.Batches)) {
		t.Errorf("the restarted node did not resume at batch %d or later:\n%s", len(u.Batches), b)
	}
	for _, p := range []*proctest.Proc{vn, seq} {
		p.Stop(t) // exit 0 on SIGTERM
	}

	// The sequencer refuses the node's directory.
	bad := seqFile
	bad.DataDir = nodeFile.DataDir
	badConf := filepath.Join(dir, "bad.json")
	writeConfigJSON(t, badConf, bad)
	out, err := exec.Command(bin, "rollup", "sequencer", "--config", badConf).CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(string(out), "holds the node of chain") {
		t.Errorf("sequencer on the node's directory: %v\n%s", err, out)
	}
}

// logValues returns the integer values of keys on the last log line
// holding msg.
func logValues(log, msg string, keys ...string) map[string]uint64 {
	out := map[string]uint64{}
	for _, line := range strings.Split(log, "\n") {
		if !strings.Contains(line, msg) {
			continue
		}
		for _, k := range keys {
			if _, v, ok := strings.Cut(line, " "+k+"="); ok {
				var n uint64
				fmt.Sscan(strings.Fields(v)[0], &n)
				out[k] = n
			}
		}
	}
	return out
}

// resumedAt returns next_batch of the last "rollup node running" log line.
func resumedAt(log string) uint64 {
	var n uint64
	for _, line := range strings.Split(log, "\n") {
		if !strings.Contains(line, "rollup node running") {
			continue
		}
		if _, v, ok := strings.Cut(line, "next_batch="); ok {
			fmt.Sscan(strings.Fields(v)[0], &n)
		}
	}
	return n
}

// gethDevnet is geth --dev as L1 with an in-process devnet's committee and
// disperser on it (no rollup: the tests run their own as processes).
type gethDevnet struct {
	url      string
	d        *devnet.Devnet
	ep       devnet.Endpoints
	rc       *gethrpc.Client
	ec       *ethclient.Client
	accounts []common.Address // geth's developer account first
}

func startGethDevnet(t *testing.T, ctx context.Context) *gethDevnet {
	t.Helper()
	g := &gethDevnet{url: gethtest.StartDev(t, gethtest.Find(t), 1)}
	dcfg := devnet.DefaultConfig()
	dcfg.Members, dcfg.Threshold = 4, 3
	dcfg.L1Port, dcfg.HTTPPort, dcfg.DashboardPort, dcfg.SamplerPort = 0, 0, 0, 0
	dcfg.RollupPort, dcfg.VerifierPort = 0, 0
	dcfg.Rollup = false
	dcfg.L1RPC = g.url
	var err error
	if g.d, err = devnet.Start(ctx, dcfg); err != nil {
		t.Fatal(err)
	}
	g.ep = g.d.Endpoints()
	if g.rc, err = gethrpc.DialContext(ctx, g.url); err != nil {
		g.d.Close()
		t.Fatal(err)
	}
	t.Cleanup(g.rc.Close)
	g.ec = ethclient.NewClient(g.rc)
	if err := g.rc.CallContext(ctx, &g.accounts, "eth_accounts"); err != nil || len(g.accounts) == 0 {
		g.d.Close()
		t.Fatalf("geth accounts: %v %v", g.accounts, err)
	}
	return g
}

// fund makes a fresh L1 key per name, each funded with eth ETH from
// geth's developer account.
func (g *gethDevnet) fund(t *testing.T, ctx context.Context, eth int64, names ...string) map[string]*ecdsa.PrivateKey {
	t.Helper()
	keys := map[string]*ecdsa.PrivateKey{}
	var addrs []common.Address
	for _, n := range names {
		keys[n], _ = crypto.GenerateKey()
		addrs = append(addrs, crypto.PubkeyToAddress(keys[n].PublicKey))
	}
	gethtest.Fund(t, ctx, g.rc, new(big.Int).Mul(big.NewInt(eth), big.NewInt(1e18)), addrs...)
	return keys
}
