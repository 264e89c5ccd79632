package dac

import (
	"fmt"

	"github.com/quire-da/quire/kzg"
)

// CommitmentProof returns the Merkle proof that row commitment row is leaf
// row under the header's commitmentsRoot: log2(2k) sibling hashes, leaf
// level first (the tree of internal/merkle). It needs the header only, not
// the square. Errors wrap ErrHeaderMalformed when the header does not have
// 2k commitments, and kzg.ErrSquare for a row outside [0, 2k).
func (h *Header) CommitmentProof(row int) ([][32]byte, error) {
	if h.Core.K == 0 || len(h.Commitments) != 2*int(h.Core.K) {
		return nil, fmt.Errorf("%w: %d commitments for k=%d", ErrHeaderMalformed, len(h.Commitments), h.Core.K)
	}
	return kzg.CommitmentProof(h.Commitments, row)
}

// VerifyCommitmentProof checks that com is row commitment row of the blob
// whose header core is c, by a proof from CommitmentProof against
// c.CommitmentsRoot: exactly log2(2k) hashes, the check BlobReader.sol makes
// on L1. Errors wrap kzg.ErrSquare (k not a power of two, row out of range)
// or kzg.ErrCommitmentProof (the proof does not place com at row).
func (c *HeaderCore) VerifyCommitmentProof(row int, com Commitment, proof [][32]byte) error {
	return kzg.VerifyCommitmentProof(c.CommitmentsRoot, int(c.K), row, com, proof)
}
