package kzg

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/quire-da/quire/erasure"
)

// Square benchmarks. Run them with -cpu 1,2 and -benchtime 1x (a k = 64
// square is many seconds of FK20). Each k has:
//
//   - full: Encode of a blob that fills k rows; besides ns/op and MB/s of
//     blob bytes it reports parity-x, the whole Encode over the time its
//     data-rows stage took (the target is <= 1.5), from the same runs;
//   - data-rows: the data rows alone (FK20, which yields commitment and
//     proofs, of k rows, rows in parallel as in Encode), for an independent
//     baseline;
//   - geth-data-rows (k <= 8): go-ethereum's kzg4844 doing the data rows
//     (BlobToCommitment + ComputeCellProofs per row, rows in parallel).

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
			var total, dataRows time.Duration
			for b.Loop() {
				start := time.Now()
				var packedAt, rowsAt time.Time
				_, err := c.Encode(data, WithProgress(func(s EncodeStage) {
					switch s {
					case StagePacked:
						packedAt = time.Now()
					case StageDataRows:
						rowsAt = time.Now()
					}
				}))
				if err != nil {
					b.Fatal(err)
				}
				total += time.Since(start)
				dataRows += rowsAt.Sub(packedAt)
			}
			b.ReportMetric(float64(total)/float64(dataRows), "parity-x")
		})
		b.Run(fmt.Sprintf("k=%d/data-rows", k), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			workers := runtime.GOMAXPROCS(0)
			for b.Loop() {
				parallelFor(k, workers, func(_, lo, hi int) {
					for r := lo; r < hi; r++ {
						c.fk20(c.coefficients(packed[r]))
					}
				})
			}
		})
		if k > 8 {
			continue
		}
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

// BenchmarkRecoverBlob recovers the blob from a random half of the columns
// (every data row decodes on its own) and checks it against the
// commitments.
func BenchmarkRecoverBlob(b *testing.B) {
	c := benchContext(b)
	for _, k := range squareBenchK {
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
		b.Run(fmt.Sprintf("k=%d/half-columns", k), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.RecoverBlob(k, len(data), sq.Commitments, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEncodePeakHeap encodes the largest default blob (k = 256, 31
// MiB) and reports the peak live heap during Encode above the heap before
// it (peak-MiB, sampled every millisecond from runtime/metrics without
// stopping the world), next to the size of the finished square (square-MiB:
// cells and proofs), and parity-x as BenchmarkEncodeSquare does. Skipped
// with -short.
func BenchmarkEncodePeakHeap(b *testing.B) {
	if testing.Short() {
		b.Skip("encodes a 31 MiB blob")
	}
	c := benchContext(b)
	const k = erasure.DefaultMaxRows
	data := fullBlob(k)
	b.SetBytes(int64(len(data)))
	var peak, square float64
	var total, dataRows time.Duration
	for b.Loop() {
		runtime.GC()
		base := liveHeap()
		stop := make(chan struct{})
		done := make(chan uint64)
		go func() {
			var max uint64
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for {
				if h := liveHeap(); h > max {
					max = h
				}
				select {
				case <-stop:
					done <- max
					return
				case <-tick.C:
				}
			}
		}()
		start := time.Now()
		var packedAt, rowsAt time.Time
		sq, err := c.Encode(data, WithProgress(func(s EncodeStage) {
			switch s {
			case StagePacked:
				packedAt = time.Now()
			case StageDataRows:
				rowsAt = time.Now()
			}
		}))
		total += time.Since(start)
		dataRows += rowsAt.Sub(packedAt)
		close(stop)
		max := <-done
		if err != nil {
			b.Fatal(err)
		}
		peak = float64(max-base) / (1 << 20)
		square = float64(2*k*cellsPerRow*(erasure.BytesPerCell+PointSize)) / (1 << 20)
		runtime.KeepAlive(sq)
	}
	b.ReportMetric(float64(total)/float64(dataRows), "parity-x")
	b.ReportMetric(peak, "peak-MiB")
	b.ReportMetric(square, "square-MiB")
}

// liveHeap returns the bytes of heap objects (live and not yet swept).
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
