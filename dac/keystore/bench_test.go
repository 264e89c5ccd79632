package keystore

import (
	"crypto/rand"
	"testing"
)

// BenchmarkDecrypt measures unlocking a keystore: the KDF dominates.
func BenchmarkDecrypt(b *testing.B) {
	for _, bc := range []struct {
		name string
		opts []Option
	}{
		{"scrypt/light", []Option{WithKDF(Scrypt), WithLightKDF()}},
		{"pbkdf2/light", []Option{WithKDF(PBKDF2), WithLightKDF()}},
		{"scrypt/default", []Option{WithKDF(Scrypt)}},
		{"pbkdf2/default", []Option{WithKDF(PBKDF2)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ks, err := Encrypt(make([]byte, 32), "pw", rand.Reader, bc.opts...)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ks.Decrypt("pw"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
