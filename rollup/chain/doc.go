// Package chain keeps an L2 chain for the rollup's services: the blocks
// stf produced (by number and hash), a transaction index, the state behind
// the latest block, and the head tags latest, safe and finalized. The
// sequencer and the verifier node both append to one; the JSON-RPC server
// reads it. It is safe for concurrent use.
//
// New keeps everything in memory. Open keeps the chain in a Store
// (rollup/store's badger adapter): Append writes the blocks, with the
// state committed before them and whatever the store's owner staged,
// before they become visible; only the latest Window blocks stay in
// memory, and the state is reopened at its committed roots every few
// hundred blocks so that its caches stay bounded. A reopened store resumes
// at its head.
package chain
