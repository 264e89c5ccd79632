package node_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

// TestForcedPastCensor: a sequencer that takes no L1 queue item (no
// deposit, no forced transaction). Once the items are overdue the inbox
// forces them in, first by raising the queue end of the sequencer's own
// next batch, then (with the sequencer's posting held back) by a forced
// batch someone else appends. Each time the sequencer rebuilds its chain
// from the inbox: its RPC shows the deposit and the forced transfers, and
// verifiers deriving from L1 and the members alone reach its roots at
// every batch.
func TestForcedPastCensor(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	victimKey, _ := crypto.GenerateKey()
	victim := crypto.PubkeyToAddress(victimKey.PublicKey)
	other := common.Address{0x42}
	deposit := big.NewInt(1e18)
	var hold atomic.Bool
	pl := newPipeline(t, ctx, pipelineOptions{
		env:      dispersertest.Options{Members: 4, Threshold: 3, L1: true},
		deposits: map[common.Address]*big.Int{victim: deposit},
		seq:      func(c *sequencer.Config) { c.CensorQueue = true },
		post: func() error {
			if hold.Load() {
				return errors.New("held by the test")
			}
			return nil
		},
	})
	transfer := func(nonce uint64, value int64) *types.Transaction {
		return pl.transfer(victimKey, nonce, other, value)
	}
	force := func(tx *types.Transaction) uint64 { return pl.forceTx(t, ctx, tx) }
	balance := func(a common.Address) *big.Int {
		b, err := pl.ec.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil
		}
		return b
	}

	// Batches go on while the queue waits: the deposit is not credited.
	waitFor(t, ctx, "two batches", func() bool { return pl.seq.Stats().Batches >= 2 })
	if b := balance(victim); b == nil || b.Sign() != 0 {
		t.Fatalf("the censoring sequencer credited the deposit: %v", b)
	}

	// 1. The sequencer's own append is clamped over the overdue items.
	tx1 := transfer(0, 1000)
	force(tx1)
	pl.pastForceDelay(t)
	waitFor(t, ctx, "the forced transfer on the sequencer's chain", func() bool {
		r, err := pl.ec.TransactionReceipt(ctx, tx1.Hash())
		return err == nil && r.Status == 1
	})
	if b := balance(other); b == nil || b.Int64() != 1000 {
		t.Fatalf("recipient %v, want 1000", b)
	}
	if pl.seq.Stats().Resyncs == 0 {
		t.Fatal("the sequencer did not rebuild its chain")
	}

	// 2. Posting held; someone else appends a forced batch.
	hold.Store(true)
	tx2 := transfer(1, 2000)
	end := force(tx2) + 1
	pl.pastForceDelay(t)
	resyncs := pl.seq.Stats().Resyncs
	if _, _, err := pl.inbox.ForceInclusion(ctx, pl.e.Admin, end); err != nil {
		t.Fatal(err)
	}
	hold.Store(false)
	waitFor(t, ctx, "the second forced transfer on the sequencer's chain", func() bool {
		r, err := pl.ec.TransactionReceipt(ctx, tx2.Hash())
		return err == nil && r.Status == 1 && pl.seq.Stats().Resyncs > resyncs
	})
	if b := balance(other); b == nil || b.Int64() != 3000 {
		t.Fatalf("recipient %v, want 3000", b)
	}
	// Batches resume on the rebuilt chain.
	after := pl.seq.Stats().Batches
	waitFor(t, ctx, "a batch after the resync", func() bool { return pl.seq.Stats().Batches > after })
	latest, safe, _ := pl.seqChain.Tags()
	waitFor(t, ctx, "the sequencer's chain safe", func() bool {
		_, safe, _ = pl.seqChain.Tags()
		return safe >= latest
	})
	for i := range 2 {
		v := pl.verifier(t, ctx, nil)
		derive(t, ctx, v, safe)
		pl.sameRoots(t, v)
		if len(v.Results()) == 0 {
			t.Fatalf("verifier %d derived no batch", i)
		}
	}
}

// TestResyncAfterRestart: a censoring sequencer over badger is stopped
// while its posting fails and a forced batch lands in the inbox; the
// sequencer started again on its directory finds at start that the inbox
// holds a batch it did not make, rebuilds its chain with the forced
// transfer (deleting its unposted records in the same write) and posts
// on top, and a verifier reaches its roots.
func TestResyncAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	victimKey, _ := crypto.GenerateKey()
	victim := crypto.PubkeyToAddress(victimKey.PublicKey)
	other := common.Address{0x43}
	pl := newPipeline(t, ctx, pipelineOptions{
		env:         dispersertest.Options{Members: 4, Threshold: 3, L1: true},
		deposits:    map[common.Address]*big.Int{victim: big.NewInt(1e18)},
		noSequencer: true,
	})
	g, _ := stf.Genesis(pl.p)
	dir := t.TempDir()
	var hold atomic.Bool
	start := func(censor bool) (*sequencer.Sequencer, *chain.Chain, func()) {
		t.Helper()
		scfg := store.DefaultConfig()
		scfg.Dir = dir
		db, err := store.Open(scfg, store.Ident{Role: store.RoleSequencer, ChainID: pl.p.ChainID, Genesis: g.Hash, Inbox: pl.inbox.Address()}, pl.p, nil)
		if err != nil {
			t.Fatal(err)
		}
		c, err := chain.Open(pl.p, db, db.StateStore())
		if err != nil {
			t.Fatal(err)
		}
		sc := sequencer.DefaultConfig()
		sc.BlockInterval, sc.BatchAge = 100*time.Millisecond, 500*time.Millisecond
		sc.RetryFirst, sc.RetryMax = 50*time.Millisecond, 200*time.Millisecond
		sc.CensorQueue = censor
		seq, err := sequencer.New(sc, sequencer.Deps{Chain: c, Inbox: pl.inbox, From: pl.e.Admin, Store: db,
			Post: func(ctx context.Context, data []byte) (*dac.Header, error) {
				if hold.Load() {
					return nil, errors.New("held by the test")
				}
				res, err := pl.e.Disperser.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
				if err != nil {
					return nil, err
				}
				return res.DecodeHeader()
			}})
		if err != nil {
			t.Fatal(err)
		}
		runCtx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- seq.Run(runCtx) }()
		return seq, c, func() {
			stop()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("sequencer: %v", err)
			}
			db.Close()
		}
	}
	seq, _, stop := start(true)
	waitFor(t, ctx, "a batch", func() bool { return seq.Stats().Batches >= 1 })
	hold.Store(true)
	tx := pl.transfer(victimKey, 0, other, 777)
	index := pl.forceTx(t, ctx, tx)
	pl.pastForceDelay(t)
	if _, _, err := pl.inbox.ForceInclusion(ctx, pl.e.Admin, index+1); err != nil {
		t.Fatal(err)
	}
	stop()

	hold.Store(false)
	seq, c, stop := start(false)
	defer stop()
	waitFor(t, ctx, "the forced transfer after the restart", func() bool {
		_, _, ok := c.Tx(tx.Hash())
		return ok
	})
	if a, err := c.Account(other); err != nil || a.Balance.Uint64() != 777 {
		t.Fatalf("recipient %+v %v, want 777", a, err)
	}
	if seq.Stats().Resyncs != 1 {
		t.Fatalf("%d resyncs after the restart, want 1", seq.Stats().Resyncs)
	}
	waitFor(t, ctx, "a batch on the rebuilt chain", func() bool { return seq.Stats().Batches >= 1 })
	latest, _, _ := c.Tags()
	waitFor(t, ctx, "the rebuilt chain safe", func() bool {
		_, safe, _ := c.Tags()
		return safe >= latest
	})
	pl.seqChain = c
	v := pl.verifier(t, ctx, nil)
	derive(t, ctx, v, latest)
	pl.sameRoots(t, v)
}
