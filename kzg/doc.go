// Package kzg commits to rows of the data square with KZG over BLS12-381,
// using the Ethereum KZG ceremony setup, and computes, verifies and
// recovers EIP-7594 cells with their proofs. It is pure: no I/O, no clock,
// and no goroutines beyond the CPU parallelism a Context is allowed
// (WithParallelism).
//
// A row is 4096 field elements in EIP-4844 blob order. For a data row,
// everything here is byte-identical to the Ethereum functions
// blob_to_kzg_commitment (Commit), compute_cells_and_kzg_proofs
// (ComputeCellsAndProofs, ProveRow), verify_cell_kzg_proof_batch
// (VerifyCells) and recover_cells_and_kzg_proofs (RecoverCellsAndProofs);
// the tests check this against go-ethereum's crypto/kzg4844 and the
// reference vectors.
//
// Single-point openings (EIP-4844), for reading one element of a row on L1
// with the point-evaluation precompile:
//
//	compute_kzg_proof        ComputeProof (any z; the y it returns too)
//	                         ComputeProofAt (z = the point of element i)
//	verify_kzg_proof         VerifyProof
//	roots_of_unity_brp[i]    EvaluationPoint(i) = w^brp12(i), w = 7^((r-1)/4096)
//
// ComputeProof is checked byte for byte against kzg4844.ComputeProof on
// random rows and points (the reference vectors have no compute_kzg_proof
// cases); VerifyProof passes the verify_kzg_proof vectors.
//
// Whether bytes are a blob's is one check, CheckBlob: the rows against
// their commitments with one combined commitment (RecoverBlob uses it too).
//
// Typical use:
//
//	c, err := kzg.Default()              // loads and checks the setup once
//	com, cells, proofs, err := c.ProveRow(row)
//	...
//	err = c.VerifyCells(items)           // one pairing check for any cells
//	var bad *kzg.InvalidCellError        // names exactly the bad items
//	if errors.As(err, &bad) { ... }
//
// Parity rows of the 2D square are not proven with FK20: commitments and
// proofs are linear in the row, so ExtendG1 applies the column
// Reed-Solomon extension (the convention of erasure.Extend) to the data
// rows' commitments and to the proofs of each cell index, and
// CheckExtension lets a receiver confirm the parity commitments with one
// multi-scalar multiplication.
//
// Known-zero rows (KnownZero: the data rows past the payload that rounding
// k up to a power of two adds) are not proven either: Encode leaves their
// cells zero and their commitment and proofs the identity (Identity,
// IdentityCommitment, IdentityProof), and RecoverBlob fills them from the
// size instead of decoding them.
//
// Verification decodes every proof (a square root and a subgroup check,
// about half of a light client's CPU) and every distinct commitment. A
// Context remembers the commitments it has decoded and checked (bounded,
// see WithCommitmentCache): a header's row commitments, checked once by
// CheckExtension when the header is validated, are not decoded again by
// VerifyCells on its cells. Only points that passed every check are kept,
// keyed by their exact bytes. Small batches (a light client's 30 samples)
// compute their two variable-base sums with Straus' method and the
// interpolation term with a fixed-base table over the first 64 powers of
// tau (192 KiB, built in New).
//
// A light client checks its samples with DataVerifier instead: the same
// batched check, but no subgroup check per proof; the two sums of the
// pairing check are multiplied by the exponent of the cofactor group
// (|z-1|, 64 bits), which clears every proof's part outside G1. A cell
// still passes only if it is the data (same 2^-128 bound); what is given
// up is the rejection of a proof encoding outside G1 whose G1 part is
// right, which only matters to whoever keeps and serves proofs (members
// use VerifyCells). See dataverify.go.
//
// Proving uses FK20 (Feist-Khovratovich) on fixed-base tables derived from
// the setup (about 24 MiB, built on first use or with WithEagerTables, from
// embedded, load-checked FFTs of the setup vectors); see fk20.go for the
// derivation. Commit has its own
// 8 MiB fixed-base table. Errors are sentinel values (ErrInvalidCommitment,
// ErrVerify, ...) wrapped with context, and *InvalidCellError for batch
// verification; none of them is helped by retrying.
package kzg
