package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/internal/app/devnet"
	"github.com/quire-da/quire/rollup/l1"
)

// TestRollupWithdraw withdraws through the command on a devnet with its
// rollup and fault-proof agents (the real RollupGame, an honest proposer):
// initiate on L2; --finalize refused while no finalized output contains
// it; --finalize --wait pays it once the proposer's output is final (the
// inbox records it paid); a second --finalize is refused.
func TestRollupWithdraw(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cfg := devnet.DefaultConfig()
	cfg.Members, cfg.Threshold = 4, 3
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	cfg.BlockPeriod = 200 * time.Millisecond
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ep := d.Endpoints()
	if ep.Rollup == nil {
		t.Fatal("no rollup")
	}
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "account.key")
	acct := ep.Rollup.Accounts[2]
	if err := os.WriteFile(keyFile, []byte(acct.PrivateKey), 0o600); err != nil {
		t.Fatal(err)
	}
	l2 := ep.Rollup.Verifier
	cmd := func(args ...string) (string, error) {
		var out, errw bytes.Buffer
		err := runRollup(ctx, append([]string{"withdraw"}, args...), &out, &errw)
		return out.String() + errw.String(), err
	}
	// The prefund deposit first.
	ec, err := ethclient.DialContext(ctx, l2)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	waitUntil(t, ctx, "the prefund deposit", func() bool {
		b, err := ec.BalanceAt(ctx, common.HexToAddress(acct.Address), nil)
		return err == nil && b.Sign() > 0
	})
	out, err := cmd("--l2-rpc", ep.Rollup.RPC, "--l2-key-file", keyFile, "--value", "0.01ether")
	if err != nil {
		t.Fatalf("initiate: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`sender (0x[0-9a-fA-F]{40}) nonce (\d+)`).FindStringSubmatch(out)
	if m == nil || !strings.EqualFold(m[1], acct.Address) {
		t.Fatalf("initiate printed:\n%s", out)
	}
	fin := []string{"--finalize", "--sender", m[1], "--nonce", m[2], "--l2-rpc", l2, "--inbox", ep.Rollup.Inbox,
		"--rpc", ep.L1RPC, "--key-file", keyFile}
	out, err = cmd(fin...)
	if err == nil || !strings.Contains(err.Error(), "not yet finalized") {
		t.Fatalf("finalize before any final output: %v\n%s", err, out)
	}
	out, err = cmd(append(fin, "--wait", "--timeout", "4m")...)
	if err != nil || !strings.Contains(out, "paid 10000000000000000 wei to "+common.HexToAddress(acct.Address).Hex()) {
		t.Fatalf("finalize --wait: %v\n%s", err, out)
	}
	t.Logf("%s", out)
	l1c, err := ethclient.DialContext(ctx, ep.L1RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	in, err := l1.New(ctx, l1c, common.HexToAddress(ep.Rollup.Inbox))
	if err != nil {
		t.Fatal(err)
	}
	var nonce uint64
	for _, c := range m[2] {
		nonce = nonce*10 + uint64(c-'0')
	}
	if paid, err := in.Withdrawn(ctx, common.HexToAddress(acct.Address), nonce); err != nil || !paid {
		t.Fatalf("the inbox does not record the withdrawal paid: %v %v", paid, err)
	}
	out, err = cmd(fin...)
	if err == nil || !strings.Contains(err.Error(), "already paid") {
		t.Fatalf("second finalize: %v\n%s", err, out)
	}
}
