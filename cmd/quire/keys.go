package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/keystore"
)

// passwordEnv is the environment variable that holds the keystore
// passphrase when --password-file is not given.
const passwordEnv = "QUIRE_KEYSTORE_PASSWORD"

func init() {
	register(command{
		name:        "keys",
		subcommands: []string{"new", "import", "show", "p2p", "l1"},
		summary:     "create and inspect keys: BLS member keystores (EIP-2335), libp2p identities, L1 account keys",
		run:         runKeys,
	})
}

func keysUsage(w io.Writer) {
	fmt.Fprint(w, `usage:
  quire keys new    [--out FILE] [--kdf scrypt|pbkdf2] [--light] [--force] [--password-file F]
  quire keys import --secret-file F --out FILE [--kdf scrypt|pbkdf2] [--light] [--force] [--password-file F]
  quire keys show   FILE [--json] [--password-file F]`+keysIDUsage+`
The passphrase comes from --password-file (the whole file, NFKD-normalized
and stripped of control characters as EIP-2335 says, so a trailing newline
does not count) or else from $`+passwordEnv+`. It is never taken as a flag
value and never printed.

Keystores are written with mode 0600; an existing file is replaced only with
--force. scrypt with n=2^18 (EIP-2335's parameters) is the default; --light
uses n=2^12 (or 4096 pbkdf2 rounds) and is meant for tests and devnets only.

show decrypts the keystore and prints the 96-byte G2 public key and its
proof of possession (what the committee contract's registration takes), in
compressed and EIP-2537 form.
`)
}

func runKeys(_ context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		keysUsage(stderr)
		return fmt.Errorf("%w: keys needs a subcommand: new, import, show, p2p or l1", errUsage)
	}
	switch args[0] {
	case "new":
		return keysNew(args[1:], stdout, stderr)
	case "import":
		return keysImport(args[1:], stdout, stderr)
	case "show":
		return keysShow(args[1:], stdout, stderr)
	case "p2p":
		return keysP2P(args[1:], stdout, stderr)
	case "l1":
		return keysL1(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		keysUsage(stdout)
		return nil
	default:
		keysUsage(stderr)
		return fmt.Errorf("%w: unknown keys subcommand %q", errUsage, args[0])
	}
}

// writeFlags are the flags of the subcommands that write a keystore.
type writeFlags struct {
	out          string
	kdf          string
	light        bool
	force        bool
	passwordFile string
}

func (w *writeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&w.out, "out", "", "keystore file to write")
	fs.StringVar(&w.kdf, "kdf", string(keystore.Scrypt), "key derivation function: scrypt or pbkdf2")
	fs.BoolVar(&w.light, "light", false, "light KDF parameters (tests and devnets only)")
	fs.BoolVar(&w.force, "force", false, "replace an existing keystore file")
	fs.StringVar(&w.passwordFile, "password-file", "", "file holding the passphrase (default $"+passwordEnv+")")
}

func (w *writeFlags) options() ([]keystore.Option, error) {
	var opts []keystore.Option
	switch keystore.KDF(w.kdf) {
	case keystore.Scrypt, keystore.PBKDF2:
		opts = append(opts, keystore.WithKDF(keystore.KDF(w.kdf)))
	default:
		return nil, fmt.Errorf("%w: --kdf %q: want scrypt or pbkdf2", errUsage, w.kdf)
	}
	if w.light {
		opts = append(opts, keystore.WithLightKDF())
	}
	return opts, nil
}

func keysNew(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("keys new", stderr)
	var w writeFlags
	w.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: keys new takes no arguments", errUsage)
	}
	sk, err := bls.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	defer sk.Zeroize()
	return writeKeystore(sk, &w, stdout, stderr)
}

func keysImport(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("keys import", stderr)
	var w writeFlags
	w.register(fs)
	secretFile := fs.String("secret-file", "", "file holding the 32-byte secret key as hex (or raw bytes)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: keys import takes no arguments", errUsage)
	}
	if *secretFile == "" || w.out == "" {
		return fmt.Errorf("%w: keys import needs --secret-file and --out", errUsage)
	}
	raw, err := os.ReadFile(*secretFile)
	if err != nil {
		return err
	}
	defer clear(raw)
	secret, err := parseSecret(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", *secretFile, err)
	}
	defer clear(secret)
	sk, err := bls.SecretKeyFromBytes(secret)
	if err != nil {
		return fmt.Errorf("%s: %w", *secretFile, err)
	}
	defer sk.Zeroize()
	return writeKeystore(sk, &w, stdout, stderr)
}

// parseSecret accepts 64 hex digits (0x prefix and surrounding whitespace
// allowed) or exactly 32 raw bytes.
func parseSecret(raw []byte) ([]byte, error) {
	s := strings.TrimSpace(string(raw))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) == 2*bls.SecretKeySize {
		if b, err := hex.DecodeString(s); err == nil {
			return b, nil
		}
	}
	if len(raw) == bls.SecretKeySize {
		return append([]byte(nil), raw...), nil
	}
	return nil, errors.New("want the secret key as 64 hex digits or 32 raw bytes")
}

func writeKeystore(sk *bls.SecretKey, w *writeFlags, stdout, stderr io.Writer) error {
	opts, err := w.options()
	if err != nil {
		return err
	}
	if w.out != "" && !w.force {
		if _, err := os.Lstat(w.out); err == nil {
			return fmt.Errorf("%s exists; pass --force to replace it", w.out)
		}
	}
	password, err := readPassword(w.passwordFile, promptTwice, stderr)
	if err != nil {
		return err
	}
	if len(keystore.NormalizePassword(password)) == 0 {
		return fmt.Errorf("%w: empty passphrase", errUsage)
	}
	ks, err := keystore.EncryptKey(sk, password, rand.Reader, opts...)
	if err != nil {
		return err
	}
	data, err := ks.Marshal()
	if err != nil {
		return err
	}
	data = append(data, '\n')
	info := describeKey(sk, ks.UUID, w.out)
	if w.out == "" {
		// The keystore goes to stdout; the summary to stderr.
		if _, err := stdout.Write(data); err != nil {
			return err
		}
		printKeyInfo(stderr, info)
		return nil
	}
	if err := writeFile0600(w.out, data, w.force); err != nil {
		return err
	}
	printKeyInfo(stdout, info)
	return nil
}

// writeFile0600 writes data to path with mode 0600: a new file is created
// exclusively; with force an existing one is replaced atomically (write to
// a temporary file beside it, fsync, rename).
func writeFile0600(path string, data []byte, force bool) error {
	if !force {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			if errors.Is(err, os.ErrExist) {
				return fmt.Errorf("%s exists; pass --force to replace it", path)
			}
			return err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			os.Remove(path)
			return err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			os.Remove(path)
			return err
		}
		return f.Close()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := f.Chmod(0o600); err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	ok = true
	return nil
}

// keyInfo is what show prints (and new/import print after writing).
type keyInfo struct {
	File             string `json:"file,omitempty"`
	UUID             string `json:"uuid"`
	PublicKey        string `json:"public_key"`
	Pop              string `json:"proof_of_possession"`
	PublicKeyEIP2537 string `json:"public_key_eip2537"`
	PopEIP2537       string `json:"proof_of_possession_eip2537"`
}

func describeKey(sk *bls.SecretKey, uuid, file string) keyInfo {
	pk, pop := sk.PublicKey(), sk.ProvePossession()
	pkE, popE := pk.EIP2537(), pop.EIP2537()
	return keyInfo{
		File:             file,
		UUID:             uuid,
		PublicKey:        pk.String(),
		Pop:              pop.String(),
		PublicKeyEIP2537: "0x" + hex.EncodeToString(pkE[:]),
		PopEIP2537:       "0x" + hex.EncodeToString(popE[:]),
	}
}

func printKeyInfo(w io.Writer, k keyInfo) {
	if k.File != "" {
		fmt.Fprintf(w, "keystore:            %s\n", k.File)
	}
	fmt.Fprintf(w, "uuid:                %s\n", k.UUID)
	fmt.Fprintf(w, "public key (G2):     %s\n", k.PublicKey)
	fmt.Fprintf(w, "proof of possession: %s\n", k.Pop)
	fmt.Fprintf(w, "public key EIP-2537: %s\n", k.PublicKeyEIP2537)
	fmt.Fprintf(w, "pop EIP-2537:        %s\n", k.PopEIP2537)
}

func keysShow(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("keys show", stderr)
	passwordFile := fs.String("password-file", "", "file holding the passphrase (default $"+passwordEnv+")")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: keys show takes one keystore FILE", errUsage)
	}
	file := pos[0]
	data, err := readLimited(file, keystore.MaxFileSize)
	if err != nil {
		return err
	}
	ks, err := keystore.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	password, err := readPassword(*passwordFile, promptOnce, stderr)
	if err != nil {
		return err
	}
	sk, err := ks.DecryptKey(password)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	defer sk.Zeroize()
	info := describeKey(sk, ks.UUID, file)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(info)
	}
	printKeyInfo(stdout, info)
	return nil
}

// parseInterspersed parses flags that may come before or after positional
// arguments (as parseFlags does for every command), and returns the
// positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	return fs.Args(), nil
}

// readLimited reads a file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes: not a keystore", path, limit)
	}
	return data, nil
}
