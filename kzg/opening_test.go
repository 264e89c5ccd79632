package kzg

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// TestEvaluationPoint checks the exported domain against the spec's
// definition computed independently: w^brp12(i) with
// w = g32^(2^20), g32 = 7^((r-1)/2^32) (the form an L1 contract computes
// with MODEXP), and that go-ethereum opens element i of a row there.
func TestEvaluationPoint(t *testing.T) {
	e := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	e.Rsh(e, 32)
	var g32 fr.Element
	g32.SetUint64(7)
	g32.Exp(g32, e)
	want := func(i int) fr.Element {
		rev := 0
		for b := range 12 {
			if i&(1<<b) != 0 {
				rev |= 1 << (11 - b)
			}
		}
		var z fr.Element
		z.Exp(g32, big.NewInt(int64(rev)<<20))
		return z
	}
	for _, i := range []int{0, 1, 2, 5, 7, 1000, 2048, 4095} {
		got, err := EvaluationPoint(i)
		if err != nil {
			t.Fatal(err)
		}
		if w := want(i); !got.Equal(&w) {
			t.Errorf("EvaluationPoint(%d) = %s, want %s", i, got.String(), w.String())
		}
	}
	for _, i := range []int{-1, 4096} {
		if _, err := EvaluationPoint(i); !errors.Is(err, ErrElementIndex) {
			t.Errorf("EvaluationPoint(%d): %v, want ErrElementIndex", i, err)
		}
	}
	// The g32 of ROLLUP.md (and of the BlobReader contract).
	if g32.String() != "10238227357739495823651030575849232062558860180284477541189508159991286009131" {
		t.Errorf("g32 = %s", g32.String())
	}

	r := testRand(t)
	row := randomRow(r)
	blob := rowToBlob(row)
	for _, i := range []int{0, 1, 4095, r.IntN(rowLen)} {
		z, _ := EvaluationPoint(i)
		_, y, err := kzg4844.ComputeProof(blob, kzg4844.Point(z.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if want := row[i].Bytes(); [32]byte(y) != want {
			t.Errorf("geth opens element %d at EvaluationPoint to %x, want %x", i, y, want)
		}
	}
}

// TestComputeProofMatchesGeth compares ComputeProof (proof bytes and y) with
// go-ethereum's kzg4844.ComputeProof on random rows, at random points and
// at domain points (the special case), and checks that every proof passes
// both VerifyProof and kzg4844.VerifyProof. There are no compute_kzg_proof
// vectors in ../shared/testdata/ethereum-kzg (only verify_kzg_proof ones,
// which TestVectorsVerifyProof in vectors_test.go runs), so go-ethereum is the oracle here.
func TestComputeProofMatchesGeth(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	rows := 3
	if raceEnabled {
		rows = 1
	}
	for range rows {
		row := randomRow(r)
		blob := rowToBlob(row)
		com, err := c.Commit(row)
		if err != nil {
			t.Fatal(err)
		}
		zs := []fr.Element{randElement(r), randElement(r), {}}
		for _, i := range []int{0, 4095, r.IntN(rowLen)} {
			z, _ := EvaluationPoint(i)
			zs = append(zs, z)
		}
		for _, z := range zs {
			proof, y, err := c.ComputeProof(row, z)
			if err != nil {
				t.Fatal(err)
			}
			wantProof, wantY, err := kzg4844.ComputeProof(blob, kzg4844.Point(z.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if proof != Proof(wantProof) {
				t.Errorf("z=%s: proof %v, geth %x", z.String(), proof, wantProof)
			}
			if y.Bytes() != [32]byte(wantY) {
				t.Errorf("z=%s: y %x, geth %x", z.String(), y.Bytes(), wantY)
			}
			if err := c.VerifyProof(com, z, y, proof); err != nil {
				t.Errorf("z=%s: VerifyProof: %v", z.String(), err)
			}
			if err := kzg4844.VerifyProof(kzg4844.Commitment(com), kzg4844.Point(z.Bytes()), wantY, kzg4844.Proof(proof)); err != nil {
				t.Errorf("z=%s: geth VerifyProof: %v", z.String(), err)
			}
			var y1 fr.Element
			y1.SetOne()
			y1.Add(&y1, &y)
			if err := c.VerifyProof(com, z, y1, proof); !errors.Is(err, ErrVerify) {
				t.Errorf("z=%s: wrong y verifies: %v", z.String(), err)
			}
		}
	}
}

// TestComputeProofAt checks the element form: the proof opens element i to
// row[i], and not to anything else.
func TestComputeProofAt(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	row := randomRow(r)
	com, err := c.Commit(row)
	if err != nil {
		t.Fatal(err)
	}
	i := r.IntN(rowLen)
	p, err := c.ComputeProofAt(row, i)
	if err != nil {
		t.Fatal(err)
	}
	z, _ := EvaluationPoint(i)
	if err := c.VerifyProof(com, z, row[i], p); err != nil {
		t.Fatalf("element %d: %v", i, err)
	}
	other, _ := EvaluationPoint((i + 1) % rowLen)
	if err := c.VerifyProof(com, other, row[i], p); !errors.Is(err, ErrVerify) {
		t.Fatalf("proof for element %d verifies at element %d: %v", i, (i+1)%rowLen, err)
	}
	if _, err := c.ComputeProofAt(row, rowLen); !errors.Is(err, ErrElementIndex) {
		t.Fatalf("index 4096: %v", err)
	}
	if _, _, err := c.ComputeProof(row[:10], z); !errors.Is(err, ErrRowSize) {
		t.Fatalf("short row: %v", err)
	}
}
