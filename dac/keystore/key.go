package keystore

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"

	"github.com/quire-da/quire/dac/bls"
)

// ErrPubkeyMismatch is returned by DecryptKey when the keystore's pubkey
// field is not the public key of the secret it holds.
var ErrPubkeyMismatch = errors.New("keystore: pubkey does not match the secret key")

// EncryptKey seals a BLS secret key (its 32-byte big-endian scalar, as
// EIP-2335 stores it) and records its public key: the 96-byte compressed G2
// key of quire's ciphersuite, in hex. Options as for Encrypt; a WithPubkey
// option is overridden.
func EncryptKey(sk *bls.SecretKey, password string, rand io.Reader, opts ...Option) (*Keystore, error) {
	secret := sk.Bytes()
	defer clear(secret[:])
	pk := sk.PublicKey().Bytes()
	return Encrypt(secret[:], password, rand, append(opts, WithPubkey(pk[:]))...)
}

// DecryptKey decrypts a keystore that holds a BLS secret key. If the pubkey
// field is set it must be the key's public key: either the 96-byte G2 key
// quire uses, or the 48-byte G1 key of Ethereum's min-pubkey-size variant
// (so validator keystores import); otherwise ErrPubkeyMismatch. Errors of
// Decrypt pass through; a secret that is not a valid scalar wraps
// bls.ErrInvalidSecretKey.
func (ks *Keystore) DecryptKey(password string) (*bls.SecretKey, error) {
	secret, err := ks.Decrypt(password)
	if err != nil {
		return nil, err
	}
	defer clear(secret)
	sk, err := bls.SecretKeyFromBytes(secret)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	if ks.Pubkey == "" {
		return sk, nil
	}
	want, _ := decodeHex(ks.Pubkey) // hex checked by Validate
	switch len(want) {
	case bls.PublicKeySize:
		pk := sk.PublicKey().Bytes()
		if bytes.Equal(pk[:], want) {
			return sk, nil
		}
	case bls12381.SizeOfG1AffineCompressed:
		pk := g1PublicKey(sk)
		if bytes.Equal(pk[:], want) {
			return sk, nil
		}
	}
	sk.Zeroize()
	return nil, fmt.Errorf("%w: pubkey %s", ErrPubkeyMismatch, hex.EncodeToString(want))
}

// g1PublicKey is sk·G1, the public key of the min-pubkey-size variant.
func g1PublicKey(sk *bls.SecretKey) [bls12381.SizeOfG1AffineCompressed]byte {
	b := sk.Bytes()
	defer clear(b[:])
	var p bls12381.G1Affine
	s := new(big.Int).SetBytes(b[:])
	defer s.SetInt64(0)
	p.ScalarMultiplicationBase(s)
	return p.Bytes()
}
