package samplertest

import (
	"embed"
	"fmt"
	"math/rand/v2"
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Test blobs: for each, the data rows' commitments and FK20 cell proofs as
// kzg.Encode made them live in testdata/squares; the rest of the square
// (data-row extension, parity rows by column extension, parity commitments
// and proofs by G1 extension) is rebuilt here from public pieces, the way
// Encode derives it, so tests pay for no FK20. TestFixturesMatchEncoder
// checks them against Encode (and rewrites them with -update).

// BlobSizes are the sizes of the test blobs: three with k = 1, one with
// k = 2, one with k = 4, and one with three payload rows in k = 4 (row 3
// known-zero, KnownZeroBlob).
var BlobSizes = []int{100_000, 60_000, 120_000, 200_000, 400_000, 300_000}

// KnownZeroBlob is the test blob whose square has a known-zero row.
const KnownZeroBlob = 5

//go:embed testdata/squares
var fixtures embed.FS

// Blob returns the bytes of test blob i.
func Blob(i int) []byte {
	rng := rand.New(rand.NewPCG(uint64(i)+1, 0x5a3b1e))
	b := make([]byte, BlobSizes[i])
	for j := range b {
		b[j] = byte(rng.Uint32())
	}
	return b
}

// FixtureName is the file under testdata/squares that holds blob i's data
// rows.
func FixtureName(i int) string { return fmt.Sprintf("blob%d.bin", i) }

// RowFixtureSize is the size of one data row's fixture: the commitment and
// then the 128 cell proofs.
const RowFixtureSize = kzg.PointSize * (1 + erasure.CellsPerRow)

// FixtureBytes returns the fixture bytes of a square (its data rows).
func FixtureBytes(sq *kzg.Square) []byte {
	var raw []byte
	for r := range sq.K {
		raw = append(raw, sq.Commitments[r][:]...)
		for j := range erasure.CellsPerRow {
			raw = append(raw, sq.Proofs[r][j][:]...)
		}
	}
	return raw
}

var (
	squareMu    sync.Mutex
	squareCache = map[int]*kzg.Square{}
)

// Square returns test blob i's extended square. It is shared: do not
// modify it (Clone first).
func Square(i int) (*kzg.Square, error) {
	squareMu.Lock()
	defer squareMu.Unlock()
	if sq := squareCache[i]; sq != nil {
		return sq, nil
	}
	if i < 0 || i >= len(BlobSizes) {
		return nil, fmt.Errorf("samplertest: no test blob %d", i)
	}
	raw, err := fixtures.ReadFile("testdata/squares/" + FixtureName(i))
	if err != nil {
		return nil, fmt.Errorf("samplertest: fixture %d: %w (regenerate: go test ./sampler/samplertest -run TestFixturesMatchEncoder -update)", i, err)
	}
	sq, err := Rebuild(Blob(i), raw)
	if err != nil {
		return nil, fmt.Errorf("samplertest: fixture %d: %w", i, err)
	}
	squareCache[i] = sq
	return sq, nil
}

// Rebuild builds a blob's extended square from its bytes and the fixture
// bytes of its data rows (per row: commitment, then 128 proofs).
func Rebuild(data, raw []byte) (*kzg.Square, error) {
	k := erasure.RowsFor(len(data))
	if len(raw) != k*RowFixtureSize {
		return nil, fmt.Errorf("fixture is %d bytes, want %d for k=%d", len(raw), k*RowFixtureSize, k)
	}
	rows := 2 * k
	sq := &kzg.Square{Size: len(data), K: k, Commitments: make([]kzg.Commitment, rows),
		Cells: make([][]erasure.Cell, rows), Proofs: make([][]kzg.Proof, rows)}
	for r := range rows {
		sq.Cells[r] = make([]erasure.Cell, erasure.CellsPerRow)
		sq.Proofs[r] = make([]kzg.Proof, erasure.CellsPerRow)
	}
	coms := make([]bls12381.G1Affine, k)
	proofs := make([][]bls12381.G1Affine, erasure.CellsPerRow) // by column, then data row
	for j := range proofs {
		proofs[j] = make([]bls12381.G1Affine, k)
	}
	for r := range k {
		off := r * RowFixtureSize
		var c kzg.Commitment
		copy(c[:], raw[off:])
		p, err := c.Point()
		if err != nil {
			return nil, fmt.Errorf("row %d commitment: %w", r, err)
		}
		coms[r] = p
		for j := range erasure.CellsPerRow {
			var pr kzg.Proof
			copy(pr[:], raw[off+kzg.PointSize*(1+j):])
			if proofs[j][r], err = pr.Point(); err != nil {
				return nil, fmt.Errorf("row %d proof %d: %w", r, j, err)
			}
		}
		// The data row: packed cells, then their extension.
		if err := erasure.PackCells(sq.Cells[r], data, r); err != nil {
			return nil, err
		}
		flat := make([]fr.Element, erasure.ElementsPerRow)
		for j := range erasure.DataCellsPerRow {
			copy(flat[j*erasure.ElementsPerCell:], sq.Cells[r][j][:])
		}
		ext, err := erasure.Extend(flat)
		if err != nil {
			return nil, err
		}
		for j := erasure.DataCellsPerRow; j < erasure.CellsPerRow; j++ {
			copy(sq.Cells[r][j][:], ext[j*erasure.ElementsPerCell:])
		}
	}
	// Parity rows: cells by column extension, proofs and commitments by
	// the same extension in G1.
	col := make([]*erasure.Cell, rows)
	for j := range erasure.CellsPerRow {
		for r := range rows {
			col[r] = &sq.Cells[r][j]
		}
		if err := erasure.ExtendColumn(col); err != nil {
			return nil, err
		}
		ext, err := kzg.ExtendG1(proofs[j])
		if err != nil {
			return nil, err
		}
		for r := range rows {
			sq.Proofs[r][j] = kzg.ProofFromPoint(&ext[r])
		}
	}
	ext, err := kzg.ExtendG1(coms)
	if err != nil {
		return nil, err
	}
	for r := range rows {
		sq.Commitments[r] = kzg.CommitmentFromPoint(&ext[r])
	}
	sq.Root = kzg.CommitmentsRoot(sq.Commitments)
	return sq, nil
}
