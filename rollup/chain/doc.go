// Package chain keeps an L2 chain in memory for the rollup's services: the
// blocks stf produced (by number and hash), a transaction index, the
// state behind the latest block, and the head tags latest, safe and
// finalized. The sequencer and the verifier node both append to one; the
// JSON-RPC server reads it. It is safe for concurrent use.
package chain
