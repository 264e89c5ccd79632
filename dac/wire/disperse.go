package wire

import (
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Protocol bounds.
const (
	// Columns is the number of columns of the extended square.
	Columns = erasure.CellsPerRow
	// MaxColumnCells is the most cells one column carries: 2k for the
	// codec's largest k.
	MaxColumnCells = 2 * dac.MaxEncodedRows
	// MaxMessageLen bounds a rejection's human-readable message.
	MaxMessageLen = 512
	// MaxRejectCells bounds the cells a rejection names.
	MaxRejectCells = 4096
	// ProofSize is the size of a compressed G1 cell proof.
	ProofSize = kzg.PointSize
)

// Proof is a KZG cell proof, a compressed G1 point.
type Proof = kzg.Proof

// CellRef names one cell of the extended square.
type CellRef struct {
	Row uint16 // 0..2k-1
	Col uint8  // 0..127
}

func (c CellRef) less(o CellRef) bool {
	return c.Row < o.Row || (c.Row == o.Row && c.Col < o.Col)
}

// DisperseBegin opens a dispersal: the header and the columns that follow
// (strictly ascending). It is small, so a member can refuse the dispersal
// before the columns are sent.
type DisperseBegin struct {
	Header  dac.Header
	Columns []uint8
}

// Type implements Message.
func (*DisperseBegin) Type() Type { return TypeDisperseBegin }

// AppendBinary appends: u32 header length, header encoding, u8 column
// count, the column indexes.
func (m *DisperseBegin) AppendBinary(b []byte) ([]byte, error) {
	start := len(b)
	b, err := appendHeader(b, &m.Header)
	if err != nil {
		return b, err
	}
	if len(m.Columns) == 0 {
		return b[:start], fmt.Errorf("wire: dispersal with no columns")
	}
	b, err = appendColumns(b, m.Columns)
	if err != nil {
		return b[:start], err
	}
	return b, nil
}

// UnmarshalBinary implements Message.
func (m *DisperseBegin) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	h := d.header()
	cols := d.columns("columns")
	if d.err == nil && len(cols) == 0 {
		d.fail("dispersal with no columns")
	}
	if err := d.done(); err != nil {
		return err
	}
	m.Header, m.Columns = h, cols
	return nil
}

// Column carries one column of the extended square: the cells of column
// Index in the rows the header's StoredRows() lists (every row but the
// known-zero ones, 2k - z cells), top to bottom, with their proofs. The
// codec does not know the header; a member rejects a column whose cell
// count is not len(StoredRows()), so a column carrying known-zero cells
// is refused.
type Column struct {
	Index  uint8
	Cells  []erasure.Cell
	Proofs []Proof
}

// ColumnSize returns the encoded size of a column of rows cells.
func ColumnSize(rows int) int { return 1 + 2 + rows*(erasure.BytesPerCell+ProofSize) }

// Type implements Message.
func (*Column) Type() Type { return TypeColumn }

// AppendBinary appends: u8 index, u16 cell count n, n cells of 2048 bytes,
// n proofs of 48 bytes.
func (m *Column) AppendBinary(b []byte) ([]byte, error) {
	n := len(m.Cells)
	if int(m.Index) >= Columns || n == 0 || n > MaxColumnCells || len(m.Proofs) != n {
		return b, fmt.Errorf("wire: column %d with %d cells and %d proofs", m.Index, n, len(m.Proofs))
	}
	b = append(b, m.Index, byte(n>>8), byte(n))
	for i := range m.Cells {
		b = appendCell(b, &m.Cells[i])
	}
	for i := range m.Proofs {
		b = append(b, m.Proofs[i][:]...)
	}
	return b, nil
}

// UnmarshalBinary implements Message. Every cell element must be canonical.
func (m *Column) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	idx := d.u8("column index")
	if int(idx) >= Columns {
		d.fail("column %d out of range", idx)
	}
	n := int(d.u16("cell count"))
	if d.err == nil && (n == 0 || n > MaxColumnCells) {
		d.fail("%d cells in a column, want 1..%d", n, MaxColumnCells)
	}
	if !d.need(n*(erasure.BytesPerCell+ProofSize), "cells") {
		return d.err
	}
	cells := make([]erasure.Cell, n)
	for i := range cells {
		d.cell(&cells[i], "cell")
	}
	proofs := make([]Proof, n)
	for i := range proofs {
		copy(proofs[i][:], d.take(ProofSize, "proof"))
	}
	if err := d.done(); err != nil {
		return err
	}
	m.Index, m.Cells, m.Proofs = idx, cells, proofs
	return nil
}

// Attestation is a member's signature over the attest message of a header
// it has verified and stored.
type Attestation struct {
	HeaderHash dac.HeaderHash
	Epoch      uint64
	Member     uint16 // the signer's index in the epoch's member list
	Signature  [48]byte
}

// Type implements Message.
func (*Attestation) Type() Type { return TypeAttestation }

// AppendBinary appends: header hash, u64 epoch, u16 member, signature.
func (m *Attestation) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, m.HeaderHash[:]...)
	b = append(b, byte(m.Epoch>>56), byte(m.Epoch>>48), byte(m.Epoch>>40), byte(m.Epoch>>32),
		byte(m.Epoch>>24), byte(m.Epoch>>16), byte(m.Epoch>>8), byte(m.Epoch))
	b = append(b, byte(m.Member>>8), byte(m.Member))
	return append(b, m.Signature[:]...), nil
}

// UnmarshalBinary implements Message.
func (m *Attestation) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	var a Attestation
	copy(a.HeaderHash[:], d.take(32, "header hash"))
	a.Epoch = d.u64("epoch")
	a.Member = d.u16("member")
	copy(a.Signature[:], d.take(48, "signature"))
	if err := d.done(); err != nil {
		return err
	}
	*m = a
	return nil
}

// Rejection refuses a request with a stable code.
type Rejection struct {
	Code    Code
	Epoch   uint64    // the member's current epoch (meaningful for CodeWrongEpoch)
	Message string    // human-readable detail, at most MaxMessageLen bytes
	Cells   []CellRef // for CodeBadCells: the failing cells, strictly ascending
}

// Type implements Message.
func (*Rejection) Type() Type { return TypeRejection }

// AppendBinary appends: u16 code, u64 epoch, u16 message length, message,
// u16 cell count, cells (u16 row, u8 col each).
func (m *Rejection) AppendBinary(b []byte) ([]byte, error) {
	if m.Code == 0 {
		return b, fmt.Errorf("wire: rejection without a code")
	}
	if len(m.Message) > MaxMessageLen {
		return b, fmt.Errorf("wire: rejection message of %d bytes", len(m.Message))
	}
	if err := checkCellRefs(m.Cells, MaxRejectCells); err != nil {
		return b, err
	}
	b = append(b, byte(m.Code>>8), byte(m.Code))
	b = append(b, byte(m.Epoch>>56), byte(m.Epoch>>48), byte(m.Epoch>>40), byte(m.Epoch>>32),
		byte(m.Epoch>>24), byte(m.Epoch>>16), byte(m.Epoch>>8), byte(m.Epoch))
	b = append(b, byte(len(m.Message)>>8), byte(len(m.Message)))
	b = append(b, m.Message...)
	return appendCellRefs(b, m.Cells), nil
}

// UnmarshalBinary implements Message.
func (m *Rejection) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	var r Rejection
	r.Code = Code(d.u16("code"))
	if d.err == nil && r.Code == 0 {
		d.fail("rejection without a code")
	}
	r.Epoch = d.u64("epoch")
	n := int(d.u16("message length"))
	if d.err == nil && n > MaxMessageLen {
		d.fail("message of %d bytes", n)
	}
	r.Message = string(d.take(n, "message"))
	r.Cells = d.cellRefs("cells", MaxRejectCells)
	if err := d.done(); err != nil {
		return err
	}
	*m = r
	return nil
}

// Err returns the rejection as a *RejectError.
func (m *Rejection) Err() *RejectError {
	return &RejectError{Code: m.Code, Message: m.Message, Epoch: m.Epoch, Cells: m.Cells}
}

func checkCellRefs(refs []CellRef, max int) error {
	if len(refs) > max {
		return fmt.Errorf("wire: %d cells, at most %d", len(refs), max)
	}
	for i, r := range refs {
		if int(r.Col) >= Columns || int(r.Row) >= MaxColumnCells {
			return fmt.Errorf("wire: cell (%d, %d) out of range", r.Row, r.Col)
		}
		if i > 0 && !refs[i-1].less(r) {
			return fmt.Errorf("wire: cells not strictly ascending at %d", i)
		}
	}
	return nil
}

func appendCellRefs(b []byte, refs []CellRef) []byte {
	b = append(b, byte(len(refs)>>8), byte(len(refs)))
	for _, r := range refs {
		b = append(b, byte(r.Row>>8), byte(r.Row), r.Col)
	}
	return b
}

func (d *decoder) cellRefs(what string, max int) []CellRef {
	n := int(d.u16(what + " count"))
	if d.err == nil && n > max {
		d.fail("%s: %d cells, at most %d", what, n, max)
	}
	if !d.need(3*n, what) || n == 0 {
		return nil
	}
	refs := make([]CellRef, n)
	for i := range refs {
		refs[i] = CellRef{Row: d.u16("row"), Col: d.u8("col")}
	}
	if err := checkCellRefs(refs, max); err != nil {
		d.fail("%s: %v", what, err)
	}
	return refs
}
