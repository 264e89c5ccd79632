package disperser

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"
	"unsafe"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/plan"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// PutOptions adjust one Put.
type PutOptions struct {
	// L1 overrides Config.L1Mode for this blob ("" keeps the default).
	L1 api.L1Mode
}

// job is one accepted dispersal, shared by every Put of the same bytes
// while it runs.
type job struct {
	data     []byte
	content  [32]byte
	accepted time.Time
	deadline time.Time
	done     chan struct{}

	// Set before done is closed.
	rec    *record
	stages api.Stages
	err    error

	epochRetries int // dispersals started over on a newer committee
}

// Put disperses data and returns its certificate: it encodes the blob,
// sends every member its custody columns in parallel, verifies each
// signature as it arrives and aggregates the certificate as soon as t are
// valid (members still uploading finish in the background). Bytes already
// certified in the current epoch are answered from memory (Duplicate set)
// without being dispersed again. With an L1 mode other than off the
// certificate is also submitted to the committee contract (async: in the
// background; wait: before Put returns).
//
// Errors: ErrTooLarge, ErrQueueFull, ErrMalformed, ErrUnavailable (the
// committee cannot be read), a *MembersError matching ErrNoQuorum or
// ErrTimeout, ErrClosed. A failed dispersal never yields a certificate.
func (d *Disperser) Put(ctx context.Context, data []byte, o PutOptions) (*api.PutResult, error) {
	start := time.Now()
	if d.closed.Load() {
		return nil, ErrClosed
	}
	mode := d.cfg.L1Mode
	if o.L1 != "" {
		m, err := api.ParseL1Mode(string(o.L1))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		mode = m
	}
	if mode != api.L1Off && d.certify == nil {
		return nil, fmt.Errorf("%w: L1 mode %s but this disperser has no L1 configured", ErrMalformed, mode)
	}
	if int64(len(data)) > d.cfg.MaxBlobSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(data), d.cfg.MaxBlobSize)
	}
	content := contentKey(data)
	c, err := d.committee(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: reading the committee: %v", ErrUnavailable, err)
	}

	var (
		rec       *record
		stages    api.Stages
		duplicate bool
	)
	if rec = d.idx.reusable(content, c.Epoch, d.now(), d.cfg.ReuseMargin.D()); rec != nil {
		duplicate = true
		d.metrics.duplicates.Inc()
	} else {
		j, err := d.submit(content, data)
		if err != nil {
			return nil, err
		}
		select {
		case <-j.done:
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: %v (the dispersal goes on)", ErrTimeout, ctx.Err())
		}
		if j.err != nil {
			return nil, j.err
		}
		rec, stages = j.rec, j.stages
	}

	if mode != api.L1Off {
		done := d.startL1(rec, mode)
		if mode == api.L1Wait {
			t0 := time.Now()
			select {
			case <-done:
			case <-ctx.Done():
				return nil, fmt.Errorf("%w: waiting for L1: %v", ErrTimeout, ctx.Err())
			}
			stages.L1MS = ms(time.Since(t0))
		}
	}
	res := d.idx.result(rec, &d.cfg, duplicate)
	res.Stages = stages
	res.Stages.TotalMS = ms(time.Since(start))
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// submit joins the dispersal of the same bytes in flight, or queues a new
// one; ErrQueueFull when the queue is full.
func (d *Disperser) submit(content [32]byte, data []byte) (*job, error) {
	d.flightMu.Lock()
	defer d.flightMu.Unlock()
	if j, ok := d.flights[content]; ok {
		return j, nil
	}
	now := time.Now()
	j := &job{data: data, content: content, accepted: now, deadline: now.Add(d.cfg.DisperseTimeout.D()), done: make(chan struct{})}
	select {
	case d.queue <- j:
	default:
		return nil, fmt.Errorf("%w: %d dispersals waiting", ErrQueueFull, cap(d.queue))
	}
	d.flights[content] = j
	d.queued.Add(1)
	d.metrics.queued.Inc()
	return j, nil
}

func (d *Disperser) worker() {
	defer d.background.Done()
	for {
		select {
		case <-d.ctx.Done():
			d.drain()
			return
		case j := <-d.queue:
			d.queued.Add(-1)
			d.metrics.queued.Dec()
			d.running.Add(1)
			d.metrics.inFlight.Inc()
			d.run(j)
			d.metrics.inFlight.Dec()
			d.running.Add(-1)
		}
	}
}

// drain fails the jobs still queued at shutdown.
func (d *Disperser) drain() {
	for {
		select {
		case j := <-d.queue:
			d.finish(j, nil, ErrClosed)
		default:
			return
		}
	}
}

// finish publishes a job's outcome to its waiters.
func (d *Disperser) finish(j *job, rec *record, err error) {
	j.rec, j.err = rec, err
	j.data = nil
	d.flightMu.Lock()
	delete(d.flights, j.content)
	d.flightMu.Unlock()
	close(j.done)
}

// memberResult is one member's dispersal outcome.
type memberResult struct {
	member int
	att    *wire.Attestation
	err    error
}

// run disperses one blob in four steps: read the committee, encode (the
// square, the header and the archive shards), disperse to the members
// until the quorum decides, and certify. A step that fails ends the job;
// its error carries the outcome the metrics count. The first two are
// prepare (pipeline.go), which holds an encoder slot while it encodes.
func (d *Disperser) run(j *job) {
	ctx, cancel := context.WithDeadline(d.ctx, j.deadline)
	defer cancel()
	j.stages.QueueMS = ms(time.Since(j.accepted))
	d.metrics.stageSeconds.WithLabelValues("queue").Observe(time.Since(j.accepted).Seconds())
	for d.runOnce(ctx, j) {
	}
}

// runOnce runs the steps once on the current committee; it reports
// whether the members were at a newer epoch and the job must start over
// (at most maxEpochRetries times).
func (d *Disperser) runOnce(ctx context.Context, j *job) (again bool) {
	p, err := d.prepare(ctx, j)
	if err != nil {
		d.abort(j, nil, err)
		return false
	}
	c, custody, enc := p.c, p.custody, p.enc
	d.metrics.stageBusy.WithLabelValues(stageDisperse).Inc()
	defer d.metrics.stageBusy.WithLabelValues(stageDisperse).Dec()
	id := enc.header.BlobID()
	log := d.log.With("blob", id)
	rec := &record{id: id, content: j.content, committee: c, header: enc.header, state: api.StateDispersing}
	d.idx.put(rec)

	sp, err := d.disperse(ctx, j, c, custody, enc, log)
	if err != nil {
		if e := newerEpoch(err, c.Epoch); e != 0 && j.epochRetries < maxEpochRetries {
			// The committee changed under us: start over on the new one.
			d.fail(rec, "wrong_epoch", err)
			j.epochRetries++
			d.sawEpoch(e)
			log.Info("members are at a newer epoch: dispersing again", "epoch", c.Epoch, "members_epoch", e)
			return true
		}
		d.abort(j, rec, err)
		return false
	}
	if err := d.certifyJob(j, rec, sp, log); err != nil {
		sp.cancel()
		d.abort(j, rec, err)
		return false
	}
	d.finishLate(rec, sp, log)
	return false
}

// abort ends a job that failed in one of run's steps: it counts the
// outcome, marks the record failed if the blob got one, and wakes the
// uploader.
func (d *Disperser) abort(j *job, rec *record, err error) {
	outcome := "error"
	var me *MembersError
	if errors.As(err, &me) {
		switch {
		case errors.Is(me.Kind, ErrTimeout):
			outcome = "timeout"
		case errors.Is(me.Kind, ErrNoQuorum):
			outcome = "no_quorum"
		}
	}
	if rec != nil {
		d.fail(rec, outcome, err)
	} else {
		d.metrics.dispersals.WithLabelValues(outcome).Inc()
	}
	d.finish(j, nil, err)
}

// readCommittee is run's first step: the current committee and its
// custody assignment.
func (d *Disperser) readCommittee(ctx context.Context) (*p2p.Committee, dac.Custody, error) {
	c, err := d.committee(ctx)
	if err != nil {
		return nil, dac.Custody{}, fmt.Errorf("%w: reading the committee: %v", ErrUnavailable, err)
	}
	custody, err := c.Custody()
	if err != nil {
		return nil, dac.Custody{}, fmt.Errorf("%w: committee of epoch %d: %v", ErrUnavailable, c.Epoch, err)
	}
	return c, custody, nil
}

// encoded is what run's encode step produces: the square, the header
// bound to the committee's epoch, and the archive shards (nil when the
// archive tier is off).
type encoded struct {
	square *kzg.Square
	header *dac.Header
	shards []*wire.ArchiveShard
}

// encode is run's second step: the square and its commitments, the
// header, and the archive tier's shards (k_a data shards and n - k_a
// parity shards of the blob bytes, one per member, their root in the
// header before it is hashed).
func (d *Disperser) encode(ctx context.Context, j *job, c *p2p.Committee) (*encoded, error) {
	t0 := time.Now()
	sq, err := d.kzg.Encode(j.data, kzg.WithMaxRows(int(d.cfg.MaxRows)), kzg.WithWorkers(d.cfg.EncodeWorkers))
	if err != nil {
		if errors.Is(err, erasure.ErrTooLarge) {
			err = fmt.Errorf("%w: %v", ErrTooLarge, err)
		}
		return nil, err
	}
	j.stages.EncodeMS = ms(time.Since(t0))
	d.metrics.stageSeconds.WithLabelValues("encode").Observe(time.Since(t0).Seconds())
	if ctx.Err() != nil {
		return nil, &MembersError{Kind: ErrTimeout, Detail: fmt.Sprintf("deadline passed while waiting and encoding (%.0f ms queued, %.0f ms encoding)", j.stages.QueueMS, j.stages.EncodeMS)}
	}

	hdr := &dac.Header{
		Core: dac.HeaderCore{
			Version:         dac.FormatVersion,
			ChainID:         d.cfg.ChainID,
			Size:            uint64(sq.Size),
			K:               uint32(sq.K),
			CommitmentsRoot: sq.Root,
			Expiry:          uint64(d.now().Add(d.cfg.Retention.D()).Unix()),
			Epoch:           c.Epoch,
		},
		Commitments: sq.Commitments,
	}
	enc := &encoded{square: sq, header: hdr}
	if d.cfg.Archive {
		t0 := time.Now()
		n := len(c.Members)
		enc.shards, err = d.archive(j.data, d.cfg.archiveData(c.Threshold, n), n, &hdr.Core)
		if err != nil {
			return nil, fmt.Errorf("disperser: archive shards: %w", err)
		}
		j.stages.EncodeMS += ms(time.Since(t0))
		d.metrics.stageSeconds.WithLabelValues("archive").Observe(time.Since(t0).Seconds())
	}
	return enc, nil
}

// dispersal is a blob's member uploads in flight: the quorum that counts
// their signatures, the channel their outcomes arrive on, the columns
// they hold, and the cancel of their context.
type dispersal struct {
	c       *p2p.Committee
	q       *plan.Quorum
	results chan memberResult
	cols    []*wire.Column
	cancel  context.CancelFunc
}

// disperse is run's third step: it sends every member its custody
// columns and archive shard in parallel and records the answers until the
// quorum decides. On success the uploads still out keep running under the
// returned dispersal; on failure they are cancelled.
func (d *Disperser) disperse(ctx context.Context, j *job, c *p2p.Committee, custody dac.Custody, enc *encoded, log *slog.Logger) (*dispersal, error) {
	hdr := enc.header
	dp := plan.NewDispersal(custody, hdr.BlobID())
	cols := buildColumns(enc.square, enc.header, dp.Needed) // the square itself is not kept past here
	enc.square = nil
	q, err := plan.NewQuorum(keys(c), c.Threshold, d.cfg.ChainID, d.cfg.CommitteeAddress, c.Epoch, hdr.Hash())
	if err != nil {
		return nil, fmt.Errorf("%w: committee of epoch %d: %v", ErrUnavailable, c.Epoch, err)
	}

	// Member dispersals run under their own context: they outlive the
	// certificate (members still uploading finish, so every custodian
	// gets its columns) but not a failed dispersal.
	mctx, mcancel := context.WithCancel(d.ctx)
	// Buffered for every member, so no member goroutine ever blocks on a
	// dispersal that stopped listening.
	sp := &dispersal{c: c, q: q, results: make(chan memberResult, len(c.Members)), cols: cols, cancel: mcancel}
	t0 := time.Now()
	for m := range c.Members {
		mine := make([]*wire.Column, len(dp.Columns[m]))
		for i, col := range dp.Columns[m] {
			mine[i] = cols[col]
		}
		member := &c.Members[m]
		var shard *wire.ArchiveShard
		if enc.shards != nil {
			shard = enc.shards[m]
		}
		go func() {
			att, err := d.disperseMember(mctx, member, hdr, mine, shard)
			sp.results <- memberResult{member: m, att: att, err: err}
		}()
	}

	for q.Outcome() == plan.Pending {
		select {
		case r := <-sp.results:
			d.record(q, c, r, log)
		case <-ctx.Done():
			mcancel()
			failures := d.failures(q, c)
			for m := range c.Members {
				if !answered(q, m) {
					failures = append(failures, MemberFailure{Member: m, Peer: c.Members[m].PeerID, Err: errors.New("no answer before the deadline")})
				}
			}
			log.Warn("dispersal timed out", "signers", len(q.Signers()))
			return nil, &MembersError{Kind: ErrTimeout, Detail: fmt.Sprintf("%d of %d valid signatures, need %d", len(q.Signers()), len(c.Members), c.Threshold), Failures: sortFailures(failures)}
		}
	}
	j.stages.DisperseMS = ms(time.Since(t0))
	d.metrics.stageSeconds.WithLabelValues("disperse").Observe(time.Since(t0).Seconds())

	if q.Outcome() == plan.NoQuorum {
		mcancel()
		failures := d.failures(q, c)
		log.Warn("dispersal failed: no quorum", "failed", len(failures))
		return nil, &MembersError{Kind: ErrNoQuorum, Detail: fmt.Sprintf("%d of %d members failed, at most %d may", len(failures), len(c.Members), len(c.Members)-c.Threshold), Failures: failures}
	}
	return sp, nil
}

// certifyJob is run's last step: it aggregates the certificate, records
// the blob as certified, answers the uploader and announces the blob.
func (d *Disperser) certifyJob(j *job, rec *record, sp *dispersal, log *slog.Logger) error {
	t0 := time.Now()
	cert, err := sp.q.Certificate()
	if err != nil { // cannot happen: the outcome is Certified
		return err
	}
	j.stages.AggregateMS = ms(time.Since(t0))
	signers := sp.q.Signers()
	hdr := rec.header
	d.idx.update(rec, func(r *record) {
		r.state = api.StateCertified
		r.cert = cert
		r.signers = cert.Signers.Indexes()
		r.stored = signers
		r.certified = time.Now()
		r.stages = j.stages
	})
	d.idx.put(rec) // now the record for these bytes
	d.metrics.dispersals.WithLabelValues("certified").Inc()
	d.metrics.bytes.Add(float64(hdr.Core.Size))
	log.Info("blob certified", "size", hdr.Core.Size, "k", hdr.Core.K, "signers", cert.Signers.Count(),
		"encode_ms", j.stages.EncodeMS, "disperse_ms", j.stages.DisperseMS)
	d.finish(j, rec, nil)
	d.announce(&hdr.Core, cert)
	return nil
}

// finishLate lets members still out after the certificate finish in the
// background, for at most LateMemberGrace and while their columns fit
// MaxLateBytes (otherwise they are cancelled now); their acknowledgments
// are recorded, the certificate stays as built.
func (d *Disperser) finishLate(rec *record, sp *dispersal, log *slog.Logger) {
	q := sp.q
	if q.Outstanding() == 0 {
		sp.cancel()
		return
	}
	held := columnBytes(sp.cols)
	kept := d.late.take(held)
	if !kept {
		log.Debug("late members cancelled: late upload budget full", "outstanding", q.Outstanding())
		sp.cancel()
	}
	d.background.Add(1)
	go func() {
		defer d.background.Done()
		defer sp.cancel()
		if kept {
			defer d.late.give(held)
		}
		grace := time.NewTimer(d.cfg.LateMemberGrace.D())
		defer grace.Stop()
		for q.Outstanding() > 0 {
			select {
			case r := <-sp.results:
				if d.record(q, sp.c, r, log) {
					d.idx.update(rec, func(x *record) { x.stored = q.Signers() })
				}
			case <-grace.C:
				log.Debug("late members cancelled after the grace period", "outstanding", q.Outstanding())
				sp.cancel()
			}
		}
	}()
}

// columnBytes is the memory of the column messages: cells and proofs.
func columnBytes(cols []*wire.Column) int64 {
	var n int64
	for _, c := range cols {
		if c != nil {
			n += int64(len(c.Cells))*int64(unsafe.Sizeof(erasure.Cell{})) + int64(len(c.Proofs))*int64(unsafe.Sizeof(wire.Proof{}))
		}
	}
	return n
}

// record applies one member's result to the quorum and reports whether
// it was a valid signature.
func (d *Disperser) record(q *plan.Quorum, c *p2p.Committee, r memberResult, log *slog.Logger) bool {
	if r.err != nil {
		q.Failed(r.member, r.err)
		d.metrics.memberFailures.WithLabelValues(failureReason(r.err)).Inc()
		log.Debug("member failed", "member", r.member, "peer", c.Members[r.member].PeerID, "err", r.err)
		return false
	}
	sig, err := bls.SignatureFromBytes(r.att.Signature[:])
	if err == nil && int(r.att.Member) != r.member {
		err = fmt.Errorf("attestation names member %d", r.att.Member)
	}
	if err != nil {
		q.Failed(r.member, fmt.Errorf("bad attestation: %w", err))
		d.metrics.memberFailures.WithLabelValues("bad_attestation").Inc()
		return false
	}
	if err := q.Signed(r.member, sig); err != nil {
		d.metrics.memberFailures.WithLabelValues("bad_signature").Inc()
		log.Debug("member signature rejected", "member", r.member, "err", err)
		return false
	}
	return true
}

func answered(q *plan.Quorum, m int) bool {
	for _, s := range q.Signers() {
		if s == m {
			return true
		}
	}
	for _, f := range q.Failures() {
		if f.Member == m {
			return true
		}
	}
	return false
}

func (d *Disperser) failures(q *plan.Quorum, c *p2p.Committee) []MemberFailure {
	var out []MemberFailure
	for _, f := range q.Failures() {
		out = append(out, MemberFailure{Member: f.Member, Peer: c.Members[f.Member].PeerID, Err: f.Err})
	}
	return out
}

func sortFailures(fs []MemberFailure) []MemberFailure {
	slices.SortFunc(fs, func(a, b MemberFailure) int { return a.Member - b.Member })
	return fs
}

// fail marks a record failed with err.
func (d *Disperser) fail(rec *record, outcome string, err error) {
	d.metrics.dispersals.WithLabelValues(outcome).Inc()
	ae := apiError(err)
	d.idx.update(rec, func(r *record) {
		r.state = api.StateFailed
		r.err = ae
	})
}

// failureReason is the metrics label of a member failure.
func failureReason(err error) string {
	var rej *wire.RejectError
	switch {
	case errors.As(err, &rej):
		return rej.Code.String()
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, p2p.ErrBadResponse):
		return "bad_response"
	}
	return "unreachable"
}

// disperseMember disperses to one member within MemberTimeout, retrying
// refusals the member marks retryable (busy, rate limited, storage
// failure, still reading its committee) with exponential backoff. A
// member that cannot be reached is not retried: a down member must count
// as failed at once, so that a dispersal without quorum ends quickly.
func (d *Disperser) disperseMember(ctx context.Context, m *p2p.Member, hdr *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.MemberTimeout.D())
	defer cancel()
	backoff := 25 * time.Millisecond
	for {
		att, err := d.tr.Disperse(ctx, m, hdr, cols, shard)
		if err == nil {
			return att, nil
		}
		var rej *wire.RejectError
		if !errors.As(err, &rej) || !rej.Code.Retryable() || (rej.Code == wire.CodeWrongEpoch && !memberBehind(err, hdr.Core.Epoch)) {
			return nil, err
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%w (last refusal: %v)", ctx.Err(), err)
		case <-t.C:
		}
		backoff = min(2*backoff, time.Second)
	}
}

// buildColumns copies the needed columns out of the square into the
// messages that carry them, one per column, shared by the column's
// custodians: the rows of hdr.StoredRows(), top to bottom, so the
// known-zero rows are never sent (wire.SquareColumn).
func buildColumns(sq *kzg.Square, hdr *dac.Header, needed []uint8) []*wire.Column {
	out := make([]*wire.Column, dac.Columns)
	for _, col := range needed {
		out[col] = wire.SquareColumn(hdr, sq, col)
	}
	return out
}
