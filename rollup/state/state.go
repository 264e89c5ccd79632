package state

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Account is an L2 account: a balance in wei and a nonce.
type Account struct {
	Balance uint256.Int
	Nonce   uint64
}

// IsZero reports whether the account is empty (balance 0, nonce 0); its
// leaf is then 0.
func (a *Account) IsZero() bool { return a.Nonce == 0 && a.Balance.IsZero() }

// preimage is 0x00 || balance (32 bytes) || nonce (8 bytes): the 41 bytes
// whose keccak256 is the leaf.
func (a *Account) preimage() []byte {
	b := make([]byte, 41)
	a.Balance.WriteToSlice(b[1:33])
	binary.BigEndian.PutUint64(b[33:], a.Nonce)
	return b
}

// Leaf returns keccak256(0x00 || balance || nonce), or 0 for an empty
// account.
func (a *Account) Leaf() Hash {
	if a.IsZero() {
		return Hash{}
	}
	return crypto.Keccak256Hash(a.preimage())
}

// AccountKey returns keccak256(0x00 || address), the account's key in the
// accounts tree.
func AccountKey(addr common.Address) Hash {
	var b [21]byte
	copy(b[1:], addr[:])
	return crypto.Keccak256Hash(b[:])
}

// Withdrawal is a leaf of the withdrawals tree: amount burnt on L2 by
// Sender's transaction with nonce Nonce (before the bump), payable on L1 to
// Sender.
type Withdrawal struct {
	Sender common.Address
	Nonce  uint64
	Amount uint256.Int
}

// Key returns keccak256(0x01 || sender || nonce (uint64 big-endian)).
func (w *Withdrawal) Key() Hash { return WithdrawalKey(w.Sender, w.Nonce) }

// WithdrawalKey returns keccak256(0x01 || sender || nonce).
func WithdrawalKey(sender common.Address, nonce uint64) Hash {
	var b [29]byte
	b[0] = 0x01
	copy(b[1:21], sender[:])
	binary.BigEndian.PutUint64(b[21:], nonce)
	return crypto.Keccak256Hash(b[:])
}

func (w *Withdrawal) preimage() []byte {
	b := make([]byte, 53)
	b[0] = 0x01
	copy(b[1:21], w.Sender[:])
	w.Amount.WriteToSlice(b[21:])
	return b
}

// Leaf returns keccak256(0x01 || sender (the L1 recipient) || amount
// (uint256)). It is never 0.
func (w *Withdrawal) Leaf() Hash { return crypto.Keccak256Hash(w.preimage()) }

// Roots are the two roots of a state.
type Roots struct {
	State       Hash `json:"stateRoot"`
	Withdrawals Hash `json:"withdrawalsRoot"`
}

// State is the rollup state: the accounts tree, the withdrawals tree, and
// the leaf preimages that let it read accounts back. It caches the accounts
// it has read or written. It is not safe for concurrent use.
type State struct {
	store       Store
	accounts    *Tree
	withdrawals *Tree
	cache       map[common.Address]Account
	pending     [][2][]byte // preimages to write on Commit
}

// New returns an empty state over store.
func New(store Store) *State {
	return &State{store: store, accounts: NewTree(store), withdrawals: NewTree(store),
		cache: make(map[common.Address]Account)}
}

// Store returns the store under the state.
func (s *State) Store() Store { return s.store }

// Open returns the state with the given roots, committed to store earlier.
func Open(store Store, r Roots) *State {
	s := New(store)
	s.accounts = OpenTree(store, r.State)
	s.withdrawals = OpenTree(store, r.Withdrawals)
	return s
}

func preimageKey(leaf Hash) []byte { return append([]byte{'p'}, leaf[:]...) }

// Account returns the account at addr (empty when absent).
func (s *State) Account(addr common.Address) (Account, error) {
	if a, ok := s.cache[addr]; ok {
		return a, nil
	}
	leaf, err := s.accounts.Get(AccountKey(addr))
	if err != nil {
		return Account{}, err
	}
	var a Account
	if leaf != (Hash{}) {
		b, err := s.store.Get(preimageKey(leaf))
		if err != nil {
			return Account{}, fmt.Errorf("state: account %s preimage: %w", addr, err)
		}
		if len(b) != 41 || b[0] != 0 {
			return Account{}, fmt.Errorf("%w: account preimage of %d bytes", ErrCorruptNode, len(b))
		}
		a.Balance.SetBytes32(b[1:33])
		a.Nonce = binary.BigEndian.Uint64(b[33:])
	}
	s.cache[addr] = a
	return a, nil
}

// SetAccount sets the account at addr.
func (s *State) SetAccount(addr common.Address, a Account) error {
	s.cache[addr] = a
	if a.IsZero() {
		return s.accounts.Set(AccountKey(addr), Hash{})
	}
	pre := a.preimage()
	leaf := crypto.Keccak256Hash(pre)
	s.pending = append(s.pending, [2][]byte{preimageKey(leaf), pre})
	return s.accounts.Set(AccountKey(addr), leaf)
}

// ErrWithdrawalExists is returned by AddWithdrawal for a key already set.
// It cannot happen in a valid history (a sender's nonce only grows).
var ErrWithdrawalExists = errors.New("state: withdrawal already exists")

// AddWithdrawal sets the withdrawal's leaf.
func (s *State) AddWithdrawal(w Withdrawal) error {
	k := w.Key()
	old, err := s.withdrawals.Get(k)
	if err != nil {
		return err
	}
	if old != (Hash{}) {
		return fmt.Errorf("%w: %s nonce %d", ErrWithdrawalExists, w.Sender, w.Nonce)
	}
	pre := w.preimage()
	leaf := crypto.Keccak256Hash(pre)
	s.pending = append(s.pending, [2][]byte{preimageKey(leaf), pre})
	return s.withdrawals.Set(k, leaf)
}

// Withdrawal returns the withdrawal leaf at (sender, nonce), and whether it
// exists.
func (s *State) Withdrawal(sender common.Address, nonce uint64) (Withdrawal, bool, error) {
	leaf, err := s.withdrawals.Get(WithdrawalKey(sender, nonce))
	if err != nil || leaf == (Hash{}) {
		return Withdrawal{}, false, err
	}
	w := Withdrawal{Sender: sender, Nonce: nonce}
	b, err := s.store.Get(preimageKey(leaf))
	if err != nil {
		// Not committed yet: the leaf was set in this session.
		for i := len(s.pending) - 1; i >= 0 && errors.Is(err, ErrNotFound); i-- {
			if string(s.pending[i][0]) == string(preimageKey(leaf)) {
				b, err = s.pending[i][1], nil
			}
		}
		if err != nil {
			return Withdrawal{}, false, fmt.Errorf("state: withdrawal preimage: %w", err)
		}
	}
	if len(b) != 53 || b[0] != 1 {
		return Withdrawal{}, false, fmt.Errorf("%w: withdrawal preimage of %d bytes", ErrCorruptNode, len(b))
	}
	w.Amount.SetBytes32(b[21:])
	return w, true, nil
}

// Roots returns the current roots, hashing what changed since the last
// call.
func (s *State) Roots() Roots {
	return Roots{State: s.accounts.Root(), Withdrawals: s.withdrawals.Root()}
}

// Commit writes the changed nodes and the new leaf preimages to the store
// and returns the roots; Open(store, roots) then reads this state.
func (s *State) Commit() (Roots, error) {
	for _, kv := range s.pending {
		if err := s.store.Put(kv[0], kv[1]); err != nil {
			return Roots{}, fmt.Errorf("state: store preimage: %w", err)
		}
	}
	s.pending = s.pending[:0]
	var r Roots
	var err error
	if r.State, err = s.accounts.Commit(); err != nil {
		return Roots{}, err
	}
	if r.Withdrawals, err = s.withdrawals.Commit(); err != nil {
		return Roots{}, err
	}
	return r, nil
}

// ProveAccount returns the account at addr and its proof against the
// current state root.
func (s *State) ProveAccount(addr common.Address) (Account, Proof, error) {
	a, err := s.Account(addr)
	if err != nil {
		return Account{}, Proof{}, err
	}
	p, err := s.accounts.Prove(AccountKey(addr))
	return a, p, err
}

// ProveWithdrawal returns the proof of the withdrawal leaf at (sender,
// nonce) against the current withdrawals root (a proof of absence when it
// does not exist).
func (s *State) ProveWithdrawal(sender common.Address, nonce uint64) (Proof, error) {
	return s.withdrawals.Prove(WithdrawalKey(sender, nonce))
}
