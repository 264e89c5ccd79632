package chain

import (
	"errors"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// ErrUnknownBlock is returned for a block the chain does not hold.
var ErrUnknownBlock = errors.New("chain: unknown block")

// TxLoc is where an included transaction lives.
type TxLoc struct {
	Block uint64
	Index int
}

// Chain is an L2 chain: blocks 0..Latest, each with its receipts.
type Chain struct {
	mu        sync.RWMutex
	p         stf.Params
	blocks    []stf.Block
	byHash    map[common.Hash]uint64
	txs       map[common.Hash]TxLoc
	st        *state.State
	safe      uint64
	finalized uint64
	stMu      sync.Mutex // guards st
}

// New returns a chain holding the genesis block over st (the empty
// state).
func New(p stf.Params, st *state.State) *Chain {
	g, _ := stf.Genesis(p)
	c := &Chain{p: p, byHash: map[common.Hash]uint64{g.Hash: 0}, txs: map[common.Hash]TxLoc{},
		st: st}
	c.blocks = append(c.blocks, g)
	return c
}

// Params returns the state transition parameters.
func (c *Chain) Params() stf.Params { return c.p }

// Head returns the latest block's head.
func (c *Chain) Head() stf.Head {
	c.mu.RLock()
	defer c.mu.RUnlock()
	b := &c.blocks[len(c.blocks)-1]
	return stf.Head{Hash: b.Hash, Number: b.Number, Time: b.Time}
}

// Append adds blocks (which must extend the head) produced on the chain's
// state.
func (c *Chain) Append(blocks []stf.Block) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, b := range blocks {
		if b.Number != uint64(len(c.blocks)) || b.Header.ParentHash != c.blocks[len(c.blocks)-1].Hash {
			return errors.New("chain: block does not extend the head")
		}
		c.blocks = append(c.blocks, b)
		c.byHash[b.Hash] = b.Number
		for i, tx := range b.Txs {
			c.txs[tx.Hash] = TxLoc{Block: b.Number, Index: i}
		}
	}
	return nil
}

// WithState runs fn with the state behind the latest block, exclusively:
// producers apply blocks in fn and Append them before it returns.
func (c *Chain) WithState(fn func(st *state.State) error) error {
	c.stMu.Lock()
	defer c.stMu.Unlock()
	return fn(c.st)
}

// Account reads an account at the latest block.
func (c *Chain) Account(addr common.Address) (state.Account, error) {
	c.stMu.Lock()
	defer c.stMu.Unlock()
	return c.st.Account(addr)
}

// Block returns block n.
func (c *Chain) Block(n uint64) (stf.Block, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if n >= uint64(len(c.blocks)) {
		return stf.Block{}, false
	}
	return c.blocks[n], true
}

// BlockByHash returns the block with hash h.
func (c *Chain) BlockByHash(h common.Hash) (stf.Block, bool) {
	c.mu.RLock()
	n, ok := c.byHash[h]
	c.mu.RUnlock()
	if !ok {
		return stf.Block{}, false
	}
	return c.Block(n)
}

// Tx returns the block holding transaction h and its index.
func (c *Chain) Tx(h common.Hash) (stf.Block, int, bool) {
	c.mu.RLock()
	loc, ok := c.txs[h]
	c.mu.RUnlock()
	if !ok {
		return stf.Block{}, 0, false
	}
	b, ok := c.Block(loc.Block)
	return b, loc.Index, ok
}

// SetSafe marks blocks up to n safe (derived from L1 data).
func (c *Chain) SetSafe(n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n > c.safe {
		c.safe = n
	}
}

// SetFinalized marks blocks up to n finalized.
func (c *Chain) SetFinalized(n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n > c.finalized {
		c.finalized = n
	}
}

// Tags returns the latest, safe and finalized block numbers.
func (c *Chain) Tags() (latest, safe, finalized uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return uint64(len(c.blocks) - 1), c.safe, c.finalized
}

// Output returns the output root at block n: keccak256(version ||
// stateRoot || withdrawalsRoot || blockHash).
func (c *Chain) Output(n uint64) (stf.Block, common.Hash, bool) {
	b, ok := c.Block(n)
	if !ok {
		return b, common.Hash{}, false
	}
	return b, stf.OutputRoot(b.Roots, b.Hash), true
}
