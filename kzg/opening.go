package kzg

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// ErrElementIndex is returned by EvaluationPoint and ComputeProofAt for an
// element index outside [0, 4096). Retrying does not help.
var ErrElementIndex = errors.New("kzg: element index out of range")

// The row's evaluation domain in blob order: element i of a row is the row
// polynomial's value at w^brp12(i), w = 7^((r-1)/4096) a primitive 4096th
// root of unity (EIP-4844's roots_of_unity_brp, PRIMITIVE_ROOT_OF_UNITY 7).
var (
	rootsOnce sync.Once
	rootsBRP  []fr.Element
)

func blobRoots() []fr.Element {
	rootsOnce.Do(func() {
		e := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
		e.Div(e, big.NewInt(rowLen))
		var w fr.Element
		w.SetUint64(7)
		w.Exp(w, e)
		nat := make([]fr.Element, rowLen)
		nat[0].SetOne()
		for i := 1; i < rowLen; i++ {
			nat[i].Mul(&nat[i-1], &w)
		}
		rootsBRP = make([]fr.Element, rowLen)
		for i := range nat {
			rootsBRP[i] = nat[brp12(i)]
		}
	})
	return rootsBRP
}

// brp12 reverses the low 12 bits of i.
func brp12(i int) int { return int(reverseBits(uint64(i)) >> (64 - 12)) }

// EvaluationPoint returns the point at which a row's polynomial takes the
// value of element i (0 <= i < 4096): w^brp12(i), w the primitive 4096th
// root of unity 7^((r-1)/4096), brp12 the reversal of 12 bits. This is
// roots_of_unity_brp[i] of EIP-4844 (and the z an L1 contract passes to the
// point-evaluation precompile to open element i). Errors wrap
// ErrElementIndex.
func EvaluationPoint(i int) (fr.Element, error) {
	if i < 0 || i >= rowLen {
		return fr.Element{}, fmt.Errorf("%w: %d not in [0, %d)", ErrElementIndex, i, rowLen)
	}
	return blobRoots()[i], nil
}

// ComputeProof returns the KZG opening proof of a row (4096 evaluations in
// blob order) at any point z of Fr, and the value y of the row polynomial
// there (compute_kzg_proof; the same bytes as go-ethereum's
// kzg4844.ComputeProof). The proof commits, in the Lagrange basis, to the
// quotient q(X) = (p(X) - y) / (X - z) given by its evaluations:
// q_i = (p_i - y) / (w_i - z). When z is a domain point w_m, y is p_m and
// q_m, where that formula would divide by zero, is
// sum over i != m of (p_i - y) w_i / (z (z - w_i)) (the specification's
// compute_quotient_eval_within_domain). Errors wrap ErrRowSize.
func (c *Context) ComputeProof(row []fr.Element, z fr.Element) (Proof, fr.Element, error) {
	if err := checkRow(row); err != nil {
		return Proof{}, fr.Element{}, err
	}
	roots := blobRoots()
	m := -1
	for i := range roots {
		if roots[i].Equal(&z) {
			m = i
			break
		}
	}
	// inv[i] = 1 / (z - w_i), with a placeholder 1 at m.
	inv := make([]fr.Element, rowLen)
	for i := range inv {
		if i == m {
			inv[i].SetOne()
			continue
		}
		inv[i].Sub(&z, &roots[i])
	}
	inv = fr.BatchInvert(inv)

	var y fr.Element
	if m >= 0 {
		y = row[m]
	} else {
		// Barycentric form: p(z) = (z^N - 1)/N * sum p_i w_i / (z - w_i).
		var sum, t fr.Element
		for i := range row {
			t.Mul(&row[i], &roots[i])
			t.Mul(&t, &inv[i])
			sum.Add(&sum, &t)
		}
		var zn, n fr.Element
		zn.Exp(z, big.NewInt(rowLen))
		one := fr.One()
		zn.Sub(&zn, &one)
		n.SetUint64(rowLen)
		n.Inverse(&n)
		y.Mul(&sum, &zn)
		y.Mul(&y, &n)
	}

	q := make([]fr.Element, rowLen)
	var qm fr.Element
	for i := range q {
		if i == m {
			continue
		}
		// q_i = (p_i - y) / (w_i - z) = -(p_i - y) / (z - w_i)
		q[i].Sub(&y, &row[i])
		q[i].Mul(&q[i], &inv[i])
		if m >= 0 {
			// (p_i - y) w_i / (z (z - w_i)) = -q_i w_i / z, summed below.
			var t fr.Element
			t.Mul(&q[i], &roots[i])
			qm.Sub(&qm, &t)
		}
	}
	if m >= 0 {
		var zi fr.Element
		zi.Inverse(&z)
		q[m].Mul(&qm, &zi)
	}
	p := c.commitPoint(q)
	return ProofFromPoint(&p), y, nil
}

// ComputeProofAt is ComputeProof at the evaluation point of element i
// (EvaluationPoint(i)): the proof that element i of the row is row[i].
// Errors wrap ErrRowSize or ErrElementIndex.
func (c *Context) ComputeProofAt(row []fr.Element, i int) (Proof, error) {
	z, err := EvaluationPoint(i)
	if err != nil {
		return Proof{}, err
	}
	p, _, err := c.ComputeProof(row, z)
	return p, err
}
