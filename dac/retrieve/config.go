package retrieve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Config bounds a Retriever.
type Config struct {
	// ChainID and CommitteeAddress are the committee contract's: a
	// certificate's signatures bind them, and a header for another chain
	// is refused.
	ChainID          uint64
	CommitteeAddress [20]byte
	// MaxRows bounds the k of any header accepted, and with it every
	// allocation of a Get: about k x 128 KiB of cells (the data rows of
	// 64 columns) plus k x 128 KiB of rows.
	MaxRows uint32
	// FetchTimeout bounds each network call: one request to one member,
	// one L1 read.
	FetchTimeout time.Duration
	// Timeout bounds a whole Get (the caller's context may bound it
	// further).
	Timeout time.Duration
	// Archive lets Get fall back to the archive tier when the hot tier
	// cannot give the blob.
	Archive bool
	// CommitteeTTL is how long a committee read for an epoch is reused
	// before it is read again (members' addresses may change).
	CommitteeTTL time.Duration
}

// DefaultConfig returns the defaults for chain chainID and the committee
// contract at addr: k up to erasure.DefaultMaxRows, 30 s per network call,
// 5 minutes per Get, archive fallback on, committees reused for a minute.
func DefaultConfig(chainID uint64, addr [20]byte) Config {
	return Config{
		ChainID:          chainID,
		CommitteeAddress: addr,
		MaxRows:          erasure.DefaultMaxRows,
		FetchTimeout:     30 * time.Second,
		Timeout:          5 * time.Minute,
		Archive:          true,
		CommitteeTTL:     time.Minute,
	}
}

// Validate checks that every bound is set.
func (c *Config) Validate() error {
	switch {
	case c.MaxRows == 0 || c.MaxRows&(c.MaxRows-1) != 0 || c.MaxRows > dac.MaxEncodedRows:
		return fmt.Errorf("retrieve: max_rows %d: want a power of two up to %d", c.MaxRows, dac.MaxEncodedRows)
	case c.FetchTimeout <= 0:
		return errors.New("retrieve: fetch_timeout must be positive")
	case c.Timeout <= 0:
		return errors.New("retrieve: timeout must be positive")
	case c.CommitteeTTL < 0:
		return errors.New("retrieve: committee_ttl must not be negative")
	}
	return nil
}

// Transport carries the two member protocols a Get speaks. Each call is
// bounded by ctx's deadline. disperser.P2P implements it, and so does P2P.
type Transport interface {
	// FetchCells asks m for cells over /quire/cells/1 and returns the
	// blob's header (checked to be the blob's: blob ID and commitments
	// root) and the cells, verified against the header's commitments, in
	// answer order. A refusal is a *wire.RejectError; an answer that fails
	// the checks wraps p2p.ErrBadResponse.
	FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error)
	// FetchShard asks m for its archive shard of blob id over
	// /quire/archive/1 and returns the header and the shard, checked
	// against that header's archive root (p2p.ErrBadResponse otherwise).
	FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error)
}

// P2P is the libp2p Transport over one host, with the clients of package
// p2p.
type P2P struct {
	host    host.Host
	kzg     *kzg.Context
	maxRows uint32
}

// NewP2P returns a transport over h that verifies cells with k and
// accepts headers of at most maxRows data rows.
func NewP2P(h host.Host, k *kzg.Context, maxRows uint32) *P2P {
	return &P2P{host: h, kzg: k, maxRows: maxRows}
}

func addrInfo(m *p2p.Member) peer.AddrInfo { return peer.AddrInfo{ID: m.PeerID, Addrs: m.Addrs} }

// FetchCells implements Transport.
func (p *P2P) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	return p2p.FetchCells(ctx, p.host, addrInfo(m), req, p.maxRows, p.kzg)
}

// FetchShard implements Transport.
func (p *P2P) FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error) {
	return p2p.FetchShard(ctx, p.host, addrInfo(m), id, p.maxRows)
}

// Committees gives the committee of any epoch, past ones included: a blob
// is served by the custodians of the epoch it was certified in, not the
// current one.
type Committees interface {
	CommitteeAt(ctx context.Context, epoch uint64) (*p2p.Committee, error)
}

// Certifications is where a blob's certification is looked up:
// *l1.Committee (the contract's certification(id)).
type Certifications interface {
	Certification(ctx context.Context, id dac.BlobID) (l1.Certification, bool, error)
}

// L1Committees reads an epoch's committee (keys, threshold, members'
// addresses) from the committee contract. The contract does not hold the
// replication factor: it is the deployment's, the same for every member.
type L1Committees struct {
	Contract    *l1.Committee
	Replication int
}

// CommitteeAt implements Committees.
func (s L1Committees) CommitteeAt(ctx context.Context, epoch uint64) (*p2p.Committee, error) {
	ec, err := s.Contract.Committee(ctx, epoch)
	if err != nil {
		return nil, err
	}
	return p2p.FromEpoch(ec, s.Replication)
}

// StaticCommittees holds committees in memory, by epoch (tests, devnets
// without L1).
type StaticCommittees struct {
	mu sync.Mutex
	m  map[uint64]*p2p.Committee
}

// NewStaticCommittees returns a source holding cs.
func NewStaticCommittees(cs ...*p2p.Committee) *StaticCommittees {
	s := &StaticCommittees{m: map[uint64]*p2p.Committee{}}
	for _, c := range cs {
		s.Add(c)
	}
	return s
}

// Add adds (or replaces) c's epoch.
func (s *StaticCommittees) Add(c *p2p.Committee) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[c.Epoch] = c
}

// CommitteeAt implements Committees.
func (s *StaticCommittees) CommitteeAt(_ context.Context, epoch uint64) (*p2p.Committee, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.m[epoch]
	if !ok {
		return nil, fmt.Errorf("retrieve: no committee of epoch %d", epoch)
	}
	return c, nil
}

// Deps are a Retriever's collaborators.
type Deps struct {
	// Transport speaks to members. Required.
	Transport Transport
	// Committees gives the committee of a blob's epoch. Required.
	Committees Committees
	// Certifications, when set, is where Get finds a blob's certified
	// header hash and epoch (L1). Without it every Get needs
	// WithCertificate.
	Certifications Certifications
	// KZG checks rows; nil means kzg.Default().
	KZG *kzg.Context
	// Logger receives one Debug line per member fault; nil discards.
	Logger *slog.Logger
	// Now is the clock of the committee cache; nil means time.Now.
	Now func() time.Time
}
