package disperser

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/quire-da/quire/dac"
)

// This file guards retrieval against GET spam (issue 15 finding 6, in
// part): a GET of an unknown ID probes every member, so IDs that no
// custodian held are remembered for NegativeCacheTTL and answered 404
// without probing, and one IP address runs at most MaxGetsPerIP
// retrievals at once.

// maxNegative bounds the IDs the negative cache remembers.
const maxNegative = 8192

// negativeCache remembers blob IDs that no custodian held, until their
// entry expires.
type negativeCache struct {
	mu    sync.Mutex
	ttl   time.Duration
	until map[dac.BlobID]time.Time
}

func (n *negativeCache) has(id dac.BlobID, now time.Time) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	t, ok := n.until[id]
	if ok && now.After(t) {
		delete(n.until, id)
		return false
	}
	return ok
}

func (n *negativeCache) add(id dac.BlobID, now time.Time) {
	if n.ttl <= 0 {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.until) >= maxNegative {
		for k, t := range n.until {
			if now.After(t) {
				delete(n.until, k)
			}
		}
		// Still full: forget an arbitrary entry (the cost is one probe).
		for k := range n.until {
			if len(n.until) < maxNegative {
				break
			}
			delete(n.until, k)
		}
	}
	n.until[id] = now.Add(n.ttl)
}

// perIP counts requests running per client address.
type perIP struct {
	mu   sync.Mutex
	max  int
	open map[string]int
}

// enter admits one request of r's client and returns its release, or
// false when the client already runs max (max 0: no limit).
func (p *perIP) enter(r *http.Request) (func(), bool) {
	if p.max <= 0 {
		return func() {}, true
	}
	ip := r.RemoteAddr
	if h, _, err := net.SplitHostPort(ip); err == nil {
		ip = h
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.open[ip] >= p.max {
		return nil, false
	}
	p.open[ip]++
	return func() {
		p.mu.Lock()
		if p.open[ip]--; p.open[ip] == 0 {
			delete(p.open, ip)
		}
		p.mu.Unlock()
	}, true
}

// guardedGet is Get behind the per-client limit and the negative cache.
// IDs this disperser has a record of bypass the cache.
func (d *Disperser) guardedGet(r *http.Request, id dac.BlobID) ([]byte, error) {
	release, ok := d.getters.enter(r)
	if !ok {
		d.metrics.refusals.WithLabelValues("gets_per_ip").Inc()
		return nil, fmt.Errorf("%w: %d retrievals running for this client", ErrQueueFull, d.cfg.MaxGetsPerIP)
	}
	defer release()
	known := d.idx.get(id) != nil
	if !known && d.unknown.has(id, time.Now()) {
		d.metrics.refusals.WithLabelValues("negative_cache").Inc()
		return nil, fmt.Errorf("%w: no custodian held %s within the last %s", ErrNotFound, id, d.cfg.NegativeCacheTTL.D())
	}
	data, err := d.Get(r.Context(), id)
	if !known && errors.Is(err, ErrNotFound) {
		d.unknown.add(id, time.Now())
	}
	return data, err
}
