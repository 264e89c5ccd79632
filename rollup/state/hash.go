package state

import (
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a 32-byte node, leaf or key value of a tree.
type Hash = common.Hash

// hasher hashes pairs of nodes without allocating. It is not safe for
// concurrent use; each Tree owns one.
type hasher struct {
	k   crypto.KeccakState
	buf [64]byte
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

// pair is H(l, r): 0 when both are 0, keccak256(l || r) otherwise.
func (h *hasher) pair(l, r Hash) (out Hash) {
	if l == (Hash{}) && r == (Hash{}) {
		return Hash{}
	}
	copy(h.buf[:32], l[:])
	copy(h.buf[32:], r[:])
	h.k.Reset()
	h.k.Write(h.buf[:])
	h.k.Read(h.buf[:32]) // out would escape through the interface
	copy(out[:], h.buf[:32])
	return out
}

// lift raises the hash v of a subtree at height from to height to, along
// the path of key: at each level j the empty sibling sits right of v when
// bit j of key is 0 and left of it when it is 1.
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
