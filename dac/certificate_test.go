package dac

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/quire-da/quire/dac/bls"
)

// certRand returns a deterministic generator whose seed is logged and can be
// overridden with QUIRE_TEST_SEED.
func certRand(t testing.TB) *mrand.Rand {
	t.Helper()
	seed := uint64(0xce27)
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
	return mrand.New(mrand.NewPCG(seed, ^seed))
}

type testCommittee struct {
	sks       []*bls.SecretKey
	keys      []bls.PublicKey
	chainID   uint64
	committee [20]byte
}

func newTestCommittee(t testing.TB, r *mrand.Rand, n int) *testCommittee {
	t.Helper()
	c := &testCommittee{chainID: 901, committee: [20]byte{0xc0, 0xff, 0xee, 19: 1}}
	for range n {
		var ikm [32]byte
		for i := range ikm {
			ikm[i] = byte(r.Uint32())
		}
		sk, err := bls.KeyGen(ikm[:], nil)
		if err != nil {
			t.Fatal(err)
		}
		c.sks = append(c.sks, sk)
		c.keys = append(c.keys, sk.PublicKey())
	}
	return c
}

// sign returns the certificate the given members produce for h in epoch.
func (c *testCommittee) certify(t testing.TB, h HeaderHash, epoch uint64, members ...int) *Certificate {
	t.Helper()
	signers, err := NewBitmap(len(c.keys))
	if err != nil {
		t.Fatal(err)
	}
	msg := AttestMessage(c.chainID, c.committee, epoch, h)
	var sigs []bls.Signature
	for _, i := range members {
		if err := signers.Set(i); err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, c.sks[i].Sign(msg[:]))
	}
	return &Certificate{HeaderHash: h, Epoch: epoch, Signers: signers, Signature: bls.Aggregate(sigs...)}
}

func TestBitmap(t *testing.T) {
	for _, n := range []int{0, -1, MaxBitmapMembers + 1} {
		if _, err := NewBitmap(n); !errors.Is(err, ErrBitmapRange) {
			t.Errorf("NewBitmap(%d) = %v, want ErrBitmapRange", n, err)
		}
	}
	b, err := NewBitmap(MaxBitmapMembers)
	if err != nil {
		t.Fatal(err)
	}
	set := []int{0, 1, 7, 8, 63, 64, 127, 128, 200, 255}
	for _, i := range set {
		if err := b.Set(i); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Set(1); err != nil { // idempotent
		t.Fatal(err)
	}
	for _, i := range []int{-1, 256, 1000} {
		if err := b.Set(i); !errors.Is(err, ErrBitmapRange) {
			t.Errorf("Set(%d) = %v", i, err)
		}
		if b.Has(i) {
			t.Errorf("Has(%d) out of range", i)
		}
	}
	if b.Count() != len(set) || !slices.Equal(b.Indexes(), set) {
		t.Fatalf("Count %d Indexes %v, want %v", b.Count(), b.Indexes(), set)
	}
	for i := range MaxBitmapMembers {
		if b.Has(i) != slices.Contains(set, i) {
			t.Fatalf("Has(%d) = %v", i, b.Has(i))
		}
	}
	// Uint256 is Σ 2^i as a big-endian word.
	want := new(big.Int)
	for _, i := range set {
		want.SetBit(want, i, 1)
	}
	u := b.Uint256()
	if got := new(big.Int).SetBytes(u[:]); got.Cmp(want) != 0 {
		t.Fatalf("Uint256 = %x, want %x", got, want)
	}

	small, _ := NewBitmap(5)
	if err := small.Set(5); !errors.Is(err, ErrBitmapRange) {
		t.Fatalf("Set past a 5-member bitmap: %v", err)
	}
	if small.String() != "0/5[]" {
		t.Fatalf("String = %q", small.String())
	}
}

func TestCertificateVerify(t *testing.T) {
	r := certRand(t)
	const n, threshold = 7, 5
	c := newTestCommittee(t, r, n)
	h := HeaderHash{1, 2, 3}
	const epoch = 12
	good := c.certify(t, h, epoch, 0, 2, 3, 5, 6)
	all := c.certify(t, h, epoch, 0, 1, 2, 3, 4, 5, 6)

	lying := *good // claims member 1 signed too
	lying.Signers.Set(1)
	tooFew := c.certify(t, h, epoch, 0, 2, 3, 5)
	otherEpoch := c.certify(t, h, epoch+1, 0, 2, 3, 5, 6)
	otherEpoch.Epoch = epoch
	otherHeader := *good
	otherHeader.HeaderHash = HeaderHash{9}
	missingSig := *good // bitmap says 5, signature has 4
	missingSig.Signature = tooFew.Signature
	wider := *good
	wider.Signers, _ = NewBitmap(n + 1)
	for _, i := range good.Signers.Indexes() {
		wider.Signers.Set(i)
	}
	keysWithHole := slices.Clone(c.keys)
	keysWithHole[2] = bls.PublicKey{}

	tests := []struct {
		name      string
		cert      *Certificate
		keys      []bls.PublicKey
		threshold int
		chainID   uint64
		committee [20]byte
		want      error
	}{
		{"threshold signers", good, c.keys, threshold, c.chainID, c.committee, nil},
		{"all signers", all, c.keys, threshold, c.chainID, c.committee, nil},
		{"threshold n", all, c.keys, n, c.chainID, c.committee, nil},
		{"below threshold", tooFew, c.keys, threshold, c.chainID, c.committee, ErrBelowThreshold},
		{"bitmap claims a non-signer", &lying, c.keys, threshold, c.chainID, c.committee, ErrBadSignature},
		{"signature missing a signer", &missingSig, c.keys, threshold, c.chainID, c.committee, ErrBadSignature},
		{"other chain", good, c.keys, threshold, c.chainID + 1, c.committee, ErrBadSignature},
		{"other committee contract", good, c.keys, threshold, c.chainID, [20]byte{1}, ErrBadSignature},
		{"signed for another epoch", otherEpoch, c.keys, threshold, c.chainID, c.committee, ErrBadSignature},
		{"other header", &otherHeader, c.keys, threshold, c.chainID, c.committee, ErrBadSignature},
		{"bitmap for a bigger committee", &wider, c.keys, threshold, c.chainID, c.committee, ErrBitmapRange},
		{"bitmap for a smaller committee", good, append(slices.Clone(c.keys), c.keys[0]), threshold, c.chainID, c.committee, ErrBitmapRange},
		{"signer without a key", good, keysWithHole, threshold, c.chainID, c.committee, ErrBadSignature},
		{"threshold zero", good, c.keys, 0, c.chainID, c.committee, ErrBadThreshold},
		{"threshold above n", all, c.keys, n + 1, c.chainID, c.committee, ErrBadThreshold},
		{"zero certificate", &Certificate{}, c.keys, threshold, c.chainID, c.committee, ErrBitmapRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cert.Verify(tc.keys, tc.threshold, tc.chainID, tc.committee)
			if (tc.want == nil) != (err == nil) || !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
			if errors.Is(tc.want, ErrBadSignature) && !errors.Is(err, bls.ErrInvalidSignature) {
				t.Fatalf("ErrBadSignature does not wrap bls.ErrInvalidSignature: %v", err)
			}
		})
	}
}

func TestAggregator(t *testing.T) {
	r := certRand(t)
	const n, threshold = 6, 4
	c := newTestCommittee(t, r, n)
	h := HeaderHash{0xaa}
	const epoch = 3
	a, err := NewAggregator(c.keys, threshold, c.chainID, c.committee, epoch, h)
	if err != nil {
		t.Fatal(err)
	}
	msg := a.Message()
	if msg != AttestMessage(c.chainID, c.committee, epoch, h) {
		t.Fatal("aggregator message differs from AttestMessage")
	}
	if _, err := a.Certificate(); !errors.Is(err, ErrBelowThreshold) {
		t.Fatalf("empty Certificate: %v", err)
	}

	steps := []struct {
		name   string
		member int
		sig    bls.Signature
		want   error
		count  int
	}{
		{"member 0", 0, c.sks[0].Sign(msg[:]), nil, 1},
		{"member 0 again", 0, c.sks[0].Sign(msg[:]), ErrDuplicateSigner, 1},
		{"member 1 signs another header", 1, c.sks[1].Sign([]byte("other")), ErrBadSignature, 1},
		{"member 2 sends member 3's signature", 2, c.sks[3].Sign(msg[:]), ErrBadSignature, 1},
		{"member 1 identity signature", 1, bls.Signature{}, ErrBadSignature, 1},
		{"index past the committee", n, c.sks[0].Sign(msg[:]), ErrBitmapRange, 1},
		{"negative index", -1, c.sks[0].Sign(msg[:]), ErrBitmapRange, 1},
		{"member 2", 2, c.sks[2].Sign(msg[:]), nil, 2},
		{"member 3", 3, c.sks[3].Sign(msg[:]), nil, 3},
		{"member 5", 5, c.sks[5].Sign(msg[:]), nil, 4},
		{"member 4 after threshold", 4, c.sks[4].Sign(msg[:]), nil, 5},
	}
	for _, s := range steps {
		err := a.Add(s.member, s.sig)
		if (s.want == nil) != (err == nil) || !errors.Is(err, s.want) {
			t.Fatalf("%s: Add = %v, want %v", s.name, err, s.want)
		}
		if errors.Is(s.want, ErrBadSignature) {
			var se *SignerError
			if !errors.As(err, &se) || se.Member != s.member {
				t.Fatalf("%s: want *SignerError for member %d, got %v", s.name, s.member, err)
			}
		}
		if a.Count() != s.count {
			t.Fatalf("%s: Count = %d, want %d", s.name, a.Count(), s.count)
		}
		if a.Done() != (s.count >= threshold) {
			t.Fatalf("%s: Done = %v", s.name, a.Done())
		}
	}
	cert, err := a.Certificate()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cert.Signers.Indexes(), []int{0, 2, 3, 4, 5}) || cert.Epoch != epoch || cert.HeaderHash != h {
		t.Fatalf("certificate: %+v", cert)
	}
	if err := cert.Verify(c.keys, threshold, c.chainID, c.committee); err != nil {
		t.Fatalf("aggregated certificate does not verify: %v", err)
	}

	for _, bad := range []struct {
		keys      []bls.PublicKey
		threshold int
		want      error
	}{
		{nil, 1, ErrBitmapRange},
		{c.keys, 0, ErrBadThreshold},
		{c.keys, n + 1, ErrBadThreshold},
	} {
		if _, err := NewAggregator(bad.keys, bad.threshold, 1, [20]byte{}, 0, h); !errors.Is(err, bad.want) {
			t.Errorf("NewAggregator(%d keys, t=%d) = %v, want %v", len(bad.keys), bad.threshold, err, bad.want)
		}
	}
}

func TestCertificateEncoding(t *testing.T) {
	r := certRand(t)
	c := newTestCommittee(t, r, 3)
	for _, n := range []int{1, 7, 8, 9, 128, 255, 256} {
		t.Run("n="+strconv.Itoa(n), func(t *testing.T) {
			signers, err := NewBitmap(n)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < n; i += 1 + r.IntN(5) {
				signers.Set(i)
			}
			signers.Set(n - 1)
			cert := Certificate{
				HeaderHash: HeaderHash{byte(n), 0xfe},
				Epoch:      uint64(n) << 40,
				Signers:    signers,
				Signature:  c.sks[0].Sign([]byte{byte(n)}),
			}
			b, err := cert.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if len(b) != certFixedSize+(n+7)/8 || len(b) > MaxCertificateSize {
				t.Fatalf("length %d", len(b))
			}
			var back Certificate
			if err := back.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			if back != cert {
				t.Fatalf("round trip: %+v != %+v", back, cert)
			}
			// Bit i of the packed bitmap is member i.
			bm := b[certFixedSize:]
			for i := range n {
				if (bm[i/8]>>(i%8))&1 == 1 != signers.Has(i) {
					t.Fatalf("packed bit %d", i)
				}
			}
		})
	}

	valid := c.certify(t, HeaderHash{7}, 9, 0, 2)
	good, err := valid.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	mod := func(f func(b []byte) []byte) []byte { return f(slices.Clone(good)) }
	sigAt := 1 + 32 + 8
	nAt := sigAt + bls.SignatureSize
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrCertificateEncoding},
		{"unknown version", mod(func(b []byte) []byte { b[0] = 2; return b }), ErrUnknownVersion},
		{"version zero", mod(func(b []byte) []byte { b[0] = 0; return b }), ErrUnknownVersion},
		{"truncated fixed part", good[:nAt], ErrCertificateEncoding},
		{"truncated bitmap", good[:len(good)-1], ErrCertificateEncoding},
		{"trailing byte", append(slices.Clone(good), 0), ErrCertificateEncoding},
		{"zero members", mod(func(b []byte) []byte { b[nAt], b[nAt+1] = 0, 0; return b[:nAt+2] }), ErrCertificateEncoding},
		{"257 members", mod(func(b []byte) []byte {
			b[nAt], b[nAt+1] = 1, 1
			return append(b[:nAt+2], make([]byte, 33)...)
		}), ErrCertificateEncoding},
		{"bit past n", mod(func(b []byte) []byte { b[len(b)-1] |= 1 << 3; return b }), ErrBitmapRange},
		{"top bit past n", mod(func(b []byte) []byte { b[len(b)-1] |= 0x80; return b }), ErrBitmapRange},
		{"identity signature", mod(func(b []byte) []byte {
			copy(b[sigAt:], append([]byte{0xc0}, make([]byte, 47)...))
			return b
		}), bls.ErrInfinity},
		{"uncompressed signature flag", mod(func(b []byte) []byte { b[sigAt] &^= 0x80; return b }), bls.ErrMalformedSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cert Certificate
			err := cert.UnmarshalBinary(tc.in)
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrCertificateEncoding) {
				t.Fatalf("UnmarshalBinary = %v, want %v", err, tc.want)
			}
			if cert != (Certificate{}) {
				t.Fatal("failed decode modified the certificate")
			}
		})
	}

	var zero Certificate
	if _, err := zero.MarshalBinary(); !errors.Is(err, ErrBitmapRange) {
		t.Fatalf("MarshalBinary of the zero value: %v", err)
	}
}

func TestCertificateText(t *testing.T) {
	r := certRand(t)
	c := newTestCommittee(t, r, 4)
	cert := c.certify(t, HeaderHash{5}, 1, 1, 3)
	raw, err := json.Marshal(map[string]*Certificate{"cert": cert})
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]*Certificate
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if *back["cert"] != *cert {
		t.Fatal("JSON round trip changed the certificate")
	}
	txt, _ := cert.MarshalText()
	if !bytes.HasPrefix(txt, []byte("0x")) {
		t.Fatalf("text %s", txt)
	}
	for _, bad := range []string{"0xzz", "0x0", string(bytes.Repeat([]byte("00"), MaxCertificateSize+1))} {
		var x Certificate
		if err := x.UnmarshalText([]byte(bad)); !errors.Is(err, ErrCertificateEncoding) {
			t.Errorf("UnmarshalText(%.10q) = %v", bad, err)
		}
	}
}
