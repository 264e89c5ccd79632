package dac_test

import (
	"crypto/rand"
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// The disperser collects signatures until the threshold is met; anyone
// holding the member keys verifies the certificate.
func ExampleAggregator() {
	const n, threshold = 4, 3
	chainID, committee := uint64(1), [20]byte{0x01}
	var sks []*bls.SecretKey
	var keys []bls.PublicKey
	for range n {
		sk, _ := bls.GenerateKey(rand.Reader)
		sks = append(sks, sk)
		keys = append(keys, sk.PublicKey())
	}
	header := dac.HeaderHash{0x42}
	agg, _ := dac.NewAggregator(keys, threshold, chainID, committee, 7, header)
	msg := agg.Message()

	fmt.Println(agg.Add(0, sks[0].Sign(msg[:])))
	fmt.Println(agg.Add(1, sks[2].Sign(msg[:]))) // member 1 sends a wrong signature
	fmt.Println(agg.Add(2, sks[2].Sign(msg[:])), agg.Done())
	fmt.Println(agg.Add(3, sks[3].Sign(msg[:])), agg.Done())

	cert, _ := agg.Certificate()
	fmt.Println(cert.Signers.Indexes(), cert.Verify(keys, threshold, chainID, committee))
	raw, _ := cert.MarshalBinary()
	fmt.Println(len(raw), "bytes")
	// Output:
	// <nil>
	// member 1: dac: bad signature
	// <nil> false
	// <nil> true
	// [0 2 3] <nil>
	// 92 bytes
}
