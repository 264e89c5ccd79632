package erasure

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// ErrUnrecoverable is returned when fewer than half of a codeword's
// positions are present, or, from RecoverSquare, when alternating row and
// column decoding gets stuck (then as *UnrecoverableError). More cells may
// make a retry succeed.
var ErrUnrecoverable = errors.New("erasure: not enough data to recover")

// ErrInconsistent is returned when the present values are not a codeword:
// more than half the positions are present and no polynomial of degree less
// than half the length passes through all of them. The input is corrupt;
// retrying with the same values cannot help.
var ErrInconsistent = errors.New("erasure: present values are not a Reed-Solomon codeword")

// Recovery follows EIP-7594's recover_polynomialcoeff. With E the codeword
// with missing positions set to zero and Z the polynomial vanishing exactly
// at the missing points, E·Z equals P·Z at every point of the domain, and
// deg(P·Z) < 2n = N, so one inverse FFT gives P·Z. Dividing by Z pointwise
// on a coset s·H (where Z has no zeros) and interpolating gives P; P's
// coefficients of degree n and up must vanish (otherwise the input was not
// a codeword), and one forward FFT gives the whole codeword.

// pattern is what recovery precomputes for one set of missing positions in
// a codeword of N = 2^logN positions: Z on H and 1/Z on s·H, in reverse-bit
// order, one entry per group of `group` consecutive positions (Z is
// constant on each cell of a row, see rowPattern).
type pattern struct {
	logN      int
	group     int
	missing   []bool // per group
	zEval     []fr.Element
	zCosetInv []fr.Element
}

// newPattern builds the pattern from Z's coefficients (in natural order,
// length at most N/group) for a table of N/group entries. Z is evaluated
// at ω_T^brp(j) and at s'·ω_T^brp(j), T = N/group, where s' = s^group is
// where (s·x)^group lands.
func newPattern(logN, group int, missing []bool, zCoeffs []fr.Element) *pattern {
	logT, _ := log2((1 << logN) / group)
	d := getDomain(logT)
	t := 1 << logT
	p := &pattern{logN: logN, group: group, missing: missing}
	p.zEval = make([]fr.Element, t)
	copy(p.zEval, zCoeffs)
	d.dif(p.zEval)

	p.zCosetInv = make([]fr.Element, t)
	copy(p.zCosetInv, zCoeffs)
	var s, sg fr.Element
	s.SetUint64(cosetShift)
	sg = expUint(s, uint64(group))
	scale(p.zCosetInv[:len(zCoeffs)], powers(sg, fr.One(), len(zCoeffs)))
	d.dif(p.zCosetInv)
	p.zCosetInv = fr.BatchInvert(p.zCosetInv)
	return p
}

// positionPattern builds the pattern for arbitrary missing positions of a
// codeword of 2^logN elements.
func positionPattern(logN int, missing []bool) *pattern {
	var roots []fr.Element
	w := rootOfUnity(logN)
	for i, m := range missing {
		if m {
			roots = append(roots, expUint(w, uint64(brp(i, logN))))
		}
	}
	return newPattern(logN, 1, missing, vanishing(roots))
}

// rowPattern builds the pattern for a row of CellsPerRow cells with whole
// cells missing. Position 64j+t of the extended row is ω^brp13(64j+t) =
// ω^(brp7(j) + 128·brp6(t)), so cell j is the coset h_j·μ_64 with
// h_j^64 = ω_128^brp7(j), and its vanishing polynomial is x^64 - h_j^64.
// Z is therefore a polynomial in y = x^64 of degree (missing cells), and on
// cell j it takes the constant value Z(ω_128^brp7(j)): a 128-point FFT.
func rowPattern(missingCells []bool) *pattern {
	const logN = 13 // log2(ExtendedRowElements)
	const logCells = 7
	w := rootOfUnity(logCells)
	var roots []fr.Element
	for j, m := range missingCells {
		if m {
			roots = append(roots, expUint(w, uint64(brp(j, logCells))))
		}
	}
	return newPattern(logN, ElementsPerCell, missingCells, vanishing(roots))
}

// recoverScalar recovers the codeword a (length N = 2^p.logN, evaluations in
// reverse-bit order) in place. Missing positions may hold anything.
func (p *pattern) recoverScalar(a []fr.Element) error {
	d := getDomain(p.logN)
	n := d.n / 2
	for i := range a {
		g := i / p.group
		if p.missing[g] {
			a[i].SetZero()
		} else {
			a[i].Mul(&a[i], &p.zEval[g])
		}
	}
	d.ditInv(a)
	scale(a, d.cosetScale)
	d.dif(a)
	for i := range a {
		a[i].Mul(&a[i], &p.zCosetInv[i/p.group])
	}
	d.ditInv(a)
	for i := n; i < len(a); i++ {
		if !a[i].IsZero() {
			return ErrInconsistent
		}
	}
	scale(a[:n], d.cosetUnscale)
	d.dif(a)
	return nil
}

// recoverVec is recoverScalar over symbols (p.group must be 1).
func (p *pattern) recoverVec(a [][]fr.Element) error {
	d := getDomain(p.logN)
	n := d.n / 2
	for i, x := range a {
		if p.missing[i] {
			clear(x)
			continue
		}
		for e := range x {
			x[e].Mul(&x[e], &p.zEval[i])
		}
	}
	d.ditInvVec(a)
	scaleVec(a, d.cosetScale)
	d.difVec(a)
	scaleVec(a, p.zCosetInv)
	d.ditInvVec(a)
	for _, x := range a[n:] {
		for e := range x {
			if !x[e].IsZero() {
				return ErrInconsistent
			}
		}
	}
	scaleVec(a[:n], d.cosetUnscale)
	d.difVec(a)
	return nil
}

// Recover fills in the missing positions of a codeword in place. codeword
// holds N = 2n evaluations in reverse-bit order (as Extend returns them),
// N a power of two; missing lists the positions whose values are unknown
// (their contents are ignored and overwritten; duplicates are allowed).
//
// It fails with ErrShape for a bad length or an index out of range, with
// ErrUnrecoverable if more than n positions are missing, and with
// ErrInconsistent if the present values are not a codeword (then codeword
// is left with unspecified contents).
func Recover(codeword []fr.Element, missing []int) error {
	logN, ok := log2(len(codeword))
	if !ok || logN == 0 || logN > maxLogDomain {
		return fmt.Errorf("%w: codeword of %d elements (want a power of two from 2 to %d)", ErrShape, len(codeword), 1<<maxLogDomain)
	}
	mask := make([]bool, len(codeword))
	count := 0
	for _, i := range missing {
		if i < 0 || i >= len(codeword) {
			return fmt.Errorf("%w: missing index %d out of range [0, %d)", ErrShape, i, len(codeword))
		}
		if !mask[i] {
			mask[i] = true
			count++
		}
	}
	if count == 0 {
		return nil
	}
	if count > len(codeword)/2 {
		return fmt.Errorf("%w: %d of %d positions missing, at most %d may be", ErrUnrecoverable, count, len(codeword), len(codeword)/2)
	}
	return positionPattern(logN, mask).recoverScalar(codeword)
}

// RecoverRow fills in the missing cells of an extended row: row holds
// CellsPerRow cells, nil where missing. At least DataCellsPerRow must be
// present. Each missing cell is replaced by a newly allocated one; present
// cells are not modified.
//
// It fails with ErrShape for a row of the wrong length, ErrUnrecoverable
// when too few cells are present, and ErrInconsistent when the present cells
// do not lie on one row polynomial.
func RecoverRow(row []*Cell) error {
	if len(row) != CellsPerRow {
		return fmt.Errorf("%w: row of %d cells, want %d", ErrShape, len(row), CellsPerRow)
	}
	missing, count := missingMask(row)
	if count == 0 {
		return nil
	}
	if count > CellsPerRow/2 {
		return fmt.Errorf("%w: %d of %d cells of the row missing, at most %d may be", ErrUnrecoverable, count, CellsPerRow, CellsPerRow/2)
	}
	return recoverRowWith(rowPattern(missing), row, make([]fr.Element, ExtendedRowElements), count)
}

// recoverRowWith recovers row, which has count missing cells, with a
// precomputed pattern, using buf (ExtendedRowElements long) as scratch.
func recoverRowWith(p *pattern, row []*Cell, buf []fr.Element, count int) error {
	for j, c := range row {
		if c != nil {
			copy(buf[j*ElementsPerCell:], c[:])
		}
	}
	if err := p.recoverScalar(buf); err != nil {
		return err
	}
	fresh := make([]Cell, count)
	for j := range row {
		if row[j] == nil {
			c := &fresh[0]
			fresh = fresh[1:]
			copy(c[:], buf[j*ElementsPerCell:])
			row[j] = c
		}
	}
	return nil
}

// RecoverColumn fills in the missing cells of a column of the extended
// square: col holds 2k cells (k a power of two), nil where missing; at
// least k must be present. The 64 element-columns share one precomputed
// erasure pattern and are decoded together. Missing cells are replaced by
// newly allocated ones; present cells are not modified.
//
// It fails with ErrShape, ErrUnrecoverable or ErrInconsistent as RecoverRow.
func RecoverColumn(col []*Cell) error {
	logN, ok := log2(len(col))
	if !ok || logN == 0 || logN > maxLogDomain {
		return fmt.Errorf("%w: column of %d cells (want a power of two from 2 to %d)", ErrShape, len(col), 1<<maxLogDomain)
	}
	missing, count := missingMask(col)
	if count == 0 {
		return nil
	}
	if count > len(col)/2 {
		return fmt.Errorf("%w: %d of %d cells of the column missing, at most %d may be", ErrUnrecoverable, count, len(col), len(col)/2)
	}
	return newColumnScratch(len(col)).recover(positionPattern(logN, missing), col, count)
}

// columnScratch is the working space for recovering columns of one length;
// RecoverSquare reuses it across columns.
type columnScratch struct {
	cells []Cell
	syms  [][]fr.Element
}

func newColumnScratch(n int) *columnScratch {
	s := &columnScratch{cells: make([]Cell, n), syms: make([][]fr.Element, n)}
	for i := range s.cells {
		s.syms[i] = s.cells[i][:]
	}
	return s
}

// recover fills the count missing cells of col using pattern p.
func (s *columnScratch) recover(p *pattern, col []*Cell, count int) error {
	for i, c := range col {
		if c != nil {
			s.cells[i] = *c
		}
	}
	if err := p.recoverVec(s.syms); err != nil {
		return err
	}
	fresh := make([]Cell, count)
	for i := range col {
		if col[i] == nil {
			c := &fresh[0]
			fresh = fresh[1:]
			*c = s.cells[i]
			col[i] = c
		}
	}
	return nil
}

func missingMask(cells []*Cell) ([]bool, int) {
	mask := make([]bool, len(cells))
	count := 0
	for i, c := range cells {
		if c == nil {
			mask[i] = true
			count++
		}
	}
	return mask, count
}
