package state

import "errors"

// ErrNotFound is returned by a Store's Get for an absent key. For a tree it
// means the store lacks a node of a root it was asked to open (pruned or
// never committed); retrying does not help.
var ErrNotFound = errors.New("state: not found")

// Store is the key-value storage under the trees: committed branch nodes
// (keyed by their hash) and leaf preimages (accounts and withdrawals, keyed
// by their leaf hash). Keys are content hashes, so a store keeps every
// committed root readable until the caller prunes it. A badger adapter
// implements it at the edge; MemStore in memory.
type Store interface {
	// Get returns the value stored under key, or ErrNotFound. The caller
	// does not modify the returned slice.
	Get(key []byte) ([]byte, error)
	// Put stores value under key. The store may keep value without copying;
	// the caller does not modify it afterwards.
	Put(key, value []byte) error
}

// MemStore is an in-memory Store. It is not safe for concurrent use.
type MemStore struct{ m map[string][]byte }

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{m: make(map[string][]byte)} }

// Get implements Store.
func (s *MemStore) Get(key []byte) ([]byte, error) {
	v, ok := s.m[string(key)]
	if !ok {
		return nil, ErrNotFound
	}
	return v, nil
}

// Put implements Store.
func (s *MemStore) Put(key, value []byte) error {
	s.m[string(key)] = value
	return nil
}

// Len returns the number of stored entries.
func (s *MemStore) Len() int { return len(s.m) }
