package bench

import (
	"context"
	"math/big"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/internal/gethtest"
)

// BenchmarkRollupProcesses runs the bundled rollup with every service in
// its own process (rollupNet: geth --dev, the committee and disperser of
// `quire devnet --rpc`, `quire rollup sequencer`, `quire rollup node`)
// and four clients, each with its own HTTP connection and five of 20
// accounts, sending transfers back to back through ethclient for
// QUIRE_ROLLUP_SECONDS (default 10; the figure is 60). It
// reports:
//
//   - safe-tx/s: transfers sent / time from the first send until the last
//     is on the sequencer's safe head (certified and in the inbox);
//   - unsafe-p50-ms, safe-p50-ms: send to the block holding it, and to
//     the safe tag passing it, as seen by polling the sequencer's
//     JSON-RPC every 20 ms;
//   - seq-/verifier-rss-MiB (VmHWM) and seq-/verifier-cpu-s of the
//     sequencer and of the verifier that followed the run live;
//   - derive-tx/s and the phase shares (retrieve-%, recover-%, apply-%,
//     persist-%) of a second verifier started from scratch after the run,
//     deriving the whole chain flat out: transactions over the summed
//     wall time of its batches (its "node: derived batch" log lines);
//     catchup-tx/s is the same over the wall time from its start until
//     its head is the sequencer's, process start and L1 reads included,
//     and catchup-tx/cpu-s over the CPU time that process used in all
//     (the figure that holds on a machine other work is loading).
//
// geth must be in .tools/bin (make tools) or on PATH; the benchmark is
// skipped otherwise.
//
//	QUIRE_ROLLUP_SECONDS=60 go test ./bench -run '^$' -bench RollupProcesses -benchtime 1x
func BenchmarkRollupProcesses(b *testing.B) {
	if !haveGeth() {
		b.Skip("geth not found in .tools/bin or on PATH (make tools builds it)")
	}
	seconds := 10
	if v, err := strconv.Atoi(os.Getenv("QUIRE_ROLLUP_SECONDS")); err == nil && v > 0 {
		seconds = v
	}
	for b.Loop() {
		runRollupProcesses(b, time.Duration(seconds)*time.Second)
	}
}

func runRollupProcesses(b *testing.B, d time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), d+10*time.Minute)
	defer cancel()
	const accounts, clients = 20, 4
	users := newAccounts(accounts)
	each := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	n := startRollupNet(b, ctx, gethtest.Find(b), addrsOf(users[:1]), new(big.Int).Mul(each, big.NewInt(accounts)))
	seq := n.sequencer(b)
	sc := dialL2(b, ctx, seq.URL)
	v := n.node(b, "verifier", seq.URL)
	vc := dialL2(b, ctx, v.URL)

	// Account 0 got the deposit; it funds the other 19 on L2.
	pollUntil(b, ctx, "the deposit on L2", func() bool {
		bal, err := sc.BalanceAt(ctx, users[0].addr, nil)
		return err == nil && bal.Sign() > 0
	})
	for i := 1; i < accounts; i++ {
		if err := sc.SendTransaction(ctx, transfer(n.cfg, users[0], uint64(i-1), users[i].addr, each, false)); err != nil {
			b.Fatal(err)
		}
	}
	pollUntil(b, ctx, "every account funded", func() bool {
		bal, err := sc.BalanceAt(ctx, users[accounts-1].addr, nil)
		return err == nil && bal.Sign() > 0
	})
	nonces := make([]uint64, accounts)
	nonces[0] = accounts - 1

	var mu sync.Mutex
	sentAt := map[common.Hash]time.Time{}
	var unsafeLat, safeLat []time.Duration
	var lastBlock uint64 // last block holding a benchmark transfer
	stopWatch, watched := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(watched)
		latest0, _, err := sc.tags(ctx)
		if err != nil {
			b.Error(err)
			return
		}
		next, safeNext := latest0+1, latest0+1
		txsOf := map[uint64][]common.Hash{}
		for {
			select {
			case <-stopWatch:
				return
			case <-time.After(20 * time.Millisecond):
			}
			latest, safe, err := sc.tags(ctx)
			if err != nil {
				continue
			}
			now := time.Now()
			for ; next <= latest; next++ {
				hs, err := sc.blockTxs(ctx, next)
				if err != nil {
					break
				}
				txsOf[next] = hs
				mu.Lock()
				for _, h := range hs {
					if at, ok := sentAt[h]; ok {
						unsafeLat = append(unsafeLat, now.Sub(at))
						lastBlock = next
					}
				}
				mu.Unlock()
			}
			mu.Lock()
			for ; safeNext <= safe && safeNext < next; safeNext++ {
				for _, h := range txsOf[safeNext] {
					if at, ok := sentAt[h]; ok {
						safeLat = append(safeLat, now.Sub(at))
					}
				}
				delete(txsOf, safeNext)
			}
			mu.Unlock()
		}
	}()

	to := common.Address{0x77}
	start := time.Now()
	var wg sync.WaitGroup
	counts := make([]int, clients)
	errs := make(chan error, clients)
	for c := range clients {
		cc := dialL2(b, ctx, seq.URL) // one HTTP connection per client
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; time.Since(start) < d; k++ {
				i := c + clients*(k%(accounts/clients))
				tx := transfer(n.cfg, users[i], nonces[i], to, big.NewInt(1), false)
				mu.Lock()
				sentAt[tx.Hash()] = time.Now()
				mu.Unlock()
				if err := cc.SendTransaction(ctx, tx); err != nil {
					errs <- err
					return
				}
				nonces[i]++
				counts[c]++
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		b.Fatalf("send: %v", err)
	}
	sent := 0
	for _, k := range counts {
		sent += k
	}
	sendWall := time.Since(start)
	pollUntil(b, ctx, "every transfer on the safe head", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(safeLat) >= sent
	})
	wall := time.Since(start)
	close(stopWatch)
	<-watched

	// The live verifier reaches the same output root.
	want, err := sc.output(ctx, lastBlock)
	if err != nil {
		b.Fatal(err)
	}
	pollUntil(b, ctx, "the live verifier at the last block", func() bool {
		got, err := vc.output(ctx, lastBlock)
		if err == nil && got != want {
			b.Fatalf("block %d: verifier %+v, sequencer %+v", lastBlock, got, want)
		}
		return err == nil
	})
	seqRSS, _, err := seq.Memory()
	if err != nil {
		b.Fatal(err)
	}
	vRSS, _, err := v.Memory()
	if err != nil {
		b.Fatal(err)
	}
	v.Stop(b)
	live := derivedBatches(b, v.LogPath)

	// A verifier from scratch, flat out.
	t0 := time.Now()
	cu := n.node(b, "catchup", seq.URL)
	cuc := dialL2(b, ctx, cu.URL)
	pollUntil(b, ctx, "the catch-up verifier at the last block", func() bool {
		got, err := cuc.output(ctx, lastBlock)
		if err == nil && got != want {
			b.Fatalf("block %d: catch-up verifier %+v, sequencer %+v", lastBlock, got, want)
		}
		return err == nil
	})
	catchup := time.Since(t0)
	cuRSS, _, err := cu.Memory()
	if err != nil {
		b.Fatal(err)
	}
	cu.Stop(b)
	seq.Stop(b)
	ph := derivedBatches(b, cu.LogPath)
	if ph.txs < sent {
		b.Fatalf("the catch-up verifier logged %d transactions, %d were sent", ph.txs, sent)
	}

	b.ReportMetric(float64(sent)/wall.Seconds(), "safe-tx/s")
	b.ReportMetric(float64(sent)/sendWall.Seconds(), "sent-tx/s")
	b.ReportMetric(msOf(percentile(unsafeLat, 50)), "unsafe-p50-ms")
	b.ReportMetric(msOf(percentile(safeLat, 50)), "safe-p50-ms")
	b.ReportMetric(float64(ph.txs)/ph.total.Seconds(), "derive-tx/s")
	b.ReportMetric(float64(ph.txs)/catchup.Seconds(), "catchup-tx/s")
	b.ReportMetric(float64(ph.txs)/cu.CPU().Seconds(), "catchup-tx/cpu-s")
	b.ReportMetric(share(ph.retrieve, ph.total), "retrieve-%")
	b.ReportMetric(share(ph.recover, ph.total), "recover-%")
	b.ReportMetric(share(ph.apply, ph.total), "apply-%")
	b.ReportMetric(share(ph.persist, ph.total), "persist-%")
	b.ReportMetric(float64(seqRSS)/(1<<20), "seq-rss-MiB")
	b.ReportMetric(float64(vRSS)/(1<<20), "verifier-rss-MiB")
	b.ReportMetric(seq.CPU().Seconds(), "seq-cpu-s")
	b.ReportMetric(v.CPU().Seconds(), "verifier-cpu-s")
	b.ReportMetric(float64(sent), "transfers")
	b.Logf("%d transfers in %v (sending %v); live verifier: %d batches, %d txs, derive %.0f tx/s "+
		"(retrieve %.1f%%, recover %.1f%%, apply %.1f%%, persist %.1f%%); catch-up verifier: %d batches in %v, peak RSS %.0f MiB, "+
		"derive %.0f tx/s (retrieve %.1f%%, recover %.1f%%, apply %.1f%%, persist %.1f%%)",
		sent, wall.Round(time.Millisecond), sendWall.Round(time.Millisecond), live.batches, live.txs,
		float64(live.txs)/live.total.Seconds(), share(live.retrieve, live.total), share(live.recover, live.total),
		share(live.apply, live.total), share(live.persist, live.total),
		ph.batches, catchup.Round(time.Millisecond), float64(cuRSS)/(1<<20), float64(ph.txs)/ph.total.Seconds(),
		share(ph.retrieve, ph.total), share(ph.recover, ph.total), share(ph.apply, ph.total), share(ph.persist, ph.total))
}
