package kzg

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// TestEmbeddedSetupIsGeth checks that the embedded ceremony file is byte
// for byte the one go-ethereum embeds.
func TestEmbeddedSetupIsGeth(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ethereum/go-ethereum").Output()
	if err != nil {
		t.Fatalf("locating go-ethereum: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	want, err := os.ReadFile(filepath.Join(dir, "crypto", "kzg4844", "trusted_setup.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(trustedSetupJSON, want) {
		t.Fatalf("embedded trusted_setup.json (%d bytes) differs from go-ethereum's (%d bytes)", len(trustedSetupJSON), len(want))
	}
}

// TestRootsOfUnityMatchSpec checks that gnark's domain generators are the
// roots the Ethereum specs use: 7^((r-1)/n).
func TestRootsOfUnityMatchSpec(t *testing.T) {
	for _, n := range []uint64{2, 64, 128, 4096, 8192} {
		e := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
		e.Div(e, new(big.Int).SetUint64(n))
		var want fr.Element
		want.SetUint64(7)
		want.Exp(want, e)
		got, err := fr.Generator(n)
		if err != nil || !got.Equal(&want) {
			t.Errorf("n=%d: gnark generator %v, spec %v (%v)", n, got.String(), want.String(), err)
		}
	}
}

// TestSetupCheckRejects tampers with a decoded setup and expects the
// randomized consistency checks to notice.
func TestSetupCheckRejects(t *testing.T) {
	c := testContext(t)
	seed := [32]byte{1}
	if err := c.s.check(seed, 1); err != nil {
		t.Fatalf("genuine setup rejected: %v", err)
	}
	clone := func() *setup {
		return &setup{
			g1Monomial: append([]bls12381.G1Affine(nil), c.s.g1Monomial...),
			g1Lagrange: append([]bls12381.G1Affine(nil), c.s.g1Lagrange...),
			g2Monomial: append([]bls12381.G2Affine(nil), c.s.g2Monomial...),
		}
	}
	cases := map[string]func(s *setup){
		"swapped monomial powers": func(s *setup) { s.g1Monomial[100], s.g1Monomial[101] = s.g1Monomial[101], s.g1Monomial[100] },
		"last monomial doubled":   func(s *setup) { s.g1Monomial[4095].Add(&s.g1Monomial[4095], &s.g1Monomial[4095]) },
		"swapped lagrange points": func(s *setup) { s.g1Lagrange[7], s.g1Lagrange[3000] = s.g1Lagrange[3000], s.g1Lagrange[7] },
		"wrong G2 power":          func(s *setup) { s.g2Monomial[64] = s.g2Monomial[63] },
		"wrong G2 tau":            func(s *setup) { s.g2Monomial[1].Add(&s.g2Monomial[1], &s.g2Monomial[0]) },
		"not the generator":       func(s *setup) { s.g1Monomial[0] = s.g1Monomial[1] },
	}
	for name, tamper := range cases {
		t.Run(name, func(t *testing.T) {
			s := clone()
			tamper(s)
			if err := s.check(seed, 1); !errors.Is(err, ErrSetup) {
				t.Fatalf("tampered setup accepted: %v", err)
			}
		})
	}
}

// nonSubgroupPoint returns a curve point outside G1 (G1 has cofactor > 1).
func nonSubgroupPoint(t testing.TB) bls12381.G1Affine {
	var four fp.Element
	four.SetUint64(4)
	for x := uint64(1); x < 1000; x++ {
		var p bls12381.G1Affine
		var y2 fp.Element
		p.X.SetUint64(x)
		y2.Square(&p.X).Mul(&y2, &p.X).Add(&y2, &four)
		if p.Y.Sqrt(&y2) != nil && p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no point found")
	return bls12381.G1Affine{}
}

func TestSubgroupCheckBatch(t *testing.T) {
	c := testContext(t)
	pts := append([]bls12381.G1Affine(nil), c.s.g1Monomial[:300]...)
	if !subgroupCheckBatch(pts, newSeededRand([]byte{1}, "t"), 2) {
		t.Fatal("genuine points rejected")
	}
	bad := nonSubgroupPoint(t)
	for _, i := range []int{0, 150, 299} {
		q := append([]bls12381.G1Affine(nil), pts...)
		q[i] = bad
		if subgroupCheckBatch(q, newSeededRand([]byte{byte(i)}, "t"), 1) {
			t.Fatalf("point outside G1 at %d accepted", i)
		}
		// A subgroup point plus a small-order part is caught too.
		q[i].Add(&pts[i], &bad)
		if !q[i].IsInSubGroup() && subgroupCheckBatch(q, newSeededRand([]byte{byte(i), 1}, "t"), 1) {
			t.Fatalf("shifted point at %d accepted", i)
		}
	}
}

// TestLoadSetupRejectsBadPoints feeds loadSetup files with a point that
// does not decode or is outside the subgroup.
func TestLoadSetupRejectsBadPoints(t *testing.T) {
	var js setupJSON
	if err := json.Unmarshal(trustedSetupJSON, &js); err != nil {
		t.Fatal(err)
	}
	// An x with a curve point outside the prime-order subgroup: G1 has
	// cofactor h != 1, so find one by search (y^2 = x^3 + 4).
	nonSubgroup := func() string {
		p := nonSubgroupPoint(t)
		b := p.Bytes()
		return hexPoint(b[:])
	}()
	cases := map[string]func(j *setupJSON){
		"not in subgroup":  func(j *setupJSON) { j.G1Monomial[5] = nonSubgroup },
		"bad hex":          func(j *setupJSON) { j.G1Lagrange[9] = "0xzz" },
		"uncompressed bit": func(j *setupJSON) { j.G1Monomial[0] = "0x17" + j.G1Monomial[0][4:] },
		"short list":       func(j *setupJSON) { j.G2Monomial = j.G2Monomial[:64] },
		"bad G2":           func(j *setupJSON) { j.G2Monomial[3] = j.G2Monomial[3][:len(j.G2Monomial[3])-2] + "00" },
	}
	for name, tamper := range cases {
		t.Run(name, func(t *testing.T) {
			j := setupJSON{
				G1Monomial: append([]string(nil), js.G1Monomial...),
				G1Lagrange: append([]string(nil), js.G1Lagrange...),
				G2Monomial: append([]string(nil), js.G2Monomial...),
			}
			tamper(&j)
			raw, err := json.Marshal(j)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := loadSetup(raw, 2); !errors.Is(err, ErrSetup) {
				t.Fatalf("want ErrSetup, got %v", err)
			}
		})
	}
	if _, err := loadSetup([]byte("{"), 1); !errors.Is(err, ErrSetup) {
		t.Fatalf("bad JSON: want ErrSetup, got %v", err)
	}
}
