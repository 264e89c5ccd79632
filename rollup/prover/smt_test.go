package prover

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/quire-da/quire/rollup/prover/provertest"
	"github.com/quire-da/quire/rollup/state"
)

func randHash(r *rand.Rand) (h state.Hash) {
	for i := range h {
		h[i] = byte(r.Uint32())
	}
	return h
}

// smtCases returns the number of random proofs per tree size:
// QUIRE_SMT_CASES overrides the default (1,000, 200 with -short).
func smtCases(t *testing.T) int {
	if s := os.Getenv("QUIRE_SMT_CASES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("QUIRE_SMT_CASES: %v", err)
		}
		return n
	}
	if testing.Short() {
		return 200
	}
	return 1000
}

// TestSMTCrossCheck runs random proofs of present, absent and inserted
// keys, and tampered proofs, through state.ComputeRoot and SMT.sol: the
// roots (or the rejection) must agree, and a valid proof must reproduce
// the Go tree's root after the update.
func TestSMTCrossCheck(t *testing.T) {
	e := provertest.NewEVMSMT(t)
	r := rand.New(rand.NewPCG(14, 1))
	cases := smtCases(t)
	var rejected, tamperedOK int
	for _, size := range []int{0, 1, 2, 3, 17, 300, 1000, 10000} {
		tree := state.NewTree(state.NewMemStore())
		keys := make([]state.Hash, size)
		for i := range keys {
			keys[i] = randHash(r)
			if err := tree.Set(keys[i], randHash(r)); err != nil {
				t.Fatal(err)
			}
		}
		var gasSum [3]uint64
		var gasN [3]uint64
		for c := 0; c < cases; c++ {
			kind := r.IntN(4)
			var key state.Hash
			if kind == 0 && size > 0 {
				key = keys[r.IntN(size)] // present: update in place
			} else {
				key = randHash(r) // absent: insertion or absence proof
			}
			p, err := tree.Prove(key)
			if err != nil {
				t.Fatal(err)
			}
			old, err := tree.Get(key)
			if err != nil {
				t.Fatal(err)
			}
			leaf := randHash(r)
			if kind == 1 {
				leaf = old // check the current value (0 when absent)
			}
			if kind == 3 {
				p = tamper(r, p, key)
			}
			want, werr := state.ComputeRoot(key, leaf, p)
			got, gas, ok := e.ComputeRoot(key, leaf, SMTProof(p))
			if ok != (werr == nil) {
				t.Fatalf("size %d case %d: Go err %v, EVM ok %v", size, c, werr, ok)
			}
			if !ok {
				rejected++
				continue
			}
			if kind == 3 {
				tamperedOK++
			}
			if got != want {
				t.Fatalf("size %d case %d: EVM root %x, Go root %x", size, c, got, want)
			}
			if kind != 3 {
				k := 0
				if old == (state.Hash{}) {
					k = 1
				}
				if leaf == (state.Hash{}) {
					k = 2
				}
				gasSum[k] += gas
				gasN[k]++
				// The proof is against the Go tree: setting the leaf
				// there must give the same root.
				before := tree.Root()
				if err := tree.Set(key, leaf); err != nil {
					t.Fatal(err)
				}
				if tree.Root() != want {
					t.Fatalf("size %d case %d: proof root %x, tree root %x", size, c, want, tree.Root())
				}
				if err := tree.Set(key, old); err != nil {
					t.Fatal(err)
				}
				if tree.Root() != before {
					t.Fatalf("size %d case %d: restore failed", size, c)
				}
			}
		}
		for k, name := range []string{"present", "insert", "absent"} {
			if gasN[k] > 0 {
				t.Logf("size %d %s: mean computeRoot gas %d over %d", size, name, gasSum[k]/gasN[k], gasN[k])
			}
		}
	}
	// Both outcomes of a tampered proof must have been compared.
	t.Logf("tampered: %d rejected by both, %d accepted by both with equal roots", rejected, tamperedOK)
	if rejected == 0 || tamperedOK == 0 {
		t.Fatalf("tampering exercised only one side: %d rejected, %d accepted", rejected, tamperedOK)
	}
}

// tamper changes one part of p: a flipped bitmap bit, a dropped or
// changed sibling, another key equal to key or off its path.
func tamper(r *rand.Rand, p state.Proof, key state.Hash) state.Proof {
	q := state.Proof{Bitmap: p.Bitmap, Siblings: append([]state.Hash(nil), p.Siblings...), OtherKey: p.OtherKey, OtherLeaf: p.OtherLeaf}
	switch r.IntN(5) {
	case 0:
		b := r.IntN(256)
		q.Bitmap[31-b/8] ^= 1 << (b % 8)
	case 1:
		if len(q.Siblings) > 0 {
			q.Siblings = q.Siblings[1:]
		} else {
			q.Siblings = append(q.Siblings, randHash(r))
		}
	case 2:
		if len(q.Siblings) > 0 {
			q.Siblings[r.IntN(len(q.Siblings))] = randHash(r)
		}
	case 3:
		q.OtherKey, q.OtherLeaf = key, randHash(r)
	case 4:
		q.OtherKey, q.OtherLeaf = randHash(r), randHash(r)
	}
	return q
}
