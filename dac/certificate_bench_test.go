package dac

import (
	"fmt"
	"testing"
)

// BenchmarkCertificateVerify is the off-chain check of a certificate signed
// by every member (worst case for key aggregation). Target: <= 5 ms for 128
// members at -cpu 1.
func BenchmarkCertificateVerify(b *testing.B) {
	for _, n := range []int{16, 128} {
		b.Run(fmt.Sprintf("members=%d", n), func(b *testing.B) {
			c := newTestCommittee(b, certRand(b), n)
			members := make([]int, n)
			for i := range members {
				members[i] = i
			}
			cert := c.certify(b, HeaderHash{1}, 1, members...)
			threshold := (2*n + 2) / 3
			b.ReportAllocs()
			for b.Loop() {
				if err := cert.Verify(c.keys, threshold, c.chainID, c.committee); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAggregatorAdd is the disperser's per-reply cost: one individual
// signature verification.
func BenchmarkAggregatorAdd(b *testing.B) {
	c := newTestCommittee(b, certRand(b), 2)
	h := HeaderHash{2}
	msg := AttestMessage(c.chainID, c.committee, 1, h)
	sig := c.sks[0].Sign(msg[:])
	b.ReportAllocs()
	for b.Loop() {
		a, err := NewAggregator(c.keys, 1, c.chainID, c.committee, 1, h)
		if err != nil {
			b.Fatal(err)
		}
		if err := a.Add(0, sig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCertificateUnmarshal(b *testing.B) {
	c := newTestCommittee(b, certRand(b), 4)
	raw, err := c.certify(b, HeaderHash{3}, 1, 0, 1, 2).MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		var cert Certificate
		if err := cert.UnmarshalBinary(raw); err != nil {
			b.Fatal(err)
		}
	}
}
