package dac

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"

	"github.com/quire-da/quire/dac/bls"
)

// MaxBitmapMembers is the largest committee a signer bitmap (and so a
// certificate encoding) can describe. Custody supports fewer (MaxMembers);
// the format leaves room.
const MaxBitmapMembers = 256

// Certificate errors. None of them goes away on retry with the same input.
var (
	// ErrBitmapRange is returned when a member index is outside the
	// committee, when a bitmap has a bit at or past its size, or when a
	// certificate's bitmap size differs from the committee it is checked
	// against.
	ErrBitmapRange = errors.New("dac: signer bitmap out of range")
	// ErrBelowThreshold is returned when fewer members signed than the
	// threshold requires.
	ErrBelowThreshold = errors.New("dac: signers below threshold")
	// ErrBadSignature is returned when an aggregate or individual signature
	// does not verify; it wraps bls.ErrInvalidSignature.
	ErrBadSignature error = &wrappedError{"dac: bad signature", bls.ErrInvalidSignature}
	// ErrBadThreshold is returned for a threshold outside [1, members].
	ErrBadThreshold = errors.New("dac: threshold outside [1, members]")
	// ErrDuplicateSigner is returned by Aggregator.Add for a member that
	// already has a valid signature in.
	ErrDuplicateSigner = errors.New("dac: member already signed")
	// ErrCertificateEncoding is returned by Certificate.UnmarshalBinary for
	// bytes that are not a canonical certificate encoding.
	ErrCertificateEncoding = errors.New("dac: malformed certificate encoding")
	// ErrUnknownVersion is returned by Certificate.UnmarshalBinary for a
	// version this code does not know; it wraps ErrCertificateEncoding.
	ErrUnknownVersion = fmt.Errorf("%w: unknown version", ErrCertificateEncoding)
)

// wrappedError is a sentinel with its own message that still matches the
// sentinel it refines under errors.Is.
type wrappedError struct {
	msg string
	err error
}

func (e *wrappedError) Error() string { return e.msg }
func (e *wrappedError) Unwrap() error { return e.err }

// Bitmap is the set of members that signed, out of a committee of Len()
// members: bit i stands for member i of the epoch's member list. Bits at or
// past Len() are never set. Bitmaps compare with ==.
type Bitmap struct {
	n     uint16
	words [MaxBitmapMembers / 64]uint64
}

// NewBitmap returns an empty bitmap for a committee of n members, 1 <= n <=
// MaxBitmapMembers.
func NewBitmap(n int) (Bitmap, error) {
	if n < 1 || n > MaxBitmapMembers {
		return Bitmap{}, fmt.Errorf("%w: committee size %d not in [1, %d]", ErrBitmapRange, n, MaxBitmapMembers)
	}
	return Bitmap{n: uint16(n)}, nil
}

// Len returns the committee size the bitmap describes.
func (b Bitmap) Len() int { return int(b.n) }

// Set marks member i as a signer. It returns ErrBitmapRange unless
// 0 <= i < Len().
func (b *Bitmap) Set(i int) error {
	if i < 0 || i >= int(b.n) {
		return fmt.Errorf("%w: member %d of %d", ErrBitmapRange, i, b.n)
	}
	b.words[i/64] |= 1 << (i % 64)
	return nil
}

// Has reports whether member i signed; false for any i out of range.
func (b Bitmap) Has(i int) bool {
	if i < 0 || i >= int(b.n) {
		return false
	}
	return b.words[i/64]&(1<<(i%64)) != 0
}

// Count returns the number of signers.
func (b Bitmap) Count() int {
	c := 0
	for _, w := range b.words {
		c += bits.OnesCount64(w)
	}
	return c
}

// Indexes returns the signers' member indexes in increasing order.
func (b Bitmap) Indexes() []int {
	out := make([]int, 0, b.Count())
	for wi, w := range b.words {
		for w != 0 {
			out = append(out, wi*64+bits.TrailingZeros64(w))
			w &= w - 1
		}
	}
	return out
}

// Uint256 returns the bitmap as a big-endian 256-bit integer whose bit i
// (value 2^i) is member i: the form a contract takes as uint256.
func (b Bitmap) Uint256() [32]byte {
	var out [32]byte
	for wi, w := range b.words {
		binary.BigEndian.PutUint64(out[32-8*(wi+1):], w)
	}
	return out
}

// bitmapBytes is the number of bytes that encode a bitmap of n members.
func bitmapBytes(n int) int { return (n + 7) / 8 }

// appendBitmap appends the packed bits: byte k holds members 8k..8k+7,
// member 8k in the least significant bit.
func (b Bitmap) appendBits(dst []byte) []byte {
	for k := range bitmapBytes(int(b.n)) {
		dst = append(dst, byte(b.words[k/8]>>(8*(k%8))))
	}
	return dst
}

func (b Bitmap) String() string {
	return fmt.Sprintf("%d/%d%v", b.Count(), b.n, b.Indexes())
}

// Certificate proves that the members in Signers signed the attest message
// of HeaderHash in Epoch: Signature is the aggregate of their signatures
// over AttestMessage(chainID, committee, Epoch, HeaderHash).
type Certificate struct {
	HeaderHash HeaderHash
	Epoch      uint64
	Signers    Bitmap
	Signature  bls.Signature
}

// CertificateVersion is the encoding version MarshalBinary writes.
const CertificateVersion uint8 = 1

// Encoding of version 1, big-endian:
//
//	version     1 byte  (1)
//	header hash 32 bytes
//	epoch       8 bytes
//	signature   48 bytes (compressed G1)
//	members n   2 bytes  (1..256)
//	signers     ceil(n/8) bytes, member 8k+j in bit j of byte k; no bit at
//	            or past n set
const (
	certFixedSize = 1 + 32 + 8 + bls.SignatureSize + 2
	// MaxCertificateSize is the longest certificate encoding.
	MaxCertificateSize = certFixedSize + MaxBitmapMembers/8
)

// Message returns the message the signers signed.
func (c *Certificate) Message(chainID uint64, committee [20]byte) [32]byte {
	return AttestMessage(chainID, committee, c.Epoch, c.HeaderHash)
}

// Verify checks the certificate against the epoch's member keys (in member
// order) and threshold, for the committee contract at committee on chain
// chainID. It returns nil, ErrBadThreshold, ErrBitmapRange (the bitmap is
// not for len(keys) members), ErrBelowThreshold, or ErrBadSignature.
//
// The keys must have passed bls.VerifyPossession when they were registered
// (the committee contract checks this): aggregate verification is not safe
// over unchecked keys.
func (c *Certificate) Verify(keys []bls.PublicKey, threshold int, chainID uint64, committee [20]byte) error {
	if threshold < 1 || threshold > len(keys) {
		return fmt.Errorf("%w: threshold %d, %d members", ErrBadThreshold, threshold, len(keys))
	}
	if c.Signers.Len() != len(keys) {
		return fmt.Errorf("%w: bitmap for %d members, committee has %d", ErrBitmapRange, c.Signers.Len(), len(keys))
	}
	if n := c.Signers.Count(); n < threshold {
		return fmt.Errorf("%w: %d of %d signed, need %d", ErrBelowThreshold, n, len(keys), threshold)
	}
	signers := make([]bls.PublicKey, 0, c.Signers.Count())
	for _, i := range c.Signers.Indexes() {
		if keys[i].IsZero() {
			return fmt.Errorf("%w: member %d has no key", ErrBadSignature, i)
		}
		signers = append(signers, keys[i])
	}
	msg := c.Message(chainID, committee)
	if err := bls.FastAggregateVerify(signers, msg[:], c.Signature); err != nil {
		return fmt.Errorf("%w: aggregate of %d signers", ErrBadSignature, len(signers))
	}
	return nil
}

// MarshalBinary returns the canonical encoding. It fails only for a
// certificate whose bitmap has no members (the zero value).
func (c *Certificate) MarshalBinary() ([]byte, error) {
	if c.Signers.n == 0 {
		return nil, fmt.Errorf("%w: empty committee", ErrBitmapRange)
	}
	return c.AppendBinary(make([]byte, 0, certFixedSize+bitmapBytes(int(c.Signers.n))))
}

// AppendBinary appends the canonical encoding to b.
func (c *Certificate) AppendBinary(b []byte) ([]byte, error) {
	if c.Signers.n == 0 {
		return nil, fmt.Errorf("%w: empty committee", ErrBitmapRange)
	}
	b = append(b, CertificateVersion)
	b = append(b, c.HeaderHash[:]...)
	b = binary.BigEndian.AppendUint64(b, c.Epoch)
	sig := c.Signature.Bytes()
	b = append(b, sig[:]...)
	b = binary.BigEndian.AppendUint16(b, c.Signers.n)
	return c.Signers.appendBits(b), nil
}

// UnmarshalBinary decodes a canonical encoding. It refuses unknown versions
// (ErrUnknownVersion), wrong lengths and trailing bytes, a committee size
// outside [1, 256], bits set at or past the committee size, and signatures
// that are not valid compressed subgroup points; every error wraps
// ErrCertificateEncoding. It does not verify the signature.
func (c *Certificate) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return fmt.Errorf("%w: empty", ErrCertificateEncoding)
	}
	if data[0] != CertificateVersion {
		return fmt.Errorf("%w %d", ErrUnknownVersion, data[0])
	}
	if len(data) < certFixedSize {
		return fmt.Errorf("%w: %d bytes, need at least %d", ErrCertificateEncoding, len(data), certFixedSize)
	}
	var out Certificate
	p := data[1:]
	copy(out.HeaderHash[:], p[:32])
	p = p[32:]
	out.Epoch = binary.BigEndian.Uint64(p)
	p = p[8:]
	sig, err := bls.SignatureFromBytes(p[:bls.SignatureSize])
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCertificateEncoding, err)
	}
	out.Signature = sig
	p = p[bls.SignatureSize:]
	n := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	if n < 1 || n > MaxBitmapMembers {
		return fmt.Errorf("%w: committee size %d not in [1, %d]", ErrCertificateEncoding, n, MaxBitmapMembers)
	}
	if len(p) != bitmapBytes(n) {
		return fmt.Errorf("%w: %d bitmap bytes for %d members, want %d", ErrCertificateEncoding, len(p), n, bitmapBytes(n))
	}
	out.Signers.n = uint16(n)
	for k, v := range p {
		out.Signers.words[k/8] |= uint64(v) << (8 * (k % 8))
	}
	if n%8 != 0 && p[len(p)-1]>>(n%8) != 0 {
		return fmt.Errorf("%w: signer bit set at or past member %d: %w", ErrCertificateEncoding, n, ErrBitmapRange)
	}
	*c = out
	return nil
}

// MarshalText encodes the binary form as 0x-prefixed hex, so a certificate
// is a plain string in JSON.
func (c *Certificate) MarshalText() ([]byte, error) {
	b, err := c.MarshalBinary()
	if err != nil {
		return nil, err
	}
	out := make([]byte, 2+hex.EncodedLen(len(b)))
	copy(out, "0x")
	hex.Encode(out[2:], b)
	return out, nil
}

// UnmarshalText decodes 0x-prefixed (or bare) hex with UnmarshalBinary.
func (c *Certificate) UnmarshalText(text []byte) error {
	if len(text) >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') {
		text = text[2:]
	}
	if len(text) > 2*MaxCertificateSize {
		return fmt.Errorf("%w: %d hex digits, at most %d", ErrCertificateEncoding, len(text), 2*MaxCertificateSize)
	}
	b := make([]byte, hex.DecodedLen(len(text)))
	if _, err := hex.Decode(b, text); err != nil {
		return fmt.Errorf("%w: %v", ErrCertificateEncoding, err)
	}
	return c.UnmarshalBinary(b)
}
