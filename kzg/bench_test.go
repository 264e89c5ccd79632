package kzg

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/quire-da/quire/erasure"
)

// Benchmarks compare with go-ethereum's crypto/kzg4844 (go-eth-kzg backend)
// in the same binary. Run with -cpu 1,2 to see both parallelism levels;
// both sides warm up (tables, trusted setup) before timing. Besides wall
// time they report cpu-ns/op, the process CPU time per operation (from
// getrusage), which is less distorted than wall time on a shared machine.

// cpuTimer reports the process CPU time per iteration as cpu-ns/op.
type cpuTimer struct{ start time.Duration }

func startCPU() cpuTimer { return cpuTimer{benchCPU()} }

func (t cpuTimer) report(b *testing.B) {
	if n := b.N; n > 0 && t.start >= 0 {
		b.ReportMetric(float64(benchCPU()-t.start)/float64(n), "cpu-ns/op")
	}
}

func benchRow(b *testing.B) ([]fr.Element, *kzg4844.Blob, *Context) {
	c := testContext(b)
	r := rand.New(rand.NewPCG(1, 2))
	row := randomRow(r)
	blob := rowToBlob(row)
	// Warm up both sides: our lazily built tables, geth's context.
	if _, _, _, err := c.ProveRow(row); err != nil {
		b.Fatal(err)
	}
	if _, err := c.Commit(row); err != nil {
		b.Fatal(err)
	}
	if _, err := kzg4844.BlobToCommitment(blob); err != nil {
		b.Fatal(err)
	}
	if _, err := kzg4844.ComputeCellProofs(blob); err != nil {
		b.Fatal(err)
	}
	return row, blob, c
}

// benchRowOp runs op as sub-benchmark name, one row of payload per
// operation, reporting bytes, allocations and CPU time.
func benchRowOp(b *testing.B, name string, op func() error) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(erasure.RowPayloadBytes)
		b.ReportAllocs()
		cpu := startCPU()
		defer cpu.report(b)
		for b.Loop() {
			if err := op(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRow is the data-row work of a disperser: commitment plus the 128
// cell proofs.
func BenchmarkRow(b *testing.B) {
	row, blob, c := benchRow(b)
	benchRowOp(b, "ours", func() error {
		if _, err := c.Commit(row); err != nil {
			return err
		}
		_, err := c.CellProofs(row)
		return err
	})
	benchRowOp(b, "ours-ProveRow", func() error {
		_, _, _, err := c.ProveRow(row)
		return err
	})
	benchRowOp(b, "geth-kzg4844", func() error {
		if _, err := kzg4844.BlobToCommitment(blob); err != nil {
			return err
		}
		_, err := kzg4844.ComputeCellProofs(blob)
		return err
	})
}

func BenchmarkCommit(b *testing.B) {
	row, blob, c := benchRow(b)
	benchRowOp(b, "ours", func() error { _, err := c.Commit(row); return err })
	benchRowOp(b, "geth-kzg4844", func() error { _, err := kzg4844.BlobToCommitment(blob); return err })
}

func BenchmarkCellProofs(b *testing.B) {
	row, blob, c := benchRow(b)
	benchRowOp(b, "ours", func() error { _, err := c.CellProofs(row); return err })
	benchRowOp(b, "geth-kzg4844", func() error { _, err := kzg4844.ComputeCellProofs(blob); return err })
}

// BenchmarkVerifyCells verifies n cells of one row in one call.
func BenchmarkVerifyCells(b *testing.B) {
	row, _, c := benchRow(b)
	com, cells, proofs, err := c.ProveRow(row)
	if err != nil {
		b.Fatal(err)
	}
	// Without the commitment cache: each call decodes the commitment, as
	// kzg4844 does.
	cold := coldContext(b)
	for _, n := range []int{1, 30, 128} {
		idx := rand.New(rand.NewPCG(3, uint64(n))).Perm(cellsPerRow)[:n]
		slices.Sort(idx)
		items := make([]CellItem, n)
		gCells := make([]kzg4844.Cell, n)
		gProofs := make([]kzg4844.Proof, n)
		gIdx := make([]uint64, n)
		for i, k := range idx {
			items[i] = CellItem{Commitment: com, Index: k, Cell: &cells[k], Proof: proofs[k]}
			gCells[i] = kzg4844.Cell(cells[k].Bytes())
			gProofs[i] = kzg4844.Proof(proofs[k])
			gIdx[i] = uint64(k)
		}
		gCom := []kzg4844.Commitment{kzg4844.Commitment(com)}
		if err := kzg4844.VerifyCells(gCells, gCom, gProofs, gIdx); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d/ours", n), func(b *testing.B) {
			b.SetBytes(int64(n * erasure.BytesPerCell))
			b.ReportAllocs()
			cpu := startCPU()
			defer cpu.report(b)
			for b.Loop() {
				if err := cold.VerifyCells(items); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/geth-kzg4844", n), func(b *testing.B) {
			b.SetBytes(int64(n * erasure.BytesPerCell))
			b.ReportAllocs()
			cpu := startCPU()
			defer cpu.report(b)
			for b.Loop() {
				if err := kzg4844.VerifyCells(gCells, gCom, gProofs, gIdx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// coldContext returns a Context without the commitment cache, for
// like-for-like comparisons with kzg4844, which decodes every commitment
// on every call.
func coldContext(b *testing.B) *Context {
	c, err := New(WithCommitmentCache(0))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkExtendG1 extends n points to 2n (one column of commitments or
// proofs of a square with k = n data rows).
func BenchmarkExtendG1(b *testing.B) {
	_, _, g1, _ := bls12381.Generators()
	r := rand.New(rand.NewPCG(4, 5))
	for _, n := range []int{8, 64, 256} {
		pts := make([]bls12381.G1Affine, n)
		for i := range pts {
			s := randElement(r)
			pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		}
		if _, err := ExtendG1(pts); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n * PointSize))
			b.ReportAllocs()
			cpu := startCPU()
			defer cpu.report(b)
			for b.Loop() {
				if _, err := ExtendG1(pts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNew loads and checks the trusted setup (what Default does once).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTables builds the lazily built prover tables of a fresh Context:
// the one-time cost of the first CellProofs (fk20) and Commit (commit).
func BenchmarkTables(b *testing.B) {
	b.Run("fk20", func(b *testing.B) {
		b.ReportAllocs()
		cpu := startCPU()
		defer cpu.report(b)
		for b.Loop() {
			b.StopTimer()
			c, err := New()
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			c.fk20Tables()
		}
	})
	b.Run("commit", func(b *testing.B) {
		b.ReportAllocs()
		cpu := startCPU()
		defer cpu.report(b)
		for b.Loop() {
			b.StopTimer()
			c, err := New()
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			c.commitTable()
		}
	})
}

// BenchmarkVerifyCustody is a committee member's check of its custody of a
// k = 64 blob: whole columns (all 128 cells of each, one per row, so 128
// commitments per column) in one VerifyCells call, against go-ethereum's
// kzg4844.VerifyCells (go-eth-kzg's batched check) on the same cells. Besides
// ns/op and cpu-ns/op it reports cpu-us/cell, the process CPU time per
// verified cell. The square is encoded once (about ten seconds of FK20).
func BenchmarkVerifyCustody(b *testing.B) {
	if testing.Short() {
		b.Skip("encodes a k = 64 square")
	}
	c := benchContext(b)
	const k = 64
	sq, err := c.Encode(fullBlob(k))
	if err != nil {
		b.Fatal(err)
	}
	for _, cols := range []int{1, 8} {
		idx := rand.New(rand.NewPCG(5, uint64(cols))).Perm(cellsPerRow)[:cols]
		var items []CellItem
		var gCells []kzg4844.Cell
		var gComs []kzg4844.Commitment
		var gProofs []kzg4844.Proof
		var gIdx []uint64
		// kzg4844 takes one commitment per row and the same cell indices
		// for every row, cells row by row.
		for _, j := range idx {
			gIdx = append(gIdx, uint64(j))
		}
		for r := range sq.Rows() {
			gComs = append(gComs, kzg4844.Commitment(sq.Commitments[r]))
			for _, j := range idx {
				items = append(items, sq.Item(r, j))
				gCells = append(gCells, kzg4844.Cell(sq.Cells[r][j].Bytes()))
				gProofs = append(gProofs, kzg4844.Proof(sq.Proofs[r][j]))
			}
		}
		n := len(items)
		if err := kzg4844.VerifyCells(gCells, gComs, gProofs, gIdx); err != nil {
			b.Fatal(err)
		}
		run := func(name string, op func() error) {
			b.Run(fmt.Sprintf("k=%d/cols=%d/%s", k, cols, name), func(b *testing.B) {
				b.SetBytes(int64(n * erasure.BytesPerCell))
				b.ReportAllocs()
				start := benchCPU()
				for b.Loop() {
					if err := op(); err != nil {
						b.Fatal(err)
					}
				}
				if start >= 0 {
					cpu := float64(benchCPU() - start)
					b.ReportMetric(cpu/float64(b.N), "cpu-ns/op")
					b.ReportMetric(cpu/float64(b.N)/float64(n)/1e3, "cpu-us/cell")
				}
			})
		}
		cold := coldContext(b)
		run("ours", func() error { return cold.VerifyCells(items) })
		// ours-spec: EIP-7594's Fiat-Shamir weights (WithSpecChallenge)
		// instead of random 128-bit ones.
		spec := coldContext(b)
		spec.specChallenge = true
		run("ours-spec", func() error { return spec.VerifyCells(items) })
		// The member's real order: the header was validated first
		// (CheckExtension decodes and caches its 128 row commitments), so
		// the custody check decodes only the proofs. kzg4844 has no cache.
		warm := coldContext(b)
		warm.comCache = newComCache(DefaultCommitmentCache)
		if err := warm.CheckExtension(sq.Commitments, [32]byte{1}); err != nil {
			b.Fatal(err)
		}
		run("ours-header-cached", func() error { return warm.VerifyCells(items) })
		run("geth-kzg4844", func() error { return kzg4844.VerifyCells(gCells, gComs, gProofs, gIdx) })
	}
}
