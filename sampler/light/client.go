package light

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
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

	mu       sync.Mutex
	status   map[dac.BlobID]*BlobStatus
	targets  map[dac.BlobID]*target
	inflight map[dac.BlobID]chan struct{}
	queued   map[dac.BlobID]bool
	bans     map[peer.ID]time.Time
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
		bans: map[peer.ID]time.Time{}, queue: make(chan *notice, 1024),
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
		return BlobStatus{}, false
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

// finish sets a verdict reached without sampling.
func finish(rec *record, st sampler.Status, reason string) {
	rec.Status, rec.Reason = st, reason
}

// check runs the checks that come before any sampling: the certificate
// against the L1 committee of its epoch, then the header a member serves
// against the certified hash. It returns the target to sample, or nil with
// rec holding a final verdict (invalid, expired, unavailable). onL1 says
// the contract's record vouches for the header hash. Errors are failures to
// reach L1 or ctx ending.
func (c *Client) check(ctx context.Context, rec *record, onL1 bool) (*target, error) {
	now := c.now()
	ec, members, err := c.chain.committee(ctx, rec.Epoch, now)
	switch {
	case badCommittee(err):
		finish(rec, sampler.StatusInvalid, fmt.Sprintf("committee of epoch %d: %v", rec.Epoch, err))
		return nil, nil
	case err != nil:
		return nil, err
	}
	var core *dac.HeaderCore
	if rec.Core != nil {
		core = new(dac.HeaderCore)
		if err := core.SetPacked(rec.Core); err != nil || core.Hash() != rec.HeaderHash {
			finish(rec, sampler.StatusInvalid, "certified header core does not hash to the header hash")
			return nil, nil
		}
	}
	switch {
	case rec.Certificate != nil:
		if err := sampler.CheckCertificate(rec.HeaderHash, rec.Certificate, c.chain.keys(ec)); err != nil {
			c.log.Warn("invalid certificate", "blob", rec.ID, "err", err)
			finish(rec, sampler.StatusInvalid, err.Error())
			return nil, nil
		}
		rec.CertifiedBy = "bls"
	case onL1:
		rec.CertifiedBy = "l1"
	default:
		finish(rec, sampler.StatusInvalid, "no certificate")
		return nil, nil
	}
	if core != nil {
		if core.ChainID != c.cfg.ChainID {
			finish(rec, sampler.StatusInvalid, fmt.Sprintf("header for chain %d", core.ChainID))
			return nil, nil
		}
		if int64(min(core.Expiry, 1<<62)) < now.Unix() {
			finish(rec, sampler.StatusExpired, fmt.Sprintf("expired at %d", core.Expiry))
			return nil, nil
		}
	}
	cust, err := members.Custody()
	if err != nil {
		finish(rec, sampler.StatusInvalid, err.Error())
		return nil, nil
	}
	t := &target{members: members, assign: cust.Assign(rec.ID), certifiedBy: rec.CertifiedBy}
	for _, m := range members.Members {
		t.peers = append(t.peers, peer.AddrInfo{ID: m.PeerID, Addrs: m.Addrs})
	}
	h, err := c.header(ctx, rec, t, core)
	if err != nil || h == nil {
		return nil, err
	}
	t.header = h
	rec.K = int(h.Core.K)
	return t, nil
}

// header returns the validated header of the blob: the stored one, or one
// fetched from a member (asking each in turn, then again every
// RetryInterval until the deadline). It returns nil with a verdict in rec
// when the certified header is itself invalid or expired, or no member
// serves it in time.
func (c *Client) header(ctx context.Context, rec *record, t *target, core *dac.HeaderCore) (*dac.Header, error) {
	policy := func() dac.HeaderPolicy {
		p := dac.HeaderPolicy{ChainID: c.cfg.ChainID, Epoch: rec.Epoch, MaxRows: c.cfg.MaxRows,
			Members: len(t.members.Members), Now: c.now(), MaxRetention: 100 * 365 * 24 * time.Hour, KZG: c.kzg}
		rand.Read(p.Seed[:]) // never fails (crypto/rand)
		return p
	}
	verdict := func(err error) (*dac.Header, error) {
		if errors.Is(err, dac.ErrExpiry) {
			finish(rec, sampler.StatusExpired, err.Error())
		} else {
			finish(rec, sampler.StatusInvalid, err.Error())
		}
		c.log.Warn("certified header rejected", "blob", rec.ID, "err", err)
		return nil, nil
	}
	if rec.Header != nil {
		var h dac.Header
		if err := h.UnmarshalBinary(rec.Header); err == nil {
			got, err := sampler.CheckHeader(&h, rec.HeaderHash, core, policy())
			if err == nil {
				return got, nil
			}
			if errors.Is(err, sampler.ErrCertifiedHeader) {
				return verdict(err)
			}
		}
		rec.Header = nil // unusable: fetch it again
	}
	deadline := c.now().Add(c.cfg.Deadline.D())
	n := len(t.peers)
	start := int(rec.ID[0]) % n // spread header fetches over the members
	for attempt := 0; ; attempt++ {
		for i := range n {
			m := (start + i) % n
			if c.banned(t.peers[m].ID) {
				continue
			}
			cols := t.assign.Columns(m)
			if len(cols) == 0 {
				continue
			}
			// The protocol has no header-only request: ask for one random
			// cell the member holds (any row when the certified core gives
			// k, else row 0), so that no fixed cell can be withheld to
			// keep the header from us.
			row := 0
			if core != nil && core.K >= 1 && core.K <= dac.MaxEncodedRows {
				row = mrand.IntN(2 * int(core.K))
			}
			cell := []wire.CellRef{{Row: uint16(row), Col: uint8(cols[mrand.IntN(len(cols))])}}
			h, _, bytes, err := c.fetch.ask(ctx, t.peers[m], rec.ID, cell)
			rec.Bytes += bytes
			c.metrics.bytes.Add(float64(bytes))
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				c.peerFailure(rec.ID, m, t.peers[m].ID, err)
				continue
			}
			got, err := sampler.CheckHeader(h, rec.HeaderHash, core, policy())
			if err == nil {
				rec.Header, _ = got.MarshalBinary()
				return got, nil
			}
			if errors.Is(err, sampler.ErrCertifiedHeader) {
				return verdict(err)
			}
			c.log.Warn("member served another header", "blob", rec.ID, "member", m, "peer", t.peers[m].ID.String(), "err", err)
		}
		if !c.now().Before(deadline) {
			finish(rec, sampler.StatusUnavailable, "no member served the certified header")
			return nil, nil
		}
		if err := sleep(ctx, min(c.cfg.RetryInterval.D(), deadline.Sub(c.now()))); err != nil {
			return nil, err
		}
	}
}

// sample runs rounds until every position is verified or the deadline
// passes. persist saves the record after each round (so a restart resumes
// with what was verified).
func (c *Client) sample(ctx context.Context, t *target, rec *record, secret sampler.Secret, s int, persist bool) error {
	id := rec.ID
	k := int(t.header.Core.K)
	positions, err := sampler.Positions(secret, id, k, min(s, 2*k*sampler.Columns))
	if err != nil {
		finish(rec, sampler.StatusInvalid, err.Error())
		return nil
	}
	var verified []bool
	if len(rec.Samples) == len(positions) {
		verified = make([]bool, len(positions))
		for i, smp := range rec.Samples {
			if smp.Position != positions[i] {
				verified = nil // another secret or s: start over
				break
			}
			verified[i] = smp.Verified
		}
	}
	if verified == nil {
		rec.Samples = make([]Sample, len(positions))
		for i, p := range positions {
			rec.Samples[i] = Sample{Position: p, Member: -1}
		}
	}
	prog, err := sampler.NewProgress(positions, verified)
	if err != nil {
		return err
	}
	deadline := c.now().Add(c.cfg.Deadline.D())
	exclude := func(m int) bool { return c.banned(t.peers[m].ID) }
	for {
		st := prog.Decide(!c.now().Before(deadline))
		if st != sampler.StatusPending {
			rec.Status = st
			if st == sampler.StatusUnavailable {
				miss := prog.Missing()
				rec.Reason = fmt.Sprintf("%d of %d samples not served valid before the deadline, first %v", len(miss), len(positions), miss[0])
			}
			return nil
		}
		reqs := prog.Plan(t.assign, exclude)
		if len(reqs) == 0 {
			if err := sleep(ctx, min(c.cfg.RetryInterval.D(), deadline.Sub(c.now()))); err != nil {
				return err
			}
			prog.NextCycle()
			continue
		}
		resps, n := c.fetch.round(ctx, id, reqs, t.peers)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		vstart := time.Now()
		round := prog.Apply(c.kzg, t.header, resps)
		c.metrics.verifySeconds.Observe(time.Since(vstart).Seconds())
		rec.Rounds++
		rec.Bytes += n
		c.metrics.bytes.Add(float64(n))
		c.account(rec, t, resps, round)
		if persist {
			if err := c.save(rec); err != nil {
				return err
			}
		}
	}
}

// account records a round's outcome in the record, the metrics, the log
// and the peers' standing.
func (c *Client) account(rec *record, t *target, resps []sampler.Response, round sampler.Round) {
	servedBy := map[int]int{}
	for _, r := range resps {
		if r.Err == nil {
			for _, i := range r.Positions {
				servedBy[i] = r.Member
			}
		}
	}
	for _, i := range round.Verified {
		m := servedBy[i]
		rec.Samples[i].Verified, rec.Samples[i].Member, rec.Samples[i].Peer = true, m, t.peers[m].ID.String()
	}
	c.metrics.samples.WithLabelValues("verified").Add(float64(len(round.Verified)))
	for _, b := range round.Bad {
		p := t.peers[b.Member].ID
		rec.BadCells = append(rec.BadCells, BadCell{Position: b.Position, Member: b.Member, Peer: p.String(), Error: b.Cause.Error()})
		c.ban(p)
		c.metrics.samples.WithLabelValues("bad").Inc()
		c.log.Warn("peer served an invalid cell", "blob", rec.ID, "member", b.Member, "peer", p.String(),
			"row", b.Position.Row, "col", b.Position.Col, "err", b.Cause)
	}
	for _, f := range round.Failed {
		c.metrics.samples.WithLabelValues("failed").Add(float64(f.Cells))
		c.peerFailure(rec.ID, f.Member, t.peers[f.Member].ID, f.Err)
	}
	n := 0
	for _, s := range rec.Samples {
		if s.Verified {
			n++
		}
	}
	rec.Verified, rec.Confidence = n, sampler.Confidence(n)
}

// peerFailure counts and logs a request that brought nothing back.
func (c *Client) peerFailure(id dac.BlobID, member int, p peer.ID, err error) {
	reason := "error"
	var rej *wire.RejectError
	switch {
	case errors.As(err, &rej):
		reason = rej.Code.String()
	case errors.Is(err, context.DeadlineExceeded):
		reason = "timeout"
	case errors.Is(err, p2p.ErrBadResponse), errors.Is(err, sampler.ErrResponse):
		reason = "bad_response"
	}
	c.metrics.peerFailures.WithLabelValues(reason).Inc()
	c.log.Debug("custodian failed", "blob", id, "member", member, "peer", p.String(), "err", err)
}

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
