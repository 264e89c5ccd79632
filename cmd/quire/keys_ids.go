package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/p2p"
)

// The keys besides a member's BLS key: a libp2p identity (nodes,
// dispersers and light clients; its peer ID is what the committee
// contract and the members' "dispersers" list name) and an L1 account key
// (a go-ethereum V3 keystore, or a hex key on devnets, that --key-file
// and l1_key_file read).

const (
	keysP2PUsage = `  quire keys p2p new  --out FILE     create a libp2p identity (mode 0600) and print its peer ID
  quire keys p2p show FILE           print the peer ID of an identity file
`
	keysL1Usage = `  quire keys l1 new   --out FILE [--password-file F] [--light] [--hex]
                                     create an L1 account key (a V3 keystore,
                                     mode 0600) and print its address
  quire keys l1 show  FILE           print the address of an L1 key file
`
	keysL1Help = `
An L1 key file is a go-ethereum V3 keystore (scrypt), the format geth,
clef and cast wallet read and write: quire keys l1 new writes one, and
every --key-file, l1_key_file and key_file takes one (or a key made by
those tools), with its passphrase from a password file (its first line),
else $` + passwordEnv + `, else a prompt when standard input is a
terminal (twice when creating). --hex writes the bare hex key instead,
which every key option also accepts: for devnets only.
`
	keysIDUsage = "\n" + keysP2PUsage + keysL1Usage
)

func keysP2P(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: keys p2p needs new or show", errUsage)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, "usage:\n"+keysP2PUsage)
		return nil
	case "new":
		fs := newFlagSet("keys p2p new", stderr)
		out := fs.String("out", "", "identity `file` to write (must not exist)")
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		if *out == "" || fs.NArg() != 0 {
			return fmt.Errorf("%w: keys p2p new needs --out FILE and no arguments", errUsage)
		}
		if _, err := os.Lstat(*out); err == nil {
			return fmt.Errorf("%s exists; keys p2p new never replaces an identity (its peer ID is registered)", *out)
		}
		priv, err := p2p.GenerateIdentity()
		if err != nil {
			return err
		}
		if err := p2p.WriteIdentity(*out, priv); err != nil {
			return err
		}
		id, err := peer.IDFromPrivateKey(priv)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, id)
		return nil
	case "show":
		pos, err := parseInterspersed(newFlagSet("keys p2p show", stderr), args[1:])
		if err != nil {
			return err
		}
		if len(pos) != 1 {
			return fmt.Errorf("%w: keys p2p show takes one identity FILE", errUsage)
		}
		priv, err := p2p.LoadIdentity(pos[0])
		if err != nil {
			return err
		}
		id, err := peer.IDFromPrivateKey(priv)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, id)
		return nil
	}
	return fmt.Errorf("%w: unknown keys p2p subcommand %q", errUsage, args[0])
}

func keysL1(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: keys l1 needs new or show", errUsage)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, "usage:\n"+keysL1Usage+keysL1Help)
		return nil
	case "new":
		fs := newFlagSet("keys l1 new", stderr)
		out := fs.String("out", "", "key `file` to write (must not exist)")
		passwordFile := fs.String("password-file", "", "`file` whose first line is the keystore's passphrase (default $"+passwordEnv+", else asked twice on a terminal)")
		light := fs.Bool("light", false, "light scrypt parameters (tests and devnets only)")
		plain := fs.Bool("hex", false, "write the key as plain hex instead of a keystore (devnets only)")
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		if *out == "" || fs.NArg() != 0 {
			return fmt.Errorf("%w: keys l1 new needs --out FILE and no arguments", errUsage)
		}
		if *plain && (*passwordFile != "" || *light) {
			return fmt.Errorf("%w: keys l1 new --hex writes no keystore: drop --password-file and --light", errUsage)
		}
		if _, err := os.Lstat(*out); err == nil {
			return fmt.Errorf("%s exists; keys l1 new never replaces a key (its account may hold funds)", *out)
		}
		key, err := ethcrypto.GenerateKey() // crypto/rand
		if err != nil {
			return err
		}
		var data []byte
		if *plain {
			raw := ethcrypto.FromECDSA(key)
			data = []byte(hex.EncodeToString(raw) + "\n")
			clear(raw)
		} else {
			pw, err := readPassword(*passwordFile, promptTwice, stderr)
			if err != nil {
				return err
			}
			pw = v3Password(pw)
			if pw == "" {
				return fmt.Errorf("%w: empty passphrase", errUsage)
			}
			n, p := keystore.StandardScryptN, keystore.StandardScryptP
			if *light {
				n, p = keystore.LightScryptN, keystore.LightScryptP
			}
			id, err := uuid.NewRandom()
			if err != nil {
				return err
			}
			k := &keystore.Key{Id: id, Address: ethcrypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
			if data, err = keystore.EncryptKey(k, pw, n, p); err != nil {
				return err
			}
			data = append(data, '\n')
		}
		defer clear(data)
		if err := writeFile0600(*out, data, false); err != nil {
			return err
		}
		fmt.Fprintln(stdout, ethcrypto.PubkeyToAddress(key.PublicKey).Hex())
		return nil
	case "show":
		pos, err := parseInterspersed(newFlagSet("keys l1 show", stderr), args[1:])
		if err != nil {
			return err
		}
		if len(pos) != 1 {
			return fmt.Errorf("%w: keys l1 show takes one key FILE", errUsage)
		}
		addr, err := l1KeyAddress(pos[0])
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, addr.Hex())
		return nil
	}
	return fmt.Errorf("%w: unknown keys l1 subcommand %q", errUsage, args[0])
}

// l1KeyAddress returns the account of an L1 key file without asking for
// a passphrase: a V3 keystore names its address in clear (as geth's
// account list reads it), a hex key is its own.
func l1KeyAddress(path string) (common.Address, error) {
	raw, err := readLimited(path, 1<<16)
	if err != nil {
		return common.Address{}, fmt.Errorf("key file: %w", err)
	}
	defer clear(raw)
	if s := strings.TrimSpace(string(raw)); !strings.HasPrefix(s, "{") {
		key, err := readL1Key(path, "", io.Discard)
		if err != nil {
			return common.Address{}, err
		}
		return ethcrypto.PubkeyToAddress(key.PublicKey), nil
	}
	var v struct {
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"`
		Version int             `json:"version"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return common.Address{}, fmt.Errorf("key file %s: not a V3 keystore: %w", path, err)
	}
	if v.Version != 3 || len(v.Crypto) == 0 || !common.IsHexAddress(v.Address) {
		return common.Address{}, fmt.Errorf("key file %s: not a V3 keystore (want version 3, crypto and address)", path)
	}
	return common.HexToAddress(v.Address), nil
}
