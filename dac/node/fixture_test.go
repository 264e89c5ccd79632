package node

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Test blobs come from fixtures: for each data row, its commitment and 128
// FK20 cell proofs as kzg.Encode made them (testdata/squares). Everything
// else is rebuilt here with the cheap public pieces (packing, row and
// column extension, G1 extension), exactly as Encode derives it, so the
// tests pay neither FK20's table construction (about a minute under -race)
// nor its proving. TestFixturesMatchEncoder checks them against Encode
// outside -race and -short; go test -run TestFixturesMatchEncoder -update
// rewrites them.

var update = flag.Bool("update", false, "rewrite the square fixtures from kzg.Encode")

// fixtureSizes are the blob sizes of the fixtures: three one-row blobs, a
// two-row one, and three payload rows in k = 4 (row 3 known-zero).
var fixtureSizes = []int{1000, 40_000, erasure.RowPayloadBytes, erasure.RowPayloadBytes + 5000, 2*erasure.RowPayloadBytes + 3000}

// zeroFixture is the fixture with a known-zero row.
const zeroFixture = 4

// fixtureBlob returns the bytes of fixture blob i.
func fixtureBlob(i int) []byte {
	rng := rand.New(rand.NewPCG(uint64(i), 0x9e3779b97f4a7c15))
	b := make([]byte, fixtureSizes[i])
	for j := range b {
		b[j] = byte(rng.Uint32())
	}
	return b
}

func fixturePath(i int) string {
	return filepath.Join("testdata", "squares", fmt.Sprintf("blob%d.bin", i))
}

var (
	squareMu    sync.Mutex
	squareCache = map[int]*kzg.Square{}
)

// testSquare returns fixture blob i's extended square, rebuilt from its
// stored data-row commitments and proofs. Callers must not modify it.
func testSquare(t testing.TB, i int) *kzg.Square {
	t.Helper()
	squareMu.Lock()
	defer squareMu.Unlock()
	if sq := squareCache[i]; sq != nil {
		return sq
	}
	raw, err := os.ReadFile(fixturePath(i))
	if err != nil {
		t.Fatalf("fixture %d: %v (regenerate with -run TestFixturesMatchEncoder -update)", i, err)
	}
	sq, err := rebuildSquare(fixtureBlob(i), raw)
	if err != nil {
		t.Fatalf("fixture %d: %v", i, err)
	}
	squareCache[i] = sq
	return sq
}

const rowFixtureSize = kzg.PointSize * (1 + erasure.CellsPerRow)

// rebuildSquare rebuilds a square from the blob and the fixture bytes (per
// data row: commitment, then 128 proofs).
func rebuildSquare(data, raw []byte) (*kzg.Square, error) {
	k := erasure.RowsFor(len(data))
	if len(raw) != k*rowFixtureSize {
		return nil, fmt.Errorf("fixture is %d bytes, want %d", len(raw), k*rowFixtureSize)
	}
	rows := 2 * k
	sq := &kzg.Square{Size: len(data), K: k, Commitments: make([]kzg.Commitment, rows),
		Cells: make([][]erasure.Cell, rows), Proofs: make([][]kzg.Proof, rows)}
	comPts := make([]bls12381.G1Affine, k)
	proofPts := make([][]bls12381.G1Affine, k)
	for r := range k {
		row := raw[r*rowFixtureSize:]
		var c kzg.Commitment
		copy(c[:], row)
		p, err := c.Point()
		if err != nil {
			return nil, err
		}
		comPts[r] = p
		proofPts[r] = make([]bls12381.G1Affine, erasure.CellsPerRow)
		for j := range erasure.CellsPerRow {
			var pr kzg.Proof
			copy(pr[:], row[kzg.PointSize*(1+j):])
			if proofPts[r][j], err = pr.Point(); err != nil {
				return nil, err
			}
		}
	}
	for r := range rows {
		sq.Cells[r] = make([]erasure.Cell, erasure.CellsPerRow)
		sq.Proofs[r] = make([]kzg.Proof, erasure.CellsPerRow)
	}
	// Data rows: pack, then extend each row.
	for r := range k {
		if err := erasure.PackCells(sq.Cells[r], data, r); err != nil {
			return nil, err
		}
		flat := make([]fr.Element, erasure.ElementsPerRow)
		for j := range erasure.DataCellsPerRow {
			copy(flat[j*erasure.ElementsPerCell:], sq.Cells[r][j][:])
		}
		out, err := erasure.Extend(flat)
		if err != nil {
			return nil, err
		}
		for j := erasure.DataCellsPerRow; j < erasure.CellsPerRow; j++ {
			copy(sq.Cells[r][j][:], out[j*erasure.ElementsPerCell:])
		}
	}
	// Parity rows: cells by column extension, proofs and commitments by G1
	// extension.
	col := make([]*erasure.Cell, rows)
	pts := make([]bls12381.G1Affine, k)
	for j := range erasure.CellsPerRow {
		for r := range rows {
			col[r] = &sq.Cells[r][j]
		}
		if err := erasure.ExtendColumn(col); err != nil {
			return nil, err
		}
		for r := range k {
			pts[r] = proofPts[r][j]
		}
		e, err := kzg.ExtendG1(pts)
		if err != nil {
			return nil, err
		}
		for r := range rows {
			sq.Proofs[r][j] = kzg.ProofFromPoint(&e[r])
		}
	}
	e, err := kzg.ExtendG1(comPts)
	if err != nil {
		return nil, err
	}
	for r := range rows {
		sq.Commitments[r] = kzg.CommitmentFromPoint(&e[r])
	}
	sq.Root = kzg.CommitmentsRoot(sq.Commitments)
	return sq, nil
}

// TestFixturesMatchEncoder checks every fixture square against kzg.Encode
// of the same blob, cell for cell (or rewrites the fixtures with -update).
func TestFixturesMatchEncoder(t *testing.T) {
	if (testing.Short() || raceEnabled) && !*update {
		t.Skip("FK20 tables are slow to build; checked in the plain run")
	}
	ctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	for i := range fixtureSizes {
		want, err := ctx.Encode(fixtureBlob(i))
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			var raw []byte
			for r := range want.K {
				raw = append(raw, want.Commitments[r][:]...)
				for j := range erasure.CellsPerRow {
					raw = append(raw, want.Proofs[r][j][:]...)
				}
			}
			if err := os.MkdirAll(filepath.Dir(fixturePath(i)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(fixturePath(i), raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got := testSquare(t, i)
		if got.K != want.K || got.Root != want.Root {
			t.Fatalf("fixture %d: k=%d root %x, encoder k=%d root %x", i, got.K, got.Root, want.K, want.Root)
		}
		for r := range want.Rows() {
			if got.Commitments[r] != want.Commitments[r] {
				t.Fatalf("fixture %d: commitment %d differs", i, r)
			}
			for j := range erasure.CellsPerRow {
				gb, wb := got.Cells[r][j].Bytes(), want.Cells[r][j].Bytes()
				if !bytes.Equal(gb[:], wb[:]) || got.Proofs[r][j] != want.Proofs[r][j] {
					t.Fatalf("fixture %d: cell (%d, %d) differs", i, r, j)
				}
			}
		}
	}
}
