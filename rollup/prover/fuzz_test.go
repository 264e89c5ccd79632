package prover

import (
	"math/rand/v2"
	"testing"

	"github.com/quire-da/quire/rollup/prover/provertest"
	"github.com/quire-da/quire/rollup/state"
)

// fuzzProof reads key, leaf, bitmap, other key, other leaf (32 bytes each,
// zero-padded) and then siblings (32 bytes each) from data.
func fuzzProof(data []byte) (key, leaf state.Hash, p state.Proof) {
	var head [160]byte
	n := copy(head[:], data)
	copy(key[:], head[0:])
	copy(leaf[:], head[32:])
	copy(p.Bitmap[:], head[64:])
	copy(p.OtherKey[:], head[96:])
	copy(p.OtherLeaf[:], head[128:])
	for rest := data[n:]; len(rest) > 0 && len(p.Siblings) < 256; {
		var s state.Hash
		rest = rest[copy(s[:], rest):]
		p.Siblings = append(p.Siblings, s)
	}
	return key, leaf, p
}

func encodeFuzzProof(key, leaf state.Hash, p state.Proof) []byte {
	b := append(append(append(append(append([]byte(nil), key[:]...), leaf[:]...), p.Bitmap[:]...), p.OtherKey[:]...), p.OtherLeaf[:]...)
	for _, s := range p.Siblings {
		b = append(b, s[:]...)
	}
	return b
}

// FuzzSMTComputeRoot feeds arbitrary proofs to state.ComputeRoot and to
// SMT.sol: both reject, or both return the same root.
func FuzzSMTComputeRoot(f *testing.F) {
	r := rand.New(rand.NewPCG(14, 2))
	tree := state.NewTree(state.NewMemStore())
	for i := 0; i < 40; i++ {
		if err := tree.Set(randHash(r), randHash(r)); err != nil {
			f.Fatal(err)
		}
	}
	for i := 0; i < 4; i++ {
		k := randHash(r)
		p, err := tree.Prove(k)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(encodeFuzzProof(k, randHash(r), p))
	}
	e := provertest.NewEVMSMT(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		key, leaf, p := fuzzProof(data)
		want, werr := state.ComputeRoot(key, leaf, p)
		e.SetTB(t)
		got, _, ok := e.ComputeRoot(key, leaf, SMTProof(p))
		if ok != (werr == nil) {
			t.Fatalf("Go err %v, EVM ok %v", werr, ok)
		}
		if ok && got != want {
			t.Fatalf("EVM root %x, Go root %x", got, want)
		}
	})
}
