package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/keystore"
)

const testPassword = "keys test passphrase ✓"

type keysEnv struct {
	dir     string
	pwFile  string
	outputs []string // everything the commands printed, to check for leaks
}

func newKeysEnv(t *testing.T) *keysEnv {
	t.Helper()
	dir := t.TempDir()
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte(testPassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Make sure a stray environment value is not what the tests exercise.
	t.Setenv(passwordEnv, "")
	os.Unsetenv(passwordEnv)
	return &keysEnv{dir: dir, pwFile: pw}
}

func (e *keysEnv) path(name string) string { return filepath.Join(e.dir, name) }

func (e *keysEnv) run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"keys"}, args...), &out, &errOut)
	e.outputs = append(e.outputs, out.String(), errOut.String())
	return code, out.String(), errOut.String()
}

func (e *keysEnv) checkNoLeak(t *testing.T, secrets ...string) {
	t.Helper()
	for _, o := range e.outputs {
		for _, s := range append(secrets, testPassword) {
			if s != "" && strings.Contains(o, s) {
				t.Fatalf("output contains a secret %q:\n%s", s, o)
			}
		}
	}
}

// field returns the value printed after a "label:" line.
func field(t *testing.T, out, label string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, label+":"); ok {
			return strings.TrimSpace(rest)
		}
	}
	t.Fatalf("no %q line in:\n%s", label, out)
	return ""
}

func mustDecode(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestKeysNewAndShow(t *testing.T) {
	e := newKeysEnv(t)
	ksPath := e.path("member.json")
	code, out, errOut := e.run(t, "new", "--out", ksPath, "--light", "--password-file", e.pwFile)
	if code != 0 {
		t.Fatalf("keys new: exit %d: %s", code, errOut)
	}
	st, err := os.Stat(ksPath)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore mode %v, want 0600", st.Mode().Perm())
	}
	pkHex := field(t, out, "public key (G2)")

	// The file is a valid keystore for that key, under that password.
	data, _ := os.ReadFile(ksPath)
	ks, err := keystore.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	sk, err := ks.DecryptKey(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	if sk.PublicKey().String() != pkHex || "0x"+ks.Pubkey != pkHex {
		t.Fatalf("printed key %s, keystore key %s", pkHex, sk.PublicKey())
	}

	// show prints the same key and a valid proof of possession, with the
	// flag before or after the file.
	for _, args := range [][]string{
		{"show", ksPath, "--password-file", e.pwFile},
		{"show", "--password-file", e.pwFile, ksPath},
	} {
		code, out, errOut = e.run(t, args...)
		if code != 0 {
			t.Fatalf("keys show: exit %d: %s", code, errOut)
		}
		if got := field(t, out, "public key (G2)"); got != pkHex {
			t.Fatalf("show printed %s, want %s", got, pkHex)
		}
		pk, err := bls.PublicKeyFromBytes(mustDecode(t, pkHex))
		if err != nil {
			t.Fatal(err)
		}
		pop, err := bls.SignatureFromBytes(mustDecode(t, field(t, out, "proof of possession")))
		if err != nil {
			t.Fatal(err)
		}
		if err := bls.VerifyPossession(pk, pop); err != nil {
			t.Fatalf("printed proof of possession: %v", err)
		}
		pkE := pk.EIP2537()
		if got := field(t, out, "public key EIP-2537"); got != "0x"+hex.EncodeToString(pkE[:]) {
			t.Fatal("EIP-2537 key differs")
		}
	}

	// JSON output, password from the environment.
	t.Setenv(passwordEnv, testPassword)
	code, out, errOut = e.run(t, "show", "--json", ksPath)
	if code != 0 {
		t.Fatalf("keys show --json: exit %d: %s", code, errOut)
	}
	var info keyInfo
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatalf("show --json: %v\n%s", err, out)
	}
	if info.PublicKey != pkHex || info.UUID != ks.UUID {
		t.Fatalf("show --json: %+v", info)
	}

	// Wrong password.
	t.Setenv(passwordEnv, "not it")
	code, _, errOut = e.run(t, "show", ksPath)
	if code != 1 || !strings.Contains(errOut, "wrong password") {
		t.Fatalf("wrong password: exit %d, %s", code, errOut)
	}
	b := sk.Bytes()
	e.checkNoLeak(t, hex.EncodeToString(b[:]))
}

func TestKeysOverwrite(t *testing.T) {
	e := newKeysEnv(t)
	ksPath := e.path("k.json")
	if code, _, errOut := e.run(t, "new", "--out", ksPath, "--light", "--password-file", e.pwFile); code != 0 {
		t.Fatal(errOut)
	}
	before, _ := os.ReadFile(ksPath)
	code, _, errOut := e.run(t, "new", "--out", ksPath, "--light", "--password-file", e.pwFile)
	if code != 1 || !strings.Contains(errOut, "--force") {
		t.Fatalf("overwrite without --force: exit %d, %s", code, errOut)
	}
	if after, _ := os.ReadFile(ksPath); !bytes.Equal(before, after) {
		t.Fatal("file changed without --force")
	}
	// --force replaces it, still 0600, even if the old file was wider.
	os.Chmod(ksPath, 0o644)
	if code, _, errOut := e.run(t, "new", "--out", ksPath, "--light", "--force", "--kdf", "pbkdf2", "--password-file", e.pwFile); code != 0 {
		t.Fatal(errOut)
	}
	after, _ := os.ReadFile(ksPath)
	if bytes.Equal(before, after) {
		t.Fatal("--force did not replace the file")
	}
	if st, _ := os.Stat(ksPath); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode after --force %v", st.Mode().Perm())
	}
	ks, err := keystore.Parse(after)
	if err != nil || ks.Crypto.KDF.Function != "pbkdf2" {
		t.Fatalf("replaced keystore: %v, kdf %q", err, ks.Crypto.KDF.Function)
	}
	entries, _ := os.ReadDir(e.dir)
	for _, ent := range entries {
		if strings.Contains(ent.Name(), ".tmp") {
			t.Fatalf("temporary file left behind: %s", ent.Name())
		}
	}
}

func TestKeysNewToStdout(t *testing.T) {
	e := newKeysEnv(t)
	t.Setenv(passwordEnv, testPassword)
	code, out, errOut := e.run(t, "new", "--light")
	if code != 0 {
		t.Fatal(errOut)
	}
	ks, err := keystore.Parse([]byte(out))
	if err != nil {
		t.Fatalf("stdout is not a keystore: %v\n%s", err, out)
	}
	sk, err := ks.DecryptKey(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	if got := field(t, errOut, "public key (G2)"); got != sk.PublicKey().String() {
		t.Fatalf("summary on stderr names %s", got)
	}
}

func TestKeysImport(t *testing.T) {
	e := newKeysEnv(t)
	const secretHex = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"
	secret := mustDecode(t, secretHex)
	want, _ := bls.SecretKeyFromBytes(secret)
	for name, content := range map[string][]byte{
		"hex":             []byte(secretHex),
		"0x hex, newline": []byte("0x" + secretHex + "\n"),
		"raw":             secret,
	} {
		t.Run(name, func(t *testing.T) {
			sf := e.path("secret-" + strings.ReplaceAll(name, " ", "_"))
			os.WriteFile(sf, content, 0o600)
			out := sf + ".json"
			code, stdout, errOut := e.run(t, "import", "--secret-file", sf, "--out", out, "--light", "--password-file", e.pwFile)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			data, _ := os.ReadFile(out)
			ks, err := keystore.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			sk, err := ks.DecryptKey(testPassword)
			if err != nil {
				t.Fatal(err)
			}
			if sk.Bytes() != want.Bytes() {
				t.Fatal("imported another key")
			}
			if field(t, stdout, "public key (G2)") != want.PublicKey().String() {
				t.Fatal("printed another public key")
			}
		})
	}
	e.checkNoLeak(t, secretHex)
}

func TestKeysErrors(t *testing.T) {
	e := newKeysEnv(t)
	zero := e.path("zero")
	os.WriteFile(zero, []byte(strings.Repeat("00", 32)), 0o600)
	junk := e.path("junk")
	os.WriteFile(junk, []byte("not a key"), 0o600)
	notKeystore := e.path("nk.json")
	os.WriteFile(notKeystore, []byte(`{"version": 3}`), 0o600)
	emptyPw := e.path("emptypw")
	os.WriteFile(emptyPw, []byte("\n"), 0o600)
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"no subcommand", nil, 2, "subcommand"},
		{"unknown subcommand", []string{"frob"}, 2, "unknown keys subcommand"},
		{"no passphrase", []string{"new", "--light"}, 2, passwordEnv},
		{"empty passphrase", []string{"new", "--light", "--password-file", emptyPw}, 2, "empty passphrase"},
		{"missing password file", []string{"new", "--light", "--password-file", e.path("nope")}, 1, "password file"},
		{"bad kdf", []string{"new", "--kdf", "argon2", "--password-file", e.pwFile}, 2, "--kdf"},
		{"new with argument", []string{"new", "extra"}, 2, "no arguments"},
		{"password as a flag", []string{"new", "--password", "x"}, 2, "not defined"},
		{"import without out", []string{"import", "--secret-file", zero}, 2, "--out"},
		{"import zero key", []string{"import", "--secret-file", zero, "--out", e.path("z.json"), "--password-file", e.pwFile}, 1, "invalid secret key"},
		{"import junk", []string{"import", "--secret-file", junk, "--out", e.path("j.json"), "--password-file", e.pwFile}, 1, "64 hex digits"},
		{"show no file", []string{"show"}, 2, "one keystore FILE"},
		{"show two files", []string{"show", "a", "b"}, 2, "one keystore FILE"},
		{"show missing file", []string{"show", e.path("missing.json"), "--password-file", e.pwFile}, 1, "no such file"},
		{"show not a keystore", []string{"show", notKeystore, "--password-file", e.pwFile}, 1, "invalid keystore"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := e.run(t, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.wantErr) {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", code, tc.code, errOut, tc.wantErr)
			}
		})
	}
	for _, f := range []string{"z.json", "j.json"} {
		if _, err := os.Stat(e.path(f)); err == nil {
			t.Errorf("%s written despite the error", f)
		}
	}
}
