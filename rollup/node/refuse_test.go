package node_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/rollup/sequencer"
)

// TestRefusals completes the refusals TestEndToEnd makes through
// ethclient with the two that need their own setting: a signature that is
// no signature ("invalid sender") and a full mempool ("txpool is full");
// neither refused transaction is known afterwards.
func TestRefusals(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	pl := newPipeline(t, ctx, pipelineOptions{
		env:      dispersertest.Options{Members: 4, Threshold: 3, L1: true},
		deposits: map[common.Address]*big.Int{from: big.NewInt(1e18)},
		seq: func(c *sequencer.Config) {
			c.PoolSize, c.MaxBlockTxs = 3, 1
		},
	})
	waitFor(t, ctx, "the deposit", func() bool {
		b, err := pl.ec.BalanceAt(ctx, from, nil)
		return err == nil && b.Sign() > 0
	})
	chainID := new(big.Int).SetUint64(pl.cfg.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	to := common.Address{0x99}
	inner := func(n uint64) *types.DynamicFeeTx {
		return &types.DynamicFeeTx{ChainID: chainID, Nonce: n, GasFeeCap: new(big.Int).SetUint64(pl.cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(1)}
	}

	// s = 0 is no signature of anything.
	bad, err := types.NewTx(inner(0)).WithSignature(signer, append(append(common.LeftPadBytes([]byte{1}, 32), make([]byte, 32)...), 0))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := bad.MarshalBinary()
	var h common.Hash
	if err := pl.ec.Client().CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw)); err == nil || !strings.Contains(err.Error(), "invalid sender") {
		t.Fatalf("s = 0: %v, want invalid sender", err)
	}
	if _, _, err := pl.ec.TransactionByHash(ctx, bad.Hash()); err != ethereum.NotFound {
		t.Fatalf("the badly signed transaction is known: %v", err)
	}

	// Five back to back into a pool of three, drained one per block.
	var full *types.Transaction
	for n := range uint64(5) {
		tx := types.MustSignNewTx(key, signer, inner(n))
		if err := pl.ec.SendTransaction(ctx, tx); err != nil {
			if !strings.Contains(err.Error(), "txpool is full") {
				t.Fatalf("transaction %d: %v, want txpool is full", n, err)
			}
			full = tx
			break
		}
	}
	if full == nil {
		t.Fatal("five transactions fitted a pool of three")
	}
	if _, _, err := pl.ec.TransactionByHash(ctx, full.Hash()); err != ethereum.NotFound {
		t.Fatalf("the refused transaction is known: %v", err)
	}
}
