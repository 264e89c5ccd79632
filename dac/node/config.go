package node

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/erasure"
)

// Config is the whole configuration of a committee storage node. It is read
// from a JSON file (ParseConfig), then overridden by flags and environment
// variables in cmd/quire. DefaultConfig gives a working mainnet-style node
// once the key paths, the chain and the committee are filled in;
// DevConfig gives an in-memory one.
type Config struct {
	// ChainID is the chain id of the L1 the committee contract lives on; it
	// is bound into every attestation and checked in every header.
	ChainID uint64 `json:"chain_id"`
	// CommitteeAddress is the committee contract (0x-prefixed hex); it is
	// bound into every attestation.
	CommitteeAddress p2p.Address `json:"committee_address"`

	// IdentityKeyFile holds the libp2p identity (a private key in libp2p's
	// protobuf encoding; see WriteIdentity). Its peer ID is the one
	// registered on L1.
	IdentityKeyFile string `json:"identity_key_file,omitempty"`
	// Keystore is the EIP-2335 keystore of the member's BLS key.
	Keystore string `json:"keystore,omitempty"`
	// KeystorePasswordFile holds the keystore password; when empty the
	// password comes from QUIRE_KEYSTORE_PASSWORD.
	KeystorePasswordFile string `json:"keystore_password_file,omitempty"`

	// Listen are the libp2p listen multiaddrs (TCP and QUIC).
	Listen []string `json:"listen"`
	// HTTPAddr serves /metrics and /healthz; empty disables it.
	HTTPAddr string `json:"http_addr"`

	Store     StoreConfig         `json:"store"`
	Committee p2p.CommitteeConfig `json:"committee"`
	Limits    p2p.Limits          `json:"limits"`

	// Gossip joins and relays the committee's announcement topic
	// (certified headers from the disperser to light clients).
	Gossip bool `json:"gossip"`

	// Dispersers are the peer IDs allowed to use /quire/disperse/1.
	Dispersers []string `json:"dispersers"`
	// DisperserQuotaBytes is the most each disperser may have stored on
	// this member at once: cell, proof and archive-shard bytes its
	// dispersals wrote that have not expired. A dispersal that would pass
	// it is refused with quota_exceeded before its columns are read. 0:
	// no quota.
	DisperserQuotaBytes int64 `json:"disperser_quota_bytes"`
	// DisperserQuotas overrides DisperserQuotaBytes for single dispersers
	// (peer ID -> bytes, 0 for none); each must be in Dispersers.
	DisperserQuotas map[string]int64 `json:"disperser_quotas"`

	// MaxRows is the largest k (data rows) accepted.
	MaxRows uint32 `json:"max_rows"`
	// MinRetention and MaxRetention bound a header's expiry, from now.
	MinRetention p2p.Duration `json:"min_retention"`
	MaxRetention p2p.Duration `json:"max_retention"`
	// ArchiveRetention is how long the member keeps its archive shard of
	// a blob (and the blob's header) from the dispersal on: the shard
	// expires at max(header expiry, dispersal time + ArchiveRetention).
	// The hot tier (cells and proofs) still expires with the header.
	ArchiveRetention p2p.Duration `json:"archive_retention"`

	// LogLevel is debug, info, warn or error; LogFormat text or json.
	LogLevel  string `json:"log_level"`
	LogFormat string `json:"log_format"`
}

// DefaultConfig returns the production defaults: listen on TCP and QUIC
// port 9400, metrics on 127.0.0.1:9401, a disk store under ./quire-data,
// the committee from L1, k up to 256, expiry between 1 hour and 30 days
// ahead, archive shards kept for 365 days.
func DefaultConfig() Config {
	st := DefaultStoreConfig()
	st.Dir = "quire-data"
	return Config{
		Listen:       []string{"/ip4/0.0.0.0/tcp/9400", "/ip4/0.0.0.0/udp/9400/quic-v1"},
		HTTPAddr:     "127.0.0.1:9401",
		Store:        st,
		Committee:    p2p.CommitteeConfig{Source: "l1", PollInterval: p2p.Duration(12 * time.Second)},
		Limits:       p2p.DefaultLimits(),
		Gossip:       true,
		MaxRows:      erasure.DefaultMaxRows,
		MinRetention: p2p.Duration(time.Hour),
		MaxRetention: p2p.Duration(30 * 24 * time.Hour),
		// A year of archive: the shard is 1/k_a of the blob, so a year of
		// archive costs less than a fortnight of the 4r/n hot tier.
		ArchiveRetention: p2p.Duration(365 * 24 * time.Hour),
		LogLevel:         "info",
		LogFormat:        "text",
	}
}

// DevConfig returns DefaultConfig with an in-memory store, listening on
// loopback with kernel-chosen ports, no HTTP server and a static committee
// (still to be filled in).
func DevConfig() Config {
	c := DefaultConfig()
	c.Listen = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	c.HTTPAddr = ""
	c.Store.Dir, c.Store.InMemory = "", true
	c.Committee = p2p.CommitteeConfig{Source: "static", Static: &p2p.StaticCommitteeConfig{}}
	return c
}

// Validate checks the configuration and returns every problem found,
// joined.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if c.ChainID == 0 {
		bad("chain_id is required")
	}
	if len(c.Listen) == 0 {
		bad("listen: at least one address is required")
	}
	for _, a := range c.Listen {
		if _, err := ma.NewMultiaddr(a); err != nil {
			bad("listen %q: %v", a, err)
		}
	}
	if err := c.Store.Validate(); err != nil {
		errs = append(errs, err)
	}
	switch c.Committee.Source {
	case "l1":
		if c.Committee.RPC == "" {
			bad("committee: rpc is required for source l1")
		}
		if c.CommitteeAddress == (p2p.Address{}) {
			bad("committee_address is required for source l1")
		}
		if c.Committee.PollInterval <= 0 {
			bad("committee: poll_interval must be positive")
		}
		if r := c.Committee.Replication; r < 0 || r > dac.MaxReplication {
			bad("committee: replication %d, want 0 (read from L1) to %d", r, dac.MaxReplication)
		}
	case "static":
		if c.CommitteeAddress == (p2p.Address{}) {
			// Signatures bind the contract address; a zero one is shared
			// by every static committee, so their signatures would replay
			// across them.
			bad("committee_address is required, also for a static committee")
		}
		if c.Committee.Static == nil {
			bad("committee: static committee missing")
		} else if _, err := c.Committee.Static.Committee(); err != nil {
			errs = append(errs, fmt.Errorf("committee: %w", err))
		}
	default:
		bad("committee: source %q, want l1 or static", c.Committee.Source)
	}
	for _, d := range c.Dispersers {
		if _, err := peer.Decode(d); err != nil {
			bad("dispersers: %q: %v", d, err)
		}
	}
	if c.DisperserQuotaBytes < 0 {
		bad("disperser_quota_bytes must not be negative")
	}
	for d, q := range c.DisperserQuotas {
		if !slices.Contains(c.Dispersers, d) {
			bad("disperser_quotas: %q is not in dispersers", d)
		}
		if q < 0 {
			bad("disperser_quotas: %q: negative quota", d)
		}
	}
	if c.MaxRows == 0 || c.MaxRows&(c.MaxRows-1) != 0 || c.MaxRows > dac.MaxEncodedRows {
		bad("max_rows %d: want a power of two in [1, %d]", c.MaxRows, dac.MaxEncodedRows)
	}
	if c.MinRetention < 0 || c.MaxRetention <= c.MinRetention {
		bad("retention: want 0 <= min_retention < max_retention")
	}
	if c.ArchiveRetention < 0 {
		bad("archive_retention must not be negative")
	}
	if err := c.Limits.Validate(c.MaxRows); err != nil {
		errs = append(errs, err)
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		errs = append(errs, err)
	}
	if c.LogFormat != "" && c.LogFormat != "text" && c.LogFormat != "json" {
		bad("log_format %q: want text or json", c.LogFormat)
	}
	return errors.Join(errs...)
}

// ParseConfig reads a JSON configuration over DefaultConfig: fields absent
// from the file keep their defaults; unknown fields are an error.
func ParseConfig(r io.Reader) (Config, error) {
	c := DefaultConfig()
	data, err := io.ReadAll(io.LimitReader(r, 1<<20))
	if err != nil {
		return c, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("config: %w", err)
	}
	if dec.More() {
		return c, errors.New("config: trailing data after the JSON object")
	}
	return c, nil
}

// Logger builds the slog logger the configuration asks for, writing to w.
func (c *Config) Logger(w io.Writer) (*slog.Logger, error) {
	lvl, err := parseLevel(c.LogLevel)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if s == "" {
		return slog.LevelInfo, nil
	}
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("log_level %q: want debug, info, warn or error", s)
	}
	return l, nil
}
