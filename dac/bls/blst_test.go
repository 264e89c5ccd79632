package bls

import (
	"bytes"
	"testing"

	blst "github.com/supranational/blst/bindings/go"
)

// blst is the independent oracle: supranational's C implementation, in its
// min-signature-size form (P1Affine signatures, P2Affine public keys). The
// oracle side spells the ciphersuite's DSTs out rather than reusing ours, so
// a typo in a constant cannot hide.
const (
	oracleSigDST = "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"
	oraclePopDST = "BLS_POP_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"
)

func blstSecret(t testing.TB, sk *SecretKey) *blst.SecretKey {
	t.Helper()
	b := sk.Bytes()
	bsk := new(blst.SecretKey).Deserialize(b[:])
	if bsk == nil {
		t.Fatal("blst refused our secret key")
	}
	return bsk
}

func TestKeyGenAgainstBLST(t *testing.T) {
	r := testRand(t)
	for i := range 16 {
		ikm := make([]byte, 32+i)
		randReader{r}.Read(ikm)
		info := []byte(nil)
		if i%2 == 1 {
			info = []byte("quire key info")
		}
		sk, err := KeyGen(ikm, info)
		if err != nil {
			t.Fatal(err)
		}
		want := blst.KeyGen(ikm, info).Serialize()
		if got := sk.Bytes(); !bytes.Equal(got[:], want) {
			t.Fatalf("ikm %x info %q: sk %x, blst %x", ikm, info, got, want)
		}
	}
}

func TestHashToG1AgainstBLST(t *testing.T) {
	r := testRand(t)
	for i := range 16 {
		msg := make([]byte, r.IntN(200))
		randReader{r}.Read(msg)
		dst := []byte(SignatureDST)
		if i%4 == 3 {
			dst = []byte(PopDST)
		}
		got := HashToG1(msg, dst)
		want := blst.HashToG1(msg, dst).ToAffine().Compress()
		if b := got.Bytes(); !bytes.Equal(b[:], want) {
			t.Fatalf("msg %x: %x, blst %x", msg, b, want)
		}
	}
}

// TestSignaturesAgainstBLST signs with each side and verifies with the other,
// for random keys and messages. BLS signatures are deterministic, so the
// bytes must also match exactly.
func TestSignaturesAgainstBLST(t *testing.T) {
	r := testRand(t)
	sigDST, popDST := []byte(oracleSigDST), []byte(oraclePopDST)
	for i := range 8 {
		sk := mustKey(t, r)
		bsk := blstSecret(t, sk)
		msg := make([]byte, 1+r.IntN(100))
		randReader{r}.Read(msg)

		pk := sk.PublicKey()
		bpk := new(blst.P2Affine).From(bsk)
		pkBytes := pk.Bytes()
		if !bytes.Equal(pkBytes[:], bpk.Compress()) {
			t.Fatalf("#%d: public key %x, blst %x", i, pkBytes, bpk.Compress())
		}
		if !bytes.Equal(pk.p.Marshal(), bpk.Serialize()) {
			t.Fatalf("#%d: uncompressed key differs", i)
		}

		sig := sk.Sign(msg)
		bsig := new(blst.P1Affine).Sign(bsk, msg, sigDST)
		sigBytes := sig.Bytes()
		if !bytes.Equal(sigBytes[:], bsig.Compress()) {
			t.Fatalf("#%d: signature %x, blst %x", i, sigBytes, bsig.Compress())
		}
		// Ours verified by blst, with blst decoding our bytes.
		if !new(blst.P1Affine).VerifyCompressed(sigBytes[:], true, pkBytes[:], true, msg, sigDST) {
			t.Fatalf("#%d: blst rejects our signature", i)
		}
		// blst's verified by us, decoding blst's bytes.
		dpk, err := PublicKeyFromBytes(bpk.Compress())
		if err != nil {
			t.Fatal(err)
		}
		dsig, err := SignatureFromBytes(bsig.Compress())
		if err != nil {
			t.Fatal(err)
		}
		if err := Verify(dpk, msg, dsig); err != nil {
			t.Fatalf("#%d: we reject blst's signature: %v", i, err)
		}
		// A wrong message fails on both sides.
		bad := append([]byte{}, msg...)
		bad[0] ^= 1
		if Verify(pk, bad, sig) == nil || bsig.Verify(true, bpk, true, bad, sigDST) {
			t.Fatalf("#%d: tampered message verified", i)
		}

		// Proof of possession: blst signs the compressed key under PopDST.
		pop := sk.ProvePossession()
		bpop := new(blst.P1Affine).Sign(bsk, bpk.Compress(), popDST)
		popBytes := pop.Bytes()
		if !bytes.Equal(popBytes[:], bpop.Compress()) {
			t.Fatalf("#%d: proof of possession %x, blst %x", i, popBytes, bpop.Compress())
		}
		if !bpop.Verify(true, bpk, true, bpk.Compress(), popDST) {
			t.Fatalf("#%d: blst rejects the proof", i)
		}
	}
}

func TestAggregateAgainstBLST(t *testing.T) {
	r := testRand(t)
	const n = 16
	msg := []byte("quire aggregate")
	sigDST := []byte(oracleSigDST)
	pks := make([]PublicKey, n)
	sigs := make([]Signature, n)
	bpks := make([]*blst.P2Affine, n)
	bsigs := make([]*blst.P1Affine, n)
	for i := range n {
		sk := mustKey(t, r)
		bsk := blstSecret(t, sk)
		pks[i], sigs[i] = sk.PublicKey(), sk.Sign(msg)
		bpks[i] = new(blst.P2Affine).From(bsk)
		bsigs[i] = new(blst.P1Affine).Sign(bsk, msg, sigDST)
	}
	agg := Aggregate(sigs...)
	var bagg blst.P1Aggregate
	if !bagg.Aggregate(bsigs, true) {
		t.Fatal("blst aggregate failed")
	}
	aggBytes := agg.Bytes()
	if !bytes.Equal(aggBytes[:], bagg.ToAffine().Compress()) {
		t.Fatal("aggregate signature differs from blst's")
	}
	var bpkAgg blst.P2Aggregate
	bpkAgg.Aggregate(bpks, true)
	aggPK := AggregatePublicKeys(pks...).Bytes()
	if !bytes.Equal(aggPK[:], bpkAgg.ToAffine().Compress()) {
		t.Fatal("aggregate key differs from blst's")
	}
	if !agg.verifyWithBLST(t, bpks, msg) {
		t.Fatal("blst rejects our aggregate")
	}
	if err := FastAggregateVerify(pks, msg, agg); err != nil {
		t.Fatalf("we reject our aggregate: %v", err)
	}
	// Drop one key: both reject.
	if agg.verifyWithBLST(t, bpks[1:], msg) || FastAggregateVerify(pks[1:], msg, agg) == nil {
		t.Fatal("aggregate verified with a key missing")
	}
}

func (s Signature) verifyWithBLST(t testing.TB, pks []*blst.P2Affine, msg []byte) bool {
	t.Helper()
	b := s.Bytes()
	bs := new(blst.P1Affine).Uncompress(b[:])
	if bs == nil {
		t.Fatal("blst cannot decode our signature")
	}
	return bs.FastAggregateVerify(true, pks, msg, []byte(oracleSigDST))
}

// TestDecodersAgainstBLST feeds both decoders the same edge-case encodings
// and requires them to agree on accept/reject.
func TestDecodersAgainstBLST(t *testing.T) {
	r := testRand(t)
	sk := mustKey(t, r)
	validSig, validPK := sk.Sign([]byte("m")).Bytes(), sk.PublicKey().Bytes()
	off1, off2 := offSubgroupG1(t), offSubgroupG2(t)
	off1b, off2b := off1.Bytes(), off2.Bytes()
	inf1 := append([]byte{0xc0}, make([]byte, 47)...)
	inf2 := append([]byte{0xc0}, make([]byte, 95)...)

	sigCases := [][]byte{validSig[:], off1b[:], inf1, notOnCurveG1(t)}
	for i := range 32 {
		b := append([]byte{}, validSig[:]...)
		b[1+r.IntN(47)] ^= byte(1 + r.IntN(255)) // usually off-curve or off-subgroup
		if i%8 == 0 {
			b[0] ^= 0x20 // flip the y sign: still valid, the negated point
		}
		sigCases = append(sigCases, b)
	}
	for _, b := range sigCases {
		_, err := SignatureFromBytes(b)
		bp := new(blst.P1Affine).Uncompress(b)
		blstOK := bp != nil && bp.SigValidate(true)
		if (err == nil) != blstOK {
			t.Fatalf("signature %x: ours %v, blst ok=%v", b, err, blstOK)
		}
	}
	pkCases := [][]byte{validPK[:], off2b[:], inf2}
	for range 16 {
		b := append([]byte{}, validPK[:]...)
		b[1+r.IntN(95)] ^= byte(1 + r.IntN(255))
		pkCases = append(pkCases, b)
	}
	for _, b := range pkCases {
		_, err := PublicKeyFromBytes(b)
		bp := new(blst.P2Affine).Uncompress(b)
		blstOK := bp != nil && bp.KeyValidate()
		if (err == nil) != blstOK {
			t.Fatalf("key %x: ours %v, blst ok=%v", b, err, blstOK)
		}
	}
}

// TestEIP2537AgainstBLST checks the EIP-2537 layout against blst's ZCash
// uncompressed serialization (x || y, G2 coordinates as c1 then c0), padding
// each coordinate to 64 bytes.
func TestEIP2537AgainstBLST(t *testing.T) {
	r := testRand(t)
	pad := make([]byte, 16)
	for range 4 {
		sk := mustKey(t, r)
		bsk := blstSecret(t, sk)
		sig := sk.Sign([]byte("eip2537"))
		ser := new(blst.P1Affine).Sign(bsk, []byte("eip2537"), []byte(oracleSigDST)).Serialize()
		want := bytes.Join([][]byte{pad, ser[0:48], pad, ser[48:96]}, nil)
		if got := sig.EIP2537(); !bytes.Equal(got[:], want) {
			t.Fatalf("G1: %x, want %x", got, want)
		}
		pser := new(blst.P2Affine).From(bsk).Serialize()
		want = bytes.Join([][]byte{pad, pser[48:96], pad, pser[0:48], pad, pser[144:192], pad, pser[96:144]}, nil)
		if got := sk.PublicKey().EIP2537(); !bytes.Equal(got[:], want) {
			t.Fatalf("G2: %x, want %x", got, want)
		}
	}
}
