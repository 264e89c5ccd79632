package kzg

import (
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// commitWindow is the window size of the Commit table: 22 windows of 12
// bits, 2048 buckets, 4096*22 affine points (8.3 MiB).
const commitWindow = 12

// commitBatch is the number of affine additions sharing one inversion.
const commitBatch = 256

// commitTable returns the fixed-base table over the Lagrange points,
// building it on first use.
func (c *Context) commitTable() *fixedBaseTable {
	c.commitOnce.Do(func() {
		jac := make([]bls12381.G1Jac, rowLen)
		for i := range jac {
			jac[i].FromAffine(&c.s.g1Lagrange[i])
		}
		c.commitTab = buildFixedBaseTable(jac, commitWindow, 1, c.par())
	})
	return c.commitTab
}

// Commit returns the KZG commitment to a row of 4096 evaluations in
// EIP-4844 blob order (bit-reversed evaluation domain): the same bytes as
// blob_to_kzg_commitment. Errors wrap ErrRowSize.
func (c *Context) Commit(row []fr.Element) (Commitment, error) {
	if err := checkRow(row); err != nil {
		return Commitment{}, err
	}
	p := c.commitPoint(row)
	return CommitmentFromPoint(&p), nil
}

// commitPoint is sum row[i] * L_i, by the fixed-base bucket method.
func (c *Context) commitPoint(row []fr.Element) bls12381.G1Affine {
	t := c.commitTable()
	workers := min(c.par(), 4)
	partial := make([]bls12381.G1Jac, workers)
	nb := 1 << (t.c - 1)
	parallelFor(len(row), workers, func(wk, lo, hi int) {
		a := newBucketAdder(nb, commitBatch)
		digits := make([]int16, t.nw)
		for i := lo; i < hi; i++ {
			signedDigits(&row[i], t.c, digits)
			for w, d := range digits {
				switch {
				case d > 0:
					a.insert(int(d)-1, t.at(i, w), false)
				case d < 0:
					a.insert(int(-d)-1, t.at(i, w), true)
				}
			}
		}
		a.finish()
		partial[wk] = a.reduce(0, nb)
	})
	sum := partial[0]
	for i := 1; i < len(partial); i++ {
		sum.AddAssign(&partial[i])
	}
	var out bls12381.G1Affine
	out.FromJacobian(&sum)
	return out
}
