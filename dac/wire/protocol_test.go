package wire

import (
	"strings"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/kzg"
)

func TestFrameCaps(t *testing.T) {
	// The caps hold the largest legitimate messages exactly.
	h := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, K: 256}, Commitments: make([]kzg.Commitment, 512)}
	all := make([]uint8, 128)
	for i := range all {
		all[i] = uint8(i)
	}
	b, err := AppendFrame(nil, &DisperseBegin{Header: *h, Columns: all})
	if err != nil {
		t.Fatal(err)
	}
	if len(b)-4 != BeginFrameMax(256) {
		t.Fatalf("largest begin frame body %d, cap %d", len(b)-4, BeginFrameMax(256))
	}
	refs := make([]CellRef, MaxRequestCells)
	for i := range refs {
		refs[i] = CellRef{Row: uint16(i / 128), Col: uint8(i % 128)}
	}
	b, _ = AppendFrame(nil, &CellsRequest{Cells: refs, Columns: all})
	if len(b)-4 != CellsRequestFrameMax {
		t.Fatalf("largest cells request body %d, cap %d", len(b)-4, CellsRequestFrameMax)
	}
	b, _ = AppendFrame(nil, &CellsQuery{WantHeader: true, Cells: refs, Columns: all})
	if len(b)-4 != CellsQueryFrameMax {
		t.Fatalf("largest cells query body %d, cap %d", len(b)-4, CellsQueryFrameMax)
	}
	b, _ = AppendFrame(nil, &CellsHeader{Header: *h, Items: 1 << 20})
	if len(b)-4 > CellsOpenFrameMax(256) {
		t.Fatalf("largest cells header body %d above the cap %d", len(b)-4, CellsOpenFrameMax(256))
	}
	rej := &Rejection{Code: CodeBadCells, Message: strings.Repeat("x", MaxMessageLen), Cells: refs[:0]}
	for i := range MaxRejectCells {
		rej.Cells = append(rej.Cells, CellRef{Row: uint16(i / 128), Col: uint8(i % 128)})
	}
	b, err = AppendFrame(nil, rej)
	if err != nil || len(b)-4 != ReplyFrameMax {
		t.Fatalf("largest rejection body %d, cap %d (%v)", len(b)-4, ReplyFrameMax, err)
	}
}
