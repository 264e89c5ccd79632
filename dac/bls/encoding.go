package bls

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// Compressed encodings follow the ZCash BLS12-381 serialization that the
// IETF draft, Ethereum and blst use: big-endian x (for G2: x.c1 then x.c0)
// with the three top bits of the first byte flagging compression, infinity
// and the sign of y.

// PublicKeyFromBytes decodes a 96-byte compressed G2 point. It refuses other
// lengths, non-canonical coordinates, points off the curve, the identity
// (ErrInfinity) and points outside the subgroup (ErrNotInSubgroup); every
// error wraps ErrMalformedPublicKey.
func PublicKeyFromBytes(b []byte) (PublicKey, error) {
	if err := checkCompressed(b, PublicKeySize); err != nil {
		return PublicKey{}, fmt.Errorf("%w: %w", ErrMalformedPublicKey, err)
	}
	var p bls12381.G2Affine
	// The decoder checks the flags, that x is canonical and that y exists;
	// the subgroup check is left to PublicKeyFromPoint so that its failure
	// can be named.
	dec := bls12381.NewDecoder(bytes.NewReader(b), bls12381.NoSubgroupChecks())
	if err := dec.Decode(&p); err != nil {
		return PublicKey{}, fmt.Errorf("%w: %v", ErrMalformedPublicKey, err)
	}
	return PublicKeyFromPoint(p)
}

// Bytes returns the 96-byte compressed encoding.
func (pk PublicKey) Bytes() [PublicKeySize]byte { return pk.p.Bytes() }

// SignatureFromBytes decodes a 48-byte compressed G1 point, with the same
// checks as PublicKeyFromBytes; every error wraps ErrMalformedSignature.
func SignatureFromBytes(b []byte) (Signature, error) {
	if err := checkCompressed(b, SignatureSize); err != nil {
		return Signature{}, fmt.Errorf("%w: %w", ErrMalformedSignature, err)
	}
	var p bls12381.G1Affine
	dec := bls12381.NewDecoder(bytes.NewReader(b), bls12381.NoSubgroupChecks())
	if err := dec.Decode(&p); err != nil {
		return Signature{}, fmt.Errorf("%w: %v", ErrMalformedSignature, err)
	}
	return SignatureFromPoint(p)
}

// checkCompressed checks the length and the compression flag of a
// compressed point, and names a well-formed identity.
func checkCompressed(b []byte, size int) error {
	if len(b) != size {
		return fmt.Errorf("want %d bytes, got %d", size, len(b))
	}
	switch b[0] >> 5 {
	case 0b100, 0b101: // compressed, y sign bit clear or set
		return nil
	case 0b110: // compressed identity
		for i, c := range b {
			if (i == 0 && c != 0xc0) || (i > 0 && c != 0) {
				return errors.New("identity encoding with nonzero bits")
			}
		}
		return ErrInfinity
	default:
		return fmt.Errorf("invalid flag bits %03b (want a compressed point)", b[0]>>5)
	}
}

// Bytes returns the 48-byte compressed encoding.
func (s Signature) Bytes() [SignatureSize]byte { return s.p.Bytes() }

// String returns the 0x-prefixed hex of the compressed key.
func (pk PublicKey) String() string {
	b := pk.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// String returns the 0x-prefixed hex of the compressed signature.
func (s Signature) String() string {
	b := s.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// MarshalText encodes the key as 0x-prefixed hex (for JSON and configs).
func (pk PublicKey) MarshalText() ([]byte, error) { return []byte(pk.String()), nil }

// UnmarshalText decodes 0x-prefixed or bare hex with PublicKeyFromBytes.
func (pk *PublicKey) UnmarshalText(text []byte) error {
	b, err := decodeHex(text)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedPublicKey, err)
	}
	v, err := PublicKeyFromBytes(b)
	if err != nil {
		return err
	}
	*pk = v
	return nil
}

// MarshalText encodes the signature as 0x-prefixed hex.
func (s Signature) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes 0x-prefixed or bare hex with SignatureFromBytes.
func (s *Signature) UnmarshalText(text []byte) error {
	b, err := decodeHex(text)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedSignature, err)
	}
	v, err := SignatureFromBytes(b)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

func decodeHex(text []byte) ([]byte, error) {
	if len(text) >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') {
		text = text[2:]
	}
	b := make([]byte, hex.DecodedLen(len(text)))
	if _, err := hex.Decode(b, text); err != nil {
		return nil, err
	}
	return b, nil
}

// EIP-2537 encodings: every base-field element is written big-endian in 64
// bytes, the top 16 of which are zero; a G1 point is x || y (128 bytes), a G2
// point x.c0 || x.c1 || y.c0 || y.c1 (256 bytes); the identity is all zeros.

// EIP2537G1Size and EIP2537G2Size are the lengths of the EIP-2537 encodings.
const (
	EIP2537G1Size = 128
	EIP2537G2Size = 256
)

const eip2537FpPad = 64 - fp.Bytes

// G1ToEIP2537 encodes p as the EIP-2537 precompiles take it.
func G1ToEIP2537(p bls12381.G1Affine) [EIP2537G1Size]byte {
	var out [EIP2537G1Size]byte
	if p.IsInfinity() {
		return out
	}
	putFp(out[0:64], &p.X)
	putFp(out[64:128], &p.Y)
	return out
}

// G2ToEIP2537 encodes p as the EIP-2537 precompiles take it.
func G2ToEIP2537(p bls12381.G2Affine) [EIP2537G2Size]byte {
	var out [EIP2537G2Size]byte
	if p.IsInfinity() {
		return out
	}
	putFp(out[0:64], &p.X.A0)
	putFp(out[64:128], &p.X.A1)
	putFp(out[128:192], &p.Y.A0)
	putFp(out[192:256], &p.Y.A1)
	return out
}

// EIP2537 returns the key in the EIP-2537 G2 encoding.
func (pk PublicKey) EIP2537() [EIP2537G2Size]byte { return G2ToEIP2537(pk.p) }

// EIP2537 returns the signature in the EIP-2537 G1 encoding.
func (s Signature) EIP2537() [EIP2537G1Size]byte { return G1ToEIP2537(s.p) }

func putFp(dst []byte, e *fp.Element) {
	b := e.Bytes()
	clear(dst[:eip2537FpPad])
	copy(dst[eip2537FpPad:], b[:])
}

func getFp(e *fp.Element, src []byte) error {
	for _, c := range src[:eip2537FpPad] {
		if c != 0 {
			return fmt.Errorf("nonzero padding in a field element")
		}
	}
	if err := e.SetBytesCanonical(src[eip2537FpPad:]); err != nil {
		return fmt.Errorf("field element not below the modulus")
	}
	return nil
}

// G1FromEIP2537 decodes an EIP-2537 G1 encoding. It checks the padding,
// that coordinates are below p and that the point is on the curve; it does
// not check the subgroup (SignatureFromEIP2537 does). All zeros decode to
// the identity.
func G1FromEIP2537(b []byte) (bls12381.G1Affine, error) {
	var p bls12381.G1Affine
	if len(b) != EIP2537G1Size {
		return p, fmt.Errorf("want %d bytes, got %d", EIP2537G1Size, len(b))
	}
	if err := getFp(&p.X, b[0:64]); err != nil {
		return p, err
	}
	if err := getFp(&p.Y, b[64:128]); err != nil {
		return p, err
	}
	if !p.IsOnCurve() { // (0,0) counts as on the curve: the identity
		return p, fmt.Errorf("point not on the curve")
	}
	return p, nil
}

// G2FromEIP2537 decodes an EIP-2537 G2 encoding, with the checks of
// G1FromEIP2537.
func G2FromEIP2537(b []byte) (bls12381.G2Affine, error) {
	var p bls12381.G2Affine
	if len(b) != EIP2537G2Size {
		return p, fmt.Errorf("want %d bytes, got %d", EIP2537G2Size, len(b))
	}
	for i, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		if err := getFp(e, b[64*i:64*(i+1)]); err != nil {
			return p, err
		}
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("point not on the curve")
	}
	return p, nil
}

// PublicKeyFromEIP2537 decodes a key from its EIP-2537 encoding (as a
// contract stores it), with the checks of PublicKeyFromBytes.
func PublicKeyFromEIP2537(b []byte) (PublicKey, error) {
	p, err := G2FromEIP2537(b)
	if err != nil {
		return PublicKey{}, fmt.Errorf("%w: %v", ErrMalformedPublicKey, err)
	}
	return PublicKeyFromPoint(p)
}

// SignatureFromEIP2537 decodes a signature from its EIP-2537 encoding, with
// the checks of SignatureFromBytes.
func SignatureFromEIP2537(b []byte) (Signature, error) {
	p, err := G1FromEIP2537(b)
	if err != nil {
		return Signature{}, fmt.Errorf("%w: %v", ErrMalformedSignature, err)
	}
	return SignatureFromPoint(p)
}
