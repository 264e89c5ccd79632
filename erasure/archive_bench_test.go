package erasure

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// archiveBenchThreshold is the k_a the benchmarks use for n members: the
// default rule k_a = t with t = floor(2n/3) + 1 (11 of 16, 43 of 64, 86 of
// 128).
func archiveBenchThreshold(n int) int { return 2*n/3 + 1 }

const archiveBenchSize = 32 << 20

// BenchmarkArchiveEncode encodes a 32 MiB blob into n shards (k_a =
// 2n/3+1) with the codec NewArchive picks (the matrix code up to 64
// shards, Leopard above), reporting throughput in blob bytes; the 32
// MiB-plus allocation of the shards is included. The "other" sub-benchmark
// is the peer measured in the same binary: the codec NewArchive does not
// pick for that n, on the same shards.
func BenchmarkArchiveEncode(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	blob := randBytes(rng, archiveBenchSize)
	for _, n := range []int{16, 32, 64, 128} {
		k := archiveBenchThreshold(n)
		b.Run(fmt.Sprintf("n=%d/k_a=%d", n, k), func(b *testing.B) {
			a, err := NewArchive(k, n)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(archiveBenchSize)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Encode(blob); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/k_a=%d/other", n, k), func(b *testing.B) {
			a, err := otherCodec(k, n)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(archiveBenchSize)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Encode(blob); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// otherCodec is the archive codec NewArchive does not pick for (k, n):
// Leopard where it picks the matrix code, the matrix code where it picks
// Leopard (same shard layout, so only the code differs).
func otherCodec(k, n int) (*Archive, error) { return newArchive(k, n, n <= matrixMaxShards, nil) }

// BenchmarkArchiveReconstruct restores a 32 MiB blob from k_a shards of
// which as many as possible are parity (the worst case: n - k_a data
// shards lost), reporting throughput in blob bytes.
func BenchmarkArchiveReconstruct(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	blob := randBytes(rng, archiveBenchSize)
	for _, n := range []int{16, 32, 64, 128} {
		k := archiveBenchThreshold(n)
		b.Run(fmt.Sprintf("n=%d/k_a=%d", n, k), func(b *testing.B) {
			a, err := NewArchive(k, n)
			if err != nil {
				b.Fatal(err)
			}
			shards, err := a.Encode(blob)
			if err != nil {
				b.Fatal(err)
			}
			for i := range n - k {
				shards[i] = nil // lose the first n-k_a data shards
			}
			b.SetBytes(archiveBenchSize)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Reconstruct(shards, archiveBenchSize); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/k_a=%d/other", n, k), func(b *testing.B) {
			a, err := otherCodec(k, n)
			if err != nil {
				b.Fatal(err)
			}
			shards, err := a.Encode(blob)
			if err != nil {
				b.Fatal(err)
			}
			for i := range n - k {
				shards[i] = nil
			}
			b.SetBytes(archiveBenchSize)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Reconstruct(shards, archiveBenchSize); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
