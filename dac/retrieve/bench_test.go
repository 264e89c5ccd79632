//go:build unix

package retrieve_test

import (
	"bytes"
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/retrieve"
)

// cpuTime is the CPU time (user + system) the process has used: members,
// L1 and client run in this process, so it is the whole system's cost.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkGet reads a certified blob back from 8 real members on
// loopback two ways in the same run: verified retrieval (certification
// read from the simulated L1 on every read, the epoch's committee cached,
// header probed from the custodians and checked, cells verified, rows
// checked) and the peer, the disperser's
// own Get of a blob it remembers (header from its records, cells verified,
// rows checked). It reports wall time and process CPU time per read.
func BenchmarkGet(b *testing.B) {
	for _, size := range []int{128 << 10, 1 << 20} {
		f := newBenchFixture(b)
		ctx := context.Background()
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(i * 7)
		}
		res, err := f.e.Disperser.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
		if err != nil {
			b.Fatal(err)
		}
		// A verifier's settings: committees cached (CommitteeTTL default),
		// the certification read from L1 on every Get.
		cfg := retrieve.DefaultConfig(dispersertest.ChainID, f.e.Address)
		r, err := retrieve.New(cfg, retrieve.Deps{Transport: f.tr, Committees: f.committees, Certifications: f.e.Contract, KZG: f.e.KZG})
		if err != nil {
			b.Fatal(err)
		}
		run := func(name string, get func() ([]byte, error)) {
			b.Run(fmt.Sprintf("size=%dKiB/%s", size>>10, name), func(b *testing.B) {
				b.SetBytes(int64(size))
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					got, err := get()
					if err != nil || !bytes.Equal(got, data) {
						b.Fatalf("read: %v", err)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
		run("retrieve", func() ([]byte, error) {
			blob, err := r.Get(ctx, res.BlobID)
			if err != nil {
				return nil, err
			}
			return blob.Bytes(), nil
		})
		run("disperser", func() ([]byte, error) { return f.e.Disperser.Get(ctx, res.BlobID) })
	}
}

func newBenchFixture(b *testing.B) *fixture {
	return newFixtureTB(b, dispersertest.Options{Members: 8, Threshold: 6})
}
