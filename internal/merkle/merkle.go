package merkle

import (
	"errors"
	"fmt"

	"golang.org/x/crypto/sha3"
)

// ErrIndex is returned by Proof for a leaf index outside the tree.
var ErrIndex = errors.New("merkle: leaf index out of range")

// LeafHash returns keccak256(data), the hash of one leaf.
func LeafHash(data []byte) [32]byte {
	var out [32]byte
	d := sha3.NewLegacyKeccak256()
	d.Write(data)
	d.Sum(out[:0])
	return out
}

// Node returns keccak256(left || right).
func Node(left, right [32]byte) [32]byte {
	var buf [64]byte
	copy(buf[:32], left[:])
	copy(buf[32:], right[:])
	return LeafHash(buf[:])
}

// Tree is a built Merkle tree; it answers Root and Proof without rehashing.
type Tree struct {
	n      int          // real leaves
	levels [][][32]byte // levels[0]: padded leaf hashes; last: the root
}

// New builds the tree over the given leaves (each hashed with LeafHash).
func New(leaves [][]byte) *Tree {
	hashes := make([][32]byte, len(leaves))
	for i, l := range leaves {
		hashes[i] = LeafHash(l)
	}
	return FromHashes(hashes)
}

// FromHashes builds the tree over precomputed leaf hashes. It keeps its own
// copy of hashes.
func FromHashes(hashes [][32]byte) *Tree {
	width := 1
	for width < len(hashes) {
		width *= 2
	}
	level := make([][32]byte, width) // zero-padded
	copy(level, hashes)
	t := &Tree{n: len(hashes), levels: [][][32]byte{level}}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = Node(level[2*i], level[2*i+1])
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// Root returns the root: bytes32(0) for an empty tree.
func (t *Tree) Root() [32]byte {
	if t.n == 0 {
		return [32]byte{}
	}
	return t.levels[len(t.levels)-1][0]
}

// Len returns the number of leaves the tree was built over (before padding).
func (t *Tree) Len() int { return t.n }

// Depth returns the number of sibling hashes in every proof: log2 of the
// padded leaf count.
func (t *Tree) Depth() int { return len(t.levels) - 1 }

// Proof returns the sibling hashes from leaf i up to the root. It fails with
// ErrIndex unless 0 <= i < Len().
func (t *Tree) Proof(i int) ([][32]byte, error) {
	if i < 0 || i >= t.n {
		return nil, fmt.Errorf("%w: %d not in [0, %d)", ErrIndex, i, t.n)
	}
	proof := make([][32]byte, 0, t.Depth())
	for _, level := range t.levels[:len(t.levels)-1] {
		proof = append(proof, level[i^1])
		i >>= 1
	}
	return proof, nil
}

// Root returns the root of the tree over leaves without keeping the tree.
func Root(leaves [][]byte) [32]byte { return New(leaves).Root() }

// Verify reports whether leaf (raw bytes, hashed with LeafHash) sits at
// index under root, by proof, in a tree of the given depth (log2 of the
// padded leaf count, which the caller knows from elsewhere: the header's
// k for commitments, n for archive shards). A proof of any other length is
// refused: leaves and nodes hash alike (no domain separation), so only the
// fixed depth stops an internal node (a 64-byte preimage) from passing as
// a leaf of a shallower tree.
func Verify(root [32]byte, leaf []byte, index uint64, depth int, proof [][32]byte) bool {
	return VerifyHash(root, LeafHash(leaf), index, depth, proof)
}

// VerifyHash is Verify for a leaf given by its hash.
func VerifyHash(root, leafHash [32]byte, index uint64, depth int, proof [][32]byte) bool {
	if depth < 0 || len(proof) != depth {
		return false
	}
	h := leafHash
	for _, sib := range proof {
		if index&1 == 0 {
			h = Node(h, sib)
		} else {
			h = Node(sib, h)
		}
		index >>= 1
	}
	return index == 0 && h == root
}
