package keystore

import (
	"encoding/json"
	"errors"
	"testing"
)

// FuzzParse checks that the JSON decoder never panics, that its errors wrap
// ErrInvalid, and that an accepted document survives Marshal and Parse
// unchanged. Cheap documents are also decrypted, to run the KDF, checksum
// and cipher paths on odd but valid input. Seeds are under
// testdata/fuzz/FuzzParse (the EIP-2335 vectors and light keystores).
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version":4}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ks, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		out, err := ks.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(out)
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		out2, _ := again.Marshal()
		if string(out) != string(out2) {
			t.Fatal("Marshal is not stable")
		}
		if cheap(ks) {
			if _, err := ks.Decrypt("pw"); err != nil && !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("Decrypt of a valid document: %v", err)
			}
			if _, err := ks.DecryptKey("pw"); err == nil {
				return
			}
		}
	})
}

// cheap reports whether decrypting ks costs little enough for a fuzz loop.
func cheap(ks *Keystore) bool {
	switch KDF(ks.Crypto.KDF.Function) {
	case Scrypt:
		var p ScryptParams
		return json.Unmarshal(ks.Crypto.KDF.Params, &p) == nil && p.N*p.R*p.P <= 1<<12
	case PBKDF2:
		var p PBKDF2Params
		return json.Unmarshal(ks.Crypto.KDF.Params, &p) == nil && p.C <= 1<<12
	}
	return false
}
