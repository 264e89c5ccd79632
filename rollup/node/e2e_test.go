package node_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/rollup/sequencer"
)

type user struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// TestEndToEnd runs the whole pipeline in one process on loopback: eight
// real libp2p members (member 1 a liar serving corrupted cells) with
// their committee on a simulated L1, the RollupInbox deployed there, the
// sequencer posting batches through the disperser, its JSON-RPC served
// over HTTP and driven with ethclient only, and a verifier node deriving
// the chain from L1 and the members.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	const liar = 1
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	// Twenty L2 accounts, each funded by a deposit on L1.
	rnd := mrand.New(mrand.NewPCG(1, 2))
	users := make([]user, 20)
	deposit := big.NewInt(1e18)
	model := map[common.Address]*big.Int{}
	deposits := map[common.Address]*big.Int{}
	nonces := map[common.Address]uint64{}
	for i := range users {
		k, _ := crypto.GenerateKey()
		users[i] = user{k, crypto.PubkeyToAddress(k.PublicKey)}
		deposits[users[i].addr] = deposit
		model[users[i].addr] = new(big.Int).Set(deposit)
	}

	var downPosts atomic.Int32
	pl := newPipeline(t, ctx, pipelineOptions{
		env:      dispersertest.Options{Members: 8, Threshold: 6, L1: true, Liars: []int{liar}},
		deposits: deposits,
		// The disperser is "down" for the first three posts: the batcher
		// retries with back-off, blocks keep coming.
		post: func() error {
			if downPosts.Add(1) <= 3 {
				return errors.New("disperser down (test)")
			}
			return nil
		},
	})
	cfg, seqChain, seq, ec := pl.cfg, pl.seqChain, pl.seq, pl.ec
	scfg := sequencer.DefaultConfig()
	scfg.BlockInterval = 250 * time.Millisecond
	chainID, err := ec.ChainID(ctx)
	if err != nil || chainID.Uint64() != cfg.ChainID {
		t.Fatalf("chain id %v %v", chainID, err)
	}
	signer := types.LatestSignerForChainID(chainID)

	// The deposits arrive in the first batch's first block.
	waitFor(t, ctx, "deposits", func() bool {
		b, err := ec.BalanceAt(ctx, users[19].addr, nil)
		return err == nil && b.Cmp(deposit) == 0
	})

	fee := new(big.Int).Mul(big.NewInt(21000), new(big.Int).SetUint64(cfg.BaseFee))
	send := func(u user, to common.Address, value *big.Int, legacy bool) *types.Transaction {
		n := nonces[u.addr]
		var inner types.TxData = &types.DynamicFeeTx{ChainID: chainID, Nonce: n, GasTipCap: big.NewInt(0),
			GasFeeCap: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: value}
		if legacy {
			inner = &types.LegacyTx{Nonce: n, GasPrice: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: value}
		}
		tx := types.MustSignNewTx(u.key, signer, inner)
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send %d from %s: %v", n, u.addr, err)
		}
		nonces[u.addr] = n + 1
		model[u.addr].Sub(model[u.addr], new(big.Int).Add(value, fee))
		model[to].Add(model[to], value)
		return tx
	}
	const transfers = 1000
	var sent []*types.Transaction
	sendStart := time.Now()
	for i := 0; i < transfers; i++ {
		from, to := users[rnd.IntN(len(users))], users[rnd.IntN(len(users))]
		sent = append(sent, send(from, to.addr, big.NewInt(int64(1+rnd.IntN(1e9))), i%3 == 0))
	}

	t.Logf("%d transfers sent through ethclient in %v", transfers, time.Since(sendStart))

	// Refusals, with nothing changed.
	u0 := users[0]
	to := users[1].addr
	refuse := func(name string, tx *types.Transaction, want string) {
		t.Helper()
		err := ec.SendTransaction(ctx, tx)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
	dyn := func(n uint64, data []byte, to *common.Address, value *big.Int) *types.DynamicFeeTx {
		return &types.DynamicFeeTx{ChainID: chainID, Nonce: n, GasFeeCap: big.NewInt(1e9), Gas: 100000, To: to, Value: value, Data: data}
	}
	refuse("replay", sent[0], "") // "already known" or "nonce too low", by timing
	refuse("wrong chain", types.MustSignNewTx(u0.key, types.LatestSignerForChainID(big.NewInt(1)),
		&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: nonces[u0.addr], GasFeeCap: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1)}), "invalid chain id")
	// Nonce 0 is too low only once u0's first transaction is in a block:
	// while it is still pooled, a second nonce 0 at the same price is a
	// replacement ("replacement transaction underpriced"), as in geth.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		if n, err := ec.NonceAt(ctx, u0.addr, nil); err == nil && n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("u0's first transaction was not included within a minute")
		}
	}
	refuse("nonce too low", types.MustSignNewTx(u0.key, signer, dyn(0, nil, &to, big.NewInt(1))), "nonce too low")
	refuse("insufficient funds", types.MustSignNewTx(u0.key, signer, dyn(nonces[u0.addr], nil, &to, new(big.Int).Mul(deposit, big.NewInt(5)))), "insufficient funds for gas * price + value")
	refuse("data", types.MustSignNewTx(u0.key, signer, dyn(nonces[u0.addr], []byte{1}, &to, big.NewInt(1))), "data is not supported")
	refuse("creation", types.MustSignNewTx(u0.key, signer, dyn(nonces[u0.addr], nil, nil, big.NewInt(1))), "contract creation")
	refuse("oversized", types.MustSignNewTx(u0.key, signer, dyn(nonces[u0.addr], make([]byte, 600), &to, big.NewInt(1))), "oversized data")

	// A nonce gap is held, then included when the gap fills.
	gapper := users[2]
	n := nonces[gapper.addr]
	nonces[gapper.addr] = n + 1
	gapTx := send(gapper, to, big.NewInt(7), false)
	nonces[gapper.addr] = n
	time.Sleep(3 * scfg.BlockInterval)
	if _, err := ec.TransactionReceipt(ctx, gapTx.Hash()); err == nil {
		t.Fatal("gapped transaction included before the gap filled")
	}
	send(gapper, to, big.NewInt(5), false)
	nonces[gapper.addr] = n + 2
	sent = append(sent, gapTx)

	start := time.Now()
	for _, tx := range sent {
		waitFor(t, ctx, "receipt", func() bool {
			r, err := ec.TransactionReceipt(ctx, tx.Hash())
			return err == nil && r.Status == 1
		})
	}
	t.Logf("%d transfers included; last receipt %v after the sends", len(sent), time.Since(start))
	for a, want := range model {
		got, err := ec.BalanceAt(ctx, a, nil)
		if err != nil || got.Cmp(want) != 0 {
			t.Fatalf("balance of %s: %v %v, want %v", a, got, err, want)
		}
		nonce, err := ec.NonceAt(ctx, a, nil)
		if err != nil || nonce != nonces[a] {
			t.Fatalf("nonce of %s: %d %v, want %d", a, nonce, err, nonces[a])
		}
	}
	// Blocks pass ethclient's checks and hash to the header hash.
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := uint64(0); i <= head; i++ {
		b, err := ec.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		want, _ := seqChain.Block(i)
		if b.Hash() != want.Hash {
			t.Fatalf("block %d hash %s, want %s", i, b.Hash(), want.Hash)
		}
		if types.DeriveSha(b.Transactions(), trieHasher()) != b.TxHash() {
			t.Fatalf("block %d tx root", i)
		}
	}

	// The other methods, through ethclient.
	last := sent[len(sent)-2]
	if got, pending, err := ec.TransactionByHash(ctx, last.Hash()); err != nil || pending || got.Hash() != last.Hash() {
		t.Fatalf("transaction by hash: %v %v", pending, err)
	}
	hb, err := ec.BlockByNumber(ctx, big.NewInt(int64(head)))
	if err != nil {
		t.Fatal(err)
	}
	if byHash, err := ec.BlockByHash(ctx, hb.Hash()); err != nil || byHash.Hash() != hb.Hash() {
		t.Fatalf("block by hash: %v", err)
	}
	if g, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: u0.addr, To: &to, Value: big.NewInt(1)}); err != nil || g != 21000 {
		t.Fatalf("estimate gas %d %v", g, err)
	}
	if _, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: u0.addr, To: &to, Data: []byte{1}}); err == nil {
		t.Fatal("estimate gas with data accepted")
	}
	if gp, err := ec.SuggestGasPrice(ctx); err != nil || gp.Uint64() != cfg.BaseFee {
		t.Fatalf("gas price %v %v", gp, err)
	}
	if tip, err := ec.SuggestGasTipCap(ctx); err != nil || tip.Sign() != 0 {
		t.Fatalf("tip %v %v", tip, err)
	}
	if fh, err := ec.FeeHistory(ctx, 4, nil, []float64{50}); err != nil || len(fh.BaseFee) != 5 || len(fh.Reward) != 4 {
		t.Fatalf("fee history %+v %v", fh, err)
	}
	if sp, err := ec.SyncProgress(ctx); err != nil || sp != nil {
		t.Fatalf("syncing %v %v", sp, err)
	}
	if id, err := ec.NetworkID(ctx); err != nil || id.Uint64() != cfg.ChainID {
		t.Fatalf("net_version %v %v", id, err)
	}
	if code, err := ec.CodeAt(ctx, to, nil); err != nil || len(code) != 0 {
		t.Fatalf("code %x %v", code, err)
	}

	// Wait until everything is posted.
	waitFor(t, ctx, "batches posted", func() bool {
		_, safe, _ := seqChain.Tags()
		return safe >= head
	})

	st := seq.Stats()
	t.Logf("batcher: %d batches, %d transactions, %d blob bytes (%.1f per transaction), L1 gas %d per batch",
		st.Batches, st.Txs, st.BlobBytes, float64(st.BlobBytes)/float64(max(st.Txs, 1)), st.L1Gas/uint64(max(st.Batches, 1)))

	// A verifier from scratch, fetching from the members.
	// The liar answers first, so it is met on every batch.
	v := pl.verifier(t, ctx, func(tr retrieve.Transport) retrieve.Transport {
		return liarFirst{Transport: tr, liar: pl.e.Committee.Members[liar].PeerID}
	})
	dstart := time.Now()
	derive(t, ctx, v, head)
	t.Logf("verifier derived %d blocks, %d batches in %v", head, len(v.Results()), time.Since(dstart))
	faults := 0
	for _, res := range v.Results() {
		want, ok := seqChain.Block(res.Head.Number)
		if !ok || want.Hash != res.Head.Hash || want.Roots != res.Roots {
			t.Fatalf("batch %d: verifier head %d %s roots %v, sequencer %s %v", res.Index, res.Head.Number, res.Head.Hash, res.Roots, want.Hash, want.Roots)
		}
		for _, f := range res.Faults {
			if f.Member != liar {
				t.Fatalf("batch %d: member %d named, want only %d", res.Index, f.Member, liar)
			}
			faults++
		}
	}
	t.Logf("liar named %d times", faults)
	if faults == 0 {
		t.Error("the lying member was never named")
	}
	if downPosts.Load() <= 3 {
		t.Error("no post after the disperser came back")
	}
}

func waitFor(t *testing.T, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
