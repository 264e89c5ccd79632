package kzg

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sync/atomic"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
)

// trustedSetupJSON is the output of the Ethereum KZG ceremony, byte for
// byte the file go-ethereum embeds as crypto/kzg4844/trusted_setup.json:
// 4096 G1 powers of tau in monomial form, the same 4096 in Lagrange form
// (in natural order of the roots of unity) and 65 G2 powers.
//
//go:embed trusted_setup.json
var trustedSetupJSON []byte

const (
	setupG1Points = 4096
	setupG2Points = 65
)

// setup holds the decoded and checked ceremony points.
type setup struct {
	g1Monomial []bls12381.G1Affine // [tau^i]_1, i < 4096
	g1Lagrange []bls12381.G1Affine // [L_i(tau)]_1, permuted into bit-reversed (blob) order
	g2Monomial []bls12381.G2Affine // [tau^i]_2, i < 65
}

type setupJSON struct {
	G1Monomial []string `json:"g1_monomial"`
	G1Lagrange []string `json:"g1_lagrange"`
	G2Monomial []string `json:"g2_monomial"`
}

// loadSetup parses and checks the ceremony file: every point must decode,
// lie on the curve and in the prime-order subgroup, the G1 and G2 powers
// must be powers of one common tau (randomized pairing check), and the
// Lagrange points must be the inverse FFT of the monomial ones (randomized
// MSM check). workers bounds the goroutines used.
func loadSetup(raw []byte, workers int) (*setup, error) {
	var js setupJSON
	if err := json.Unmarshal(raw, &js); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSetup, err)
	}
	if len(js.G1Monomial) != setupG1Points || len(js.G1Lagrange) != setupG1Points || len(js.G2Monomial) != setupG2Points {
		return nil, fmt.Errorf("%w: want %d+%d G1 and %d G2 points, got %d+%d and %d", ErrSetup,
			setupG1Points, setupG1Points, setupG2Points, len(js.G1Monomial), len(js.G1Lagrange), len(js.G2Monomial))
	}
	s := &setup{
		g1Monomial: make([]bls12381.G1Affine, setupG1Points),
		g1Lagrange: make([]bls12381.G1Affine, setupG1Points),
		g2Monomial: make([]bls12381.G2Affine, setupG2Points),
	}
	for i, h := range js.G2Monomial {
		b, err := parseHex([]byte(h), bls12381.SizeOfG2AffineCompressed)
		if err == nil && b[0]&flagCompressed == 0 {
			err = fmt.Errorf("compression flag not set")
		}
		if err == nil {
			_, err = s.g2Monomial[i].SetBytes(b) // checks curve and subgroup
		}
		if err != nil {
			return nil, fmt.Errorf("%w: G2 point %d: %v", ErrSetup, i, err)
		}
	}
	// Decompress G1 points in parallel (a square root each); subgroup
	// membership is checked for all of them at once below.
	all := append(append([]string(nil), js.G1Monomial...), js.G1Lagrange...)
	dst := make([]bls12381.G1Affine, len(all))
	errs := make([]error, workers)
	var failed atomic.Bool
	parallelFor(len(all), workers, func(w, lo, hi int) {
		for i := lo; i < hi && !failed.Load(); i++ {
			b, err := parseHex([]byte(all[i]), PointSize)
			if err == nil {
				dst[i], err = decompressG1((*[PointSize]byte)(b))
			}
			if err != nil {
				errs[w] = fmt.Errorf("%w: G1 point %d: %v", ErrSetup, i, err)
				failed.Store(true)
				return
			}
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if !subgroupCheckBatch(dst, newSeededRand(raw, "quire/kzg/setup-subgroup/v1"), workers) {
		return nil, fmt.Errorf("%w: a G1 point is not in the prime-order subgroup", ErrSetup)
	}
	copy(s.g1Monomial, dst[:setupG1Points])
	copy(s.g1Lagrange, dst[setupG1Points:])
	// The file lists the Lagrange points in natural order of the domain;
	// blobs are in bit-reversed order, so the points are permuted to match.
	bitReverse(s.g1Lagrange)
	if err := s.check(sha256.Sum256(raw), workers); err != nil {
		return nil, err
	}
	return s, nil
}

// check runs the randomized consistency checks. The randomness is derived
// from the file's hash, so the check is deterministic and pure; the file is
// fixed before the challenge is drawn from it.
func (s *setup) check(seed [32]byte, workers int) error {
	_, _, g1, g2 := bls12381.Generators()
	if !s.g1Monomial[0].Equal(&g1) || !s.g2Monomial[0].Equal(&g2) {
		return fmt.Errorf("%w: first powers are not the generators", ErrSetup)
	}
	rng := newSeededRand(seed[:], "quire/kzg/setup-check/v1")
	cfg := ecc.MultiExpConfig{NbTasks: workers}

	// (1) G1 powers are consecutive powers of the tau in [tau]_2:
	//     e(sum r_i [tau^(i+1)], [1]) = e(sum r_i [tau^i], [tau]).
	// (2) G2 powers match the G1 ones: e(sum t_j [tau^j]_1, [1]) =
	//     e([1]_1, sum t_j [tau^j]_2).
	// Both folded in one multi-pairing with independent random weights.
	n := setupG1Points - 1
	r := make([]fr.Element, n)
	for i := range r {
		r[i].SetUint64(rng.next())
	}
	var xa, ya, xb bls12381.G1Affine
	if _, err := xa.MultiExp(s.g1Monomial[1:], r, cfg); err != nil {
		return fmt.Errorf("%w: %v", ErrSetup, err)
	}
	if _, err := ya.MultiExp(s.g1Monomial[:n], r, cfg); err != nil {
		return fmt.Errorf("%w: %v", ErrSetup, err)
	}
	t := make([]fr.Element, setupG2Points)
	for i := range t {
		t[i].SetUint64(rng.next())
	}
	var yb bls12381.G2Affine
	if _, err := xb.MultiExp(s.g1Monomial[:setupG2Points], t, cfg); err != nil {
		return fmt.Errorf("%w: %v", ErrSetup, err)
	}
	if _, err := yb.MultiExp(s.g2Monomial, t, cfg); err != nil {
		return fmt.Errorf("%w: %v", ErrSetup, err)
	}
	var lhs, negYa, negG1 bls12381.G1Affine
	lhs.Add(&xa, &xb)
	negYa.Neg(&ya)
	negG1.Neg(&g1)
	ok, err := bls12381.PairingCheck(
		[]bls12381.G1Affine{lhs, negYa, negG1},
		[]bls12381.G2Affine{g2, s.g2Monomial[1], yb})
	if err != nil || !ok {
		return fmt.Errorf("%w: powers of tau are inconsistent", ErrSetup)
	}

	// (3) Lagrange points are the inverse FFT of the monomial ones: for a
	// random polynomial d, sum d_j [tau^j] = sum d(w_i) [L_i(tau)], with the
	// evaluations in the same bit-reversed order as the Lagrange points.
	d := make([]fr.Element, setupG1Points)
	for i := range d {
		d[i].SetUint64(rng.next())
	}
	evals := append([]fr.Element(nil), d...)
	fft.NewDomain(setupG1Points).FFT(evals, fft.DIF, fft.WithNbTasks(workers)) // bit-reversed output
	var mono, lag bls12381.G1Affine
	if _, err := mono.MultiExp(s.g1Monomial, d, cfg); err != nil {
		return fmt.Errorf("%w: %v", ErrSetup, err)
	}
	if _, err := lag.MultiExp(s.g1Lagrange, evals, cfg); err != nil {
		return fmt.Errorf("%w: %v", ErrSetup, err)
	}
	if !mono.Equal(&lag) {
		return fmt.Errorf("%w: Lagrange points are not the transform of the monomial ones", ErrSetup)
	}
	return nil
}

// subgroupCheckBatch reports whether all points (on the curve) lie in the
// prime-order subgroup G1, with error probability 2^-64: E(Fp) is G1 times
// a small-order part, and a random subset sum of the points has a nonzero
// small-order part with probability at least 1/2 if any point has one (fix
// all choices but one offending point: at most one of its two choices
// cancels). Each of the 64 rounds sums a random subset and tests the sum
// with the endomorphism check. That is 32 mixed additions per point instead
// of about 128 doublings for a check per point.
func subgroupCheckBatch(pts []bls12381.G1Affine, rng *seededRand, workers int) bool {
	const rounds = 64
	sel := make([]uint64, len(pts))
	for i := range sel {
		sel[i] = rng.next()
	}
	ok := make([]bool, rounds)
	parallelFor(rounds, workers, func(_, lo, hi int) {
		for j := lo; j < hi; j++ {
			var acc bls12381.G1Jac
			acc.X.SetOne()
			acc.Y.SetOne()
			for i := range pts {
				if sel[i]>>j&1 == 1 {
					acc.AddMixed(&pts[i])
				}
			}
			ok[j] = acc.IsInSubGroup()
		}
	})
	for _, v := range ok {
		if !v {
			return false
		}
	}
	return true
}

// seededRand is a deterministic stream of 64-bit values: SHA-256 over a
// seed, a label and a counter.
type seededRand struct {
	key [32]byte
	ctr uint64
	buf [32]byte
	pos int
}

func newSeededRand(seed []byte, label string) *seededRand {
	h := sha256.New()
	h.Write([]byte(label))
	h.Write(seed)
	r := &seededRand{pos: 32}
	h.Sum(r.key[:0])
	return r
}

func (r *seededRand) next() uint64 {
	if r.pos+8 > len(r.buf) {
		var in [40]byte
		copy(in[:], r.key[:])
		binary.BigEndian.PutUint64(in[32:], r.ctr)
		r.ctr++
		r.buf = sha256.Sum256(in[:])
		r.pos = 0
	}
	v := binary.BigEndian.Uint64(r.buf[r.pos:])
	r.pos += 8
	return v
}
