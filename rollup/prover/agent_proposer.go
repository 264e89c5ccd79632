package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"
)

// Proposer is the honest proposer (or, with a faulty Trace, a dishonest
// one that plays its lie consistently): every Interval it proposes the
// latest safe batch on top of its latest pending proposal or the latest
// finalized one, defends every game against its proposals (bisecting with
// its trace's claims, stepping at the leaf), times out challengers that
// stop moving, finalizes its proposals and claims its credit. Drive it
// with Tick.
type Proposer struct {
	*agent
	src Source
}

// NewProposer returns a proposer over l1 whose outputs and claims come
// from trace (over src), whose step proofs come from prover, keeping its
// state in store. reg and log may be nil.
func NewProposer(cfg AgentConfig, l1 L1, src Source, trace *Trace, prover StepProver, store AgentStore,
	reg prometheus.Registerer, log *slog.Logger) (*Proposer, error) {
	a, err := newAgent(cfg, SideProposer, l1, trace, prover, store, reg, log)
	if err != nil {
		return nil, err
	}
	return &Proposer{agent: a, src: src}, nil
}

// Tick reads the chain and makes every move due now. It returns
// ErrClockExpired when a game was lost because this proposer did not move
// in time; other failures (a reverted move, an L1 read) are logged and
// retried at the next tick, or returned when the chain cannot be read.
func (p *Proposer) Tick(ctx context.Context) error {
	now, err := p.l1.Now(ctx)
	if err != nil {
		return err
	}
	me := p.l1.Address()
	if err := p.refresh(ctx, func(g Game) (bool, error) {
		pr, err := p.proposal(ctx, g.Proposal)
		return pr.Proposer == me, err
	}); err != nil {
		return err
	}
	gameErr := p.playGames(ctx, now)

	safe, err := p.src.Safe(ctx)
	if err != nil {
		return errors.Join(gameErr, err)
	}
	last, err := getU64(p.store, keyLastPropose)
	if err != nil {
		return errors.Join(gameErr, err)
	}
	v := ProposerView{Me: me, Now: now, Params: *p.params, Interval: p.cfg.Interval, Safe: safe, LastSent: last,
		OpenGames: make(map[uint64]int)}
	for _, pr := range p.known {
		v.Proposals = append(v.Proposals, pr)
		if pr.Proposer == me && pr.Status == ProposalRejected {
			if err := p.store.Put(keyLost(pr.Parent, pr.Batch), nil); err != nil {
				return errors.Join(gameErr, err)
			}
		}
	}
	for _, g := range p.games {
		if g.Status == GameOpen {
			v.OpenGames[g.Proposal]++
		}
	}
	for _, act := range PlanProposer(v) {
		switch act.Kind {
		case ActFinalize:
			if err := p.once(now, act.Kind, act.Proposal, func() error { return p.l1.Finalize(ctx, act.Proposal) }); err != nil {
				p.log.Warn("prover: finalize", "proposal", act.Proposal, "err", err)
			} else {
				p.log.Info("prover: finalized", "proposal", act.Proposal)
				delete(p.known, act.Proposal) // re-read
			}
		case ActReject:
			if err := p.once(now, act.Kind, act.Proposal, func() error { return p.l1.Reject(ctx, act.Proposal) }); err != nil {
				p.log.Warn("prover: reject own proposal", "proposal", act.Proposal, "err", err)
			} else {
				p.log.Info("prover: rejected own proposal: a sibling finalized first", "proposal", act.Proposal)
				delete(p.known, act.Proposal)
			}
		case ActPropose:
			if _, lost, err := p.store.Get(keyLost(act.Parent, act.Batch)); err != nil || lost {
				// Its proposal of this batch on this parent was rejected:
				// proposing the same output again would lose again.
				if lost && p.tried[string(keyLost(act.Parent, act.Batch))] == 0 {
					p.tried[string(keyLost(act.Parent, act.Batch))] = now
					p.log.Error("prover: own proposal was rejected; not proposing this batch on this parent again",
						"parent", act.Parent, "batch", act.Batch)
				}
				continue
			}
			if err := p.propose(ctx, now, act); err != nil && ctx.Err() == nil { // not when stopping
				p.log.Warn("prover: propose", "batch", act.Batch, "parent", act.Parent, "err", err)
			}
		}
	}
	p.claimCredit(ctx)
	return gameErr
}

func (p *Proposer) propose(ctx context.Context, now uint64, act Action) error {
	out, err := p.trace.Output(ctx, act.Batch)
	if err != nil {
		return err
	}
	// Written before sending: a crash after the send waits one interval
	// rather than proposing the same batch twice.
	if err := putU64(p.store, keyLastPropose, now); err != nil {
		return err
	}
	id, err := p.l1.Propose(ctx, act.Parent, act.Batch, out.Roots, out.L2Block)
	p.count(ActPropose, err)
	if err != nil {
		return fmt.Errorf("prover: propose batch %d: %w", act.Batch, err)
	}
	p.log.Info("prover: proposed", "proposal", id, "parent", act.Parent, "batch", act.Batch,
		"steps_end", out.StepsEnd, "output", out.Root())
	return nil
}
