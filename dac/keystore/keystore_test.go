package keystore

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/quire-da/quire/dac/bls"
)

const (
	vectorPassword = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑"
	vectorSecret   = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"
)

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestNormalizePassword(t *testing.T) {
	tests := []struct {
		name, in string
		want     []byte
	}{
		{"EIP-2335 vector", vectorPassword, mustHex(t, "7465737470617373776f7264f09f9491")},
		{"plain ASCII with space", "a b", []byte("a b")},
		{"C0, DEL and C1 stripped", "a\x00b\x1fc\x7fd\u0080e\u009ff\tg\n", []byte("abcdefg")},
		{"NFKD decomposes", "\u00e9", []byte("e\u0301")},
		{"NFKD folds compatibility forms", "\ufb01", []byte("fi")},
		{"U+00A0 is not a control code", "\u00a0", []byte(" ")}, // NFKD maps NBSP to space
		{"empty", "", []byte{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NormalizePassword(tc.in); !bytes.Equal(got, tc.want) {
				t.Fatalf("NormalizePassword(%q) = %x, want %x", tc.in, got, tc.want)
			}
		})
	}
}

// seqReader hands out fixed bytes in order: what Encrypt reads as salt, IV
// and UUID.
type seqReader struct{ b []byte }

func (r *seqReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, errors.New("seqReader: exhausted")
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

// TestEIP2335Vectors decrypts the EIP's two keystores and re-creates them
// byte for byte from their salt, IV and UUID (two KDF runs each). The
// scrypt one costs 256 MiB and about a second per run (far more under
// -race); it is skipped in -short and race runs, where the light-parameter
// tests cover the same code.
func TestEIP2335Vectors(t *testing.T) {
	for _, tc := range []struct {
		file string
		kdf  KDF
	}{
		{"pbkdf2.json", PBKDF2},
		{"scrypt.json", Scrypt},
	} {
		t.Run(tc.file, func(t *testing.T) {
			if tc.kdf == Scrypt && (testing.Short() || raceEnabled) {
				t.Skip("scrypt n=2^18 vector skipped in -short and -race runs")
			}
			raw, err := os.ReadFile("testdata/eip2335/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			ks, err := Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			secret, err := ks.Decrypt(vectorPassword)
			if err != nil {
				t.Fatal(err)
			}
			if hex.EncodeToString(secret) != vectorSecret {
				t.Fatalf("secret %x", secret)
			}
			// The vector's pubkey is the G1 key of the secret, which DecryptKey
			// accepts; check the match without running the KDF again.
			sk, err := bls.SecretKeyFromBytes(secret)
			if err != nil {
				t.Fatal(err)
			}
			if g1 := g1PublicKey(sk); hex.EncodeToString(g1[:]) != ks.Pubkey {
				t.Fatalf("G1 public key %x, vector %s", g1, ks.Pubkey)
			}

			// Re-create the document from the same randomness.
			var kp struct{ Salt string }
			json.Unmarshal(ks.Crypto.KDF.Params, &kp)
			var cp cipherParams
			json.Unmarshal(ks.Crypto.Cipher.Params, &cp)
			id := uuid.MustParse(ks.UUID)
			rnd := &seqReader{b: append(append(mustHex(t, kp.Salt), mustHex(t, cp.IV)...), id[:]...)}
			again, err := Encrypt(secret, vectorPassword, rnd,
				WithKDF(tc.kdf), WithDescription(ks.Description), WithPath(ks.Path), WithPubkey(mustHex(t, ks.Pubkey)))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := again.Marshal()
			want, _ := ks.Marshal()
			if !bytes.Equal(got, want) {
				t.Fatalf("re-encryption differs:\n got %s\nwant %s", got, want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	sk, err := bls.KeyGen(bytes.Repeat([]byte{3}, 32), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, kdf := range []KDF{Scrypt, PBKDF2} {
		t.Run(string(kdf), func(t *testing.T) {
			ks, err := EncryptKey(sk, "correct horse", bytes.NewReader(bytes.Repeat([]byte{9}, 64)), WithKDF(kdf), WithLightKDF(), WithPubkey([]byte{1}))
			if err != nil {
				t.Fatal(err)
			}
			pk := sk.PublicKey().Bytes()
			if ks.Pubkey != hex.EncodeToString(pk[:]) || len(ks.Pubkey) != 192 {
				t.Fatalf("pubkey field %q is not the G2 key", ks.Pubkey)
			}
			if ks.Version != 4 || ks.Path != "" || ks.Crypto.KDF.Function != string(kdf) {
				t.Fatalf("unexpected fields: %+v", ks)
			}
			if v, err := uuid.Parse(ks.UUID); err != nil || v.Version() != 4 {
				t.Fatalf("uuid %q: %v", ks.UUID, err)
			}
			data, err := ks.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			back, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := back.DecryptKey("correct horse")
			if err != nil {
				t.Fatal(err)
			}
			if got.Bytes() != sk.Bytes() {
				t.Fatal("decrypted another key")
			}
			// Normalization applies on both sides: a trailing newline from a
			// password file is a C0 code and does not matter.
			if _, err := back.DecryptKey("correct horse\n"); err != nil {
				t.Fatalf("password with trailing newline: %v", err)
			}
			for _, wrong := range []string{"", "correct horse!", "Correct horse"} {
				if _, err := back.DecryptKey(wrong); !errors.Is(err, ErrWrongPassword) {
					t.Fatalf("password %q: %v", wrong, err)
				}
			}

			// A keystore whose pubkey names another key.
			other, _ := bls.KeyGen(bytes.Repeat([]byte{4}, 32), nil)
			opk := other.PublicKey().Bytes()
			back.Pubkey = hex.EncodeToString(opk[:])
			if _, err := back.DecryptKey("correct horse"); !errors.Is(err, ErrPubkeyMismatch) {
				t.Fatalf("mismatched pubkey: %v", err)
			}
			back.Pubkey = hex.EncodeToString(opk[:48])
			if _, err := back.DecryptKey("correct horse"); !errors.Is(err, ErrPubkeyMismatch) {
				t.Fatalf("mismatched 48-byte pubkey: %v", err)
			}
			back.Pubkey = ""
			if _, err := back.DecryptKey("correct horse"); err != nil {
				t.Fatalf("no pubkey: %v", err)
			}
		})
	}
}

func TestEncryptErrors(t *testing.T) {
	rnd := func() *bytes.Reader { return bytes.NewReader(make([]byte, 64)) }
	tests := []struct {
		name   string
		secret []byte
		rand   *bytes.Reader
		opts   []Option
		want   error
	}{
		{"empty secret", nil, rnd(), nil, nil},
		{"huge secret", make([]byte, MaxSecretLength+1), rnd(), nil, nil},
		{"unknown kdf", []byte{1}, rnd(), []Option{WithKDF("argon2")}, ErrUnsupported},
		{"scrypt n not a power of two", []byte{1}, rnd(), []Option{WithScrypt(1000, 8, 1)}, ErrInvalid},
		{"scrypt memory above the cap", []byte{1}, rnd(), []Option{WithScrypt(1<<21, 8, 1)}, ErrInvalid},
		{"pbkdf2 zero rounds", []byte{1}, rnd(), []Option{WithKDF(PBKDF2), WithPBKDF2Iterations(0)}, ErrInvalid},
		{"short randomness", []byte{1}, bytes.NewReader(make([]byte, 40)), []Option{WithLightKDF()}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Encrypt(tc.secret, "pw", tc.rand, tc.opts...)
			if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("Encrypt = %v, want %v", err, tc.want)
			}
		})
	}
}

// validDoc returns a light pbkdf2 keystore document as a generic JSON tree
// for the malformed-input table to edit.
func validDoc(t *testing.T) map[string]any {
	t.Helper()
	ks, err := Encrypt([]byte("secret"), "pw", bytes.NewReader(make([]byte, 64)), WithKDF(PBKDF2), WithLightKDF())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := ks.Marshal()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestParseRejects(t *testing.T) {
	type edit func(m map[string]any)
	module := func(m map[string]any, name string) map[string]any {
		return m["crypto"].(map[string]any)[name].(map[string]any)
	}
	params := func(m map[string]any, name string) map[string]any { return module(m, name)["params"].(map[string]any) }
	scryptDoc := func(m map[string]any) {
		module(m, "kdf")["function"] = "scrypt"
		module(m, "kdf")["params"] = map[string]any{"dklen": 32, "n": 4096, "r": 8, "p": 1, "salt": "00"}
	}
	tests := []struct {
		name string
		edit edit
		want error
	}{
		{"version 3", func(m map[string]any) { m["version"] = 3 }, ErrInvalid},
		{"version as string", func(m map[string]any) { m["version"] = "4" }, ErrInvalid},
		{"no version", func(m map[string]any) { delete(m, "version") }, ErrInvalid},
		{"no uuid", func(m map[string]any) { delete(m, "uuid") }, ErrInvalid},
		{"bad uuid", func(m map[string]any) { m["uuid"] = "not-a-uuid" }, ErrInvalid},
		{"no path", func(m map[string]any) { delete(m, "path") }, ErrInvalid},
		{"no crypto", func(m map[string]any) { delete(m, "crypto") }, ErrInvalid},
		{"crypto not an object", func(m map[string]any) { m["crypto"] = []any{} }, ErrInvalid},
		{"no cipher module", func(m map[string]any) { delete(m["crypto"].(map[string]any), "cipher") }, ErrInvalid},
		{"no kdf message", func(m map[string]any) { delete(module(m, "kdf"), "message") }, ErrInvalid},
		{"kdf message set", func(m map[string]any) { module(m, "kdf")["message"] = "00" }, ErrInvalid},
		{"params null", func(m map[string]any) { module(m, "kdf")["params"] = nil }, ErrInvalid},
		{"unknown kdf", func(m map[string]any) { module(m, "kdf")["function"] = "argon2id" }, ErrUnsupported},
		{"pbkdf2 other prf", func(m map[string]any) { params(m, "kdf")["prf"] = "hmac-sha512" }, ErrUnsupported},
		{"pbkdf2 no salt", func(m map[string]any) { delete(params(m, "kdf"), "salt") }, ErrInvalid},
		{"pbkdf2 salt not hex", func(m map[string]any) { params(m, "kdf")["salt"] = "zz" }, ErrInvalid},
		{"pbkdf2 empty salt", func(m map[string]any) { params(m, "kdf")["salt"] = "" }, ErrInvalid},
		{"pbkdf2 c zero", func(m map[string]any) { params(m, "kdf")["c"] = 0 }, ErrInvalid},
		{"pbkdf2 c huge", func(m map[string]any) { params(m, "kdf")["c"] = MaxPBKDF2C + 1 }, ErrInvalid},
		{"pbkdf2 c fractional", func(m map[string]any) { params(m, "kdf")["c"] = 1.5 }, ErrInvalid},
		{"dklen 16", func(m map[string]any) { params(m, "kdf")["dklen"] = 16 }, ErrInvalid},
		{"scrypt n not a power of two", func(m map[string]any) { scryptDoc(m); params(m, "kdf")["n"] = 4095 }, ErrInvalid},
		{"scrypt n one", func(m map[string]any) { scryptDoc(m); params(m, "kdf")["n"] = 1 }, ErrInvalid},
		{"scrypt memory above the cap", func(m map[string]any) { scryptDoc(m); params(m, "kdf")["n"] = 1 << 24 }, ErrInvalid},
		{"scrypt r huge", func(m map[string]any) { scryptDoc(m); params(m, "kdf")["r"] = 1 << 40 }, ErrInvalid},
		{"scrypt p zero", func(m map[string]any) { scryptDoc(m); params(m, "kdf")["p"] = 0 }, ErrInvalid},
		{"scrypt p huge", func(m map[string]any) { scryptDoc(m); params(m, "kdf")["p"] = 64 }, ErrInvalid},
		{"scrypt missing r", func(m map[string]any) { scryptDoc(m); delete(params(m, "kdf"), "r") }, ErrInvalid},
		{"unknown checksum", func(m map[string]any) { module(m, "checksum")["function"] = "keccak256" }, ErrUnsupported},
		{"short checksum", func(m map[string]any) { module(m, "checksum")["message"] = "abcd" }, ErrInvalid},
		{"unknown cipher", func(m map[string]any) { module(m, "cipher")["function"] = "aes-256-gcm" }, ErrUnsupported},
		{"short iv", func(m map[string]any) { params(m, "cipher")["iv"] = "00" }, ErrInvalid},
		{"no iv", func(m map[string]any) { delete(params(m, "cipher"), "iv") }, ErrInvalid},
		{"empty ciphertext", func(m map[string]any) { module(m, "cipher")["message"] = "" }, ErrInvalid},
		{"ciphertext not hex", func(m map[string]any) { module(m, "cipher")["message"] = "xyz" }, ErrInvalid},
		{"pubkey not hex", func(m map[string]any) { m["pubkey"] = "0xq" }, ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := validDoc(t)
			tc.edit(m)
			raw, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Parse(raw); !errors.Is(err, tc.want) {
				t.Fatalf("Parse = %v, want %v", err, tc.want)
			}
		})
	}

	good, _ := json.Marshal(validDoc(t))
	if _, err := Parse(good); err != nil {
		t.Fatalf("unedited document: %v", err)
	}
	for name, raw := range map[string][]byte{
		"empty":         nil,
		"not JSON":      []byte("keystore"),
		"null":          []byte("null"),
		"array":         []byte("[]"),
		"trailing data": append(append([]byte{}, good...), []byte(" {}")...),
		"too large":     append(append([]byte{}, good...), bytes.Repeat([]byte(" "), MaxFileSize)...),
	} {
		if _, err := Parse(raw); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Parse = %v, want ErrInvalid", name, err)
		}
	}
	// Unknown top-level fields are tolerated.
	var m map[string]any
	json.Unmarshal(good, &m)
	m["name"] = "validator 7"
	extra, _ := json.Marshal(m)
	if _, err := Parse(extra); err != nil {
		t.Fatalf("extra field: %v", err)
	}
}

func TestDecryptKeyRejectsNonScalar(t *testing.T) {
	for name, secret := range map[string][]byte{
		"zero":     make([]byte, 32),
		"31 bytes": bytes.Repeat([]byte{1}, 31),
		"above r":  bytes.Repeat([]byte{0xff}, 32),
	} {
		ks, err := Encrypt(secret, "pw", bytes.NewReader(make([]byte, 64)), WithKDF(PBKDF2), WithLightKDF())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ks.DecryptKey("pw"); !errors.Is(err, bls.ErrInvalidSecretKey) {
			t.Errorf("%s: DecryptKey = %v", name, err)
		}
	}
}

func TestMarshalShape(t *testing.T) {
	ks, err := Encrypt([]byte{1, 2, 3}, "pw", bytes.NewReader(make([]byte, 64)), WithLightKDF())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := ks.Marshal()
	for _, key := range []string{`"crypto"`, `"kdf"`, `"function": "scrypt"`, `"checksum"`, `"function": "sha256"`, `"cipher"`, `"function": "aes-128-ctr"`, `"iv"`, `"description"`, `"pubkey"`, `"path": ""`, `"uuid"`, `"version": 4`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("document lacks %s:\n%s", key, raw)
		}
	}
}
