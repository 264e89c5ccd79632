package dac

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzCertificateUnmarshal checks that the certificate decoder never panics,
// that its errors wrap ErrCertificateEncoding, and that whatever decodes
// re-encodes to exactly the input (the encoding is canonical). Seeds are in
// testdata/fuzz/FuzzCertificateUnmarshal.
func FuzzCertificateUnmarshal(f *testing.F) {
	f.Add([]byte{CertificateVersion})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Certificate
		if err := c.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, ErrCertificateEncoding) {
				t.Fatalf("error does not wrap ErrCertificateEncoding: %v", err)
			}
			return
		}
		if c.Signers.Len() < 1 || c.Signers.Len() > MaxBitmapMembers {
			t.Fatalf("decoded bitmap of %d members", c.Signers.Len())
		}
		for _, i := range c.Signers.Indexes() {
			if i >= c.Signers.Len() {
				t.Fatalf("decoded signer %d past %d", i, c.Signers.Len())
			}
		}
		out, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		var again Certificate
		if err := again.UnmarshalText(must(c.MarshalText())); err != nil || again != c {
			t.Fatalf("text round trip: %v", err)
		}
	})
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
