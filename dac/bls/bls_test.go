package bls

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// testRand returns a deterministic generator whose seed is logged and can be
// overridden with QUIRE_TEST_SEED.
func testRand(t testing.TB) *mrand.Rand {
	t.Helper()
	seed := uint64(0x5eed)
	if s := os.Getenv("QUIRE_TEST_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 0, 64)
		if err != nil {
			t.Fatalf("QUIRE_TEST_SEED: %v", err)
		}
		seed = v
	}
	if _, bench := t.(*testing.B); !bench {
		t.Logf("seed %#x (set QUIRE_TEST_SEED to override)", seed)
	}
	return mrand.New(mrand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// randReader adapts a math/rand generator to io.Reader for deterministic key
// generation in tests.
type randReader struct{ r *mrand.Rand }

func (r randReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.r.Uint32())
	}
	return len(p), nil
}

func mustKey(t testing.TB, r *mrand.Rand) *SecretKey {
	t.Helper()
	sk, err := GenerateKey(randReader{r})
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestKeyGenEIP2333 checks KeyGen against EIP-2333's master_SK vectors
// (derive_master_SK is HKDF_mod_r, which is the draft's KeyGen with an
// empty key_info).
func TestKeyGenEIP2333(t *testing.T) {
	tests := []struct {
		name, seed, masterSK string
	}{
		{"case0", "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04", "6083874454709270928345386274498605044986640685124978867557563392430687146096"},
		{"case1", "3141592653589793238462643383279502884197169399375105820974944592", "29757020647961307431480504535336562678282505419141012933316116377660817309383"},
		{"case2", "0099FF991111002299DD7744EE3355BBDD8844115566CC55663355668888CC00", "27580842291869792442942448775674722299803720648445448686099262467207037398656"},
		{"case3", "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3", "19022158461524446591288038168518313374041767046816487870552872741050760015818"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sk, err := KeyGen(mustHex(t, tc.seed), nil)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := new(big.Int).SetString(tc.masterSK, 10)
			b := sk.Bytes()
			if got := new(big.Int).SetBytes(b[:]); got.Cmp(want) != 0 {
				t.Fatalf("master SK = %v, want %v", got, want)
			}
		})
	}
}

func TestKeyGenShortIKM(t *testing.T) {
	if _, err := KeyGen(make([]byte, 31), nil); !errors.Is(err, ErrShortIKM) {
		t.Fatalf("err = %v, want ErrShortIKM", err)
	}
	if _, err := GenerateKey(bytes.NewReader(make([]byte, 10))); err == nil {
		t.Fatal("GenerateKey with a short reader: no error")
	}
}

func TestKeyInfoChangesKey(t *testing.T) {
	ikm := bytes.Repeat([]byte{7}, 32)
	a, _ := KeyGen(ikm, nil)
	b, _ := KeyGen(ikm, []byte("quire"))
	if a.Bytes() == b.Bytes() {
		t.Fatal("key_info did not change the key")
	}
}

type h2cVectors struct {
	DST     string `json:"dst"`
	Vectors []struct {
		Msg string `json:"msg"`
		P   struct {
			X string `json:"x"`
			Y string `json:"y"`
		} `json:"P"`
	} `json:"vectors"`
}

// TestHashToG1RFC9380 checks HashToG1 against RFC 9380 appendix J.9.1
// (BLS12381G1_XMD:SHA-256_SSWU_RO_), from the RFC authors' vector file.
func TestHashToG1RFC9380(t *testing.T) {
	raw, err := os.ReadFile("testdata/rfc9380/BLS12381G1_XMD-SHA-256_SSWU_RO_.json")
	if err != nil {
		t.Fatal(err)
	}
	var v h2cVectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if v.DST != "QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_" || len(v.Vectors) != 5 {
		t.Fatalf("unexpected vector file: dst %q, %d vectors", v.DST, len(v.Vectors))
	}
	for _, vec := range v.Vectors {
		name := vec.Msg
		if len(name) > 8 {
			name = name[:8]
		}
		t.Run(strconv.Quote(name), func(t *testing.T) {
			var wx, wy fp.Element
			if err := wx.SetBytesCanonical(mustHex(t, vec.P.X)); err != nil {
				t.Fatal(err)
			}
			if err := wy.SetBytesCanonical(mustHex(t, vec.P.Y)); err != nil {
				t.Fatal(err)
			}
			p := HashToG1([]byte(vec.Msg), []byte(v.DST))
			if !p.X.Equal(&wx) || !p.Y.Equal(&wy) {
				t.Fatalf("HashToG1(%q) = %s, want (%s, %s)", vec.Msg, p.String(), vec.P.X, vec.P.Y)
			}
		})
	}
}

// TestExpandMessageXMDRFC9380 checks expand_message_xmd (SHA-256) against
// RFC 9380 appendix K.1, including the oversize-DST vectors.
func TestExpandMessageXMDRFC9380(t *testing.T) {
	for _, file := range []string{"expand_message_xmd_SHA256_38.json", "expand_message_xmd_SHA256_256.json"} {
		raw, err := os.ReadFile("testdata/rfc9380/" + file)
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			DST   string `json:"DST"`
			Tests []struct {
				Msg     string `json:"msg"`
				Len     string `json:"len_in_bytes"`
				Uniform string `json:"uniform_bytes"`
			} `json:"tests"`
		}
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		if len(v.Tests) != 10 {
			t.Fatalf("%s: %d tests, want 10", file, len(v.Tests))
		}
		for i, tc := range v.Tests {
			n, err := strconv.ParseUint(tc.Len, 0, 16)
			if err != nil {
				t.Fatal(err)
			}
			got, err := expandMessageXMD([]byte(tc.Msg), []byte(v.DST), int(n))
			if err != nil {
				t.Fatalf("%s #%d: %v", file, i, err)
			}
			if want := mustHex(t, tc.Uniform); !bytes.Equal(got, want) {
				t.Errorf("%s #%d (msg %.10q, len %d): got %x, want %x", file, i, tc.Msg, n, got, want)
			}
		}
	}
}

func TestHashToG1LongDST(t *testing.T) {
	long := bytes.Repeat([]byte("d"), 300)
	p := HashToG1([]byte("m"), long)
	q := HashToG1([]byte("m"), reduceDST(long))
	if !p.Equal(&q) || !p.IsInSubGroup() || p.IsInfinity() {
		t.Fatal("oversize DST not reduced to a valid hash")
	}
}

func TestSignVerify(t *testing.T) {
	r := testRand(t)
	sk, other := mustKey(t, r), mustKey(t, r)
	pk := sk.PublicKey()
	msg := []byte("attest me")
	sig := sk.Sign(msg)
	tests := []struct {
		name string
		pk   PublicKey
		msg  []byte
		sig  Signature
		ok   bool
	}{
		{"valid", pk, msg, sig, true},
		{"other message", pk, []byte("attest me!"), sig, false},
		{"other key", other.PublicKey(), msg, sig, false},
		{"other signer", pk, msg, other.Sign(msg), false},
		{"identity signature", pk, msg, Signature{}, false},
		{"identity key", PublicKey{}, msg, sig, false},
		{"pop as signature", pk, msg, sk.ProvePossession(), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Verify(tc.pk, tc.msg, tc.sig)
			if tc.ok && err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("Verify = %v, want ErrInvalidSignature", err)
			}
		})
	}
}

func TestProofOfPossession(t *testing.T) {
	r := testRand(t)
	sk, other := mustKey(t, r), mustKey(t, r)
	pk := sk.PublicKey()
	pkBytes := pk.Bytes()
	tests := []struct {
		name string
		pk   PublicKey
		pop  Signature
		ok   bool
	}{
		{"valid", pk, sk.ProvePossession(), true},
		{"other key's proof", pk, other.ProvePossession(), false},
		{"signature over the key bytes under the signature DST", pk, sk.Sign(pkBytes[:]), false},
		{"identity", pk, Signature{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := VerifyPossession(tc.pk, tc.pop)
			if tc.ok && err != nil {
				t.Fatalf("VerifyPossession: %v", err)
			}
			if !tc.ok && (!errors.Is(err, ErrInvalidPossession) || !errors.Is(err, ErrInvalidSignature)) {
				t.Fatalf("VerifyPossession = %v, want ErrInvalidPossession", err)
			}
		})
	}
}

func TestFastAggregateVerify(t *testing.T) {
	r := testRand(t)
	const n = 8
	sks := make([]*SecretKey, n)
	pks := make([]PublicKey, n)
	sigs := make([]Signature, n)
	msg := []byte("header")
	for i := range sks {
		sks[i] = mustKey(t, r)
		pks[i] = sks[i].PublicKey()
		sigs[i] = sks[i].Sign(msg)
	}
	agg := Aggregate(sigs...)
	tests := []struct {
		name string
		pks  []PublicKey
		msg  []byte
		sig  Signature
		want error
	}{
		{"all", pks, msg, agg, nil},
		{"one", pks[:1], msg, sigs[0], nil},
		{"subset", []PublicKey{pks[1], pks[4], pks[6]}, msg, Aggregate(sigs[1], sigs[4], sigs[6]), nil},
		{"missing a signer", pks, msg, Aggregate(sigs[1:]...), ErrInvalidSignature},
		{"extra key", append([]PublicKey{sks[0].PublicKey()}, pks...), msg, agg, ErrInvalidSignature},
		{"other message", pks, []byte("other"), agg, ErrInvalidSignature},
		{"no keys", nil, msg, agg, ErrNoPublicKeys},
		{"identity key among them", append([]PublicKey{{}}, pks...), msg, agg, ErrInvalidSignature},
		{"empty aggregate", pks, msg, Aggregate(), ErrInvalidSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := FastAggregateVerify(tc.pks, tc.msg, tc.sig)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("FastAggregateVerify = %v, want %v", err, tc.want)
			}
		})
	}
	if got := AggregatePublicKeys(); !got.IsZero() {
		t.Fatal("empty key aggregate is not the identity")
	}
	// Aggregation is order-independent and matches the sum of scalars.
	var sum fr.Element
	for _, sk := range sks {
		sum.Add(&sum, &sk.s)
	}
	total := SecretKey{s: sum}
	if AggregatePublicKeys(pks...) != total.PublicKey() {
		t.Fatal("aggregate key != (Σ sk)·G2")
	}
	if Aggregate(sigs...) != total.Sign(msg) {
		t.Fatal("aggregate signature != (Σ sk)·H(m)")
	}
}

// TestRogueKey shows why keys need a proof of possession: a rogue key built
// from an honest key passes FastAggregateVerify for a message the honest
// member never signed, and fails VerifyPossession.
func TestRogueKey(t *testing.T) {
	r := testRand(t)
	honest := mustKey(t, r).PublicKey()
	x := mustKey(t, r)
	// rogue = x·G2 - honest; the attacker knows no scalar for it.
	var rp bls12381.G2Affine
	xpk := x.PublicKey()
	rp.Sub(&xpk.p, &honest.p)
	rogue, err := PublicKeyFromPoint(rp)
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte("forged")
	forged := x.Sign(msg) // verifies against honest + rogue = x·G2
	if err := FastAggregateVerify([]PublicKey{honest, rogue}, msg, forged); err != nil {
		t.Fatalf("rogue-key forgery did not go through (test premise broken): %v", err)
	}
	// The attacker cannot produce a proof of possession for rogue; the best
	// they can do is sign with x, which fails.
	if err := VerifyPossession(rogue, x.ProvePossession()); err == nil {
		t.Fatal("rogue key passed VerifyPossession")
	}
}

func TestSecretKeyFromBytes(t *testing.T) {
	order := fr.Modulus()
	be := func(v *big.Int) []byte { return v.FillBytes(make([]byte, 32)) }
	tests := []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"one", be(big.NewInt(1)), true},
		{"r-1", be(new(big.Int).Sub(order, big.NewInt(1))), true},
		{"zero", make([]byte, 32), false},
		{"r", be(order), false},
		{"r+1", be(new(big.Int).Add(order, big.NewInt(1))), false},
		{"all ones", bytes.Repeat([]byte{0xff}, 32), false},
		{"short", make([]byte, 31), false},
		{"long", append(be(big.NewInt(1)), 0), false},
		{"nil", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sk, err := SecretKeyFromBytes(tc.in)
			if !tc.ok {
				if !errors.Is(err, ErrInvalidSecretKey) {
					t.Fatalf("err = %v, want ErrInvalidSecretKey", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b := sk.Bytes(); !bytes.Equal(b[:], tc.in) {
				t.Fatalf("round trip: %x != %x", b, tc.in)
			}
		})
	}
}

func TestSecretKeyRedacted(t *testing.T) {
	sk, _ := SecretKeyFromBytes(mustHex(t, "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"))
	for _, s := range []string{sk.String(), sk.GoString()} {
		if strings.Contains(s, "19d6689c") {
			t.Fatalf("secret printed: %s", s)
		}
	}
	sk.Zeroize()
	if !sk.s.IsZero() {
		t.Fatal("Zeroize left the scalar")
	}
}

// offSubgroupG1 returns a point on E1 outside the r-torsion subgroup.
func offSubgroupG1(t testing.TB) bls12381.G1Affine {
	var p bls12381.G1Affine
	var four fp.Element
	four.SetUint64(4)
	for x := uint64(1); ; x++ {
		p.X.SetUint64(x)
		var rhs fp.Element
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &four)
		if p.Y.Sqrt(&rhs) == nil {
			continue
		}
		if !p.IsOnCurve() {
			t.Fatal("constructed point off the curve")
		}
		if !p.IsInSubGroup() {
			return p
		}
	}
}

// offSubgroupG2 returns a point on the twist E2 outside the r-torsion
// subgroup.
func offSubgroupG2(t testing.TB) bls12381.G2Affine {
	var p bls12381.G2Affine
	var b bls12381.E2
	b.A0.SetUint64(4)
	b.A1.SetUint64(4)
	for x := uint64(1); ; x++ {
		p.X.A0.SetUint64(x)
		p.X.A1.SetOne()
		var rhs bls12381.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if !p.IsOnCurve() {
			t.Fatal("constructed point off the curve")
		}
		if !p.IsInSubGroup() {
			return p
		}
	}
}

// notOnCurveX returns the compressed encoding of an x with no point on E1.
func notOnCurveG1(t testing.TB) []byte {
	var four, x, rhs, y fp.Element
	four.SetUint64(4)
	for v := uint64(1); ; v++ {
		x.SetUint64(v)
		rhs.Square(&x).Mul(&rhs, &x).Add(&rhs, &four)
		if y.Sqrt(&rhs) == nil {
			b := x.Bytes()
			b[0] |= 0x80
			return b[:]
		}
	}
}

func TestSignatureFromBytes(t *testing.T) {
	r := testRand(t)
	valid := mustKey(t, r).Sign([]byte("m")).Bytes()
	off := offSubgroupG1(t)
	offBytes := off.Bytes()
	infinity := make([]byte, 48)
	infinity[0] = 0xc0
	nonCanonical := fp.Modulus().FillBytes(make([]byte, 48)) // x = p
	nonCanonical[0] |= 0x80
	tests := []struct {
		name string
		in   []byte
		want error // nil means valid
	}{
		{"valid", valid[:], nil},
		{"infinity", infinity, ErrInfinity},
		{"infinity with sign bit", append([]byte{0xe0}, make([]byte, 47)...), ErrMalformedSignature},
		{"infinity with nonzero x", append([]byte{0xc0}, append(make([]byte, 46), 1)...), ErrMalformedSignature},
		{"not in subgroup", offBytes[:], ErrNotInSubgroup},
		{"not on curve", notOnCurveG1(t), ErrMalformedSignature},
		{"x not below p", nonCanonical, ErrMalformedSignature},
		{"compression flag clear", append([]byte{valid[0] &^ 0x80}, valid[1:]...), ErrMalformedSignature},
		{"uncompressed length", append(valid[:], make([]byte, 48)...), ErrMalformedSignature},
		{"short", valid[:47], ErrMalformedSignature},
		{"empty", nil, ErrMalformedSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := SignatureFromBytes(tc.in)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if b := s.Bytes(); !bytes.Equal(b[:], tc.in) {
					t.Fatal("round trip changed the bytes")
				}
				return
			}
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformedSignature) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestPublicKeyFromBytes(t *testing.T) {
	r := testRand(t)
	valid := mustKey(t, r).PublicKey().Bytes()
	off := offSubgroupG2(t)
	offBytes := off.Bytes()
	infinity := make([]byte, 96)
	infinity[0] = 0xc0
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"valid", valid[:], nil},
		{"infinity", infinity, ErrInfinity},
		{"infinity with sign bit", append([]byte{0xe0}, make([]byte, 95)...), ErrMalformedPublicKey},
		{"not in subgroup", offBytes[:], ErrNotInSubgroup},
		{"x.c1 not below p", append(append([]byte{0x9a, 0x01, 0x11, 0xea}, bytes.Repeat([]byte{0xff}, 44)...), valid[48:]...), ErrMalformedPublicKey},
		{"compression flag clear", append([]byte{valid[0] &^ 0x80}, valid[1:]...), ErrMalformedPublicKey},
		{"short", valid[:95], ErrMalformedPublicKey},
		{"signature length", valid[:48], ErrMalformedPublicKey},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pk, err := PublicKeyFromBytes(tc.in)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if b := pk.Bytes(); !bytes.Equal(b[:], tc.in) {
					t.Fatal("round trip changed the bytes")
				}
				return
			}
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformedPublicKey) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestFromPoint(t *testing.T) {
	if _, err := PublicKeyFromPoint(offSubgroupG2(t)); !errors.Is(err, ErrNotInSubgroup) {
		t.Fatalf("off-subgroup key: %v", err)
	}
	if _, err := SignatureFromPoint(offSubgroupG1(t)); !errors.Is(err, ErrNotInSubgroup) {
		t.Fatalf("off-subgroup signature: %v", err)
	}
	if _, err := PublicKeyFromPoint(bls12381.G2Affine{}); !errors.Is(err, ErrInfinity) {
		t.Fatalf("identity key: %v", err)
	}
	if _, err := SignatureFromPoint(bls12381.G1Affine{}); !errors.Is(err, ErrInfinity) {
		t.Fatalf("identity signature: %v", err)
	}
	var bad bls12381.G1Affine
	bad.X.SetUint64(1)
	bad.Y.SetUint64(1)
	if _, err := SignatureFromPoint(bad); !errors.Is(err, ErrMalformedSignature) {
		t.Fatalf("off-curve signature: %v", err)
	}
}

func TestEIP2537(t *testing.T) {
	_, _, g1, g2 := bls12381.Generators()
	// The generators' coordinates, as EIP-2537 lists them.
	const (
		g1x  = "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"
		g1y  = "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"
		g2x0 = "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"
		g2x1 = "13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e"
		g2y0 = "0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"
		g2y1 = "0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be"
	)
	pad := strings.Repeat("00", 16)
	g1b := G1ToEIP2537(g1)
	if got, want := hex.EncodeToString(g1b[:]), pad+g1x+pad+g1y; got != want {
		t.Fatalf("G1 generator:\n got %s\nwant %s", got, want)
	}
	g2b := G2ToEIP2537(g2)
	if got, want := hex.EncodeToString(g2b[:]), pad+g2x0+pad+g2x1+pad+g2y0+pad+g2y1; got != want {
		t.Fatalf("G2 generator:\n got %s\nwant %s", got, want)
	}
	if G1ToEIP2537(bls12381.G1Affine{}) != [128]byte{} || G2ToEIP2537(bls12381.G2Affine{}) != [256]byte{} {
		t.Fatal("identity is not all zeros")
	}

	r := testRand(t)
	sk := mustKey(t, r)
	pk, sig := sk.PublicKey(), sk.Sign([]byte("m"))
	pkE, sigE := pk.EIP2537(), sig.EIP2537()
	if got, err := PublicKeyFromEIP2537(pkE[:]); err != nil || got != pk {
		t.Fatalf("key round trip: %v", err)
	}
	if got, err := SignatureFromEIP2537(sigE[:]); err != nil || got != sig {
		t.Fatalf("signature round trip: %v", err)
	}

	off1, off2 := offSubgroupG1(t), offSubgroupG2(t)
	off1E, off2E := G1ToEIP2537(off1), G2ToEIP2537(off2)
	badPad := sigE
	badPad[3] = 1
	big := sigE
	copy(big[16:64], fp.Modulus().FillBytes(make([]byte, 48)))
	offCurve := sigE
	offCurve[127] ^= 1
	g1Cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"identity", make([]byte, 128), ErrInfinity},
		{"not in subgroup", off1E[:], ErrNotInSubgroup},
		{"nonzero padding", badPad[:], ErrMalformedSignature},
		{"x not below p", big[:], ErrMalformedSignature},
		{"not on curve", offCurve[:], ErrMalformedSignature},
		{"short", sigE[:127], ErrMalformedSignature},
	}
	for _, tc := range g1Cases {
		t.Run("G1/"+tc.name, func(t *testing.T) {
			if _, err := SignatureFromEIP2537(tc.in); !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformedSignature) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	pkOffCurve := pkE
	pkOffCurve[255] ^= 1
	g2Cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"identity", make([]byte, 256), ErrInfinity},
		{"not in subgroup", off2E[:], ErrNotInSubgroup},
		{"not on curve", pkOffCurve[:], ErrMalformedPublicKey},
		{"long", append(pkE[:], 0), ErrMalformedPublicKey},
	}
	for _, tc := range g2Cases {
		t.Run("G2/"+tc.name, func(t *testing.T) {
			if _, err := PublicKeyFromEIP2537(tc.in); !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformedPublicKey) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestTextRoundTrip(t *testing.T) {
	r := testRand(t)
	sk := mustKey(t, r)
	pk, sig := sk.PublicKey(), sk.Sign([]byte("m"))
	raw, err := json.Marshal(struct {
		PK  PublicKey
		Sig Signature
	}{pk, sig})
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		PK  PublicKey
		Sig Signature
	}
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.PK != pk || back.Sig != sig {
		t.Fatal("JSON round trip changed the values")
	}
	pkHex := pk.String()
	var fromBare PublicKey
	if err := fromBare.UnmarshalText([]byte(pkHex[2:])); err != nil || fromBare != pk {
		t.Fatalf("bare hex: %v", err)
	}
	for _, bad := range []string{"0x", "0xzz", pkHex[:len(pkHex)-2], pkHex + "00"} {
		var p PublicKey
		if err := p.UnmarshalText([]byte(bad)); !errors.Is(err, ErrMalformedPublicKey) {
			t.Errorf("UnmarshalText(%.12q...) = %v", bad, err)
		}
		var s Signature
		if err := s.UnmarshalText([]byte(bad)); !errors.Is(err, ErrMalformedSignature) {
			t.Errorf("Signature.UnmarshalText(%.12q...) = %v", bad, err)
		}
	}
}
