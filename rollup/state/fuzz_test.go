package state

import "testing"

// FuzzDecodeBranch: a stored node decodes or fails cleanly, and what
// decodes re-encodes to the same bytes.
func FuzzDecodeBranch(f *testing.F) {
	tr := NewTree(NewMemStore())
	_ = tr.Set(Hash{1}, Hash{2})
	_ = tr.Set(Hash{1, 1}, Hash{3})
	tr.Root()
	f.Add(encodeBranch(tr.root))
	f.Add([]byte{1, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		n := &node{height: Depth}
		if err := decodeBranch(n, b); err != nil {
			return
		}
		if got := encodeBranch(n); string(got) != string(b) {
			t.Fatalf("re-encoding differs: %x vs %x", got, b)
		}
	})
}

// FuzzComputeRoot: any proof either has the wrong shape or yields a root;
// it never panics.
func FuzzComputeRoot(f *testing.F) {
	f.Add([]byte{1}, []byte{0xff}, 3)
	f.Fuzz(func(t *testing.T, key, bitmap []byte, nsib int) {
		var k, bm Hash
		copy(k[:], key)
		copy(bm[:], bitmap)
		if nsib < 0 || nsib > 256 {
			return
		}
		p := Proof{Bitmap: bm, Siblings: make([]Hash, nsib)}
		for i := range p.Siblings {
			p.Siblings[i][0] = byte(i + 1)
		}
		if nsib%2 == 1 { // an other leaf, on the path or not
			p.OtherKey, p.OtherLeaf = k, Hash{2}
			p.OtherKey[31-nsib/8] ^= byte(nsib)
		}
		_, _ = ComputeRoot(k, Hash{1}, p)
		_, _ = ComputeRoot(k, Hash{}, p)
	})
}
