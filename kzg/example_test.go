package kzg_test

import (
	"errors"
	"fmt"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// A disperser proves a data row; a receiver verifies the cells it got in
// one batched check and learns exactly which ones are bad.
func ExampleContext_ProveRow() {
	c, err := kzg.Default()
	if err != nil {
		panic(err)
	}
	row := make([]fr.Element, erasure.ElementsPerRow)
	for i := range row {
		row[i].SetUint64(uint64(i))
	}
	com, cells, proofs, err := c.ProveRow(row)
	if err != nil {
		panic(err)
	}
	items := []kzg.CellItem{
		{Commitment: com, Index: 3, Cell: &cells[3], Proof: proofs[3]},
		{Commitment: com, Index: 100, Cell: &cells[100], Proof: proofs[100]},
	}
	fmt.Println(len(cells), len(proofs), c.VerifyCells(items))

	cells[100][0].SetUint64(42) // corrupt one cell
	var bad *kzg.InvalidCellError
	err = c.VerifyCells(items)
	fmt.Println(errors.As(err, &bad), bad.Items, errors.Is(err, kzg.ErrVerify))
	// Output:
	// 128 128 <nil>
	// true [1] true
}

// Parity rows of the square get their commitments by extending the data
// rows' commitments in G1; a receiver checks that with one MSM.
func ExampleExtendG1() {
	c, err := kzg.Default()
	if err != nil {
		panic(err)
	}
	_, _, g1, _ := bls12381.Generators()
	var g2x bls12381.G1Affine
	g2x.Double(&g1)
	data := []bls12381.G1Affine{g1, g2x} // stand-ins for two row commitments
	all, err := kzg.ExtendG1(data)
	if err != nil {
		panic(err)
	}
	coms := make([]kzg.Commitment, len(all))
	for i := range all {
		coms[i] = kzg.CommitmentFromPoint(&all[i])
	}
	fmt.Println(len(all), all[0].Equal(&g1), c.CheckExtension(coms, [32]byte{1}))
	coms[3] = coms[2]
	fmt.Println(errors.Is(c.CheckExtension(coms, [32]byte{1}), kzg.ErrNotExtension))
	// Output:
	// 4 true <nil>
	// true
}
