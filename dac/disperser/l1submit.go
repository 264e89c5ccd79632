package disperser

import (
	"context"
	"errors"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/l1"
)

// startL1 starts submitting rec's certificate to L1 unless a submission
// is running or succeeded, and returns a channel closed when it ends.
// A failed attempt is tried again (Config.L1Retries times, with backoff)
// unless the contract refused it for good (permanentL1). A submission cut
// by Close stays pending, in memory and in the data dir, and the next
// start resumes it.
func (d *Disperser) startL1(rec *record, mode api.L1Mode) <-chan struct{} {
	var (
		done  chan struct{}
		start bool
		cert  *dac.Certificate
	)
	d.idx.update(rec, func(r *record) {
		if r.l1Done != nil && r.l1.State != api.L1Failed {
			done = r.l1Done
			if mode == api.L1Wait {
				r.l1.Mode = mode
			}
			return
		}
		r.l1 = &api.L1Status{Mode: mode, State: api.L1Pending}
		r.l1Done = make(chan struct{})
		done, start, cert = r.l1Done, true, r.cert
	})
	if !start {
		return done
	}
	d.background.Add(1)
	go func() {
		defer d.background.Done()
		defer close(done)
		t0 := time.Now()
		var (
			rc  Receipt
			err error
		)
		backoff := time.Second
		for try := 0; ; try++ {
			ctx, cancel := context.WithTimeout(d.ctx, d.cfg.L1Timeout.D())
			rc, err = d.certify.Certify(ctx, &rec.header.Core, cert)
			cancel()
			if err == nil || d.ctx.Err() != nil || permanentL1(err) || try >= d.cfg.L1Retries {
				break
			}
			d.metrics.l1Submissions.WithLabelValues("retried").Inc()
			d.log.Warn("certify on L1 failed, retrying", "blob", rec.id, "try", try+1, "err", err)
			t := time.NewTimer(backoff)
			select {
			case <-d.ctx.Done():
				t.Stop()
			case <-t.C:
			}
			backoff = min(2*backoff, 30*time.Second)
		}
		if err != nil && d.ctx.Err() != nil {
			// Shut down mid-submission: still pending, resumed on restart.
			return
		}
		d.metrics.stageSeconds.WithLabelValues("l1").Observe(time.Since(t0).Seconds())
		d.idx.update(rec, func(r *record) {
			if err != nil {
				r.l1.State, r.l1.Error = api.L1Failed, err.Error()
				return
			}
			r.l1.State, r.l1.TxHash, r.l1.Block, r.l1.Gas = api.L1Confirmed, rc.TxHash, rc.Block, rc.Gas
		})
		if err != nil {
			d.metrics.l1Submissions.WithLabelValues("failed").Inc()
			d.log.Warn("certify on L1 failed", "blob", rec.id, "err", err)
			return
		}
		d.metrics.l1Submissions.WithLabelValues("confirmed").Inc()
		d.log.Info("blob certified on L1", "blob", rec.id, "tx", rc.TxHash, "block", rc.Block, "gas", rc.Gas)
	}()
	return done
}

// permanentL1 reports whether a certify failure will fail again: the
// contract reverted (bad certificate, expired epoch, another header
// certified under the blob's ID) or the certificate does not fit the
// header. Transport errors, timeouts, nonce races and failed (out of gas)
// transactions are worth another try.
func permanentL1(err error) bool {
	var rev *l1.RevertError
	return errors.As(err, &rev) || errors.Is(err, l1.ErrBadCertificate) || errors.Is(err, ErrCertifiedElsewhere)
}
