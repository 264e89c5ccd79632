package p2p

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
)

// ErrBadCommittee is returned for a committee that custody or the
// certificate format cannot serve: size out of range, threshold signers
// that could hold too few columns, duplicate keys or peers.
var ErrBadCommittee = errors.New("p2p: invalid committee")

// Member is one committee member in an epoch.
type Member struct {
	PublicKey bls.PublicKey
	PeerID    peer.ID
	Addrs     []ma.Multiaddr
	// ProofOfPossession is the key's proof of possession where the member
	// came from a static config, which must carry one (the contract checks
	// it at registration for L1 committees, so L1 sources leave it zero).
	ProofOfPossession bls.Signature
}

// Committee is one epoch of the committee as a node sees it. Member i (its
// index in Members) is bit i of certificate signer bitmaps and member i of
// the custody assignment.
type Committee struct {
	Epoch       uint64
	Threshold   int
	Replication int
	Members     []Member
	// End is when the epoch ended on L1, zero while it is current (and
	// for static committees, which never end on their own).
	End time.Time
	// RotationWindow is how long after End the committee contract still
	// accepts certificates of the epoch (its immutable rotationWindow);
	// zero for static committees.
	RotationWindow time.Duration
	// Previous is the epoch before this one as the source read it from L1
	// (End set, its own Previous nil), or nil: for the first epoch, for
	// static committees unless a test sets it, and for sources that do not
	// keep it. Members keep accepting dispersals of Previous while
	// Previous.Accepts (see dac/node).
	Previous *Committee
}

// Accepts reports whether the committee contract still accepts
// certificates of epoch c at now: while c is current, and for
// RotationWindow after its End. It is l1.CertificatesAccepted, the
// contract's rule in whole seconds.
func (c *Committee) Accepts(now time.Time) bool {
	return l1.CertificatesAccepted(c.End, c.RotationWindow, now)
}

// Validate checks that custody can serve the committee (CheckCustody) and
// that keys are present and distinct. Network data is not checked here: a
// member with no peer ID (Reachable false) is unreachable, not a reason to
// refuse the committee; two members with the same peer ID are refused,
// since a caller would send one member's traffic to the other (FromEpoch
// never produces them).
func (c *Committee) Validate() error {
	if err := dac.CheckCustody(len(c.Members), c.Threshold, c.Replication); err != nil {
		return fmt.Errorf("%w: epoch %d: %w", ErrBadCommittee, c.Epoch, err)
	}
	keys := map[[bls.PublicKeySize]byte]bool{}
	peers := map[peer.ID]bool{}
	for i, m := range c.Members {
		if m.PublicKey.IsZero() {
			return fmt.Errorf("%w: member %d has no key", ErrBadCommittee, i)
		}
		k := m.PublicKey.Bytes()
		if keys[k] || (m.PeerID != "" && peers[m.PeerID]) {
			return fmt.Errorf("%w: member %d repeats a key or peer ID", ErrBadCommittee, i)
		}
		keys[k] = true
		if m.PeerID != "" {
			peers[m.PeerID] = true
		}
	}
	return nil
}

// Reachable reports whether the member published a usable peer ID.
func (m *Member) Reachable() bool { return m.PeerID != "" }

// Custody returns the committee's custody scheme. Call it on a validated
// committee.
func (c *Committee) Custody() (dac.Custody, error) {
	return dac.NewCustody(len(c.Members), c.Replication)
}

// IndexOf returns the index of the member with public key pk, or -1.
func (c *Committee) IndexOf(pk bls.PublicKey) int {
	want := pk.Bytes()
	for i, m := range c.Members {
		if m.PublicKey.Bytes() == want {
			return i
		}
	}
	return -1
}

// CommitteeSource is where a node learns its committee: the L1 contract in
// production, a fixed value in tests and devnets.
type CommitteeSource interface {
	// Committee returns the current committee.
	Committee(ctx context.Context) (*Committee, error)
	// Watch calls fn with every new committee (a new epoch or a membership
	// change), in order, until ctx is done or the source fails; it returns
	// ctx.Err() or the failure. fn must not block for long.
	Watch(ctx context.Context, fn func(*Committee)) error
}

// StaticSource is a CommitteeSource holding a committee in memory. Set
// replaces it and notifies watchers, which is how tests and devnets move
// to a new epoch.
type StaticSource struct {
	mu      sync.Mutex
	cur     *Committee
	changed chan struct{} // closed and replaced on every Set
}

// NewStaticSource returns a source whose current committee is c.
func NewStaticSource(c *Committee) *StaticSource {
	return &StaticSource{cur: c, changed: make(chan struct{})}
}

// Set makes c the current committee and wakes every watcher.
func (s *StaticSource) Set(c *Committee) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cur = c
	close(s.changed)
	s.changed = make(chan struct{})
}

// Committee implements CommitteeSource.
func (s *StaticSource) Committee(context.Context) (*Committee, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil {
		return nil, errors.New("p2p: static source has no committee")
	}
	return s.cur, nil
}

// Watch implements CommitteeSource.
func (s *StaticSource) Watch(ctx context.Context, fn func(*Committee)) error {
	s.mu.Lock()
	ch, last := s.changed, s.cur
	s.mu.Unlock()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
		s.mu.Lock()
		cur := s.cur
		ch = s.changed
		s.mu.Unlock()
		if cur != nil && cur != last {
			fn(cur)
			last = cur
		}
	}
}

// Committee parses the static committee of a config file.
func (s *StaticCommitteeConfig) Committee() (*Committee, error) {
	c := &Committee{Epoch: s.Epoch, Threshold: s.Threshold, Replication: s.Replication}
	if c.Replication == 0 {
		c.Replication = dac.DefaultReplication
	}
	for i, m := range s.Members {
		var pk bls.PublicKey
		if err := pk.UnmarshalText([]byte(m.PublicKey)); err != nil {
			return nil, fmt.Errorf("member %d: public key: %w", i, err)
		}
		// Without a proof of possession a static committee would accept
		// a rogue key (pk' = x*G - sum of the others) that lets one member
		// forge a certificate alone.
		var pop bls.Signature
		if m.ProofOfPossession == "" {
			return nil, fmt.Errorf("%w: member %d: proof_of_possession is required", ErrBadCommittee, i)
		}
		if err := pop.UnmarshalText([]byte(m.ProofOfPossession)); err != nil {
			return nil, fmt.Errorf("%w: member %d: proof of possession: %w", ErrBadCommittee, i, err)
		}
		if err := bls.VerifyPossession(pk, pop); err != nil {
			return nil, fmt.Errorf("%w: member %d: %w", ErrBadCommittee, i, err)
		}
		id, err := peer.Decode(m.PeerID)
		if err != nil {
			return nil, fmt.Errorf("member %d: peer id: %w", i, err)
		}
		mem := Member{PublicKey: pk, PeerID: id, ProofOfPossession: pop}
		for _, a := range m.Addrs {
			addr, err := ma.NewMultiaddr(a)
			if err != nil {
				return nil, fmt.Errorf("member %d: addr %q: %w", i, a, err)
			}
			mem.Addrs = append(mem.Addrs, addr)
		}
		c.Members = append(c.Members, mem)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// StaticConfig writes c out as a static committee for a config file.
func (c *Committee) StaticConfig() *StaticCommitteeConfig {
	s := &StaticCommitteeConfig{Epoch: c.Epoch, Threshold: c.Threshold, Replication: c.Replication}
	for _, m := range c.Members {
		sm := StaticMemberConfig{PublicKey: m.PublicKey.String(), PeerID: m.PeerID.String()}
		if !m.ProofOfPossession.IsZero() {
			sm.ProofOfPossession = m.ProofOfPossession.String()
		}
		for _, a := range m.Addrs {
			sm.Addrs = append(sm.Addrs, a.String())
		}
		s.Members = append(s.Members, sm)
	}
	return s
}

// Equal reports whether c and o are the same in every field: epoch,
// threshold, replication, end, rotation window, each member's key, peer ID
// and addresses in order, and their previous epochs (both nil or Equal).
func (c *Committee) Equal(o *Committee) bool {
	a, b := c, o
	if a.Epoch != b.Epoch || a.Threshold != b.Threshold || a.Replication != b.Replication || len(a.Members) != len(b.Members) ||
		!a.End.Equal(b.End) || a.RotationWindow != b.RotationWindow || (a.Previous == nil) != (b.Previous == nil) {
		return false
	}
	if a.Previous != nil && !a.Previous.Equal(b.Previous) {
		return false
	}
	for i := range a.Members {
		x, y := &a.Members[i], &b.Members[i]
		if x.PublicKey.Bytes() != y.PublicKey.Bytes() || x.PeerID != y.PeerID ||
			!slices.EqualFunc(x.Addrs, y.Addrs, func(p, q ma.Multiaddr) bool { return p.Equal(q) }) {
			return false
		}
	}
	return true
}
