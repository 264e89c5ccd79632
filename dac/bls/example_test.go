package bls_test

import (
	"crypto/rand"
	"fmt"

	"github.com/quire-da/quire/dac/bls"
)

func Example() {
	sk, err := bls.GenerateKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	pk := sk.PublicKey()

	// Registration: the committee admits a key only with a valid proof of
	// possession.
	fmt.Println("pop:", bls.VerifyPossession(pk, sk.ProvePossession()))

	msg := []byte("header hash")
	sig := sk.Sign(msg)
	fmt.Println("verify:", bls.Verify(pk, msg, sig))
	fmt.Println("tampered:", bls.Verify(pk, []byte("other"), sig))

	// Keys and signatures travel compressed.
	pkBytes, sigBytes := pk.Bytes(), sig.Bytes()
	pk2, _ := bls.PublicKeyFromBytes(pkBytes[:])
	sig2, _ := bls.SignatureFromBytes(sigBytes[:])
	fmt.Println(len(pkBytes), len(sigBytes), bls.Verify(pk2, msg, sig2))
	// Output:
	// pop: <nil>
	// verify: <nil>
	// tampered: bls: invalid signature
	// 96 48 <nil>
}

func ExampleFastAggregateVerify() {
	msg := []byte("attest message")
	var pks []bls.PublicKey
	var sigs []bls.Signature
	for range 3 {
		sk, _ := bls.GenerateKey(rand.Reader)
		pks = append(pks, sk.PublicKey())
		sigs = append(sigs, sk.Sign(msg))
	}
	agg := bls.Aggregate(sigs...)
	fmt.Println(bls.FastAggregateVerify(pks, msg, agg))
	fmt.Println(bls.FastAggregateVerify(pks[:2], msg, agg))
	// Output:
	// <nil>
	// bls: invalid signature
}
