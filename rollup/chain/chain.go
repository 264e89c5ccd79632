package chain

import (
	"errors"
	"fmt"
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

// Chain is an L2 chain: blocks 0..Latest, each with its receipts. A chain
// made by New lives in memory; one made by Open keeps its latest Window
// blocks in memory and the rest in its Store.
type Chain struct {
	mu        sync.RWMutex
	p         stf.Params
	blocks    []stf.Block // blocks base..latest
	base      uint64
	byHash    map[common.Hash]uint64 // of the blocks held in memory
	txs       map[common.Hash]TxLoc  // of the blocks held in memory
	st        *state.State
	safe      uint64
	finalized uint64
	stMu      sync.Mutex // guards st

	store    Store // nil: in memory
	appended int   // blocks appended since the state was last reopened
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

// ErrGenesisMismatch is returned by Open when the store's block 0 is not
// the genesis block of the parameters (a data directory of another chain).
var ErrGenesisMismatch = errors.New("chain: stored genesis differs")

// Open returns the chain kept in s, whose state nodes live in stateStore:
// a fresh store gets the genesis block, a used one resumes at its head
// with the state behind it. The caller checked that s belongs to this
// chain (rollup/store records the chain ID and genesis hash).
func Open(p stf.Params, s Store, stateStore state.Store) (*Chain, error) {
	g, _ := stf.Genesis(p)
	h, ok, err := s.Head()
	if err != nil {
		return nil, err
	}
	if !ok {
		if err := s.WriteBlocks([]stf.Block{g}, state.Roots{}); err != nil {
			return nil, err
		}
		h = StoredHead{}
	}
	stored, err := s.ReadBlock(0)
	if err != nil {
		return nil, fmt.Errorf("chain: genesis: %w", err)
	}
	if stored.Hash != g.Hash {
		return nil, fmt.Errorf("%w: store has %s, parameters give %s", ErrGenesisMismatch, stored.Hash, g.Hash)
	}
	c := &Chain{p: p, byHash: map[common.Hash]uint64{}, txs: map[common.Hash]TxLoc{},
		st: state.Open(stateStore, h.Roots), safe: h.Safe, finalized: h.Finalized, store: s}
	first := uint64(0)
	if h.Latest+1 > Window {
		first = h.Latest + 1 - Window
	}
	c.base = first
	for n := first; n <= h.Latest; n++ {
		b, err := s.ReadBlock(n)
		if err != nil {
			return nil, fmt.Errorf("chain: block %d of %d: %w", n, h.Latest, err)
		}
		c.hold(b)
	}
	return c, nil
}

// hold adds b to the in-memory window.
func (c *Chain) hold(b stf.Block) {
	c.blocks = append(c.blocks, b)
	c.byHash[b.Hash] = b.Number
	for i, tx := range b.Txs {
		c.txs[tx.Hash] = TxLoc{Block: b.Number, Index: i}
	}
	if c.store == nil || len(c.blocks) <= Window {
		return
	}
	old := c.blocks[0]
	delete(c.byHash, old.Hash)
	for _, tx := range old.Txs {
		delete(c.txs, tx.Hash)
	}
	c.blocks[0] = stf.Block{}
	c.blocks = c.blocks[1:]
	c.base++
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
// state. It is called inside WithState after the state was committed; a
// stored chain writes the blocks (with the committed state and whatever
// its store's owner staged) before they become visible, and a store
// failure leaves the chain as it was. Appending no blocks still writes
// what was staged.
func (c *Chain) Append(blocks []stf.Block) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	head := c.blocks[len(c.blocks)-1]
	for _, b := range blocks {
		if b.Number != head.Number+1 || b.Header.ParentHash != head.Hash {
			return errors.New("chain: block does not extend the head")
		}
		head = b
	}
	if c.store != nil {
		if err := c.store.WriteBlocks(blocks, c.st.Roots()); err != nil {
			return fmt.Errorf("chain: store blocks: %w", err)
		}
		c.appended += len(blocks)
	}
	for _, b := range blocks {
		c.hold(b)
	}
	return nil
}

// WithState runs fn with the state behind the latest block, exclusively:
// producers apply blocks in fn and Append them before it returns. A
// stored chain reopens its state at the committed roots now and then so
// that its caches stay bounded.
func (c *Chain) WithState(fn func(st *state.State) error) error {
	c.stMu.Lock()
	defer c.stMu.Unlock()
	err := fn(c.st)
	if err == nil && c.store != nil && c.appended >= reopenEvery {
		c.st = state.Open(c.st.Store(), c.st.Roots())
		c.appended = 0
	}
	return err
}

// Account reads an account at the latest block.
func (c *Chain) Account(addr common.Address) (state.Account, error) {
	c.stMu.Lock()
	defer c.stMu.Unlock()
	return c.st.Account(addr)
}

// Block returns block n. A block of a stored chain below the in-memory
// window is read from the store; a store failure reads as absent.
func (c *Chain) Block(n uint64) (stf.Block, bool) {
	c.mu.RLock()
	latest := c.base + uint64(len(c.blocks)) - 1
	if n > latest {
		c.mu.RUnlock()
		return stf.Block{}, false
	}
	if n >= c.base {
		b := c.blocks[n-c.base]
		c.mu.RUnlock()
		return b, true
	}
	c.mu.RUnlock()
	b, err := c.store.ReadBlock(n)
	return b, err == nil
}

// BlockByHash returns the block with hash h.
func (c *Chain) BlockByHash(h common.Hash) (stf.Block, bool) {
	c.mu.RLock()
	n, ok := c.byHash[h]
	c.mu.RUnlock()
	if !ok {
		if c.store == nil {
			return stf.Block{}, false
		}
		var err error
		if n, err = c.store.BlockNumber(h); err != nil {
			return stf.Block{}, false
		}
	}
	// A stored index entry may outlive a block a crash never made durable.
	b, ok := c.Block(n)
	if !ok || b.Hash != h {
		return stf.Block{}, false
	}
	return b, true
}

// Tx returns the block holding transaction h and its index.
func (c *Chain) Tx(h common.Hash) (stf.Block, int, bool) {
	c.mu.RLock()
	loc, ok := c.txs[h]
	c.mu.RUnlock()
	if !ok {
		if c.store == nil {
			return stf.Block{}, 0, false
		}
		var err error
		if loc, err = c.store.TxLoc(h); err != nil {
			return stf.Block{}, 0, false
		}
	}
	b, ok := c.Block(loc.Block)
	// A stored index entry may outlive a block a crash never made durable.
	if !ok || loc.Index >= len(b.Txs) || b.Txs[loc.Index].Hash != h {
		return stf.Block{}, 0, false
	}
	return b, loc.Index, true
}

// SetSafe marks blocks up to n safe (derived from L1 data). A stored chain
// records the tag; the error says the store failed (the tag still moved in
// memory).
func (c *Chain) SetSafe(n uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n <= c.safe {
		return nil
	}
	c.safe = n
	return c.writeTags()
}

// SetFinalized marks blocks up to n finalized.
func (c *Chain) SetFinalized(n uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n <= c.finalized {
		return nil
	}
	c.finalized = n
	return c.writeTags()
}

func (c *Chain) writeTags() error {
	if c.store == nil {
		return nil
	}
	if err := c.store.WriteTags(c.safe, c.finalized); err != nil {
		return fmt.Errorf("chain: store tags: %w", err)
	}
	return nil
}

// Tags returns the latest, safe and finalized block numbers.
func (c *Chain) Tags() (latest, safe, finalized uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.base + uint64(len(c.blocks)) - 1, c.safe, c.finalized
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

// Reset replaces the blocks after block n by the blocks fn derives on the
// state behind n (fn commits the state it changes and returns blocks that
// extend head, block n): what a sequencer does when the L1 inbox took
// queue items its own blocks did not. The safe and finalized tags fall
// back to n when they were above it. A stored chain writes the new blocks,
// their state and whatever was staged, and moves its head, in one step: a
// crash leaves either the old chain or the new one. On any error the
// chain is as it was.
func (c *Chain) Reset(n uint64, fn func(st *state.State, head stf.Head) ([]stf.Block, error)) error {
	c.stMu.Lock()
	defer c.stMu.Unlock()
	base, ok := c.Block(n)
	if !ok {
		return fmt.Errorf("%w: reset to %d", ErrUnknownBlock, n)
	}
	if n < c.finalized {
		return fmt.Errorf("chain: reset to block %d below the finalized block %d", n, c.finalized)
	}
	st := state.Open(c.st.Store(), base.Roots)
	blocks, err := fn(st, stf.Head{Hash: base.Hash, Number: base.Number, Time: base.Time})
	if err != nil {
		return err
	}
	head := base
	for _, b := range blocks {
		if b.Number != head.Number+1 || b.Header.ParentHash != head.Hash {
			return errors.New("chain: reset block does not extend the reset point")
		}
		head = b
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.store != nil {
		if err := c.store.ResetBlocks(n, blocks, st.Roots()); err != nil {
			return fmt.Errorf("chain: store reset: %w", err)
		}
	}
	if n < c.base {
		// Below the in-memory window: start it again at n.
		c.blocks, c.base = []stf.Block{base}, n
		c.byHash, c.txs = map[common.Hash]uint64{base.Hash: n}, map[common.Hash]TxLoc{}
	} else {
		for _, old := range c.blocks[n-c.base+1:] {
			delete(c.byHash, old.Hash)
			for _, tx := range old.Txs {
				delete(c.txs, tx.Hash)
			}
		}
		clear(c.blocks[n-c.base+1:])
		c.blocks = c.blocks[:n-c.base+1]
	}
	for _, b := range blocks {
		c.hold(b)
	}
	c.st = st
	c.appended = 0
	c.safe, c.finalized = min(c.safe, n), min(c.finalized, n)
	return nil
}

// ErrNoWithdrawal is returned by WithdrawalProof when the withdrawal is not
// in block n's withdrawals tree (not initiated yet, or in a later block).
// Retrying at a later block may help.
var ErrNoWithdrawal = errors.New("chain: no such withdrawal at this block")

// WithdrawalProof returns block n, the withdrawal (sender, nonce) in its
// withdrawals tree and the proof of it against b.Roots.Withdrawals: the
// root a proposal ending at block n carries, which the inbox's withdraw
// checks. The tree is opened at that past root: state nodes are content
// addressed and never pruned, and derivation commits the state at the end
// of every batch, so every batch-end block (the blocks proposals name) is
// provable. A block inside a batch whose root was never committed gives
// state.ErrNotFound.
func (c *Chain) WithdrawalProof(n uint64, sender common.Address, nonce uint64) (stf.Block, state.Withdrawal, state.Proof, error) {
	b, ok := c.Block(n)
	if !ok {
		return stf.Block{}, state.Withdrawal{}, state.Proof{}, fmt.Errorf("%w: %d", ErrUnknownBlock, n)
	}
	c.stMu.Lock() // the store under the state is not safe for concurrent use
	defer c.stMu.Unlock()
	st := c.st
	if st.Roots().Withdrawals != b.Roots.Withdrawals {
		st = state.Open(c.st.Store(), b.Roots)
	}
	w, found, err := st.Withdrawal(sender, nonce)
	if err != nil {
		return b, state.Withdrawal{}, state.Proof{}, fmt.Errorf("chain: withdrawal at block %d: %w", n, err)
	}
	if !found {
		return b, state.Withdrawal{}, state.Proof{}, fmt.Errorf("%w: %s nonce %d at block %d", ErrNoWithdrawal, sender, nonce, n)
	}
	p, err := st.ProveWithdrawal(sender, nonce)
	if err != nil {
		return b, state.Withdrawal{}, state.Proof{}, fmt.Errorf("chain: prove withdrawal at block %d: %w", n, err)
	}
	return b, w, p, nil
}
