package node

import (
	"context"

	"github.com/quire-da/quire/dac/gossip"
)

// startGossip joins the committee's announcement topic and relays it: the
// disperser publishes every certified header there, and light clients,
// which connect to members, receive them through the members' relay. The
// topic's validator drops anything that is not a well-formed announcement
// for this chain, so a member never forwards junk. The returned function
// leaves the topic. Failing to join is logged, not fatal: L1 events still
// announce every blob.
func (n *Node) startGossip(ctx context.Context) func() {
	if !n.cfg.Gossip {
		return func() {}
	}
	ps, err := gossip.NewPubSub(ctx, n.host)
	if err != nil {
		n.log.Warn("gossip disabled", "err", err)
		return func() {}
	}
	t, err := gossip.Join(ps, n.cfg.ChainID, n.cfg.CommitteeAddress)
	if err != nil {
		n.log.Warn("gossip disabled", "err", err)
		return func() {}
	}
	stop, err := t.Relay()
	if err != nil {
		t.Close()
		n.log.Warn("gossip disabled", "err", err)
		return func() {}
	}
	n.log.Debug("relaying announcements", "topic", t.Name())
	return func() {
		stop()
		t.Close()
	}
}
