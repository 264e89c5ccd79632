package light

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/gossip"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/sampler"
)

// Run follows the chain until ctx ends: it resumes the blobs left pending
// in the store, scans the committee contract's Certified events from the
// stored checkpoint (persisting it as it goes), listens to the gossip
// topic when Config.Gossip is set, samples every new certified blob (up to
// MaxConcurrentBlobs at once) and serves /status, /metrics and /healthz on
// Config.HTTPAddr. It returns nil when ctx ends, or the error that stopped
// it (the store failing, the HTTP listener).
func (c *Client) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 4)
	var wg sync.WaitGroup
	c.log.Info("light client started", "version", version.String(), "peer", c.host.ID().String(),
		"chain_id", c.cfg.ChainID, "committee", c.cfg.CommitteeAddress, "samples", c.cfg.Samples)

	if c.cfg.HTTPAddr != "" {
		ln, err := net.Listen("tcp", c.cfg.HTTPAddr)
		if err != nil {
			return fmt.Errorf("light: http: %w", err)
		}
		srv := &http.Server{Handler: c.HTTPHandler(), ReadHeaderTimeout: 10 * time.Second}
		c.log.Info("status page", "addr", ln.Addr().String())
		wg.Go(func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("light: http: %w", err)
			}
		})
		wg.Go(func() {
			<-ctx.Done()
			sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer scancel()
			srv.Shutdown(sctx)
		})
	}

	// Blobs a previous run left pending.
	recs, err := c.store.all()
	if err != nil {
		return err
	}
	for _, r := range recs {
		if !r.Status.Final() {
			n := &notice{ID: r.ID, HeaderHash: r.HeaderHash, Epoch: r.Epoch, Source: r.Source, Cert: r.Certificate,
				OnL1: r.CertifiedBy == "l1" || r.Source != SourceGossip}
			c.enqueue(ctx, n)
		}
	}

	for range c.cfg.MaxConcurrentBlobs {
		wg.Go(func() { c.work(ctx, errc) })
	}
	wg.Go(func() {
		if err := c.followL1(ctx); err != nil && ctx.Err() == nil {
			errc <- err
		}
	})
	if c.cfg.Gossip {
		if err := c.startGossip(ctx, &wg); err != nil {
			cancel()
			wg.Wait()
			return err
		}
	}
	select {
	case <-ctx.Done():
		err = nil
	case err = <-errc:
	}
	cancel()
	wg.Wait()
	return err
}

// enqueue queues a notice unless the blob is decided, queued or being
// processed. It blocks while the queue is full (so the L1 checkpoint does
// not run ahead of what is queued).
func (c *Client) enqueue(ctx context.Context, n *notice) {
	c.mu.Lock()
	st, known := c.status[n.ID]
	_, busy := c.inflight[n.ID]
	if (known && st.Status.Final()) || busy || c.queued[n.ID] {
		c.mu.Unlock()
		return
	}
	c.queued[n.ID] = true
	c.mu.Unlock()
	c.metrics.pending.Inc()
	select {
	case c.queue <- n:
	case <-ctx.Done():
	}
}

// work samples queued blobs until ctx ends.
func (c *Client) work(ctx context.Context, errc chan<- error) {
	for {
		select {
		case <-ctx.Done():
			return
		case n := <-c.queue:
			_, err := c.process(ctx, n)
			c.metrics.pending.Dec()
			if err != nil && ctx.Err() == nil {
				if errors.Is(err, ErrStore) {
					errc <- err
					return
				}
				// L1 unreachable and the like: the blob stays pending in
				// the store; try again in a while.
				c.log.Warn("blob not decided, retrying", "blob", n.ID, "err", err)
				go func() {
					if sleep(ctx, 10*c.cfg.RetryInterval.D()) == nil {
						c.enqueue(ctx, n)
					}
				}()
			}
		}
	}
}

// followL1 scans Certified events from the checkpoint on, in windows of
// MaxBlockRange blocks up to the head minus Confirmations. Each window's
// blobs are admitted to the store (pending) before the checkpoint moves
// past it, so a restart neither loses nor rescans a window. Read failures
// are logged and retried at the next poll.
func (c *Client) followL1(ctx context.Context) error {
	next, ok, err := c.store.Checkpoint()
	if err != nil {
		return err
	}
	if !ok {
		if c.cfg.StartBlock >= 0 {
			next = uint64(c.cfg.StartBlock)
		} else {
			for {
				if next, err = c.chain.head(ctx); err == nil {
					break
				}
				c.log.Warn("reading the L1 head", "err", err)
				if err := sleep(ctx, c.cfg.PollInterval.D()); err != nil {
					return nil
				}
			}
		}
		if err := c.store.SetCheckpoint(next); err != nil {
			return err
		}
	}
	c.metrics.l1Next.Set(float64(next))
	c.log.Info("following L1", "from_block", next)
	for {
		caughtUp := true
		head, err := c.chain.head(ctx)
		if err == nil {
			c.l1Head.Store(head)
			c.headRead.Store(true)
			c.metrics.l1Head.Set(float64(head))
		}
		if err == nil && head >= c.cfg.Confirmations && head-c.cfg.Confirmations >= next {
			safe := head - c.cfg.Confirmations
			to := min(safe, next+c.cfg.MaxBlockRange-1)
			if err = c.scan(ctx, next, to); err == nil {
				if err := c.store.SetCheckpoint(to + 1); err != nil {
					return err
				}
				next = to + 1
				c.metrics.l1Next.Set(float64(next))
				caughtUp = to == safe
			}
		}
		if err != nil && ctx.Err() == nil {
			if errors.Is(err, ErrStore) {
				return err
			}
			c.log.Warn("scanning L1", "err", err)
		}
		if caughtUp || err != nil {
			if err := sleep(ctx, c.cfg.PollInterval.D()); err != nil {
				return nil
			}
		}
	}
}

// scan admits the blobs certified in blocks [from, to] and queues them.
func (c *Client) scan(ctx context.Context, from, to uint64) error {
	evs, err := c.chain.events(ctx, from, to, nil)
	if err != nil {
		return err
	}
	for _, ev := range evs {
		n, err := c.chain.fromEvent(ctx, ev, c.now())
		if err != nil {
			return err
		}
		c.metrics.announcements.WithLabelValues(SourceL1).Inc()
		if st, ok := c.Status(n.ID); ok && st.Status.Final() && !supersedable(&st) {
			continue // decided already (announced on gossip first, say)
		}
		if _, err := c.admit(n); err != nil {
			return err
		}
		c.enqueue(ctx, n)
	}
	return nil
}

// startGossip joins the announcement topic, connects to the current
// committee's members (the mesh forms through them) and queues every
// announced blob.
func (c *Client) startGossip(ctx context.Context, wg *sync.WaitGroup) error {
	ps, err := gossip.NewPubSub(ctx, c.host)
	if err != nil {
		return err
	}
	topic, err := gossip.Join(ps, c.cfg.ChainID, c.cfg.CommitteeAddress, gossip.WithVerifier(c.verifyAnnouncement))
	if err != nil {
		return err
	}
	sub, err := topic.Subscribe()
	if err != nil {
		topic.Close()
		return err
	}
	wg.Go(func() { c.connectCommittee(ctx) })
	wg.Go(func() {
		defer topic.Close()
		defer sub.Cancel()
		for {
			a, from, err := sub.Next(ctx)
			if err != nil {
				return
			}
			c.metrics.announcements.WithLabelValues(SourceGossip).Inc()
			c.announced(ctx, a, from)
		}
	})
	return nil
}

// announced admits an announced blob. Its certificate is checked against
// the L1 committee first, before anything is stored or queued: a peer
// must not make the client sample, or shadow a blob's real certification,
// with a certificate that does not verify. A failing one is reported as
// an invalid blob (unless the blob is known otherwise), and does not stop
// a later notice of the same blob, from L1 or gossip, from being sampled.
func (c *Client) announced(ctx context.Context, a *gossip.Announcement, from peer.ID) {
	core := a.Core
	cert := a.Certificate
	n := &notice{ID: a.BlobID(), HeaderHash: core.Hash(), Epoch: core.Epoch, Core: &core, Cert: &cert, Source: SourceGossip}
	if st, ok := c.Status(n.ID); ok && st.Status.Final() && !supersedable(&st) {
		return
	}
	c.log.Debug("blob announced", "blob", n.ID, "peer", from.String())
	ec, _, err := c.chain.committee(ctx, n.Epoch, c.now())
	switch {
	case badCommittee(err):
		c.rejectAnnounced(n, fmt.Errorf("committee of epoch %d: %w", n.Epoch, err), from)
		return
	case err != nil:
		c.log.Warn("announced blob not checked", "blob", n.ID, "peer", from.String(), "err", err)
		return
	}
	if err := c.chain.checkRotation(ctx, ec, c.now()); errors.Is(err, errEpochRotated) {
		c.rejectAnnounced(n, fmt.Errorf("%w: %w", sampler.ErrCertificate, err), from)
		return
	} else if err != nil {
		c.log.Warn("announced blob not checked", "blob", n.ID, "peer", from.String(), "err", err)
		return
	}
	if err := sampler.CheckCertificate(n.HeaderHash, n.Cert, c.chain.keys(ec)); err != nil {
		c.rejectAnnounced(n, err, from)
		return
	}
	if _, err := c.admit(n); err != nil {
		c.log.Warn("admitting an announced blob", "blob", n.ID, "err", err)
		return
	}
	c.enqueue(ctx, n)
}

// verifyAnnouncement is the client's gossip verifier, run before an
// announcement is delivered or relayed: its epoch must be the current one
// or the one before (read from L1 at most every epochTTL; an older epoch
// is rejected, a newer one undecided), and its certificate must verify
// against that epoch's committee (cached). A failing certificate leaves an
// INVALID verdict in memory only (forgedVerdicts): a flood of forged
// announcements costs no store writes and no L1 reads beyond the two
// cached epochs.
func (c *Client) verifyAnnouncement(ctx context.Context, a *gossip.Announcement, from peer.ID) error {
	now := c.now()
	epoch := a.Certificate.Epoch
	cur, err := c.chain.currentEpoch(ctx, now)
	if err != nil {
		return fmt.Errorf("%w: current epoch: %v", gossip.ErrUndecided, err)
	}
	switch {
	case epoch > cur:
		return fmt.Errorf("%w: epoch %d, current epoch %d", gossip.ErrUndecided, epoch, cur)
	case epoch+1 < cur:
		return fmt.Errorf("light: announcement of epoch %d, only epochs %d and %d are gossiped", epoch, cur-1, cur)
	}
	n := &notice{ID: a.BlobID(), HeaderHash: a.Core.Hash(), Epoch: epoch, Cert: &a.Certificate, Source: SourceGossip}
	ec, _, err := c.chain.committee(ctx, epoch, now)
	switch {
	case badCommittee(err):
		err = fmt.Errorf("committee of epoch %d: %w", epoch, err)
		c.rejectAnnounced(n, err, from)
		return err
	case err != nil:
		return fmt.Errorf("%w: committee of epoch %d: %v", gossip.ErrUndecided, epoch, err)
	}
	if err := sampler.CheckCertificate(n.HeaderHash, n.Cert, c.chain.keys(ec)); err != nil {
		c.rejectAnnounced(n, err, from)
		return err
	}
	return nil
}

// rejectAnnounced records, in memory only, an announced blob whose
// certificate failed as invalid, unless the blob is already known.
func (c *Client) rejectAnnounced(n *notice, err error, from peer.ID) {
	c.log.Debug("announced certificate rejected", "blob", n.ID, "peer", from.String(), "err", err)
	c.metrics.forged.Inc()
	if st, ok := c.Status(n.ID); ok && !supersedable(&st) {
		return
	}
	now := c.now()
	c.forged.put(BlobStatus{ID: n.ID, HeaderHash: n.HeaderHash, Epoch: n.Epoch, Source: SourceGossip,
		Status: sampler.StatusInvalid, Reason: err.Error(), FirstSeen: now, Decided: now})
}

// maxForgedVerdicts bounds the verdicts on forged announcements kept in
// memory.
const maxForgedVerdicts = 1024

// verdicts is a bounded, in-memory map of blob statuses: once full, the
// oldest entry makes room. It is safe for concurrent use.
type verdicts struct {
	max   int
	mu    sync.Mutex
	m     map[dac.BlobID]BlobStatus
	order []dac.BlobID // insertion order, oldest first
}

func newVerdicts(max int) *verdicts {
	return &verdicts{max: max, m: map[dac.BlobID]BlobStatus{}}
}

func (v *verdicts) put(st BlobStatus) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.m[st.ID]; !ok {
		if len(v.order) >= v.max {
			delete(v.m, v.order[0])
			v.order = v.order[1:]
		}
		v.order = append(v.order, st.ID)
	}
	v.m[st.ID] = st
}

func (v *verdicts) get(id dac.BlobID) (BlobStatus, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	st, ok := v.m[id]
	return st, ok
}

func (v *verdicts) len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.m)
}

// supersedable reports whether a verdict may be replaced by a later notice
// of the blob: an invalid verdict on what a gossip peer claimed says
// nothing about the blob's certification on L1 or by another peer.
func supersedable(st *BlobStatus) bool {
	return st.Status == sampler.StatusInvalid && st.Source == SourceGossip
}

// connectCommittee dials the current epoch's members, best effort.
func (c *Client) connectCommittee(ctx context.Context) {
	epoch, err := c.chain.c.CurrentEpoch(ctx)
	if err != nil {
		c.log.Warn("reading the current epoch", "err", err)
		return
	}
	_, members, err := c.chain.committee(ctx, epoch, c.now())
	if err != nil {
		c.log.Warn("reading the committee", "err", err)
		return
	}
	for i, m := range members.Members {
		dctx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout.D())
		err := c.host.Connect(dctx, peer.AddrInfo{ID: m.PeerID, Addrs: m.Addrs})
		cancel()
		if err != nil && ctx.Err() == nil {
			c.log.Debug("dialing a member", "member", i, "peer", m.PeerID.String(), "err", err)
		}
	}
}
