package sequencer

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup/txn"
)

// Pool errors, with go-ethereum's strings for the same faults.
var (
	ErrPoolFull     = errors.New("txpool is full")
	ErrUnderpriced  = errors.New("replacement transaction underpriced")
	ErrAlreadyKnown = errors.New("already known")
	ErrCensored     = errors.New("sequencer: sender refused")
)

// Pool is the mempool: per sender, transactions by nonce. It is safe for
// concurrent use.
type Pool struct {
	mu    sync.Mutex
	max   int
	n     int
	bySnd map[common.Address]map[uint64]*txn.Tx
	known map[common.Hash]bool
}

// NewPool returns a pool holding at most max transactions.
func NewPool(max int) *Pool {
	return &Pool{max: max, bySnd: map[common.Address]map[uint64]*txn.Tx{}, known: map[common.Hash]bool{}}
}

// Len returns the number of pooled transactions.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

// Add pools tx, whose nonce is at least the sender's account nonce. A
// transaction with the nonce of a pooled one replaces it only with a
// higher tip.
func (p *Pool) Add(tx *txn.Tx) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.known[tx.Hash] {
		return fmt.Errorf("%w: %s", ErrAlreadyKnown, tx.Hash)
	}
	m := p.bySnd[tx.From]
	if old, ok := m[tx.Nonce]; ok {
		if !tx.TipCap.Gt(&old.TipCap) || tx.FeeCap.Lt(&old.FeeCap) {
			return ErrUnderpriced
		}
		delete(p.known, old.Hash)
		m[tx.Nonce] = tx
		p.known[tx.Hash] = true
		return nil
	}
	if p.n >= p.max {
		return ErrPoolFull
	}
	if m == nil {
		m = map[uint64]*txn.Tx{}
		p.bySnd[tx.From] = m
	}
	m[tx.Nonce] = tx
	p.known[tx.Hash] = true
	p.n++
	return nil
}

// Pending returns the nonce after the sender's run of pooled transactions
// starting at account nonce next.
func (p *Pool) Pending(from common.Address, next uint64) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	m := p.bySnd[from]
	for m[next] != nil {
		next++
	}
	return next
}

// Select returns up to max executable transactions: for each sender the run
// of consecutive nonces from its account nonce (nonce(addr)), senders
// interleaved in address order. It drops transactions whose nonce is below
// the account nonce.
func (p *Pool) Select(max int, nonce func(common.Address) uint64) []*txn.Tx {
	p.mu.Lock()
	defer p.mu.Unlock()
	type run struct {
		txs []*txn.Tx
	}
	var senders []common.Address
	for a := range p.bySnd {
		senders = append(senders, a)
	}
	sort.Slice(senders, func(i, j int) bool { return senders[i].Cmp(senders[j]) < 0 })
	runs := make([]run, 0, len(senders))
	for _, a := range senders {
		m := p.bySnd[a]
		n := nonce(a)
		for k, tx := range m {
			if k < n {
				p.drop(m, a, tx)
			}
		}
		var r run
		for tx := m[n]; tx != nil; tx = m[n] {
			r.txs = append(r.txs, tx)
			n++
		}
		runs = append(runs, r)
	}
	var out []*txn.Tx
	for i := 0; len(out) < max; i++ {
		added := false
		for _, r := range runs {
			if i < len(r.txs) && len(out) < max {
				out = append(out, r.txs[i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}

// Remove drops transactions (included or found invalid).
func (p *Pool) Remove(txs []*txn.Tx) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, tx := range txs {
		if m := p.bySnd[tx.From]; m != nil && m[tx.Nonce] == tx {
			p.drop(m, tx.From, tx)
		}
	}
}

func (p *Pool) drop(m map[uint64]*txn.Tx, a common.Address, tx *txn.Tx) {
	delete(m, tx.Nonce)
	delete(p.known, tx.Hash)
	p.n--
	if len(m) == 0 {
		delete(p.bySnd, a)
	}
}

// admit applies the admission rules for a transaction against the account
// (nonce, balance): go-ethereum's errors for a nonce below the account's
// and for funds short of its cost. A nonce above is held (gap).
func admit(tx *txn.Tx, baseFee, nonce uint64, balance *uint256.Int) error {
	if tx.Nonce < nonce {
		return txn.CheckState(tx, baseFee, nonce, balance)
	}
	return txn.CheckState(tx, baseFee, tx.Nonce, balance)
}

// Known reports whether the pool holds the transaction with hash h.
func (p *Pool) Known(h common.Hash) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.known[h]
}
