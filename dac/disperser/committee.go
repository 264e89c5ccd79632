package disperser

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/node"
)

// CommitteeSource gives the committee the disperser disperses to: the
// current epoch's members (keys, peer IDs, addresses), threshold and
// replication. node.StaticSource satisfies it; L1Source reads the
// committee contract.
type CommitteeSource interface {
	Committee(ctx context.Context) (*node.Committee, error)
}

// L1Source is a CommitteeSource backed by the committee contract: the
// current epoch, its members and threshold, with the replication the
// deployment uses (it is not on chain). It asks L1 for the current epoch
// at most every refresh and re-reads members only when the epoch changes.
type L1Source struct {
	c           *l1.Committee
	replication int
	refresh     time.Duration

	mu      sync.Mutex
	checked time.Time
	cur     *node.Committee
}

// NewL1Source returns a source reading committee c, with replication r
// (dac.DefaultReplication when 0), checking for a new epoch at most every
// refresh.
func NewL1Source(c *l1.Committee, r int, refresh time.Duration) *L1Source {
	if r == 0 {
		r = dac.DefaultReplication
	}
	return &L1Source{c: c, replication: r, refresh: refresh}
}

// Committee implements CommitteeSource.
func (s *L1Source) Committee(ctx context.Context) (*node.Committee, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur != nil && time.Since(s.checked) < s.refresh {
		return s.cur, nil
	}
	epoch, err := s.c.CurrentEpoch(ctx)
	if err != nil {
		return nil, fmt.Errorf("disperser: current epoch: %w", err)
	}
	if s.cur != nil && s.cur.Epoch == epoch {
		s.checked = time.Now()
		return s.cur, nil
	}
	ec, err := s.c.Committee(ctx, epoch)
	if err != nil {
		return nil, err
	}
	c, err := CommitteeFromL1(ec, s.replication)
	if err != nil {
		return nil, err
	}
	s.cur, s.checked = c, time.Now()
	return c, nil
}

// CommitteeFromL1 converts an epoch's committee as the contract records it
// into the form dispersal uses, with replication r: member i is the
// contract's member i (the certificate bitmap's bit i), its peer ID the
// registered binary peer ID and its addresses the registered multiaddrs.
// It fails when a peer ID or address does not parse or when the committee
// does not validate (custody coverage, duplicates).
func CommitteeFromL1(ec *l1.EpochCommittee, r int) (*node.Committee, error) {
	c := &node.Committee{Epoch: ec.Epoch, Threshold: ec.Threshold, Replication: r}
	for i, op := range ec.Members {
		id, err := peer.IDFromBytes(op.PeerID)
		if err != nil {
			return nil, fmt.Errorf("disperser: member %d (%s): peer id: %w", i, op.Address, err)
		}
		m := node.Member{PublicKey: op.PublicKey, PeerID: id}
		for _, a := range op.Addrs {
			addr, err := ma.NewMultiaddr(a)
			if err != nil {
				return nil, fmt.Errorf("disperser: member %d (%s): address %q: %w", i, op.Address, a, err)
			}
			m.Addrs = append(m.Addrs, addr)
		}
		c.Members = append(c.Members, m)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// keys returns the members' public keys in member order.
func keys(c *node.Committee) []blsKey {
	out := make([]blsKey, len(c.Members))
	for i, m := range c.Members {
		out[i] = m.PublicKey
	}
	return out
}
