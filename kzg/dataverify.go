package kzg

import (
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// Checking cells for their data, without the proofs' subgroup checks.
//
// E(Fp) is G1 (order r) times a group H of order h1 = (z-1)^2/3 whose
// exponent is e = |z-1| = 0xd201000000010001 (H is Z_(e/3) x Z_e, z the
// BLS parameter; every prime of e is at most 52,437,899 and none is r).
// Write a decoded proof as pi = g + h, g in G1, h in H. The sums of the
// batched check are integer combinations of the proofs, the commitments
// and the setup, so multiplying each by e leaves e times the same sums
// over the g parts alone, in G1: e*h = 0 for every h in H. As e is
// invertible modulo r, the pairing check on the multiplied sums holds
// exactly when it holds for the proofs g: the check of
// verify_cell_kzg_proof_batch, with the same 2^-128 bound. So a cell
// passes only if it is the row's data at its index (the commitments come
// from a validated header, in G1), and the two multiplications by the
// 64-bit e (63 doublings and 5 additions each) replace one subgroup check
// per proof (about 126 doublings each).
//
// What is given up: a proof whose G1 part is the right proof but which has
// a part in H passes here, where EIP-7594 rejects its encoding. That
// matters to whoever keeps or forwards proofs (a member, which must serve
// proofs that every verifier accepts: it uses VerifyCells) and not to a
// light client, which only needs to know that the cells are the data.

// cofactorExponent is e = |z-1|, the exponent of the group H.
const cofactorExponent uint64 = 0xd201000000010001

// mulCofactorExponent sets p to e*p. The result is in G1 for every p on
// the curve.
func mulCofactorExponent(p *bls12381.G1Jac) { mulUint64(p, cofactorExponent) }

// DataVerifier checks cells for a consumer of their data: it is
// Context.VerifyCells except that a proof is not checked to lie in G1.
// Instead the batched check clears every proof's part outside G1, so a
// cell passes exactly when it is its row's data at its index (the same
// 2^-128 bound); a proof whose G1 part is the right proof passes even if
// its encoding is not a G1 point, which VerifyCells and EIP-7594 reject.
// A light client's samples need no more; a member keeps and serves
// proofs, so it uses VerifyCells. The commitments are still decoded and
// checked (they come from a validated header and the commitment cache).
type DataVerifier struct{ c *Context }

// DataVerifier returns the Context's DataVerifier.
func (c *Context) DataVerifier() DataVerifier { return DataVerifier{c} }

// VerifyCells checks cells as Context.VerifyCells does (one batched check,
// bisection on failure, *InvalidCellError naming the failing items),
// without the proofs' subgroup checks.
func (d DataVerifier) VerifyCells(items []CellItem) error { return d.c.verifyCells(items, true) }
