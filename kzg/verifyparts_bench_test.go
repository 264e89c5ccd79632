package kzg

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// BenchmarkVerifyParts times the pieces of one batched cell check on one
// core: decoding a point (square root and subgroup check), the pairing
// check, and the multi-scalar multiplications of a 30-cell batch.
func BenchmarkVerifyParts(b *testing.B) {
	c := testContext(b)
	r := rand.New(rand.NewPCG(7, 8))
	pts := make([]bls12381.G1Affine, 30)
	raw := make([]Proof, 30)
	sc := make([]fr.Element, 64)
	for i := range sc {
		sc[i].MustSetRandom()
	}
	for i := range pts {
		var j bls12381.G1Jac
		_, _, g1, _ := bls12381.Generators()
		j.FromAffine(&g1)
		var s fr.Element
		s.SetUint64(r.Uint64())
		pts[i].ScalarMultiplication(&g1, s.BigInt(new(big.Int)))
		raw[i] = ProofFromPoint(&pts[i])
	}
	b.Run("decompress", func(b *testing.B) {
		defer startCPU().report(b)
		for i := 0; b.Loop(); i++ {
			if _, err := decompressG1((*[PointSize]byte)(&raw[i%30])); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("subgroup", func(b *testing.B) {
		defer startCPU().report(b)
		for i := 0; b.Loop(); i++ {
			if !pts[i%30].IsInSubGroup() {
				b.Fatal("not in G1")
			}
		}
	})
	b.Run("pairing2", func(b *testing.B) {
		defer startCPU().report(b)
		for b.Loop() {
			bls12381.PairingCheckFixedQ(pts[:2], [][2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff{c.linesG2Cell, c.linesG2One})
		}
	})
	cfg := ecc.MultiExpConfig{NbTasks: 1}
	b.Run("msm30", func(b *testing.B) {
		defer startCPU().report(b)
		var o bls12381.G1Affine
		for b.Loop() {
			o.MultiExp(pts, sc[:30], cfg)
		}
	})
	b.Run("msm64-monomial-gnark", func(b *testing.B) {
		defer startCPU().report(b)
		var o bls12381.G1Affine
		for b.Loop() {
			o.MultiExp(c.s.g1Monomial[:64], sc, cfg)
		}
	})
	b.Run("msm64-monomial-fixed", func(b *testing.B) {
		defer startCPU().report(b)
		for b.Loop() {
			c.interpTab.msm(sc)
		}
	})
}
