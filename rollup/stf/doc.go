// Package stf is the rollup's state transition, a pure function of its
// inputs (docs/rollup.md): Step applies one step (a queue deposit, a forced
// transaction, or a record: transaction, block marker, no-op) to a state;
// ApplyBatch applies a whole batch (queue items, then recordCount records
// from cursor 0) and groups the steps in L2 blocks with Ethereum-shaped
// headers, receipts, the per-step information a prover needs and the
// output root. Nothing here reads a clock, the network or a disk: the
// verifier node feeds it L1 events and blob rows, the prover replays it.
//
//	st := state.Open(store, checkpoint)        // roots after the previous batch
//	res, err := stf.ApplyBatch(p, st, head, b, stf.Options{})
//	roots, err := st.Commit()                  // the next checkpoint
//	// res.Blocks, res.Steps, res.Output; stf.Replay for any step in between
package stf
