// Package bls implements the BLS signature scheme of quire's committee: the
// IETF ciphersuite BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_
// (draft-irtf-cfrg-bls-signature, "minimal-signature-size" variant) over
// BLS12-381 with gnark-crypto.
//
// Signatures are G1 points (48 bytes compressed) and public keys G2 points
// (96 bytes compressed); messages are hashed to G1 with RFC 9380's
// BLS12381G1_XMD:SHA-256_SSWU_RO_. Signing in G1 keeps the on-chain check
// cheap: the contract hashes to G1 with two MAP_FP_TO_G1 precompile calls.
//
// A member generates a key, registers its public key with a proof of
// possession, and signs attest messages:
//
//	sk, err := bls.GenerateKey(rand.Reader)
//	pk, pop := sk.PublicKey(), sk.ProvePossession()
//	// registration: bls.VerifyPossession(pk, pop) must pass
//	sig := sk.Sign(msg)
//
// The disperser aggregates the members' signatures; anyone verifies the
// aggregate against the signers' keys:
//
//	agg := bls.Aggregate(sig1, sig2, sig3)
//	err = bls.FastAggregateVerify([]bls.PublicKey{pk1, pk2, pk3}, msg, agg)
//
// # Security notes
//
//   - Every decoder (PublicKeyFromBytes, SignatureFromBytes, the EIP-2537
//     decoders, UnmarshalText) checks canonical encoding, the curve
//     equation, the prime-order subgroup, and refuses the identity point. A
//     PublicKey or Signature obtained from this package is therefore always a
//     valid subgroup point; the zero value is the identity, which Verify
//     refuses.
//   - FastAggregateVerify is secure only over keys whose proof of
//     possession was checked (VerifyPossession) when they were admitted:
//     without it an attacker can register a rogue key computed from the
//     honest keys and forge aggregates. The committee contract and the node
//     check proofs at registration.
//   - SecretKeyFromBytes refuses zero and any value not below the group
//     order r.
//   - Signing uses gnark-crypto's scalar multiplication (GLV with wNAF
//     digits), which is variable-time in the secret scalar: the additions
//     it performs and the table entries it reads depend on the key's digits.
//     Because the secret is the same for every signature and only the base
//     point H(m) changes, a remote observer of signing times learns one
//     fixed number (a few bits about the key), not more with more
//     signatures; an attacker sharing the CPU cache could learn more. Run
//     members on hosts not shared with untrusted code. (blst, used in the
//     tests as the oracle, is constant-time.)
//
// The EIP-2537 methods give the uncompressed, 64-byte-per-coordinate
// encodings the Prague BLS precompiles take, for the committee contract.
package bls
