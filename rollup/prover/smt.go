package prover

import (
	"math/big"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/rollup/state"
)

// SMTProof returns p in the ABI form of contracts/SMT.sol's SMTLib.Proof:
// the bitmap as a uint256 (state.Proof's big-endian bytes), the siblings in
// increasing level, the other key and leaf as they are.
func SMTProof(p state.Proof) contracts.SMTLibProof {
	sibs := make([][32]byte, len(p.Siblings))
	for i, s := range p.Siblings {
		sibs[i] = s
	}
	return contracts.SMTLibProof{
		Bitmap:    new(big.Int).SetBytes(p.Bitmap[:]),
		Siblings:  sibs,
		OtherKey:  p.OtherKey,
		OtherLeaf: p.OtherLeaf,
	}
}
