package p2p

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/quire-da/quire/dac/wire"
)

// CommitteeConfig says where the node reads its committee from.
type CommitteeConfig struct {
	// Source is "l1" (the committee contract through an L1 JSON-RPC
	// endpoint) or "static" (the Static committee below; devnets, tests).
	Source string `json:"source"`
	// RPC is the L1 JSON-RPC endpoint for source "l1".
	RPC string `json:"rpc,omitempty"`
	// PollInterval is how often the L1 source looks for epoch and
	// membership changes.
	PollInterval Duration `json:"poll_interval"`
	// Replication is deprecated and ignored for source "l1": each epoch's
	// r (the members holding each column) is read from the committee
	// contract with its threshold. A non-zero value is accepted (configs
	// written before r was on chain) and logged as ignored. A static
	// committee keeps its r in Static.
	Replication int `json:"replication,omitempty"`
	// Static is the committee for source "static".
	Static *StaticCommitteeConfig `json:"static,omitempty"`
}

// StaticCommitteeConfig is a committee written out in the config file.
type StaticCommitteeConfig struct {
	Epoch       uint64               `json:"epoch"`
	Threshold   int                  `json:"threshold"`
	Replication int                  `json:"replication"`
	Members     []StaticMemberConfig `json:"members"`
}

// StaticMemberConfig is one member of a static committee.
type StaticMemberConfig struct {
	PublicKey string `json:"public_key"` // 0x-prefixed compressed G2 key (96 bytes)
	// ProofOfPossession is the key's proof of possession (0x-prefixed
	// compressed G1, 48 bytes; quire keys show prints it), required.
	ProofOfPossession string   `json:"proof_of_possession"`
	PeerID            string   `json:"peer_id"`
	Addrs             []string `json:"addrs,omitempty"`
}

// UnmarshalJSON decodes a member strictly (unknown fields are errors) but
// also accepts the informational fields that `quire committee show --json`
// prints for each member (index, slot, operator, active, from_epoch,
// to_epoch) and ignores them, so that the members of show's output can be
// pasted into a static committee (after adding each member's
// proof_of_possession, which the contract does not keep).
func (m *StaticMemberConfig) UnmarshalJSON(data []byte) error {
	type plain StaticMemberConfig
	var v struct {
		plain
		Index     json.RawMessage `json:"index"`
		Slot      json.RawMessage `json:"slot"`
		Operator  json.RawMessage `json:"operator"`
		Active    json.RawMessage `json:"active"`
		FromEpoch json.RawMessage `json:"from_epoch"`
		ToEpoch   json.RawMessage `json:"to_epoch"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return err
	}
	*m = StaticMemberConfig(v.plain)
	return nil
}

// Limits bound what peers can make the node do.
type Limits struct {
	// MaxConcurrentDispersals is how many dispersals are verified at once;
	// each holds its columns in memory. Further ones are refused with
	// CodeRateLimited.
	MaxConcurrentDispersals int `json:"max_concurrent_dispersals"`
	// MaxConcurrentReads bounds concurrent read requests (cells and
	// archive). ReservedReads of them are kept for committee members and
	// authorized dispersers: other peers together hold at most
	// MaxConcurrentReads - ReservedReads. MaxReadsPerPeer bounds the
	// slots one peer holds. A read whose reader drains slower than
	// MinReadBytesPerSecond loses its slot (the stream is reset). Refusals
	// carry CodeBusy.
	MaxConcurrentReads    int     `json:"max_concurrent_reads"`
	ReservedReads         int     `json:"reserved_reads"`
	MaxReadsPerPeer       int     `json:"max_reads_per_peer"`
	MinReadBytesPerSecond float64 `json:"min_read_bytes_per_second"`
	// RequestsPerSecond and RequestBurst limit each peer's requests (both
	// protocols together).
	RequestsPerSecond float64 `json:"requests_per_second"`
	RequestBurst      int     `json:"request_burst"`
	// BytesPerSecond and ByteBurst limit each peer's bytes, in and out.
	// ByteBurst must hold one whole dispersal.
	BytesPerSecond float64 `json:"bytes_per_second"`
	ByteBurst      int64   `json:"byte_burst"`
	// DisperseTimeout bounds a dispersal stream from open to reply;
	// ReadTimeout a cells stream.
	DisperseTimeout Duration `json:"disperse_timeout"`
	ReadTimeout     Duration `json:"read_timeout"`
	// Connection and stream limits for libp2p's resource manager, and the
	// memory it may account to streams and connections.
	MaxConns          int   `json:"max_conns"`
	MaxConnsPerPeer   int   `json:"max_conns_per_peer"`
	MaxStreams        int   `json:"max_streams"`
	MaxStreamsPerPeer int   `json:"max_streams_per_peer"`
	NetworkMemory     int64 `json:"network_memory"`
}

// DefaultLimits returns the default limits: two dispersals at a time,
// 32 concurrent reads (8 reserved for members and dispersers, 4 per peer,
// at least 64 KiB/s each),
// 50 requests/s per peer (burst 100), 256 MiB/s per peer with a 160 MiB
// burst (a k=256 dispersal to a 4-member committee is about 134 MiB), 2
// minutes per dispersal, 30 s per read, 512 connections and 4096 streams,
// 256 MiB of network memory.
func DefaultLimits() Limits {
	return Limits{
		MaxConcurrentDispersals: 2,
		MaxConcurrentReads:      32,
		ReservedReads:           8,
		MaxReadsPerPeer:         4,
		MinReadBytesPerSecond:   64 << 10,
		RequestsPerSecond:       50,
		RequestBurst:            100,
		BytesPerSecond:          256 << 20,
		ByteBurst:               160 << 20,
		DisperseTimeout:         Duration(2 * time.Minute),
		ReadTimeout:             Duration(30 * time.Second),
		MaxConns:                512,
		MaxConnsPerPeer:         8,
		MaxStreams:              4096,
		MaxStreamsPerPeer:       256,
		NetworkMemory:           256 << 20,
	}
}

// Validate checks the limits for a member accepting blobs of up to
// maxRows data rows and returns every problem found, joined.
func (l *Limits) Validate(maxRows uint32) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("limits: "+format, args...)) }
	if l.MaxConcurrentDispersals < 1 || l.MaxConcurrentReads < 1 {
		bad("concurrency limits must be at least 1")
	}
	if l.ReservedReads < 0 || l.ReservedReads >= l.MaxConcurrentReads {
		bad("reserved_reads %d must be at least 0 and below max_concurrent_reads %d", l.ReservedReads, l.MaxConcurrentReads)
	}
	if l.MaxReadsPerPeer < 1 {
		bad("max_reads_per_peer must be at least 1")
	}
	if l.MinReadBytesPerSecond <= 0 {
		bad("min_read_bytes_per_second must be positive")
	}
	if l.RequestsPerSecond <= 0 || l.RequestBurst < 1 {
		bad("request rate must be positive with a burst of at least 1")
	}
	if l.BytesPerSecond <= 0 {
		bad("bytes_per_second must be positive")
	}
	// The largest single message a member accepts is one column at MaxRows.
	if minBurst := int64(wire.ColumnFrameMax(maxRows)); l.ByteBurst < minBurst {
		bad("byte_burst %d below one column at max_rows (%d)", l.ByteBurst, minBurst)
	}
	if l.DisperseTimeout <= 0 || l.ReadTimeout <= 0 {
		bad("timeouts must be positive")
	}
	if l.MaxConns < 1 || l.MaxConnsPerPeer < 1 || l.MaxStreams < 1 || l.MaxStreamsPerPeer < 1 {
		bad("connection and stream limits must be at least 1")
	}
	if l.NetworkMemory < 16<<20 {
		bad("network_memory %d below 16 MiB", l.NetworkMemory)
	}
	return errors.Join(errs...)
}

// Duration is a time.Duration written as a Go duration string ("90s",
// "336h") in JSON.
type Duration time.Duration

// D returns the time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Address is a 20-byte L1 address, 0x-prefixed hex in JSON.
type Address [20]byte

// MarshalText implements encoding.TextMarshaler.
func (a Address) MarshalText() ([]byte, error) { return []byte("0x" + hex.EncodeToString(a[:])), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Address) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(strings.TrimPrefix(string(b), "0x"), "0X")
	if len(s) != 40 {
		return fmt.Errorf("address %q: want 40 hex digits", b)
	}
	_, err := hex.Decode(a[:], []byte(s))
	return err
}

// String returns the 0x-prefixed hex address.
func (a Address) String() string { return "0x" + hex.EncodeToString(a[:]) }
