package kzg

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// naiveExtend is an independent oracle for the field extension: Lagrange
// interpolation through the points of the bit-reversed 2n-domain that hold
// the data, evaluated at the others. O(n^3); for small n only.
func naiveExtend(vals []fr.Element) []fr.Element {
	n := len(vals)
	w, _ := fr.Generator(uint64(2 * n))
	x := make([]fr.Element, 2*n)
	for i := range x {
		var e big.Int
		e.SetUint64(reverseBits(uint64(i)) >> (64 - log2(2*n)))
		x[i].Exp(w, &e)
	}
	out := append([]fr.Element(nil), vals...)
	for j := n; j < 2*n; j++ {
		var sum fr.Element
		for i := range n {
			l := fr.One()
			for m := range n {
				if m == i {
					continue
				}
				var num, den fr.Element
				num.Sub(&x[j], &x[m])
				den.Sub(&x[i], &x[m])
				den.Inverse(&den)
				l.Mul(&l, &num).Mul(&l, &den)
			}
			l.Mul(&l, &vals[i])
			sum.Add(&sum, &l)
		}
		out = append(out, sum)
	}
	return out
}

func mulG1(s *fr.Element) bls12381.G1Affine {
	_, _, g1, _ := bls12381.Generators()
	var p bls12381.G1Affine
	var b big.Int
	p.ScalarMultiplication(&g1, s.BigInt(&b))
	return p
}

// TestExtendG1MatchesFieldExtension checks ExtendG1 on points s_i*G
// against the field extension of the s_i (naive interpolation and
// erasure.Extend).
func TestExtendG1MatchesFieldExtension(t *testing.T) {
	r := testRand(t)
	for _, n := range []int{1, 2, 4, 8, 32} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			s := make([]fr.Element, n)
			pts := make([]bls12381.G1Affine, n)
			for i := range s {
				s[i] = randElement(r)
				pts[i] = mulG1(&s[i])
			}
			want, err := erasure.Extend(s)
			if err != nil {
				t.Fatal(err)
			}
			if n <= 8 {
				naive := naiveExtend(s)
				for i := range naive {
					if !naive[i].Equal(&want[i]) {
						t.Fatalf("erasure.Extend and naive interpolation disagree at %d", i)
					}
				}
			}
			got, err := ExtendG1(pts)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2*n {
				t.Fatalf("got %d points", len(got))
			}
			for i := range got {
				if p := mulG1(&want[i]); !got[i].Equal(&p) {
					t.Fatalf("point %d is not the extension", i)
				}
			}
		})
	}
}

// TestExtendG1ParityRows builds k data rows, extends every element-column
// over Fr, and checks that ExtendG1 of the data rows' commitments and of
// each cell index's proofs gives the commitments and FK20 proofs computed
// directly on the parity rows.
func TestExtendG1ParityRows(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	// Four data rows, proven once; k = 1, 2, 4 use the first k of them.
	// Under the race detector k = 4 is skipped (ExtendG1 of 4 points is
	// covered by TestExtendG1MatchesFieldExtension).
	maxK := 4
	if raceEnabled {
		maxK = 2
	}
	dataRows := make([][]fr.Element, maxK)
	dataComs := make([]bls12381.G1Affine, maxK)
	dataProofs := make([][]Proof, maxK)
	for i := range dataRows {
		dataRows[i] = randomRow(r)
		com, _, p, err := c.ProveRow(dataRows[i])
		if err != nil {
			t.Fatal(err)
		}
		if dataComs[i], err = com.Point(); err != nil {
			t.Fatal(err)
		}
		dataProofs[i] = p
	}
	for k := 1; k <= maxK; k *= 2 {
		t.Run(fmt.Sprintf("k=%d", k), func(t *testing.T) {
			rows := make([][]fr.Element, 2*k)
			copy(rows, dataRows[:k])
			for i := k; i < 2*k; i++ {
				rows[i] = make([]fr.Element, rowLen)
			}
			col := make([]fr.Element, k)
			for e := range rowLen {
				for i := range k {
					col[i] = rows[i][e]
				}
				ext, err := erasure.Extend(col)
				if err != nil {
					t.Fatal(err)
				}
				for i := k; i < 2*k; i++ {
					rows[i][e] = ext[i]
				}
			}
			coms := make([]bls12381.G1Affine, 2*k)
			proofs := make([][]Proof, 2*k)
			copy(coms, dataComs[:k])
			copy(proofs, dataProofs[:k])
			for i := k; i < 2*k; i++ {
				com, _, p, err := c.ProveRow(rows[i])
				if err != nil {
					t.Fatal(err)
				}
				if coms[i], err = com.Point(); err != nil {
					t.Fatal(err)
				}
				proofs[i] = p
			}
			got, err := ExtendG1(coms[:k])
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if !got[i].Equal(&coms[i]) {
					t.Fatalf("commitment of row %d: extension differs from direct commitment", i)
				}
			}
			for j := range cellsPerRow {
				data := make([]bls12381.G1Affine, k)
				for i := range k {
					if data[i], err = proofs[i][j].Point(); err != nil {
						t.Fatal(err)
					}
				}
				ext, err := ExtendG1(data)
				if err != nil {
					t.Fatal(err)
				}
				for i := k; i < 2*k; i++ {
					if ProofFromPoint(&ext[i]) != proofs[i][j] {
						t.Fatalf("proof of row %d cell %d: extension differs from FK20 on the parity row", i, j)
					}
				}
			}
		})
	}
}

func TestExtendG1Errors(t *testing.T) {
	for _, n := range []int{0, 3, 6, 12, MaxExtension * 2} {
		if _, err := ExtendG1(make([]bls12381.G1Affine, n)); !errors.Is(err, ErrExtensionSize) {
			t.Errorf("n=%d: got %v", n, err)
		}
	}
	// The identity extends to the identity.
	out, err := ExtendG1(make([]bls12381.G1Affine, 4))
	if err != nil {
		t.Fatal(err)
	}
	for i := range out {
		if !out[i].IsInfinity() {
			t.Fatalf("point %d of the extension of zeros is not the identity", i)
		}
	}
}

// TestCheckExtension accepts genuine extensions and rejects any single
// altered commitment.
func TestCheckExtension(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	_, _, g1, _ := bls12381.Generators()
	for _, k := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("k=%d", k), func(t *testing.T) {
			data := make([]bls12381.G1Affine, k)
			for i := range data {
				s := randElement(r)
				data[i] = mulG1(&s)
			}
			ext, err := ExtendG1(data)
			if err != nil {
				t.Fatal(err)
			}
			coms := make([]Commitment, 2*k)
			for i := range ext {
				coms[i] = CommitmentFromPoint(&ext[i])
			}
			for seed := range 3 {
				if err := c.CheckExtension(coms, [32]byte{byte(seed), byte(k)}); err != nil {
					t.Fatalf("genuine extension rejected (seed %d): %v", seed, err)
				}
			}
			for i := range coms {
				bad := append([]Commitment(nil), coms...)
				var p bls12381.G1Affine
				p.Add(&ext[i], &g1)
				bad[i] = CommitmentFromPoint(&p)
				if err := c.CheckExtension(bad, [32]byte{9}); !errors.Is(err, ErrNotExtension) {
					t.Fatalf("altered commitment %d accepted: %v", i, err)
				}
			}
			bad := append([]Commitment(nil), coms...)
			bad[2*k-1][0] &^= 0x80
			if err := c.CheckExtension(bad, [32]byte{}); !errors.Is(err, ErrInvalidCommitment) {
				t.Fatalf("undecodable commitment: got %v", err)
			}
		})
	}
	for _, n := range []int{0, 1, 3, 6} {
		if err := c.CheckExtension(make([]Commitment, n), [32]byte{}); !errors.Is(err, ErrExtensionSize) {
			t.Errorf("n=%d: got %v", n, err)
		}
	}
}
