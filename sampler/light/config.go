package light

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/sampler"
)

// Duration is a time.Duration written as a Go duration string in JSON.
type Duration = p2p.Duration

// Address is a 20-byte L1 address written as 0x-prefixed hex.
type Address = p2p.Address

// Config is the light client's configuration. DefaultConfig gives a
// working client once the chain, the committee contract and the RPC
// endpoint are filled in.
type Config struct {
	// ChainID is the L1 chain the committee contract lives on; the
	// endpoint must report it, and certificates and headers must name it.
	ChainID uint64 `json:"chain_id"`
	// CommitteeAddress is the committee contract.
	CommitteeAddress Address `json:"committee_address"`
	// RPC is the L1 JSON-RPC endpoint (cmd/quire dials it; New takes the
	// backend in Deps).
	RPC string `json:"rpc,omitempty"`

	// Samples is s, the cells sampled per blob.
	Samples int `json:"samples"`
	// Replication is deprecated and ignored: r, the members holding each
	// column, is read from the committee contract's epoch record. A
	// non-zero value is accepted (configs written before r was on chain)
	// and logged as ignored.
	Replication int `json:"replication,omitempty"`
	// MaxRows is the largest k accepted in a header.
	MaxRows uint32 `json:"max_rows"`

	// RequestTimeout bounds one request to one custodian.
	RequestTimeout Duration `json:"request_timeout"`
	// Deadline is how long a blob may stay pending once sampling starts;
	// samples still missing then make it unavailable.
	Deadline Duration `json:"deadline"`
	// RetryInterval is the pause before asking every custodian again when
	// all were asked and samples are still missing.
	RetryInterval Duration `json:"retry_interval"`
	// BanDuration is how long a peer that served an invalid cell is not
	// asked for anything.
	BanDuration Duration `json:"ban_duration"`
	// MaxConcurrentBlobs bounds the blobs sampled at once in --follow mode.
	MaxConcurrentBlobs int `json:"max_concurrent_blobs"`

	// PollInterval is how often L1 is polled for Certified events.
	PollInterval Duration `json:"poll_interval"`
	// Confirmations is how many blocks an event must be under the head
	// before it is acted on.
	Confirmations uint64 `json:"confirmations"`
	// StartBlock is where the first scan of L1 begins when the store has
	// no checkpoint; -1 means the head at first start. One-shot lookups
	// search back to it (or to block 0 when it is -1).
	StartBlock int64 `json:"start_block"`
	// MaxBlockRange bounds the blocks one eth_getLogs call covers.
	MaxBlockRange uint64 `json:"max_block_range"`
	// MaxL1Lag is how many blocks the L1 checkpoint may trail the head
	// minus Confirmations before /healthz answers 503; 0 turns the check
	// off.
	MaxL1Lag uint64 `json:"max_l1_lag_blocks"`

	// Listen are the libp2p listen multiaddrs; empty means dial only.
	Listen []string `json:"listen,omitempty"`
	// Gossip subscribes to the announcement topic (dac/gossip) in
	// follow mode.
	Gossip bool `json:"gossip"`
	// HTTPAddr serves /status, /metrics and /healthz in follow mode; empty
	// disables it.
	HTTPAddr string `json:"http_addr,omitempty"`

	// Store is where the secret, per-blob progress and the L1 checkpoint
	// are kept.
	Store StoreConfig `json:"store"`

	// LogLevel is debug, info, warn or error; LogFormat text or json.
	LogLevel  string `json:"log_level,omitempty"`
	LogFormat string `json:"log_format,omitempty"`
}

// StoreConfig says where the light client's badger store lives.
type StoreConfig struct {
	// Dir holds the database; empty with InMemory.
	Dir string `json:"dir,omitempty"`
	// InMemory keeps everything in memory: nothing survives a restart, and
	// a fresh secret is drawn each time.
	InMemory bool `json:"in_memory,omitempty"`
	// MaxRecords bounds the blob records kept: beyond it the oldest
	// decided ones (by first sighting) are deleted, down to nine tenths
	// of it. Pending blobs are never deleted. 0 means DefaultMaxRecords.
	MaxRecords int `json:"max_records,omitempty"`
}

// DefaultMaxRecords is the record bound of a store whose MaxRecords is 0:
// about 100 days of one blob a minute, a few hundred MB at most.
const DefaultMaxRecords = 150_000

// DefaultConfig returns the defaults: s = 30, r = 2, k up to 256, 5 s per
// request, 2 minutes per blob, retries every 2 s, bans of 1 hour, 8 blobs
// at once, L1 polled every 6 s with 2 confirmations (unhealthy 50 blocks
// behind), gossip on, status on
// 127.0.0.1:9402, a disk store in ./quire-sampler.
func DefaultConfig() Config {
	return Config{
		Samples:            sampler.DefaultSamples,
		MaxRows:            erasure.DefaultMaxRows,
		RequestTimeout:     Duration(5 * time.Second),
		Deadline:           Duration(2 * time.Minute),
		RetryInterval:      Duration(2 * time.Second),
		BanDuration:        Duration(time.Hour),
		MaxConcurrentBlobs: 8,
		PollInterval:       Duration(6 * time.Second),
		Confirmations:      2,
		StartBlock:         -1,
		MaxBlockRange:      2000,
		MaxL1Lag:           50,
		Listen:             []string{"/ip4/0.0.0.0/tcp/9403", "/ip4/0.0.0.0/udp/9403/quic-v1"},
		Gossip:             true,
		HTTPAddr:           "127.0.0.1:9402",
		Store:              StoreConfig{Dir: "quire-sampler"},
	}
}

// DevConfig is DefaultConfig for an in-process devnet or test: in-memory
// store, loopback with kernel-chosen ports, no HTTP, no confirmations,
// fast polling and retries, scanning L1 from block 0.
func DevConfig() Config {
	c := DefaultConfig()
	c.Store = StoreConfig{InMemory: true}
	c.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	c.HTTPAddr = ""
	c.Confirmations = 0
	c.PollInterval = Duration(100 * time.Millisecond)
	c.RetryInterval = Duration(200 * time.Millisecond)
	c.RequestTimeout = Duration(3 * time.Second)
	c.Deadline = Duration(20 * time.Second)
	c.StartBlock = 0
	return c
}

// ErrConfig is wrapped by every error Validate returns.
var ErrConfig = errors.New("light: invalid config")

// Validate checks the configuration and returns every problem found.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...))
	}
	if c.ChainID == 0 {
		bad("chain_id is required")
	}
	if c.CommitteeAddress == (Address{}) {
		bad("committee_address is required")
	}
	if c.Samples < 1 || c.Samples > 2*sampler.Columns {
		// s must fit the smallest square (k = 1: 256 cells).
		bad("samples %d, want 1 to %d", c.Samples, 2*sampler.Columns)
	}
	if c.Replication < 0 || c.Replication > dac.MaxReplication {
		bad("replication %d, want 0 (read from L1) to %d", c.Replication, dac.MaxReplication)
	}
	if c.MaxRows < 1 || c.MaxRows > dac.MaxEncodedRows || c.MaxRows&(c.MaxRows-1) != 0 {
		bad("max_rows %d, want a power of two up to %d", c.MaxRows, dac.MaxEncodedRows)
	}
	for name, d := range map[string]Duration{
		"request_timeout": c.RequestTimeout, "deadline": c.Deadline, "retry_interval": c.RetryInterval,
		"ban_duration": c.BanDuration, "poll_interval": c.PollInterval,
	} {
		if d <= 0 {
			bad("%s must be positive", name)
		}
	}
	if c.MaxConcurrentBlobs < 1 {
		bad("max_concurrent_blobs must be at least 1")
	}
	if c.StartBlock < -1 {
		bad("start_block %d, want -1 or a block number", c.StartBlock)
	}
	if c.MaxBlockRange < 1 {
		bad("max_block_range must be at least 1")
	}
	for _, a := range c.Listen {
		if _, err := ma.NewMultiaddr(a); err != nil {
			bad("listen %q: %v", a, err)
		}
	}
	if c.Store.InMemory == (c.Store.Dir != "") {
		bad("store: set exactly one of dir and in_memory")
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		bad("%v", err)
	}
	if c.LogFormat != "" && c.LogFormat != "text" && c.LogFormat != "json" {
		bad("log_format %q: want text or json", c.LogFormat)
	}
	return errors.Join(errs...)
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
