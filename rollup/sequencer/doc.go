// Package sequencer is the rollup's sequencer: a mempool of transfers
// ordered by nonce per sender (bounded, replacement by a higher tip, nonce
// gaps held until they fill), an L2 block every interval executed at once
// with rollup/stf (the unsafe head), and a batcher that packs whole blocks
// into a quire blob, has it certified by the disperser and records it in
// the L1 inbox, retrying with back-off while the disperser is down.
package sequencer
