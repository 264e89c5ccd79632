package chain

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Store keeps a chain on disk (rollup/store's badger adapter implements
// it). The chain calls WriteBlocks from Append, inside WithState, after the
// caller committed the state: the store makes the blocks, the state nodes
// committed before them and anything else its owner staged durable in one
// step, with roots as the state behind the new head. Reads return
// ErrUnknownBlock for what the store does not hold.
type Store interface {
	// Head returns the stored head: the latest block number, the state
	// roots behind it, and the safe and finalized tags; ok is false for an
	// empty store.
	Head() (h StoredHead, ok bool, err error)
	// WriteBlocks appends blocks (possibly none) and sets the head.
	WriteBlocks(blocks []stf.Block, roots state.Roots) error
	// ResetBlocks replaces the blocks after n by blocks (which start at
	// n+1; possibly none) and sets the head, the safe and finalized tags
	// at most n, atomically: a reader or a crash sees the old chain or the
	// new one.
	ResetBlocks(n uint64, blocks []stf.Block, roots state.Roots) error
	// WriteTags records the safe and finalized tags.
	WriteTags(safe, finalized uint64) error
	ReadBlock(n uint64) (stf.Block, error)
	BlockNumber(h common.Hash) (uint64, error)
	TxLoc(h common.Hash) (TxLoc, error)
}

// StoredHead is what a Store says about its chain's head.
type StoredHead struct {
	Latest    uint64      `json:"latest"`
	Roots     state.Roots `json:"roots"`
	Safe      uint64      `json:"safe"`
	Finalized uint64      `json:"finalized"`
}

// Window is how many of the latest blocks a stored chain keeps in memory;
// older ones are read from the store.
const Window = 512

// reopenEvery is how many appended blocks a stored chain lets its state
// cache grow over before it reopens the state at the committed roots,
// which drops every cached tree node and account.
const reopenEvery = 256
