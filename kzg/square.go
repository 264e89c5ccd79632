package kzg

import (
	"errors"
	"fmt"
	"runtime"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/internal/merkle"
)

// Square is the extended data square of one blob: 2K rows of
// erasure.CellsPerRow cells, each with its KZG proof, and one commitment per
// row.
//
// Rows 0..K-1 are the data rows: row r's cells 0..63 hold the packed blob
// bytes (erasure.Pack), cells 64..127 the row's EIP-7594 extension; its
// commitment and cell proofs are what compute_cells_and_kzg_proofs gives
// for that row. Rows K..2K-1 are the parity rows: every element-column of
// the square is the Reed-Solomon extension (erasure.Extend, reverse-bit
// order) of its first K entries. By linearity, a parity row's commitment and
// proofs are the same extension applied, in G1, to the data rows'
// commitments and to the proofs of each cell index; Encode derives them that
// way, never by running FK20 on a parity row.
//
// Memory: each row's cells are one allocation of 256 KiB (128 cells of 64
// elements of 32 bytes), so a square costs 2K x 256 KiB for cells (128 MiB
// at K = 256, about 4.1x the 31 MiB blob), plus 2K x 128 x 48 bytes of
// proofs (3 MiB at K = 256).
type Square struct {
	// Size is the length of the blob in bytes.
	Size int
	// K is the number of data rows, erasure.RowsFor(Size).
	K int
	// Commitments holds the 2K row commitments, data rows first.
	Commitments []Commitment
	// Cells holds 2K rows of erasure.CellsPerRow cells.
	Cells [][]erasure.Cell
	// Proofs holds 2K rows of erasure.CellsPerRow cell proofs.
	Proofs [][]Proof
	// Root is the commitments root: the internal/merkle root over the 2K
	// commitments (leaf i = keccak256(Commitments[i])).
	Root [32]byte
}

// Rows returns the number of rows of the square, 2K.
func (s *Square) Rows() int { return 2 * s.K }

// Identity is the compressed encoding of the G1 identity (the point at
// infinity): 0xc0 followed by 47 zero bytes. It is the commitment of a
// zero row and every cell proof of one.
var Identity = [PointSize]byte{0xc0}

// IdentityCommitment is the commitment of a row of zeros.
var IdentityCommitment = Commitment(Identity)

// IdentityProof is every cell proof of a row of zeros.
var IdentityProof = Proof(Identity)

// KnownZero reports whether row of a square of a size-byte blob with k
// data rows is a known-zero row: a data row past the payload,
// erasure.PayloadRows(size) <= row < k. Such a row exists only because k
// is rounded up to a power of two; its cells are zero, its commitment and
// every cell proof the identity, and whoever knows size knows all of it,
// so it is never proven, sent, stored or sampled. Parity rows are never
// known-zero.
func KnownZero(size, k, row int) bool {
	return row < k && row >= erasure.PayloadRows(size)
}

// KnownZero reports whether row is a known-zero row of the square (see
// the function KnownZero).
func (s *Square) KnownZero(row int) bool { return KnownZero(s.Size, s.K, row) }

// Item returns the cell at (row, col) with its commitment and proof, ready
// for VerifyCells. row and col must be in range.
func (s *Square) Item(row, col int) CellItem {
	return CellItem{Commitment: s.Commitments[row], Index: col, Cell: &s.Cells[row][col], Proof: s.Proofs[row][col]}
}

// extendGroup is how many columns of proofs Encode extends in lockstep:
// one 8-lane multiplication (mulFixed8) per twiddle.
const extendGroup = 8

// rowGroup is how many of n data rows Encode proves together (fk20s): up
// to extendGroup, but few enough that every one of workers has a group.
func rowGroup(n, workers int) int {
	return max(1, min(extendGroup, (n+workers-1)/workers))
}

// ErrSquare is returned when the parameters of a square do not fit
// together: k not a power of two or not what the size packs into, the wrong
// number of commitments, a grid of cells of the wrong shape, a row index out
// of range. It is the caller's mistake; retrying cannot help.
var ErrSquare = errors.New("kzg: malformed square parameters")

// SquareOption configures Encode and RecoverBlob.
type SquareOption func(*squareConfig)

type squareConfig struct {
	workers  int
	maxRows  int
	progress func(EncodeStage)
}

// WithWorkers sets how many rows (or columns) are processed in parallel.
// n <= 0, the default, means runtime.GOMAXPROCS(0). The Context's own
// parallelism (WithParallelism) applies inside each row's FK20.
func WithWorkers(n int) SquareOption { return func(c *squareConfig) { c.workers = n } }

// WithMaxRows bounds k, the number of data rows; 0 (the default) means
// erasure.DefaultMaxRows.
func WithMaxRows(n int) SquareOption { return func(c *squareConfig) { c.maxRows = n } }

// WithProgress has Encode call fn, on the calling goroutine, as each stage
// completes, so that a caller can time the stages without this package
// reading a clock.
func WithProgress(fn func(EncodeStage)) SquareOption {
	return func(c *squareConfig) { c.progress = fn }
}

// EncodeStage names a stage of Encode, reported to WithProgress.
type EncodeStage int

const (
	// StagePacked: the blob is packed into the data cells of the k rows.
	StagePacked EncodeStage = iota + 1
	// StageDataRows: the data rows are committed, proven (FK20) and extended.
	StageDataRows
	// StageParity: the parity rows' cells (column extension), commitments
	// and proofs (G1 extension) and the commitments root are done.
	StageParity
)

func (s EncodeStage) String() string {
	switch s {
	case StagePacked:
		return "pack"
	case StageDataRows:
		return "data rows"
	case StageParity:
		return "parity"
	}
	return fmt.Sprintf("EncodeStage(%d)", int(s))
}

func newSquareConfig(opts []SquareOption) squareConfig {
	var cfg squareConfig
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.workers <= 0 {
		cfg.workers = runtime.GOMAXPROCS(0)
	}
	if cfg.maxRows <= 0 {
		cfg.maxRows = erasure.DefaultMaxRows
	}
	return cfg
}

func (cfg *squareConfig) report(s EncodeStage) {
	if cfg.progress != nil {
		cfg.progress(s)
	}
}

// Encode builds the extended square of data: it packs the blob into k data
// rows (straight into the square's cells), commits to each data row and
// computes its 128 cell proofs with FK20 and its extension with
// erasure.ExtendInto, rows in parallel; then it extends every column of
// cells with erasure.ExtendColumn for the k parity rows, and derives the
// parity rows' commitments and proofs with ExtendG1 (one extension of the k
// data commitments, one per cell index over the k data proofs). Columns are
// processed in parallel too.
//
// Known-zero rows (KnownZero: the data rows past the payload that rounding
// k up to a power of two adds) are skipped: their cells stay zero and
// their commitment and proofs are the identity, with no packing, FK20 or
// extension spent on them. A 1 MiB blob (9 payload rows, k = 16) costs
// 9 rows of FK20, not 16.
//
// Errors wrap erasure.ErrTooLarge when the blob needs more than the allowed
// rows (WithMaxRows).
func (c *Context) Encode(data []byte, opts ...SquareOption) (*Square, error) {
	cfg := newSquareConfig(opts)
	size := len(data)
	k := erasure.RowsFor(size)
	if k > cfg.maxRows {
		return nil, fmt.Errorf("%w: %d bytes need %d data rows, at most %d allowed", erasure.ErrTooLarge, size, k, cfg.maxRows)
	}
	rows := 2 * k
	sq := &Square{
		Size:        size,
		K:           k,
		Commitments: make([]Commitment, rows),
		Cells:       make([][]erasure.Cell, rows),
		Proofs:      make([][]Proof, rows),
	}
	for r := range sq.Cells {
		sq.Cells[r] = make([]erasure.Cell, cellsPerRow)
	}

	// Rows payload..k-1 are known-zero: their cells are already zero and
	// their commitment and proofs (the zero G1Affine, the identity) are
	// left as they are below.
	payload := erasure.PayloadRows(size)
	errs := make([]error, cfg.workers)
	parallelFor(payload, cfg.workers, func(w, lo, hi int) {
		for r := lo; r < hi && errs[w] == nil; r++ {
			// Cannot fail: k = RowsFor(size) and each row has 128 cells.
			errs[w] = erasure.PackCells(sq.Cells[r], data, r)
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	cfg.report(StagePacked)

	// Data rows: commitment, FK20 proofs and extension, as affine points
	// kept for the G1 extensions below.
	comPts := make([]bls12381.G1Affine, k)
	proofPts := make([][]bls12381.G1Affine, rows) // [row][cell]
	for r := payload; r < k; r++ {
		proofPts[r] = make([]bls12381.G1Affine, cellsPerRow) // identities
	}
	// Rows go in groups of up to extendGroup whose FK20 FFTs run in
	// lockstep (fk20s), as many groups as workers when there are few rows.
	group := rowGroup(payload, cfg.workers)
	parallelFor((payload+group-1)/group, cfg.workers, func(_, lo, hi int) {
		row := make([]fr.Element, rowLen)
		ext := make([]fr.Element, extLen)
		for g := lo; g < hi; g++ {
			r0, r1 := g*group, min((g+1)*group, payload)
			polys := make([][]fr.Element, 0, r1-r0)
			for r := r0; r < r1; r++ {
				cells := sq.Cells[r]
				for j := range erasure.DataCellsPerRow {
					copy(row[j*cellLen:], cells[j][:])
				}
				polys = append(polys, c.coefficients(row))
				if err := erasure.ExtendInto(ext, row); err != nil {
					panic("kzg: extending a data row: " + err.Error()) // fixed lengths
				}
				for j := erasure.DataCellsPerRow; j < cellsPerRow; j++ {
					copy(cells[j][:], ext[j*cellLen:])
				}
			}
			coms, proofs := c.fk20s(polys)
			copy(comPts[r0:r1], coms)
			copy(proofPts[r0:r1], proofs)
		}
	})
	cfg.report(StageDataRows)

	// Parity: cells by column extension, proofs by G1 extension of each
	// cell index's data proofs, commitments likewise.
	for r := k; r < rows; r++ {
		proofPts[r] = make([]bls12381.G1Affine, cellsPerRow)
	}
	// Columns go in groups of extendGroup, extended in lockstep.
	groups := (cellsPerRow + extendGroup - 1) / extendGroup
	parallelFor(groups, cfg.workers, func(w, lo, hi int) {
		for g := lo; g < hi; g++ {
			j0, j1 := g*extendGroup, min((g+1)*extendGroup, cellsPerRow)
			pts := make([][]bls12381.G1Affine, j1-j0)
			for j := j0; j < j1; j++ {
				col := make([]*erasure.Cell, rows)
				for r := range col {
					col[r] = &sq.Cells[r][j]
				}
				if err := erasure.ExtendColumn(col); err != nil {
					panic("kzg: extending a column: " + err.Error()) // fixed lengths
				}
				pts[j-j0] = make([]bls12381.G1Affine, k)
				for r := range k {
					pts[j-j0][r] = proofPts[r][j]
				}
			}
			ext, err := extendG1s(pts)
			if err != nil {
				errs[w] = err // only for k > MaxExtension
				return
			}
			for j := j0; j < j1; j++ {
				for r := k; r < rows; r++ {
					proofPts[r][j] = ext[j-j0][r]
				}
			}
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	comExt, err := ExtendG1(comPts)
	if err != nil {
		return nil, err
	}
	parallelFor(rows, cfg.workers, func(_, lo, hi int) {
		for r := lo; r < hi; r++ {
			sq.Commitments[r] = CommitmentFromPoint(&comExt[r])
			sq.Proofs[r] = encodeProofs(proofPts[r])
		}
	})
	sq.Root = CommitmentsRoot(sq.Commitments)
	cfg.report(StageParity)
	return sq, nil
}

// CommitmentsRoot returns the commitments root of a list of row
// commitments: the internal/merkle root with leaf i = keccak256 of the 48
// bytes of commitments[i] and node = keccak256(left || right). For a square
// (2k commitments, a power of two) no padding occurs.
func CommitmentsRoot(commitments []Commitment) [32]byte {
	return commitmentTree(commitments).Root()
}

func commitmentTree(commitments []Commitment) *merkle.Tree {
	leaves := make([][]byte, len(commitments))
	for i := range commitments {
		leaves[i] = commitments[i][:]
	}
	return merkle.New(leaves)
}

// CommitmentProof returns the Merkle proof that row's commitment is leaf
// row under s.Root: log2(2K) sibling hashes, leaf level first. Errors wrap
// ErrSquare for a row out of range.
func (s *Square) CommitmentProof(row int) ([][32]byte, error) {
	return CommitmentProof(s.Commitments, row)
}

// CommitmentProof returns the Merkle proof that commitments[row] is leaf
// row under CommitmentsRoot(commitments), from the commitments alone (a
// blob header's, say): log2 of the padded count of sibling hashes, leaf
// level first. Errors wrap ErrSquare for a row out of range.
func CommitmentProof(commitments []Commitment, row int) ([][32]byte, error) {
	p, err := commitmentTree(commitments).Proof(row)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSquare, err)
	}
	return p, nil
}

// ErrCommitmentProof is returned by VerifyCommitmentProof when the proof
// does not place the commitment at that row under the root.
var ErrCommitmentProof = errors.New("kzg: commitment is not in the commitments root")

// VerifyCommitmentProof checks that com is the commitment of row in a
// square with k data rows whose commitments root is root, given the proof
// from CommitmentProof. It is the check an L1 contract performs (see
// internal/merkle); the proof must have exactly log2(2k) hashes. Errors wrap
// ErrSquare for bad k or row and ErrCommitmentProof for a proof that fails.
func VerifyCommitmentProof(root [32]byte, k, row int, com Commitment, proof [][32]byte) error {
	if !isPow2(k) {
		return fmt.Errorf("%w: k = %d is not a power of two", ErrSquare, k)
	}
	if row < 0 || row >= 2*k {
		return fmt.Errorf("%w: row %d not in [0, %d)", ErrSquare, row, 2*k)
	}
	if len(proof) != log2(2*k) {
		return fmt.Errorf("%w: proof has %d hashes, a %d-row square needs %d", ErrCommitmentProof, len(proof), 2*k, log2(2*k))
	}
	if !merkle.Verify(root, com[:], uint64(row), log2(2*k), proof) {
		return ErrCommitmentProof
	}
	return nil
}
