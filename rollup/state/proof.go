package state

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// Proof is a bitmap-compressed Merkle path from a leaf to the root. Bit i
// of Bitmap (a big-endian uint256, bit 0 the least significant bit of the
// last byte) is set when the sibling at level i (the node at height i next
// to the path) is non-zero; Siblings lists those non-zero siblings in
// increasing level order. The same proof shows a leaf's current value and,
// recomputed with a new value, the root after updating it.
type Proof struct {
	Bitmap   Hash   `json:"bitmap"`
	Siblings []Hash `json:"siblings"`
}

// ErrProofShape is returned when a proof's sibling count differs from the
// number of bits set in its bitmap.
var ErrProofShape = errors.New("state: proof siblings do not match bitmap")

// Prove returns the proof of the leaf at key (present or absent) against
// the current root.
func (t *Tree) Prove(key Hash) (Proof, error) {
	t.Root()
	type sib struct {
		level int
		h     Hash
	}
	var path []sib
	n := t.root
	for {
		if err := t.resolve(n); err != nil {
			return Proof{}, err
		}
		b := bit(key, n.height-1)
		if s := n.lifted[1-b]; s != (Hash{}) {
			path = append(path, sib{n.height - 1, s})
		}
		c := n.child[b]
		if c == nil {
			break
		}
		var cv Hash
		if c.height == 0 {
			if c.key == key {
				break
			}
			cv = c.value
		} else {
			cv = c.hash
		}
		if d := diffBit(key, c.key); d >= c.height {
			// key's subtree at height d is empty; c sits beside it.
			path = append(path, sib{d, t.h.lift(cv, c.key, c.height, d)})
			break
		}
		n = c
	}
	var p Proof
	slices.Reverse(path)
	for _, s := range path {
		p.Bitmap[31-s.level/8] |= 1 << (uint(s.level) % 8)
		p.Siblings = append(p.Siblings, s.h)
	}
	return p, nil
}

// ComputeRoot returns the root of a tree whose leaf at key is leaf and
// whose other nodes are those of proof p. It is how a verifier checks a
// proof (ComputeRoot(k, v, p) == root) and computes the root after an
// update (ComputeRoot(k, v', p)).
func ComputeRoot(key, leaf Hash, p Proof) (Hash, error) {
	n := 0
	for _, b := range p.Bitmap {
		n += bits.OnesCount8(b)
	}
	if n != len(p.Siblings) {
		return Hash{}, fmt.Errorf("%w: %d bits, %d siblings", ErrProofShape, n, len(p.Siblings))
	}
	h := newHasher()
	v, next := leaf, 0
	for level := 0; level < Depth; level++ {
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

// Verify reports whether p proves that the leaf at key is leaf under root.
func Verify(root, key, leaf Hash, p Proof) bool {
	r, err := ComputeRoot(key, leaf, p)
	return err == nil && r == root
}
