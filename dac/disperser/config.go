package disperser

import (
	"errors"
	"fmt"
	"net"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/erasure"
)

// Config is the disperser's service configuration. Where the committee,
// the keys and the L1 come from is not here: they are Deps, built by the
// caller (cmd/quire reads them from its own file format).
type Config struct {
	// ChainID and CommitteeAddress identify the committee contract; both
	// go into every header and attest message, and must match the
	// members' configuration.
	ChainID          uint64      `json:"chain_id"`
	CommitteeAddress p2p.Address `json:"committee_address"`

	// HTTPAddr is where the HTTP API listens; empty disables it (the
	// Disperser is then driven through its Go methods).
	HTTPAddr string `json:"http_addr"`
	// Listen are the libp2p listen multiaddrs. A disperser only dials out,
	// but listening lets members reach it back.
	Listen []string `json:"listen"`
	// Limits configures the libp2p resource manager (p2p.HostOptions).
	Limits p2p.Limits `json:"limits"`

	// MaxBlobSize is the largest body POST /v1/blobs and /put accept, in
	// bytes (413 above it). It must fit MaxRows data rows.
	MaxBlobSize int64 `json:"max_blob_size"`
	// MaxUploadBytes bounds the request bodies held at once, from
	// admission to the end of their request: a POST reserves its
	// Content-Length (MaxBlobSize when it has none) before a byte of the
	// body is read, and is refused with 429 and Retry-After when the
	// reservation does not fit. It bounds the memory of uploads in flight,
	// stalled ones included.
	MaxUploadBytes int64 `json:"max_upload_bytes"`
	// MinClientRate is the slowest a client may send a request body or
	// read a response body, in bytes per second after ClientGrace: a body
	// of b bytes must be through within ClientGrace + b/MinClientRate, or
	// the connection is cut (408 for an upload).
	MinClientRate int64 `json:"min_client_rate"`
	// ClientGrace is the time every body gets on top of its size at
	// MinClientRate (latency, TCP slow start).
	ClientGrace p2p.Duration `json:"client_grace"`
	// MaxConnsPerIP bounds the HTTP connections open at once from one IP
	// address; a connection beyond it is answered 429 and closed. 0 means
	// no limit (a disperser behind a proxy sees one address).
	MaxConnsPerIP int `json:"max_conns_per_ip"`
	// MaxGetsPerIP bounds the blob GETs one IP address runs at once
	// (429 beyond it); 0 means no limit.
	MaxGetsPerIP int `json:"max_gets_per_ip"`
	// NegativeCacheTTL is how long an ID that no custodian held is
	// answered 404 without probing the members again; 0 disables the
	// cache. IDs this disperser dispersed are never cached.
	NegativeCacheTTL p2p.Duration `json:"negative_cache_ttl"`
	// Auth decides who may upload: API keys with quotas, allow-listed
	// networks, or anyone (open, the devnet only). See AuthConfig.
	Auth AuthConfig `json:"auth"`
	// IdleTimeout closes keep-alive connections idle that long.
	IdleTimeout p2p.Duration `json:"idle_timeout"`

	// MaxRows bounds k; members must accept it too.
	MaxRows uint32 `json:"max_rows"`
	// Retention is how long members must keep a blob's hot tier: the
	// header's expiry is now + Retention. It must fall inside the members'
	// [min_retention, max_retention].
	Retention p2p.Duration `json:"retention"`

	// Archive gives every blob an archive tier: the blob bytes are cut
	// into ArchiveDataShards data shards and n - k_a parity shards, one per
	// member, which members keep for their archive_retention after the hot
	// tier expires; retrieval falls back to them. Members of a version
	// without the archive tier refuse such headers.
	Archive bool `json:"archive"`
	// ArchiveDataShards is k_a, the shards any k_a of which restore a
	// blob. 0 means the committee's threshold t (any t honest signers can
	// restore it); a value above the committee size n means n.
	ArchiveDataShards int `json:"archive_data_shards"`

	// Workers is how many blobs are in flight at once, from encoding to
	// certificate; 0 means 2. Encoding itself uses every core
	// (EncodeWorkers).
	Workers int `json:"workers"`
	// Scheduling is how the blobs in flight share the machine: "pipeline"
	// (also when empty) encodes at most Encoders of them at once, each
	// holding its encoder only while it encodes, so the next blob's
	// encoding overlaps the uploads and certification of the previous
	// ones; "sequential" is the scheduling before the pipeline: every
	// worker encodes then disperses its blob, up to Workers encodings at
	// once.
	Scheduling string `json:"scheduling"`
	// Encoders bounds the blobs encoded at once with the pipeline; 0
	// means 1 (one encoding already uses every core). At most Workers.
	Encoders int `json:"encoders"`
	// EncodeWorkers bounds the goroutines one encoding uses; 0 means
	// runtime.GOMAXPROCS.
	EncodeWorkers int `json:"encode_workers"`
	// QueueSize is how many accepted blobs may wait for a worker; beyond
	// it POST answers 429. Waiting and in-flight blobs are held in memory,
	// so memory is bounded by about (Workers + QueueSize) x MaxBlobSize
	// for their bytes, plus the squares being built (Encoders of them with
	// the pipeline, Workers when sequential) and the columns being
	// uploaded (Workers blobs), about 4x the blob each, plus MaxLateBytes.
	QueueSize int `json:"queue_size"`
	// MaxRetrievals bounds the GETs rebuilding blobs at once (each holds
	// the cells of the blob's data rows); beyond it GET answers 429.
	MaxRetrievals int `json:"max_retrievals"`

	// MemberTimeout bounds one member's dispersal (connect, upload,
	// verification and signature on its side), retries included.
	MemberTimeout p2p.Duration `json:"member_timeout"`
	// LateMemberGrace is how long members still uploading when the
	// certificate is made may go on before they are cancelled (their
	// columns are held until then).
	LateMemberGrace p2p.Duration `json:"late_member_grace"`
	// MaxLateBytes bounds the column bytes held for such late members,
	// over all blobs; a certified blob whose columns do not fit cancels
	// its late members at once. 0 keeps no late uploads.
	MaxLateBytes int64 `json:"max_late_bytes"`
	// DisperseTimeout bounds a whole POST from acceptance to certificate
	// (504 after it).
	DisperseTimeout p2p.Duration `json:"disperse_timeout"`
	// FetchTimeout bounds one cells request to one custodian;
	// RetrieveTimeout a whole GET.
	FetchTimeout    p2p.Duration `json:"fetch_timeout"`
	RetrieveTimeout p2p.Duration `json:"retrieve_timeout"`

	// L1Mode is the default for submitting certificates to the committee
	// contract's certify: off, async or wait. A request may ask for
	// another mode when an L1 certifier is configured.
	L1Mode api.L1Mode `json:"l1_mode"`
	// Announce publishes every certified header (core and certificate) on
	// the committee's gossipsub topic, which members relay and light
	// clients follow. Off, samplers learn of blobs from L1 events only.
	Announce bool `json:"announce"`

	// L1Timeout bounds one certify transaction, mining included.
	L1Timeout p2p.Duration `json:"l1_timeout"`

	// MaxRecords bounds the blobs remembered (header, certificate, status)
	// for status queries, retrieval and de-duplication; the oldest are
	// forgotten first. Forgotten blobs can still be retrieved (the header
	// then comes from the custodians, checked against the L1
	// certification when the disperser has an L1).
	MaxRecords int `json:"max_records"`
	// ReuseMargin: posting bytes already certified returns the earlier
	// certificate while its epoch is current and its expiry is more than
	// ReuseMargin away; otherwise the blob is dispersed again.
	ReuseMargin p2p.Duration `json:"reuse_margin"`

	// DataDir is where the disperser keeps its records (header,
	// certificate, status, pending L1 submissions) across restarts, in a
	// badger database; empty keeps them in memory only, lost on restart.
	// Only MaxRecords records are kept; blob bytes never are.
	DataDir string `json:"data_dir,omitempty"`
	// L1Retries is how many times a failed certify submission is tried
	// again (with backoff, each within L1Timeout) before its status says
	// failed; reverts that cannot succeed later are not retried.
	L1Retries int `json:"l1_retries"`

	LogLevel  string `json:"log_level,omitempty"`
	LogFormat string `json:"log_format,omitempty"`
}

// DefaultConfig returns the defaults: HTTP on 127.0.0.1:3100, libp2p on
// TCP and QUIC port 9410, blobs up to erasure.DefaultMaxRows rows (about
// 31 MiB), 256 MiB of request bodies in flight, clients at least
// 1 MiB/s after a 10 s grace, 32 connections per IP, 14 days' retention, an archive tier with k_a = t, four
// dispersals in flight (pipelined, one encoding at a time) with 16 queued, eight retrievals at a time, 30 s
// per member and 60 s per dispersal, no L1 submission. ChainID and
// CommitteeAddress must still be set.
func DefaultConfig() Config {
	return Config{
		HTTPAddr:         "127.0.0.1:3100",
		Listen:           []string{"/ip4/0.0.0.0/tcp/9410", "/ip4/0.0.0.0/udp/9410/quic-v1"},
		Limits:           p2p.DefaultLimits(),
		MaxBlobSize:      int64(erasure.MaxSize(erasure.DefaultMaxRows)),
		MaxRows:          erasure.DefaultMaxRows,
		MaxUploadBytes:   256 << 20,
		MinClientRate:    1 << 20,
		ClientGrace:      p2p.Duration(10 * time.Second),
		MaxConnsPerIP:    32,
		MaxGetsPerIP:     4,
		NegativeCacheTTL: p2p.Duration(30 * time.Second),
		IdleTimeout:      p2p.Duration(60 * time.Second),
		Retention:        p2p.Duration(14 * 24 * time.Hour),
		Archive:          true,
		Workers:          2,
		Scheduling:       SchedulePipeline,
		Encoders:         1,
		QueueSize:        16,
		MaxRetrievals:    8,
		MemberTimeout:    p2p.Duration(30 * time.Second),
		DisperseTimeout:  p2p.Duration(60 * time.Second),
		LateMemberGrace:  p2p.Duration(5 * time.Second),
		MaxLateBytes:     256 << 20,
		FetchTimeout:     p2p.Duration(20 * time.Second),
		RetrieveTimeout:  p2p.Duration(60 * time.Second),
		L1Mode:           api.L1Off,
		Announce:         true,
		L1Timeout:        p2p.Duration(2 * time.Minute),
		MaxRecords:       4096,
		L1Retries:        5,
		ReuseMargin:      p2p.Duration(24 * time.Hour),
		LogLevel:         "info",
		LogFormat:        "text",
	}
}

// DevConfig returns DefaultConfig on loopback with kernel-chosen ports
// (HTTP and libp2p) and open uploads (Auth.Open), for tests and devnets.
func DevConfig() Config {
	c := DefaultConfig()
	c.HTTPAddr = "127.0.0.1:0"
	c.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	c.Auth.Open = true
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
	if c.HTTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			bad("http_addr %q: %v", c.HTTPAddr, err)
		}
	}
	if len(c.Listen) == 0 {
		bad("listen: at least one address is required")
	}
	for _, a := range c.Listen {
		if _, err := ma.NewMultiaddr(a); err != nil {
			bad("listen %q: %v", a, err)
		}
	}
	if c.MaxRows == 0 || c.MaxRows&(c.MaxRows-1) != 0 || c.MaxRows > dac.MaxEncodedRows {
		bad("max_rows %d: want a power of two in [1, %d]", c.MaxRows, dac.MaxEncodedRows)
	} else if limit := int64(erasure.MaxSize(int(c.MaxRows))); c.MaxBlobSize < 1 || c.MaxBlobSize > limit {
		bad("max_blob_size %d: want 1 to %d (max_rows %d)", c.MaxBlobSize, limit, c.MaxRows)
	}
	if c.MaxUploadBytes < c.MaxBlobSize {
		bad("max_upload_bytes %d: want at least max_blob_size %d", c.MaxUploadBytes, c.MaxBlobSize)
	}
	if c.MaxLateBytes < 0 || c.LateMemberGrace < 0 {
		bad("max_late_bytes and late_member_grace must not be negative")
	}
	if c.MinClientRate < 1 {
		bad("min_client_rate must be at least 1 byte/s")
	}
	errs = append(errs, c.Auth.validate()...)
	if c.MaxConnsPerIP < 0 || c.MaxGetsPerIP < 0 || c.NegativeCacheTTL < 0 {
		bad("max_conns_per_ip, max_gets_per_ip and negative_cache_ttl must not be negative")
	}
	if c.Retention <= 0 {
		bad("retention must be positive")
	}
	if c.ArchiveDataShards < 0 || c.ArchiveDataShards > erasure.MaxArchiveShards {
		bad("archive_data_shards %d: want 0 (the threshold) to %d", c.ArchiveDataShards, erasure.MaxArchiveShards)
	}
	if c.Workers < 0 || c.EncodeWorkers < 0 || c.QueueSize < 0 || c.Encoders < 0 {
		bad("workers, encoders, encode_workers and queue_size must not be negative")
	}
	switch c.Scheduling {
	case "", SchedulePipeline, ScheduleSequential:
		if c.pipelined() && c.Encoders > c.workers() {
			bad("encoders %d: at most workers (%d)", c.Encoders, c.workers())
		}
	default:
		bad("scheduling %q: want %s or %s", c.Scheduling, SchedulePipeline, ScheduleSequential)
	}
	if c.MaxRetrievals < 1 {
		bad("max_retrievals must be at least 1")
	}
	for name, d := range map[string]p2p.Duration{"member_timeout": c.MemberTimeout, "disperse_timeout": c.DisperseTimeout,
		"fetch_timeout": c.FetchTimeout, "retrieve_timeout": c.RetrieveTimeout, "l1_timeout": c.L1Timeout,
		"client_grace": c.ClientGrace, "idle_timeout": c.IdleTimeout} {
		if d <= 0 {
			bad("%s must be positive", name)
		}
	}
	if _, err := api.ParseL1Mode(string(c.L1Mode)); err != nil {
		errs = append(errs, err)
	}
	if c.L1Retries < 0 {
		bad("l1_retries must not be negative")
	}
	if c.MaxRecords < 1 {
		bad("max_records must be at least 1")
	}
	if c.ReuseMargin < 0 || c.ReuseMargin >= c.Retention {
		bad("reuse_margin must be in [0, retention)")
	}
	if c.LogFormat != "" && c.LogFormat != "text" && c.LogFormat != "json" {
		bad("log_format %q: want text or json", c.LogFormat)
	}
	return errors.Join(errs...)
}

// archiveData returns k_a for a committee of n members with threshold t:
// ArchiveDataShards, or t when it is 0, at most n.
func (c *Config) archiveData(t, n int) int {
	k := c.ArchiveDataShards
	if k == 0 {
		k = t
	}
	return max(1, min(k, n))
}

func (c *Config) workers() int {
	if c.Workers == 0 {
		return 2
	}
	return c.Workers
}
