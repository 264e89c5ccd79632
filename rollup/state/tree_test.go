package state

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// naiveRoot computes the root of the leaves in m from the definition: a
// full recursion over the 256 levels (splitting by bit height-1), with
// H(0, 0) = 0.
func naiveRoot(m map[Hash]Hash) Hash {
	keys := make([]Hash, 0, len(m))
	for k, v := range m {
		if v != (Hash{}) {
			keys = append(keys, k)
		}
	}
	var rec func(keys []Hash, height int) Hash
	rec = func(keys []Hash, height int) Hash {
		if len(keys) == 0 {
			return Hash{}
		}
		if height == 0 {
			return m[keys[0]]
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
		if lh == (Hash{}) && rh == (Hash{}) {
			return Hash{}
		}
		return crypto.Keccak256Hash(lh[:], rh[:])
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
		if err := tr.Set(k, v); err != nil {
			t.Fatal(err)
		}
		m[k] = v
		if op%7 == 0 || op < 50 {
			if got, want := tr.Root(), naiveRoot(m); got != want {
				t.Fatalf("op %d: root %x, naive %x", op, got, want)
			}
		}
		if got := tr.Root(); got != predicted {
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
