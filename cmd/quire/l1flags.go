package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac/l1"
)

// l1Flags are the flags every committee subcommand shares.
type l1Flags struct {
	rpc       string
	committee string
	keyFile   string
	keyPass   string
	timeout   time.Duration
	prompts   io.Writer // where a passphrase prompt goes (stderr)
}

func (f *l1Flags) register(fs *flag.FlagSet, withCommittee, withKey bool) {
	fs.StringVar(&f.rpc, "rpc", "", "L1 JSON-RPC `url` (default $"+rpcEnv+", else "+defaultRPC+")")
	fs.DurationVar(&f.timeout, "timeout", 2*time.Minute, "give up after this long")
	if withCommittee {
		fs.StringVar(&f.committee, "committee", "", "committee contract `address`")
	}
	if withKey {
		fs.StringVar(&f.keyFile, "key-file", "", "the sending L1 account's key `file`: a V3 keystore (or a hex key on devnets)")
		fs.StringVar(&f.keyPass, "key-password-file", "", "`file` whose first line is the --key-file keystore's passphrase (default $"+passwordEnv+", else asked on a terminal)")
		f.prompts = fs.Output()
	}
}

// check validates the shared flags a subcommand needs.
func (f *l1Flags) check(name string, withCommittee, withKey bool) error {
	if f.timeout <= 0 {
		return fmt.Errorf("%w: --timeout must be positive", errUsage)
	}
	if withCommittee {
		if f.committee == "" {
			return fmt.Errorf("%w: committee %s needs --committee", errUsage, name)
		}
		if !common.IsHexAddress(f.committee) {
			return fmt.Errorf("%w: --committee %q is not an address", errUsage, f.committee)
		}
	}
	if withKey && f.keyFile == "" {
		return fmt.Errorf("%w: committee %s needs --key-file", errUsage, name)
	}
	return nil
}

// rpcURL returns the L1 endpoint: flag, else $QUIRE_RPC, else the default.
func rpcURL(flagVal string) string {
	if flagVal != "" {
		return flagVal
	}
	if v := os.Getenv(rpcEnv); v != "" {
		return v
	}
	return defaultRPC
}

// readL1Key reads the private key of an L1 account from path: a
// go-ethereum V3 keystore (JSON, what geth, clef and cast wallet write),
// decrypted with the passphrase from passwordFile (its first line), else
// $QUIRE_KEYSTORE_PASSWORD, else a terminal prompt written to w; or a hex
// secp256k1 key (0x prefix and surrounding whitespace allowed), meant for
// devnets.
func readL1Key(path, passwordFile string, w io.Writer) (*ecdsa.PrivateKey, error) {
	raw, err := readLimited(path, 1<<16)
	if err != nil {
		return nil, fmt.Errorf("key file: %w", err)
	}
	defer clear(raw)
	s := strings.TrimSpace(string(raw))
	if strings.HasPrefix(s, "{") {
		pw, err := readPassword(passwordFile, promptOnce, w)
		if err != nil {
			return nil, fmt.Errorf("key file %s: %w", path, err)
		}
		k, err := keystore.DecryptKey(raw, v3Password(pw))
		if err != nil {
			return nil, fmt.Errorf("key file %s: %w", path, err)
		}
		return k.PrivateKey, nil
	}
	if passwordFile != "" {
		return nil, fmt.Errorf("%w: key file %s is a plain hex key, but a password file was given for it", errUsage, path)
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	key, err := ethcrypto.HexToECDSA(s)
	if err != nil {
		// The message of HexToECDSA does not quote the key; keep it that way.
		return nil, fmt.Errorf("key file %s: neither a V3 keystore nor a hex secp256k1 private key: %w", path, err)
	}
	return key, nil
}

// key reads the --key-file of f.
func (f *l1Flags) key() (*ecdsa.PrivateKey, error) {
	w := f.prompts
	if w == nil {
		w = os.Stderr
	}
	return readL1Key(f.keyFile, f.keyPass, w)
}

// l1Session is one command's connection to L1, bounded by --timeout: the
// client, the committee handle (nil without --committee) and the sender's
// key (nil for commands that send nothing).
type l1Session struct {
	client *ethclient.Client
	c      *l1.Committee
	key    *ecdsa.PrivateKey
	cancel context.CancelFunc
}

// openL1 reads the key file (when withKey), then dials the endpoint and
// the committee of f under a context bounded by f.timeout, which it
// returns.
func openL1(ctx context.Context, f *l1Flags, withKey bool) (context.Context, *l1Session, error) {
	s := &l1Session{}
	if withKey {
		key, err := f.key()
		if err != nil {
			return nil, nil, err
		}
		s.key = key
	}
	ctx, s.cancel = context.WithTimeout(ctx, f.timeout)
	client, c, err := dialL1Committee(ctx, f)
	if err != nil {
		s.cancel()
		return nil, nil, err
	}
	s.client, s.c = client, c
	return ctx, s, nil
}

// Close closes the client and releases the timeout.
func (s *l1Session) Close() {
	s.client.Close()
	s.cancel()
}

// dialL1Committee connects to the endpoint of f and, when f names a
// contract, opens a handle on it.
func dialL1Committee(ctx context.Context, f *l1Flags) (*ethclient.Client, *l1.Committee, error) {
	url := rpcURL(f.rpc)
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("l1 %s: %w", url, err)
	}
	if f.committee == "" {
		return client, nil, nil
	}
	c, err := l1.New(ctx, client, common.HexToAddress(f.committee), l1.WithTimeout(f.timeout))
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("l1 %s: %w", url, err)
	}
	return client, c, nil
}

// explain adds what a contract revert means to err.
func explain(err error) error {
	if err == nil {
		return nil
	}
	var re *l1.RevertError
	if !errors.As(err, &re) {
		return err
	}
	hint := map[string]string{
		"NotAdmin":                  "the --key-file account is not the contract's admin",
		"OperatorAlreadyRegistered": "this L1 account is already registered",
		"KeyAlreadyRegistered":      "this BLS key is already registered by another account",
		"InvalidProofOfPossession":  "the proof of possession does not verify for the key",
		"NotRegistered":             "an operator to add has not registered",
		"AlreadyMember":             "an operator to add is already a member",
		"NotMember":                 "an operator to remove is not a member",
		"KeyRetired":                "an operator left the committee and cannot rejoin with the same key",
		"CommitteeFull":             "the committee would exceed its maximum size",
		"InvalidThreshold":          "the threshold is zero or above the committee size",
		"EmptyChange":               "the change adds nobody, removes nobody and keeps the threshold",
		"UnknownChange":             "no change has that ID",
		"ChangeNotPending":          "the change was already executed or cancelled",
		"ChangeNotReady":            "the change's delay has not passed by the head block's time (see execute --wait)",
		"UnknownEpoch":              "the contract has no such epoch",
	}[re.Name]
	if hint == "" {
		return err
	}
	return fmt.Errorf("%w (%s)", err, hint)
}
