package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/internal/app/dashboard"
	rl1 "github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Roles of the devnet's fault-proof agents, as the dashboard and the
// demo name them.
const (
	roleProposer   = "proposer"
	roleChallenger = "challenger"
	roleLiar       = "dishonest proposer"
)

// agentTick is how often the devnet's agents look at the game. Their
// moves are L1 transactions the embedded chain seals at once.
const agentTick = 500 * time.Millisecond

// gameNet is the fault-proof side of the devnet's rollup: RollupGame with
// the real one-step verifier, and agents reading the verifier node: an
// honest proposer posting outputs every proposal interval and an honest
// challenger checking every output; the demo adds a dishonest proposer.
// It records every move's receipt (OnReceipt) for the dashboard and the
// demo's report.
type gameNet struct {
	log    *slog.Logger
	game   *rl1.Game
	src    *prover.NodeSource
	np     *prover.NodeProver
	p      stf.Params
	cfg    prover.AgentConfig
	view   *prover.GameL1 // reads for the dashboard
	honest *prover.Proposer
	chal   *prover.Challenger
	names  map[common.Address]string
	now    func(ctx context.Context) (uint64, error)

	mu       sync.Mutex
	liar     *prover.Proposer
	liarAddr common.Address
	moves    map[uint64][]dashboard.GameMove // by game ID
	proposed map[uint64]moveGas              // propose receipts by proposal ID
	results  map[uint64]string               // how each finished game ended
	started  map[uint64]time.Time            // wall time of each game's challenge
	resolved map[uint64]time.Time            // and of its resolution
}

// moveGas is one recorded transaction's gas, sender and hash.
type moveGas struct {
	role string
	gas  uint64
	tx   common.Hash
	at   time.Time // wall time it was recorded
}

// startGame starts the honest proposer and challenger over the verifier
// node of r (its inbox events from vin, its rows from fetch, its state in
// st).
func (d *Devnet) startGame(ctx context.Context, r *rollupNet, p stf.Params, vin *rl1.Inbox, fetch node.Fetcher, st state.Store) (*gameNet, error) {
	game, err := r.inbox.Game(ctx)
	if err != nil {
		return nil, err
	}
	g := &gameNet{log: d.log.With("service", "fault-proof"), game: game, p: p,
		names: map[common.Address]string{d.propAcct.addr: roleProposer, d.chalAcct.addr: roleChallenger, d.liarAcct.addr: roleLiar},
		moves: make(map[uint64][]dashboard.GameMove), proposed: make(map[uint64]moveGas),
		results: make(map[uint64]string), started: make(map[uint64]time.Time), resolved: make(map[uint64]time.Time)}
	g.src = prover.NewNodeSource(p, vin, fetch, r.verifier, st)
	g.np = &prover.NodeProver{Src: g.src, Params: p, KZG: d.kzg}
	g.cfg = prover.DefaultAgentConfig()
	g.cfg.Interval = max(1, r.cfg.ProposalInterval.Seconds())
	// A move the chain still asks for is sent again after 4 L1 seconds:
	// well under the late margin (0.2 of each side's 30 s clock).
	g.cfg.Resend = 4
	honestL1 := g.gameL1(d, game, d.propAcct)
	g.view = honestL1
	g.now = honestL1.Now
	if g.honest, err = g.proposer(d, honestL1, nil); err != nil {
		return nil, err
	}
	trace, err := prover.NewTrace(prover.DefaultTraceConfig(p), g.src)
	if err != nil {
		return nil, err
	}
	db, err := d.agentDB()
	if err != nil {
		return nil, err
	}
	if g.chal, err = prover.NewChallenger(g.cfg, g.gameL1(d, game, d.chalAcct), g.src, trace, g.np, db, nil, g.log.With("agent", roleChallenger)); err != nil {
		return nil, err
	}
	d.goRun(g.run)
	return g, nil
}

// agentDB opens an in-memory agent store, closed with the devnet.
func (d *Devnet) agentDB() (*prover.DB, error) {
	db, err := prover.OpenDB("", nil)
	if err != nil {
		return nil, err
	}
	d.stops = append(d.stops, func() { db.Close() })
	return db, nil
}

// gameL1 is the agents' L1 from account a, recording its moves.
func (g *gameNet) gameL1(d *Devnet, game *rl1.Game, a *account) *prover.GameL1 {
	gl := prover.NewGameL1(game, d.chain.backend, a.tx, g.src, 0)
	role := g.names[a.addr]
	gl.OnReceipt = func(op string, id uint64, r *types.Receipt) { g.record(role, op, id, r) }
	return gl
}

// proposer returns a proposer agent over l; fault, when set, makes it lie.
func (g *gameNet) proposer(d *Devnet, l *prover.GameL1, fault *prover.Fault) (*prover.Proposer, error) {
	tc := prover.DefaultTraceConfig(g.p)
	tc.Fault = fault
	trace, err := prover.NewTrace(tc, g.src)
	if err != nil {
		return nil, err
	}
	db, err := d.agentDB()
	if err != nil {
		return nil, err
	}
	role := roleProposer
	if fault != nil {
		role = roleLiar
	}
	return prover.NewProposer(g.cfg, l, g.src, trace, g.np, db, nil, g.log.With("agent", role))
}

// startLiar adds the dishonest proposer: its trace lies (fault) at the
// first step at or after fault.Step it can lie at, and it proposes like
// the honest one.
func (g *gameNet) startLiar(d *Devnet, fault prover.Fault) error {
	fault.Beneficiary = d.liarAcct.addr
	liar, err := g.proposer(d, g.gameL1(d, g.game, d.liarAcct), &fault)
	if err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.liar, g.liarAddr = liar, d.liarAcct.addr
	return nil
}

// run ticks the agents until ctx ends.
func (g *gameNet) run(ctx context.Context) {
	t := time.NewTicker(agentTick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		g.tick(ctx, roleProposer, g.honest.Tick)
		g.tick(ctx, roleChallenger, g.chal.Tick)
		g.mu.Lock()
		liar := g.liar
		g.mu.Unlock()
		if liar != nil {
			g.tick(ctx, roleLiar, liar.Tick)
		}
	}
}

func (g *gameNet) tick(ctx context.Context, role string, fn func(context.Context) error) {
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := fn(tctx); err != nil && ctx.Err() == nil {
		lvl := slog.LevelDebug
		if errors.Is(err, prover.ErrClockExpired) || errors.Is(err, prover.ErrWindowMissed) {
			lvl = slog.LevelWarn
		}
		g.log.Log(ctx, lvl, "fault-proof agent", "agent", role, "err", err)
	}
}

// record keeps a mined move's gas and what its events say.
func (g *gameNet) record(role, op string, id uint64, r *types.Receipt) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if op == "propose" {
		g.proposed[id] = moveGas{role: role, gas: r.GasUsed, tx: r.TxHash, at: time.Now()}
		return
	}
	switch op {
	case "challenge", "bisect", "choose", "step", "timeout":
	default:
		return
	}
	m := dashboard.GameMove{Op: op, Side: role, Gas: r.GasUsed, Tx: r.TxHash.Hex(), Time: uint64(time.Now().Unix())}
	for _, l := range r.Logs {
		if l.Address != g.game.Address() {
			continue
		}
		ev, err := rl1.DecodeGameEvent(l)
		if err != nil {
			continue
		}
		switch ev.Name {
		case "Challenged":
			m.Lo, m.Hi = 0, ev.Steps
			g.started[id] = time.Now()
		case "Bisected":
			m.Lo, m.Hi, m.Claim = ev.Lo, ev.Hi, ev.Claim.Hex()
		case "Chosen":
			m.Lo, m.Hi = ev.Lo, ev.Hi
		case "Stepped":
			m.Claim = ev.Claim.Hex() // the range stays the leaf's (below)
		case "GameResolved":
			g.resolved[id] = time.Now()
			g.results[id] = resolution(ev)
		}
	}
	if op != "challenge" && m.Hi == 0 {
		if prev := g.moves[id]; len(prev) > 0 {
			m.Lo, m.Hi = prev[len(prev)-1].Lo, prev[len(prev)-1].Hi
		}
	}
	g.moves[id] = append(g.moves[id], m)
}

// resolution says how a game ended, from its GameResolved event.
func resolution(ev rl1.GameEvent) string {
	winner := roleProposer
	if ev.State == rl1.GameChallengerWon {
		winner = roleChallenger
	}
	switch ev.How {
	case 0:
		if winner == roleChallenger {
			return "one-step: the proposer's claim after the step is wrong; the challenger wins"
		}
		return "one-step: the proposer's claim after the step is right; the proposer wins"
	case 1:
		return fmt.Sprintf("timeout: the %s wins, the other side ran out of clock", winner)
	case 2:
		return fmt.Sprintf("no steps to dispute: the %s wins", winner)
	case 3:
		return fmt.Sprintf("the proposal was rejected: the %s wins", winner)
	}
	return fmt.Sprintf("the %s wins", winner)
}

// dashboard returns the newest proposals (at most 20) and games (at most
// 10), read from RollupGame, with the recorded moves.
func (g *gameNet) dashboard(ctx context.Context) ([]dashboard.Proposal, []dashboard.Game) {
	if g == nil {
		return nil, nil
	}
	now, err := g.now(ctx)
	if err != nil {
		return nil, nil
	}
	params, err := g.view.Params(ctx)
	if err != nil {
		return nil, nil
	}
	np, err := g.view.ProposalCount(ctx)
	if err != nil {
		return nil, nil
	}
	ngames, err := g.view.GameCount(ctx)
	if err != nil {
		return nil, nil
	}
	gamesOf := make(map[uint64]int)
	var games []dashboard.Game
	for id := ngames; id > 0 && len(games) < 10; id-- {
		gm, err := g.view.Game(ctx, id-1)
		if err != nil {
			continue
		}
		pr, err := g.view.Proposal(ctx, gm.Proposal)
		if err != nil {
			continue
		}
		gamesOf[gm.Proposal]++
		out := dashboard.Game{ID: gm.ID, Proposal: gm.Proposal, Proposer: pr.Proposer.Hex(), Challenger: gm.Challenger.Hex(),
			Status: gm.Status.String(), Lo: gm.Lo, Hi: gm.Hi, ClaimLo: gm.ClaimLo.Hex(), ClaimHi: gm.ClaimHi.Hex(),
			ProposerClock: gm.Left(prover.SideProposer, now), ChallengerClock: gm.Left(prover.SideChallenger, now),
			Clock: params.Clock, Now: now}
		if gm.Status == prover.GameOpen {
			out.Turn = gm.Turn.String()
		}
		g.mu.Lock()
		out.Moves = append([]dashboard.GameMove(nil), g.moves[gm.ID]...)
		out.Result = g.results[gm.ID]
		g.mu.Unlock()
		if len(out.Moves) > 0 {
			out.Steps = out.Moves[0].Hi
		}
		games = append(games, out)
	}
	var props []dashboard.Proposal
	for id := np; id > 1 && len(props) < 20; id-- {
		pr, err := g.view.Proposal(ctx, id-1)
		if err != nil {
			continue
		}
		status := [...]string{"pending", "finalized", "rejected"}[min(int(pr.Status), 2)]
		props = append(props, dashboard.Proposal{ID: pr.ID, Parent: pr.Parent, Batch: pr.Batch, StepsEnd: pr.StepsEnd,
			StateRoot: pr.StateRoot.Hex(), Proposer: pr.Proposer.Hex(), Status: status,
			FinalizesAt: pr.Time + params.ChallengeWindow, Games: gamesOf[pr.ID]})
	}
	return props, games
}

// GameMoveReport is one move of the demo's game.
type GameMoveReport struct {
	Op   string `json:"op"`
	Side string `json:"side"`
	Lo   uint64 `json:"lo"`
	Hi   uint64 `json:"hi"`
	Gas  uint64 `json:"gas"`
	Tx   string `json:"tx"`
}

// GameReport is the demo's fault-proof part: the dishonest proposer's
// output, the game the challenger won against it, each move's gas.
type GameReport struct {
	Fault         string           `json:"fault"`       // the lie, and at which global step
	Proposal      uint64           `json:"proposal"`    // the dishonest output's proposal ID
	Batch         uint64           `json:"batch"`       // the inbox batch it covers
	ProposeGas    uint64           `json:"propose_gas"` // its propose transaction
	Game          uint64           `json:"game"`
	Steps         uint64           `json:"steps"` // N, the disputed range at the challenge
	Moves         []GameMoveReport `json:"moves"`
	Result        string           `json:"result"`
	Rejected      bool             `json:"rejected"` // the proposal is rejected on L1
	ChallengerWon bool             `json:"challenger_won"`
	// ProposerGas and ChallengerGas total each side's moves (the
	// proposal's own propose transaction in ProposerGas).
	ProposerGas   uint64  `json:"proposer_gas"`
	ChallengerGas uint64  `json:"challenger_gas"`
	DetectMS      float64 `json:"detect_ms"` // the proposal mined to the challenge mined
	GameMS        float64 `json:"game_ms"`   // the challenge to the resolution
}

// demoGame starts the dishonest proposer, lying about a transfer at or
// after global step `from` (the demo's transfers come after it), and
// returns the liar's start; finishGame then waits for its output to be
// challenged and beaten.
func (d *Devnet) demoGame(ctx context.Context, w io.Writer) (*GameReport, error) {
	g := d.rollup.game
	h, err := d.rollup.inbox.Head(ctx)
	if err != nil {
		return nil, err
	}
	fault := prover.Fault{Kind: prover.FaultArithmetic, Step: h.StepsEnd}
	if err := g.startLiar(d, fault); err != nil {
		return nil, err
	}
	rep := &GameReport{Fault: fmt.Sprintf("%s at the first transfer from global step %d", fault.Kind, fault.Step)}
	fmt.Fprintf(w, "rollup: a dishonest proposer (%s) will post an output with wrong arithmetic in one transfer (from global step %d)\n",
		d.liarAcct.addr, fault.Step)
	return rep, nil
}

// finishGame waits until the challenger has beaten the dishonest
// proposer's output at the one-step and the proposal is rejected, then
// fills rep from L1 and the recorded moves.
func (d *Devnet) finishGame(ctx context.Context, w io.Writer, rep *GameReport) error {
	g := d.rollup.game
	type won struct {
		p prover.Proposal
		g prover.Game
	}
	res, err := waitFor(ctx, 4*time.Minute, func() (won, bool, error) {
		n, err := g.view.GameCount(ctx)
		if err != nil {
			return won{}, false, nil
		}
		for id := uint64(0); id < n; id++ {
			gm, err := g.view.Game(ctx, id)
			if err != nil {
				return won{}, false, nil
			}
			pr, err := g.view.Proposal(ctx, gm.Proposal)
			if err != nil || pr.Proposer != g.liarAddr {
				continue
			}
			if gm.Status == prover.GameChallengerWon && pr.Status == prover.ProposalRejected {
				return won{pr, gm}, true, nil
			}
		}
		return won{}, false, nil
	})
	if err != nil {
		return fmt.Errorf("the challenger did not beat the dishonest output: %w", err)
	}
	rep.Proposal, rep.Batch, rep.Game = res.p.ID, res.p.Batch, res.g.ID
	rep.Rejected, rep.ChallengerWon = res.p.Status == prover.ProposalRejected, res.g.Status == prover.GameChallengerWon
	g.mu.Lock()
	pg := g.proposed[res.p.ID]
	moves := append([]dashboard.GameMove(nil), g.moves[res.g.ID]...)
	rep.Result = g.results[res.g.ID]
	start, end := g.started[res.g.ID], g.resolved[res.g.ID]
	g.mu.Unlock()
	rep.ProposeGas, rep.ProposerGas = pg.gas, pg.gas
	for _, m := range moves {
		rep.Moves = append(rep.Moves, GameMoveReport{Op: m.Op, Side: m.Side, Lo: m.Lo, Hi: m.Hi, Gas: m.Gas, Tx: m.Tx})
		if m.Side == roleChallenger {
			rep.ChallengerGas += m.Gas
		} else {
			rep.ProposerGas += m.Gas
		}
	}
	if len(moves) > 0 {
		rep.Steps = moves[0].Hi
	}
	if !pg.at.IsZero() && !start.IsZero() {
		rep.DetectMS = ms(start.Sub(pg.at))
	}
	if !start.IsZero() && !end.IsZero() {
		rep.GameMS = ms(end.Sub(start))
	}
	// The dashboard draws the same game.
	st, err := d.source.State(ctx)
	if err != nil {
		return err
	}
	drawn := false
	if st.Rollup != nil {
		for _, dg := range st.Rollup.Games {
			drawn = drawn || (dg.ID == rep.Game && dg.Status == "challenger-won" && dg.Result != "" && len(dg.Moves) == len(rep.Moves))
		}
	}
	if !drawn {
		return fmt.Errorf("the dashboard's state does not show game %d as won by the challenger with its %d moves", rep.Game, len(rep.Moves))
	}
	fmt.Fprintf(w, "rollup: proposal %d (batch %d) by the dishonest proposer, challenged %.1f s after it was mined; game %d over %d steps:\n",
		rep.Proposal, rep.Batch, rep.DetectMS/1000, rep.Game, rep.Steps)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "  move\tside\trange after\tgas\t")
	fmt.Fprintf(tw, "  propose\t%s\t\t%d\t\n", roleLiar, rep.ProposeGas)
	for _, m := range rep.Moves {
		fmt.Fprintf(tw, "  %s\t%s\t[%d, %d]\t%d\t\n", m.Op, m.Side, m.Lo, m.Hi, m.Gas)
	}
	tw.Flush()
	fmt.Fprintf(w, "rollup: %s (%.1f s of game); proposal %d rejected: %v; gas: dishonest proposer %d, challenger %d\n",
		rep.Result, rep.GameMS/1000, rep.Proposal, rep.Rejected, rep.ProposerGas, rep.ChallengerGas)
	return nil
}
