package node

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// TestKnownZeroRows: a blob of three payload rows in k = 4 (row 3 is
// known-zero). Its columns arrive without row 3, the member stores only
// the other seven rows, answers reads of row 3 from the header (a zero cell
// with the identity proof, which verifies), and refuses columns that carry
// row 3 and headers whose row-3 commitment is not the identity.
func TestKnownZeroRows(t *testing.T) {
	tn := newTestNet(t, 4, 2, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sq := testSquare(t, zeroFixture)
	if sq.K != 4 || !sq.KnownZero(3) || sq.KnownZero(2) || sq.KnownZero(4) {
		t.Fatalf("fixture %d: k=%d, want row 3 alone known-zero", zeroFixture, sq.K)
	}
	const m = 0

	t.Run("columns carrying the known-zero cells", func(t *testing.T) {
		h := tn.header(sq, 1)
		var cols []*wire.Column
		for _, c := range tn.custodyOf(h, m) {
			col := &wire.Column{Index: c}
			for r := range sq.Rows() {
				col.Cells = append(col.Cells, sq.Cells[r][c])
				col.Proofs = append(col.Proofs, sq.Proofs[r][c])
			}
			cols = append(cols, col)
		}
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		rej := wantCode(t, err, wire.CodeMalformed)
		if !strings.Contains(rej.Message, "known-zero") {
			t.Fatalf("rejection %q does not name the known-zero rows", rej.Message)
		}
		tn.assertNothingStored(m, h)
	})
	t.Run("known-zero row committed to something else", func(t *testing.T) {
		// Another row's real commitment in row 3, the root recomputed: a
		// disperser that would have members sign for a non-zero row 3.
		h := tn.header(sq, 1)
		h.Commitments[3] = h.Commitments[0]
		h.Core.CommitmentsRoot = dac.CommitmentsRoot(h.Commitments)
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, columns(sq, tn.custodyOf(h, m)))
		rej := wantCode(t, err, wire.CodeBadHeader)
		if !strings.Contains(rej.Message, "known-zero") {
			t.Fatalf("rejection %q does not name the known-zero row", rej.Message)
		}
		tn.assertNothingStored(m, h)
	})

	h := tn.header(sq, 1)
	res, err := tn.disperseTo(ctx, sq, h, m)
	if err != nil {
		t.Fatal(err)
	}
	tn.checkAttestation(res, h, m)
	custody := tn.custodyOf(h, m)
	store := tn.nodes[m].Store()
	for _, col := range custody {
		if _, err := store.Cell(h.BlobID(), 3, col); !errors.Is(err, ErrNotFound) {
			t.Fatalf("known-zero cell (3, %d) in the store: %v", col, err)
		}
		if _, err := store.Cell(h.BlobID(), 4, col); err != nil {
			t.Fatalf("parity cell (4, %d): %v", col, err)
		}
	}
	st, err := tn.nodes[m].Stats()
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(len(custody) * 7 * cellValueSize); st.HotBytes != want {
		t.Fatalf("hot bytes %d, want %d (7 of 8 rows of %d columns)", st.HotBytes, want, len(custody))
	}

	// Reads: a known-zero cell is answered from the header, a whole column
	// comes back with all 2k rows; both verify against the header.
	col := custody[0]
	req := &wire.CellsRequest{Blob: h.BlobID(), Cells: []wire.CellRef{{Row: 2, Col: col}, {Row: 3, Col: col}}}
	stranger := tn.newStranger(ctx, 0)
	items, err := p2p.FetchKnownCells(ctx, stranger, tn.nodes[m].AddrInfo(), req, h, tn.kzg)
	if err != nil || len(items) != 2 {
		t.Fatalf("%d cells, %v", len(items), err)
	}
	if items[1].Cell != (erasure.Cell{}) || items[1].Proof != kzg.IdentityProof || items[0].Cell != sq.Cells[2][col] {
		t.Fatal("cells differ from the square")
	}
	colReq := &wire.CellsRequest{Blob: h.BlobID(), Columns: custody[:2]}
	_, got, err := p2p.FetchCells(ctx, tn.disperser, tn.nodes[m].AddrInfo(), colReq, 256, tn.kzg)
	if err != nil || len(got) != 2*sq.Rows() {
		t.Fatalf("columns: %d cells, %v", len(got), err)
	}
	for _, it := range got {
		if it.Cell != sq.Cells[it.Row][it.Col] || it.Proof != sq.Proofs[it.Row][it.Col] {
			t.Fatalf("column cell (%d, %d) differs from the square", it.Row, it.Col)
		}
	}
}
