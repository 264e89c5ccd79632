package light

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/sampler"
)

// sample runs rounds until every position is verified or the deadline
// passes. persist saves the record after each round (so a restart resumes
// with what was verified).
func (c *Client) sample(ctx context.Context, t *target, rec *record, secret sampler.Secret, s int, persist bool) error {
	positions, err := sampler.HeaderPositions(secret, t.header, sampler.SampleCount(t.header, s))
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
	throttled := make([]bool, len(positions)) // the last ask for the position was throttled
	for {
		st := prog.Decide(!c.now().Before(deadline))
		if st == sampler.StatusUnavailable && allThrottled(prog.Missing(), prog.Positions(), throttled) {
			rec.Reason = "custodians rate-limited this client"
			return fmt.Errorf("%w: %d samples missing", ErrThrottled, len(prog.Missing()))
		}
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
		resps, n := c.fetch.round(ctx, t.header, reqs, t.peers)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for _, r := range resps {
			for _, i := range r.Positions {
				throttled[i] = isThrottled(r.Err)
			}
		}
		vstart := time.Now()
		round := prog.Apply(c.kzg.DataVerifier(), t.header, resps)
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

// isThrottled reports whether err is a custodian's refusal that limits
// this client (wire.CodeRateLimited, wire.CodeBusy) rather than anything
// about the data.
func isThrottled(err error) bool {
	var rej *wire.RejectError
	return errors.As(err, &rej) && rej.Code.Throttled()
}

// allThrottled reports whether every missing position's last ask was
// throttled: the custodians said nothing about the data, so a verdict of
// unavailable would blame them for limiting this client.
func allThrottled(missing []sampler.Position, positions []sampler.Position, throttled []bool) bool {
	if len(missing) == 0 {
		return false
	}
	for _, m := range missing {
		i := slices.Index(positions, m)
		if i < 0 || !throttled[i] {
			return false
		}
	}
	return true
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
