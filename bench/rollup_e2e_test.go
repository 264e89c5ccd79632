package bench

import (
	"context"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/internal/gethtest"
	"github.com/quire-da/quire/internal/proctest"
	rl1 "github.com/quire-da/quire/rollup/l1"
)

// TestRollupProcessesEndToEnd is rollup/node's TestEndToEnd with every
// service a process on geth --dev (rollupNet): one deposit on L1, then
// random transfers among 20 accounts (QUIRE_E2E_TRANSFERS, default 1,000;
// a third legacy) through ethclient against `quire rollup sequencer`.
// Every transfer's receipt is found with status 1 and every balance and
// nonce is what a model of the transfers says, on the sequencer and on the
// verifiers. Verifier A follows from the start, is killed with SIGKILL
// halfway through the sends and restarted on its data directory (it
// resumes at its checkpoint, not from scratch); verifier B starts from
// scratch at the end. At the end of every batch in the inbox, both
// verifiers' rollup_outputAtBlock (block hash, state and withdrawals roots,
// output root) is the sequencer's, and so is every block's hash.
// QUIRE_E2E_SEED sets the random seed (logged).
func TestRollupProcessesEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds quire and runs geth --dev")
	}
	transfers := 1000
	if v, err := strconv.Atoi(os.Getenv("QUIRE_E2E_TRANSFERS")); err == nil && v > 0 {
		transfers = v
	}
	seed := uint64(time.Now().UnixNano())
	if v, err := strconv.ParseUint(os.Getenv("QUIRE_E2E_SEED"), 10, 64); err == nil {
		seed = v
	}
	t.Logf("seed %d (QUIRE_E2E_SEED)", seed)
	rnd := mrand.New(mrand.NewPCG(seed, 13))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	began := time.Now()

	const accounts = 20
	users := newAccounts(accounts)
	each := new(big.Int).Mul(big.NewInt(1), big.NewInt(1e18))
	deposit := new(big.Int).Mul(each, big.NewInt(accounts))
	n := startRollupNet(t, ctx, gethtest.Find(t), addrsOf(users[:1]), deposit)
	seq := n.sequencer(t)
	sc := dialL2(t, ctx, seq.URL)
	va := n.node(t, "verifier-a", seq.URL)
	defer func() {
		if t.Failed() {
			for _, name := range []string{"sequencer", "verifier-a", "verifier-b"} {
				b, _ := os.ReadFile(n.dir + "/" + name + ".log")
				t.Logf("%s log:\n%s", name, b)
			}
		}
	}()

	// The model: balances and nonces after every acknowledged transfer.
	model := map[common.Address]*big.Int{users[0].addr: new(big.Int).Set(deposit)}
	for _, u := range users[1:] {
		model[u.addr] = new(big.Int)
	}
	nonces := map[common.Address]uint64{}
	fee := new(big.Int).SetUint64(21000 * n.cfg.BaseFee)
	var sent []common.Hash
	send := func(from account, to common.Address, value *big.Int, legacy bool) {
		t.Helper()
		tx := transfer(n.cfg, from, nonces[from.addr], to, value, legacy)
		if err := sc.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("transfer %d from %s: %v", len(sent), from.addr, err)
		}
		nonces[from.addr]++
		model[from.addr].Sub(model[from.addr], new(big.Int).Add(value, fee))
		model[to].Add(model[to], value)
		sent = append(sent, tx.Hash())
	}
	pollUntil(t, ctx, "the deposit on L2", func() bool {
		b, err := sc.BalanceAt(ctx, users[0].addr, nil)
		return err == nil && b.Cmp(deposit) == 0
	})
	for _, u := range users[1:] {
		send(users[0], u.addr, each, false)
	}
	funding := len(sent)
	waitTx(t, ctx, sc, sent[funding-1]) // the pool checks balances against the latest block

	var restarted bool
	for i := range transfers {
		from, to := users[rnd.IntN(accounts)], users[rnd.IntN(accounts)]
		// At most a hundredth of what the sender holds (so nobody runs
		// dry), and at least 1 wei.
		limit := new(big.Int).Div(model[from.addr], big.NewInt(100)).Uint64()
		if limit == 0 {
			from = users[0]
			limit = new(big.Int).Div(model[from.addr], big.NewInt(100)).Uint64()
		}
		send(from, to.addr, new(big.Int).SetUint64(1+rnd.Uint64N(limit)), i%3 == 0)
		switch i {
		case transfers / 2:
			// Verifier A has derived at least one batch of transfers; it
			// dies without a chance to clean up.
			waitTx(t, ctx, sc, sent[funding])
			r, _ := sc.TransactionReceipt(ctx, sent[funding])
			waitOutput(t, ctx, dialL2(t, ctx, va.URL), r.BlockNumber.Uint64())
			va.Kill(t)
		case 3 * transfers / 4:
			va = n.node(t, "verifier-a", seq.URL)
			restarted = true
		}
	}
	if !restarted {
		va = n.node(t, "verifier-a", seq.URL)
	}
	t.Logf("%d transfers (%d funding, %d random) sent through ethclient, %v since the start", len(sent), funding, transfers, time.Since(began).Round(time.Millisecond))

	var head uint64
	for _, h := range sent {
		r := waitTx(t, ctx, sc, h)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer %s: status %d", h, r.Status)
		}
		head = max(head, r.BlockNumber.Uint64())
	}
	pollUntil(t, ctx, "every transfer on the safe head", func() bool {
		_, safe, err := sc.tags(ctx)
		return err == nil && safe >= head
	})
	vb := n.node(t, "verifier-b", seq.URL)

	// Every batch in the inbox, as the verifiers read them.
	u, err := n.inbox.Follower(rl1.Cursor{}, 0).Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ends []uint64
	for _, b := range u.Batches {
		if b.Kind == rl1.KindQuire {
			ends = append(ends, b.L2BlockEnd-1)
		}
	}
	if len(ends) < 3 || ends[len(ends)-1] < head {
		t.Fatalf("batches end at %v; the last transfer is in block %d", ends, head)
	}
	last := ends[len(ends)-1]
	for _, v := range []struct {
		name string
		p    *proctest.Proc
	}{{"verifier A (killed, restarted)", va}, {"verifier B (from scratch)", vb}} {
		vc := dialL2(t, ctx, v.p.URL)
		waitOutput(t, ctx, vc, last)
		for _, end := range ends {
			want, err := sc.output(ctx, end)
			if err != nil {
				t.Fatal(err)
			}
			got, err := vc.output(ctx, end)
			if err != nil || got != want {
				t.Fatalf("%s at block %d: %+v %v, sequencer %+v", v.name, end, got, err, want)
			}
		}
		for b := uint64(0); b <= last; b++ {
			want, err := sc.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
			if err != nil {
				t.Fatal(err)
			}
			got, err := vc.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
			if err != nil || got.Hash() != want.Hash() {
				t.Fatalf("%s: block %d: %v %v, sequencer %s", v.name, b, got, err, want.Hash())
			}
		}
		checkModel(t, ctx, v.name, vc, model, nonces)
	}
	checkModel(t, ctx, "sequencer", sc, model, nonces)
	if r := derivedBatches(t, va.LogPath); r.batches == 0 {
		t.Error("verifier A logged no derived batch")
	}
	if at := resumedAt(t, va.LogPath); at < 2 {
		t.Errorf("verifier A restarted at batch %d: it did not resume from its checkpoint", at)
	}
	t.Logf("%d batches (blocks 1-%d): both verifiers at the sequencer's roots after each; %v in all",
		len(ends), last, time.Since(began).Round(time.Millisecond))
	for _, p := range []*proctest.Proc{va, vb, seq} {
		p.Stop(t)
	}
}

func waitTx(t *testing.T, ctx context.Context, c *l2, h common.Hash) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	pollUntil(t, ctx, fmt.Sprintf("the receipt of %s", h), func() bool {
		var err error
		r, err = c.TransactionReceipt(ctx, h)
		return err == nil
	})
	return r
}

// waitOutput waits until c serves block n's output.
func waitOutput(t *testing.T, ctx context.Context, c *l2, n uint64) {
	t.Helper()
	pollUntil(t, ctx, fmt.Sprintf("block %d derived", n), func() bool {
		_, err := c.output(ctx, n)
		return err == nil
	})
}

func checkModel(t *testing.T, ctx context.Context, name string, c *l2, model map[common.Address]*big.Int, nonces map[common.Address]uint64) {
	t.Helper()
	for a, want := range model {
		got, err := c.BalanceAt(ctx, a, nil)
		if err != nil || got.Cmp(want) != 0 {
			t.Fatalf("%s: balance of %s %v %v, want %v", name, a, got, err, want)
		}
		nonce, err := c.NonceAt(ctx, a, nil)
		if err != nil || nonce != nonces[a] {
			t.Fatalf("%s: nonce of %s %d %v, want %d", name, a, nonce, err, nonces[a])
		}
	}
}

// resumedAt returns next_batch of the last "rollup node running" line of
// a node's log.
func resumedAt(t *testing.T, logPath string) uint64 {
	t.Helper()
	b, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	var at uint64
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, "rollup node running") {
			continue
		}
		if _, v, ok := strings.Cut(line, "next_batch="); ok {
			at, _ = strconv.ParseUint(strings.Fields(v)[0], 10, 64)
		}
	}
	return at
}
