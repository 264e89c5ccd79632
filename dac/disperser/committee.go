package disperser

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/quire-da/quire/dac/p2p"
)

// CommitteeSource gives the committee the disperser disperses to: the
// current epoch's members (keys, peer IDs, addresses), threshold and
// replication. p2p.StaticSource and p2p.L1Source satisfy it; wrap an L1
// source in a CachedSource so that not every request reads L1.
type CommitteeSource interface {
	Committee(ctx context.Context) (*p2p.Committee, error)
}

// CachedSource remembers what another source answered for a while: it
// reads the source at most once every ttl, and validates what it reads
// (custody coverage, distinct keys and peers). When a read fails it keeps
// serving the last committee until it is ten ttl old, so that a short L1
// outage does not stop dispersals; after that the failure is returned.
type CachedSource struct {
	src CommitteeSource
	ttl time.Duration

	mu    sync.Mutex
	cur   *p2p.Committee
	at    time.Time
	stale bool // a newer epoch was seen: read the source on next use
}

// EpochSeen is what a disperser tells its committee source when a member
// refuses a header as of an older epoch than the member's: a source that
// caches (CachedSource) reads its source again on next use. Sources that
// do not cache need not implement it.
type EpochSeen interface {
	SawEpoch(epoch uint64)
}

// SawEpoch implements EpochSeen: when epoch is newer than the cached
// committee's, the next Committee call reads the source.
func (s *CachedSource) SawEpoch(epoch uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur != nil && s.cur.Epoch < epoch {
		s.stale = true
	}
}

// NewCachedSource returns src cached for ttl.
func NewCachedSource(src CommitteeSource, ttl time.Duration) *CachedSource {
	return &CachedSource{src: src, ttl: ttl}
}

// Committee implements CommitteeSource.
func (s *CachedSource) Committee(ctx context.Context) (*p2p.Committee, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur != nil && !s.stale && time.Since(s.at) < s.ttl {
		return s.cur, nil
	}
	c, err := s.src.Committee(ctx)
	if err == nil {
		err = c.Validate()
	}
	if err != nil {
		if s.cur != nil && time.Since(s.at) < 10*s.ttl {
			return s.cur, nil
		}
		return nil, fmt.Errorf("disperser: committee: %w", err)
	}
	s.cur, s.at, s.stale = c, time.Now(), false
	return c, nil
}

// keys returns the members' public keys in member order.
func keys(c *p2p.Committee) []blsKey {
	out := make([]blsKey, len(c.Members))
	for i, m := range c.Members {
		out[i] = m.PublicKey
	}
	return out
}

// committeeTimeout bounds one read of the committee (an L1 source makes
// JSON-RPC calls).
const committeeTimeout = 15 * time.Second

// committee reads the current committee within committeeTimeout.
func (d *Disperser) committee(ctx context.Context) (*p2p.Committee, error) {
	ctx, cancel := context.WithTimeout(ctx, committeeTimeout)
	defer cancel()
	return d.src.Committee(ctx)
}
