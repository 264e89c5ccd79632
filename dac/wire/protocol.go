package wire

import (
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// The stream protocols a member serves. They are untyped string constants
// so that the package stays free of libp2p; they convert to libp2p's
// protocol.ID where a stream is opened or a handler set.
const (
	ProtocolDisperse = "/quire/disperse/1"
	ProtocolCells    = "/quire/cells/1"
	// ProtocolCellsV2 answers a CellsQuery: the header only when asked
	// for, so a light client downloads it once per blob (cells/1 sends it
	// with every answer; members serve both).
	ProtocolCellsV2 = "/quire/cells/2"
	ProtocolArchive = "/quire/archive/1"
)

// Frame bounds: the largest frame body (type byte included) a reader of
// each protocol step accepts before it allocates. Each holds the largest
// legitimate message exactly (TestFrameCaps).

// BeginFrameMax is the largest DisperseBegin frame body for blobs of up to
// maxRows data rows.
func BeginFrameMax(maxRows uint32) int {
	return 1 + 4 + dac.HeaderCoreSize + 2*int(maxRows)*dac.CommitmentSize + 1 + Columns
}

// ColumnFrameMax is the largest Column frame (length prefix and type byte
// included) for blobs of up to maxRows data rows.
func ColumnFrameMax(maxRows uint32) int {
	return FrameOverhead + ColumnSize(2*int(maxRows))
}

// ArchiveFrameMax is the exact ArchiveShard frame body a dispersal under
// header core c carries: 0 without an archive tier.
func ArchiveFrameMax(c *dac.HeaderCore) int {
	if c.ArchiveTotal == 0 || c.ArchiveData == 0 {
		return 0
	}
	size := erasure.ArchiveShardSize(int(c.Size), int(c.ArchiveData))
	return 1 + ArchiveShardLen(size, erasure.ArchiveProofDepth(int(c.ArchiveTotal)))
}

// ArchiveRequestFrameMax is the largest ArchiveRequest frame body.
const ArchiveRequestFrameMax = 1 + 32

// CellsRequestFrameMax is the largest CellsRequest frame body.
const CellsRequestFrameMax = 1 + 32 + 2 + 3*MaxRequestCells + 1 + Columns

// CellsQueryFrameMax is the largest CellsQuery frame body.
const CellsQueryFrameMax = CellsRequestFrameMax + 1

// CellsOpenFrameMax bounds the frame that opens a cells answer for blobs
// of up to maxRows data rows: a CellsHeader, a CellsCount or a rejection.
func CellsOpenFrameMax(maxRows uint32) int {
	return max(BeginFrameMax(maxRows), ReplyFrameMax)
}

// ReplyFrameMax bounds the frames a disperse client reads back: an
// attestation or a rejection naming up to MaxRejectCells cells.
const ReplyFrameMax = 1 + 2 + 8 + 2 + MaxMessageLen + 2 + 3*MaxRejectCells

// KZG returns the cell as a verification item against its row's
// commitment in commitments (a validated header's, so Row is in range).
func (it *CellItem) KZG(commitments []kzg.Commitment) kzg.CellItem {
	return kzg.CellItem{Commitment: commitments[it.Row], Index: int(it.Col), Cell: &it.Cell, Proof: it.Proof}
}

// KZG returns the column's i-th cell, which lies in row row (the header's
// StoredRows()[i]), as a verification item against that row's commitment
// in commitments.
func (c *Column) KZG(commitments []kzg.Commitment, i, row int) kzg.CellItem {
	return kzg.CellItem{Commitment: commitments[row], Index: int(c.Index), Cell: &c.Cells[i], Proof: c.Proofs[i]}
}

// SquareColumn returns column col of sq as a dispersal carries it under
// its header h: the cells and proofs of h.StoredRows(), top to bottom,
// copied; the known-zero rows are left out.
func SquareColumn(h *dac.Header, sq *kzg.Square, col uint8) *Column {
	rows := h.StoredRows()
	c := &Column{Index: col, Cells: make([]erasure.Cell, len(rows)), Proofs: make([]Proof, len(rows))}
	for i, r := range rows {
		c.Cells[i] = sq.Cells[r][col]
		c.Proofs[i] = sq.Proofs[r][col]
	}
	return c
}
