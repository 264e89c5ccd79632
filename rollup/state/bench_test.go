package state

import (
	"fmt"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkPair is one node hash, with the peer (go-ethereum's
// crypto.Keccak256Hash over the same 64 bytes) in the same run.
func BenchmarkPair(b *testing.B) {
	l, r := Hash{1}, Hash{2}
	b.Run("hasher", func(b *testing.B) {
		h := newHasher()
		b.ReportAllocs()
		for b.Loop() {
			l = h.pair(l, r)
		}
	})
	b.Run("crypto.Keccak256Hash", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l = crypto.Keccak256Hash(l[:], r[:])
		}
	})
}

// BenchmarkTransferUpdate measures the state side of one transfer (sender,
// recipient and fee recipient accounts updated) in a state of n accounts,
// with the process CPU time per transfer beside the wall time:
// "step" hashes the root after every transfer (what a prover replay needs),
// "block1000" once per 1,000 transfers (what derivation needs).
func BenchmarkTransferUpdate(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		for _, per := range []int{1, 1000} {
			name := fmt.Sprintf("accounts=%d/rootEvery=%d", n, per)
			b.Run(name, func(b *testing.B) {
				r := rand.New(rand.NewPCG(1, 2))
				s := New(NewMemStore())
				addrs := make([]common.Address, n)
				for i := range addrs {
					addrs[i] = common.Address(randHash(r).Bytes()[:20])
					var a Account
					a.Balance.SetUint64(1e18)
					if err := s.SetAccount(addrs[i], a); err != nil {
						b.Fatal(err)
					}
				}
				fee := common.Address{0xfe}
				if _, err := s.Commit(); err != nil {
					b.Fatal(err)
				}
				i := 0
				b.ReportAllocs()
				c0 := cpuTime()
				for b.Loop() {
					from, to := addrs[r.IntN(n)], addrs[r.IntN(n)]
					a, _ := s.Account(from)
					a.Nonce++
					a.Balance.SubUint64(&a.Balance, 21000+1)
					_ = s.SetAccount(from, a)
					c, _ := s.Account(to)
					c.Balance.AddUint64(&c.Balance, 1)
					_ = s.SetAccount(to, c)
					f, _ := s.Account(fee)
					f.Balance.AddUint64(&f.Balance, 21000)
					_ = s.SetAccount(fee, f)
					if i++; i%per == 0 {
						s.Roots()
					}
				}
				b.ReportMetric(float64((cpuTime()-c0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// cpuTime is the process's CPU time (the machine is shared: wall time
// overstates the cost under load).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
