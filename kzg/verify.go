package kzg

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
	"github.com/quire-da/quire/erasure"
)

// CellItem is one cell to verify: the commitment of its row, its index in
// the extended row (0..127), its content and its proof. Items of one
// VerifyCells call may come from any rows.
type CellItem struct {
	Commitment Commitment
	Index      int
	Cell       *erasure.Cell
	Proof      Proof
}

// batchDomain is RANDOM_CHALLENGE_KZG_CELL_BATCH_DOMAIN of EIP-7594.
const batchDomain = "RCKZGCBATCH__V1_"

// VerifyCell checks one cell against its row commitment and proof. Errors
// wrap ErrInvalidCommitment, ErrInvalidProof, ErrCellIndex, ErrNilCell or
// ErrVerify.
func (c *Context) VerifyCell(com Commitment, index int, cell *erasure.Cell, p Proof) error {
	err := c.VerifyCells([]CellItem{{Commitment: com, Index: index, Cell: cell, Proof: p}})
	if ice, ok := err.(*InvalidCellError); ok && len(ice.Causes) == 1 {
		return fmt.Errorf("kzg: cell %d: %w", index, ice.Causes[0])
	}
	return err
}

// VerifyCells checks any number of cells, from any rows, with one batched
// pairing check: the universal verification equation of EIP-7594's
// verify_cell_kzg_proof_batch, with independent random 128-bit weights per
// cell by default or its Fiat-Shamir challenge with WithSpecChallenge (see
// there: the verdicts agree except with probability 2^-128). An empty
// batch is valid. If the batch fails, it is narrowed down by bisection and
// the returned *InvalidCellError names exactly the items whose proofs do
// not verify, together with items whose commitment or proof does not
// decode, whose index is out of range or whose cell is nil.
func (c *Context) VerifyCells(items []CellItem) error {
	return c.verifyCells(items, false)
}

// verifyCells is VerifyCells, or DataVerifier.VerifyCells if clear.
func (c *Context) verifyCells(items []CellItem, clear bool) error {
	// Many proofs: decode them without the subgroup check and check them
	// together (subgroupCheckRandom), one by one only if that fails. With
	// WithSpecChallenge every proof is checked on its own, as the
	// specification does. A DataVerifier checks no proof's subgroup: the
	// sums of the pairing check are cleared of any part outside G1.
	v := verifier{c: c, comIdx: make(map[Commitment]int), clear: clear,
		batchSubgroup: !clear && len(items) >= subgroupBatchMin && !c.specChallenge}
	bad := map[int]error{}
	good := make([]int, 0, len(items))
	for i := range items {
		if err := v.prepare(&items[i]); err != nil {
			bad[i] = err
			v.items = append(v.items, prepItem{})
			continue
		}
		good = append(good, i)
	}
	if v.batchSubgroup && len(good) > 0 {
		pts := make([]bls12381.G1Affine, len(good))
		for k, i := range good {
			pts[k] = v.items[i].proof
		}
		if !subgroupCheckRandom(pts) {
			kept := good[:0]
			for _, i := range good {
				if p := &v.items[i].proof; !p.IsInfinity() && !p.IsInSubGroup() {
					bad[i] = ErrInvalidProof
					continue
				}
				kept = append(kept, i)
			}
			good = kept
		}
	}
	if len(good) > 0 && !v.check(good) {
		for _, i := range v.bisect(good, true) {
			bad[i] = ErrVerify
		}
	}
	if len(bad) == 0 {
		return nil
	}
	e := &InvalidCellError{}
	for i := range bad {
		e.Items = append(e.Items, i)
	}
	slices.Sort(e.Items)
	for _, i := range e.Items {
		e.Causes = append(e.Causes, bad[i])
	}
	return e
}

type prepItem struct {
	com   int // index into verifier.coms
	index int
	cell  *erasure.Cell
	proof bls12381.G1Affine
	raw   Proof
}

type verifier struct {
	c        *Context
	items    []prepItem
	coms     []bls12381.G1Affine
	comBytes []Commitment
	comIdx   map[Commitment]int
	comErr   map[Commitment]bool
	// batchSubgroup: prepare leaves the proofs' subgroup check to
	// VerifyCells, which checks them all at once.
	batchSubgroup bool
	// clear: the proofs are decoded without a subgroup check and check
	// multiplies both sums by the cofactor group's exponent (DataVerifier).
	clear bool
}

// prepare decodes and validates one item, appending it to v.items.
func (v *verifier) prepare(it *CellItem) error {
	if it.Index < 0 || it.Index >= cellsPerRow {
		return ErrCellIndex
	}
	if it.Cell == nil {
		return ErrNilCell
	}
	ci, ok := v.comIdx[it.Commitment]
	if !ok {
		if v.comErr[it.Commitment] {
			return ErrInvalidCommitment
		}
		p, err := v.c.commitmentPoint(&it.Commitment)
		if err != nil {
			if v.comErr == nil {
				v.comErr = map[Commitment]bool{}
			}
			v.comErr[it.Commitment] = true
			return ErrInvalidCommitment
		}
		ci = len(v.coms)
		v.coms = append(v.coms, p)
		v.comBytes = append(v.comBytes, it.Commitment)
		v.comIdx[it.Commitment] = ci
	}
	var p bls12381.G1Affine
	var err error
	if v.batchSubgroup || v.clear {
		p, err = decompressG1((*[PointSize]byte)(&it.Proof))
	} else {
		p, err = it.Proof.Point()
	}
	if err != nil {
		return ErrInvalidProof
	}
	v.items = append(v.items, prepItem{com: ci, index: it.Index, cell: it.Cell, proof: p, raw: it.Proof})
	return nil
}

// bisect returns the items of sel whose proofs fail. known says sel is
// already known to contain at least one failing item.
func (v *verifier) bisect(sel []int, known bool) []int {
	if !known && v.check(sel) {
		return nil
	}
	if len(sel) == 1 {
		return sel
	}
	h := len(sel) / 2
	left := v.bisect(sel[:h], false)
	// A batch of valid items always passes, so if sel fails and its left
	// half passes, the right half holds a failing item.
	right := v.bisect(sel[h:], len(left) == 0)
	return append(left, right...)
}

// groupMin is the number of cells sharing one cell index from which
// check sums their proofs on their own first (L_j = sum c_k pi_k over the
// cells of index j) and enters z_j L_j as one point in the right-hand sum,
// instead of every proof with its own full-size scalar c_k z_k. A member's
// custody check (whole columns) has 128 cells per index; a light client's
// 30 samples rarely share one.
const groupMin = 16

// check runs the batched verification equation over the items in sel:
//
//	e(sum c_k pi_k, [tau^64]) = e(sum_i w_i C_i - [I(tau)] + sum c_k z_k pi_k, [1])
//
// where c_k is the weight of cell k (coefficients), w_i sums c_k over the
// cells of commitment i, I = sum c_k I_k is the combination of the cells'
// interpolation polynomials and z_k = h_k^64 for the coset shift h_k of
// cell k. For a cell index j with at least groupMin cells the proofs are
// summed first, L_j = sum c_k pi_k, and sum c_k z_k pi_k over those cells
// is z_j L_j.
func (v *verifier) check(sel []int) bool {
	c := v.c
	// Commitments used by sel, in order of first appearance.
	local := make(map[int]int)
	var comOrder []int
	comOf := make([]int, len(sel))
	for k, i := range sel {
		ci := v.items[i].com
		li, ok := local[ci]
		if !ok {
			li = len(comOrder)
			local[ci] = li
			comOrder = append(comOrder, ci)
		}
		comOf[k] = li
	}
	n := len(sel)
	coef := v.coefficients(sel, comOrder, comOf)
	var count [cellsPerRow]int
	for _, i := range sel {
		count[v.items[i].index]++
	}

	// Points and scalars of sum w_i C_i + sum c_k z_k pi_k (the right-hand
	// sum, RL subtracts sum I_t [tau^t] from it) and of sum c_k pi_k (the
	// left-hand sum) over the cells not in a group.
	pts := make([]bls12381.G1Affine, 0, len(comOrder)+n)
	scs := make([]fr.Element, 0, len(comOrder)+n)
	weights := make([]fr.Element, len(comOrder))
	for k := range sel {
		weights[comOf[k]].Add(&weights[comOf[k]], &coef[k])
	}
	for li, ci := range comOrder {
		pts = append(pts, v.coms[ci])
		scs = append(scs, weights[li])
	}
	var singles []bls12381.G1Affine
	var singleCoef []fr.Element
	var groupPts [cellsPerRow][]bls12381.G1Affine
	var groupCoef [cellsPerRow][]fr.Element
	var agg [cellsPerRow]*[cellLen]fr.Element
	for k, i := range sel {
		it := &v.items[i]
		if count[it.index] >= groupMin {
			groupPts[it.index] = append(groupPts[it.index], it.proof)
			groupCoef[it.index] = append(groupCoef[it.index], coef[k])
		} else {
			var s fr.Element
			s.Mul(&coef[k], &c.cosetPow64[it.index])
			pts = append(pts, it.proof)
			scs = append(scs, s)
			singles = append(singles, it.proof)
			singleCoef = append(singleCoef, coef[k])
		}
		a := agg[it.index]
		if a == nil {
			a = new([cellLen]fr.Element)
			agg[it.index] = a
		}
		var t fr.Element
		for j := range a {
			t.Mul(&it.cell[j], &coef[k])
			a[j].Add(&a[j], &t)
		}
	}
	// Grouped indices: L_j, added to the left-hand sum and entered as the
	// point L_j with scalar z_j in the right-hand one.
	var lgroups bls12381.G1Jac
	lgroups.X.SetOne()
	lgroups.Y.SetOne() // Z = 0: infinity
	var gjac []bls12381.G1Jac
	var gz []fr.Element
	for j := range groupPts {
		if len(groupPts[j]) == 0 {
			continue
		}
		var l bls12381.G1Jac
		if len(groupPts[j]) <= strausMaxPoints {
			l = strausMSM(groupPts[j], [][]fr.Element{groupCoef[j]})[0]
		} else {
			l = msmVar(groupPts[j], groupCoef[j], c.par())
		}
		lgroups.AddAssign(&l)
		gjac = append(gjac, l)
		gz = append(gz, c.cosetPow64[j])
	}
	if len(gjac) > 0 {
		gaff := make([]bls12381.G1Affine, len(gjac))
		batchToAffine(gaff, gjac)
		pts = append(pts, gaff...)
		scs = append(scs, gz...)
	}
	// Interpolate each aggregated coset: the cell holds I(h * g^rev6(j)),
	// so an inverse FFT of size 64 from bit-reversed order gives the
	// coefficients of I(hY), and coefficient t is scaled by h^-t.
	var interp [cellLen]fr.Element
	for idx, a := range agg {
		if a == nil {
			continue
		}
		c.dom64.FFTInverse(a[:], fft.DIT, fft.WithNbTasks(1))
		hinv := c.cosetShiftInv[idx]
		p := fr.One()
		var t fr.Element
		for j := range a {
			t.Mul(&a[j], &p)
			interp[j].Add(&interp[j], &t)
			p.Mul(&p, &hinv)
		}
	}
	var rl, ll bls12381.G1Affine
	var rlj, llj bls12381.G1Jac
	if len(pts) <= strausMaxPoints {
		// Both sums at once, sharing the proofs' tables of odd multiples.
		lls := make([]fr.Element, len(pts))
		copy(lls[len(comOrder):], singleCoef)
		sums := strausMSM(pts, [][]fr.Element{scs, lls})
		rlj, llj = sums[0], sums[1]
	} else {
		rlj = msmVar(pts, scs, c.par())
		if len(singles) > 0 {
			llj = msmVar(singles, singleCoef, c.par())
		} else {
			llj.X.SetOne()
			llj.Y.SetOne()
		}
	}
	llj.AddAssign(&lgroups)
	// The interpolation term over the fixed [tau^t]_1, t < 64: a fixed-base
	// MSM over the precomputed windows of these 64 points.
	it := c.interpTab.msm(interp[:])
	rlj.SubAssign(&it)
	if v.clear {
		mulCofactorExponent(&rlj)
		mulCofactorExponent(&llj)
	}
	rl.FromJacobian(&rlj)
	ll.FromJacobian(&llj)
	rl.Neg(&rl)
	ok, err := bls12381.PairingCheckFixedQ(
		[]bls12381.G1Affine{ll, rl},
		[][2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff{c.linesG2Cell, c.linesG2One})
	return err == nil && ok
}

// coefficients returns the weights c_k of the cells of sel: the powers
// r^k of EIP-7594's challenge r with WithSpecChallenge, otherwise
// independent uniform 128-bit integers from crypto/rand (see
// WithSpecChallenge for the error bound). Fresh ones are drawn on every
// call, so each check of a bisection has its own.
func (v *verifier) coefficients(sel, comOrder, comOf []int) []fr.Element {
	n := len(sel)
	out := make([]fr.Element, n)
	if v.c.specChallenge {
		r := v.challenge(sel, comOrder, comOf)
		out[0].SetOne()
		for k := 1; k < n; k++ {
			out[k].Mul(&out[k-1], &r)
		}
		return out
	}
	buf := make([]byte, 16*n)
	rand.Read(buf) // never fails (crypto/rand, Go 1.24+)
	for k := range out {
		out[k].SetBytes(buf[16*k : 16*k+16]) // big-endian, below 2^128
	}
	return out
}

// interpWindow is the window size of the fixed-base table over the first
// 64 powers of tau in G1 (the interpolation term of the cell check): 32
// windows of 8 bits, 2048 affine points (192 KiB), 128 buckets.
const interpWindow = 8

// buildInterpTable builds the fixed-base table over pts (the setup's
// [tau^t]_1, t < 64) on the caller's goroutine.
func buildInterpTable(pts []bls12381.G1Affine) *fixedBaseTable {
	jac := make([]bls12381.G1Jac, len(pts))
	for i := range jac {
		jac[i].FromAffine(&pts[i])
	}
	return buildFixedBaseTable(jac, interpWindow, 1, 1)
}

// challenge is compute_verify_cell_kzg_proof_batch_challenge of EIP-7594.
func (v *verifier) challenge(sel, comOrder, comOf []int) fr.Element {
	h := sha256.New()
	var u [8]byte
	put := func(x uint64) {
		binary.BigEndian.PutUint64(u[:], x)
		h.Write(u[:])
	}
	h.Write([]byte(batchDomain))
	put(rowLen)
	put(cellLen)
	put(uint64(len(comOrder)))
	put(uint64(len(sel)))
	for _, ci := range comOrder {
		h.Write(v.comBytes[ci][:])
	}
	for k, i := range sel {
		it := &v.items[i]
		put(uint64(comOf[k]))
		put(uint64(it.index))
		for j := range it.cell {
			b := it.cell[j].Bytes()
			h.Write(b[:])
		}
		h.Write(it.raw[:])
	}
	var r fr.Element
	r.SetBytes(h.Sum(nil)) // big-endian, reduced mod r
	return r
}

// VerifyProof checks an EIP-4844 KZG opening proof: that the polynomial
// committed to by com takes the value y at z (verify_kzg_proof). Errors
// wrap ErrInvalidCommitment, ErrInvalidProof or ErrVerify.
func (c *Context) VerifyProof(com Commitment, z, y fr.Element, p Proof) error {
	C, err := c.commitmentPoint(&com)
	if err != nil {
		return err
	}
	P, err := p.Point()
	if err != nil {
		return err
	}
	// e(P, [tau - z]) = e(C - [y], [1])  <=>  e(C - [y] + z P, [1]) e(-P, [tau]) = 1
	var lhs, t bls12381.G1Jac
	lhs.FromAffine(&C)
	var yb, zb big.Int
	t.ScalarMultiplicationBase(y.BigInt(&yb))
	lhs.SubAssign(&t)
	t.FromAffine(&P)
	t.ScalarMultiplication(&t, z.BigInt(&zb))
	lhs.AddAssign(&t)
	var a, negP bls12381.G1Affine
	a.FromJacobian(&lhs)
	negP.Neg(&P)
	ok, err := bls12381.PairingCheck(
		[]bls12381.G1Affine{a, negP},
		[]bls12381.G2Affine{c.s.g2Monomial[0], c.s.g2Monomial[1]})
	if err != nil || !ok {
		return ErrVerify
	}
	return nil
}
