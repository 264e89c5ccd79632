package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Challenger is the honest challenger: for every proposal it recomputes
// the output at the proposal's batch from its own derivation; when the
// claims differ it challenges within the window (a wrong proposal on a
// wrong parent is left to the parent's game and rejected after it), plays
// choose by comparing the proposer's mid claim with its own, steps at the
// leaf, times out a proposer that stops moving, rejects the children of
// rejected proposals and claims its credit. Drive it with Tick.
type Challenger struct {
	*agent
	src Source
}

// NewChallenger returns a challenger over l1 judging with trace (over
// src), building step proofs with prover and keeping its state in store.
// reg and log may be nil.
func NewChallenger(cfg AgentConfig, l1 L1, src Source, trace *Trace, prover StepProver, store AgentStore,
	reg prometheus.Registerer, log *slog.Logger) (*Challenger, error) {
	a, err := newAgent(cfg, SideChallenger, l1, trace, prover, store, reg, log)
	if err != nil {
		return nil, err
	}
	return &Challenger{agent: a, src: src}, nil
}

// Tick reads the chain and makes every move due now. It returns
// ErrClockExpired when a game was lost because this challenger did not
// move in time, and ErrWindowMissed for a wrong proposal whose window
// closed before it could challenge; other failures are logged and retried
// at the next tick, or returned when the chain cannot be read.
func (c *Challenger) Tick(ctx context.Context) error {
	now, err := c.l1.Now(ctx)
	if err != nil {
		return err
	}
	me := c.l1.Address()
	if err := c.refresh(ctx, func(g Game) (bool, error) { return g.Challenger == me, nil }); err != nil {
		return err
	}
	errs := []error{c.playGames(ctx, now)}

	v := ChallengerView{Now: now, Params: *c.params, Proposals: c.known, Verdicts: make(map[uint64]Verdict),
		Challenged: make(map[uint64]bool)}
	for _, g := range c.games {
		v.Challenged[g.Proposal] = true
	}
	for id := range c.known {
		if _, ok, err := c.store.Get(keyU64("y/", id)); err != nil {
			return errors.Join(append(errs, err)...)
		} else if ok {
			v.Challenged[id] = true // one challenge per proposal, ever
		}
	}
	var ids []uint64
	for id, p := range c.known {
		if p.Status != ProposalPending {
			continue
		}
		ids = append(ids, id)
		vd, err := c.verdict(ctx, now, p)
		if err != nil {
			c.log.Warn("prover: judge proposal", "proposal", id, "err", err)
			continue
		}
		v.Verdicts[id] = vd
		if vd == VerdictUnknown && now*5 > p.Time*5+c.params.ChallengeWindow*4 {
			key := fmt.Sprintf("behind/%d", id)
			if _, told := c.tried[key]; !told {
				c.tried[key] = now
				c.log.Warn("prover: node has not derived a proposal's batch with 20% of its window left",
					"proposal", id, "batch", p.Batch, "proposed", p.Time, "now", now)
			}
		}
		if par, ok := c.known[p.Parent]; ok && par.Status == ProposalPending {
			if pv, err := c.verdict(ctx, now, par); err == nil {
				v.Verdicts[p.Parent] = pv
			}
		}
	}
	slices.Sort(ids)
	acts, missed := PlanChallenger(v, ids)
	for _, id := range missed {
		p := c.known[id]
		if _, told := c.tried[fmt.Sprintf("missed/%d", id)]; told {
			continue // reported once per process
		}
		c.tried[fmt.Sprintf("missed/%d", id)] = now
		c.log.Error("prover: wrong proposal found after its challenge window", "proposal", id, "batch", p.Batch,
			"proposed", p.Time, "now", now)
		errs = append(errs, fmt.Errorf("%w: proposal %d", ErrWindowMissed, id))
	}
	for _, act := range acts {
		switch act.Kind {
		case ActReject:
			if err := c.once(now, act.Kind, act.Proposal, func() error { return c.l1.Reject(ctx, act.Proposal) }); err != nil {
				c.log.Warn("prover: reject", "proposal", act.Proposal, "err", err)
			}
		case ActChallenge:
			c.challenge(ctx, now, act.Proposal)
		}
	}
	c.claimCredit(ctx)
	return errors.Join(errs...)
}

// verdict judges p once its batch is derived (stored, so a restart does
// not recompute it).
func (c *Challenger) verdict(ctx context.Context, now uint64, p Proposal) (Verdict, error) {
	if v, ok, err := c.store.Get(keyVerdict(p.ID)); err != nil || (ok && len(v) == 1) {
		if err != nil {
			return VerdictUnknown, err
		}
		return Verdict(v[0]), nil
	}
	safe, err := c.src.Safe(ctx)
	if err != nil || p.Batch > safe {
		return VerdictUnknown, err
	}
	start := time.Now()
	out, err := c.trace.Output(ctx, p.Batch)
	if err != nil {
		return VerdictUnknown, err
	}
	vd := VerdictAgree
	if out.Roots != p.Roots() || out.StepsEnd != p.StepsEnd {
		vd = VerdictDisagree
	}
	d := time.Since(start)
	c.m.detect.Observe(d.Seconds())
	if vd == VerdictDisagree {
		c.log.Warn("prover: wrong proposal", "proposal", p.ID, "batch", p.Batch, "claimed_state", p.StateRoot,
			"state", out.Roots.State, "detect", d, "l1_seconds_since_proposal", now-min(now, p.Time))
	}
	return vd, c.store.Put(keyVerdict(p.ID), []byte{byte(vd)})
}

func (c *Challenger) challenge(ctx context.Context, now uint64, id uint64) {
	key := keyU64("x/", id)
	var prev uint64
	if v, ok, err := c.store.Get(key); err != nil {
		c.log.Warn("prover: challenge record", "proposal", id, "err", err)
		return
	} else if ok && len(v) == 8 {
		prev = uint64FromBytes(v)
		if now < prev+c.cfg.Resend {
			return // sent, not seen on the chain yet
		}
	}
	if err := putU64(c.store, key, now); err != nil {
		c.log.Warn("prover: challenge record", "proposal", id, "err", err)
		return
	}
	game, err := c.l1.Challenge(ctx, id)
	c.count(ActChallenge, err)
	if err != nil {
		c.log.Warn("prover: challenge", "proposal", id, "err", err)
		return
	}
	if err := c.store.Put(keyU64("y/", id), nil); err != nil {
		c.log.Warn("prover: challenge record", "proposal", id, "err", err)
	}
	c.log.Info("prover: challenged", "proposal", id, "game", game,
		"l1_seconds_since_proposal", now-min(now, c.known[id].Time))
}
