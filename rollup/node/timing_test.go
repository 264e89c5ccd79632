package node_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/rollup/node"
)

// TestTiming checks the verifier's per-batch time split: every batch that
// carries transactions has each phase filled, the phases sum to no more
// than the batch's Total, and the Totals of the batches one Step derived
// sum to no more than that Step's wall time, measured here.
func TestTiming(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a committee and a sequencer")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	keys := make([]*ecdsa.PrivateKey, 5)
	deposits := map[common.Address]*big.Int{}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		deposits[crypto.PubkeyToAddress(keys[i].PublicKey)] = big.NewInt(1e18)
	}
	pl := newPipeline(t, ctx, pipelineOptions{env: dispersertest.Options{Members: 4, Threshold: 3, L1: true}, deposits: deposits})
	chainID := new(big.Int).SetUint64(pl.cfg.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	waitFor(t, ctx, "deposits", func() bool {
		b, err := pl.ec.BalanceAt(ctx, crypto.PubkeyToAddress(keys[4].PublicKey), nil)
		return err == nil && b.Sign() > 0
	})
	const transfers = 80
	var last common.Hash
	for i := range transfers {
		k := i % len(keys)
		to := common.Address{0x42}
		tx := types.MustSignNewTx(keys[k], signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(i / len(keys)),
			GasFeeCap: new(big.Int).SetUint64(pl.cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(1)})
		if err := pl.ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		last = tx.Hash()
		if i == transfers/2 {
			time.Sleep(1500 * time.Millisecond) // at least two batches with transactions
		}
	}
	var head uint64
	waitFor(t, ctx, "the last transfer safe", func() bool {
		r, err := pl.ec.TransactionReceipt(ctx, last)
		if err != nil {
			return false
		}
		head = r.BlockNumber.Uint64()
		_, safe, _ := pl.seqChain.Tags()
		return safe >= head
	})

	v := pl.verifier(t, ctx, nil)
	var results []node.BatchResult
	for {
		before := len(v.Results())
		t0 := time.Now()
		if err := v.Step(ctx); err != nil {
			t.Fatal(err)
		}
		wall := time.Since(t0)
		fresh := v.Results()[before:]
		var sum time.Duration
		for _, r := range fresh {
			sum += r.Timing.Total
		}
		if sum > wall {
			t.Fatalf("batches %d..: Totals sum to %v, the Step took %v", before, sum, wall)
		}
		results = append(results, fresh...)
		if l, _, _ := v.Chain().Tags(); l >= head {
			break
		}
	}
	pl.sameRoots(t, v)
	txs, withTxs := 0, 0
	for _, r := range results {
		tm := r.Timing
		if phases := tm.Retrieve + tm.Recover + tm.Apply + tm.Persist; phases > tm.Total || tm.Total <= 0 {
			t.Errorf("batch %d: phases %+v sum to %v, over Total", r.Index, tm, phases)
		}
		txs += r.Txs
		if r.Txs == 0 {
			continue
		}
		withTxs++
		if tm.Retrieve <= 0 || tm.Recover <= 0 || tm.Apply <= 0 || tm.Persist <= 0 {
			t.Errorf("batch %d (%d txs): a phase is not filled: %+v", r.Index, r.Txs, tm)
		}
		t.Logf("batch %d: %d txs, retrieve %v, recover %v, apply %v, persist %v, total %v",
			r.Index, r.Txs, tm.Retrieve, tm.Recover, tm.Apply, tm.Persist, tm.Total)
	}
	if txs != transfers {
		t.Errorf("the results count %d transactions, %d were sent", txs, transfers)
	}
	if withTxs < 2 {
		t.Errorf("%d batches carried transactions, want at least 2", withTxs)
	}
}
