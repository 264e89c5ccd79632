package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/p2p"
)

// quire keys p2p and keys l1: new writes a 0600 file and prints the peer
// ID or address that show prints again and that the file's key yields;
// new never replaces a file.
func TestKeysP2PAndL1(t *testing.T) {
	dir := t.TempDir()
	cli := func(args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		code := run(args, &out, &errb)
		return strings.TrimSpace(out.String()), errb.String(), code
	}
	id := filepath.Join(dir, "node.identity")
	printed, stderr, code := cli("keys", "p2p", "new", "--out", id)
	if code != 0 {
		t.Fatalf("keys p2p new: %d %s", code, stderr)
	}
	priv, err := p2p.LoadIdentity(id)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := peer.IDFromPrivateKey(priv)
	if printed != want.String() {
		t.Fatalf("keys p2p new printed %q, the file is %s", printed, want)
	}
	if shown, _, code := cli("keys", "p2p", "show", id); code != 0 || shown != printed {
		t.Fatalf("keys p2p show: %d %q, want %q", code, shown, printed)
	}
	if _, _, code := cli("keys", "p2p", "new", "--out", id); code == 0 {
		t.Fatal("keys p2p new replaced an existing identity")
	}

	key := filepath.Join(dir, "operator.json")
	pwFile := filepath.Join(dir, "operator.password")
	if err := os.WriteFile(pwFile, []byte("correct horse\nsecond line is not the passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr, stderr, code := cli("keys", "l1", "new", "--out", key, "--password-file", pwFile, "--light")
	if code != 0 {
		t.Fatalf("keys l1 new: %d %s", code, stderr)
	}
	// go-ethereum's own keystore code is the oracle: the file is a V3
	// keystore under the first line of the password file.
	raw, err := os.ReadFile(key)
	if err != nil {
		t.Fatal(err)
	}
	gk, err := keystore.DecryptKey(raw, "correct horse")
	if err != nil {
		t.Fatalf("go-ethereum cannot open the keystore: %v", err)
	}
	if a := gk.Address.Hex(); addr != a {
		t.Fatalf("keys l1 new printed %q, the keystore's address is %s", addr, a)
	}
	k, err := readL1Key(key, pwFile, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if a := ethcrypto.PubkeyToAddress(k.PublicKey).Hex(); addr != a {
		t.Fatalf("readL1Key gave %s, want %s", a, addr)
	}
	if shown, _, code := cli("keys", "l1", "show", key); code != 0 || shown != addr {
		t.Fatalf("keys l1 show: %d %q, want %q", code, shown, addr)
	}
	if _, _, code := cli("keys", "l1", "new", "--out", key, "--password-file", pwFile); code == 0 {
		t.Fatal("keys l1 new replaced an existing key")
	}
	wrong := filepath.Join(dir, "wrong.password")
	os.WriteFile(wrong, []byte("incorrect horse\n"), 0o600)
	if _, err := readL1Key(key, wrong, io.Discard); !errors.Is(err, keystore.ErrDecrypt) {
		t.Fatalf("wrong passphrase: %v, want %v", err, keystore.ErrDecrypt)
	}
	// Without a passphrase source and no terminal (go test's stdin), the
	// command says where a passphrase comes from instead of hanging.
	t.Setenv(passwordEnv, "")
	os.Unsetenv(passwordEnv)
	if _, stderr, code := cli("keys", "l1", "new", "--out", filepath.Join(dir, "x.json")); code != 2 || !strings.Contains(stderr, "password file") {
		t.Fatalf("keys l1 new without a passphrase: %d %q", code, stderr)
	}
	if _, err := readL1Key(key, "", io.Discard); err == nil || !strings.Contains(err.Error(), "no passphrase") {
		t.Fatalf("reading a keystore without a passphrase: %v", err)
	}

	// A keystore made by go-ethereum's account manager (what geth account
	// new writes) is taken as it is.
	ks := keystore.NewKeyStore(filepath.Join(dir, "geth"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.NewAccount("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if k, err := readL1Key(acct.URL.Path, pwFile, io.Discard); err != nil || ethcrypto.PubkeyToAddress(k.PublicKey) != acct.Address {
		t.Fatalf("geth's keystore: %v", err)
	}
	if shown, _, code := cli("keys", "l1", "show", acct.URL.Path); code != 0 || shown != acct.Address.Hex() {
		t.Fatalf("keys l1 show of geth's keystore: %d %q", code, shown)
	}

	// --hex: a bare key for devnets, which every key option also reads;
	// a password file for it is a mistake, said so.
	hexKey := filepath.Join(dir, "dev.key")
	addrHex, stderr, code := cli("keys", "l1", "new", "--out", hexKey, "--hex")
	if code != 0 {
		t.Fatalf("keys l1 new --hex: %d %s", code, stderr)
	}
	if k, err := readL1Key(hexKey, "", io.Discard); err != nil || ethcrypto.PubkeyToAddress(k.PublicKey).Hex() != addrHex {
		t.Fatalf("hex key: %v", err)
	}
	if _, err := readL1Key(hexKey, pwFile, io.Discard); err == nil {
		t.Fatal("a password file for a hex key was accepted silently")
	}
	if _, _, code := cli("keys", "l1", "new", "--out", filepath.Join(dir, "y.key"), "--hex", "--password-file", pwFile); code != 2 {
		t.Fatalf("--hex with --password-file: exit %d, want 2", code)
	}
	junk := filepath.Join(dir, "junk.json")
	os.WriteFile(junk, []byte(`{"address":"0x0000000000000000000000000000000000000001"}`), 0o600)
	if _, _, code := cli("keys", "l1", "show", junk); code == 0 {
		t.Fatal("keys l1 show took a JSON file that is no keystore")
	}

	for _, f := range []string{id, key, hexKey} {
		if st, err := os.Stat(f); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v %v, want 0600", f, st.Mode().Perm(), err)
		}
	}
	for _, args := range [][]string{{"keys", "p2p"}, {"keys", "p2p", "new"}, {"keys", "l1", "show"}, {"keys", "l1", "nope"}} {
		if _, _, code := cli(args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
