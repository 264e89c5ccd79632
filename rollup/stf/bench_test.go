package stf

import (
	"fmt"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/txn"
)

// transferBatch returns a state with n funded accounts and a batch of 1,024
// transfers between them (one marker first).
func transferBatch(b *testing.B, n int) (*state.State, *Batch, [][]byte) {
	st := state.New(state.NewMemStore())
	keys := make([]common.Address, n)
	for i := range keys {
		keys[i] = common.BigToAddress(big.NewInt(int64(i + 1000)))
		_ = st.SetAccount(keys[i], state.Account{Balance: *uint256.NewInt(1e18)})
	}
	var bodies [][]byte
	bodies = append(bodies, Marker{Time: 1}.Encode())
	const senders = 64
	for i := 0; len(bodies) < 1024; i++ {
		s := i % senders
		bodies = append(bodies, transfer(key(s), uint64(i/senders), keys[(i*7919)%n], big.NewInt(1), false))
	}
	for s := 0; s < senders; s++ {
		_ = st.SetAccount(addr(key(s)), state.Account{Balance: *uint256.NewInt(1e18)})
	}
	if _, err := st.Commit(); err != nil {
		b.Fatal(err)
	}
	w := batch.NewWriter(1, testP.MaxRecord)
	for _, body := range bodies {
		if err := w.Add(body); err != nil {
			b.Fatal(err)
		}
	}
	return st, &Batch{Index: 1, RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), 1)}, bodies
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds process CPU time per transaction beside the wall time
// (the machine is shared: wall time overstates the cost under load).
func reportCPU(b *testing.B, cpu time.Duration, txs int) {
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(txs), "cpu-ns/tx")
	b.ReportMetric(float64(txs)/cpu.Seconds(), "tx/cpu-s")
}

// BenchmarkApplyBatch: one op is a batch of 1,023 transfers; tx/s is the
// derivation rate on one core. Sub-benchmarks split signature recovery
// (txn.Decode alone) from the whole (decode + state + blocks), with and
// without per-step roots.
func BenchmarkApplyBatch(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		st0, bt, bodies := transferBatch(b, n)
		roots, _ := st0.Commit()
		store := func() *state.State { return state.Open(st0.Store(), roots) }
		b.Run(fmt.Sprintf("accounts=%d/decode+recover", n), func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				c0 := cpuTime()
				for _, body := range bodies[1:] {
					if _, err := txn.Decode(body, testP.txParams()); err != nil {
						b.Fatal(err)
					}
				}
				cpu += cpuTime() - c0
			}
			b.ReportMetric(float64(b.N*1023)/b.Elapsed().Seconds(), "tx/s")
			reportCPU(b, cpu, b.N*1023)
		})
		b.Run(fmt.Sprintf("accounts=%d/state-only", n), func(b *testing.B) {
			txs := make([]*txn.Tx, 0, 1023)
			for _, body := range bodies[1:] {
				tx, err := txn.Decode(body, testP.txParams())
				if err != nil {
					b.Fatal(err)
				}
				txs = append(txs, tx)
			}
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				st := store()
				b.StartTimer()
				c0 := cpuTime()
				for _, tx := range txs {
					out, err := ApplyTx(testP, st, tx, Outcome{})
					if err != nil || !out.Applied {
						b.Fatalf("%v %v", err, out.Reason)
					}
				}
				st.Roots()
				cpu += cpuTime() - c0
			}
			b.ReportMetric(float64(b.N*1023)/b.Elapsed().Seconds(), "tx/s")
			reportCPU(b, cpu, b.N*1023)
		})
		for _, stepRoots := range []bool{false, true} {
			b.Run(fmt.Sprintf("accounts=%d/apply/stepRoots=%v", n, stepRoots), func(b *testing.B) {
				var cpu time.Duration
				for b.Loop() {
					b.StopTimer()
					st := store()
					b.StartTimer()
					c0 := cpuTime()
					res, err := ApplyBatch(testP, st, Head{}, bt, Options{StepRoots: stepRoots})
					if err != nil || len(res.Blocks[0].Txs) != 1023 {
						b.Fatalf("%v", err)
					}
					cpu += cpuTime() - c0
				}
				b.ReportMetric(float64(b.N*1023)/b.Elapsed().Seconds(), "tx/s")
				reportCPU(b, cpu, b.N*1023)
			})
		}
	}
}
