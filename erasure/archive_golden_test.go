package erasure

import (
	"encoding/hex"
	"fmt"
	"testing"
)

// goldenBlob is a fixed 100,000-byte blob: byte i is (i*31 + i>>8) mod 251.
func goldenBlob() []byte {
	b := make([]byte, 100_000)
	for i := range b {
		b[i] = byte((i*31 + i>>8) % 251)
	}
	return b
}

// TestArchiveRootGolden pins the archive format: the parity shards (and so
// the root members verify and sign) must not change with a codec choice
// or a dependency upgrade, or members and dispersers of different versions
// would disagree. One (k_a, n) per codec: the matrix code (n <= 64),
// Leopard GF(2^8) and Leopard GF(2^16).
func TestArchiveRootGolden(t *testing.T) {
	blob := goldenBlob()
	for _, tc := range []struct {
		k, n int
		root string
	}{
		{11, 16, "b07f08ab804888daa9f9540c47317a4c63fb95055d16e9da93e340c098b81caf"},
		{43, 64, "7f609a0ef403a42175c6de0a836afe3d2dfc865a6fae8b76490bab6b266cf01e"},
		{86, 128, "f958022ed7fc337eca2e7720aa37fcd8cffcbb506767412fd8610b0d1913e8ae"},
		{200, 300, "47fcbfc6791a2673d167d0f0c53fb7760091a635669015a6fd3c16b5c35b8487"},
	} {
		t.Run(fmt.Sprintf("k=%d/n=%d", tc.k, tc.n), func(t *testing.T) {
			a, err := NewArchive(tc.k, tc.n)
			if err != nil {
				t.Fatal(err)
			}
			shards, err := a.Encode(blob)
			if err != nil {
				t.Fatal(err)
			}
			root := ArchiveRoot(shards)
			if got := hex.EncodeToString(root[:]); got != tc.root {
				t.Fatalf("archive root %s, want %s", got, tc.root)
			}
		})
	}
}
