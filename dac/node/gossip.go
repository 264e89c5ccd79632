package node

import (
	"context"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/gossip"
)

// startGossip joins the committee's announcement topic and relays it: the
// disperser publishes every certified header there, and light clients,
// which connect to members, receive them through the members' relay. The
// topic's validator drops anything that is not a well-formed announcement
// for this chain whose certificate verifies against the node's current
// committee (verifyAnnouncement), so a member never forwards junk or a
// forged certificate, and the sender of a forged one loses score. The returned function
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
	t, err := gossip.Join(ps, n.cfg.ChainID, n.cfg.CommitteeAddress, gossip.WithVerifier(n.verifyAnnouncement))
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

// verifyAnnouncement is the member's gossip verifier: the certificate must
// be of the node's current epoch, or of the previous one while L1 still
// accepts its certificates (the rotation window), and its aggregate BLS
// signature must verify against that committee's keys with at least its
// threshold of signers. An announcement of another epoch is undecided
// (dropped, its sender not blamed: the node may be behind or ahead of L1
// by a poll).
func (n *Node) verifyAnnouncement(_ context.Context, a *gossip.Announcement, _ peer.ID) error {
	cur := n.state.Load()
	var st *epochState
	if cur != nil {
		st = cur.verifying(a.Certificate.Epoch, n.now())
	}
	if st == nil {
		var epoch uint64
		if cur != nil {
			epoch = cur.c.Epoch
		}
		return fmt.Errorf("%w: certificate of epoch %d, committee of epoch %d", gossip.ErrUndecided, a.Certificate.Epoch, epoch)
	}
	if err := a.Certificate.Verify(st.keys, st.c.Threshold, n.cfg.ChainID, n.cfg.CommitteeAddress); err != nil {
		n.metrics.rejections.WithLabelValues("forged_announcement").Inc()
		return err
	}
	return nil
}
