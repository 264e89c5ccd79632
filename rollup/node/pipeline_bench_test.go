package node_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
)

// BenchmarkPipeline drives transfers from 20 accounts through ethclient
// into the sequencer as fast as one client sends them, for
// QUIRE_PIPELINE_SECONDS (default 5; the figure is 60), with the
// sequencer posting every batch through a real 8-member libp2p committee
// and recording it in the inbox on a simulated L1. It reports the
// transfers per second that reached the safe head (certified and in the
// inbox), the p50 from send to the unsafe head (in a block) and to the
// safe head, the process's CPU seconds per 1,000 transfers, and its peak
// RSS (everything runs in this process: members, disperser, sequencer,
// L1).
//
//	QUIRE_PIPELINE_SECONDS=60 go test ./rollup/node -run '^$' -bench Pipeline -benchtime 1x
func BenchmarkPipeline(b *testing.B) {
	seconds := 5
	if v, err := strconv.Atoi(os.Getenv("QUIRE_PIPELINE_SECONDS")); err == nil && v > 0 {
		seconds = v
	}
	for b.Loop() {
		runPipeline(b, time.Duration(seconds)*time.Second)
	}
}

func runPipeline(b *testing.B, d time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), d+5*time.Minute)
	defer cancel()
	const accounts = 20
	keys := make([]*ecdsa.PrivateKey, accounts)
	addrs := make([]common.Address, accounts)
	deposits := map[common.Address]*big.Int{}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
		deposits[addrs[i]] = big.NewInt(1e18)
	}
	pl := newPipeline(b, ctx, pipelineOptions{
		env:      dispersertest.Options{Members: 8, Threshold: 6, L1: true},
		deposits: deposits,
	})
	for _, a := range addrs {
		for {
			bal, err := pl.ec.BalanceAt(ctx, a, nil)
			if err == nil && bal.Sign() > 0 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	chainID := new(big.Int).SetUint64(pl.cfg.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	fee := new(big.Int).SetUint64(pl.cfg.BaseFee)

	var mu sync.Mutex
	sentAt := map[common.Hash]time.Time{}
	var unsafeLat, safeLat []time.Duration
	inBlock := map[common.Hash]uint64{}
	blockAt := map[uint64]time.Time{}
	// Watch the chain: when a block appears, its transactions reach the
	// unsafe head; when the safe tag passes it, the safe head.
	stopWatch := make(chan struct{})
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		next, safeNext := uint64(1), uint64(1)
		for {
			select {
			case <-stopWatch:
				return
			case <-time.After(10 * time.Millisecond):
			}
			latest, safe, _ := pl.seqChain.Tags()
			now := time.Now()
			mu.Lock()
			for ; next <= latest; next++ {
				blk, ok := pl.seqChain.Block(next)
				if !ok {
					break
				}
				blockAt[next] = now
				for _, tx := range blk.Txs {
					h := tx.Hash
					if at, ok := sentAt[h]; ok {
						unsafeLat = append(unsafeLat, now.Sub(at))
						inBlock[h] = next
					}
				}
			}
			for ; safeNext <= safe && safeNext < next; safeNext++ {
				blk, _ := pl.seqChain.Block(safeNext)
				for _, tx := range blk.Txs {
					if at, ok := sentAt[tx.Hash]; ok {
						safeLat = append(safeLat, now.Sub(at))
					}
				}
			}
			mu.Unlock()
		}
	}()

	// Four clients, five accounts each, sending back to back.
	const clients = 4
	to := common.Address{0x77}
	cpu0 := cpuTime()
	start := time.Now()
	var sentN sync.WaitGroup
	counts := make([]int, clients)
	errs := make(chan error, clients)
	for c := range clients {
		sentN.Add(1)
		go func() {
			defer sentN.Done()
			nonces := map[int]uint64{}
			for n := 0; time.Since(start) < d; n++ {
				i := c + clients*(n%(accounts/clients))
				tx := types.MustSignNewTx(keys[i], signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonces[i], GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
				mu.Lock()
				sentAt[tx.Hash()] = time.Now()
				mu.Unlock()
				if err := pl.ec.SendTransaction(ctx, tx); err != nil {
					errs <- err
					return
				}
				nonces[i]++
				counts[c]++
			}
		}()
	}
	sentN.Wait()
	close(errs)
	if err := <-errs; err != nil {
		b.Fatalf("send: %v", err)
	}
	sent := 0
	for _, n := range counts {
		sent += n
	}
	sendWall := time.Since(start)
	// Everything sent reaches the safe head.
	for {
		mu.Lock()
		n := len(safeLat)
		mu.Unlock()
		if n >= sent {
			break
		}
		if ctx.Err() != nil {
			b.Fatalf("%d of %d transfers safe: %v", n, sent, ctx.Err())
		}
		time.Sleep(50 * time.Millisecond)
	}
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	close(stopWatch)
	<-watched
	b.ReportMetric(float64(sent)/wall.Seconds(), "safe-tx/s")
	b.ReportMetric(float64(sent)/sendWall.Seconds(), "sent-tx/s")
	b.ReportMetric(msOf(pct(unsafeLat, 50)), "unsafe-p50-ms")
	b.ReportMetric(msOf(pct(safeLat, 50)), "safe-p50-ms")
	b.ReportMetric(cpu.Seconds()/float64(sent)*1000, "cpu-s/1k-tx")
	b.ReportMetric(float64(maxRSS())/(1<<20), "peak-rss-MiB")
	b.ReportMetric(float64(sent), "transfers")
	runtime.KeepAlive(inBlock)
}

// pct is the p-th percentile (nearest rank) of ds.
func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p/100))]
}

func msOf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
