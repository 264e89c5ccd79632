package disperser

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/quire-da/quire/internal/rate"
)

// Who may upload. Reads (GET) stay public and are limited per client
// address; uploads make the committee store data for its retention, so a
// public disperser accepts them only from holders of an API key or from
// allow-listed networks, each key with its own byte quota and request
// rate. Only the devnet runs open.

// ErrUnauthorized: the upload carries no valid API key and does not come
// from an allow-listed network.
var ErrUnauthorized = errors.New("disperser: unauthorized")

// ErrQuota: the API key's byte quota or request rate is spent for now.
var ErrQuota = errors.New("disperser: quota exceeded")

// AuthConfig decides who may upload.
type AuthConfig struct {
	// Open accepts uploads from anyone (the devnet). With Open false at
	// least one key or allow-listed network is required.
	Open bool `json:"open"`
	// Keys are the API keys. A client sends its token as
	// "Authorization: Bearer TOKEN" or "X-API-Key: TOKEN".
	Keys []APIKey `json:"keys"`
	// AllowIPs are networks (CIDR, or single addresses) whose clients may
	// upload without a key, with no quota: an op-batcher on a private
	// network, which cannot send a key.
	AllowIPs []string `json:"allow_ips"`
}

// APIKey is one client's key: the config holds the SHA-256 of its token,
// never the token (`quire disperser api-key` makes both).
type APIKey struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	// BytesPerDay is the key's upload quota in blob bytes, refilled
	// continuously (a day's quota may be spent at once); 0: none.
	BytesPerDay int64 `json:"bytes_per_day"`
	// RequestsPerSecond and Burst limit the key's uploads; 0: no limit.
	RequestsPerSecond float64 `json:"requests_per_second"`
	Burst             int     `json:"burst"`
}

// Validate checks the auth section and returns every problem, joined.
func (a *AuthConfig) Validate() error { return errors.Join(a.validate()...) }

// validate checks the auth section.
func (a *AuthConfig) validate() []error {
	var errs []error
	if !a.Open && len(a.Keys) == 0 && len(a.AllowIPs) == 0 {
		errs = append(errs, errors.New("auth: no keys and no allow_ips: nobody could upload (set auth.open for a devnet, or add a key with `quire disperser api-key`)"))
	}
	names := map[string]bool{}
	hashes := map[string]bool{}
	for i, k := range a.Keys {
		switch {
		case k.Name == "":
			errs = append(errs, fmt.Errorf("auth: key %d: name is required", i))
		case names[k.Name]:
			errs = append(errs, fmt.Errorf("auth: key %q: duplicate name", k.Name))
		}
		names[k.Name] = true
		if b, err := hex.DecodeString(strings.TrimPrefix(k.SHA256, "0x")); err != nil || len(b) != sha256.Size {
			errs = append(errs, fmt.Errorf("auth: key %q: sha256 must be 64 hex digits (the SHA-256 of the token)", k.Name))
		} else if hashes[string(b)] {
			errs = append(errs, fmt.Errorf("auth: key %q: the same token as another key", k.Name))
		} else {
			hashes[string(b)] = true
		}
		if k.BytesPerDay < 0 || k.RequestsPerSecond < 0 || k.Burst < 0 || (k.RequestsPerSecond > 0 && k.Burst == 0) {
			errs = append(errs, fmt.Errorf("auth: key %q: quotas must be non-negative, and a request rate needs a burst of at least 1", k.Name))
		}
	}
	for _, s := range a.AllowIPs {
		if _, err := parsePrefix(s); err != nil {
			errs = append(errs, fmt.Errorf("auth: allow_ips %q: %v", s, err))
		}
	}
	return errs
}

func parsePrefix(s string) (netip.Prefix, error) {
	if strings.Contains(s, "/") {
		return netip.ParsePrefix(s)
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// NewAPIKey returns a fresh token and the SHA-256 the config holds for it.
func NewAPIKey() (token, sum string, err error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", "", err
	}
	token = "qk_" + hex.EncodeToString(b[:])
	return token, APIKeyHash(token), nil
}

// APIKeyHash is the hex SHA-256 of a token, as the config holds it.
func APIKeyHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// gate enforces AuthConfig on uploads. It is safe for concurrent use.
type gate struct {
	open    bool
	keys    []gateKey
	allowed []netip.Prefix
	now     func() time.Time

	mu sync.Mutex
}

type gateKey struct {
	APIKey
	sum       [sha256.Size]byte
	req, byts *rate.Bucket
}

func newGate(a AuthConfig, now func() time.Time) *gate {
	g := &gate{open: a.Open, now: now}
	for _, k := range a.Keys {
		gk := gateKey{APIKey: k, req: &rate.Bucket{}, byts: &rate.Bucket{}}
		b, _ := hex.DecodeString(strings.TrimPrefix(k.SHA256, "0x"))
		copy(gk.sum[:], b)
		g.keys = append(g.keys, gk)
	}
	for _, s := range a.AllowIPs {
		if p, err := parsePrefix(s); err == nil {
			g.allowed = append(g.allowed, p.Masked())
		}
	}
	return g
}

// token is the API key a request carries, if any.
func token(r *http.Request) string {
	if v := r.Header.Get("X-API-Key"); v != "" {
		return strings.TrimSpace(v)
	}
	if v, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return strings.TrimSpace(v)
	}
	return ""
}

// admit decides an upload of size bytes (the announced length, or the
// size limit for a chunked body). It returns who is charged ("" for open
// or allow-listed access) and a refund to call with the bytes not used
// once the body is read; or ErrUnauthorized, or a *QuotaError.
func (g *gate) admit(r *http.Request, size int64) (who string, refund func(unused int64), err error) {
	noRefund := func(int64) {}
	if tok := token(r); tok != "" {
		sum := sha256.Sum256([]byte(tok))
		for i := range g.keys {
			k := &g.keys[i]
			if subtle.ConstantTimeCompare(sum[:], k.sum[:]) == 1 {
				return g.charge(k, size)
			}
		}
		return "", nil, fmt.Errorf("%w: unknown API key", ErrUnauthorized)
	}
	if g.allowedIP(r) {
		return "", noRefund, nil
	}
	if g.open {
		return "", noRefund, nil
	}
	return "", nil, fmt.Errorf("%w: uploads need an API key (Authorization: Bearer TOKEN) or an allow-listed address", ErrUnauthorized)
}

func (g *gate) allowedIP(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	a = a.Unmap()
	for _, p := range g.allowed {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// charge takes one request and size bytes from k's buckets.
func (g *gate) charge(k *gateKey, size int64) (string, func(int64), error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	rps, burst := k.RequestsPerSecond, float64(k.Burst)
	if rps > 0 {
		if w := k.req.Wait(now, 1, rps, burst); w != 0 {
			return "", nil, &QuotaError{Key: k.Name, What: "request rate", Wait: w}
		}
	}
	bpd := float64(k.BytesPerDay)
	perSec := bpd / (24 * 60 * 60)
	if bpd > 0 {
		if w := k.byts.Wait(now, float64(size), perSec, bpd); w != 0 {
			return "", nil, &QuotaError{Key: k.Name, What: "daily byte quota", Wait: w}
		}
		k.byts.Take(now, float64(size), perSec, bpd)
	}
	if rps > 0 {
		k.req.Take(now, 1, rps, burst)
	}
	refund := func(unused int64) {
		if bpd <= 0 || unused <= 0 {
			return
		}
		g.mu.Lock()
		k.byts.Give(float64(unused), bpd)
		g.mu.Unlock()
	}
	return k.Name, refund, nil
}

// QuotaError is an upload refused by its key's quota; Wait is how long
// until it would pass (negative: never, the blob is above the quota).
type QuotaError struct {
	Key  string
	What string
	Wait time.Duration
}

func (e *QuotaError) Error() string {
	if e.Wait < 0 {
		return fmt.Sprintf("%v: key %q: the upload is larger than its %s", ErrQuota, e.Key, e.What)
	}
	return fmt.Sprintf("%v: key %q: %s spent; retry in %s", ErrQuota, e.Key, e.What, e.Wait.Round(time.Second))
}

func (e *QuotaError) Unwrap() error { return ErrQuota }

// retryAfterSeconds is the Retry-After of a quota refusal.
func (e *QuotaError) retryAfterSeconds() int {
	if e.Wait < 0 {
		return 0
	}
	return int(math.Ceil(e.Wait.Seconds()))
}
