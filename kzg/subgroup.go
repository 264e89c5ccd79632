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
// their subgroup membership with subgroupCheckRandom: its cost is about
// 64 batched affine additions per point plus 128 checks of sums, against
// one check (about 126 Jacobian doublings) per point.
const subgroupBatchMin = 256

// subgroupCheckRandom reports whether all pts, which must be on the curve,
// lie in G1; a false true has probability at most 2^-subgroupRounds.
// Points at infinity are in G1. It runs on the caller's goroutine.
func subgroupCheckRandom(pts []bls12381.G1Affine) bool {
	const rowBytes = subgroupRounds / 8
	sel := make([]byte, len(pts)*rowBytes)
	rand.Read(sel) // never fails (crypto/rand, Go 1.24+)
	// The points of each sum, so that the additions can be scheduled in
	// sweeps that add at most one point to each sum: each sweep is one
	// batch of affine additions sharing one inversion, none spilling.
	lists := make([][]int32, subgroupRounds)
	for j := range lists {
		lists[j] = make([]int32, 0, len(pts)/2+len(pts)/8+1)
	}
	for i := range pts {
		row := sel[i*rowBytes : (i+1)*rowBytes]
		for j := range subgroupRounds {
			if row[j/8]>>(j%8)&1 == 1 {
				lists[j] = append(lists[j], int32(i))
			}
		}
	}
	a := newBucketAdder(subgroupRounds, subgroupRounds)
	for t := 0; ; t++ {
		more := false
		for j := range lists {
			if t < len(lists[j]) {
				a.insert(j, &pts[lists[j][t]], false)
				more = true
			}
		}
		if !more {
			break
		}
		a.flush()
	}
	a.finish()
	for j := range subgroupRounds {
		if a.full[j] && !a.pts[j].IsInSubGroup() {
			return false
		}
	}
	return true
}
