package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// oracleRoot computes the root from the definition in doc.go with
// go-ethereum's Keccak256, recursively: leaves hashed, zero-padded to a
// power of two, pairs hashed up.
func oracleRoot(leaves [][]byte) [32]byte {
	if len(leaves) == 0 {
		return [32]byte{}
	}
	width := 1
	for width < len(leaves) {
		width *= 2
	}
	level := make([][]byte, width)
	for i := range level {
		level[i] = make([]byte, 32)
		if i < len(leaves) {
			level[i] = crypto.Keccak256(leaves[i])
		}
	}
	for len(level) > 1 {
		var next [][]byte
		for i := 0; i < len(level); i += 2 {
			next = append(next, crypto.Keccak256(level[i], level[i+1]))
		}
		level = next
	}
	return [32]byte(level[0])
}

func makeLeaves(n, size int) [][]byte {
	leaves := make([][]byte, n)
	for i := range leaves {
		leaves[i] = bytes.Repeat([]byte{byte(i), byte(i >> 8), 0xc0}, size/3+1)[:size]
	}
	return leaves
}

func TestRootMatchesOracle(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 64, 512} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			leaves := makeLeaves(n, 48)
			want := oracleRoot(leaves)
			tree := New(leaves)
			if got := tree.Root(); got != want {
				t.Fatalf("root %x, want %x", got, want)
			}
			if got := Root(leaves); got != want {
				t.Fatalf("Root() %x, want %x", got, want)
			}
		})
	}
}

func TestSmallTreesSpelledOut(t *testing.T) {
	a, b, c := []byte("a"), []byte("b"), []byte("c")
	ha, hb, hc := crypto.Keccak256(a), crypto.Keccak256(b), crypto.Keccak256(c)
	zero := make([]byte, 32)
	tests := []struct {
		name   string
		leaves [][]byte
		want   []byte
	}{
		{"one leaf", [][]byte{a}, ha},
		{"two leaves", [][]byte{a, b}, crypto.Keccak256(ha, hb)},
		{"three leaves, one zero pad", [][]byte{a, b, c}, crypto.Keccak256(crypto.Keccak256(ha, hb), crypto.Keccak256(hc, zero))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Root(tt.leaves); !bytes.Equal(got[:], tt.want) {
				t.Fatalf("root %x, want %x", got, tt.want)
			}
		})
	}
}

func TestProofs(t *testing.T) {
	for _, n := range []int{1, 2, 3, 6, 8, 33} {
		leaves := makeLeaves(n, 48)
		tree := New(leaves)
		root := tree.Root()
		for i := range n {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if len(proof) != tree.Depth() {
				t.Fatalf("n=%d: proof of %d has %d hashes, depth %d", n, i, len(proof), tree.Depth())
			}
			if !Verify(root, leaves[i], uint64(i), tree.Depth(), proof) {
				t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
			}
			// Recompute the path with the oracle hash.
			h := crypto.Keccak256(leaves[i])
			for j, sib := range proof {
				if (i>>j)&1 == 0 {
					h = crypto.Keccak256(h, sib[:])
				} else {
					h = crypto.Keccak256(sib[:], h)
				}
			}
			if !bytes.Equal(h, root[:]) {
				t.Fatalf("n=%d: oracle walk of proof %d does not reach the root", n, i)
			}
			if Verify(root, append([]byte{1}, leaves[i]...), uint64(i), tree.Depth(), proof) {
				t.Fatalf("n=%d: tampered leaf verifies", n)
			}
			if n > 1 {
				if Verify(root, leaves[i], uint64(i^1), tree.Depth(), proof) {
					t.Fatalf("n=%d: wrong index verifies", n)
				}
				bad := append([][32]byte(nil), proof...)
				bad[0][5] ^= 1
				if Verify(root, leaves[i], uint64(i), tree.Depth(), bad) {
					t.Fatalf("n=%d: tampered sibling verifies", n)
				}
				if Verify(root, leaves[i], uint64(i), tree.Depth(), proof[:len(proof)-1]) {
					t.Fatalf("n=%d: truncated proof verifies", n)
				}
			}
			if Verify(root, leaves[i], uint64(i)+uint64(1)<<tree.Depth(), tree.Depth(), proof) {
				t.Fatalf("n=%d: index beyond the depth verifies", n)
			}
			if Verify(root, leaves[i], uint64(i), tree.Depth(), append(proof, [32]byte{})) {
				t.Fatalf("n=%d: padded proof verifies", n)
			}
		}
		for _, i := range []int{-1, n} {
			if _, err := tree.Proof(i); !errors.Is(err, ErrIndex) {
				t.Fatalf("Proof(%d) err = %v, want ErrIndex", i, err)
			}
		}
	}
}

func TestEmptyTree(t *testing.T) {
	tree := New(nil)
	if tree.Root() != ([32]byte{}) || tree.Len() != 0 || tree.Depth() != 0 {
		t.Fatalf("empty tree: root %x len %d depth %d", tree.Root(), tree.Len(), tree.Depth())
	}
	if _, err := tree.Proof(0); !errors.Is(err, ErrIndex) {
		t.Fatalf("Proof(0) of the empty tree: %v", err)
	}
}

// FuzzVerify checks that Verify never panics on arbitrary input, and that
// the trees built from arbitrary leaves prove every leaf.
func FuzzVerify(f *testing.F) {
	f.Add([]byte("abc"), uint8(3), uint64(1), []byte{})
	f.Fuzz(func(t *testing.T, data []byte, n uint8, index uint64, proofBytes []byte) {
		var proof [][32]byte
		for len(proofBytes) >= 32 {
			proof = append(proof, [32]byte(proofBytes[:32]))
			proofBytes = proofBytes[32:]
		}
		var root [32]byte
		copy(root[:], data)
		_ = Verify(root, data, index, len(proof), proof)
		_ = Verify(root, data, index, int(n%40), proof)

		count := int(n%40) + 1
		leaves := make([][]byte, count)
		for i := range leaves {
			leaves[i] = append([]byte{byte(i)}, data...)
		}
		tree := New(leaves)
		i := int(index % uint64(count))
		p, err := tree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if !Verify(tree.Root(), leaves[i], uint64(i), tree.Depth(), p) {
			t.Fatalf("leaf %d of %d does not verify", i, count)
		}
		if tree.Root() != oracleRoot(leaves) {
			t.Fatal("root differs from the oracle")
		}
	})
}

func ExampleTree_Proof() {
	commitments := [][]byte{[]byte("row 0"), []byte("row 1"), []byte("row 2"), []byte("row 3")}
	tree := New(commitments)
	proof, _ := tree.Proof(2)
	fmt.Println(len(proof), Verify(tree.Root(), commitments[2], 2, tree.Depth(), proof), Verify(tree.Root(), commitments[2], 3, tree.Depth(), proof))
	// Output: 2 true false
}

func BenchmarkRoot512(b *testing.B) {
	leaves := makeLeaves(512, 48)
	b.ReportAllocs()
	b.SetBytes(512 * 48)
	for b.Loop() {
		Root(leaves)
	}
}

// TestVerifyNodeAsLeaf: an internal node's preimage (left || right, 64
// bytes) with the proof above it reaches the root, so a verifier that let
// the proof set the depth would accept it as a leaf of a shallower tree;
// with the depth explicit it is refused.
func TestVerifyNodeAsLeaf(t *testing.T) {
	leaves := make([][]byte, 8)
	for i := range leaves {
		leaves[i] = []byte{byte(i), 0xaa}
	}
	tree := New(leaves)
	proof, err := tree.Proof(2)
	if err != nil {
		t.Fatal(err)
	}
	l, r := LeafHash(leaves[2]), LeafHash(leaves[3])
	node := append(l[:], r[:]...)
	if !VerifyHash(tree.Root(), LeafHash(node), 1, len(proof)-1, proof[1:]) {
		t.Fatal("test bug: the node does not reach the root at the shallower depth")
	}
	if Verify(tree.Root(), node, 1, tree.Depth(), proof[1:]) {
		t.Fatal("an internal node was accepted as a leaf")
	}
}
