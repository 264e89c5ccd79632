package prover

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// transferChain is one batch: 64 deposits, then n transfers among 64
// senders and 1,000 recipients.
func transferChain(tb testing.TB, n int) *memSource {
	const senders = 64
	keys := make([]*ecdsa.PrivateKey, senders)
	var queue []stf.QueueItem
	for i := range keys {
		keys[i] = testKey(100 + i)
		queue = append(queue, stf.QueueItem{Index: uint64(i), Kind: stf.QueueDeposit,
			To: crypto.PubkeyToAddress(keys[i].PublicKey), Value: uint256.NewInt(1e18)})
	}
	k := n/1000 + 1
	w := batch.NewWriter(k, testParams.MaxRecord)
	for i := range n {
		to := common.BigToAddress(big.NewInt(int64(1000 + (i*7919)%1000)))
		if err := w.Add(signTx(keys[i%senders], uint64(i/senders), to, big.NewInt(1))); err != nil {
			tb.Fatal(err)
		}
	}
	b := &stf.Batch{Index: 1, L1Block: 1, L1Time: 1, Queue: queue, RecordCount: w.RecordCount(),
		Payload: batch.FromBytes(w.Bytes(), w.Rows())}
	src := &memSource{store: state.NewMemStore()}
	st := state.New(src.store)
	_, head := stf.Genesis(testParams)
	src.after, src.heads = append(src.after, st.Roots()), append(src.heads, head)
	res, err := stf.ApplyBatch(testParams, st, head, b, stf.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	r, err := st.Commit()
	if err != nil {
		tb.Fatal(err)
	}
	src.batches = []*stf.Batch{b}
	src.after, src.heads = append(src.after, r), append(src.heads, res.Head)
	src.results = []*stf.Result{res}
	return src
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkTrace: one op computes what one bisection round or one leaf
// needs from a cold trace (no cached batch) of a batch of n transfers:
// "claim" replays the batch with per-step roots (ClaimAfter at the
// middle), "leaf" builds the pre-state at the middle step and the fake
// step proof (stf.Step on it; the real BuildStep adds KZG openings and
// SMT proofs). The peers in the same run: the verifier's derivation of
// the batch (stf.ApplyBatch) without and with StepRoots.
func BenchmarkTrace(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{256, 1024, 4096} {
		src := transferChain(b, n)
		bt := src.batches[0]
		mid := (bt.StepsStart + bt.StepsEnd()) / 2
		run := func(name string, f func() error) {
			b.Run(fmt.Sprintf("%s/transfers=%d", name, n), func(b *testing.B) {
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					if err := f(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
			})
		}
		run("claim", func() error {
			tr, err := NewTrace(DefaultTraceConfig(testParams), src)
			if err != nil {
				return err
			}
			_, err = tr.ClaimAfter(ctx, mid)
			return err
		})
		run("leaf", func() error {
			tr, err := NewTrace(DefaultTraceConfig(testParams), src)
			if err != nil {
				return err
			}
			ps, err := tr.PreState(ctx, mid)
			if err != nil {
				return err
			}
			_, err = fakeProver{}.BuildStep(ctx, ps)
			return err
		})
		for _, roots := range []bool{false, true} {
			run(fmt.Sprintf("peer-derive-steproots=%v", roots), func() error {
				st := state.Open(src.store, src.after[0])
				_, err := stf.ApplyBatch(testParams, st, src.heads[0], bt, stf.Options{StepRoots: roots})
				return err
			})
		}
	}
}

// BenchmarkDetect: one op is a fresh challenger's first tick after a
// wrong proposal of a batch of n transfers the node has derived: read the
// chain, judge the proposal, challenge it (on the fake RollupGame).
func BenchmarkDetect(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{1024, 4096} {
		src := transferChain(b, n)
		b.Run(fmt.Sprintf("transfers=%d", n), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				c := newFakeChain(src)
				wrong := src.after[1]
				wrong.State[0] ^= 1
				if _, err := c.as(liarProposer).Propose(ctx, 0, 1, wrong, src.heads[1].Hash); err != nil {
					b.Fatal(err)
				}
				db := mapStore{}
				ch, err := NewChallenger(agentCfg(), c.as(challenger1), src, mustTrace(b, src), fakeProver{}, db, nil, nil)
				if err != nil {
					b.Fatal(err)
				}
				if err := ch.Tick(ctx); err != nil {
					b.Fatal(err)
				}
				if len(c.games) != 1 {
					b.Fatal("no challenge")
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

func mustTrace(tb testing.TB, src *memSource) *Trace {
	tr, err := NewTrace(DefaultTraceConfig(testParams), src)
	if err != nil {
		tb.Fatal(err)
	}
	return tr
}

// mapStore is an AgentStore in a map (the benchmark measures the agent,
// not badger's open).
type mapStore map[string][]byte

func (m mapStore) Get(k []byte) ([]byte, bool, error) { v, ok := m[string(k)]; return v, ok, nil }
func (m mapStore) Put(k, v []byte) error              { m[string(k)] = v; return nil }

// BenchmarkChallengerDetect: one op is the time for the honest trace to
// recompute a wrong proposal's claim over a batch of n transfers and find
// it wrong: a cold trace (no cached batch) replays the batch with step
// roots and compares its claim after the batch's last step with the
// proposal's. The peers in the same run: the verifier's own derivation of
// the batch (stf.ApplyBatch, no step roots) and the challenger agent's
// whole first tick on the fake chain (read the chain, judge, challenge).
func BenchmarkChallengerDetect(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{1024, 8192} {
		src := transferChain(b, n)
		bt := src.batches[0]
		wrong := src.after[1]
		wrong.State[0] ^= 1
		wrongClaim := stf.Claim(wrong, 0)
		run := func(name string, f func() error) {
			b.Run(fmt.Sprintf("%s/transfers=%d", name, n), func(b *testing.B) {
				cpu := cpuTime()
				for b.Loop() {
					if err := f(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
			})
		}
		run("recompute-claim", func() error {
			tr, err := NewTrace(DefaultTraceConfig(testParams), src)
			if err != nil {
				return err
			}
			c, err := tr.ClaimAfter(ctx, bt.StepsEnd())
			if err != nil {
				return err
			}
			if c == wrongClaim || c != stf.Claim(src.after[1], 0) {
				return fmt.Errorf("trace claim %x: the wrong claim not detected", c)
			}
			return nil
		})
		run("peer-derive", func() error {
			_, err := stf.ApplyBatch(testParams, state.Open(src.store, src.after[0]), src.heads[0], bt, stf.Options{})
			return err
		})
		run("peer-agent-tick", func() error {
			c := newFakeChain(src)
			if _, err := c.as(liarProposer).Propose(ctx, 0, 1, wrong, src.heads[1].Hash); err != nil {
				return err
			}
			ch, err := NewChallenger(agentCfg(), c.as(challenger1), src, mustTrace(b, src), fakeProver{}, mapStore{}, nil, nil)
			if err != nil {
				return err
			}
			if err := ch.Tick(ctx); err != nil {
				return err
			}
			if len(c.games) != 1 {
				return fmt.Errorf("no challenge")
			}
			return nil
		})
	}
}
