package kzg

import (
	"encoding/hex"
	"errors"
	"fmt"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// PointSize is the size of an encoded commitment or proof: a compressed G1
// point in the ZCash/Ethereum encoding.
const PointSize = 48

// Commitment is a KZG commitment to a row: a compressed G1 point in the
// ZCash/Ethereum encoding (the same bytes as EIP-4844's KZGCommitment).
type Commitment [PointSize]byte

// Proof is a KZG proof (here: an EIP-7594 cell proof): a compressed G1
// point in the same encoding as Commitment.
type Proof [PointSize]byte

// compression flags of the ZCash encoding (top three bits of byte 0).
const (
	flagCompressed = 0x80
	flagInfinity   = 0x40
	flagLargest    = 0x20
)

// decodeG1 decodes a compressed G1 point and checks that it is on the curve
// and in the prime-order subgroup. The point at infinity is accepted in its
// canonical form (0xc0 followed by zeros) only.
func decodeG1(b *[PointSize]byte) (bls12381.G1Affine, error) {
	p, err := decompressG1(b)
	if err != nil {
		return p, err
	}
	if !p.IsInfinity() && !p.IsInSubGroup() {
		return p, errors.New("point is not in the prime-order subgroup")
	}
	return p, nil
}

// decompressG1 decodes a compressed G1 point (ZCash encoding: flags in the
// top three bits of byte 0 - compressed, infinity, y is the larger root)
// without the subgroup check. The result is on the curve.
func decompressG1(b *[PointSize]byte) (bls12381.G1Affine, error) {
	var p bls12381.G1Affine
	flags := b[0] & 0xe0
	if flags&flagCompressed == 0 {
		return p, errors.New("compression flag not set")
	}
	if flags&flagInfinity != 0 {
		if flags&flagLargest != 0 {
			return p, errors.New("infinity with the sign flag set")
		}
		if b[0]&^0xe0 != 0 || !allZero(b[1:]) {
			return p, errors.New("non-canonical encoding of infinity")
		}
		return p, nil // (0, 0) is gnark's affine infinity
	}
	var x [PointSize]byte = *b
	x[0] &^= 0xe0
	if err := p.X.SetBytesCanonical(x[:]); err != nil {
		return p, errors.New("x is not a canonical field element")
	}
	var y2, four fp.Element
	four.SetUint64(4)
	y2.Square(&p.X).Mul(&y2, &p.X).Add(&y2, &four) // y^2 = x^3 + 4
	if p.Y.Sqrt(&y2) == nil {
		return p, errors.New("x is not on the curve")
	}
	if p.Y.LexicographicallyLargest() != (flags&flagLargest != 0) {
		p.Y.Neg(&p.Y)
	}
	return p, nil
}

func allZero(b []byte) bool {
	for _, v := range b {
		if v != 0 {
			return false
		}
	}
	return true
}

func encodeG1(p *bls12381.G1Affine) [PointSize]byte { return p.Bytes() }

// ParseCommitment decodes a commitment from exactly 48 bytes, checking that
// it is a valid compressed G1 point in the subgroup. Errors wrap
// ErrInvalidCommitment.
func ParseCommitment(b []byte) (Commitment, error) {
	var c Commitment
	if len(b) != PointSize {
		return c, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidCommitment, len(b), PointSize)
	}
	copy(c[:], b)
	if _, err := c.Point(); err != nil {
		return Commitment{}, err
	}
	return c, nil
}

// ParseProof decodes a proof from exactly 48 bytes, checking that it is a
// valid compressed G1 point in the subgroup. Errors wrap ErrInvalidProof.
func ParseProof(b []byte) (Proof, error) {
	var p Proof
	if len(b) != PointSize {
		return p, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidProof, len(b), PointSize)
	}
	copy(p[:], b)
	if _, err := p.Point(); err != nil {
		return Proof{}, err
	}
	return p, nil
}

// Point decodes the commitment to a G1 point, checking the encoding, the
// curve equation and subgroup membership. Errors wrap ErrInvalidCommitment.
func (c Commitment) Point() (bls12381.G1Affine, error) {
	p, err := decodeG1((*[PointSize]byte)(&c))
	if err != nil {
		return p, fmt.Errorf("%w: %v", ErrInvalidCommitment, err)
	}
	return p, nil
}

// Point decodes the proof to a G1 point, checking the encoding, the curve
// equation and subgroup membership. Errors wrap ErrInvalidProof.
func (p Proof) Point() (bls12381.G1Affine, error) {
	q, err := decodeG1((*[PointSize]byte)(&p))
	if err != nil {
		return q, fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	return q, nil
}

// CommitmentFromPoint encodes a G1 point as a commitment.
func CommitmentFromPoint(p *bls12381.G1Affine) Commitment { return Commitment(encodeG1(p)) }

// ProofFromPoint encodes a G1 point as a proof.
func ProofFromPoint(p *bls12381.G1Affine) Proof { return Proof(encodeG1(p)) }

// String returns the 0x-prefixed hex encoding.
func (c Commitment) String() string { return "0x" + hex.EncodeToString(c[:]) }

// String returns the 0x-prefixed hex encoding.
func (p Proof) String() string { return "0x" + hex.EncodeToString(p[:]) }

// MarshalText returns the 0x-prefixed hex encoding.
func (c Commitment) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// MarshalText returns the 0x-prefixed hex encoding.
func (p Proof) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText parses 96 hex digits (0x prefix optional) and checks that
// they encode a valid point, as ParseCommitment does.
func (c *Commitment) UnmarshalText(b []byte) error {
	raw, err := parseHex(b, PointSize)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidCommitment, err)
	}
	v, err := ParseCommitment(raw)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// UnmarshalText parses 96 hex digits (0x prefix optional) and checks that
// they encode a valid point, as ParseProof does.
func (p *Proof) UnmarshalText(b []byte) error {
	raw, err := parseHex(b, PointSize)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	v, err := ParseProof(raw)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

func parseHex(b []byte, size int) ([]byte, error) {
	if len(b) >= 2 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X') {
		b = b[2:]
	}
	if len(b) != 2*size {
		return nil, fmt.Errorf("want %d hex digits, got %d", 2*size, len(b))
	}
	out := make([]byte, size)
	if _, err := hex.Decode(out, b); err != nil {
		return nil, err
	}
	return out, nil
}

func encodeProofs(pts []bls12381.G1Affine) []Proof {
	out := make([]Proof, len(pts))
	for i := range pts {
		out[i] = ProofFromPoint(&pts[i])
	}
	return out
}
