package main

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/internal/app/devnet"
)

func TestParseValue(t *testing.T) {
	for in, want := range map[string]string{"1000": "1000", "0.5ether": "500000000000000000", "3gwei": "3000000000", "12 wei": "12", "1ETH": "1000000000000000000"} {
		v, err := parseValue(in)
		if err != nil || v.String() != want {
			t.Errorf("parseValue(%q) = %v, %v, want %s", in, v, err, want)
		}
	}
	for _, in := range []string{"", "-1", "0.5wei", "abc", "1 pound"} {
		if v, err := parseValue(in); err == nil {
			t.Errorf("parseValue(%q) = %v, want an error", in, v)
		}
	}
}

// TestRollupDepositAndForceInclude: the two helpers against a devnet,
// with a prefunded account's key (it holds ETH on L1 and on L2): a
// deposit credits a fresh L2 address, and a forced transaction queued on
// L1 ends in the chain.
func TestRollupDepositAndForceInclude(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	cfg := devnet.DefaultConfig()
	cfg.Members, cfg.Threshold = 4, 3
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ep := d.Endpoints()
	key := devnet.DevAccountKey(0)
	keyFile := filepath.Join(t.TempDir(), "l1.hex")
	os.WriteFile(keyFile, []byte(common.Bytes2Hex(crypto.FromECDSA(key))), 0o600)
	fresh := common.HexToAddress("0x00000000000000000000000000000000000b0b00")

	var out, errOut bytes.Buffer
	if err := runRollup(ctx, []string{"deposit", "--rpc", ep.L1RPC, "--inbox", ep.Rollup.Inbox, "--key-file", keyFile,
		"--to", fresh.Hex(), "--value", "0.25ether"}, &out, &errOut); err != nil {
		t.Fatalf("deposit: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "queue item") {
		t.Fatalf("deposit printed %q", out.String())
	}
	ec, err := ethclient.DialContext(ctx, ep.Rollup.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	want := new(big.Int).Div(big.NewInt(1e18), big.NewInt(4))
	waitUntil(t, ctx, "the deposit on L2", func() bool {
		b, err := ec.BalanceAt(ctx, fresh, nil)
		return err == nil && b.Cmp(want) == 0
	})

	chainID := new(big.Int).SetUint64(ep.Rollup.ChainID)
	nonce, err := ec.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	gp, _ := ec.SuggestGasPrice(ctx)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasFeeCap: gp, Gas: 21000, To: &fresh, Value: big.NewInt(7)})
	raw, _ := tx.MarshalBinary()
	out.Reset()
	if err := runRollup(ctx, []string{"force-include", "--rpc", ep.L1RPC, "--inbox", ep.Rollup.Inbox, "--key-file", keyFile,
		"--raw", "0x" + common.Bytes2Hex(raw)}, &out, &errOut); err != nil {
		t.Fatalf("force-include: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), tx.Hash().Hex()) {
		t.Fatalf("force-include printed %q", out.String())
	}
	waitUntil(t, ctx, "the forced transaction in the chain", func() bool {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.Status == 1
	})
	// Refused: not a transaction.
	if err := runRollup(ctx, []string{"force-include", "--rpc", ep.L1RPC, "--inbox", ep.Rollup.Inbox, "--key-file", keyFile, "--raw", "0x1234"}, &out, &errOut); err == nil {
		t.Fatal("a non-transaction was forced")
	}
}
