package disperser

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/plan"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Get rebuilds blob id from its custodians and returns its exact bytes.
// It fetches the data rows of 64 columns, data columns first and parity
// columns in place of those whose custodians fail, from the custodians in
// parallel (plan.Retrieval decides whom to ask); every cell is verified
// against the header's commitments as it arrives, and the rebuilt rows
// are checked against the commitments again before the bytes are
// unpacked. The header comes from this disperser's records or, for a blob
// it has forgotten, from the custodians: with an L1 (Deps.Certifications)
// only the header that hashes to the blob's L1 certification is accepted
// and the custodians asked are those of the certified epoch (see
// getCertified); without one, the first header that is the blob's (its
// blob ID binds the commitments the cells are checked against).
//
// When the hot tier cannot give the blob (expired everywhere, or too few
// custodians, or cells that do not rebuild), Get falls back to the
// archive tier: it fetches archive shards from the members, each checked
// against the archive root, until k_a are in, decodes them and checks the
// bytes against the header's data-row commitments before returning them
// (see getArchive).
//
// Errors: ErrNotFound (no custodian holds the blob, no member an archive
// shard), a *MembersError matching ErrUnavailable (too few custodians or
// shards) or ErrTimeout, an *ArchiveMismatchError (ErrArchiveMismatch: the
// restored bytes do not match the commitments; it names the shards used),
// ErrUnavailable (the committee cannot be read), ErrQueueFull
// (Config.MaxRetrievals are running).
func (d *Disperser) Get(ctx context.Context, id dac.BlobID) ([]byte, error) {
	start := time.Now()
	select {
	case d.retrievals <- struct{}{}:
		defer func() { <-d.retrievals }()
	default:
		return nil, fmt.Errorf("%w: %d retrievals running", ErrQueueFull, cap(d.retrievals))
	}
	ctx, cancel := context.WithTimeout(ctx, d.cfg.RetrieveTimeout.D())
	defer cancel()
	data, archived, err := d.get(ctx, id)
	switch {
	case err == nil && archived:
		d.metrics.retrievals.WithLabelValues("archive").Inc()
		d.metrics.retrieveSecs.Observe(time.Since(start).Seconds())
	case err == nil:
		d.metrics.retrievals.WithLabelValues("ok").Inc()
		d.metrics.retrieveSecs.Observe(time.Since(start).Seconds())
	case errors.Is(err, ErrNotFound):
		d.metrics.retrievals.WithLabelValues("not_found").Inc()
	case errors.Is(err, ErrUnavailable), errors.Is(err, ErrTimeout):
		d.metrics.retrievals.WithLabelValues("unavailable").Inc()
	default:
		d.metrics.retrievals.WithLabelValues("error").Inc()
	}
	return data, err
}

// fetchResult is one member's answer to a fetch.
type fetchResult struct {
	member int
	cols   []uint8
	items  []wire.CellItem
	err    error
}

// get returns the blob's bytes and whether they came from the archive
// tier.
func (d *Disperser) get(ctx context.Context, id dac.BlobID) ([]byte, bool, error) {
	var (
		c   *p2p.Committee
		hdr *dac.Header
	)
	if rec := d.idx.get(id); rec != nil {
		c, hdr = rec.committee, rec.header
	} else if d.certs != nil {
		return d.getCertified(ctx, id)
	} else {
		var err error
		if c, err = d.committee(ctx); err != nil {
			return nil, false, fmt.Errorf("%w: reading the committee: %v", ErrUnavailable, err)
		}
	}
	custody, err := c.Custody()
	if err != nil {
		return nil, false, fmt.Errorf("%w: committee of epoch %d: %v", ErrUnavailable, c.Epoch, err)
	}
	data, hdr, err := d.getHot(ctx, c, custody, id, hdr)
	if err == nil || ctx.Err() != nil {
		return data, false, err
	}
	// The hot tier expired or could not be rebuilt: the archive, unless
	// the header (when known) has none.
	if hdr != nil && hdr.Core.ArchiveTotal == 0 {
		return nil, false, err
	}
	data, aerr := d.getArchive(ctx, id, c, hdr)
	switch {
	case aerr == nil:
		d.log.Info("blob restored from the archive tier", "blob", id, "hot_err", err)
		return data, true, nil
	case errors.Is(aerr, ErrArchiveMismatch), !errors.Is(aerr, ErrNotFound):
		return nil, false, aerr
	}
	return nil, false, err
}

// getCertified rebuilds a blob this disperser has forgotten with the
// verified-retrieval library: the header must hash to the L1
// certification's header hash, the custodians asked are those of the
// certified epoch, and members that serve bad data (a header that is not
// the certified one included) are skipped, so one byzantine member that
// answers first cannot block the restore.
func (d *Disperser) getCertified(ctx context.Context, id dac.BlobID) ([]byte, bool, error) {
	epochs := d.epochs
	if epochs == nil {
		epochs = retrieve.L1Committees{Contract: d.l1}
	}
	cfg := retrieve.DefaultConfig(d.cfg.ChainID, d.cfg.CommitteeAddress)
	cfg.MaxRows = d.cfg.MaxRows
	cfg.FetchTimeout = d.cfg.FetchTimeout.D()
	cfg.Timeout = d.cfg.RetrieveTimeout.D()
	r, err := retrieve.New(cfg, retrieve.Deps{Transport: d.tr, Committees: epochs, Certifications: d.certs, KZG: d.kzg, Logger: d.log})
	if err != nil {
		return nil, false, err
	}
	b, err := r.Get(ctx, id)
	if err != nil {
		var ue *retrieve.UnavailableError
		switch {
		case errors.Is(err, retrieve.ErrNotCertified):
			return nil, false, fmt.Errorf("%w: %v", ErrNotFound, err)
		case errors.As(err, &ue):
			kind := ErrUnavailable
			if ue.Cause != nil {
				kind = ErrTimeout
			}
			me := &MembersError{Kind: kind, Detail: ue.Detail}
			for _, f := range ue.Faults {
				me.Failures = append(me.Failures, MemberFailure{Member: f.Member, Peer: f.Peer, Err: f})
			}
			for _, f := range ue.Failures {
				me.Failures = append(me.Failures, MemberFailure{Member: f.Member, Peer: f.Peer, Err: f.Err})
			}
			me.Failures = sortFailures(me.Failures)
			if len(ue.Faults) == 0 && notFoundFailures(ue) {
				return nil, false, fmt.Errorf("%w: no member holds it: %v", ErrNotFound, err)
			}
			return nil, false, me
		case errors.Is(err, retrieve.ErrCommittee):
			return nil, false, fmt.Errorf("%w: %v", ErrUnavailable, err)
		}
		return nil, false, err
	}
	for _, f := range b.Faults {
		d.log.Warn("member served bad data", "blob", id, "member", f.Member, "peer", f.Peer, "err", f.Err)
	}
	data, err := b.Canonical()
	if err != nil {
		return nil, false, fmt.Errorf("disperser: blob %s: its rows carry no bytes of this API: %w", id, err)
	}
	return data, b.Tier == retrieve.TierArchive, nil
}

// notFoundFailures reports whether every member that answered said it
// does not hold the blob.
func notFoundFailures(ue *retrieve.UnavailableError) bool {
	if len(ue.Failures) == 0 {
		return false
	}
	for _, f := range ue.Failures {
		if !errors.Is(f.Err, wire.CodeNotFound) {
			return false
		}
	}
	return true
}

// getHot rebuilds blob id from the cells of its custodians (the hot
// tier). It returns the header it used when it found one.
func (d *Disperser) getHot(ctx context.Context, c *p2p.Committee, custody dac.Custody, id dac.BlobID, hdr *dac.Header) ([]byte, *dac.Header, error) {
	a := custody.Assign(id)
	failed := map[int]error{}
	if hdr == nil {
		var err error
		if hdr, err = d.probeHeader(ctx, c, a, id, failed); err != nil {
			return nil, nil, err
		}
	}
	k := int(hdr.Core.K)
	// The known-zero rows payload..k-1 are not fetched: RecoverBlob fills
	// them from the size.
	payload := min(hdr.PayloadRows(), k)

	grid := make([][]*erasure.Cell, 2*k)
	for r := range grid {
		grid[r] = make([]*erasure.Cell, erasure.CellsPerRow)
	}
	rt := plan.NewRetrieval(a)
	for m := range failed {
		rt.Failed(m)
	}
	results := make(chan fetchResult)
	inFlight := 0
	for !rt.Done() {
		fetches, err := rt.Next()
		if err != nil {
			return nil, hdr, d.retrievalError(ErrUnavailable, err.Error(), c, failed, rt)
		}
		for _, f := range fetches {
			inFlight++
			m := &c.Members[f.Member]
			go func() {
				items, err := d.fetchColumns(ctx, m, id, f.Columns, k, payload)
				select {
				case results <- fetchResult{member: f.Member, cols: f.Columns, items: items, err: err}:
				case <-ctx.Done():
				}
			}()
		}
		select {
		case r := <-results:
			inFlight--
			if r.err != nil {
				failed[r.member] = r.err
				rt.Failed(r.member)
				continue
			}
			for i := range r.items {
				it := &r.items[i]
				grid[it.Row][it.Col] = &it.Cell
			}
			rt.Got(r.member, r.cols)
		case <-ctx.Done():
			return nil, hdr, d.retrievalError(ErrTimeout, fmt.Sprintf("%d columns in after %v", len(rt.Have()), ctx.Err()), c, failed, rt)
		}
	}
	data, err := d.kzg.RecoverBlob(k, int(hdr.Core.Size), hdr.Commitments, grid, kzg.WithMaxRows(int(d.cfg.MaxRows)))
	if err != nil {
		return nil, hdr, fmt.Errorf("disperser: rebuilding blob %s: %w", id, err)
	}
	return data, hdr, nil
}

// retrievalError reports a failed retrieval: ErrNotFound when nothing
// came in and so many members said they do not hold the blob that it
// cannot be certified (see notFound), otherwise kind with the members'
// failures.
func (d *Disperser) retrievalError(kind error, detail string, c *p2p.Committee, failed map[int]error, rt *plan.Retrieval) error {
	if kind == ErrUnavailable && len(rt.Have()) == 0 && notFound(c, failed) {
		return fmt.Errorf("%w: no custodian holds it", ErrNotFound)
	}
	return &MembersError{Kind: kind, Detail: detail, Failures: toFailures(c, failed)}
}

// notFound reports whether at least n-t+1 members answered that they do
// not hold the blob: then at most t-1 members can hold it, fewer than any
// certificate needs, so the blob was never certified in this committee (or
// has expired) and asking again will not help. Members that could not be
// reached do not count either way.
func notFound(c *p2p.Committee, failed map[int]error) bool {
	n := 0
	for _, err := range failed {
		if errors.Is(err, wire.CodeNotFound) {
			n++
		}
	}
	return n >= len(c.Members)-c.Threshold+1
}

// probeHeader asks every member in parallel for one cell of one of its
// columns and returns the header of the first answer (FetchCells checks
// that it is the blob's). Members that fail are recorded in failed.
func (d *Disperser) probeHeader(ctx context.Context, c *p2p.Committee, a *dac.Assignment, id dac.BlobID, failed map[int]error) (*dac.Header, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type probe struct {
		member int
		hdr    *dac.Header
		err    error
	}
	results := make(chan probe, len(c.Members))
	for m := range c.Members {
		cols := a.Columns(m)
		if len(cols) == 0 {
			results <- probe{member: m, err: errors.New("holds no column")}
			continue
		}
		req := &wire.CellsRequest{Blob: id, Cells: []wire.CellRef{{Row: 0, Col: uint8(cols[0])}}}
		go func() {
			fctx, fcancel := context.WithTimeout(ctx, d.cfg.FetchTimeout.D())
			defer fcancel()
			h, _, err := d.tr.FetchCells(fctx, &c.Members[m], req)
			if err == nil && h.BlobID() != id {
				err = fmt.Errorf("%w: header of blob %s", p2p.ErrBadResponse, h.BlobID())
			}
			results <- probe{member: m, hdr: h, err: err}
		}()
	}
	all := map[int]error{}
	for range c.Members {
		select {
		case p := <-results:
			if p.err == nil {
				for m, err := range all {
					failed[m] = err
				}
				return p.hdr, nil
			}
			all[p.member] = p.err
		case <-ctx.Done():
			return nil, &MembersError{Kind: ErrTimeout, Detail: "no custodian sent the header", Failures: toFailures(c, all)}
		}
	}
	if notFound(c, all) {
		return nil, fmt.Errorf("%w: no member holds blob %s", ErrNotFound, id)
	}
	return nil, &MembersError{Kind: ErrUnavailable, Detail: "no custodian sent the header", Failures: toFailures(c, all)}
}

func toFailures(c *p2p.Committee, errs map[int]error) []MemberFailure {
	var fs []MemberFailure
	for m, err := range errs {
		fs = append(fs, MemberFailure{Member: m, Peer: c.Members[m].PeerID, Err: err})
	}
	return sortFailures(fs)
}

// fetchColumns fetches the payload rows (0..payload-1; the known-zero
// rows after them up to k are not fetched) of cols from m, in requests of
// at most wire.MaxRequestCells cells, each within FetchTimeout, and checks
// that the answer is exactly what was asked.
func (d *Disperser) fetchColumns(ctx context.Context, m *p2p.Member, id dac.BlobID, cols []uint8, k, payload int) ([]wire.CellItem, error) {
	rowsPer := max(1, wire.MaxRequestCells/len(cols))
	items := make([]wire.CellItem, 0, payload*len(cols))
	for r0 := 0; r0 < payload; r0 += rowsPer {
		req := &wire.CellsRequest{Blob: id}
		for r := r0; r < min(payload, r0+rowsPer); r++ {
			for _, col := range cols {
				req.Cells = append(req.Cells, wire.CellRef{Row: uint16(r), Col: col})
			}
		}
		fctx, cancel := context.WithTimeout(ctx, d.cfg.FetchTimeout.D())
		h, got, err := d.tr.FetchCells(fctx, m, req)
		cancel()
		if err != nil {
			return nil, err
		}
		if h.BlobID() != id || int(h.Core.K) != k || len(got) != len(req.Cells) {
			return nil, fmt.Errorf("%w: answer does not match the request", p2p.ErrBadResponse)
		}
		for i := range got {
			if got[i].CellRef != req.Cells[i] {
				return nil, fmt.Errorf("%w: cell %d is (%d, %d), asked (%d, %d)", p2p.ErrBadResponse, i,
					got[i].Row, got[i].Col, req.Cells[i].Row, req.Cells[i].Col)
			}
		}
		items = append(items, got...)
	}
	return items, nil
}

// Status returns what the disperser knows of blob id, or ErrNotFound.
func (d *Disperser) Status(id dac.BlobID) (*api.BlobStatus, error) {
	rec := d.idx.get(id)
	if rec == nil {
		return nil, fmt.Errorf("%w: %s is not in this disperser's records", ErrNotFound, id)
	}
	return d.idx.status(rec), nil
}

// Certificate returns blob id's certificate and header, or ErrNotFound
// when the disperser holds none (unknown, still dispersing or failed).
func (d *Disperser) Certificate(id dac.BlobID) (*api.CertificateResult, error) {
	rec := d.idx.get(id)
	if rec == nil {
		return nil, fmt.Errorf("%w: %s is not in this disperser's records", ErrNotFound, id)
	}
	res := d.idx.result(rec, &d.cfg, false)
	if res.Certificate == nil {
		return nil, fmt.Errorf("%w: %s has no certificate", ErrNotFound, id)
	}
	return &api.CertificateResult{BlobID: res.BlobID, HeaderHash: res.HeaderHash, Certificate: res.Certificate,
		Header: res.Header, ChainID: res.ChainID, Committee: res.Committee, Epoch: res.Epoch}, nil
}
