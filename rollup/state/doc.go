// Package state holds the rollup state: two compact keccak sparse Merkle
// trees of depth 256 — accounts {balance, nonce} and withdrawals — with
// bitmap-compressed proofs, over a key-value Store (MemStore here, a
// badger adapter at the edge). An empty subtree hashes to 0, a subtree of
// one leaf to keccak(0x02 || key || leaf) at whatever height, any other to
// keccak(0x03 || left || right). docs/rollup.md, "State", is the exact
// rule; testdata/smt.json holds vectors for the Solidity verifier.
//
// Tree keeps only branching nodes in memory (a leaf alone in a subtree is
// stored with its key), defers hashing to Root, and shares the upper levels
// between the updates of one Root call. A changed leaf costs one leaf hash
// and about log2(N) branch hashes for N leaves.
//
//	st := state.New(state.NewMemStore())
//	a, _ := st.Account(addr)
//	a.Balance.Add(&a.Balance, v)
//	_ = st.SetAccount(addr, a)
//	roots, _ := st.Commit()              // a checkpoint; state.Open(store, roots) reads it back
//	acc, proof, _ := st.ProveAccount(addr)
//	ok := state.Verify(roots.State, state.AccountKey(addr), acc.Leaf(), proof)
//
// A proof is {bitmap uint256, siblings []bytes32, otherKey, otherLeaf}
// (bit i set when the sibling at level i is non-zero; the other leaf is the
// lone leaf an absent key's path ends at). Verifying it on L1 walks from
// the lowest set bit of the bitmap to the root, about log2(N) + 1 levels:
// a scratch Solidity verifier spent ~6k gas of execution at 1k accounts and
// ~9k at 100k (docs/rollup.md), plus ~512 gas of calldata per sibling.
package state
