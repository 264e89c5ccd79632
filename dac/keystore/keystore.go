package keystore

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/text/unicode/norm"
)

// Version is the keystore version EIP-2335 defines.
const Version = 4

// KDF names a key derivation function of EIP-2335.
type KDF string

// The KDFs EIP-2335 defines.
const (
	Scrypt KDF = "scrypt"
	PBKDF2 KDF = "pbkdf2"
)

// Default parameters: EIP-2335's own (and the Ethereum deposit tooling's).
// Scrypt at these settings takes about a second and 256 MiB to unlock.
const (
	DefaultScryptN    = 1 << 18
	DefaultScryptR    = 8
	DefaultScryptP    = 1
	DefaultPBKDF2C    = 1 << 18
	DefaultSaltLength = 32
)

// Light parameters, for tests and devnets only: scrypt with n = 2^12 (4 MiB,
// a few milliseconds) or pbkdf2 with 4096 rounds. They make a guessed
// password about 64 times cheaper to check; never use them for keys that
// guard value.
const (
	LightScryptN = 1 << 12
	LightPBKDF2C = 1 << 12
)

// Limits enforced when decrypting, so that a hostile keystore cannot make
// the reader allocate or compute without bound.
const (
	// MaxScryptMemory bounds scrypt's 128·r·n bytes of memory.
	MaxScryptMemory = 1 << 30
	// MaxScryptP bounds scrypt's parallelism factor.
	MaxScryptP = 16
	// MaxPBKDF2C bounds the PBKDF2 iteration count.
	MaxPBKDF2C = 1 << 24
	// MaxSecretLength bounds the encrypted secret.
	MaxSecretLength = 1024
	// MaxFileSize bounds the JSON document Parse accepts.
	MaxFileSize = 64 << 10
)

const (
	dkLen  = 32 // decryption key: AES key (16) || checksum key (16)
	ivSize = aes.BlockSize
)

// Errors.
var (
	// ErrWrongPassword is returned by Decrypt when the checksum does not
	// match: the password is wrong (or the file was altered). Retrying with
	// another password may help.
	ErrWrongPassword = errors.New("keystore: wrong password (checksum mismatch)")
	// ErrInvalid is returned for a document that is not a well-formed
	// EIP-2335 keystore: bad JSON, a missing or malformed field, a version
	// other than 4, parameters out of range.
	ErrInvalid = errors.New("keystore: invalid keystore")
	// ErrUnsupported is returned for a kdf, checksum or cipher function
	// this package does not implement. It wraps ErrInvalid.
	ErrUnsupported = fmt.Errorf("%w: unsupported function", ErrInvalid)
)

// Keystore is an EIP-2335 keystore. Its JSON encoding is the file format;
// build one with Encrypt (or EncryptKey) and read one with Parse.
type Keystore struct {
	Crypto      Crypto `json:"crypto"`
	Description string `json:"description"`
	// Pubkey is the hex public key of the secret. EIP-2335's own vectors
	// hold 48-byte G1 keys (Ethereum's min-pubkey-size BLS); quire's keys
	// are 96-byte G2 keys (see EncryptKey).
	Pubkey  string `json:"pubkey"`
	Path    string `json:"path"`
	UUID    string `json:"uuid"`
	Version int    `json:"version"`
}

// Crypto holds the three modules of a keystore.
type Crypto struct {
	KDF      Module `json:"kdf"`
	Checksum Module `json:"checksum"`
	Cipher   Module `json:"cipher"`
}

// Module is one cryptographic step: a function, its parameters and its
// message.
type Module struct {
	Function string          `json:"function"`
	Params   json.RawMessage `json:"params"`
	Message  string          `json:"message"`
}

// ScryptParams are the parameters of the scrypt KDF module.
type ScryptParams struct {
	DKLen int    `json:"dklen"`
	N     int    `json:"n"`
	P     int    `json:"p"`
	R     int    `json:"r"`
	Salt  string `json:"salt"`
}

// PBKDF2Params are the parameters of the pbkdf2 KDF module.
type PBKDF2Params struct {
	DKLen int    `json:"dklen"`
	C     int    `json:"c"`
	PRF   string `json:"prf"`
	Salt  string `json:"salt"`
}

type cipherParams struct {
	IV string `json:"iv"`
}

// NormalizePassword applies EIP-2335's password rule: NFKD normalization,
// then removal of the C0 (U+0000-U+001F), DEL (U+007F) and C1
// (U+0080-U+009F) control codes; the result is UTF-8. Space stays.
func NormalizePassword(password string) []byte {
	n := norm.NFKD.String(password)
	out := make([]byte, 0, len(n))
	for _, r := range n {
		if r <= 0x1f || (r >= 0x7f && r <= 0x9f) {
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

type options struct {
	kdf         KDF
	scryptN     int
	scryptR     int
	scryptP     int
	pbkdf2C     int
	description string
	path        string
	pubkey      string
}

// Option configures Encrypt.
type Option func(*options)

// WithKDF picks the key derivation function (Scrypt by default).
func WithKDF(k KDF) Option { return func(o *options) { o.kdf = k } }

// WithScrypt sets scrypt's cost parameters (default 2^18, 8, 1).
func WithScrypt(n, r, p int) Option {
	return func(o *options) { o.scryptN, o.scryptR, o.scryptP = n, r, p }
}

// WithPBKDF2Iterations sets PBKDF2's iteration count (default 2^18).
func WithPBKDF2Iterations(c int) Option { return func(o *options) { o.pbkdf2C = c } }

// WithLightKDF selects the light parameters (LightScryptN, LightPBKDF2C)
// for tests and devnets.
func WithLightKDF() Option {
	return func(o *options) { o.scryptN, o.pbkdf2C = LightScryptN, LightPBKDF2C }
}

// WithDescription sets the free-form description field.
func WithDescription(s string) Option { return func(o *options) { o.description = s } }

// WithPath sets the EIP-2334 derivation path ("" when there is none, the
// default).
func WithPath(s string) Option { return func(o *options) { o.path = s } }

// WithPubkey sets the pubkey field (lower-case hex, no 0x).
func WithPubkey(pubkey []byte) Option {
	return func(o *options) { o.pubkey = hex.EncodeToString(pubkey) }
}

// Encrypt seals secret under password. rand supplies, in this order, the
// KDF salt (32 bytes), the AES IV (16 bytes) and the UUID (16 bytes); pass
// crypto/rand.Reader.
func Encrypt(secret []byte, password string, rand io.Reader, opts ...Option) (*Keystore, error) {
	o := options{
		kdf:     Scrypt,
		scryptN: DefaultScryptN, scryptR: DefaultScryptR, scryptP: DefaultScryptP,
		pbkdf2C: DefaultPBKDF2C,
	}
	for _, opt := range opts {
		opt(&o)
	}
	if len(secret) == 0 || len(secret) > MaxSecretLength {
		return nil, fmt.Errorf("keystore: secret of %d bytes, want 1..%d", len(secret), MaxSecretLength)
	}
	salt := make([]byte, DefaultSaltLength)
	iv := make([]byte, ivSize)
	if _, err := io.ReadFull(rand, salt); err != nil {
		return nil, fmt.Errorf("keystore: reading randomness: %w", err)
	}
	if _, err := io.ReadFull(rand, iv); err != nil {
		return nil, fmt.Errorf("keystore: reading randomness: %w", err)
	}
	id, err := uuid.NewRandomFromReader(rand)
	if err != nil {
		return nil, fmt.Errorf("keystore: reading randomness: %w", err)
	}

	var kdf Module
	switch o.kdf {
	case Scrypt:
		p := ScryptParams{DKLen: dkLen, N: o.scryptN, R: o.scryptR, P: o.scryptP, Salt: hex.EncodeToString(salt)}
		if err := p.check(); err != nil {
			return nil, err
		}
		kdf = Module{Function: string(Scrypt), Params: mustJSON(p)}
	case PBKDF2:
		p := PBKDF2Params{DKLen: dkLen, C: o.pbkdf2C, PRF: "hmac-sha256", Salt: hex.EncodeToString(salt)}
		if err := p.check(); err != nil {
			return nil, err
		}
		kdf = Module{Function: string(PBKDF2), Params: mustJSON(p)}
	default:
		return nil, fmt.Errorf("%w: kdf %q", ErrUnsupported, o.kdf)
	}
	ks := &Keystore{
		Crypto: Crypto{
			KDF:      kdf,
			Checksum: Module{Function: "sha256", Params: json.RawMessage("{}")},
			Cipher:   Module{Function: "aes-128-ctr", Params: mustJSON(cipherParams{IV: hex.EncodeToString(iv)})},
		},
		Description: o.description,
		Pubkey:      o.pubkey,
		Path:        o.path,
		UUID:        id.String(),
		Version:     Version,
	}
	dk, err := ks.decryptionKey(NormalizePassword(password))
	if err != nil {
		return nil, err
	}
	defer clear(dk)
	ct, err := aesCTR(dk[:16], iv, secret)
	if err != nil {
		return nil, err
	}
	sum := checksum(dk, ct)
	ks.Crypto.Cipher.Message = hex.EncodeToString(ct)
	ks.Crypto.Checksum.Message = hex.EncodeToString(sum[:])
	return ks, nil
}

// Decrypt checks password against the checksum and returns the secret. It
// returns ErrWrongPassword on a checksum mismatch and an error wrapping
// ErrInvalid for a malformed keystore.
func (ks *Keystore) Decrypt(password string) ([]byte, error) {
	if err := ks.Validate(); err != nil {
		return nil, err
	}
	ct, _ := decodeHex(ks.Crypto.Cipher.Message) // checked by Validate
	want, _ := decodeHex(ks.Crypto.Checksum.Message)
	var cp cipherParams
	_ = json.Unmarshal(ks.Crypto.Cipher.Params, &cp)
	iv, _ := decodeHex(cp.IV)

	dk, err := ks.decryptionKey(NormalizePassword(password))
	if err != nil {
		return nil, err
	}
	defer clear(dk)
	sum := checksum(dk, ct)
	if subtle.ConstantTimeCompare(sum[:], want) != 1 {
		return nil, ErrWrongPassword
	}
	return aesCTR(dk[:16], iv, ct)
}

// Validate checks the structure and parameters without the password.
func (ks *Keystore) Validate() error {
	if ks.Version != Version {
		return fmt.Errorf("%w: version %d, want %d", ErrInvalid, ks.Version, Version)
	}
	if _, err := uuid.Parse(ks.UUID); err != nil || len(ks.UUID) != 36 {
		return fmt.Errorf("%w: uuid %q is not in the 8-4-4-4-12 form", ErrInvalid, ks.UUID)
	}
	c := &ks.Crypto
	switch KDF(c.KDF.Function) {
	case Scrypt:
		var p ScryptParams
		if err := strictParams(c.KDF.Params, &p, "dklen", "n", "p", "r", "salt"); err != nil {
			return fmt.Errorf("%w: scrypt params: %v", ErrInvalid, err)
		}
		if err := p.check(); err != nil {
			return err
		}
	case PBKDF2:
		var p PBKDF2Params
		if err := strictParams(c.KDF.Params, &p, "dklen", "c", "prf", "salt"); err != nil {
			return fmt.Errorf("%w: pbkdf2 params: %v", ErrInvalid, err)
		}
		if err := p.check(); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: kdf %q", ErrUnsupported, c.KDF.Function)
	}
	if c.KDF.Message != "" {
		return fmt.Errorf("%w: kdf message must be empty", ErrInvalid)
	}
	if c.Checksum.Function != "sha256" {
		return fmt.Errorf("%w: checksum %q", ErrUnsupported, c.Checksum.Function)
	}
	if err := strictParams(c.Checksum.Params, &struct{}{}); err != nil {
		return fmt.Errorf("%w: checksum params: %v", ErrInvalid, err)
	}
	if sum, err := decodeHex(c.Checksum.Message); err != nil || len(sum) != sha256.Size {
		return fmt.Errorf("%w: checksum message is not 32 bytes of hex", ErrInvalid)
	}
	if c.Cipher.Function != "aes-128-ctr" {
		return fmt.Errorf("%w: cipher %q", ErrUnsupported, c.Cipher.Function)
	}
	var cp cipherParams
	if err := strictParams(c.Cipher.Params, &cp, "iv"); err != nil {
		return fmt.Errorf("%w: cipher params: %v", ErrInvalid, err)
	}
	if iv, err := decodeHex(cp.IV); err != nil || len(iv) != ivSize {
		return fmt.Errorf("%w: cipher iv is not %d bytes of hex", ErrInvalid, ivSize)
	}
	if ct, err := decodeHex(c.Cipher.Message); err != nil || len(ct) == 0 || len(ct) > MaxSecretLength {
		return fmt.Errorf("%w: cipher message is not 1..%d bytes of hex", ErrInvalid, MaxSecretLength)
	}
	if c.Cipher.Message == "" {
		return fmt.Errorf("%w: empty cipher message", ErrInvalid)
	}
	if ks.Pubkey != "" {
		if _, err := decodeHex(ks.Pubkey); err != nil {
			return fmt.Errorf("%w: pubkey is not hex", ErrInvalid)
		}
	}
	return nil
}

// Parse decodes and validates a keystore document. Unknown fields are
// ignored (some tools add a "name"); required fields must be present.
func Parse(data []byte) (*Keystore, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrInvalid, len(data), MaxFileSize)
	}
	var ks Keystore
	if err := strictParams(data, &ks, "crypto", "path", "uuid", "version"); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if err := requireKeys(data, "crypto", "kdf", "checksum", "cipher"); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if err := ks.Validate(); err != nil {
		return nil, err
	}
	return &ks, nil
}

// Marshal returns the indented JSON document.
func (ks *Keystore) Marshal() ([]byte, error) {
	return json.MarshalIndent(ks, "", "  ")
}

// decryptionKey runs the KDF module over the normalized password.
func (ks *Keystore) decryptionKey(password []byte) ([]byte, error) {
	defer clear(password)
	switch KDF(ks.Crypto.KDF.Function) {
	case Scrypt:
		var p ScryptParams
		if err := json.Unmarshal(ks.Crypto.KDF.Params, &p); err != nil {
			return nil, fmt.Errorf("%w: scrypt params: %v", ErrInvalid, err)
		}
		if err := p.check(); err != nil {
			return nil, err
		}
		salt, _ := decodeHex(p.Salt)
		dk, err := scrypt.Key(password, salt, p.N, p.R, p.P, p.DKLen)
		if err != nil {
			return nil, fmt.Errorf("%w: scrypt: %v", ErrInvalid, err)
		}
		return dk, nil
	case PBKDF2:
		var p PBKDF2Params
		if err := json.Unmarshal(ks.Crypto.KDF.Params, &p); err != nil {
			return nil, fmt.Errorf("%w: pbkdf2 params: %v", ErrInvalid, err)
		}
		if err := p.check(); err != nil {
			return nil, err
		}
		salt, _ := decodeHex(p.Salt)
		dk, err := pbkdf2.Key(sha256.New, string(password), salt, p.C, p.DKLen)
		if err != nil {
			return nil, fmt.Errorf("%w: pbkdf2: %v", ErrInvalid, err)
		}
		return dk, nil
	default:
		return nil, fmt.Errorf("%w: kdf %q", ErrUnsupported, ks.Crypto.KDF.Function)
	}
}

func (p *ScryptParams) check() error {
	if p.DKLen != dkLen {
		return fmt.Errorf("%w: scrypt dklen %d, want %d", ErrInvalid, p.DKLen, dkLen)
	}
	if p.N < 2 || bits.OnesCount(uint(p.N)) != 1 {
		return fmt.Errorf("%w: scrypt n %d is not a power of two above 1", ErrInvalid, p.N)
	}
	if p.R < 1 || p.P < 1 || p.P > MaxScryptP {
		return fmt.Errorf("%w: scrypt r %d, p %d (want r >= 1, 1 <= p <= %d)", ErrInvalid, p.R, p.P, MaxScryptP)
	}
	if uint64(p.N) > MaxScryptMemory/128/uint64(p.R) {
		return fmt.Errorf("%w: scrypt n %d, r %d need more than %d bytes of memory", ErrInvalid, p.N, p.R, MaxScryptMemory)
	}
	return checkSalt(p.Salt)
}

func (p *PBKDF2Params) check() error {
	if p.DKLen != dkLen {
		return fmt.Errorf("%w: pbkdf2 dklen %d, want %d", ErrInvalid, p.DKLen, dkLen)
	}
	if p.PRF != "hmac-sha256" {
		return fmt.Errorf("%w: pbkdf2 prf %q", ErrUnsupported, p.PRF)
	}
	if p.C < 1 || p.C > MaxPBKDF2C {
		return fmt.Errorf("%w: pbkdf2 c %d not in [1, %d]", ErrInvalid, p.C, MaxPBKDF2C)
	}
	return checkSalt(p.Salt)
}

func checkSalt(s string) error {
	salt, err := decodeHex(s)
	if err != nil || len(salt) == 0 || len(salt) > 1024 {
		return fmt.Errorf("%w: kdf salt is not 1..1024 bytes of hex", ErrInvalid)
	}
	return nil
}

func checksum(dk, ct []byte) [sha256.Size]byte {
	h := sha256.New()
	h.Write(dk[16:32])
	h.Write(ct)
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

func aesCTR(key, iv, in []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	out := make([]byte, len(in))
	cipher.NewCTR(block, iv).XORKeyStream(out, in)
	return out, nil
}

// decodeHex decodes hex with an optional 0x prefix.
func decodeHex(s string) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	return hex.DecodeString(s)
}

// strictParams decodes raw into v after checking that raw is one JSON object
// holding every required key.
func strictParams(raw json.RawMessage, v any, required ...string) error {
	if err := requireKeys(raw, required...); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON object")
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after the JSON object")
	}
	return nil
}

// requireKeys checks that raw is a JSON object with the given keys,
// descending one level for "kdf", "checksum" and "cipher" under "crypto".
func requireKeys(raw json.RawMessage, keys ...string) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return err
	}
	if m == nil {
		return errors.New("want a JSON object, got null")
	}
	for _, k := range keys {
		switch k {
		case "kdf", "checksum", "cipher":
			var c map[string]json.RawMessage
			if err := json.Unmarshal(m["crypto"], &c); err != nil || c == nil {
				return errors.New("crypto is not an object")
			}
			var mod map[string]json.RawMessage
			if err := json.Unmarshal(c[k], &mod); err != nil || mod == nil {
				return fmt.Errorf("crypto.%s is missing or not an object", k)
			}
			for _, f := range []string{"function", "params", "message"} {
				if _, ok := mod[f]; !ok {
					return fmt.Errorf("crypto.%s.%s is missing", k, f)
				}
			}
		default:
			if _, ok := m[k]; !ok {
				return fmt.Errorf("field %q is missing", k)
			}
		}
	}
	return nil
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("keystore: marshal params: " + err.Error())
	}
	return b
}
