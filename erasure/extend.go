package erasure

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// ErrShape is returned when a slice or square does not have the length or
// shape the function needs (a power-of-two length, 128 cells in a row, a
// nil cell where a present one is required, ...). It is a caller's mistake:
// retrying with the same arguments cannot help.
var ErrShape = errors.New("erasure: invalid shape")

// Extend returns the 2x Reed-Solomon extension of vals, in the
// reverse-bit-order convention of EIP-7594.
//
// vals holds n evaluations (n a power of two) of a polynomial p of degree
// less than n: vals[i] = p(ω_n^brp(i)), where ω_n is the EIP-4844 root of
// unity of order n and brp reverses the bits of i. The result holds the 2n
// evaluations p(ω_2n^brp(j)); its first n entries equal vals, the last n are
// the parity. For a 4096-element data row the 8192 outputs, cut into 128
// cells of 64, are EIP-7594's cells; for a column of k data rows the outputs
// are the column's 2k entries, data rows first.
//
// It fails with ErrShape if n is not a power of two (n = 1 is allowed).
func Extend(vals []fr.Element) ([]fr.Element, error) {
	out := make([]fr.Element, 2*len(vals))
	if err := ExtendInto(out, vals); err != nil {
		return nil, err
	}
	return out, nil
}

// ExtendInto is Extend writing into dst, which must have length 2·len(vals).
// vals may be dst[:len(vals)] itself; otherwise the two must not overlap. It
// does not allocate.
func ExtendInto(dst, vals []fr.Element) error {
	n := len(vals)
	logN, err := checkDataLen(n)
	if err != nil {
		return err
	}
	if len(dst) != 2*n {
		return fmt.Errorf("%w: extension of %d elements needs %d, got %d", ErrShape, n, 2*n, len(dst))
	}
	if &dst[0] != &vals[0] {
		copy(dst[:n], vals)
	}
	parity := dst[n:]
	copy(parity, dst[:n])
	d := getDomain(logN)
	// parity now holds p at ω_n^brp(i). Interpolate (times n), shift the
	// coefficients onto the coset ω_2n·H_n with the 1/n folded in, and
	// evaluate there: p(ω_2n·ω_n^brp(i)) = p(ω_2n^brp(n+i)).
	d.ditInv(parity)
	scale(parity, d.extScale)
	d.dif(parity)
	return nil
}

// ExtendColumn extends a column of cells in place: col holds 2k cells, k a
// power of two; col[0:k] are the data cells (rows 0..k-1), and ExtendColumn
// overwrites col[k:2k] with the parity cells. Element e of the cells forms
// one Reed-Solomon codeword down the column, exactly as Extend would
// compute it from the k data elements; all 64 are transformed together.
// Every cell must be non-nil and distinct. It allocates only a small slice
// of k slice headers.
func ExtendColumn(col []*Cell) error {
	if len(col)%2 != 0 {
		return fmt.Errorf("%w: column of %d cells is not even", ErrShape, len(col))
	}
	k := len(col) / 2
	logK, err := checkDataLen(k)
	if err != nil {
		return err
	}
	for i, c := range col {
		if c == nil {
			return fmt.Errorf("%w: cell %d of the column is nil", ErrShape, i)
		}
	}
	parity := make([][]fr.Element, k)
	for i := range parity {
		p := col[k+i]
		*p = *col[i]
		parity[i] = p[:]
	}
	d := getDomain(logK)
	d.ditInvVec(parity)
	scaleVec(parity, d.extScale)
	d.difVec(parity)
	return nil
}

// checkDataLen checks that n is a power of two small enough that 2n fits
// the largest domain, and returns log2(n).
func checkDataLen(n int) (int, error) {
	logN, ok := log2(n)
	if !ok {
		return 0, fmt.Errorf("%w: length %d is not a power of two", ErrShape, n)
	}
	if logN+1 > maxLogDomain {
		return 0, fmt.Errorf("%w: length %d exceeds the largest supported data length %d", ErrShape, n, 1<<(maxLogDomain-1))
	}
	return logN, nil
}
