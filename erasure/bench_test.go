package erasure

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

func BenchmarkExtendRow(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	vals := randElements(rng, ElementsPerRow)
	dst := make([]fr.Element, ExtendedRowElements)
	b.SetBytes(RowPayloadBytes)
	b.ReportAllocs()
	for b.Loop() {
		if err := ExtendInto(dst, vals); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtendColumns extends all 128 cell columns of a square with k
// data rows (the parity rows), reporting throughput in original bytes.
func BenchmarkExtendColumns(b *testing.B) {
	for _, k := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			cells := make([]Cell, 2*k*CellsPerRow)
			for i := range cells[:k*CellsPerRow] {
				copy(cells[i][:], randElements(rng, ElementsPerCell))
			}
			col := make([]*Cell, 2*k)
			b.SetBytes(int64(k * RowPayloadBytes))
			b.ReportAllocs()
			for b.Loop() {
				for c := range CellsPerRow {
					for r := range col {
						col[r] = &cells[r*CellsPerRow+c]
					}
					if err := ExtendColumn(col); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func BenchmarkRecoverRow(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	ext, _ := Extend(randElements(rng, ElementsPerRow))
	cells := make([]Cell, CellsPerRow)
	for c := range cells {
		copy(cells[c][:], ext[c*ElementsPerCell:])
	}
	missing := rng.Perm(CellsPerRow)[:CellsPerRow/2]
	row := make([]*Cell, CellsPerRow)
	b.SetBytes(RowPayloadBytes)
	b.ReportAllocs()
	for b.Loop() {
		for c := range row {
			row[c] = &cells[c]
		}
		for _, c := range missing {
			row[c] = nil
		}
		if err := RecoverRow(row); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecoverSquare recovers a whole square from a random half of its
// columns (every row decodes with the same pattern) and from a random 75%
// of its cells.
func BenchmarkRecoverSquare(b *testing.B) {
	for _, k := range []int{1, 8} {
		rng := rand.New(rand.NewPCG(1, 2))
		sq := randomSquare(b, rng, k)
		cols := make([]bool, CellsPerRow)
		for _, c := range rng.Perm(CellsPerRow)[:DataCellsPerRow] {
			cols[c] = true
		}
		keep75 := make([]bool, 2*k*CellsPerRow)
		for i := range keep75 {
			keep75[i] = rng.IntN(4) != 0
		}
		cases := []struct {
			name string
			keep func(r, c int) bool
		}{
			{"half-columns", func(r, c int) bool { return cols[c] }},
			{"random-75", func(r, c int) bool { return keep75[r*CellsPerRow+c] }},
		}
		for _, tc := range cases {
			b.Run(fmt.Sprintf("k=%d/%s", k, tc.name), func(b *testing.B) {
				b.SetBytes(int64(k * RowPayloadBytes))
				b.ReportAllocs()
				for b.Loop() {
					if err := RecoverSquare(pointers(sq, tc.keep)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkPack(b *testing.B) {
	data := make([]byte, 8*RowPayloadBytes)
	for i := range data {
		data[i] = byte(i * 7)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Pack(data, 0); err != nil {
			b.Fatal(err)
		}
	}
}
