package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

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

	key := filepath.Join(dir, "operator.key")
	addr, stderr, code := cli("keys", "l1", "new", "--out", key)
	if code != 0 {
		t.Fatalf("keys l1 new: %d %s", code, stderr)
	}
	k, err := readL1Key(key)
	if err != nil {
		t.Fatal(err)
	}
	if a := ethcrypto.PubkeyToAddress(k.PublicKey).Hex(); addr != a {
		t.Fatalf("keys l1 new printed %q, the file's address is %s", addr, a)
	}
	if shown, _, code := cli("keys", "l1", "show", key); code != 0 || shown != addr {
		t.Fatalf("keys l1 show: %d %q, want %q", code, shown, addr)
	}
	if _, _, code := cli("keys", "l1", "new", "--out", key); code == 0 {
		t.Fatal("keys l1 new replaced an existing key")
	}
	for _, f := range []string{id, key} {
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
