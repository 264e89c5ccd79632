package node

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// readSlots decides who may start a read (cells or archive) now. There are
// total slots; one peer holds at most perPeer of them; peers outside the
// committee and its authorized dispersers ("outsiders": light clients and
// anyone else) hold at most total - reserved together, so a crowd of
// outsiders can never take the slots members repairing or verifying each
// other and dispersers checking their blobs rely on. It is safe for
// concurrent use; it does no I/O.
type readSlots struct {
	total, reserved, perPeer int

	mu        sync.Mutex
	inUse     int
	outsiders int
	byPeer    map[peer.ID]int
}

func newReadSlots(total, reserved, perPeer int) *readSlots {
	return &readSlots{total: total, reserved: reserved, perPeer: perPeer, byPeer: map[peer.ID]int{}}
}

// acquire takes a slot for p (trusted: a member or authorized disperser)
// if one is open to it, and reports whether it did. Each successful
// acquire must be followed by one release with the same arguments.
func (s *readSlots) acquire(p peer.ID, trusted bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inUse >= s.total || s.byPeer[p] >= s.perPeer {
		return false
	}
	if !trusted && s.outsiders >= s.total-s.reserved {
		return false
	}
	s.inUse++
	s.byPeer[p]++
	if !trusted {
		s.outsiders++
	}
	return true
}

// release gives back a slot acquire gave p.
func (s *readSlots) release(p peer.ID, trusted bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inUse--
	if s.byPeer[p]--; s.byPeer[p] <= 0 {
		delete(s.byPeer, p)
	}
	if !trusted {
		s.outsiders--
	}
}

// held returns the slots in use and those held by outsiders.
func (s *readSlots) held() (inUse, outsiders int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inUse, s.outsiders
}

// pacedStream is a read stream whose every write must go through at the
// minimum throughput: a write of n bytes gets grace + n/minRate (never
// past the stream's deadline), so a reader that drains slower than minRate
// fails the write and the stream is reset, freeing its slot, long before
// the read timeout.
type pacedStream struct {
	network.Stream
	deadline time.Time
	minRate  float64 // bytes per second
	grace    time.Duration
}

// readGrace is the time every write gets on top of its size at the minimum
// throughput: a round trip and the receiver's window update.
const readGrace = 2 * time.Second

func (p *pacedStream) Write(b []byte) (int, error) {
	d := time.Now().Add(p.grace + time.Duration(float64(len(b))/p.minRate*float64(time.Second)))
	if d.After(p.deadline) {
		d = p.deadline
	}
	if err := p.Stream.SetWriteDeadline(d); err != nil {
		return 0, err
	}
	return p.Stream.Write(b)
}
