package state

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Depth is the depth of the trees: a root sits at height 256 over 2^256
// leaves.
const Depth = 256

// ErrCorruptNode is returned when a stored node does not decode. The store
// is damaged; retrying does not help.
var ErrCorruptNode = errors.New("state: corrupt node")

// node is a leaf (height 0) or a branch (height 1..256) of the compact
// in-memory tree. A non-root branch always has two non-empty children; the
// root branch (height 256) may have empty ones. A leaf child stands for the
// subtree where it is alone (its hash is the same at every height); a
// branch child of lower height is raised to its parent's level by lift,
// one branch hash per empty level in between.
type node struct {
	height int
	key    Hash // leaf: its key; branch: a key whose bits >= height are the subtree's path
	value  Hash // leaf only

	child  [2]*node
	lifted [2]Hash // branch: the children's hashes raised to height-1
	liftOK [2]bool
	hash   Hash // leaf: keccak(0x02 || key || value); branch: own hash at its height (valid when !dirty)

	dirty   bool // hash (or, for a leaf, value) changed since the last hashing
	unsaved bool // branch: not in the store under hash
	stub    bool // branch: only hash, height and key known; children in the store
}

// Tree is a compact keccak sparse Merkle tree of depth 256: an empty
// subtree hashes to 0, a subtree holding one leaf to keccak(0x02 || key ||
// leaf), any other to keccak(0x03 || left || right) (see docs/rollup.md,
// "State"). Only the branching nodes are held, so an update hashes one
// leaf and about log2(N) branches for N leaves, and updates between two
// Root calls share their upper levels. A Tree is not safe for concurrent
// use.
type Tree struct {
	store Store
	root  *node
	h     *hasher
}

// NewTree returns an empty tree over store.
func NewTree(store Store) *Tree {
	return &Tree{store: store, root: &node{height: Depth}, h: newHasher()}
}

// OpenTree returns the tree with the given root, whose nodes were committed
// to store. Nodes are loaded as they are reached; a missing one makes that
// call fail with ErrNotFound.
func OpenTree(store Store, root Hash) *Tree {
	t := NewTree(store)
	if root != (Hash{}) {
		t.root = &node{height: Depth, hash: root, stub: true}
	}
	return t
}

func nodeKey(id Hash) []byte { return append([]byte{'n'}, id[:]...) }

// resolve loads a stub branch from the store.
func (t *Tree) resolve(n *node) error {
	if !n.stub {
		return nil
	}
	b, err := t.store.Get(nodeKey(n.hash))
	if err != nil {
		return fmt.Errorf("state: node %x at height %d: %w", n.hash, n.height, err)
	}
	if err := decodeBranch(n, b); err != nil {
		return fmt.Errorf("%w: %x: %v", ErrCorruptNode, n.hash, err)
	}
	n.stub = false
	return nil
}

// encodeBranch writes height (2 bytes) then per child a tag: 0 empty;
// 1 leaf: key, value, lifted; 2 branch: height (2), hash, key, lifted.
func encodeBranch(n *node) []byte {
	b := make([]byte, 2, 2+2*99)
	binary.BigEndian.PutUint16(b, uint16(n.height))
	for i, c := range n.child {
		switch {
		case c == nil:
			b = append(b, 0)
		case c.height == 0:
			b = append(b, 1)
			b = append(b, c.key[:]...)
			b = append(b, c.value[:]...)
			b = append(b, n.lifted[i][:]...)
		default:
			b = append(b, 2, byte(c.height>>8), byte(c.height))
			b = append(b, c.hash[:]...)
			b = append(b, c.key[:]...)
			b = append(b, n.lifted[i][:]...)
		}
	}
	return b
}

func decodeBranch(n *node, b []byte) error {
	if len(b) < 2 || int(binary.BigEndian.Uint16(b)) != n.height {
		return errors.New("height mismatch")
	}
	b = b[2:]
	take := func(k int) ([]byte, bool) {
		if len(b) < k {
			return nil, false
		}
		v := b[:k]
		b = b[k:]
		return v, true
	}
	for i := range n.child {
		tag, ok := take(1)
		if !ok {
			return errors.New("truncated")
		}
		switch tag[0] {
		case 0:
			n.child[i], n.lifted[i] = nil, Hash{}
		case 1:
			v, ok := take(96)
			if !ok {
				return errors.New("truncated leaf")
			}
			c := &node{}
			copy(c.key[:], v[:32])
			copy(c.value[:], v[32:64])
			copy(n.lifted[i][:], v[64:])
			c.hash = n.lifted[i] // a leaf's hash is its lifted hash
			n.child[i] = c
		case 2:
			v, ok := take(98)
			if !ok {
				return errors.New("truncated branch")
			}
			c := &node{height: int(binary.BigEndian.Uint16(v)), stub: true}
			if c.height < 1 || c.height >= n.height {
				return errors.New("child height out of range")
			}
			copy(c.hash[:], v[2:34])
			copy(c.key[:], v[34:66])
			copy(n.lifted[i][:], v[66:])
			n.child[i] = c
		default:
			return errors.New("unknown tag")
		}
		n.liftOK[i] = true
	}
	if len(b) != 0 {
		return errors.New("trailing bytes")
	}
	return nil
}

// Get returns the leaf value at key (zero when absent).
func (t *Tree) Get(key Hash) (Hash, error) {
	n := t.root
	for {
		if err := t.resolve(n); err != nil {
			return Hash{}, err
		}
		c := n.child[bit(key, n.height-1)]
		switch {
		case c == nil:
			return Hash{}, nil
		case c.height == 0:
			if c.key == key {
				return c.value, nil
			}
			return Hash{}, nil
		case diffBit(key, c.key) >= c.height:
			return Hash{}, nil
		}
		n = c
	}
}

// Set sets the leaf at key to value; the zero value deletes it.
func (t *Tree) Set(key, value Hash) error {
	_, err := t.set(t.root, key, value)
	return err
}

// set updates the subtree of branch n and returns its replacement (n
// itself, or for a non-root branch left with one child, that child), or
// nil when the subtree became empty.
func (t *Tree) set(n *node, key, value Hash) (*node, error) {
	if err := t.resolve(n); err != nil {
		return nil, err
	}
	zero := value == (Hash{})
	b := bit(key, n.height-1)
	c := n.child[b]
	var repl *node
	switch {
	case c == nil:
		if zero {
			return n, nil
		}
		repl = &node{key: key, value: value, dirty: true}
	case c.height == 0 && c.key == key:
		if c.value == value {
			return n, nil
		}
		if !zero {
			c.value = value
			c.dirty = true
			n.dirty, n.unsaved = true, true
			return n, nil
		}
		repl = nil
	default:
		d := diffBit(key, c.key)
		if d >= c.height { // key lies outside c's subtree: split above c
			if zero {
				return n, nil
			}
			nb := &node{height: d + 1, key: key, dirty: true, unsaved: true}
			leaf := &node{key: key, value: value, dirty: true}
			nb.child[bit(key, d)] = leaf
			nb.child[1-bit(key, d)] = c
			repl = nb
		} else { // c is a branch on key's path
			r, err := t.set(c, key, value)
			if err != nil {
				return nil, err
			}
			if r == c && !c.dirty {
				return n, nil
			}
			repl = r
		}
	}
	if repl != c {
		n.child[b] = repl
		n.liftOK[b] = false
	}
	n.dirty, n.unsaved = true, true
	if n.height < Depth && (n.child[0] == nil || n.child[1] == nil) {
		if n.child[0] == nil {
			return n.child[1], nil
		}
		return n.child[0], nil
	}
	return n, nil
}

// Root returns the root hash, hashing what changed since the last call.
func (t *Tree) Root() Hash { return t.hashNode(t.root) }

func (t *Tree) hashNode(n *node) Hash {
	if !n.dirty {
		return n.hash
	}
	if n.height == 0 {
		n.hash = t.h.leaf(n.key, n.value)
		n.dirty = false
		return n.hash
	}
	for i, c := range n.child {
		switch {
		case c == nil:
			n.lifted[i] = Hash{}
		case c.height == 0:
			n.lifted[i] = t.hashNode(c)
		case c.dirty || !n.liftOK[i]:
			n.lifted[i] = t.h.lift(t.hashNode(c), c.key, c.height, n.height-1)
		}
		n.liftOK[i] = true
	}
	switch l, r := n.child[0], n.child[1]; {
	case l == nil && r == nil: // only the root can be empty
		n.hash = Hash{}
	case l == nil && r.height == 0: // only the root can hold one leaf
		n.hash = n.lifted[1]
	case r == nil && l.height == 0:
		n.hash = n.lifted[0]
	default:
		n.hash = t.h.pair(n.lifted[0], n.lifted[1])
	}
	n.dirty = false
	return n.hash
}

// Commit hashes the tree, writes every branch not yet stored and returns
// the root. After Commit, OpenTree(store, root) reads the same tree.
func (t *Tree) Commit() (Hash, error) {
	root := t.Root()
	if root == (Hash{}) {
		return root, nil
	}
	return root, t.save(t.root)
}

func (t *Tree) save(n *node) error {
	if n.height == 0 || !n.unsaved {
		return nil
	}
	for _, c := range n.child {
		if c != nil {
			if err := t.save(c); err != nil {
				return err
			}
		}
	}
	if err := t.store.Put(nodeKey(n.hash), encodeBranch(n)); err != nil {
		return fmt.Errorf("state: store node: %w", err)
	}
	n.unsaved = false
	return nil
}
