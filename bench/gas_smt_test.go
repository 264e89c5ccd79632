package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/state"
)

// smtGas is the mean gas of one SMT.computeRoot walk over proofs of one
// kind in a tree of a given size.
type smtGas struct {
	accounts int
	kind     string
	gas      uint64 // mean, whole call (21,000 and calldata included)
	samples  int
}

// measureSMT deploys contracts/SMT.sol on the simulated chain and takes
// the mean eth_estimateGas of computeRoot over random proofs in trees of
// 1,000 and 10,000 random keys (the state tree's shape: keys are keccak
// outputs): an update of a present leaf and an insertion of an absent key.
// The proofs are checked against state.ComputeRoot on the way.
func measureSMT(tb testing.TB) []smtGas {
	g := newGasCommittee(tb, 4, l1.Prague)
	c, _, err := l1.DeployContract(g.ctx, g.sim.Client(), g.from, &contracts.SMTMetaData, nil, l1.WithMiner(func() { g.sim.Commit() }))
	if err != nil {
		tb.Fatal(err)
	}
	abi := contracts.NewSMT()
	rng := rand.New(rand.NewPCG(9, 14))
	hash := func() (h state.Hash) {
		for i := range h {
			h[i] = byte(rng.Uint32())
		}
		return h
	}
	const samples = 40
	var rows []smtGas
	for _, size := range []int{1000, 10000} {
		tree := state.NewTree(state.NewMemStore())
		keys := make([]state.Hash, size)
		for i := range keys {
			keys[i] = hash()
			if err := tree.Set(keys[i], hash()); err != nil {
				tb.Fatal(err)
			}
		}
		for _, kind := range []string{"update a present leaf", "insert an absent key"} {
			var sum uint64
			for range samples {
				key := hash()
				if kind[0] == 'u' {
					key = keys[rng.IntN(size)]
				}
				p, err := tree.Prove(key)
				if err != nil {
					tb.Fatal(err)
				}
				leaf := hash()
				in := abi.PackComputeRoot(key, leaf, prover.SMTProof(p))
				addr := c.Address()
				out, err := g.sim.Client().CallContract(g.ctx, ethereum.CallMsg{To: &addr, Data: in}, nil)
				if err != nil {
					tb.Fatal(err)
				}
				got, err := abi.UnpackComputeRoot(out)
				want, werr := state.ComputeRoot(key, leaf, p)
				if err != nil || werr != nil || got != want {
					tb.Fatalf("computeRoot: EVM %x %v, Go %x %v", got, err, want, werr)
				}
				gas, err := g.sim.Client().EstimateGas(g.ctx, ethereum.CallMsg{From: g.from.From, To: &addr, Data: in})
				if err != nil {
					tb.Fatal(err)
				}
				sum += gas
			}
			rows = append(rows, smtGas{accounts: size, kind: kind, gas: sum / samples, samples: samples})
		}
	}
	return rows
}

func smtGasTable(rows []smtGas) string {
	var b strings.Builder
	b.WriteString(`## State tree proofs (contracts/SMT.sol), Prague rules

One ` + "`SMTLib.computeRoot`" + ` walk (what the one-step verifier does per
account it reads or writes: check a leaf against the pre-state root, then
compute the root after the update), called through a wrapper contract:
whole-call gas (the 21,000 base and the proof's calldata included), the
mean of eth_estimateGas over random proofs in a tree of random keys.

| accounts | proof | gas (mean) | samples |
|---:|---|---:|---:|
`)
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %d |\n", comma(uint64(r.accounts)), r.kind, comma(r.gas), r.samples)
	}
	b.WriteString("\n")
	return b.String()
}
