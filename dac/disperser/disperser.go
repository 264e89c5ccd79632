package disperser

import (
	"context"
	"crypto/sha256"
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

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/gossip"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/kzg"
)

// Deps are what a Disperser needs besides its Config.
type Deps struct {
	// Committee gives the committee to disperse to. Required.
	Committee CommitteeSource
	// Identity is the libp2p identity (its peer ID must be in the
	// members' authorized dispersers); nil generates a fresh one.
	Identity crypto.PrivKey
	// Transport, when set, replaces the libp2p transport (no host is
	// started); tests use it to put faults between disperser and members.
	Transport Transport
	// Certifier submits certificates to L1; nil means L1 submission is
	// unavailable and Config.L1Mode must be off.
	Certifier Certifier
	// Certifications and Committees let Get rebuild a blob this
	// disperser has forgotten without trusting the members' word for its
	// header: the header must hash to the L1 certification's header hash,
	// and the custodians asked are those of the certified epoch
	// (retrieve.Retriever does it). Both nil with an *L1Certifier: its
	// contract serves them. Without them a forgotten blob's header comes
	// from the custodians, bound by the blob ID only.
	Certifications retrieve.Certifications
	Committees     retrieve.Committees
	// KZG encodes blobs and verifies cells; nil means kzg.Default().
	KZG *kzg.Context
	// Registry receives the metrics and backs /metrics; nil keeps them
	// unexported.
	Registry *prometheus.Registry
	// Logger is the structured log; nil discards.
	Logger *slog.Logger
	// Now is the clock for expiries; nil means time.Now.
	Now func() time.Time
}

// Disperser is the rollup-facing service: it encodes blobs, disperses
// them to the committee over libp2p, aggregates the members' signatures
// into certificates, optionally certifies them on L1, and rebuilds blobs
// from custodians on retrieval. Its Go methods (Put, Get, Status,
// Certificate) are what the HTTP API serves.
type Disperser struct {
	cfg     Config
	host    host.Host
	tr      Transport
	src     CommitteeSource
	kzg     *kzg.Context
	certify Certifier
	idx     *index
	// certs and epochs check forgotten blobs (Deps.Certifications,
	// Deps.Committees); l1 is the contract they come from when derived
	// from an *L1Certifier.
	certs    retrieve.Certifications
	epochs   retrieve.Committees
	l1       *l1.Committee
	metrics  *metrics
	registry *prometheus.Registry
	log      *slog.Logger
	now      func() time.Time

	queue chan *job
	// encoderSlots is the pipeline's encoder semaphore (nil when
	// sequential): a job holds a slot only while it encodes.
	encoderSlots chan struct{}
	encoding     atomic.Int64  // blobs being encoded now
	encodingPeak atomic.Int64  // the most encoded at once
	uploads      byteBudget    // request bodies held (MaxUploadBytes)
	getters      perIP         // GETs running per client (MaxGetsPerIP)
	gate         *gate         // who may upload (Config.Auth)
	unknown      negativeCache // IDs no custodian held (NegativeCacheTTL)
	late         byteBudget    // columns held for late members (MaxLateBytes)
	retrievals   chan struct{} // semaphore: GETs rebuilding blobs
	flightMu     sync.Mutex
	flights      map[[32]byte]*job
	queued       atomic.Int64
	running      atomic.Int64
	ctx          context.Context // lives until Close
	cancel       context.CancelFunc
	background   sync.WaitGroup // workers and work that outlives a request

	resume []*record // L1 submissions restored pending, started by New

	topic *gossip.Topic // nil without a host or with Announce off

	// tamperArchive, set only by tests, rewrites the archive shards
	// before their root is computed (a disperser that lies).
	tamperArchive func(shards [][]byte)

	httpLn  net.Listener
	httpSrv *http.Server

	closeOnce sync.Once
	closeErr  error
	closed    atomic.Bool
}

// New builds a disperser from a validated configuration: it starts the
// libp2p host (unless deps.Transport is set), the dispersal workers and
// binds the HTTP listener (served by Run). Close releases everything.
func New(cfg Config, deps Deps) (*Disperser, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("disperser: config: %w", err)
	}
	if deps.Committee == nil {
		return nil, errors.New("disperser: a committee source is required")
	}
	if cfg.L1Mode != api.L1Off && deps.Certifier == nil {
		return nil, fmt.Errorf("disperser: l1_mode %s needs an L1 certifier", cfg.L1Mode)
	}
	d := &Disperser{
		cfg:          cfg,
		tr:           deps.Transport,
		src:          deps.Committee,
		kzg:          deps.KZG,
		certify:      deps.Certifier,
		certs:        deps.Certifications,
		epochs:       deps.Committees,
		idx:          newIndex(cfg.MaxRecords),
		metrics:      newMetrics(deps.Registry),
		registry:     deps.Registry,
		log:          deps.Logger,
		now:          deps.Now,
		queue:        make(chan *job, cfg.QueueSize),
		encoderSlots: newEncoderSlots(&cfg),
		retrievals:   make(chan struct{}, cfg.MaxRetrievals),
		flights:      map[[32]byte]*job{},
		uploads:      byteBudget{limit: cfg.MaxUploadBytes},
		late:         byteBudget{limit: cfg.MaxLateBytes},
		getters:      perIP{max: cfg.MaxGetsPerIP, open: map[string]int{}},
		gate:         newGate(cfg.Auth, time.Now),
		unknown:      negativeCache{ttl: cfg.NegativeCacheTTL.D(), until: map[dac.BlobID]time.Time{}},
	}
	if l, ok := deps.Certifier.(*L1Certifier); ok && d.certs == nil && d.epochs == nil {
		d.certs, d.l1 = l.c, l.c
	}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	if d.now == nil {
		d.now = time.Now
	}
	if d.kzg == nil {
		k, err := kzg.Default()
		if err != nil {
			return nil, fmt.Errorf("disperser: kzg: %w", err)
		}
		d.kzg = k
	}
	if cfg.DataDir != "" {
		st, err := openStore(cfg.DataDir, d.log)
		if err != nil {
			return nil, err
		}
		d.idx.disk = st
		if err := d.restore(); err != nil {
			st.close()
			return nil, err
		}
	}
	fail := func() {
		if d.idx.disk != nil {
			d.idx.disk.close()
		}
	}
	if d.tr == nil {
		id := deps.Identity
		if id == nil {
			var err error
			if id, err = p2p.GenerateIdentity(); err != nil {
				fail()
				return nil, fmt.Errorf("disperser: identity: %w", err)
			}
		}
		h, err := p2p.NewHost(id, cfg.Listen, cfg.Limits)
		if err != nil {
			fail()
			return nil, fmt.Errorf("disperser: %w", err)
		}
		d.host = h
		d.tr = NewP2P(h, d.kzg, cfg.MaxRows)
	}
	if cfg.HTTPAddr != "" {
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			if d.host != nil {
				d.host.Close()
			}
			fail()
			return nil, fmt.Errorf("disperser: http: %w", err)
		}
		d.httpLn = newIPLimiter(ln, cfg.MaxConnsPerIP, func() { d.metrics.refusals.WithLabelValues("conns_per_ip").Inc() })
		// No whole-request ReadTimeout or WriteTimeout: bodies get
		// deadlines by their size (admit.go), which a fixed timeout could
		// not give both a 100-byte and a 30 MB body.
		d.httpSrv = &http.Server{Handler: d.Handler(), ReadHeaderTimeout: cfg.ClientGrace.D(),
			IdleTimeout: cfg.IdleTimeout.D(), MaxHeaderBytes: 64 << 10}
	}
	d.ctx, d.cancel = context.WithCancel(context.Background())
	if d.host != nil && cfg.Announce {
		if err := d.startAnnouncer(); err != nil {
			d.cancel()
			d.host.Close()
			if d.httpLn != nil {
				d.httpLn.Close()
			}
			fail()
			return nil, fmt.Errorf("disperser: %w", err)
		}
	}
	d.metrics.stageSlots.WithLabelValues(stageEncode).Set(float64(cfg.encoders()))
	d.metrics.stageSlots.WithLabelValues(stageDisperse).Set(float64(cfg.workers()))
	for range cfg.workers() {
		d.background.Add(1)
		go d.worker()
	}
	d.resumeL1()
	d.log.Info("disperser started", "version", version.String(), "peer", d.PeerID(), "http", d.HTTPAddr(), "workers", cfg.workers(),
		"scheduling", cfg.Scheduling, "encoders", cfg.encoders(), "queue", cfg.QueueSize, "l1_mode", cfg.L1Mode)
	return d, nil
}

// PeerID returns the disperser's libp2p peer ID ("" with a custom
// transport).
func (d *Disperser) PeerID() peer.ID {
	if d.host == nil {
		return ""
	}
	return d.host.ID()
}

// Host returns the libp2p host, or nil with a custom transport.
func (d *Disperser) Host() host.Host { return d.host }

// HTTPAddr returns the bound HTTP address, or "" when HTTP is disabled.
func (d *Disperser) HTTPAddr() string {
	if d.httpLn == nil {
		return ""
	}
	return d.httpLn.Addr().String()
}

// Run serves HTTP until ctx is done, then closes the disperser. Without
// an HTTP address it just waits for ctx. It returns nil after a clean
// shutdown.
func (d *Disperser) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	if d.httpSrv != nil {
		go func() {
			if err := d.httpSrv.Serve(d.httpLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- err
			}
		}()
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
		err = fmt.Errorf("disperser: http: %w", err)
	}
	d.log.Info("disperser stopping")
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// Close stops the HTTP server, cancels dispersals and retrievals in
// flight, waits for background work and closes the host. It is safe to
// call more than once.
func (d *Disperser) Close() error {
	d.closeOnce.Do(func() {
		d.closed.Store(true)
		var errs []error
		if d.httpSrv != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if err := d.httpSrv.Shutdown(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errs = append(errs, err)
			}
			cancel()
			d.httpLn.Close()
		}
		d.cancel()
		d.background.Wait()
		errs = append(errs, d.closeAnnouncer())
		if d.host != nil {
			errs = append(errs, d.host.Close())
		}
		if d.idx.disk != nil {
			errs = append(errs, d.idx.disk.close())
		}
		d.closeErr = errors.Join(errs...)
	})
	return d.closeErr
}

// contentKey identifies blob bytes for de-duplication.
func contentKey(data []byte) [32]byte { return sha256.Sum256(data) }
