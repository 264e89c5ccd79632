package state

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// Proof is a bitmap-compressed Merkle path from a key's shortcut position
// to the root of a compact tree (docs/rollup.md, "Proofs"). Bit i of
// Bitmap (a big-endian uint256, bit 0 the least significant bit of the
// last byte) is set when the sibling at level i (the node at height i next
// to the path) is non-zero; Siblings lists those non-zero siblings in
// increasing level order. The walk starts at height h, the lowest set bit
// of Bitmap (256 when it is 0): there the path holds the key's own leaf,
// nothing, or, when OtherLeaf is non-zero, the single leaf (OtherKey,
// OtherLeaf) of another key sharing the path above h.
//
// The same proof shows a leaf's current value (or absence) and, recomputed
// with a new non-zero value, the root after setting it. It does not give
// the root after deleting a present leaf (no rollup step deletes one).
type Proof struct {
	Bitmap    Hash   `json:"bitmap"`
	Siblings  []Hash `json:"siblings"`
	OtherKey  Hash   `json:"otherKey"`
	OtherLeaf Hash   `json:"otherLeaf"`
}

// ErrProofShape is returned when a proof's sibling count differs from the
// number of bits set in its bitmap.
var ErrProofShape = errors.New("state: proof siblings do not match bitmap")

// ErrProofOther is returned when a proof's other leaf is the proven key or
// does not lie on its path above the walk's start.
var ErrProofOther = errors.New("state: proof's other leaf is not beside the key")

// Prove returns the proof of the leaf at key (present or absent) against
// the current root.
func (t *Tree) Prove(key Hash) (Proof, error) {
	t.Root()
	type sib struct {
		level int
		h     Hash
	}
	var path []sib
	var p Proof
	n := t.root
	for {
		if err := t.resolve(n); err != nil {
			return Proof{}, err
		}
		b := bit(key, n.height-1)
		c := n.child[b]
		if o := n.child[1-b]; c == nil && o != nil && o.height == 0 {
			// Only the root has an empty child: the tree is one leaf.
			p.OtherKey, p.OtherLeaf = o.key, o.value
			break
		}
		if s := n.lifted[1-b]; s != (Hash{}) {
			path = append(path, sib{n.height - 1, s})
		}
		if c == nil {
			break // empty slot (or empty tree)
		}
		if c.height == 0 {
			if c.key != key { // another key's leaf sits alone where key would
				p.OtherKey, p.OtherLeaf = c.key, c.value
			}
			break
		}
		if d := diffBit(key, c.key); d >= c.height {
			// key's subtree at height d is empty; branch c sits beside it.
			path = append(path, sib{d, t.h.lift(c.hash, c.key, c.height, d)})
			break
		}
		n = c
	}
	slices.Reverse(path)
	for _, s := range path {
		p.Bitmap[31-s.level/8] |= 1 << (uint(s.level) % 8)
		p.Siblings = append(p.Siblings, s.h)
	}
	return p, nil
}

// ComputeRoot returns the root of the tree that proof p describes with the
// leaf at key set to leaf. It is how a verifier checks a proof
// (ComputeRoot(k, v, p) == root, v = 0 for absence) and computes the root
// after setting a non-zero leaf (ComputeRoot(k, v', p)).
//
// With h the lowest set bit of the bitmap (256 when none): without an
// other leaf the walk starts at height h from keccak(0x02 || key || leaf),
// or 0 when leaf is 0; with one, from keccak(0x02 || otherKey ||
// otherLeaf) at h when leaf is 0, else from the branch joining the two
// leaves at height d+1, d being the highest bit where key and otherKey
// differ. Each level then hashes keccak(0x03 || left || right) with the
// sibling (0 when its bit is clear) on the side bit level of key says.
func ComputeRoot(key, leaf Hash, p Proof) (Hash, error) {
	n := 0
	for _, b := range p.Bitmap {
		n += bits.OnesCount8(b)
	}
	if n != len(p.Siblings) {
		return Hash{}, fmt.Errorf("%w: %d bits, %d siblings", ErrProofShape, n, len(p.Siblings))
	}
	h := newHasher()
	start := lowBit(p.Bitmap)
	var v Hash
	switch {
	case p.OtherLeaf != (Hash{}):
		d := diffBit(key, p.OtherKey)
		if d < 0 || d >= start {
			return Hash{}, fmt.Errorf("%w: they differ at bit %d, walk starts at %d", ErrProofOther, d, start)
		}
		o := h.leaf(p.OtherKey, p.OtherLeaf)
		if leaf == (Hash{}) {
			v = o
			break
		}
		if v = h.leaf(key, leaf); bit(key, d) == 0 {
			v = h.pair(v, o)
		} else {
			v = h.pair(o, v)
		}
		start = d + 1
	case leaf != (Hash{}):
		v = h.leaf(key, leaf)
	}
	next := 0
	for level := start; level < Depth; level++ {
		var s Hash
		if bit(p.Bitmap, level) == 1 {
			s = p.Siblings[next]
			next++
		}
		if bit(key, level) == 0 {
			v = h.pair(v, s)
		} else {
			v = h.pair(s, v)
		}
	}
	return v, nil
}

// Verify reports whether p proves that the leaf at key is leaf under root
// (leaf 0: that key is absent).
func Verify(root, key, leaf Hash, p Proof) bool {
	r, err := ComputeRoot(key, leaf, p)
	return err == nil && r == root
}
