package light

import (
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"
)

// ban keeps a peer that served an invalid cell out of every plan for
// BanDuration.
func (c *Client) ban(p peer.ID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.bans) > 4096 {
		now := c.now()
		for q, until := range c.bans {
			if !now.Before(until) {
				delete(c.bans, q)
			}
		}
	}
	c.bans[p] = c.now().Add(c.cfg.BanDuration.D())
	c.metrics.bans.Inc()
}

func (c *Client) banned(p peer.ID) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	until, ok := c.bans[p]
	return ok && c.now().Before(until)
}

// Banned returns the peers currently banned for serving invalid cells.
func (c *Client) Banned() []peer.ID {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []peer.ID
	for p, until := range c.bans {
		if c.now().Before(until) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}
