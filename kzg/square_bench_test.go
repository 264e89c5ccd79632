package kzg

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/quire-da/quire/erasure"
)

// Square benchmarks. Run them with -cpu 1,2 and -benchtime 1x (a k = 64
// square is many seconds of FK20). Each k has:
//
//   - full: Encode of a blob that fills k rows; besides ns/op and MB/s of
//     blob bytes it reports parity-x, the whole Encode over the time its
//     data-rows stage took (the target is <= 1.5), from the same runs, and
//     parity-cpu-x, the same ratio in process CPU time;
//   - data-rows: the data rows alone (FK20, which yields commitment and
//     proofs, of k rows, in groups of rows in parallel as in Encode), for
//     an independent baseline;
//   - geth-data-rows: go-ethereum's kzg4844 doing the data rows
//     (BlobToCommitment + ComputeCellProofs per row, rows in parallel);
//     at k = 64 that is about 21 s of CPU per iteration.
//
// All three report cpu-ns/op, the process CPU time per Encode (or per set
// of rows), which is what to compare on a loaded machine.

var squareBenchK = []int{1, 8, 64}

func benchContext(b *testing.B) *Context {
	c := sqContext(b)
	c.fk20Tables()
	c.commitTable()
	return c
}

func fullBlob(k int) []byte {
	rng := rand.New(rand.NewPCG(uint64(k), 7))
	data := make([]byte, k*erasure.RowPayloadBytes)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	return data
}

func BenchmarkEncodeSquare(b *testing.B) {
	c := benchContext(b)
	for _, k := range squareBenchK {
		data := fullBlob(k)
		packed, err := erasure.Pack(data, 0)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("k=%d/full", k), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var st stageTimes
			for b.Loop() {
				if _, err := st.encode(c, data); err != nil {
					b.Fatal(err)
				}
			}
			st.report(b)
		})
		b.Run(fmt.Sprintf("k=%d/data-rows", k), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu := startCPU()
			defer cpu.report(b)
			workers := runtime.GOMAXPROCS(0)
			group := rowGroup(k, workers) // as Encode
			for b.Loop() {
				parallelFor((k+group-1)/group, workers, func(_, lo, hi int) {
					for g := lo; g < hi; g++ {
						var polys [][]fr.Element
						for r := g * group; r < min((g+1)*group, k); r++ {
							polys = append(polys, c.coefficients(packed[r]))
						}
						c.fk20s(polys)
					}
				})
			}
		})
		blobs := make([]kzg4844.Blob, k)
		for r := range blobs {
			for i := range packed[r] {
				e := packed[r][i].Bytes()
				copy(blobs[r][i*32:], e[:])
			}
		}
		if _, err := kzg4844.ComputeCellProofs(&blobs[0]); err != nil { // warm up
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("k=%d/geth-data-rows", k), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu := startCPU()
			defer cpu.report(b)
			workers := runtime.GOMAXPROCS(0)
			for b.Loop() {
				parallelFor(k, workers, func(_, lo, hi int) {
					for r := lo; r < hi; r++ {
						if _, err := kzg4844.BlobToCommitment(&blobs[r]); err != nil {
							panic(err)
						}
						if _, err := kzg4844.ComputeCellProofs(&blobs[r]); err != nil {
							panic(err)
						}
					}
				})
			}
		})
	}
}

// BenchmarkEncodeSizes encodes blobs of 1, 3 and 17 MiB, sizes whose
// payload rows (9, 25 and 141) are rounded up to k = 16, 32 and 256: it is
// the figure of the known-zero rows decision (docs/decisions.md), run with
// -benchtime 1x. cpu-ns/op is the process CPU time per Encode.
func BenchmarkEncodeSizes(b *testing.B) {
	c := benchContext(b)
	for _, mib := range []int{1, 3, 17} {
		size := mib << 20
		rng := rand.New(rand.NewPCG(uint64(mib), 9))
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		b.Run(fmt.Sprintf("%dMiB/k=%d", mib, erasure.RowsFor(size)), func(b *testing.B) {
			b.SetBytes(int64(size))
			var st stageTimes
			for b.Loop() {
				if _, err := st.encode(c, data); err != nil {
					b.Fatal(err)
				}
			}
			st.report(b)
		})
	}
}

// BenchmarkRecoverBlob recovers the blob from a random half of the columns
// (every data row decodes on its own) and checks it against the
// commitments.
func BenchmarkRecoverBlob(b *testing.B) {
	c := benchContext(b)
	for _, k := range squareBenchK {
		b.Run(fmt.Sprintf("k=%d/half-columns", k), func(b *testing.B) {
			data := fullBlob(k)
			sq, err := c.Encode(data)
			if err != nil {
				b.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(3, 4))
			keep := make([]bool, cellsPerRow)
			for _, j := range rng.Perm(cellsPerRow)[:cellsPerRow/2] {
				keep[j] = true
			}
			g := grid(sq, func(_, j int) bool { return keep[j] })
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := c.RecoverBlob(k, len(data), sq.Commitments, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEncodePeakHeap encodes the largest default blob (k = 256, 31
// MiB) and reports, sampled every millisecond from runtime/metrics without
// stopping the world:
//
//   - peak-live-MiB: the largest live heap the garbage collector marked
//     during Encode (/gc/heap/live:bytes), above the live heap before it:
//     the memory Encode needs;
//   - peak-heap-MiB: the largest heap of objects, live or not yet
//     collected (/memory/classes/heap/objects:bytes), above the heap before
//     it: what the process holds with the default GOGC=100, which lets
//     garbage grow to about the live heap before collecting (GOMEMLIMIT
//     bounds it);
//   - square-MiB: the size of the finished square's cells and proofs;
//   - parity-x and parity-cpu-x as BenchmarkEncodeSquare reports them.
//
// Skipped with -short.
func BenchmarkEncodePeakHeap(b *testing.B) {
	if testing.Short() {
		b.Skip("encodes a 31 MiB blob")
	}
	c := benchContext(b)
	const k = erasure.DefaultMaxRows
	data := fullBlob(k)
	b.SetBytes(int64(len(data)))
	var peakLive, peakHeap, square float64
	var st stageTimes
	for b.Loop() {
		runtime.GC()
		baseLive, baseHeap := heapMetrics()
		stop := make(chan struct{})
		done := make(chan [2]uint64)
		go func() {
			var maxLive, maxHeap uint64
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for {
				live, heap := heapMetrics()
				maxLive, maxHeap = max(maxLive, live), max(maxHeap, heap)
				select {
				case <-stop:
					done <- [2]uint64{maxLive, maxHeap}
					return
				case <-tick.C:
				}
			}
		}()
		sq, err := st.encode(c, data)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC() // the finished square is live: count it
		close(stop)
		m := <-done
		peakLive = float64(m[0]-min(m[0], baseLive)) / (1 << 20)
		peakHeap = float64(m[1]-min(m[1], baseHeap)) / (1 << 20)
		square = float64(2*k*cellsPerRow*(erasure.BytesPerCell+PointSize)) / (1 << 20)
		runtime.KeepAlive(sq)
	}
	st.report(b)
	b.ReportMetric(peakLive, "peak-live-MiB")
	b.ReportMetric(peakHeap, "peak-heap-MiB")
	b.ReportMetric(square, "square-MiB")
}

// heapMetrics returns the live heap marked by the last GC and the bytes of
// heap objects (live and not yet swept).
func heapMetrics() (live, objects uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// stageTimes accumulates, over Encode calls, the wall-clock and process CPU
// time of the whole call and of its data-rows stage.
type stageTimes struct {
	total, dataRows       time.Duration
	totalCPU, dataRowsCPU time.Duration
}

func (st *stageTimes) encode(c *Context, data []byte, opts ...SquareOption) (*Square, error) {
	start, startCPU := time.Now(), processCPU()
	var packedAt, rowsAt time.Time
	var packedCPU, rowsCPU time.Duration
	sq, err := c.Encode(data, append(opts, WithProgress(func(s EncodeStage) {
		switch s {
		case StagePacked:
			packedAt, packedCPU = time.Now(), processCPU()
		case StageDataRows:
			rowsAt, rowsCPU = time.Now(), processCPU()
		}
	}))...)
	st.total += time.Since(start)
	st.totalCPU += processCPU() - startCPU
	st.dataRows += rowsAt.Sub(packedAt)
	st.dataRowsCPU += rowsCPU - packedCPU
	return sq, err
}

// report adds parity-x (wall clock) and parity-cpu-x (process CPU time,
// less sensitive to other load on the machine): the whole Encode over its
// data-rows stage.
func (st *stageTimes) report(b *testing.B) {
	b.ReportMetric(float64(st.total)/float64(st.dataRows), "parity-x")
	if b.N > 0 && st.totalCPU > 0 {
		b.ReportMetric(float64(st.totalCPU)/float64(b.N), "cpu-ns/op")
	}
	if st.dataRowsCPU > 0 {
		b.ReportMetric(float64(st.totalCPU)/float64(st.dataRowsCPU), "parity-cpu-x")
	}
}
