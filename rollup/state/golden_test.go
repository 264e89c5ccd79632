package state

import (
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

// goldenSMT are the vectors the Solidity verifier reuses: leaves inserted in
// order, the root after each, and proofs (present and absent keys) against
// the final root.
type goldenSMT struct {
	Note   string `json:"note"`
	Leaves []struct {
		Key   Hash `json:"key"`
		Value Hash `json:"value"`
		Root  Hash `json:"rootAfter"`
	} `json:"leaves"`
	Proofs []struct {
		Key   Hash  `json:"key"`
		Leaf  Hash  `json:"leaf"`
		Proof Proof `json:"proof"`
	} `json:"proofs"`
	Root Hash `json:"root"`
}

func TestGoldenSMT(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 12))
	tr := NewTree(NewMemStore())
	var g goldenSMT
	g.Note = "compact keccak SMT depth 256: empty 0, one leaf keccak(0x02||key||leaf), else keccak(0x03||left||right); bit i of the key (big-endian uint256) steers level i; docs/rollup.md"
	keys := keyPool(r, 12)
	for _, k := range keys {
		v := randHash(r)
		if err := tr.Set(k, v); err != nil {
			t.Fatal(err)
		}
		g.Leaves = append(g.Leaves, struct {
			Key   Hash `json:"key"`
			Value Hash `json:"value"`
			Root  Hash `json:"rootAfter"`
		}{k, v, tr.Root()})
	}
	g.Root = tr.Root()
	near := keys[0] // absent, its path ends at keys[0]'s lone leaf
	near[31] ^= 1
	for _, k := range append(keys[:4:4], randHash(r), randHash(r), near) {
		p, err := tr.Prove(k)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := tr.Get(k)
		g.Proofs = append(g.Proofs, struct {
			Key   Hash  `json:"key"`
			Leaf  Hash  `json:"leaf"`
			Proof Proof `json:"proof"`
		}{k, v, p})
	}
	checkGolden(t, filepath.Join("testdata", "smt.json"), &g)
	// The file's vectors also hold against the naive definition.
	m := map[Hash]Hash{}
	for _, l := range g.Leaves {
		m[l.Key] = l.Value
		if naiveRoot(m) != l.Root {
			t.Fatal("golden root differs from the definition")
		}
	}
	for _, p := range g.Proofs {
		if !Verify(g.Root, p.Key, p.Leaf, p.Proof) {
			t.Fatal("golden proof does not verify")
		}
	}
}

// checkGolden compares v with the JSON file (rewriting it with -update).
func checkGolden[T any](t *testing.T, path string, v *T) {
	t.Helper()
	if *update {
		b, _ := json.MarshalIndent(v, "", "  ")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	var want T
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&want, v) {
		t.Fatalf("%s: computed vectors differ from the file", path)
	}
}
