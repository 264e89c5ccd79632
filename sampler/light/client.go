package light

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler"
)

// Deps are what a Client needs besides its Config.
type Deps struct {
	// L1 reaches the chain of the committee contract (required).
	L1 Backend
	// Host is the libp2p host to sample from; nil starts one on
	// Config.Listen with a fresh identity (closed by Close).
	Host host.Host
	// KZG verifies cells; nil means kzg.Default().
	KZG *kzg.Context
	// Registry receives the client's metrics and backs /metrics; nil keeps
	// them unexported.
	Registry *prometheus.Registry
	// Logger is the structured log; nil discards.
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Client is the light client: it learns of certified blobs from L1 and
// gossip, checks each certificate against the L1 committee and the header
// against the certificate, samples s cells from the custodians, and keeps
// each blob's verdict and confidence in its store.
type Client struct {
	cfg      Config
	chain    *chain
	host     host.Host
	ownHost  bool
	fetch    *fetcher
	store    *Store
	secret   sampler.Secret
	kzg      *kzg.Context
	metrics  *metrics
	registry *prometheus.Registry
	log      *slog.Logger
	now      func() time.Time
	l1Head   atomic.Uint64 // last L1 head the follower read
	headRead atomic.Bool   // l1Head has been set

	mu       sync.Mutex
	status   map[dac.BlobID]*BlobStatus
	targets  map[dac.BlobID]*target
	inflight map[dac.BlobID]chan struct{}
	queued   map[dac.BlobID]bool
	bans     map[peer.ID]time.Time
	forged   *verdicts // verdicts on forged announcements, memory only
	queue    chan *notice

	closeOnce sync.Once
	closeErr  error
}

// target is a blob whose certificate and header checked out: what
// sampling needs.
type target struct {
	header      *dac.Header
	members     *p2p.Committee
	assign      *dac.Assignment
	peers       []peer.AddrInfo
	certifiedBy string
}

// New builds a client from a validated configuration: it reads the
// committee contract (the endpoint must be on Config.ChainID), opens the
// store (drawing the sampling secret on first use) and starts the libp2p
// host unless Deps has one. Use Sample for one blob, Run to follow the
// chain; Close releases everything.
func New(ctx context.Context, cfg Config, deps Deps) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.L1 == nil {
		return nil, errors.New("light: Deps.L1 is required")
	}
	c := &Client{
		cfg: cfg, kzg: deps.KZG, registry: deps.Registry, log: deps.Logger, now: deps.Now,
		metrics: newMetrics(deps.Registry),
		status:  map[dac.BlobID]*BlobStatus{}, targets: map[dac.BlobID]*target{},
		inflight: map[dac.BlobID]chan struct{}{}, queued: map[dac.BlobID]bool{},
		bans: map[peer.ID]time.Time{}, queue: make(chan *notice, 1024), forged: newVerdicts(maxForgedVerdicts),
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.now == nil {
		c.now = time.Now
	}
	if c.kzg == nil {
		k, err := kzg.Default()
		if err != nil {
			return nil, fmt.Errorf("light: kzg: %w", err)
		}
		c.kzg = k
	}
	committee, err := l1.New(ctx, deps.L1, common.Address(cfg.CommitteeAddress), l1.WithTimeout(cfg.RequestTimeout.D()))
	if err != nil {
		return nil, err
	}
	if committee.ChainID() != cfg.ChainID {
		return nil, fmt.Errorf("%w: the L1 endpoint is chain %d, config says %d", ErrConfig, committee.ChainID(), cfg.ChainID)
	}
	if c.chain, err = newChain(committee, deps.L1, cfg.RequestTimeout.D()); err != nil {
		return nil, err
	}
	if cfg.Replication != 0 {
		c.log.Warn("config replication is ignored: each epoch's replication is read from the committee contract", "replication", cfg.Replication)
	}
	if c.store, err = OpenStore(cfg.Store, c.log); err != nil {
		return nil, err
	}
	if c.secret, err = c.store.Secret(); err != nil {
		c.store.Close()
		return nil, err
	}
	recs, err := c.store.all()
	if err != nil {
		c.store.Close()
		return nil, err
	}
	for _, r := range recs {
		st := r.BlobStatus
		c.status[r.ID] = &st
		c.trimStatuses()
	}
	c.host = deps.Host
	if c.host == nil {
		if c.host, err = newHost(cfg.Listen); err != nil {
			c.store.Close()
			return nil, err
		}
		c.ownHost = true
	}
	c.fetch = &fetcher{host: c.host, timeout: cfg.RequestTimeout.D(), maxRows: cfg.MaxRows}
	return c, nil
}

// newHost starts a libp2p host with a fresh identity and quire's host
// options, listening on listen, or nowhere (dial only) when it is empty.
func newHost(listen []string) (host.Host, error) {
	priv, err := p2p.GenerateIdentity()
	if err != nil {
		return nil, err
	}
	if len(listen) > 0 {
		return p2p.NewHost(priv, listen, p2p.DefaultLimits())
	}
	opts, err := p2p.HostOptions(p2p.DefaultLimits())
	if err != nil {
		return nil, err
	}
	h, err := libp2p.New(append(opts, libp2p.Identity(priv), libp2p.NoListenAddrs)...)
	if err != nil {
		return nil, fmt.Errorf("light: libp2p host: %w", err)
	}
	return h, nil
}

// Store returns the client's store.
func (c *Client) Store() *Store { return c.store }

// Host returns the client's libp2p host.
func (c *Client) Host() host.Host { return c.host }

// Close stops the host (if the client started it) and closes the store.
func (c *Client) Close() error {
	c.closeOnce.Do(func() {
		var herr error
		if c.ownHost {
			herr = c.host.Close()
		}
		c.closeErr = errors.Join(herr, c.store.Close())
	})
	return c.closeErr
}

// Status returns the latest status of blob id (from memory, else from the
// store).
func (c *Client) Status(id dac.BlobID) (BlobStatus, bool) {
	c.mu.Lock()
	st, ok := c.status[id]
	c.mu.Unlock()
	if ok {
		return *st, true
	}
	rec, err := c.store.get(id)
	if err != nil || rec == nil {
		return c.forged.get(id)
	}
	return rec.BlobStatus, true
}

// Memory bounds: the statuses kept in memory (the store keeps them all) and
// the checked blobs kept for SampleWith.
const (
	maxStatuses = 4096
	maxTargets  = 64
)

// trimStatuses drops the oldest decided statuses from memory once there
// are more than maxStatuses. Call with c.mu held.
func (c *Client) trimStatuses() {
	if len(c.status) <= maxStatuses {
		return
	}
	var final []*BlobStatus
	for _, st := range c.status {
		if st.Status.Final() {
			final = append(final, st)
		}
	}
	slices.SortFunc(final, func(a, b *BlobStatus) int { return a.FirstSeen.Compare(b.FirstSeen) })
	for _, st := range final[:max(0, min(len(final), len(c.status)-maxStatuses*3/4))] {
		delete(c.status, st.ID)
	}
}

// Statuses returns the latest status of every blob held in memory (all
// pending ones and the most recent decided ones), oldest first.
func (c *Client) Statuses() []BlobStatus {
	c.mu.Lock()
	out := make([]BlobStatus, 0, len(c.status))
	for _, st := range c.status {
		out = append(out, *st)
	}
	c.mu.Unlock()
	slices.SortFunc(out, func(a, b BlobStatus) int {
		if d := a.FirstSeen.Compare(b.FirstSeen); d != 0 {
			return d
		}
		return slices.Compare(a.ID[:], b.ID[:])
	})
	return out
}

// Sample samples one blob by ID and returns its verdict: it looks up the
// blob's certification on L1 (ErrNotCertified if there is none), reads the
// certificate back from the certify transaction and checks it against the
// epoch's committee, fetches the header from a member and checks it
// against the certified hash, then samples Config.Samples cells until all
// verify (available) or Config.Deadline passes (unavailable). A blob
// already decided in the store is not sampled again; a pending one resumes
// with the same positions. Errors are for what prevented a verdict (L1 or
// the store failing, ctx ending); an invalid certificate is a verdict.
func (c *Client) Sample(ctx context.Context, id dac.BlobID) (*BlobStatus, error) {
	if st, ok := c.Status(id); ok && st.Status.Final() {
		return &st, nil
	}
	n, err := c.chain.lookup(ctx, id, c.floor(), c.cfg.MaxBlockRange, c.now())
	if err != nil {
		return nil, err
	}
	return c.process(ctx, n)
}

// floor is the lowest block a lookup searches.
func (c *Client) floor() uint64 { return uint64(max(c.cfg.StartBlock, 0)) }

// SampleOptions vary one SampleWith run.
type SampleOptions struct {
	// Secret replaces the client's secret (so the positions differ).
	Secret *sampler.Secret
	// Samples replaces Config.Samples when positive.
	Samples int
}

// SampleWith samples blob id again with other positions, leaving the
// blob's stored record alone: the certificate and header checks are done
// once (or reused), then the cells are fetched and verified exactly as
// Sample does. Benchmarks and trials with fresh secrets use it.
func (c *Client) SampleWith(ctx context.Context, id dac.BlobID, opts SampleOptions) (*BlobStatus, error) {
	c.mu.Lock()
	t := c.targets[id]
	c.mu.Unlock()
	rec := &record{BlobStatus: BlobStatus{ID: id, FirstSeen: c.now(), Status: sampler.StatusPending}}
	if t == nil {
		n, err := c.chain.lookup(ctx, id, c.floor(), c.cfg.MaxBlockRange, c.now())
		if err != nil {
			return nil, err
		}
		rec.HeaderHash, rec.Epoch, rec.Source, rec.Certificate = n.HeaderHash, n.Epoch, n.Source, n.Cert
		if n.Core != nil {
			rec.Core = n.Core.AppendPacked(nil)
		}
		if t, err = c.check(ctx, rec, n.OnL1); err != nil {
			return nil, err
		}
		if t == nil {
			return &rec.BlobStatus, nil // a verdict without sampling
		}
		c.keepTarget(id, t)
	} else {
		rec.HeaderHash, rec.Epoch, rec.K, rec.CertifiedBy = t.header.Hash(), t.header.Core.Epoch, int(t.header.Core.K), t.certifiedBy
	}
	secret, s := c.secret, c.cfg.Samples
	if opts.Secret != nil {
		secret = *opts.Secret
	}
	if opts.Samples > 0 {
		s = opts.Samples
	}
	if err := c.sample(ctx, t, rec, secret, s, false); err != nil {
		return nil, err
	}
	return &rec.BlobStatus, nil
}

// keepTarget remembers a checked blob for SampleWith, within maxTargets.
func (c *Client) keepTarget(id dac.BlobID, t *target) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.targets) >= maxTargets {
		for old := range c.targets { // any half: they are cheap to rebuild
			if len(c.targets) < maxTargets/2 {
				break
			}
			delete(c.targets, old)
		}
	}
	c.targets[id] = t
}

// process takes a blob from notice to verdict, persisting as it goes. A
// blob already being processed is waited for.
func (c *Client) process(ctx context.Context, n *notice) (*BlobStatus, error) {
	c.mu.Lock()
	if wait, busy := c.inflight[n.ID]; busy {
		c.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		st, _ := c.Status(n.ID)
		if st.Status.Final() {
			return &st, nil
		}
		return c.process(ctx, n)
	}
	done := make(chan struct{})
	c.inflight[n.ID] = done
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.inflight, n.ID)
		delete(c.queued, n.ID)
		c.mu.Unlock()
		close(done)
	}()

	rec, err := c.admit(n)
	if err != nil {
		return nil, err
	}
	if rec.Status.Final() {
		return &rec.BlobStatus, nil
	}
	start := c.now()
	t, err := c.check(ctx, rec, n.OnL1 || rec.CertifiedBy == "l1")
	if err != nil {
		return nil, err
	}
	if t != nil {
		c.keepTarget(rec.ID, t)
		if err := c.save(rec); err != nil {
			return nil, err
		}
		if err := c.sample(ctx, t, rec, c.secret, c.cfg.Samples, true); err != nil {
			return nil, err
		}
	}
	rec.Millis = float64(c.now().Sub(start).Microseconds()) / 1000
	rec.Decided = c.now()
	if err := c.save(rec); err != nil {
		return nil, err
	}
	c.metrics.blobs.WithLabelValues(rec.Status.String()).Inc()
	c.metrics.blobSeconds.Observe(rec.Millis / 1000)
	c.log.Info("blob sampled", "blob", rec.ID, "status", rec.Status.String(), "confidence", rec.Confidence,
		"verified", rec.Verified, "samples", len(rec.Samples), "reason", rec.Reason)
	return &rec.BlobStatus, nil
}

// admit returns the blob's record, creating (and persisting) a pending one
// from the notice, or completing a stored one with what the notice knows.
func (c *Client) admit(n *notice) (*record, error) {
	rec, err := c.store.get(n.ID)
	if err != nil {
		return nil, err
	}
	if rec == nil || supersedable(&rec.BlobStatus) {
		first := c.now()
		if rec != nil {
			first = rec.FirstSeen
		}
		rec = &record{BlobStatus: BlobStatus{ID: n.ID, HeaderHash: n.HeaderHash, Epoch: n.Epoch, Source: n.Source,
			Status: sampler.StatusPending, FirstSeen: first}}
	}
	if rec.Status.Final() {
		return rec, nil
	}
	if rec.Certificate == nil && n.Cert != nil && rec.HeaderHash == n.HeaderHash {
		rec.Certificate = n.Cert
	}
	if rec.Core == nil && n.Core != nil && n.Core.Hash() == rec.HeaderHash {
		rec.Core = n.Core.AppendPacked(nil)
	}
	if n.OnL1 && rec.HeaderHash == n.HeaderHash && rec.CertifiedBy == "" && rec.Certificate == nil {
		rec.CertifiedBy = "l1"
	}
	return rec, c.save(rec)
}

// save persists a record and publishes its status.
func (c *Client) save(rec *record) error {
	if err := c.store.put(rec); err != nil {
		return err
	}
	st := rec.BlobStatus
	c.mu.Lock()
	c.status[rec.ID] = &st
	c.trimStatuses()
	c.mu.Unlock()
	return nil
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
