package kzg

import (
	"crypto/rand"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// Subgroup checks of many proofs at once.
//
// Every decoded point must lie in G1, the subgroup of prime order r of
// E(Fp); E(Fp) is G1 times a part H of odd order h (the cofactor, whose
// smallest prime factor is 3). The per-point check (gnark's, Scott's
// endomorphism test) costs about 126 doublings. For a member's custody
// check of a thousand proofs, subgroupCheckRandom instead tests 128 random
// subset sums of the points: if some point P has a non-zero H part, then
// in each sum, whatever the other points chosen, at most one of the two
// choices for P (in or out) leaves the sum's H part zero, so the sum
// fails its check with probability at least 1/2, independently per sum
// (the choices come from crypto/rand after the points are fixed). All 128
// sums pass with probability at most 2^-128, the same bound as the random
// weights of the pairing check. Random linear combinations with larger
// coefficients would not do: an H part of order 3 vanishes whenever its
// coefficient is divisible by 3.

// subgroupRounds is the number of random subset sums subgroupCheckRandom
// tests: the error probability is 2^-subgroupRounds.
const subgroupRounds = 128

// subgroupBatchMin is the number of proofs from which VerifyCells checks
// their subgroup membership with subgroupCheckRandom: its cost is 16
// batched affine additions per point plus a fixed part (the folds, about
// 8,000 additions, and 128 checks of sums), against one check (about 126
// Jacobian doublings) per point; it breaks even at about 230 points.
const subgroupBatchMin = 256

// subgroupCheckRandom reports whether all pts, which must be on the curve,
// lie in G1; a false true has probability at most 2^-subgroupRounds.
// Points at infinity are in G1. It runs on the caller's goroutine.
//
// The 128 sums are built 8 at a time: within a group of 8 sums, each point
// goes into the bucket of its 8-bit membership pattern (one batched affine
// addition per point and group, instead of about 4), and the 8 sums are
// read off the 255 buckets by folding: the sum whose bit is the top one
// is the sum of the upper half of the buckets, then the upper half is
// added onto the lower half and the next bit is read the same way.
func subgroupCheckRandom(pts []bls12381.G1Affine) bool {
	sel := make([]byte, len(pts)*subgroupGroups)
	rand.Read(sel) // never fails (crypto/rand, Go 1.24+)
	for _, s := range subsetSums(pts, sel) {
		if !s.IsInSubGroup() {
			return false
		}
	}
	return true
}

// subgroupGroups is the number of groups of 8 sums.
const subgroupGroups = subgroupRounds / 8

// subsetSums returns the subgroupRounds subset sums of pts selected by
// sel: byte g of point i's subgroupGroups bytes says which of the 8 sums
// of group g contain it. Sum (7-b)*subgroupGroups+g holds the points with
// bit b of their byte g set.
func subsetSums(pts []bls12381.G1Affine, sel []byte) []bls12381.G1Jac {
	const groups = subgroupGroups
	a := newBucketAdder(groups*256, msmVarBatch)
	for i := range pts {
		for g, v := range sel[i*groups : (i+1)*groups] {
			if v != 0 {
				a.insert(g*256+int(v), &pts[i], false)
			}
		}
	}
	a.finish()
	sums := make([]bls12381.G1Jac, 0, subgroupRounds)
	for half := 128; half >= 1; half /= 2 {
		// For every group: the sum of the pattern bit log2(half) is the
		// sum of buckets [half, 2*half); then fold them onto [0, half).
		for g := range groups {
			var s bls12381.G1Jac
			s.X.SetOne()
			s.Y.SetOne() // Z = 0: infinity
			for u := half; u < 2*half; u++ {
				if b := g*256 + u; a.full[b] {
					s.AddMixed(&a.pts[b])
				}
			}
			sums = append(sums, s)
		}
		if half == 1 {
			break
		}
		// One batch per fold: every target bucket receives one point.
		for g := range groups {
			for u := range half {
				if b := g*256 + half + u; a.full[b] {
					a.insert(g*256+u, &a.pts[b], false)
				}
			}
		}
		a.finish()
	}
	return sums
}
