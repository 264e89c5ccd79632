package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/prometheus/client_golang/prometheus"
)

// AgentConfig tunes the proposer and the challenger.
type AgentConfig struct {
	// Interval is the proposer's L1 seconds between proposals.
	Interval uint64
	// Margin is the fraction of the clock T under which a move counts as
	// late (logged and counted; the agent still moves).
	Margin float64
	// Resend is the L1 seconds after which a move sent at a position the
	// chain still shows is sent again (a dropped transaction); keep it well
	// under Margin x T. A late move is sent again at every tick.
	Resend uint64
}

// DefaultAgentConfig returns the defaults.
func DefaultAgentConfig() AgentConfig { return AgentConfig{Interval: 60, Margin: 0.2, Resend: 24} }

// Validate checks the config.
func (c *AgentConfig) Validate() error {
	if c.Interval == 0 {
		return errors.New("prover: Interval must be > 0")
	}
	if c.Margin <= 0 || c.Margin >= 1 {
		return fmt.Errorf("prover: Margin %v outside (0, 1)", c.Margin)
	}
	if c.Resend == 0 {
		return errors.New("prover: Resend must be > 0")
	}
	return nil
}

// agentMetrics are an agent's instruments (always built; exported when a
// registry is given).
type agentMetrics struct {
	moves   *prometheus.CounterVec // by kind and result
	late    prometheus.Counter
	expired prometheus.Counter
	games   *prometheus.CounterVec // by outcome: won, lost
	detect  prometheus.Histogram
	leaf    prometheus.Histogram
	open    prometheus.Gauge // open games
	left    prometheus.Gauge // least clock left in a game where it is to move, s
}

func newAgentMetrics(reg prometheus.Registerer, role string) *agentMetrics {
	const ns = "quire"
	sub := "rollup_" + role
	buckets := prometheus.ExponentialBuckets(0.001, 2, 16)
	m := &agentMetrics{
		moves: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "moves_total",
			Help: "Calls sent to RollupGame by kind and result (ok, error)."}, []string{"kind", "result"}),
		late: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "late_moves_total",
			Help: "Moves made with less than the margin of the clock left."}),
		expired: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "clock_expired_total",
			Help: "Games where this agent's clock ran out before it moved."}),
		games: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "games_total",
			Help: "Games of this agent by outcome (won, lost)."}, []string{"outcome"}),
		detect: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "verdict_seconds",
			Help: "Time to recompute a proposal's output and judge it.", Buckets: buckets}),
		leaf: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "leaf_seconds",
			Help: "Time to compute a leaf's pre-state and build its step proof.", Buckets: buckets}),
		open: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "open_games",
			Help: "Open games this agent plays."}),
		left: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "min_clock_left_seconds",
			Help: "The least clock time left in a game where this agent is to move (the clock T when none)."}),
	}
	if reg != nil {
		reg.MustRegister(m.moves, m.late, m.expired, m.games, m.detect, m.leaf, m.open, m.left)
	}
	return m
}

// agent is what the proposer and the challenger share: the chain view,
// the store, and the game moves.
type agent struct {
	cfg    AgentConfig
	side   Side
	l1     L1
	trace  *Trace
	prover StepProver
	store  AgentStore
	log    *slog.Logger
	m      *agentMetrics

	params   *GameParams
	known    map[uint64]Proposal // proposals read (settled ones kept)
	games    map[uint64]Game     // this agent's games (settled ones dropped)
	finished map[uint64]bool     // games whose outcome was counted
	tried    map[string]uint64   // L1 time of the last finalize/reject per proposal
}

func newAgent(cfg AgentConfig, side Side, l1 L1, trace *Trace, prover StepProver, store AgentStore,
	reg prometheus.Registerer, log *slog.Logger) (*agent, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &agent{cfg: cfg, side: side, l1: l1, trace: trace, prover: prover, store: store,
		log: log.With("component", side.String()), m: newAgentMetrics(reg, side.String()),
		known: make(map[uint64]Proposal), games: make(map[uint64]Game), finished: make(map[uint64]bool),
		tried: make(map[string]uint64)}, nil
}

// proposal returns proposal id (read from L1 when not known yet).
func (a *agent) proposal(ctx context.Context, id uint64) (Proposal, error) {
	if p, ok := a.known[id]; ok {
		return p, nil
	}
	p, err := a.l1.Proposal(ctx, id)
	if err != nil {
		return Proposal{}, err
	}
	a.known[id] = p
	return p, nil
}

// refresh reads the proposals and games not settled at the last tick and
// the new ones, and keeps the games mine says are this agent's.
func (a *agent) refresh(ctx context.Context, mine func(Game) (bool, error)) error {
	if a.params == nil {
		p, err := a.l1.Params(ctx)
		if err != nil {
			return err
		}
		a.params = &p
	}
	n, err := a.l1.ProposalCount(ctx)
	if err != nil {
		return err
	}
	from, err := getU64(a.store, keyProposalScan)
	if err != nil {
		return err
	}
	if len(a.known) == 0 { // a fresh process: the latest finalized proposal lies before the scan
		fin, err := getU64(a.store, keyFinal)
		if err != nil {
			return err
		}
		if _, err := a.proposal(ctx, fin); err != nil {
			return err
		}
	}
	next := from
	for id := from; id < n; id++ {
		p, err := a.l1.Proposal(ctx, id)
		if err != nil {
			return err
		}
		a.known[id] = p
		if next == id && p.Status != ProposalPending && id+1 < n {
			next = id + 1 // keep the newest one in the scan
		}
	}
	if next != from {
		var fin *Proposal
		for _, p := range a.known {
			if p.Status == ProposalFinalized && (fin == nil || p.Batch > fin.Batch) {
				fin = &p
			}
		}
		if fin != nil {
			if err := putU64(a.store, keyFinal, fin.ID); err != nil {
				return err
			}
		}
		if err := putU64(a.store, keyProposalScan, next); err != nil {
			return err
		}
	}
	// Parents below the scan are settled: read them once, so decisions
	// about their children see them after a restart.
	for _, p := range a.known {
		if p.Status == ProposalPending {
			if _, err := a.proposal(ctx, p.Parent); err != nil {
				return err
			}
		}
	}
	gn, err := a.l1.GameCount(ctx)
	if err != nil {
		return err
	}
	gfrom, err := getU64(a.store, keyGameScan)
	if err != nil {
		return err
	}
	gnext := gfrom
	for id := gfrom; id < gn; id++ {
		g, err := a.l1.Game(ctx, id)
		if err != nil {
			return err
		}
		ok, err := mine(g)
		if err != nil {
			return err
		}
		if ok {
			a.games[id] = g
		}
		if gnext == id && g.Status != GameOpen {
			gnext = id + 1
		}
	}
	if gnext != gfrom {
		return putU64(a.store, keyGameScan, gnext)
	}
	return nil
}

// claims answers claims through the store, so a restarted agent reuses
// the claims it computed (and moved with) before.
func (a *agent) claims(ctx context.Context) Claims {
	return func(n uint64) (c common.Hash, err error) {
		v, ok, err := a.store.Get(keyClaim(n))
		if err != nil {
			return c, err
		}
		if ok && len(v) == 32 {
			return common.BytesToHash(v), nil
		}
		h, err := a.trace.ClaimAfter(ctx, n)
		if err != nil {
			return c, err
		}
		return h, a.store.Put(keyClaim(n), h[:])
	}
}

// playGames moves in every open game of this agent. It returns
// ErrClockExpired (joined with the games) when this agent's clock ran out
// in one; other failures are logged and retried at the next tick.
func (a *agent) playGames(ctx context.Context, now uint64) error {
	var errs []error
	open, left := 0, a.params.Clock
	for _, g := range a.games {
		if g.Status == GameOpen {
			open++
			if g.Turn == a.side {
				left = min(left, g.Left(a.side, now))
			}
		}
	}
	a.m.open.Set(float64(open))
	a.m.left.Set(float64(left))
	for id, g := range a.games {
		if g.Status != GameOpen {
			if !a.finished[id] {
				a.finished[id] = true
				won := (g.Status == GameProposerWon) == (a.side == SideProposer)
				outcome := map[bool]string{true: "won", false: "lost"}[won]
				a.m.games.WithLabelValues(outcome).Inc()
				a.log.Info("prover: game over", "game", id, "proposal", g.Proposal, "outcome", outcome, "status", g.Status.String())
			}
			delete(a.games, id)
			continue
		}
		p, err := a.proposal(ctx, g.Proposal)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if p.Status == ProposalRejected && a.side == SideChallenger {
			// Another challenger already beat it: RollupGame ends this
			// game at once on timeout and refunds the bond.
			a.move(ctx, now, g, Action{Kind: ActTimeout, Game: g.ID, Proposal: g.Proposal})
			continue
		}
		parent, err := a.proposal(ctx, p.Parent)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		act, ok, err := PlanGame(a.side, g, parent.StepsEnd, now, a.params.Clock, a.cfg.Margin, a.claims(ctx))
		if errors.Is(err, ErrClockExpired) {
			a.m.expired.Inc()
			a.log.Error("prover: clock ran out before moving", "game", id, "proposal", g.Proposal,
				"lo", g.Lo, "hi", g.Hi, "turn_start", g.TurnStart, "now", now)
			errs = append(errs, fmt.Errorf("%w: game %d", ErrClockExpired, id))
			continue
		}
		if err != nil {
			a.log.Warn("prover: cannot plan a move", "game", id, "err", err)
			continue
		}
		if !ok {
			continue
		}
		a.move(ctx, now, g, act)
	}
	return errors.Join(errs...)
}

// move sends one game move unless the same move at the same position was
// sent less than Resend ago (written to the store before sending, so a
// restart never moves twice at one position).
func (a *agent) move(ctx context.Context, now uint64, g Game, act Action) {
	rec := sentMove{Lo: g.Lo, Hi: g.Hi, Turn: g.Turn, Kind: act.Kind.String(), At: now}
	var prev sentMove
	if ok, err := getJSON(a.store, keyMove(g.ID), &prev); err != nil {
		a.log.Warn("prover: move record", "game", g.ID, "err", err)
		return
	} else if ok && prev.Lo == rec.Lo && prev.Hi == rec.Hi && prev.Turn == rec.Turn && prev.Kind == rec.Kind &&
		now < prev.At+a.cfg.Resend && !act.Late {
		return // sent, not included yet; once late, it is sent again at every tick
	}
	var proof []byte
	var ps *PreState
	if act.Kind == ActStep {
		start := time.Now()
		var err error
		if ps, err = a.trace.PreState(ctx, act.Step); err != nil {
			a.log.Warn("prover: leaf pre-state", "game", g.ID, "step", act.Step, "err", err)
			return
		}
		if ps.Claim() != g.ClaimLo {
			a.log.Error("prover: own pre-state differs from the game's agreed claim; cannot step", "game", g.ID, "step", act.Step)
			return
		}
		if proof, err = a.prover.BuildStep(ctx, ps); err != nil {
			a.log.Warn("prover: build step proof", "game", g.ID, "step", act.Step, "err", err)
			return
		}
		d := time.Since(start)
		a.m.leaf.Observe(d.Seconds())
		a.log.Info("prover: leaf inputs", "game", g.ID, "step", act.Step, "proof_bytes", len(proof), "took", d)
	}
	if err := putJSON(a.store, keyMove(g.ID), rec); err != nil {
		a.log.Warn("prover: move record", "game", g.ID, "err", err)
		return
	}
	if act.Late {
		a.m.late.Inc()
		a.log.Warn("prover: moving late", "game", g.ID, "kind", act.Kind.String(), "left", g.Left(a.side, now), "clock", a.params.Clock)
	}
	var err error
	switch act.Kind {
	case ActBisect:
		err = a.l1.Bisect(ctx, g.ID, act.Mid)
	case ActChoose:
		err = a.l1.Choose(ctx, g.ID, act.Agree)
	case ActStep:
		err = a.l1.Step(ctx, g.ID, ps.Roots, ps.Cursor, proof)
	case ActTimeout:
		err = a.l1.Timeout(ctx, g.ID)
	default:
		err = fmt.Errorf("prover: %s is no game move", act.Kind)
	}
	a.count(act.Kind, err)
	if err != nil {
		a.log.Warn("prover: move failed", "game", g.ID, "kind", act.Kind.String(), "lo", g.Lo, "hi", g.Hi, "err", err)
		return
	}
	a.log.Debug("prover: moved", "game", g.ID, "kind", act.Kind.String(), "lo", g.Lo, "hi", g.Hi, "agree", act.Agree)
}

func (a *agent) count(k ActionKind, err error) {
	result := "ok"
	if err != nil {
		result = "error"
	}
	a.m.moves.WithLabelValues(k.String(), result).Inc()
}

// once calls fn for (kind, proposal) unless it did less than Resend ago.
func (a *agent) once(now uint64, k ActionKind, id uint64, fn func() error) error {
	key := fmt.Sprintf("%s/%d", k, id)
	if at, ok := a.tried[key]; ok && now < at+a.cfg.Resend {
		return nil
	}
	a.tried[key] = now
	err := fn()
	a.count(k, err)
	return err
}

// claimCredit pulls the agent's payouts.
func (a *agent) claimCredit(ctx context.Context) {
	c, err := a.l1.Credit(ctx, a.l1.Address())
	if err != nil || c.Sign() == 0 {
		return
	}
	if err := a.l1.ClaimCredit(ctx); err != nil {
		a.log.Warn("prover: claim credit", "err", err)
		return
	}
	a.log.Info("prover: claimed credit", "wei", c.String())
}
