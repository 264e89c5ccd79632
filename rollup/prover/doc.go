// Package prover builds the inputs of the L1 one-step verifier from chain
// data (docs/faultproof.md). So far it converts the compact sparse Merkle
// proofs of rollup/state into the ABI form of contracts/SMT.sol
// (SMTLib.Proof); the step input (KZG openings of a record's elements, the
// row commitment's Merkle proof and the pre-state proofs) comes with
// contracts/OneStep.sol.
package prover
