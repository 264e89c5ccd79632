// Package rollup holds the parameters of quire's bundled optimistic rollup
// and the constants every implementation of its rules shares (Go here, the
// Solidity one-step verifier on L1). The rules themselves live in the pure
// sub-packages, driven by services at the edges:
//
//   - rollup/txn: the consensus decoder of signed transfers (EIP-1559 type 2
//     and EIP-155 legacy) and the JSON-RPC-facing validation;
//   - rollup/batch: records packed into a quire blob's field elements, the
//     writer the batcher uses and the reader derivation uses;
//   - rollup/state: the keccak sparse Merkle trees of accounts and
//     withdrawals, with bitmap-compressed proofs;
//   - rollup/stf: the state transition, one step at a time, L2 blocks and
//     output roots.
//
// A verifier node drives them like this (I/O, the L1 events and the blob
// rows, at the edge):
//
//	cfg := rollup.DevConfig()
//	st := state.New(state.NewMemStore())
//	head := stf.Genesis(cfg)
//	for each batch b appended on L1 (queue items from the inbox's events,
//	rows from quire):
//		res, err := stf.ApplyBatch(cfg, st, head, b, stf.Options{})
//		head = res.Head // blocks, receipts, steps and the output root in res
//
// docs/rollup.md is the specification of record.
package rollup
