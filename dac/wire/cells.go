package wire

import (
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
)

// Cells protocol bounds.
const (
	// MaxRequestCells bounds the individual cells one request names.
	MaxRequestCells = 1024
	// MaxBatchCells bounds the cells in one CellBatch frame (about 530 KiB).
	MaxBatchCells = 256
)

// MaxBatchSize is the largest CellBatch encoding.
const MaxBatchSize = 2 + MaxBatchCells*(3+erasure.BytesPerCell+ProofSize)

// CellsRequest asks a custodian for cells of one blob: individual cells
// (strictly ascending by row, then column) and whole columns (strictly
// ascending). At least one of the two is non-empty.
type CellsRequest struct {
	Blob    dac.BlobID
	Cells   []CellRef
	Columns []uint8
}

// Type implements Message.
func (*CellsRequest) Type() Type { return TypeCellsRequest }

// AppendBinary appends: blob ID, u16 cell count, cells (u16 row, u8 col),
// u8 column count, columns.
func (m *CellsRequest) AppendBinary(b []byte) ([]byte, error) {
	if len(m.Cells) == 0 && len(m.Columns) == 0 {
		return b, fmt.Errorf("wire: empty cells request")
	}
	if err := checkCellRefs(m.Cells, MaxRequestCells); err != nil {
		return b, err
	}
	start := len(b)
	b = append(b, m.Blob[:]...)
	b = appendCellRefs(b, m.Cells)
	b, err := appendColumns(b, m.Columns)
	if err != nil {
		return b[:start], err
	}
	return b, nil
}

// UnmarshalBinary implements Message.
func (m *CellsRequest) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	var r CellsRequest
	copy(r.Blob[:], d.take(32, "blob id"))
	r.Cells = d.cellRefs("cells", MaxRequestCells)
	r.Columns = d.columns("columns")
	if d.err == nil && len(r.Cells) == 0 && len(r.Columns) == 0 {
		d.fail("empty cells request")
	}
	if err := d.done(); err != nil {
		return err
	}
	*m = r
	return nil
}

// CellsHeader opens a successful cells answer: the blob's header (so the
// client can verify the cells against its commitments) and how many cells
// follow in CellBatch frames: the requested cells first, in request order,
// then each requested column top to bottom.
type CellsHeader struct {
	Header dac.Header
	Items  uint32
}

// Type implements Message.
func (*CellsHeader) Type() Type { return TypeCellsHeader }

// AppendBinary appends: u32 header length, header, u32 item count.
func (m *CellsHeader) AppendBinary(b []byte) ([]byte, error) {
	b, err := appendHeader(b, &m.Header)
	if err != nil {
		return b, err
	}
	return append(b, byte(m.Items>>24), byte(m.Items>>16), byte(m.Items>>8), byte(m.Items)), nil
}

// UnmarshalBinary implements Message.
func (m *CellsHeader) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	h := d.header()
	items := d.u32("items")
	if err := d.done(); err != nil {
		return err
	}
	m.Header, m.Items = h, items
	return nil
}

// CellItem is one cell with its position and proof.
type CellItem struct {
	CellRef
	Cell  erasure.Cell
	Proof Proof
}

// CellBatch carries up to MaxBatchCells cells with their proofs.
type CellBatch struct {
	Items []CellItem
}

// Type implements Message.
func (*CellBatch) Type() Type { return TypeCellBatch }

// AppendBinary appends: u16 count, then per cell u16 row, u8 col, cell,
// proof.
func (m *CellBatch) AppendBinary(b []byte) ([]byte, error) {
	n := len(m.Items)
	if n == 0 || n > MaxBatchCells {
		return b, fmt.Errorf("wire: batch of %d cells, want 1..%d", n, MaxBatchCells)
	}
	b = append(b, byte(n>>8), byte(n))
	for i := range m.Items {
		it := &m.Items[i]
		if int(it.Col) >= Columns || int(it.Row) >= MaxColumnCells {
			return b, fmt.Errorf("wire: cell (%d, %d) out of range", it.Row, it.Col)
		}
		b = append(b, byte(it.Row>>8), byte(it.Row), it.Col)
		b = appendCell(b, &it.Cell)
		b = append(b, it.Proof[:]...)
	}
	return b, nil
}

// UnmarshalBinary implements Message. Cells need not be sorted (they come
// in request order) but every element must be canonical.
func (m *CellBatch) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	n := int(d.u16("count"))
	if d.err == nil && (n == 0 || n > MaxBatchCells) {
		d.fail("batch of %d cells, want 1..%d", n, MaxBatchCells)
	}
	if !d.need(n*(3+erasure.BytesPerCell+ProofSize), "cells") {
		return d.err
	}
	items := make([]CellItem, n)
	for i := range items {
		it := &items[i]
		it.Row, it.Col = d.u16("row"), d.u8("col")
		if d.err == nil && (int(it.Col) >= Columns || int(it.Row) >= MaxColumnCells) {
			d.fail("cell (%d, %d) out of range", it.Row, it.Col)
		}
		d.cell(&it.Cell, "cell")
		copy(it.Proof[:], d.take(ProofSize, "proof"))
	}
	if err := d.done(); err != nil {
		return err
	}
	m.Items = items
	return nil
}

// CellsQuery is the request of /quire/cells/2. It is a CellsRequest that
// says whether the answer carries the blob's header: a client that already
// holds the header (checked against the certificate it has) asks for cells
// only, and one that does not asks for the header once, with or without
// cells. A query for the header alone names no cells and no columns.
type CellsQuery struct {
	Blob       dac.BlobID
	WantHeader bool
	Cells      []CellRef
	Columns    []uint8
}

// Type implements Message.
func (*CellsQuery) Type() Type { return TypeCellsQuery }

// Request returns the cells and columns the query asks for as a
// CellsRequest (which may be empty for a header-only query).
func (m *CellsQuery) Request() *CellsRequest {
	return &CellsRequest{Blob: m.Blob, Cells: m.Cells, Columns: m.Columns}
}

// AppendBinary appends: blob ID, u8 flags (bit 0: want the header; the
// other bits zero), u16 cell count, cells (u16 row, u8 col), u8 column
// count, columns.
func (m *CellsQuery) AppendBinary(b []byte) ([]byte, error) {
	if !m.WantHeader && len(m.Cells) == 0 && len(m.Columns) == 0 {
		return b, fmt.Errorf("wire: empty cells query")
	}
	if err := checkCellRefs(m.Cells, MaxRequestCells); err != nil {
		return b, err
	}
	start := len(b)
	b = append(b, m.Blob[:]...)
	var flags byte
	if m.WantHeader {
		flags = queryWantHeader
	}
	b = append(b, flags)
	b = appendCellRefs(b, m.Cells)
	b, err := appendColumns(b, m.Columns)
	if err != nil {
		return b[:start], err
	}
	return b, nil
}

// queryWantHeader is the CellsQuery flag asking for the header.
const queryWantHeader = 1

// UnmarshalBinary implements Message.
func (m *CellsQuery) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	var r CellsQuery
	copy(r.Blob[:], d.take(32, "blob id"))
	flags := d.u8("flags")
	if d.err == nil && flags&^queryWantHeader != 0 {
		d.fail("unknown query flags 0x%02x", flags)
	}
	r.WantHeader = flags&queryWantHeader != 0
	r.Cells = d.cellRefs("cells", MaxRequestCells)
	r.Columns = d.columns("columns")
	if d.err == nil && !r.WantHeader && len(r.Cells) == 0 && len(r.Columns) == 0 {
		d.fail("empty cells query")
	}
	if err := d.done(); err != nil {
		return err
	}
	*m = r
	return nil
}

// CellsCount opens a successful /quire/cells/2 answer to a query that did
// not ask for the header: how many cells follow in CellBatch frames, in
// the order CellsHeader describes. A query that asked for the header is
// answered with a CellsHeader instead.
type CellsCount struct {
	Items uint32
}

// Type implements Message.
func (*CellsCount) Type() Type { return TypeCellsCount }

// AppendBinary appends: u32 item count.
func (m *CellsCount) AppendBinary(b []byte) ([]byte, error) {
	return append(b, byte(m.Items>>24), byte(m.Items>>16), byte(m.Items>>8), byte(m.Items)), nil
}

// UnmarshalBinary implements Message.
func (m *CellsCount) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	items := d.u32("items")
	if err := d.done(); err != nil {
		return err
	}
	m.Items = items
	return nil
}
