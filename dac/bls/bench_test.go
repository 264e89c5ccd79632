package bls

import (
	"fmt"
	"testing"

	blst "github.com/supranational/blst/bindings/go"
)

// The blst sub-benchmarks are the peer measured in the same binary.

var benchMsg = []byte("quire/attest/v1 benchmark message, 32+ bytes long")

func BenchmarkSign(b *testing.B) {
	sk := mustKey(b, testRand(b))
	b.Run("quire", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sk.Sign(benchMsg)
		}
	})
	b.Run("blst", func(b *testing.B) {
		bsk := blstSecret(b, sk)
		b.ReportAllocs()
		for b.Loop() {
			new(blst.P1Affine).Sign(bsk, benchMsg, []byte(SignatureDST))
		}
	})
}

func BenchmarkVerify(b *testing.B) {
	sk := mustKey(b, testRand(b))
	pk, sig := sk.PublicKey(), sk.Sign(benchMsg)
	b.Run("quire", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := Verify(pk, benchMsg, sig); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("blst", func(b *testing.B) {
		bsk := blstSecret(b, sk)
		bpk := new(blst.P2Affine).From(bsk)
		bsig := new(blst.P1Affine).Sign(bsk, benchMsg, []byte(SignatureDST))
		b.ReportAllocs()
		for b.Loop() {
			if !bsig.Verify(false, bpk, false, benchMsg, []byte(SignatureDST)) {
				b.Fatal("blst rejects")
			}
		}
	})
}

func BenchmarkFastAggregateVerify(b *testing.B) {
	for _, n := range []int{16, 128} {
		r := testRand(b)
		pks := make([]PublicKey, n)
		sigs := make([]Signature, n)
		bpks := make([]*blst.P2Affine, n)
		for i := range n {
			sk := mustKey(b, r)
			pks[i], sigs[i] = sk.PublicKey(), sk.Sign(benchMsg)
			bpks[i] = new(blst.P2Affine).From(blstSecret(b, sk))
		}
		agg := Aggregate(sigs...)
		aggBytes := agg.Bytes()
		bagg := new(blst.P1Affine).Uncompress(aggBytes[:])
		b.Run(fmt.Sprintf("n=%d/quire", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := FastAggregateVerify(pks, benchMsg, agg); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/blst", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if !bagg.FastAggregateVerify(false, bpks, benchMsg, []byte(SignatureDST)) {
					b.Fatal("blst rejects")
				}
			}
		})
	}
}

func BenchmarkHashToG1(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchMsg)))
	for b.Loop() {
		HashToG1(benchMsg, []byte(SignatureDST))
	}
}

func BenchmarkDecode(b *testing.B) {
	sk := mustKey(b, testRand(b))
	pk, sig := sk.PublicKey().Bytes(), sk.Sign(benchMsg).Bytes()
	b.Run("PublicKeyFromBytes", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(PublicKeySize)
		for b.Loop() {
			if _, err := PublicKeyFromBytes(pk[:]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("SignatureFromBytes", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(SignatureSize)
		for b.Loop() {
			if _, err := SignatureFromBytes(sig[:]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
