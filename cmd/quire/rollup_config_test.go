package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// TestRollupConfigErrors checks that bad configs are usage errors (exit 2)
// with a message that names the problem, before anything is dialled.
func TestRollupConfigErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	inbox := `"inbox_address": "0x00000000000000000000000000000000000000aa"`
	for _, tc := range []struct {
		name, cmd, body, want string
	}{
		{"unknown field", "sequencer", `{"data_dir": "x", "colour": 1}`, `unknown field "colour"`},
		{"no data dir", "sequencer", `{` + inbox + `}`, "data_dir is required"},
		{"no inbox", "node", `{"data_dir": "x", "committee_address": "0x00000000000000000000000000000000000000bb"}`, "inbox_address is required"},
		{"bad rollup", "sequencer", `{"data_dir": "x", ` + inbox + `, "rollup": {"chain_id": 1337}}`, "must differ from l1_chain_id"},
		{"bad batch bounds", "sequencer", `{"data_dir": "x", ` + inbox + `, "max_rows": 0}`, "batch bounds must be positive"},
		{"bad duration", "sequencer", `{"data_dir": "x", ` + inbox + `, "batch_age": 4}`, "duration"},
		{"two keys", "sequencer", `{"data_dir": "x", ` + inbox + `, "key_file": "a", "keystore": "b"}`, "not both"},
		{"no committee", "node", `{"data_dir": "x", ` + inbox + `}`, "committee_address is required"},
		{"bad log level", "node", `{"data_dir": "x", ` + inbox + `, "committee_address": "0x00000000000000000000000000000000000000bb", "log_level": "loud"}`, "log_level"},
		{"trailing data", "node", `{"data_dir": "x"} {}`, "after the JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := write(strings.ReplaceAll(tc.name, " ", "_")+".json", tc.body)
			var out, errb bytes.Buffer
			t.Setenv(sequencerKeyEnv, "")
			if code := run([]string{"rollup", tc.cmd, "--config", path}, &out, &errb); code != 2 {
				t.Fatalf("exit %d, want 2: %s", code, errb.String())
			}
			if !strings.Contains(errb.String(), tc.want) {
				t.Fatalf("error %q lacks %q", errb.String(), tc.want)
			}
		})
	}

	// --init writes a template that parses, and never overwrites.
	for _, cmd := range []string{"sequencer", "node"} {
		path := filepath.Join(dir, cmd+"-init.json")
		var out, errb bytes.Buffer
		if code := run([]string{"rollup", cmd, "--config", path, "--init"}, &out, &errb); code != 0 {
			t.Fatalf("%s --init: exit %d: %s", cmd, code, errb.String())
		}
		var err error
		if cmd == "sequencer" {
			f := defaultSequencerFile()
			err = readStrictJSON(path, &f)
		} else {
			f := defaultRollupNodeFile()
			err = readStrictJSON(path, &f)
		}
		if err != nil {
			t.Fatalf("%s template: %v", cmd, err)
		}
		if code := run([]string{"rollup", cmd, "--config", path, "--init"}, &out, &errb); code != 2 {
			t.Fatalf("%s --init over an existing file: exit %d", cmd, code)
		}
	}
}

// TestSequencerKey reads the key from each source.
func TestSequencerKey(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	want := crypto.PubkeyToAddress(key.PublicKey)
	hexKey := hexutil.Encode(crypto.FromECDSA(key))
	keyFile := filepath.Join(dir, "key")
	os.WriteFile(keyFile, []byte(hexKey+"\n"), 0o600)
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: want, PrivateKey: key}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile := filepath.Join(dir, "keystore.json")
	os.WriteFile(ksFile, ks, 0o600)
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("pw\n"), 0o600)
	noEnv := func(string) (string, bool) { return "", false }
	for _, tc := range []struct {
		name string
		f    sequencerFile
		env  func(string) (string, bool)
		ok   bool
	}{
		{"key file", sequencerFile{KeyFile: keyFile}, noEnv, true},
		{"keystore", sequencerFile{Keystore: ksFile, PasswordFile: pwFile}, noEnv, true},
		{"keystore, wrong password", sequencerFile{Keystore: ksFile, PasswordFile: keyFile}, noEnv, false},
		{"env", sequencerFile{}, func(n string) (string, bool) { return hexKey, n == sequencerKeyEnv }, true},
		{"env, not hex", sequencerFile{}, func(n string) (string, bool) { return "0xzz", n == sequencerKeyEnv }, false},
		{"none", sequencerFile{}, noEnv, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, err := sequencerKey(&tc.f, tc.env, io.Discard)
			if !tc.ok {
				if err == nil {
					t.Fatal("accepted")
				}
				return
			}
			if err != nil || crypto.PubkeyToAddress(k.PublicKey) != common.Address(want) {
				t.Fatalf("key %v, %v", k, err)
			}
		})
	}
}
