package retrieve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Retriever fetches certified blobs from committee members and checks
// everything it returns. It is safe for concurrent use.
type Retriever struct {
	cfg  Config
	deps Deps
	kzg  *kzg.Context
	log  *slog.Logger
	now  func() time.Time

	mu     sync.Mutex
	epochs map[uint64]cachedCommittee
}

type cachedCommittee struct {
	c  *p2p.Committee
	at time.Time
}

// New returns a Retriever. It fails when cfg does not validate or a
// required dependency is missing.
func New(cfg Config, deps Deps) (*Retriever, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Transport == nil || deps.Committees == nil {
		return nil, errors.New("retrieve: Deps.Transport and Deps.Committees are required")
	}
	r := &Retriever{cfg: cfg, deps: deps, kzg: deps.KZG, log: deps.Logger, now: deps.Now, epochs: map[uint64]cachedCommittee{}}
	if r.kzg == nil {
		var err error
		if r.kzg, err = kzg.Default(); err != nil {
			return nil, err
		}
	}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if r.now == nil {
		r.now = time.Now
	}
	return r, nil
}

// Progress reports a Get's progress: Done of Total pieces of Tier are in
// (columns of the hot tier, 64 needed; shards of the archive tier, k_a
// needed). Size is the blob's size once the header is known, else 0.
type Progress struct {
	Tier        Tier
	Done, Total int
	Size        int
}

type getOptions struct {
	cert     *dac.Certificate
	progress func(Progress)
}

// Option adjusts one Get.
type Option func(*getOptions)

// WithCertificate gives the blob's certificate (from an L1 transaction's
// calldata, a gossip announcement, a disperser): Get checks it with BLS
// against the committee of its epoch and then accepts only a header that
// hashes to its header hash. It takes precedence over the L1 lookup.
func WithCertificate(c *dac.Certificate) Option { return func(o *getOptions) { o.cert = c } }

// WithProgress calls fn as pieces come in, on the goroutine running Get.
func WithProgress(fn func(Progress)) Option { return func(o *getOptions) { o.progress = fn } }

// target is what the certification fixes: the header hash and the epoch.
type target struct {
	id    dac.BlobID
	hash  dac.HeaderHash
	epoch uint64
}

// Get returns blob id, checked end to end: it finds the certified header
// hash and epoch (WithCertificate, verified with BLS against that epoch's
// committee, or the L1 certification), asks the custodians of THAT
// epoch's committee for the data rows of 64 columns (data columns first,
// parity columns in place of custodians that fail), accepting only the
// certified header and cells that verify against its commitments, rebuilds
// the rows and checks them against the row commitments. When the hot tier
// cannot give the blob and Config.Archive is set, it restores the bytes
// from archive shards under the certified archive root and checks them the
// same way.
//
// Members that serve bad data are named (Blob.Faults, and in the error
// when the Get fails) and not asked again; the blob still comes back when
// the honest members that remain hold enough of it.
//
// Errors: ErrNotCertified, ErrBadCertificate, ErrCommittee, a
// *UnavailableError (ErrUnavailable, with the faults and failures), an
// error wrapping ErrMismatch, or the context's error.
func (r *Retriever) Get(ctx context.Context, id dac.BlobID, opts ...Option) (*Blob, error) {
	var o getOptions
	for _, f := range opts {
		f(&o)
	}
	ctx, cancel := context.WithTimeout(ctx, r.cfg.Timeout)
	defer cancel()

	t, c, err := r.certified(ctx, id, o.cert)
	if err != nil {
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			return nil, fmt.Errorf("%w: %w", cerr, err)
		}
		return nil, err
	}
	g := &get{r: r, t: t, c: c, opts: &o, faults: map[int]*FaultError{}, failed: map[int]error{}}
	b, err := g.hot(ctx)
	if err == nil || ctx.Err() != nil || !r.cfg.Archive || errors.Is(err, ErrMismatch) {
		return b, err
	}
	if g.hdr != nil && g.hdr.Core.ArchiveTotal == 0 {
		return nil, err
	}
	hotErr := err
	// Members that failed the hot tier may still hold their archive
	// shard; members that served bad data are not asked again.
	g.failed = map[int]error{}
	b, err = g.archive(ctx)
	if err != nil {
		var ue *UnavailableError
		if errors.As(err, &ue) && g.hdr == nil {
			return nil, fmt.Errorf("%w (hot tier: %v)", err, hotErr)
		}
		return nil, err
	}
	r.log.Info("blob restored from the archive tier", "blob", id, "err", hotErr)
	return b, nil
}

// certified returns what the blob's certification fixes and the committee
// of its epoch.
func (r *Retriever) certified(ctx context.Context, id dac.BlobID, cert *dac.Certificate) (*target, *p2p.Committee, error) {
	t := &target{id: id}
	switch {
	case cert != nil:
		t.hash, t.epoch = cert.HeaderHash, cert.Epoch
	case r.deps.Certifications != nil:
		lctx, cancel := context.WithTimeout(ctx, r.cfg.FetchTimeout)
		got, ok, err := r.deps.Certifications.Certification(lctx, id)
		cancel()
		if err != nil {
			return nil, nil, fmt.Errorf("%w: reading the certification of %s: %v", ErrCommittee, id, err)
		}
		if !ok {
			return nil, nil, fmt.Errorf("%w: %s has no certification on L1", ErrNotCertified, id)
		}
		t.hash, t.epoch = got.HeaderHash, got.Epoch
	default:
		return nil, nil, fmt.Errorf("%w: no certificate given and no L1 to look %s up", ErrNotCertified, id)
	}
	c, err := r.committee(ctx, t.epoch)
	if err != nil {
		return nil, nil, err
	}
	if cert != nil {
		keys := make([]bls.PublicKey, len(c.Members))
		for i := range c.Members {
			keys[i] = c.Members[i].PublicKey
		}
		if err := cert.Verify(keys, c.Threshold, r.cfg.ChainID, r.cfg.CommitteeAddress); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", ErrBadCertificate, err)
		}
	}
	return t, c, nil
}

// committee returns epoch's committee, validated, from the cache while it
// is fresh.
func (r *Retriever) committee(ctx context.Context, epoch uint64) (*p2p.Committee, error) {
	r.mu.Lock()
	e, ok := r.epochs[epoch]
	r.mu.Unlock()
	if ok && r.now().Sub(e.at) < r.cfg.CommitteeTTL {
		return e.c, nil
	}
	lctx, cancel := context.WithTimeout(ctx, r.cfg.FetchTimeout)
	c, err := r.deps.Committees.CommitteeAt(lctx, epoch)
	cancel()
	if err == nil {
		err = c.Validate()
	}
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d: %v", ErrCommittee, epoch, err)
	}
	r.mu.Lock()
	r.epochs[epoch] = cachedCommittee{c: c, at: r.now()}
	r.mu.Unlock()
	return c, nil
}

// get is the state of one Get.
type get struct {
	r      *Retriever
	t      *target
	c      *p2p.Committee
	opts   *getOptions
	hdr    *dac.Header // the certified header, once a member sent it
	faults map[int]*FaultError
	failed map[int]error
}

// fault records that member m served bad data (what) and returns the
// evidence.
func (g *get) fault(m int, what string, err error) {
	f := &FaultError{Blob: g.t.id, Epoch: g.t.epoch, Member: m, Peer: g.c.Members[m].PeerID, What: what, Err: err}
	g.faults[m] = f
	delete(g.failed, m)
	g.r.log.Debug("member served bad data", "blob", g.t.id, "member", m, "peer", f.Peer, "err", err)
}

// checkHeader accepts h only when it is the certified header.
func (g *get) checkHeader(h *dac.Header) error {
	switch {
	case h.BlobID() != g.t.id:
		return fmt.Errorf("header of blob %s", h.BlobID())
	case h.Hash() != g.t.hash:
		return fmt.Errorf("header %s is not the certified %s", h.Hash(), g.t.hash)
	case h.Core.Epoch != g.t.epoch || h.Core.ChainID != g.r.cfg.ChainID:
		return fmt.Errorf("header of chain %d epoch %d", h.Core.ChainID, h.Core.Epoch)
	case h.Core.K == 0 || h.Core.K > g.r.cfg.MaxRows || len(h.Commitments) != 2*int(h.Core.K):
		return fmt.Errorf("header of k=%d, at most %d accepted", h.Core.K, g.r.cfg.MaxRows)
	case h.Core.Size > uint64(h.Core.K)*erasure.RowPayloadBytes || erasure.RowsFor(int(h.Core.Size)) != int(h.Core.K):
		return fmt.Errorf("header size %d does not pack into k=%d rows", h.Core.Size, h.Core.K)
	case dac.CommitmentsRoot(h.Commitments) != h.Core.CommitmentsRoot:
		return errors.New("commitments do not match the commitments root")
	}
	return nil
}

func (g *get) unavailable(detail string, ctxErr error) *UnavailableError {
	e := &UnavailableError{Blob: g.t.id, Epoch: g.t.epoch, Detail: detail, Faults: sortedFaults(g.faults), Cause: ctxErr}
	for m := range g.c.Members {
		if err, ok := g.failed[m]; ok {
			e.Failures = append(e.Failures, Failure{Member: m, Peer: g.c.Members[m].PeerID, Err: err})
		}
	}
	return e
}

func (g *get) progress(tier Tier, done, total int) {
	if g.opts.progress == nil {
		return
	}
	size := 0
	if g.hdr != nil {
		size = int(g.hdr.Core.Size)
	}
	g.opts.progress(Progress{Tier: tier, Done: done, Total: total, Size: size})
}
