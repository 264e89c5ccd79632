package bls

import (
	"bytes"
	"errors"
	"testing"
)

// The fuzz targets check that decoders never panic, that every error wraps
// the package's sentinel, and that whatever decodes re-encodes to the same
// bytes (the encodings are canonical). Seeds are under testdata/fuzz.

func FuzzPublicKeyFromBytes(f *testing.F) {
	f.Add(make([]byte, PublicKeySize))
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := PublicKeyFromBytes(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedPublicKey) {
				t.Fatalf("error does not wrap ErrMalformedPublicKey: %v", err)
			}
			return
		}
		if pk.IsZero() || !pk.p.IsInSubGroup() {
			t.Fatal("decoded an invalid key")
		}
		if enc := pk.Bytes(); !bytes.Equal(enc[:], b) {
			t.Fatalf("re-encoding differs: %x != %x", enc, b)
		}
		e := pk.EIP2537()
		if back, err := PublicKeyFromEIP2537(e[:]); err != nil || back != pk {
			t.Fatalf("EIP-2537 round trip: %v", err)
		}
	})
}

func FuzzSignatureFromBytes(f *testing.F) {
	f.Add(make([]byte, SignatureSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := SignatureFromBytes(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedSignature) {
				t.Fatalf("error does not wrap ErrMalformedSignature: %v", err)
			}
			return
		}
		if s.IsZero() || !s.p.IsInSubGroup() {
			t.Fatal("decoded an invalid signature")
		}
		if enc := s.Bytes(); !bytes.Equal(enc[:], b) {
			t.Fatalf("re-encoding differs: %x != %x", enc, b)
		}
		e := s.EIP2537()
		if back, err := SignatureFromEIP2537(e[:]); err != nil || back != s {
			t.Fatalf("EIP-2537 round trip: %v", err)
		}
	})
}

func FuzzSecretKeyFromBytes(f *testing.F) {
	f.Add(make([]byte, SecretKeySize))
	f.Fuzz(func(t *testing.T, b []byte) {
		sk, err := SecretKeyFromBytes(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidSecretKey) {
				t.Fatalf("error does not wrap ErrInvalidSecretKey: %v", err)
			}
			return
		}
		if enc := sk.Bytes(); !bytes.Equal(enc[:], b) {
			t.Fatalf("re-encoding differs: %x != %x", enc, b)
		}
	})
}

func FuzzSignatureFromEIP2537(f *testing.F) {
	f.Add(make([]byte, EIP2537G1Size))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := SignatureFromEIP2537(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedSignature) {
				t.Fatalf("error does not wrap ErrMalformedSignature: %v", err)
			}
			return
		}
		if enc := s.EIP2537(); !bytes.Equal(enc[:], b) {
			t.Fatalf("re-encoding differs")
		}
	})
}

func FuzzPublicKeyFromEIP2537(f *testing.F) {
	f.Add(make([]byte, EIP2537G2Size))
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := PublicKeyFromEIP2537(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedPublicKey) {
				t.Fatalf("error does not wrap ErrMalformedPublicKey: %v", err)
			}
			return
		}
		if enc := pk.EIP2537(); !bytes.Equal(enc[:], b) {
			t.Fatalf("re-encoding differs")
		}
	})
}
