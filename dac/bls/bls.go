package bls

import (
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// The domain separation tags of the ciphersuite. Signatures hash the message
// to G1 under SignatureDST; proofs of possession hash the compressed public
// key to G1 under PopDST, so a signature can never pass as a proof or the
// reverse.
const (
	SignatureDST = "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"
	PopDST       = "BLS_POP_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"
)

// Sizes of the encodings.
const (
	SecretKeySize = 32 // big-endian scalar
	PublicKeySize = bls12381.SizeOfG2AffineCompressed
	SignatureSize = bls12381.SizeOfG1AffineCompressed
)

// Errors. None of them is worth retrying with the same input.
var (
	// ErrInvalidSignature is returned by Verify and FastAggregateVerify when
	// the signature does not verify under the given key(s) and message.
	ErrInvalidSignature = errors.New("bls: invalid signature")
	// ErrInvalidPossession is returned by VerifyPossession when the proof
	// does not verify. It wraps ErrInvalidSignature.
	ErrInvalidPossession = fmt.Errorf("%w: proof of possession", ErrInvalidSignature)
	// ErrInvalidSecretKey is returned by SecretKeyFromBytes for a value that
	// is not a 32-byte scalar in [1, r).
	ErrInvalidSecretKey = errors.New("bls: invalid secret key")
	// ErrMalformedPublicKey is returned by the public key decoders; the
	// error also wraps ErrInfinity or ErrNotInSubgroup when that is why.
	ErrMalformedPublicKey = errors.New("bls: malformed public key")
	// ErrMalformedSignature is returned by the signature decoders; the
	// error also wraps ErrInfinity or ErrNotInSubgroup when that is why.
	ErrMalformedSignature = errors.New("bls: malformed signature")
	// ErrInfinity marks a public key or signature that is the identity
	// point. Such a key would verify forged signatures, so it is refused
	// everywhere.
	ErrInfinity = errors.New("point at infinity")
	// ErrNotInSubgroup marks a point on the curve but outside the
	// prime-order subgroup.
	ErrNotInSubgroup = errors.New("point not in the prime-order subgroup")
	// ErrNoPublicKeys is returned by FastAggregateVerify for an empty key
	// list.
	ErrNoPublicKeys = errors.New("bls: no public keys")
	// ErrShortIKM is returned by KeyGen when the input keying material has
	// fewer than 32 bytes.
	ErrShortIKM = errors.New("bls: input keying material shorter than 32 bytes")
)

// SecretKey is a scalar in [1, r). The zero value is not a valid key; get
// one from GenerateKey, KeyGen or SecretKeyFromBytes.
type SecretKey struct {
	s fr.Element
}

// PublicKey is sk·G2 in the prime-order subgroup of G2. Every PublicKey
// built by this package is a valid, non-identity point; the zero value is
// the identity, which every verifier rejects. PublicKey values compare with
// == (affine coordinates are unique).
type PublicKey struct {
	p bls12381.G2Affine
}

// Signature is a point of the prime-order subgroup of G1. The zero value is
// the identity, which every verifier rejects. Signature values compare with
// ==.
type Signature struct {
	p bls12381.G1Affine
}

var (
	g2Gen    bls12381.G2Affine
	g2GenNeg bls12381.G2Affine
)

func init() {
	_, _, _, g2Gen = bls12381.Generators()
	g2GenNeg.Neg(&g2Gen)
}

// keygenSalt is the initial salt of KeyGen.
const keygenSalt = "BLS-SIG-KEYGEN-SALT-"

// KeyGen derives a secret key from at least 32 bytes of input keying material
// and an optional key_info string, as KeyGen in draft-irtf-cfrg-bls-signature
// (section 2.3) does: HKDF-SHA-256 with a salt hashed once per attempt,
// 48 output bytes reduced mod r, repeated until the result is nonzero. The
// same IKM always gives the same key (this is also EIP-2333's HKDF_mod_r
// when keyInfo is empty).
func KeyGen(ikm, keyInfo []byte) (*SecretKey, error) {
	if len(ikm) < 32 {
		return nil, ErrShortIKM
	}
	const l = 48 // ceil((3 * ceil(log2(r))) / 16)
	secret := make([]byte, 0, len(ikm)+1)
	secret = append(append(secret, ikm...), 0) // IKM || I2OSP(0, 1)
	defer clear(secret)
	info := make([]byte, 0, len(keyInfo)+2)
	info = append(append(info, keyInfo...), 0, l) // key_info || I2OSP(L, 2)

	salt := []byte(keygenSalt)
	var v big.Int
	for {
		s := sha256.Sum256(salt)
		salt = s[:]
		prk, err := hkdf.Extract(sha256.New, secret, salt)
		if err != nil {
			return nil, fmt.Errorf("bls: keygen: %w", err)
		}
		okm, err := hkdf.Expand(sha256.New, prk, string(info), l)
		clear(prk)
		if err != nil {
			return nil, fmt.Errorf("bls: keygen: %w", err)
		}
		v.SetBytes(okm)
		clear(okm)
		var sk SecretKey
		sk.s.SetBigInt(&v) // reduces mod r
		v.SetInt64(0)
		if !sk.s.IsZero() {
			return &sk, nil
		}
	}
}

// GenerateKey reads 32 bytes of input keying material from rand (use
// crypto/rand.Reader) and derives a key from them with KeyGen.
func GenerateKey(rand io.Reader) (*SecretKey, error) {
	var ikm [32]byte
	defer clear(ikm[:])
	if _, err := io.ReadFull(rand, ikm[:]); err != nil {
		return nil, fmt.Errorf("bls: reading randomness: %w", err)
	}
	return KeyGen(ikm[:], nil)
}

// SecretKeyFromBytes decodes a 32-byte big-endian scalar. It returns
// ErrInvalidSecretKey unless 0 < sk < r.
func SecretKeyFromBytes(b []byte) (*SecretKey, error) {
	if len(b) != SecretKeySize {
		return nil, fmt.Errorf("%w: want %d bytes, got %d", ErrInvalidSecretKey, SecretKeySize, len(b))
	}
	var sk SecretKey
	if err := sk.s.SetBytesCanonical(b); err != nil {
		return nil, fmt.Errorf("%w: not below the group order", ErrInvalidSecretKey)
	}
	if sk.s.IsZero() {
		return nil, fmt.Errorf("%w: zero", ErrInvalidSecretKey)
	}
	return &sk, nil
}

// Bytes returns the 32-byte big-endian encoding of the scalar.
func (sk *SecretKey) Bytes() [32]byte { return sk.s.Bytes() }

// Zeroize overwrites the scalar. The key is unusable afterwards.
func (sk *SecretKey) Zeroize() { sk.s.SetZero() }

// String hides the scalar so that a key printed by mistake does not leak.
func (sk *SecretKey) String() string { return "bls.SecretKey{redacted}" }

// GoString hides the scalar from %#v as well.
func (sk *SecretKey) GoString() string { return sk.String() }

func (sk *SecretKey) scalar() *big.Int {
	var v big.Int
	return sk.s.BigInt(&v)
}

// PublicKey returns sk·G2.
func (sk *SecretKey) PublicKey() PublicKey {
	var pk PublicKey
	pk.p.ScalarMultiplicationBase(sk.scalar())
	return pk
}

// Sign signs msg: sk·H(msg) with H = HashToG1 under SignatureDST.
//
// The scalar multiplication is gnark-crypto's (GLV with wNAF digits),
// which is variable-time in the key; see the package documentation.
func (sk *SecretKey) Sign(msg []byte) Signature {
	return sk.signWithDST(msg, SignatureDST)
}

// ProvePossession returns the proof of possession of sk: a signature under
// PopDST over the 96-byte compressed public key.
func (sk *SecretKey) ProvePossession() Signature {
	pk := sk.PublicKey().Bytes()
	return sk.signWithDST(pk[:], PopDST)
}

func (sk *SecretKey) signWithDST(msg []byte, dst string) Signature {
	h := HashToG1(msg, []byte(dst))
	var s Signature
	s.p.ScalarMultiplication(&h, sk.scalar())
	return s
}

// Verify checks sig on msg under pk. It returns nil or ErrInvalidSignature.
// pk must have come from this package (so it is a valid subgroup point);
// the identity key and identity signature are refused.
func Verify(pk PublicKey, msg []byte, sig Signature) error {
	return coreVerify(pk, msg, sig, SignatureDST, ErrInvalidSignature)
}

// VerifyPossession checks a proof of possession for pk. It returns nil or
// ErrInvalidPossession. Accept a key into a committee only after this
// passes: FastAggregateVerify is sound only over such keys.
func VerifyPossession(pk PublicKey, pop Signature) error {
	b := pk.Bytes()
	return coreVerify(pk, b[:], pop, PopDST, ErrInvalidPossession)
}

func coreVerify(pk PublicKey, msg []byte, sig Signature, dst string, fail error) error {
	if pk.p.IsInfinity() {
		return fmt.Errorf("%w: identity public key", fail)
	}
	if sig.p.IsInfinity() {
		return fmt.Errorf("%w: identity signature", fail)
	}
	h := HashToG1(msg, []byte(dst))
	// e(sig, -G2) · e(H(m), pk) == 1  ⟺  e(sig, G2) == e(H(m), pk)
	ok, err := bls12381.PairingCheck(
		[]bls12381.G1Affine{sig.p, h},
		[]bls12381.G2Affine{g2GenNeg, pk.p},
	)
	if err != nil {
		// Only reachable with mismatched slice lengths: an internal bug.
		panic("bls: pairing check: " + err.Error())
	}
	if !ok {
		return fail
	}
	return nil
}

// Aggregate adds signatures. Aggregating nothing gives the identity, which
// no verifier accepts.
func Aggregate(sigs ...Signature) Signature {
	var acc bls12381.G1Jac
	for i := range sigs {
		acc.AddMixed(&sigs[i].p)
	}
	var s Signature
	s.p.FromJacobian(&acc)
	return s
}

// AggregatePublicKeys adds public keys. Aggregating nothing gives the
// identity, which no verifier accepts.
func AggregatePublicKeys(pks ...PublicKey) PublicKey {
	var acc bls12381.G2Jac
	for i := range pks {
		acc.AddMixed(&pks[i].p)
	}
	var pk PublicKey
	pk.p.FromJacobian(&acc)
	return pk
}

// FastAggregateVerify checks an aggregate signature of the same message by
// every key in pks. It returns nil, ErrNoPublicKeys or ErrInvalidSignature.
//
// It is sound only when every key in pks passed VerifyPossession (or was
// generated locally): otherwise a rogue key pk' = x·G2 - pk lets its owner
// forge an "aggregate" that pk never signed.
func FastAggregateVerify(pks []PublicKey, msg []byte, sig Signature) error {
	if len(pks) == 0 {
		return ErrNoPublicKeys
	}
	for i := range pks {
		if pks[i].p.IsInfinity() {
			return fmt.Errorf("%w: identity public key at %d", ErrInvalidSignature, i)
		}
	}
	return Verify(AggregatePublicKeys(pks...), msg, sig)
}

// Point returns the key as a G2 point.
func (pk PublicKey) Point() bls12381.G2Affine { return pk.p }

// Point returns the signature as a G1 point.
func (s Signature) Point() bls12381.G1Affine { return s.p }

// IsZero reports whether pk is the zero value (the identity), which is what
// an unset PublicKey holds.
func (pk PublicKey) IsZero() bool { return pk.p.IsInfinity() }

// IsZero reports whether s is the zero value (the identity).
func (s Signature) IsZero() bool { return s.p.IsInfinity() }

// PublicKeyFromPoint checks that p is a valid public key (on the curve, in
// the subgroup, not the identity) and wraps it.
func PublicKeyFromPoint(p bls12381.G2Affine) (PublicKey, error) {
	if p.IsInfinity() {
		return PublicKey{}, fmt.Errorf("%w: %w", ErrMalformedPublicKey, ErrInfinity)
	}
	if !p.IsOnCurve() {
		return PublicKey{}, fmt.Errorf("%w: not on the curve", ErrMalformedPublicKey)
	}
	if !p.IsInSubGroup() {
		return PublicKey{}, fmt.Errorf("%w: %w", ErrMalformedPublicKey, ErrNotInSubgroup)
	}
	return PublicKey{p: p}, nil
}

// SignatureFromPoint checks that p is a valid signature point (on the curve,
// in the subgroup, not the identity) and wraps it.
func SignatureFromPoint(p bls12381.G1Affine) (Signature, error) {
	if p.IsInfinity() {
		return Signature{}, fmt.Errorf("%w: %w", ErrMalformedSignature, ErrInfinity)
	}
	if !p.IsOnCurve() {
		return Signature{}, fmt.Errorf("%w: not on the curve", ErrMalformedSignature)
	}
	if !p.IsInSubGroup() {
		return Signature{}, fmt.Errorf("%w: %w", ErrMalformedSignature, ErrNotInSubgroup)
	}
	return Signature{p: p}, nil
}
