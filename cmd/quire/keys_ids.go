package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"os"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/p2p"
)

// The keys besides a member's BLS key: a libp2p identity (nodes,
// dispersers and light clients; its peer ID is what the committee
// contract and the members' "dispersers" list name) and an L1 account key
// (the hex secp256k1 key --key-file and l1_key_file read).

const (
	keysP2PUsage = `  quire keys p2p new  --out FILE     create a libp2p identity (mode 0600) and print its peer ID
  quire keys p2p show FILE           print the peer ID of an identity file
`
	keysL1Usage = `  quire keys l1 new   --out FILE     create an L1 account key (hex, mode 0600) and print its address
  quire keys l1 show  FILE           print the address of an L1 key file
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
		fmt.Fprint(stdout, "usage:\n"+keysL1Usage)
		return nil
	case "new":
		fs := newFlagSet("keys l1 new", stderr)
		out := fs.String("out", "", "key `file` to write (must not exist)")
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		if *out == "" || fs.NArg() != 0 {
			return fmt.Errorf("%w: keys l1 new needs --out FILE and no arguments", errUsage)
		}
		key, err := ethcrypto.GenerateKey() // crypto/rand
		if err != nil {
			return err
		}
		raw := ethcrypto.FromECDSA(key)
		data := []byte(hex.EncodeToString(raw) + "\n")
		clear(raw)
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
		key, err := readL1Key(pos[0])
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, ethcrypto.PubkeyToAddress(key.PublicKey).Hex())
		return nil
	}
	return fmt.Errorf("%w: unknown keys l1 subcommand %q", errUsage, args[0])
}
