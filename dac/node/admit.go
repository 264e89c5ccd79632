package node

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// The decisions of the disperse and cells handlers, as pure functions of
// values: what to expect, what to refuse and with which code. The handlers
// only move bytes around them.

// checkArchiveShard decides on the archive shard sent with a dispersal
// under core c to member: it must be shard number member, of the size the
// header implies, under the header's archive root.
func checkArchiveShard(c *dac.HeaderCore, member int, s *wire.ArchiveShard) *wire.Rejection {
	if int(s.Index) != member {
		return &wire.Rejection{Code: wire.CodeBadArchiveShard,
			Message: fmt.Sprintf("archive shard %d sent to member %d", s.Index, member)}
	}
	size := erasure.ArchiveShardSize(int(c.Size), int(c.ArchiveData))
	if err := erasure.VerifyArchiveShard(c.ArchiveRoot, int(c.ArchiveTotal), size, member, s.Data, s.Proof); err != nil {
		return &wire.Rejection{Code: wire.CodeBadArchiveShard, Message: clip(err.Error())}
	}
	return nil
}

// headerCode maps a Header.Validate or header decoding error to the
// rejection code a disperser sees.
func headerCode(err error) wire.Code {
	switch {
	case errors.Is(err, dac.ErrHeaderOversize):
		return wire.CodeOversize
	case errors.Is(err, dac.ErrWrongEpoch):
		return wire.CodeWrongEpoch
	case errors.Is(err, dac.ErrExpiry):
		return wire.CodeExpired
	default:
		return wire.CodeBadHeader
	}
}

// custodyColumns returns the columns member holds of blob id.
func custodyColumns(c dac.Custody, id dac.BlobID, member int) []uint8 {
	cols := c.Assign(id).Columns(member)
	out := make([]uint8, len(cols))
	for i, col := range cols {
		out[i] = uint8(col)
	}
	return out
}

// admission is an accepted DisperseBegin: who the node is in the header's
// epoch and which columns it expects next.
type admission struct {
	member   int
	expected []uint8
}

// admit decides on a DisperseBegin: the node must be a member of its
// current committee, the header must pass policy p (whose Epoch is the
// current epoch) and the announced columns must be exactly the node's
// custody columns for the blob.
func admit(st *epochState, begin *wire.DisperseBegin, p dac.HeaderPolicy) (*admission, *wire.Rejection) {
	if st == nil || st.self < 0 {
		var epoch uint64
		if st != nil {
			epoch = st.c.Epoch
		}
		return nil, &wire.Rejection{Code: wire.CodeUnknownCommittee, Epoch: epoch,
			Message: "this node is not a member of its current committee"}
	}
	h := &begin.Header
	if err := h.Validate(p); err != nil {
		return nil, &wire.Rejection{Code: headerCode(err), Epoch: st.c.Epoch, Message: clip(err.Error())}
	}
	want := custodyColumns(st.custody, h.BlobID(), st.self)
	if !slices.Equal(want, begin.Columns) {
		return nil, &wire.Rejection{Code: wire.CodeNotCustodian, Epoch: st.c.Epoch,
			Message: clip(fmt.Sprintf("member %d holds columns %v of this blob", st.self, want))}
	}
	return &admission{member: st.self, expected: want}, nil
}

// checkColumn checks that a received column is the expected one with a
// cell for each of the header's stored rows (2k less the known-zero rows):
// a column that carries the known-zero cells, or any other count, is
// malformed.
func checkColumn(c *wire.Column, want uint8, h *dac.Header) *wire.Rejection {
	if c.Index != want {
		return &wire.Rejection{Code: wire.CodeMalformed, Message: fmt.Sprintf("column %d sent where %d was announced", c.Index, want)}
	}
	k, d := 2*int(h.Core.K), h.PayloadRows()
	if n := len(h.StoredRows()); len(c.Cells) != n {
		return &wire.Rejection{Code: wire.CodeMalformed, Message: fmt.Sprintf(
			"column %d has %d cells, want %d (the %d rows less the %d known-zero rows %d..%d)",
			c.Index, len(c.Cells), n, k, k-n, d, k/2-1)}
	}
	return nil
}

// cellItems lays out the verification batch: column by column, top to
// bottom over the stored rows, each cell against its row's commitment.
func cellItems(h *dac.Header, cols []*wire.Column) []kzg.CellItem {
	rows := h.StoredRows()
	items := make([]kzg.CellItem, 0, len(rows)*len(cols))
	for _, c := range cols {
		for i, r := range rows {
			items = append(items, c.KZG(h.Commitments, i, r))
		}
	}
	return items
}

// badCells turns a VerifyCells failure over cellItems(h, cols) into a
// bad-cells rejection naming the failing (row, column) positions,
// ascending, at most wire.MaxRejectCells of them. stored is
// h.StoredRows().
func badCells(err error, stored []int, cols []*wire.Column) *wire.Rejection {
	rows := len(stored)
	rej := &wire.Rejection{Code: wire.CodeBadCells, Message: clip(err.Error())}
	var ice *kzg.InvalidCellError
	if !errors.As(err, &ice) {
		return rej
	}
	for _, i := range ice.Items {
		if i < 0 || i >= rows*len(cols) {
			continue
		}
		rej.Cells = append(rej.Cells, wire.CellRef{Row: uint16(stored[i%rows]), Col: cols[i/rows].Index})
	}
	slices.SortFunc(rej.Cells, func(a, b wire.CellRef) int {
		if c := cmp.Compare(a.Row, b.Row); c != 0 {
			return c
		}
		return cmp.Compare(a.Col, b.Col)
	})
	if len(rej.Cells) > wire.MaxRejectCells {
		rej.Cells = rej.Cells[:wire.MaxRejectCells]
	}
	return rej
}

// planRead decides on a cells request against what the store holds of the
// blob: the number of cells to send, or a rejection. Columns that are held
// but expired count as not held; a blob with no live column is not found.
func planRead(req *wire.CellsRequest, info *BlobInfo, live func(col uint8) bool) (int, *wire.Rejection) {
	rows := 2 * int(info.Header.Core.K)
	anyLive := false
	for col := range info.Columns {
		if live(col) {
			anyLive = true
			break
		}
	}
	if !anyLive {
		return 0, &wire.Rejection{Code: wire.CodeNotFound, Message: "blob expired"}
	}
	var missing []uint8
	need := func(col uint8) {
		if !live(col) && !slices.Contains(missing, col) {
			missing = append(missing, col)
		}
	}
	for _, c := range req.Cells {
		if int(c.Row) >= rows {
			return 0, &wire.Rejection{Code: wire.CodeMalformed, Message: fmt.Sprintf("row %d of a %d-row square", c.Row, rows)}
		}
		need(c.Col)
	}
	for _, col := range req.Columns {
		need(col)
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return 0, &wire.Rejection{Code: wire.CodeNotCustodian, Message: clip(fmt.Sprintf("columns %v not held", missing))}
	}
	return len(req.Cells) + len(req.Columns)*rows, nil
}

// zeroItem is a known-zero cell of the square (dac.Header.KnownZero): a
// zero cell with the identity proof, which a member answers from the
// header, never from its store.
func zeroItem(row uint16, col uint8) wire.CellItem {
	return wire.CellItem{CellRef: wire.CellRef{Row: row, Col: col}, Proof: kzg.IdentityProof}
}

// clip shortens a message to fit a rejection.
func clip(s string) string {
	if len(s) <= wire.MaxMessageLen {
		return s
	}
	return s[:wire.MaxMessageLen-3] + "..."
}
