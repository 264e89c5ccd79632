// Package state holds the rollup state: two keccak sparse Merkle trees of
// depth 256 with H(0, 0) = 0 — accounts {balance, nonce} and withdrawals —
// with bitmap-compressed proofs, over a key-value Store (MemStore here, a
// badger adapter at the edge). docs/rollup.md, "State", is the exact rule;
// testdata/smt.json holds vectors for the Solidity verifier.
//
// Tree keeps only branching nodes in memory (a leaf alone in a subtree is
// stored with its key, the empty levels above it are hashed on the way),
// defers hashing to Root, and shares the upper levels between the updates
// of one Root call. Each changed leaf still costs ~256 keccaks (H(x, 0) is
// a real hash), which bounds the transfer rate; see the benchmarks.
//
//	st := state.New(state.NewMemStore())
//	a, _ := st.Account(addr)
//	a.Balance.Add(&a.Balance, v)
//	_ = st.SetAccount(addr, a)
//	roots, _ := st.Commit()              // a checkpoint; state.Open(store, roots) reads it back
//	acc, proof, _ := st.ProveAccount(addr)
//	ok := state.Verify(roots.State, state.AccountKey(addr), acc.Leaf(), proof)
//
// A proof is {bitmap uint256, siblings []bytes32} (bit i set when the
// sibling at level i is non-zero). Verifying it on L1 is one 256-step walk:
// about 25k gas for one root, ~40k for the old and new roots in the same
// loop, plus ~512 gas of calldata per sibling (~log2 N of them for N
// accounts) — an estimate from opcode costs, to be measured by the
// contracts.
package state
