package state

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// naiveRoot computes the root of the leaves in m from the definition,
// with go-ethereum's keccak directly: an empty subtree is 0, a subtree of
// one leaf is keccak(0x02 || key || leaf), any other is keccak(0x03 ||
// left || right) of its halves split by bit height-1.
func naiveRoot(m map[Hash]Hash) Hash {
	keys := make([]Hash, 0, len(m))
	for k, v := range m {
		if v != (Hash{}) {
			keys = append(keys, k)
		}
	}
	var rec func(keys []Hash, height int) Hash
	rec = func(keys []Hash, height int) Hash {
		switch len(keys) {
		case 0:
			return Hash{}
		case 1:
			v := m[keys[0]]
			return crypto.Keccak256Hash([]byte{0x02}, keys[0][:], v[:])
		}
		var l, r []Hash
		for _, k := range keys {
			if bit(k, height-1) == 0 {
				l = append(l, k)
			} else {
				r = append(r, k)
			}
		}
		lh, rh := rec(l, height-1), rec(r, height-1)
		return crypto.Keccak256Hash([]byte{0x03}, lh[:], rh[:])
	}
	return rec(keys, Depth)
}

func randHash(r *rand.Rand) (h Hash) {
	for i := range h {
		h[i] = byte(r.Uint32())
	}
	return h
}

// keyPool mixes random keys with keys that differ from each other only in
// low bits, so that branches appear at every height.
func keyPool(r *rand.Rand, n int) []Hash {
	keys := make([]Hash, 0, n)
	base := randHash(r)
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0, 1:
			keys = append(keys, randHash(r))
		case 2: // same high bits as base, differs in the last byte
			k := base
			k[31] = byte(r.Uint32())
			keys = append(keys, k)
		case 3: // differs from base at one random bit
			k := base
			j := r.IntN(256)
			k[31-j/8] ^= 1 << (j % 8)
			keys = append(keys, k)
		}
	}
	return keys
}

func TestTreeMatchesNaive(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 1))
	store := NewMemStore()
	tr := NewTree(store)
	m := map[Hash]Hash{}
	keys := keyPool(r, 48)
	if tr.Root() != (Hash{}) {
		t.Fatal("empty tree root is not 0")
	}
	for op := 0; op < 600; op++ {
		k := keys[r.IntN(len(keys))]
		var v Hash
		if r.IntN(4) != 0 {
			v = randHash(r)
		}
		// The proof before the update gives the root after it.
		p, err := tr.Prove(k)
		if err != nil {
			t.Fatal(err)
		}
		if !Verify(tr.Root(), k, m[k], p) {
			t.Fatalf("op %d: proof of the old leaf does not verify", op)
		}
		predicted, err := ComputeRoot(k, v, p)
		if err != nil {
			t.Fatal(err)
		}
		deletion := v == (Hash{}) && m[k] != (Hash{}) // a proof does not predict it
		if err := tr.Set(k, v); err != nil {
			t.Fatal(err)
		}
		m[k] = v
		if op%7 == 0 || op < 50 {
			if got, want := tr.Root(), naiveRoot(m); got != want {
				t.Fatalf("op %d: root %x, naive %x", op, got, want)
			}
		}
		if got := tr.Root(); !deletion && got != predicted {
			t.Fatalf("op %d: root %x, predicted from the proof %x", op, got, predicted)
		}
		if op%50 == 49 { // reopen from the store now and then
			root, err := tr.Commit()
			if err != nil {
				t.Fatal(err)
			}
			tr = OpenTree(store, root)
			if tr.Root() != root {
				t.Fatal("reopened root differs")
			}
		}
	}
	for _, k := range keys {
		got, err := tr.Get(k)
		if err != nil || got != m[k] {
			t.Fatalf("Get(%x) = %x, %v; want %x", k, got, err, m[k])
		}
		p, err := tr.Prove(k)
		if err != nil || !Verify(tr.Root(), k, m[k], p) {
			t.Fatalf("proof of %x fails (%v)", k, err)
		}
		var other Hash
		other[0] = 1
		if m[k] != other && Verify(tr.Root(), k, other, p) {
			t.Fatal("proof verifies a wrong leaf")
		}
	}
}

func TestTreeDeleteAllAndHistory(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	store := NewMemStore()
	tr := NewTree(store)
	keys := keyPool(r, 40)
	for _, k := range keys {
		if err := tr.Set(k, randHash(r)); err != nil {
			t.Fatal(err)
		}
	}
	old, err := tr.Commit()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if err := tr.Set(k, Hash{}); err != nil {
			t.Fatal(err)
		}
	}
	if tr.Root() != (Hash{}) {
		t.Fatal("tree with every leaf deleted is not empty")
	}
	// The old root is still readable from the store.
	back := OpenTree(store, old)
	v, err := back.Get(keys[3])
	if err != nil || v == (Hash{}) {
		t.Fatalf("old root lost its leaves: %x %v", v, err)
	}
	// A root never committed is missing.
	missing := OpenTree(NewMemStore(), old)
	if _, err := missing.Get(keys[0]); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing node: %v, want ErrNotFound", err)
	}
}

func TestProofShape(t *testing.T) {
	tr := NewTree(NewMemStore())
	k := Hash{1}
	_ = tr.Set(k, Hash{2})
	p, _ := tr.Prove(Hash{3})
	p.Siblings = append(p.Siblings, Hash{9})
	if _, err := ComputeRoot(k, Hash{2}, p); !errors.Is(err, ErrProofShape) {
		t.Fatalf("extra sibling: %v", err)
	}
}

// TestProofsSmallTrees: in trees of 0 to 5 leaves (where the root is empty,
// a lone leaf, or a branch with an empty side), every key's proof verifies
// against the naive root, predicts the naive root after inserting or
// changing the key, and no proof verifies a wrong claim.
func TestProofsSmallTrees(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 13))
	for trial := 0; trial < 200; trial++ {
		pool := keyPool(r, 8)
		tr := NewTree(NewMemStore())
		m := map[Hash]Hash{}
		for _, k := range pool[:trial%6] {
			v := randHash(r)
			m[k] = v
			if err := tr.Set(k, v); err != nil {
				t.Fatal(err)
			}
		}
		root := naiveRoot(m)
		if tr.Root() != root {
			t.Fatalf("trial %d: root differs from naive", trial)
		}
		for _, k := range append(pool, randHash(r)) {
			p, err := tr.Prove(k)
			if err != nil {
				t.Fatal(err)
			}
			if !Verify(root, k, m[k], p) {
				t.Fatalf("trial %d: proof of %x (leaf %x) fails: %+v", trial, k, m[k], p)
			}
			if Verify(root, k, Hash{0xee}, p) {
				t.Fatalf("trial %d: proof verifies a wrong leaf", trial)
			}
			if m[k] != (Hash{}) && Verify(root, k, Hash{}, p) {
				t.Fatalf("trial %d: a present key's proof shows absence", trial)
			}
			v := randHash(r)
			after, err := ComputeRoot(k, v, p)
			if err != nil {
				t.Fatal(err)
			}
			old := m[k]
			m[k] = v
			if after != naiveRoot(m) {
				t.Fatalf("trial %d: predicted root after setting %x differs", trial, k)
			}
			if old == (Hash{}) {
				delete(m, k)
			} else {
				m[k] = old
			}
		}
	}
}

// TestForgedProofs: moving the walk's start (a present leaf claimed at
// another height) or pointing the other leaf off the key's path fails.
func TestForgedProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	tr := NewTree(NewMemStore())
	keys := keyPool(r, 16)
	m := map[Hash]Hash{}
	for _, k := range keys {
		m[k] = randHash(r)
		_ = tr.Set(k, m[k])
	}
	root := tr.Root()
	for _, k := range keys {
		p, _ := tr.Prove(k)
		// Claim the leaf one level higher: drop the lowest sibling.
		q := Proof{Bitmap: p.Bitmap, Siblings: p.Siblings[1:]}
		lb := lowBit(p.Bitmap)
		q.Bitmap[31-lb/8] &^= 1 << (uint(lb) % 8)
		if Verify(root, k, m[k], q) {
			t.Fatal("leaf verified at a higher position")
		}
		// Claim absence with k itself, or another key, as the other leaf.
		q = p
		q.OtherKey, q.OtherLeaf = k, m[k]
		if _, err := ComputeRoot(k, Hash{}, q); !errors.Is(err, ErrProofOther) {
			t.Fatalf("other leaf = key: %v", err)
		}
		far := k
		far[0] ^= 0x80
		q.OtherKey = far
		if _, err := ComputeRoot(k, Hash{}, q); len(p.Siblings) > 0 && !errors.Is(err, ErrProofOther) {
			t.Fatalf("other leaf off the path: %v", err)
		}
	}
}

// TestOneLeafTreeReopened: a tree of one leaf (its root is the lone-leaf
// hash, stored as a root branch) reopens from the store, proves and grows.
func TestOneLeafTreeReopened(t *testing.T) {
	store := NewMemStore()
	tr := NewTree(store)
	k, v := Hash{0x80, 1}, Hash{7}
	_ = tr.Set(k, v)
	root, err := tr.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256Hash([]byte{LeafDomain}, k[:], v[:]); root != want {
		t.Fatalf("one-leaf root %x, want %x", root, want)
	}
	back := OpenTree(store, root)
	if got, err := back.Get(k); err != nil || got != v {
		t.Fatalf("Get after reopen: %x %v", got, err)
	}
	for _, other := range []Hash{{0x00, 2}, {0x80, 2}} { // other side of the root, same side
		p, err := back.Prove(other)
		if err != nil || p.OtherKey != k || !Verify(root, other, Hash{}, p) {
			t.Fatalf("absence of %x: %+v %v", other, p, err)
		}
		after, _ := ComputeRoot(other, Hash{9}, p)
		if after != naiveRoot(map[Hash]Hash{k: v, other: {9}}) {
			t.Fatal("insertion beside the lone root leaf mispredicted")
		}
	}
}
