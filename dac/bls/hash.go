package bls

import (
	"crypto/sha256"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/field/hash"
)

// maxDSTLen is the longest DST expand_message_xmd takes as is (RFC 9380
// section 5.3.3); longer ones are first hashed down.
const maxDSTLen = 255

// oversizeDSTPrefix is RFC 9380's prefix for hashing an oversize DST.
const oversizeDSTPrefix = "H2C-OVERSIZE-DST-"

// reduceDST returns dst, or SHA-256("H2C-OVERSIZE-DST-" || dst) when dst is
// longer than 255 bytes.
func reduceDST(dst []byte) []byte {
	if len(dst) <= maxDSTLen {
		return dst
	}
	h := sha256.New()
	h.Write([]byte(oversizeDSTPrefix))
	h.Write(dst)
	return h.Sum(nil)
}

// HashToG1 hashes msg to a point of G1 with the RFC 9380 suite
// BLS12381G1_XMD:SHA-256_SSWU_RO_ under the domain separation tag dst
// (hash_to_field with expand_message_xmd/SHA-256, two simplified SWU maps
// onto the 11-isogenous curve, the isogeny, addition and cofactor clearing).
// A DST longer than 255 bytes is reduced as RFC 9380 section 5.3.3 says.
func HashToG1(msg, dst []byte) bls12381.G1Affine {
	p, err := bls12381.HashToG1(msg, reduceDST(dst))
	if err != nil {
		// The DST is at most 255 bytes and the output length is fixed, so
		// gnark-crypto has no input left to refuse.
		panic("bls: hash to G1: " + err.Error())
	}
	return p
}

// expandMessageXMD is RFC 9380's expand_message_xmd with SHA-256, including
// the oversize-DST rule. It exists for the RFC's test vectors.
func expandMessageXMD(msg, dst []byte, n int) ([]byte, error) {
	return hash.ExpandMsgXmd(msg, reduceDST(dst), n)
}
