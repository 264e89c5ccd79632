package dac

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// ErrOpening is returned when an Opening cannot be built, decoded or
// verified: bad indices or lengths, a malformed encoding, a commitment not
// in the root, or an element proof that does not verify. The same input
// always fails the same way.
var ErrOpening = errors.New("dac: bad opening")

// Opening is what an L1 contract (contracts/BlobReader.sol) needs to read
// elements of one row of a certified blob: the blob core the blob ID
// hashes, the row commitment with its Merkle proof against
// CommitmentsRoot, and each element's value with its KZG opening proof at
// kzg.EvaluationPoint(element).
type Opening struct {
	Version         uint8
	Size            uint64
	K               uint32
	CommitmentsRoot [32]byte

	Row        uint32 // < 2K; rows K..2K-1 are parity
	Commitment Commitment
	RowProof   [][32]byte // log2(2K) hashes, leaf level first

	Elements []OpenedElement // ascending, distinct indices
}

// OpenedElement is one element of the opening's row: its index in the row
// (< 4096), its 32-byte big-endian value and the KZG proof of it.
type OpenedElement struct {
	Index uint16
	Value [32]byte
	Proof kzg.Proof
}

// BlobID returns the blob ID the opening's core hashes to.
func (o *Opening) BlobID() BlobID { return ComputeBlobID(o.Version, o.Size, o.K, o.CommitmentsRoot) }

// Payload returns the 31 blob bytes element e carries (its low 31 bytes).
func (e *OpenedElement) Payload() [erasure.PayloadBytesPerElement]byte {
	return erasure.Payload(e.Value)
}

// RowValues returns the 4096 values of row r of the extended square of a
// blob whose k data rows are given (as erasure.Pack returns them): data
// row r itself for r < k, and for a parity row (k <= r < 2k) the column
// Reed-Solomon extension (erasure.Extend) of each element across the data
// rows. Errors wrap ErrOpening.
func RowValues(data [][]fr.Element, r int) ([]fr.Element, error) {
	k := len(data)
	if k == 0 || k&(k-1) != 0 || r < 0 || r >= 2*k {
		return nil, fmt.Errorf("%w: row %d of a square with %d data rows", ErrOpening, r, k)
	}
	if r < k {
		return data[r], nil
	}
	out := make([]fr.Element, erasure.ElementsPerRow)
	col := make([]fr.Element, k)
	for e := range out {
		for i := range col {
			col[i] = data[i][e]
		}
		ext, err := erasure.Extend(col)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrOpening, err)
		}
		out[e] = ext[r]
	}
	return out, nil
}

// OpenElements builds the opening of the given elements of row `row`,
// whose 4096 values are rowValues (see RowValues), for the blob described
// by h. The commitment proof comes from the header alone. Errors wrap
// ErrOpening or the kzg errors.
func OpenElements(kctx *kzg.Context, h *Header, row int, rowValues []fr.Element, elements []int) (*Opening, error) {
	if len(elements) == 0 {
		return nil, fmt.Errorf("%w: no elements", ErrOpening)
	}
	proof, err := h.CommitmentProof(row)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrOpening, err)
	}
	o := &Opening{
		Version: h.Core.Version, Size: h.Core.Size, K: h.Core.K, CommitmentsRoot: h.Core.CommitmentsRoot,
		Row: uint32(row), Commitment: h.Commitments[row], RowProof: proof,
	}
	sorted := slices.Clone(elements)
	slices.Sort(sorted)
	for i, e := range sorted {
		if i > 0 && e == sorted[i-1] {
			return nil, fmt.Errorf("%w: element %d twice", ErrOpening, e)
		}
		p, err := kctx.ComputeProofAt(rowValues, e)
		if err != nil {
			return nil, fmt.Errorf("%w: element %d: %v", ErrOpening, e, err)
		}
		o.Elements = append(o.Elements, OpenedElement{Index: uint16(e), Value: rowValues[e].Bytes(), Proof: p})
	}
	return o, nil
}

// OpenBytes builds the opening of blob bytes [offset, offset+n) from the
// blob's bytes and header: the elements that carry them (erasure.Locate),
// which must all lie in one data row (a range that crosses rows needs one
// opening per row). Only that row is packed and opened. Errors wrap
// ErrOpening.
func OpenBytes(kctx *kzg.Context, h *Header, data []byte, offset, n int) (*Opening, error) {
	if n < 1 || offset < 0 || offset+n > len(data) || uint64(len(data)) != h.Core.Size {
		return nil, fmt.Errorf("%w: bytes [%d, %d) of a %d-byte blob (header size %d)", ErrOpening, offset, offset+n, len(data), h.Core.Size)
	}
	first, _ := erasure.Locate(offset)
	last, _ := erasure.Locate(offset + n - 1)
	if first.Row != last.Row {
		return nil, fmt.Errorf("%w: bytes [%d, %d) span rows %d to %d", ErrOpening, offset, offset+n, first.Row, last.Row)
	}
	lo := first.Row * erasure.RowPayloadBytes
	hi := min(lo+erasure.RowPayloadBytes, len(data))
	rows, err := erasure.Pack(data[lo:hi], 1)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrOpening, err)
	}
	elements := make([]int, 0, last.Element-first.Element+1)
	for e := first.Element; e <= last.Element; e++ {
		elements = append(elements, e)
	}
	return OpenElements(kctx, h, first.Row, rows[0], elements)
}

// Bytes returns blob bytes [offset, offset+n) from the opened elements of
// a data row; every byte must be carried by an opened element. Errors wrap
// ErrOpening.
func (o *Opening) Bytes(offset, n int) ([]byte, error) {
	if n < 0 || offset < 0 || uint64(offset+n) > o.Size {
		return nil, fmt.Errorf("%w: bytes [%d, %d) of a %d-byte blob", ErrOpening, offset, offset+n, o.Size)
	}
	out := make([]byte, 0, n)
	for b := offset; b < offset+n; b++ {
		p, _ := erasure.Locate(b)
		if p.Row != int(o.Row) {
			return nil, fmt.Errorf("%w: byte %d is in row %d, the opening is of row %d", ErrOpening, b, p.Row, o.Row)
		}
		i, ok := slices.BinarySearchFunc(o.Elements, uint16(p.Element), func(e OpenedElement, t uint16) int { return int(e.Index) - int(t) })
		if !ok {
			return nil, fmt.Errorf("%w: byte %d is in element %d, which is not opened", ErrOpening, b, p.Element)
		}
		pl := o.Elements[i].Payload()
		out = append(out, pl[p.Byte])
	}
	return out, nil
}

// Verify checks the opening off chain as BlobReader.sol does on chain,
// except for the certification: the commitment is row Row under
// CommitmentsRoot (exactly log2(2K) hashes), and every element opens to its
// value. Errors wrap ErrOpening, kzg.ErrCommitmentProof or kzg.ErrVerify.
func (o *Opening) Verify(kctx *kzg.Context) error {
	if err := o.check(); err != nil {
		return err
	}
	core := HeaderCore{K: o.K, CommitmentsRoot: o.CommitmentsRoot}
	if err := core.VerifyCommitmentProof(int(o.Row), o.Commitment, o.RowProof); err != nil {
		return fmt.Errorf("%w: %w", ErrOpening, err)
	}
	for _, e := range o.Elements {
		z, _ := kzg.EvaluationPoint(int(e.Index))
		var y fr.Element
		if err := y.SetBytesCanonical(e.Value[:]); err != nil {
			return fmt.Errorf("%w: element %d: value not canonical", ErrOpening, e.Index)
		}
		if err := kctx.VerifyProof(o.Commitment, z, y, e.Proof); err != nil {
			return fmt.Errorf("%w: element %d: %w", ErrOpening, e.Index, err)
		}
	}
	return nil
}

// check validates the shape: k a power of two up to MaxEncodedRows, row
// below 2k, log2(2k) hashes, 1 to 4096 ascending distinct elements below
// 4096 with canonical values.
func (o *Opening) check() error {
	k := o.K
	if k == 0 || k&(k-1) != 0 || k > MaxEncodedRows {
		return fmt.Errorf("%w: k=%d", ErrOpening, k)
	}
	if o.Row >= 2*k {
		return fmt.Errorf("%w: row %d of %d", ErrOpening, o.Row, 2*k)
	}
	if want := openingDepth(k); len(o.RowProof) != want {
		return fmt.Errorf("%w: %d commitment proof hashes, want %d", ErrOpening, len(o.RowProof), want)
	}
	if len(o.Elements) == 0 || len(o.Elements) > erasure.ElementsPerRow {
		return fmt.Errorf("%w: %d elements", ErrOpening, len(o.Elements))
	}
	for i, e := range o.Elements {
		if int(e.Index) >= erasure.ElementsPerRow || (i > 0 && e.Index <= o.Elements[i-1].Index) {
			return fmt.Errorf("%w: element indices must be ascending, distinct and below 4096 (position %d: %d)", ErrOpening, i, e.Index)
		}
		var y fr.Element
		if err := y.SetBytesCanonical(e.Value[:]); err != nil {
			return fmt.Errorf("%w: element %d: value not canonical", ErrOpening, e.Index)
		}
	}
	return nil
}

func openingDepth(k uint32) int {
	d := 0
	for (uint64(1) << d) < 2*uint64(k) {
		d++
	}
	return d
}

// openingFormat is the first byte of an encoded Opening.
const openingFormat = 1

// MarshalBinary encodes the opening canonically (big-endian):
//
//	format (1 byte, 1) | version (1) | size (8) | k (4) | commitmentsRoot (32)
//	| row (4) | commitment (48) | log2(2k) hashes (32 each)
//	| n (2) | n x (index (2) | value (32) | proof (48))
//
// The hash count follows from k, so it is not written. It fails with
// ErrOpening for an opening that check rejects.
func (o *Opening) MarshalBinary() ([]byte, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 1+1+8+4+32+4+kzg.PointSize+32*len(o.RowProof)+2+len(o.Elements)*(2+32+kzg.PointSize))
	b = append(b, openingFormat, o.Version)
	b = binary.BigEndian.AppendUint64(b, o.Size)
	b = binary.BigEndian.AppendUint32(b, o.K)
	b = append(b, o.CommitmentsRoot[:]...)
	b = binary.BigEndian.AppendUint32(b, o.Row)
	b = append(b, o.Commitment[:]...)
	for _, h := range o.RowProof {
		b = append(b, h[:]...)
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(o.Elements)))
	for _, e := range o.Elements {
		b = binary.BigEndian.AppendUint16(b, e.Index)
		b = append(b, e.Value[:]...)
		b = append(b, e.Proof[:]...)
	}
	return b, nil
}

// UnmarshalBinary decodes MarshalBinary's encoding, rejecting anything
// else: another format byte, a shape check rejects, or trailing bytes.
// Points are not decoded (the KZG check or the precompile does that).
// Errors wrap ErrOpening.
func (o *Opening) UnmarshalBinary(b []byte) error {
	r := openingReader{b: b}
	if f := r.take(1); f == nil || f[0] != openingFormat {
		return fmt.Errorf("%w: not an opening of format %d", ErrOpening, openingFormat)
	}
	var d Opening
	if v := r.take(1); v != nil {
		d.Version = v[0]
	}
	d.Size = r.u64()
	d.K = r.u32()
	copy(d.CommitmentsRoot[:], r.take(32))
	d.Row = r.u32()
	copy(d.Commitment[:], r.take(kzg.PointSize))
	if r.err != nil {
		return r.err
	}
	if d.K == 0 || d.K&(d.K-1) != 0 || d.K > MaxEncodedRows {
		return fmt.Errorf("%w: k=%d", ErrOpening, d.K)
	}
	d.RowProof = make([][32]byte, openingDepth(d.K))
	for i := range d.RowProof {
		copy(d.RowProof[i][:], r.take(32))
	}
	n := int(r.u16())
	if r.err != nil {
		return r.err
	}
	if n == 0 || n > erasure.ElementsPerRow || r.left() != n*(2+32+kzg.PointSize) {
		return fmt.Errorf("%w: %d elements in %d bytes", ErrOpening, n, r.left())
	}
	d.Elements = make([]OpenedElement, n)
	for i := range d.Elements {
		e := &d.Elements[i]
		e.Index = r.u16()
		copy(e.Value[:], r.take(32))
		copy(e.Proof[:], r.take(kzg.PointSize))
	}
	if r.err != nil {
		return r.err
	}
	if err := d.check(); err != nil {
		return err
	}
	*o = d
	return nil
}

type openingReader struct {
	b   []byte
	err error
}

func (r *openingReader) left() int { return len(r.b) }

func (r *openingReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated", ErrOpening)
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *openingReader) u16() uint16 {
	if v := r.take(2); v != nil {
		return binary.BigEndian.Uint16(v)
	}
	return 0
}

func (r *openingReader) u32() uint32 {
	if v := r.take(4); v != nil {
		return binary.BigEndian.Uint32(v)
	}
	return 0
}

func (r *openingReader) u64() uint64 {
	if v := r.take(8); v != nil {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}
