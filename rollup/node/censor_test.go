package node_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/rollup/sequencer"
)

// TestCensorship: a sequencer configured to refuse one sender's
// transactions, at its RPC and in the L1 queue. The sender pays the
// inbox's fee and queues its signed transaction on L1 with forceTx; the
// sequencer leaves it out until it is overdue, the inbox then forces it
// into the sequencer's next batch, the sequencer rebuilds its chain with
// it, and two verifiers deriving from L1 and the members alone reach the
// sequencer's roots at every batch with the forced transfer applied.
func TestCensorship(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	victimKey, _ := crypto.GenerateKey()
	victim := crypto.PubkeyToAddress(victimKey.PublicKey)
	other := common.Address{0x42}
	deposit := big.NewInt(1e18)
	pl := newPipeline(t, ctx, pipelineOptions{
		env:      dispersertest.Options{Members: 4, Threshold: 3, L1: true},
		deposits: map[common.Address]*big.Int{victim: deposit},
		seq:      func(c *sequencer.Config) { c.Censor = &victim },
	})
	value := big.NewInt(12345)
	tx := pl.transfer(victimKey, 0, other, value.Int64())
	waitFor(t, ctx, "the deposit", func() bool {
		b, err := pl.ec.BalanceAt(ctx, victim, nil)
		return err == nil && b.Cmp(deposit) == 0
	})
	// Refused at the front door.
	if err := pl.ec.SendTransaction(ctx, tx); err == nil || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("censored sender's transaction: %v, want refused", err)
	}
	// Forced through the inbox on L1.
	t.Logf("forced as queue item %d", pl.forceTx(t, ctx, tx))
	// The sequencer leaves it waiting while batches go on...
	batches := pl.seq.Stats().Batches
	waitFor(t, ctx, "two more batches", func() bool { return pl.seq.Stats().Batches >= batches+2 })
	if _, err := pl.ec.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatal("the censoring sequencer included the forced transaction before it was due")
	}
	// ...until it is overdue: the inbox then forces it into the next batch.
	pl.pastForceDelay(t)
	var inBlock uint64
	waitFor(t, ctx, "the forced transaction in the chain", func() bool {
		r, err := pl.ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil && r.Status == 1 {
			inBlock = r.BlockNumber.Uint64()
			return true
		}
		return false
	})
	if got, err := pl.ec.BalanceAt(ctx, other, nil); err != nil || got.Cmp(value) != 0 {
		t.Fatalf("recipient balance %v %v, want %v", got, err, value)
	}
	waitFor(t, ctx, "the batch with it posted", func() bool {
		_, safe, _ := pl.seqChain.Tags()
		return safe >= inBlock
	})
	for i := range 2 {
		v := pl.verifier(t, ctx, nil)
		derive(t, ctx, v, inBlock)
		pl.sameRoots(t, v)
		if len(v.Results()) == 0 {
			t.Fatalf("verifier %d derived no batch", i)
		}
	}
}
