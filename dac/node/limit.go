package node

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/internal/rate"
)

// readClass names a read protocol's own budget: each peer has separate
// buckets for cells and for archive shards, so spending one (a
// disperser's GET probes fetching cells) never starves the other.
// Dispersals have none here: only authorized dispersers may send them, and
// the dispersal slots (limits.max_concurrent_dispersals) bound them, so
// reads a disperser makes can never rate-limit its dispersals.
type readClass uint8

const (
	readCells readClass = iota
	readArchive
)

// limiterKey is one peer's budget for one read protocol.
type limiterKey struct {
	p     peer.ID
	class readClass
}

// peerLimiter holds a request bucket and a byte bucket per peer and read
// protocol. Idle peers are forgotten by prune, so the map stays bounded by
// the peers seen in the last interval.
type peerLimiter struct {
	reqRate, reqBurst   float64
	byteRate, byteBurst float64

	mu    sync.Mutex
	peers map[limiterKey]*peerBuckets
}

type peerBuckets struct {
	req, bytes rate.Bucket
}

func newPeerLimiter(l p2p.Limits) *peerLimiter {
	return &peerLimiter{
		reqRate: l.RequestsPerSecond, reqBurst: float64(l.RequestBurst),
		byteRate: l.BytesPerSecond, byteBurst: float64(l.ByteBurst),
		peers: map[limiterKey]*peerBuckets{},
	}
}

func (l *peerLimiter) get(p peer.ID, c readClass) *peerBuckets {
	k := limiterKey{p, c}
	b := l.peers[k]
	if b == nil {
		b = &peerBuckets{}
		l.peers[k] = b
	}
	return b
}

// allowRequest takes one request token from p's bucket for class c.
func (l *peerLimiter) allowRequest(p peer.ID, c readClass, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.get(p, c).req.Take(now, 1, l.reqRate, l.reqBurst)
}

// allowBytes takes n byte tokens from p's bucket for class c. A request
// larger than the burst can never pass.
func (l *peerLimiter) allowBytes(p peer.ID, c readClass, n int64, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.get(p, c).bytes.Take(now, float64(n), l.byteRate, l.byteBurst)
}

// prune forgets peers whose buckets would be full again by now: idle for
// long enough that forgetting them changes nothing.
func (l *peerLimiter) prune(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for p, b := range l.peers {
		if b.req.Full(now, l.reqRate, l.reqBurst) && b.bytes.Full(now, l.byteRate, l.byteBurst) {
			delete(l.peers, p)
		}
	}
}

func (l *peerLimiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.peers)
}
