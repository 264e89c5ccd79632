package kzg

import (
	"bytes"
	"flag"
	"os"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

var updateFK20 = flag.Bool("kzg.update-fk20", false, "rewrite fk20_bases.bin from the trusted setup")

// TestFK20BasesEmbedded recomputes the embedded FK20 bases P^v with G1
// FFTs and compares them byte for byte (all 64 blocks; two under -race),
// and checks that the load-time check rejects altered bases.
func TestFK20BasesEmbedded(t *testing.T) {
	c := testContext(t)
	blocks := []int{0, 1, 31, 63}
	if raceEnabled {
		blocks = []int{0, 63}
	}
	if !raceEnabled || *updateFK20 {
		blocks = blocks[:0]
		for v := range numBlocks {
			blocks = append(blocks, v)
		}
	}
	want := make([]byte, 0, numBlocks*fk20Size*PointSize)
	jac := make([]bls12381.G1Jac, fk20Size)
	aff := make([]bls12381.G1Affine, fk20Size)
	for _, v := range blocks {
		c.computeFK20Base(v, jac)
		batchToAffine(aff, jac)
		var blk []byte
		for i := range aff {
			b := aff[i].Bytes()
			blk = append(blk, b[:]...)
		}
		if *updateFK20 {
			want = append(want, blk...)
			continue
		}
		off := v * fk20Size * PointSize
		if len(fk20BasesBin) < off+len(blk) || !bytes.Equal(fk20BasesBin[off:off+len(blk)], blk) {
			t.Fatalf("embedded FK20 bases of block %d differ from the computed ones", v)
		}
	}
	if *updateFK20 {
		if err := os.WriteFile("fk20_bases.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skip("fk20_bases.bin rewritten; run the tests again without -kzg.update-fk20")
	}
	if _, ok := c.loadFK20Bases(fk20BasesBin, 2); !ok {
		t.Fatal("embedded FK20 bases rejected by the load-time check")
	}
	// Altered copies must be rejected.
	swap := bytes.Clone(fk20BasesBin)
	a, b := 5*PointSize, 700*PointSize
	tmp := bytes.Clone(swap[a : a+PointSize])
	copy(swap[a:], swap[b:b+PointSize])
	copy(swap[b:], tmp)
	other := bytes.Clone(fk20BasesBin)
	g := c.s.g1Monomial[7].Bytes()
	copy(other[4000*PointSize:], g[:])
	for name, bin := range map[string][]byte{
		"swapped": swap, "replaced": other, "short": fk20BasesBin[:len(fk20BasesBin)-1],
		"undecodable": append([]byte{0}, fk20BasesBin[1:]...),
	} {
		if _, ok := c.loadFK20Bases(bin, 1); ok {
			t.Errorf("%s bases accepted", name)
		}
	}
}
