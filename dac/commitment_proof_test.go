package dac

import (
	"errors"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/quire-da/quire/internal/merkle"
	"github.com/quire-da/quire/kzg"
)

// TestHeaderCommitmentProof checks header-only proofs against the tree and
// root code (internal/merkle, CommitmentsRoot) for k = 1 .. 256, and that
// VerifyCommitmentProof rejects a wrong commitment, row, depth and root.
func TestHeaderCommitmentProof(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, k := range []int{1, 2, 16, 256} {
		h := &Header{Core: HeaderCore{Version: FormatVersion, K: uint32(k)}, Commitments: make([]Commitment, 2*k)}
		leaves := make([][]byte, 2*k)
		for i := range h.Commitments {
			for j := range h.Commitments[i] {
				h.Commitments[i][j] = byte(rng.Uint32())
			}
			leaves[i] = h.Commitments[i][:]
		}
		h.Core.CommitmentsRoot = CommitmentsRoot(h.Commitments)
		tree := merkle.New(leaves)
		if tree.Root() != h.Core.CommitmentsRoot {
			t.Fatalf("k=%d: root differs from internal/merkle", k)
		}
		for _, row := range []int{0, 2*k - 1, rng.IntN(2 * k)} {
			proof, err := h.CommitmentProof(row)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := tree.Proof(row)
			if len(proof) != len(want) || len(proof) != tree.Depth() {
				t.Fatalf("k=%d row %d: %d hashes, tree has depth %d", k, row, len(proof), tree.Depth())
			}
			for i := range proof {
				if proof[i] != want[i] {
					t.Fatalf("k=%d row %d: hash %d differs from internal/merkle", k, row, i)
				}
			}
			if !merkle.Verify(h.Core.CommitmentsRoot, h.Commitments[row][:], uint64(row), bits.TrailingZeros(uint(2*k)), proof) {
				t.Fatalf("k=%d row %d: merkle.Verify rejects", k, row)
			}
			if err := h.Core.VerifyCommitmentProof(row, h.Commitments[row], proof); err != nil {
				t.Fatalf("k=%d row %d: %v", k, row, err)
			}
			other := h.Commitments[(row+1)%(2*k)]
			if err := h.Core.VerifyCommitmentProof(row, other, proof); !errors.Is(err, kzg.ErrCommitmentProof) {
				t.Fatalf("k=%d row %d: wrong commitment: %v", k, row, err)
			}
			if len(proof) > 0 {
				if err := h.Core.VerifyCommitmentProof(row^1, h.Commitments[row], proof); !errors.Is(err, kzg.ErrCommitmentProof) {
					t.Fatalf("k=%d row %d: wrong row: %v", k, row, err)
				}
				if err := h.Core.VerifyCommitmentProof(row/2, h.Commitments[row], proof[1:]); !errors.Is(err, kzg.ErrCommitmentProof) {
					t.Fatalf("k=%d row %d: short proof: %v", k, row, err)
				}
			}
			bad := h.Core
			bad.CommitmentsRoot[0] ^= 1
			if err := bad.VerifyCommitmentProof(row, h.Commitments[row], proof); !errors.Is(err, kzg.ErrCommitmentProof) {
				t.Fatalf("k=%d row %d: wrong root: %v", k, row, err)
			}
		}
		if _, err := h.CommitmentProof(2 * k); !errors.Is(err, kzg.ErrSquare) {
			t.Fatalf("k=%d: row 2k: %v", k, err)
		}
		short := &Header{Core: h.Core, Commitments: h.Commitments[:k]}
		if _, err := short.CommitmentProof(0); !errors.Is(err, ErrHeaderMalformed) {
			t.Fatalf("k=%d: k commitments: %v", k, err)
		}
	}
}
