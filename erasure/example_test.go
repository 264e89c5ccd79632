package erasure_test

import (
	"fmt"

	"github.com/quire-da/quire/erasure"
)

func ExamplePack() {
	data := []byte("a blob of bytes that a rollup posts")
	rows, err := erasure.Pack(data, 0)
	if err != nil {
		panic(err)
	}
	back, err := erasure.Unpack(rows, len(data))
	if err != nil {
		panic(err)
	}
	fmt.Println(len(rows), "row of", len(rows[0]), "elements;", string(back))
	// Output: 1 row of 4096 elements; a blob of bytes that a rollup posts
}

// Extend a data row to 128 cells, lose half of them, and recover the row.
func ExampleRecoverRow() {
	rows, _ := erasure.Pack([]byte("some row data"), 0)
	ext, _ := erasure.Extend(rows[0])

	row := make([]*erasure.Cell, erasure.CellsPerRow)
	for c := range row {
		if c%2 == 1 { // keep the odd cells only: 64 of 128
			row[c] = new(erasure.Cell)
			copy(row[c][:], ext[c*erasure.ElementsPerCell:])
		}
	}
	if err := erasure.RecoverRow(row); err != nil {
		panic(err)
	}
	fmt.Println(row[0][0].Equal(&ext[0]), row[126][5].Equal(&ext[126*erasure.ElementsPerCell+5]))
	// Output: true true
}

// Build a k = 1 extended square (a data row and its parity row), withhold
// the whole data row, and recover it through the columns. Then withhold
// cells 0..64 of both rows: no row or column can be decoded.
func ExampleRecoverSquare() {
	rows, _ := erasure.Pack([]byte("square data"), 0)
	ext, _ := erasure.Extend(rows[0])
	full := [2][]erasure.Cell{make([]erasure.Cell, erasure.CellsPerRow), make([]erasure.Cell, erasure.CellsPerRow)}
	for c := range erasure.CellsPerRow {
		copy(full[0][c][:], ext[c*erasure.ElementsPerCell:])
		_ = erasure.ExtendColumn([]*erasure.Cell{&full[0][c], &full[1][c]})
	}

	square := [][]*erasure.Cell{make([]*erasure.Cell, erasure.CellsPerRow), make([]*erasure.Cell, erasure.CellsPerRow)}
	for c := range erasure.CellsPerRow {
		square[1][c] = &full[1][c] // the parity row only
	}
	err := erasure.RecoverSquare(square)
	fmt.Println(err, *square[0][0] == full[0][0])

	for r := range square {
		for c := range erasure.CellsPerRow {
			square[r][c] = &full[r][c]
			if c <= erasure.DataCellsPerRow {
				square[r][c] = nil
			}
		}
	}
	fmt.Println(erasure.RecoverSquare(square))
	// Output:
	// <nil> true
	// erasure: square not recoverable: 2 rows (0 1) and 65 columns (0 1 2 3 4 5 6 7 ...) remain incomplete
}

// Cut a blob into 5 archive shards of which any 3 restore it, check a
// shard against the archive root, and restore from 3 shards.
func ExampleNewArchive() {
	blob := []byte("bytes a rollup wants kept for a year")
	a, err := erasure.NewArchive(3, 5)
	if err != nil {
		panic(err)
	}
	shards, _ := a.Encode(blob)
	tree := erasure.ArchiveTree(shards)
	proof, _ := tree.Proof(4)
	err = erasure.VerifyArchiveShard(tree.Root(), 5, a.ShardSize(len(blob)), 4, shards[4], proof)
	fmt.Println("shard 4 verifies:", err == nil)

	shards[0], shards[2] = nil, nil // two members lost
	back, err := a.Reconstruct(shards, len(blob))
	fmt.Println(string(back), err)

	shards[1] = nil // one too many
	_, err = a.Reconstruct(shards, len(blob))
	fmt.Println(err)
	// Output:
	// shard 4 verifies: true
	// bytes a rollup wants kept for a year <nil>
	// erasure: 2 archive shards present, 3 needed
}
