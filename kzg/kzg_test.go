package kzg

import (
	"encoding/hex"
	"flag"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/quire-da/quire/erasure"
)

var seedFlag = flag.Uint64("kzg.seed", 0, "random seed for kzg tests (0: time-based)")

var (
	seedOnce sync.Once
	seedVal  uint64
)

// testRand returns a deterministic generator for one test, derived from the
// run seed (logged, overridable with -kzg.seed) and the test name.
func testRand(t testing.TB) *rand.Rand {
	seedOnce.Do(func() {
		seedVal = *seedFlag
		if seedVal == 0 {
			seedVal = uint64(time.Now().UnixNano())
		}
	})
	t.Logf("seed %d (rerun with -kzg.seed=%d)", seedVal, seedVal)
	var h uint64 = 1469598103934665603
	for _, b := range []byte(t.Name()) {
		h = (h ^ uint64(b)) * 1099511628211
	}
	return rand.New(rand.NewPCG(seedVal, h))
}

func hexPoint(b []byte) string { return "0x" + hex.EncodeToString(b) }

func testContext(t testing.TB) *Context {
	t.Helper()
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func randElement(r *rand.Rand) fr.Element {
	var b [32]byte
	for i := 0; i < 32; i += 8 {
		v := r.Uint64()
		for j := range 8 {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	var e fr.Element
	e.SetBytes(b[:]) // reduced mod r
	return e
}

func randomRow(r *rand.Rand) []fr.Element {
	row := make([]fr.Element, rowLen)
	for i := range row {
		row[i] = randElement(r)
	}
	return row
}

func rowToBlob(row []fr.Element) *kzg4844.Blob {
	var b kzg4844.Blob
	for i := range row {
		e := row[i].Bytes()
		copy(b[i*32:], e[:])
	}
	return &b
}

// TestRowMatchesGeth checks commitments, cells and proofs of random rows
// byte for byte against go-ethereum's crypto/kzg4844 (go-eth-kzg).
func TestRowMatchesGeth(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	sparse := make([]fr.Element, rowLen)
	sparse[r.IntN(rowLen)] = randElement(r)
	rows := map[string][]fr.Element{"random": randomRow(r), "one-nonzero": sparse}
	if raceEnabled {
		delete(rows, "one-nonzero") // TestProveRowStructured covers sparse rows
	}
	for name, row := range rows {
		t.Run(name, func(t *testing.T) {
			blob := rowToBlob(row)
			wantCom, err := kzg4844.BlobToCommitment(blob)
			if err != nil {
				t.Fatal(err)
			}
			wantProofs, err := kzg4844.ComputeCellProofs(blob)
			if err != nil {
				t.Fatal(err)
			}
			wantCells, err := kzg4844.ComputeCells([]kzg4844.Blob{*blob})
			if err != nil {
				t.Fatal(err)
			}
			com, err := c.Commit(row)
			if err != nil {
				t.Fatal(err)
			}
			if com != Commitment(wantCom) {
				t.Errorf("Commit = %v, geth %x", com, wantCom)
			}
			com2, cells, proofs, err := c.ProveRow(row)
			if err != nil {
				t.Fatal(err)
			}
			if com2 != Commitment(wantCom) {
				t.Errorf("ProveRow commitment = %v, geth %x", com2, wantCom)
			}
			if len(proofs) != cellsPerRow || len(cells) != cellsPerRow {
				t.Fatalf("got %d proofs, %d cells", len(proofs), len(cells))
			}
			for i := range proofs {
				if proofs[i] != Proof(wantProofs[i]) {
					t.Errorf("proof %d = %v, geth %x", i, proofs[i], wantProofs[i])
				}
				if got := cells[i].Bytes(); got != [erasure.BytesPerCell]byte(wantCells[i]) {
					t.Errorf("cell %d differs from geth", i)
				}
			}
		})
	}
}

// TestProveRowStructured runs rows with structure that stresses the bucket
// arithmetic (many equal digits, equal points, zeros) and checks them
// without go-ethereum: the commitment equals Commit (a different MSM over
// the Lagrange points), the data cells are the row, and all 128 proofs
// verify.
func TestProveRowStructured(t *testing.T) {
	c := testContext(t)
	r := testRand(t)
	v := randElement(r)
	rows := map[string]func(i int) fr.Element{
		"zero":      func(int) fr.Element { return fr.Element{} },
		"constant":  func(int) fr.Element { return v },
		"one":       func(int) fr.Element { return fr.One() },
		"two-level": func(i int) fr.Element { return [2]fr.Element{v, fr.One()}[i%2] },
		"minus-one": func(int) fr.Element { var m fr.Element; m.SetOne().Neg(&m); return m },
		"index":     func(i int) fr.Element { var e fr.Element; e.SetUint64(uint64(i)); return e },
	}
	if raceEnabled {
		delete(rows, "one")
		delete(rows, "minus-one")
		delete(rows, "index")
	}
	for name, f := range rows {
		t.Run(name, func(t *testing.T) {
			row := make([]fr.Element, rowLen)
			for i := range row {
				row[i] = f(i)
			}
			com, cells, proofs, err := c.ProveRow(row)
			if err != nil {
				t.Fatal(err)
			}
			if com2, _ := c.Commit(row); com2 != com {
				t.Fatalf("ProveRow commitment %v != Commit %v", com, com2)
			}
			for i := range cellsPerRow / 2 {
				for j := range cellLen {
					if cells[i][j] != row[i*cellLen+j] {
						t.Fatalf("data cell %d element %d is not the row element", i, j)
					}
				}
			}
			items := make([]CellItem, cellsPerRow)
			for k := range items {
				items[k] = CellItem{com, k, &cells[k], proofs[k]}
			}
			if err := c.VerifyCells(items); err != nil {
				t.Fatal(err)
			}
		})
	}
}
