package state

import (
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a 32-byte node, leaf or key value of a tree.
type Hash = common.Hash

// Domain bytes of the tree's two kinds of node preimage. Both preimages are
// 65 bytes; the first byte tells them apart (and from the 0x00 / 0x01
// account and withdrawal leaf preimages, which are 41 and 53 bytes).
const (
	// LeafDomain prefixes a shortcut leaf: keccak(0x02 || key || leaf) is
	// the hash of a subtree holding the single leaf (key, leaf).
	LeafDomain = 0x02
	// BranchDomain prefixes a branch: keccak(0x03 || left || right) is the
	// hash of a subtree holding two or more leaves.
	BranchDomain = 0x03
)

// hasher hashes nodes without allocating. It is not safe for concurrent
// use; each Tree owns one.
type hasher struct {
	k   crypto.KeccakState
	buf [65]byte
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

func (h *hasher) sum(domain byte, a, b Hash) (out Hash) {
	h.buf[0] = domain
	copy(h.buf[1:33], a[:])
	copy(h.buf[33:], b[:])
	h.k.Reset()
	h.k.Write(h.buf[:])
	h.k.Read(h.buf[:32]) // out would escape through the interface
	copy(out[:], h.buf[:32])
	return out
}

// pair is the hash of a branch: keccak(0x03 || l || r). It is only applied
// to subtrees holding two or more leaves, so one side may be 0 but never
// both.
func (h *hasher) pair(l, r Hash) Hash { return h.sum(BranchDomain, l, r) }

// leaf is the hash of a subtree holding the single leaf (key, value),
// whatever its height: keccak(0x02 || key || value).
func (h *hasher) leaf(key, value Hash) Hash { return h.sum(LeafDomain, key, value) }

// lift raises the hash v of a branch at height from to height to, along
// the path of key: at each level j the empty sibling sits right of v when
// bit j of key is 0 and left of it when it is 1. (A shortcut leaf needs no
// lifting: its hash is the same at every height.)
func (h *hasher) lift(v Hash, key Hash, from, to int) Hash {
	if v == (Hash{}) {
		return v
	}
	for j := from; j < to; j++ {
		if bit(key, j) == 0 {
			v = h.pair(v, Hash{})
		} else {
			v = h.pair(Hash{}, v)
		}
	}
	return v
}

// bit returns bit i of key read as a big-endian uint256 (bit 0 is the least
// significant bit of the last byte).
func bit(key Hash, i int) int { return int(key[31-i/8]>>(uint(i)%8)) & 1 }

// diffBit returns the highest bit index where a and b differ, or -1 when
// they are equal.
func diffBit(a, b Hash) int {
	for i := 0; i < 32; i++ {
		if x := a[i] ^ b[i]; x != 0 {
			return (31-i)*8 + bits.Len8(x) - 1
		}
	}
	return -1
}

// lowBit returns the index of the lowest set bit of x (a big-endian
// uint256), or Depth when x is 0.
func lowBit(x Hash) int {
	for i := 31; i >= 0; i-- {
		if x[i] != 0 {
			return (31-i)*8 + bits.TrailingZeros8(x[i])
		}
	}
	return Depth
}
