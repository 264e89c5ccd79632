package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/kzg"
)

// Errors returned by New and Node methods.
var (
	// ErrClosed is returned by Healthy once the node is shutting down.
	ErrClosed = errors.New("node: closed")
	// ErrNotMember is reported by Healthy when the node's BLS key is not in
	// the current committee: it can serve what it stores but attest
	// nothing. It clears when the committee changes to include it.
	ErrNotMember = errors.New("node: not a member of the current committee")
)

// Deps are what a Node needs besides its Config: keys, where the committee
// comes from, and optional plumbing.
type Deps struct {
	// Key is the member's BLS secret key (from its EIP-2335 keystore).
	Key *bls.SecretKey
	// Identity is the libp2p identity whose peer ID is registered on L1.
	Identity crypto.PrivKey
	// Committee is where the committee is read and followed.
	Committee p2p.CommitteeSource
	// KZG verifies cells and parity extensions; nil means kzg.Default().
	KZG *kzg.Context
	// Registry receives the node's metrics and backs /metrics; nil keeps
	// them unexported.
	Registry *prometheus.Registry
	// Logger is the structured log; nil discards.
	Logger *slog.Logger
	// Now is the clock; nil means time.Now. Tests move it.
	Now func() time.Time
}

// epochState is the committee the node currently serves, with what it
// derives from it. It is replaced whole, never mutated.
type epochState struct {
	c       *p2p.Committee
	self    int // the node's member index, -1 when not a member
	custody dac.Custody
	peers   map[peer.ID]bool // the members' peer IDs
	keys    []bls.PublicKey  // the members' keys, in member order
	// prev is the previous epoch's state (from the committee's Previous),
	// nil when the source gave none or it was invalid; its own prev is nil.
	prev *epochState
}

// newEpochState derives what the node serves from committee c for the
// member with key pub. Call it on a validated committee.
func newEpochState(c *p2p.Committee, pub bls.PublicKey) (*epochState, error) {
	cust, err := c.Custody()
	if err != nil {
		return nil, err
	}
	st := &epochState{c: c, self: c.IndexOf(pub), custody: cust, peers: make(map[peer.ID]bool, len(c.Members))}
	for _, m := range c.Members {
		st.peers[m.PeerID] = true
		st.keys = append(st.keys, m.PublicKey)
	}
	return st, nil
}

// forEpoch returns the state a dispersal of a header of epoch is admitted
// under at now: the previous epoch's while the committee contract still
// accepts its certificates (Committee.Accepts, the contract's rotation
// window rule) and this node was one of its members; otherwise st itself,
// whose policy refuses any other epoch with wrong_epoch.
func (st *epochState) forEpoch(epoch uint64, now time.Time) *epochState {
	if p := st.prev; p != nil && epoch == p.c.Epoch && p.self >= 0 && p.c.Accepts(now) {
		return p
	}
	return st
}

// verifying returns the committee whose keys check a certificate of epoch
// at now: the current one, or the previous one while the contract still
// accepts its certificates (membership of this node does not matter), or
// nil.
func (st *epochState) verifying(epoch uint64, now time.Time) *epochState {
	switch p := st.prev; {
	case epoch == st.c.Epoch:
		return st
	case p != nil && epoch == p.c.Epoch && p.c.Accepts(now):
		return p
	}
	return nil
}

// Node is a committee storage node: a libp2p host serving
// /quire/disperse/1 and /quire/cells/1 over a badger store, following its
// committee, with Prometheus metrics and a health endpoint.
type Node struct {
	cfg       Config
	key       *bls.SecretKey
	pub       bls.PublicKey
	host      host.Host
	store     *Store
	kzg       *kzg.Context
	src       p2p.CommitteeSource
	state     atomic.Pointer[epochState]
	allowed   map[peer.ID]bool
	quotas    map[peer.ID]int64 // bytes each disperser may hold here (0: no quota)
	limiter   *peerLimiter
	disperses chan struct{} // semaphore: dispersals in flight
	writes    chan struct{} // semaphore: store writes in flight, even past PutTimeout
	reads     *readSlots    // who may start a read now
	metrics   *metrics
	registry  *prometheus.Registry
	log       *slog.Logger
	now       func() time.Time

	httpLn  net.Listener
	httpSrv *http.Server

	lastStats atomic.Pointer[StoreStats] // as of the last maintenance pass

	handlers sync.WaitGroup // stream handlers in flight
	closed   atomic.Bool
	diskFull atomic.Bool // the store is below its free-space watermark (logged on change)

	statusMu  sync.Mutex // one GET /status count at a time
	status    StoreStats // the last count, taken at statusAt
	statusAt  time.Time
	closeOnce sync.Once
	closeErr  error
}

// New builds a node from a validated configuration: it opens the store,
// reads the current committee, starts the libp2p host with the stream
// handlers and binds the HTTP listener. Serve with Run; Close releases
// everything (Run does it on return).
func New(ctx context.Context, cfg Config, deps Deps) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("node: config: %w", err)
	}
	if deps.Key == nil || deps.Identity == nil || deps.Committee == nil {
		return nil, errors.New("node: Key, Identity and Committee are required")
	}
	n := &Node{
		cfg:       cfg,
		key:       deps.Key,
		pub:       deps.Key.PublicKey(),
		src:       deps.Committee,
		kzg:       deps.KZG,
		allowed:   map[peer.ID]bool{},
		quotas:    map[peer.ID]int64{},
		limiter:   newPeerLimiter(cfg.Limits),
		disperses: make(chan struct{}, cfg.Limits.MaxConcurrentDispersals),
		writes:    make(chan struct{}, cfg.Limits.MaxConcurrentDispersals),
		reads:     newReadSlots(cfg.Limits.MaxConcurrentReads, cfg.Limits.ReservedReads, cfg.Limits.MaxReadsPerPeer),
		metrics:   newMetrics(registerer(deps.Registry)),
		registry:  deps.Registry,
		log:       deps.Logger,
		now:       deps.Now,
	}
	if n.log == nil {
		n.log = slog.New(slog.DiscardHandler)
	}
	if n.now == nil {
		n.now = time.Now
	}
	if n.kzg == nil {
		k, err := kzg.Default()
		if err != nil {
			return nil, fmt.Errorf("node: kzg: %w", err)
		}
		n.kzg = k
	}
	for _, d := range cfg.Dispersers {
		id, _ := peer.Decode(d) // Validate checked it
		n.allowed[id] = true
		n.quotas[id] = cfg.DisperserQuotaBytes
		if q, ok := cfg.DisperserQuotas[d]; ok {
			n.quotas[id] = q
		}
	}
	c, err := n.src.Committee(ctx)
	if err != nil {
		return nil, fmt.Errorf("node: read committee: %w", err)
	}
	if err := n.setCommittee(c); err != nil {
		return nil, err
	}

	n.store, err = OpenStore(cfg.Store, n.log)
	if err != nil {
		return nil, err
	}
	n.host, err = p2p.NewHost(deps.Identity, cfg.Listen, cfg.Limits)
	if err != nil {
		n.store.Close()
		return nil, err
	}
	n.host.SetStreamHandler(wire.ProtocolDisperse, n.handleDisperse)
	n.host.SetStreamHandler(wire.ProtocolCells, n.handleCells)
	n.host.SetStreamHandler(wire.ProtocolCellsV2, n.handleCellsV2)
	n.host.SetStreamHandler(wire.ProtocolArchive, n.handleArchive)

	if cfg.HTTPAddr != "" {
		n.httpLn, err = net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			n.host.Close()
			n.store.Close()
			return nil, fmt.Errorf("node: http: %w", err)
		}
		n.httpSrv = &http.Server{Handler: n.HTTPHandler(), ReadHeaderTimeout: 10 * time.Second}
	}
	st := n.state.Load()
	addrs := make([]string, 0, len(n.host.Addrs()))
	for _, a := range n.host.Addrs() {
		addrs = append(addrs, a.String())
	}
	n.log.Info("node started", "version", version.String(), "peer", n.host.ID().String(), "addrs", addrs, "epoch", st.c.Epoch,
		"member", st.self, "members", len(st.c.Members), "store", storeDesc(cfg.Store))
	for _, w := range StartupWarnings(cfg, st.self, st.c.Epoch) {
		n.log.Warn(w)
	}
	return n, nil
}

func registerer(r *prometheus.Registry) prometheus.Registerer {
	if r == nil {
		return nil
	}
	return r
}

func storeDesc(c StoreConfig) string {
	if c.InMemory {
		return "memory"
	}
	return c.Dir
}

// setCommittee validates c and makes it the committee served.
func (n *Node) setCommittee(c *p2p.Committee) error {
	if err := c.Validate(); err != nil {
		return err
	}
	st, err := newEpochState(c, n.pub)
	if err != nil {
		return err
	}
	if p := c.Previous; p != nil {
		// The previous epoch only widens what is admitted: a bad one is
		// logged and ignored, never a reason to refuse the current one.
		if p.Epoch+1 != c.Epoch {
			n.log.Warn("ignoring previous committee", "epoch", c.Epoch, "previous", p.Epoch, "err", "not the epoch before")
		} else if err := p.Validate(); err != nil {
			n.log.Warn("ignoring previous committee", "epoch", c.Epoch, "previous", p.Epoch, "err", err)
		} else if st.prev, err = newEpochState(p, n.pub); err != nil {
			n.log.Warn("ignoring previous committee", "epoch", c.Epoch, "previous", p.Epoch, "err", err)
		}
	}
	if st.self >= 0 && n.host != nil && c.Members[st.self].PeerID != n.host.ID() {
		n.log.Warn("committee lists another peer ID for this node's key",
			"member", st.self, "peer", c.Members[st.self].PeerID)
	}
	n.state.Store(st)
	n.metrics.epoch.Set(float64(c.Epoch))
	n.metrics.member.Set(0)
	if st.self >= 0 {
		n.metrics.member.Set(1)
	}
	return nil
}

// Host returns the node's libp2p host.
func (n *Node) Host() host.Host { return n.host }

// AddrInfo returns the node's peer ID and listen addresses.
func (n *Node) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}
}

// Store returns the node's store (for tools and tests).
func (n *Node) Store() *Store { return n.store }

// HTTPAddr returns the bound metrics/health address, or "" when disabled.
func (n *Node) HTTPAddr() string {
	if n.httpLn == nil {
		return ""
	}
	return n.httpLn.Addr().String()
}

// Run serves until ctx is done, following the committee and running store
// maintenance, then closes the node. It returns nil after a clean
// shutdown, or the error that stopped it.
func (n *Node) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := n.follow(ctx); err != nil && ctx.Err() == nil {
			errc <- fmt.Errorf("node: committee source: %w", err)
		}
	}()
	go func() {
		defer wg.Done()
		n.maintain(ctx)
	}()
	stopGossip := n.startGossip(ctx)
	if n.httpSrv != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := n.httpSrv.Serve(n.httpLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("node: http: %w", err)
			}
		}()
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	n.log.Info("node stopping")
	cancel()
	if n.httpSrv != nil {
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		n.httpSrv.Shutdown(sctx)
		scancel()
	}
	wg.Wait()
	stopGossip()
	if cerr := n.Close(); err == nil {
		err = cerr
	}
	return err
}

// follow applies every committee change from the source.
func (n *Node) follow(ctx context.Context) error {
	return n.src.Watch(ctx, func(c *p2p.Committee) {
		old := n.state.Load()
		if err := n.setCommittee(c); err != nil {
			n.log.Error("refusing committee", "epoch", c.Epoch, "err", err)
			return
		}
		st := n.state.Load()
		n.log.Info("committee changed", "epoch", c.Epoch, "from_epoch", old.c.Epoch,
			"member", st.self, "members", len(c.Members), "threshold", c.Threshold)
	})
}

// maintain runs value-log GC and disk and blob accounting every
// GCInterval, hands value-log pages back every PageOutInterval, and counts
// peers and prunes the rate limiter every few seconds.
func (n *Node) maintain(ctx context.Context) {
	gc := time.NewTicker(n.cfg.Store.GCInterval.D())
	defer gc.Stop()
	fast := time.NewTicker(5 * time.Second)
	defer fast.Stop()
	var pageOut <-chan time.Time
	if d := n.cfg.Store.PageOutInterval.D(); d > 0 && !n.cfg.Store.InMemory {
		t := time.NewTicker(d)
		defer t.Stop()
		pageOut = t.C
	}
	n.account()
	for {
		select {
		case <-ctx.Done():
			return
		case <-pageOut:
			if _, err := n.store.PageOut(); err != nil {
				n.log.Debug("page out", "err", err)
			}
		case <-fast.C:
			n.metrics.peers.Set(float64(len(n.host.Network().Peers())))
			n.checkSpace()
			n.limiter.prune(n.now())
		case <-gc.C:
			rewrites, err := n.store.RunGC(16)
			if err != nil {
				n.log.Warn("value log gc", "err", err)
			}
			n.metrics.gcRewrites.Add(float64(rewrites))
			n.account()
		}
	}
}

// account refreshes the disk, blob and tier gauges, and logs the hot and
// archive bytes held when they changed.
func (n *Node) account() {
	if du, err := n.store.DiskUsage(); err == nil {
		n.metrics.diskBytes.Set(float64(du))
	} else {
		n.log.Warn("disk usage", "err", err)
	}
	if c, err := n.store.CountBlobs(); err == nil {
		n.metrics.blobs.Set(float64(c))
	}
	st, err := n.Stats()
	if err != nil {
		n.log.Warn("store stats", "err", err)
		return
	}
	n.metrics.hotBytes.Set(float64(st.HotBytes))
	n.metrics.archiveBytes.Set(float64(st.ArchiveBytes))
	n.metrics.archiveShards.Set(float64(st.ArchiveShards))
	if old := n.lastStats.Swap(&st); old == nil || *old != st {
		n.log.Info("store", "hot_blobs", st.Blobs, "hot_bytes", st.HotBytes,
			"archive_shards", st.ArchiveShards, "archive_bytes", st.ArchiveBytes)
	}
}

// Stats counts what the store holds live now, hot and archive tiers apart
// (see Store.Stats).
func (n *Node) Stats() (StoreStats, error) { return n.store.Stats(n.now()) }

// statusCacheFor is how long GET /status reuses one count of the store:
// counting walks every record, so a client polling in a loop must not
// make the node walk its store on every request.
const statusCacheFor = 5 * time.Second

// statusStats is Stats for GET /status: one count serves every request
// for statusCacheFor, and concurrent requests wait for one count instead
// of each making their own.
func (n *Node) statusStats() (StoreStats, error) {
	n.statusMu.Lock()
	defer n.statusMu.Unlock()
	now := n.now()
	if !n.statusAt.IsZero() && now.Sub(n.statusAt) < statusCacheFor && now.After(n.statusAt.Add(-time.Second)) {
		return n.status, nil
	}
	st, err := n.Stats()
	if err != nil {
		return st, err
	}
	n.status, n.statusAt = st, now
	return st, nil
}

// Close stops the host, waits for in-flight handlers and closes the store.
// It is safe to call more than once.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		n.closed.Store(true)
		n.host.RemoveStreamHandler(wire.ProtocolDisperse)
		n.host.RemoveStreamHandler(wire.ProtocolCells)
		n.host.RemoveStreamHandler(wire.ProtocolCellsV2)
		n.host.RemoveStreamHandler(wire.ProtocolArchive)
		herr := n.host.Close()
		n.handlers.Wait()
		if n.httpLn != nil {
			n.httpLn.Close()
		}
		serr := n.store.Close()
		n.closeErr = errors.Join(herr, serr)
	})
	return n.closeErr
}

// Health is the /healthz report.
type Health struct {
	Status  string `json:"status"` // "ok" or the problem
	Epoch   uint64 `json:"epoch"`
	Member  int    `json:"member"` // -1 when not a member
	Members int    `json:"members"`
	Peers   int    `json:"peers"`
	PeerID  string `json:"peer_id"`
	// Store is what the store held at the last maintenance pass, hot and
	// archive tiers apart (GET /status counts afresh).
	Store *StoreStats `json:"store,omitempty"`
	// The build answering: version, commit and go_version.
	version.Info
}

// Healthy returns nil when the node can do its job: not closed, a member
// of its current committee, listening, and its store answering reads.
func (n *Node) Healthy() error {
	if n.closed.Load() {
		return ErrClosed
	}
	st := n.state.Load()
	if st.self < 0 {
		return fmt.Errorf("%w (epoch %d)", ErrNotMember, st.c.Epoch)
	}
	if len(n.host.Addrs()) == 0 {
		return errors.New("node: not listening")
	}
	if _, err := n.store.Blob(dac.BlobID{}); err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("node: store: %w", err)
	}
	if err := n.store.SpaceError(); err != nil {
		return err
	}
	return nil
}

// checkSpace reads the store's free space, exports it, and logs when the
// store crosses the watermark either way.
func (n *Node) checkSpace() {
	err := n.store.SpaceError()
	n.metrics.diskFree.Set(float64(n.store.disk.freeSpace()))
	full := err != nil
	if n.diskFull.Swap(full) != full {
		if full {
			n.log.Error("store refuses writes", "err", err)
		} else {
			n.log.Info("store accepts writes again: free space above the watermark")
		}
	}
}

// putWithin writes d, waiting at most the store's PutTimeout. A write
// still running then finishes in the background while holding a write
// slot, so a wedged disk cannot pile writes up: with every slot held,
// dispersals are refused at once.
func (n *Node) putWithin(d *Dispersal) (PutResult, error) {
	select {
	case n.writes <- struct{}{}:
	default:
		return PutResult{}, fmt.Errorf("node: %d store writes still pending past put_timeout", cap(n.writes))
	}
	type result struct {
		res PutResult
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-n.writes }()
		res, err := n.store.Put(d)
		done <- result{res, err}
	}()
	t := time.NewTimer(n.cfg.Store.PutTimeout.D())
	defer t.Stop()
	select {
	case r := <-done:
		return r.res, r.err
	case <-t.C:
		return PutResult{}, fmt.Errorf("node: store write did not finish within %v", n.cfg.Store.PutTimeout.D())
	}
}

// HTTPHandler serves /metrics, /healthz and /status (StoreStats: the hot
// and archive bytes held now).
func (n *Node) HTTPHandler() http.Handler {
	mux := http.NewServeMux()
	reg := n.registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		st := n.state.Load()
		h := Health{Status: "ok", Epoch: st.c.Epoch, Member: st.self, Members: len(st.c.Members),
			Peers: len(n.host.Network().Peers()), PeerID: n.host.ID().String(), Store: n.lastStats.Load(),
			Info: version.Get()}
		code := http.StatusOK
		if err := n.Healthy(); err != nil {
			h.Status, code = err.Error(), http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(h)
	})
	mux.HandleFunc("/status", func(w http.ResponseWriter, r *http.Request) {
		st, err := n.statusStats()
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		json.NewEncoder(w).Encode(st)
	})
	return mux
}
