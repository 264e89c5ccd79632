package kzg_test

import (
	"fmt"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Encode a blob, verify a few cells, prove a row commitment against the
// commitments root, and recover the blob from half of the columns. (No
// Output comment: the example is compiled, not run, since encoding costs
// seconds under the race detector.)
func ExampleContext_Encode() {
	c, err := kzg.Default()
	if err != nil {
		panic(err)
	}
	blob := []byte("rollup batch bytes ...")
	sq, err := c.Encode(blob)
	if err != nil {
		panic(err)
	}
	fmt.Println("k =", sq.K, "rows =", sq.Rows())

	// Any cells, from any rows, verify in one batch.
	items := []kzg.CellItem{sq.Item(0, 3), sq.Item(1, 100)}
	fmt.Println("cells verify:", c.VerifyCells(items) == nil)

	// An L1 contract checks one row commitment against the root.
	proof, _ := sq.CommitmentProof(1)
	fmt.Println("row 1 in root:", kzg.VerifyCommitmentProof(sq.Root, sq.K, 1, sq.Commitments[1], proof) == nil)

	// Keep the even columns only (50% of the square) and recover the blob.
	cells := make([][]*erasure.Cell, sq.Rows())
	for r := range cells {
		cells[r] = make([]*erasure.Cell, erasure.CellsPerRow)
		for j := 0; j < erasure.CellsPerRow; j += 2 {
			cells[r][j] = &sq.Cells[r][j]
		}
	}
	back, err := c.RecoverBlob(sq.K, sq.Size, sq.Commitments, cells)
	fmt.Println(string(back), err)
}
