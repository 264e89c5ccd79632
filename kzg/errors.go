package kzg

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Sentinel errors. None of them is transient: retrying the same call with
// the same input gives the same answer.
var (
	// ErrInvalidCommitment is returned when commitment bytes are not a
	// compressed G1 point on the curve and in the prime-order subgroup.
	ErrInvalidCommitment = errors.New("kzg: invalid commitment")
	// ErrInvalidProof is returned when proof bytes are not a compressed G1
	// point on the curve and in the prime-order subgroup.
	ErrInvalidProof = errors.New("kzg: invalid proof")
	// ErrCellIndex is returned for a cell index outside [0, CellsPerRow).
	ErrCellIndex = errors.New("kzg: cell index out of range")
	// ErrNilCell is returned when a cell pointer is nil.
	ErrNilCell = errors.New("kzg: nil cell")
	// ErrVerify is returned when a well-formed cell, commitment and proof do
	// not match: the proof does not verify.
	ErrVerify = errors.New("kzg: proof does not verify")
	// ErrRowSize is returned when a row does not hold exactly
	// erasure.ElementsPerRow field elements.
	ErrRowSize = errors.New("kzg: row must have 4096 field elements")
	// ErrNonCanonical is returned when an encoded field element is not less
	// than the scalar field modulus.
	ErrNonCanonical = errors.New("kzg: field element is not canonical")
	// ErrRecover is returned by RecoverCellsAndProofs when the given cells
	// cannot determine the row: fewer than half of them, duplicates, or
	// mismatched lengths. Asking again with more cells can help.
	ErrRecover = errors.New("kzg: cannot recover row")
	// ErrExtensionSize is returned by ExtendG1 and CheckExtension when the
	// input length is not a power of two in range.
	ErrExtensionSize = errors.New("kzg: extension size must be a power of two")
	// ErrNotExtension is returned by CheckExtension when the second half of
	// the commitments is not the Reed-Solomon extension of the first half.
	ErrNotExtension = errors.New("kzg: commitments are not an extension")
	// ErrSetup is returned by New when the trusted setup fails a check.
	ErrSetup = errors.New("kzg: invalid trusted setup")
)

// InvalidCellError names the items of a VerifyCells call that failed: their
// commitment or proof did not decode, their index was out of range, or their
// proof did not verify. Items are indexes into the slice passed to
// VerifyCells, in ascending order, and Causes[i] is the reason for Items[i]
// (one of ErrInvalidCommitment, ErrInvalidProof, ErrCellIndex, ErrNilCell,
// ErrVerify). errors.Is(err, ErrVerify) and friends report whether any item
// failed for that reason.
type InvalidCellError struct {
	Items  []int
	Causes []error
}

func (e *InvalidCellError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "kzg: %d invalid cell(s):", len(e.Items))
	const show = 8
	for i, it := range e.Items {
		if i == show {
			fmt.Fprintf(&b, " ... (%d more)", len(e.Items)-show)
			break
		}
		cause := "invalid"
		if i < len(e.Causes) && e.Causes[i] != nil {
			cause = strings.TrimPrefix(e.Causes[i].Error(), "kzg: ")
		}
		fmt.Fprintf(&b, " item %d (%s)", it, cause)
		if i+1 < len(e.Items) && i+1 < show {
			b.WriteByte(',')
		}
	}
	return b.String()
}

// Unwrap returns the distinct causes, so errors.Is sees each of them.
func (e *InvalidCellError) Unwrap() []error {
	var out []error
	for _, c := range e.Causes {
		if c != nil && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
