// Package store keeps the bundled rollup's services on disk in badger:
// the state trees' nodes and leaf preimages, the blocks with their
// receipts and transaction index, the head (latest block, state roots,
// safe and finalized tags), and the records the sequencer and the verifier
// node keep beside them (the sequencer's transaction journal, unposted
// blocks and in-flight batch; the node's per-batch checkpoints with the L1
// cursor). It is the badger adapter at the edge of rollup/chain,
// rollup/state, rollup/sequencer and rollup/node, which only see
// interfaces.
//
// A database belongs to one chain and one role: Open records the role, the
// L2 chain ID, the genesis block hash and the inbox address on first use,
// and refuses a directory that holds another chain's or another role's
// data (ErrForeign, with a *MismatchError saying what differs).
//
// Writes are synchronous (badger SyncWrites). A chain's Append calls
// WriteBlocks, which writes in two steps: first the state nodes committed
// since the last call, the blocks, their transaction index and what the
// owner staged with Stage (all keyed so that a copy nobody points to is
// harmless), then one transaction with the new head, what was staged with
// StageFinal and the StageDelete deletions. A crash between the steps
// leaves the old head, and everything it points to, intact.
//
//	db, err := store.Open(store.Config{Dir: dir}, store.Ident{Role: store.RoleNode, ChainID: id,
//		Genesis: genesisHash, Inbox: inbox}, params, log)
//	defer db.Close()
//	c, err := chain.Open(params, db, db) // blocks and state in the same DB
package store
