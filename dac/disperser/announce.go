package disperser

import (
	"context"
	"fmt"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/gossip"
)

// announceTimeout bounds one gossip publish.
const announceTimeout = 10 * time.Second

// startAnnouncer joins the committee's announcement topic on the
// disperser's host. Members relay it and light clients subscribe to it,
// so a certified header reaches samplers before its certify transaction
// is mined (L1 stays the source of truth: samplers check the certificate
// against the L1 committee either way).
func (d *Disperser) startAnnouncer() error {
	ps, err := gossip.NewPubSub(d.ctx, d.host)
	if err != nil {
		return err
	}
	t, err := gossip.Join(ps, d.cfg.ChainID, d.cfg.CommitteeAddress)
	if err != nil {
		return err
	}
	d.topic = t
	return nil
}

// announce publishes a certified header in the background; a failure is
// logged and counted, never fatal (L1 events still carry the blob).
func (d *Disperser) announce(core *dac.HeaderCore, cert *dac.Certificate) {
	if d.topic == nil {
		return
	}
	d.background.Add(1)
	go func() {
		defer d.background.Done()
		ctx, cancel := context.WithTimeout(d.ctx, announceTimeout)
		defer cancel()
		// The host has just dialed the members; their subscriptions may
		// not have arrived yet, and a message published to a topic with
		// no known peers goes nowhere.
		for len(d.topic.Peers()) == 0 {
			select {
			case <-ctx.Done():
				d.metrics.announcements.WithLabelValues("error").Inc()
				d.log.Warn("announcing certified header: no peer on the topic", "blob", core.BlobID())
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
		if err := d.topic.Announce(ctx, core, cert); err != nil {
			d.metrics.announcements.WithLabelValues("error").Inc()
			d.log.Warn("announcing certified header", "blob", core.BlobID(), "err", err)
			return
		}
		d.metrics.announcements.WithLabelValues("ok").Inc()
		d.log.Debug("announced certified header", "blob", core.BlobID(), "topic_peers", len(d.topic.Peers()))
	}()
}

// closeAnnouncer leaves the topic. It runs after the disperser's context
// is cancelled, which already stops the pubsub router, so what Close
// reports then (context canceled) is not an error.
func (d *Disperser) closeAnnouncer() error {
	if d.topic == nil {
		return nil
	}
	if err := d.topic.Close(); err != nil && d.ctx.Err() == nil {
		return fmt.Errorf("disperser: leaving the announcement topic: %w", err)
	}
	return nil
}
