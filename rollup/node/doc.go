// Package node is the rollup's verifier node: it follows the inbox on L1
// (at a confirmation depth), fetches each batch's blob from the committee
// members with verified retrieval (dac/retrieve: never from the sequencer
// or the disperser), decodes the records, applies the batch's queue items
// and records with rollup/stf and appends the blocks to its chain, marking
// them safe. Members that served bad data are named and skipped.
package node
