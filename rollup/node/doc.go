// Package node is the rollup's verifier node: it follows the inbox on L1
// (at a confirmation depth), fetches each batch's blob from the committee
// members with verified retrieval (dac/retrieve: never from the sequencer
// or the disperser), decodes the records, applies the batch's queue items
// and records with rollup/stf and appends the blocks to its chain, marking
// them safe. Members that served bad data are named and skipped.
//
// Open gives a node that keeps its progress in a Store (rollup/store's DB,
// which also holds its chain): each derived batch's blocks, state and
// checkpoint (the L1 cursor at the start of the range holding the next
// batch, that batch's index, the first queue item not taken) are written
// in one step, and the queue items seen but not yet taken are kept, so a
// restarted node re-reads only that range, skips what it derived, and
// reaches the same roots. A failed update (a blob not retrievable yet)
// rewinds the follower to the checkpoint; Run or Step again retries it.
//
// Each batch's BatchResult (OnBatch, Results) says where deriving it spent
// its time (Timing: retrieval, sender recovery, which runs on every core
// ahead of the state transition, state updates, persisting), and the node
// logs it at Info as "node: derived batch".
//
//	db, _ := store.Open(cfg, ident, params, log)
//	c, _ := chain.Open(params, db, db.StateStore())
//	n, _ := node.Open(c, inbox, retriever, confirmations, log, db)
//	for ctx.Err() == nil { err = n.Run(ctx); /* log, wait, retry */ }
package node
