package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/quire-da/quire/rollup/state"
)

var (
	honestProposer = common.Address{0xa1}
	liarProposer   = common.Address{0xa2}
	challenger1    = common.Address{0xc1}
	challenger2    = common.Address{0xc2}
	bogusChallengr = common.Address{0xc3}
)

func testLog(t *testing.T) *slog.Logger {
	if testing.Verbose() && os.Getenv("PROVER_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return nil
}

// player is one agent in a simulated run.
type player struct {
	name   string
	tick   func(context.Context) error
	active func(now uint64) bool // nil: always
	errs   []error
	close  func()
}

func openDB(t *testing.T, dir string) *DB {
	t.Helper()
	db, err := OpenDB(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func newTrace(t *testing.T, src *memSource, f *Fault) *Trace {
	t.Helper()
	cfg := DefaultTraceConfig(testParams)
	cfg.Fault = f
	tr, err := NewTrace(cfg, src)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func agentCfg() AgentConfig {
	c := DefaultAgentConfig()
	c.Interval, c.Resend = 10, 6
	return c
}

func proposerPlayer(t *testing.T, c *fakeChain, me common.Address, f *Fault, dir string) *player {
	db := openDB(t, dir)
	p, err := NewProposer(agentCfg(), c.as(me), c.src, newTrace(t, c.src, f), fakeProver{}, db, nil, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	pl := &player{name: "proposer " + me.Hex()[:6], tick: p.Tick, close: func() { db.Close() }}
	t.Cleanup(pl.close)
	return pl
}

func challengerPlayer(t *testing.T, c *fakeChain, me common.Address, f *Fault, dir string) *player {
	db := openDB(t, dir)
	ch, err := NewChallenger(agentCfg(), c.as(me), c.src, newTrace(t, c.src, f), fakeProver{}, db, nil, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	pl := &player{name: "challenger " + me.Hex()[:6], tick: ch.Tick, close: func() { db.Close() }}
	t.Cleanup(pl.close)
	return pl
}

// play ticks every active player, then advances L1 time by 2 s, until
// until (L1 time) or stop returns true.
func play(t *testing.T, c *fakeChain, players []*player, until uint64, stop func() bool) {
	t.Helper()
	ctx := context.Background()
	for c.now < until && (stop == nil || !stop()) {
		for _, p := range players {
			if p.active == nil || p.active(c.now) {
				if err := p.tick(ctx); err != nil {
					p.errs = append(p.errs, err)
				}
			}
		}
		c.mu.Lock()
		c.now += 2
		c.mu.Unlock()
	}
}

func (c *fakeChain) proposalsBy(a common.Address) []Proposal {
	var out []Proposal
	for _, p := range c.proposals {
		if p.Proposer == a && p.ID != 0 {
			out = append(out, p)
		}
	}
	return out
}

func (c *fakeChain) gamesOn(pid uint64) []Game {
	var out []Game
	for _, g := range c.games {
		if g.Proposal == pid {
			out = append(out, g)
		}
	}
	return out
}

func paid(c *fakeChain, a common.Address) *big.Int {
	if c.paid[a] == nil {
		return new(big.Int)
	}
	return c.paid[a]
}

func noErrors(t *testing.T, ps ...*player) {
	t.Helper()
	for _, p := range ps {
		if len(p.errs) > 0 {
			t.Errorf("%s: %v", p.name, errors.Join(p.errs...))
		}
	}
}

func faultStep(src *memSource) uint64 { return src.batches[1].StepsStart + 3 }

// TestChallengerBeatsEachLie: a dishonest proposer with each fault, an
// honest proposer and an honest challenger. The lie is challenged,
// bisected to its step and lost at the step; the proposer's bond goes to
// the challenger; the honest sibling finalizes.
func TestChallengerBeatsEachLie(t *testing.T) {
	src := randomChain(t, 9, 4, 60)
	for _, k := range FaultKinds {
		t.Run(k.String(), func(t *testing.T) {
			c := newFakeChain(src)
			f := &Fault{Kind: k, Step: faultStep(src), Beneficiary: liarProposer}
			liar := proposerPlayer(t, c, liarProposer, f, t.TempDir())
			honest := proposerPlayer(t, c, honestProposer, nil, t.TempDir())
			ch := challengerPlayer(t, c, challenger1, nil, t.TempDir())
			play(t, c, []*player{liar, honest, ch}, c.now+c.params.ChallengeWindow+40, nil)

			lies := c.proposalsBy(liarProposer)
			if len(lies) != 1 || lies[0].Status != ProposalRejected {
				t.Fatalf("liar's proposals: %+v", lies)
			}
			games := c.gamesOn(lies[0].ID)
			if len(games) != 1 || games[0].Status != GameChallengerWon || games[0].Hi != games[0].Lo+1 {
				t.Fatalf("games on the lie: %+v", games)
			}
			good := c.proposalsBy(honestProposer)
			if len(good) != 1 || good[0].Status != ProposalFinalized || len(c.gamesOn(good[0].ID)) != 0 {
				t.Fatalf("honest proposals: %+v", good)
			}
			want := new(big.Int).Add(c.params.ProposerBond, c.params.ChallengerBond)
			if paid(c, challenger1).Cmp(want) != 0 {
				t.Fatalf("challenger paid %s, want %s", paid(c, challenger1), want)
			}
			if paid(c, honestProposer).Cmp(c.params.ProposerBond) != 0 {
				t.Fatalf("honest proposer paid %s", paid(c, honestProposer))
			}
			noErrors(t, honest, ch)
			if c.reverts[challenger1]+c.reverts[honestProposer] != 0 {
				t.Fatalf("honest agents sent %d reverted calls", c.reverts[challenger1]+c.reverts[honestProposer])
			}
			t.Logf("%s: game lost by the liar at global step %d (fault from %d), %d steps",
				k, c.proposals[0].StepsEnd+games[0].Lo, f.Step, lies[0].StepsEnd)
		})
	}
}

// TestProposerBeatsBogusChallenger: a challenger with a lying trace
// disputes a correct proposal and loses at the step.
func TestProposerBeatsBogusChallenger(t *testing.T) {
	src := randomChain(t, 10, 3, 50)
	c := newFakeChain(src)
	honest := proposerPlayer(t, c, honestProposer, nil, t.TempDir())
	bogus := challengerPlayer(t, c, bogusChallengr, &Fault{Kind: FaultArithmetic, Step: faultStep(src)}, t.TempDir())
	play(t, c, []*player{honest, bogus}, c.now+c.params.ChallengeWindow+40, nil)
	good := c.proposalsBy(honestProposer)
	if len(good) != 1 || good[0].Status != ProposalFinalized {
		t.Fatalf("honest proposals: %+v", good)
	}
	games := c.gamesOn(good[0].ID)
	if len(games) != 1 || games[0].Status != GameProposerWon || !games[0].Leaf() {
		t.Fatalf("games: %+v", games)
	}
	want := new(big.Int).Add(c.params.ProposerBond, c.params.ChallengerBond)
	if paid(c, honestProposer).Cmp(want) != 0 {
		t.Fatalf("proposer paid %s, want %s", paid(c, honestProposer), want)
	}
	noErrors(t, honest)
}

// TestStoppedSideLosesOnTime: a side that stops moving is timed out by
// the other; an agent that finds its own clock out says so.
func TestStoppedSideLosesOnTime(t *testing.T) {
	src := randomChain(t, 11, 3, 50)
	t.Run("liar stops", func(t *testing.T) {
		c := newFakeChain(src)
		liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultInventTx, Step: faultStep(src), Beneficiary: liarProposer}, t.TempDir())
		ch := challengerPlayer(t, c, challenger1, nil, t.TempDir())
		stopAt := c.now + 9
		liar.active = func(now uint64) bool { return now < stopAt }
		play(t, c, []*player{liar, ch}, c.now+c.params.ChallengeWindow, nil)
		g := c.gamesOn(c.proposalsBy(liarProposer)[0].ID)
		if len(g) != 1 || g[0].Status != GameChallengerWon || g[0].Leaf() {
			t.Fatalf("games: %+v (want won on time before the leaf)", g)
		}
		noErrors(t, ch)
	})
	t.Run("bogus challenger stops", func(t *testing.T) {
		c := newFakeChain(src)
		honest := proposerPlayer(t, c, honestProposer, nil, t.TempDir())
		bogus := challengerPlayer(t, c, bogusChallengr, &Fault{Kind: FaultSkipTx, Step: faultStep(src)}, t.TempDir())
		stopAt := c.now + 9
		bogus.active = func(now uint64) bool { return now < stopAt }
		play(t, c, []*player{honest, bogus}, c.now+c.params.ChallengeWindow+40, nil)
		good := c.proposalsBy(honestProposer)
		g := c.gamesOn(good[0].ID)
		if len(g) != 1 || g[0].Status != GameProposerWon || g[0].Leaf() || good[0].Status != ProposalFinalized {
			t.Fatalf("proposal %+v games %+v", good[0], g)
		}
		noErrors(t, honest)
	})
	t.Run("own clock out is an error", func(t *testing.T) {
		c := newFakeChain(src)
		liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultSkipTx, Step: faultStep(src)}, t.TempDir())
		ch := challengerPlayer(t, c, challenger1, nil, t.TempDir())
		// Both play until the first bisection, then only time passes.
		// The liar ticks last in a round: after its bisection the
		// challenger is to move.
		play(t, c, []*player{ch, liar}, c.now+100, func() bool { return len(c.games) == 1 && c.games[0].Turn == SideChallenger })
		if len(c.games) != 1 || c.games[0].Turn != SideChallenger {
			t.Fatalf("games %+v", c.games)
		}
		c.now += c.params.Clock + 1
		err := ch.tick(context.Background())
		if !errors.Is(err, ErrClockExpired) {
			t.Fatalf("tick after the clock ran out: %v, want ErrClockExpired", err)
		}
	})
}

// TestTwoChallengers: two honest challengers on one wrong output both win
// their games; the proposer's bond goes to the first.
func TestTwoChallengers(t *testing.T) {
	src := randomChain(t, 12, 3, 50)
	c := newFakeChain(src)
	liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultInflateWithdrawal, Step: faultStep(src)}, t.TempDir())
	ch1 := challengerPlayer(t, c, challenger1, nil, t.TempDir())
	ch2 := challengerPlayer(t, c, challenger2, nil, t.TempDir())
	play(t, c, []*player{liar, ch1, ch2}, c.now+c.params.ChallengeWindow, nil)
	lie := c.proposalsBy(liarProposer)[0]
	g := c.gamesOn(lie.ID)
	if len(g) != 2 || g[0].Status != GameChallengerWon || g[1].Status != GameChallengerWon || lie.Status != ProposalRejected {
		t.Fatalf("proposal %+v games %+v", lie, g)
	}
	total := new(big.Int).Add(paid(c, challenger1), paid(c, challenger2))
	want := new(big.Int).Add(c.params.ProposerBond, new(big.Int).Mul(big.NewInt(2), c.params.ChallengerBond))
	if total.Cmp(want) != 0 {
		t.Fatalf("challengers paid %s, want %s", total, want)
	}
	noErrors(t, ch1, ch2)
}

// TestRestartMidGame: the challenger crashes mid-bisection; a new one on
// the same badger dir continues from the chain's game and its stored
// claims, wins, and never sends a move the chain refuses.
func TestRestartMidGame(t *testing.T) {
	src := randomChain(t, 13, 4, 60)
	for _, who := range []string{"challenger", "proposer"} {
		t.Run(who, func(t *testing.T) {
			c := newFakeChain(src)
			cdir, pdir := t.TempDir(), t.TempDir()
			liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultReorder, Step: faultStep(src)}, t.TempDir())
			ch := challengerPlayer(t, c, challenger1, nil, cdir)
			honest := proposerPlayer(t, c, honestProposer, nil, pdir)
			bogus := challengerPlayer(t, c, bogusChallengr, &Fault{Kind: FaultUncreditedDeposit, Step: faultStep(src)}, t.TempDir())
			players := []*player{liar, ch, honest, bogus}
			midGame := func() bool {
				for _, g := range c.games {
					n := c.proposals[g.Proposal].StepsEnd
					if g.Status == GameOpen && g.Hi-g.Lo < n/4 && g.Hi-g.Lo > 2 {
						return true
					}
				}
				return false
			}
			play(t, c, players, c.now+100, midGame)
			if !midGame() {
				t.Fatal("no game reached mid-bisection")
			}
			if who == "challenger" {
				ch.close()
				players[1] = challengerPlayer(t, c, challenger1, nil, cdir)
			} else {
				honest.close()
				players[2] = proposerPlayer(t, c, honestProposer, nil, pdir)
			}
			play(t, c, players, c.now+c.params.ChallengeWindow+40, nil)
			lie, good := c.proposalsBy(liarProposer), c.proposalsBy(honestProposer)
			if len(lie) != 1 || lie[0].Status != ProposalRejected || len(good) != 1 || good[0].Status != ProposalFinalized {
				t.Fatalf("liar %+v honest %+v", lie, good)
			}
			// The bogus challenger disagrees with the lie too; the honest
			// challenger's game is the one that matters.
			if g := c.gamesOn(lie[0].ID); len(g) == 0 || g[0].Challenger != challenger1 || g[0].Status != GameChallengerWon {
				t.Fatalf("games on the lie %+v", g)
			}
			if g := c.gamesOn(good[0].ID); len(g) != 1 || g[0].Status != GameProposerWon {
				t.Fatalf("games on the honest proposal %+v", g)
			}
			mine := 0
			for _, g := range c.games {
				if g.Challenger == challenger1 {
					mine++
				}
			}
			if mine != 1 {
				t.Fatalf("the challenger opened %d games, want 1", mine)
			}
			if n := c.reverts[challenger1] + c.reverts[honestProposer]; n != 0 {
				t.Fatalf("honest agents sent %d refused calls", n)
			}
			noErrors(t, players[1], players[2])
		})
	}
}

// TestProposalChain: as the node derives batch after batch, the honest
// proposer proposes each on its pending one and finalizes them in order;
// a liar doing the same has its first wrong proposal beaten and the child
// on it rejected.
func TestProposalChain(t *testing.T) {
	base := randomChain(t, 14, 5, 30)
	src := *base
	c := newFakeChain(&src)
	start := c.now
	src.limit = func() uint64 { return 1 + (c.now-start)/12 } // a batch every 12 s
	honest := proposerPlayer(t, c, honestProposer, nil, t.TempDir())
	liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultArithmetic, Step: src.batches[2].StepsStart}, t.TempDir())
	cdir := t.TempDir()
	ch := challengerPlayer(t, c, challenger1, nil, cdir)
	players := []*player{honest, liar, ch}
	// Restart the challenger once proposals below its scan have settled.
	play(t, c, players, start+c.params.ChallengeWindow+30, nil)
	ch.close()
	ch = challengerPlayer(t, c, challenger1, nil, cdir)
	players[2] = ch
	play(t, c, players, start+60+c.params.ChallengeWindow+60, nil)

	good := c.proposalsBy(honestProposer)
	if len(good) < 3 {
		t.Fatalf("honest proposals %+v", good)
	}
	for i, p := range good {
		if p.Status != ProposalFinalized || len(c.gamesOn(p.ID)) != 0 {
			t.Fatalf("honest proposal %+v (games %+v)", p, c.gamesOn(p.ID))
		}
		if i > 0 && (p.Parent != good[i-1].ID || p.Batch <= good[i-1].Batch) {
			t.Fatalf("honest proposal %d on %d: %+v", p.ID, p.Parent, good)
		}
	}
	if good[len(good)-1].Batch != 5 {
		t.Fatalf("last honest proposal covers batch %d, want 5", good[len(good)-1].Batch)
	}
	var lost, rejectedChild int
	for _, p := range c.proposalsBy(liarProposer) {
		games := c.gamesOn(p.ID)
		switch {
		case p.Batch < 3:
			// Right, so finalized, or rejected by the liar itself when
			// the honest sibling finalized first (RollupGame allows one
			// finalized child per parent).
			if p.Status == ProposalPending || len(games) != 0 {
				t.Fatalf("liar's proposal before the fault: %+v", p)
			}
		case len(games) == 1 && games[0].Status == GameChallengerWon:
			lost++
		case len(games) == 0 && p.Status == ProposalRejected:
			rejectedChild++
		default:
			t.Fatalf("liar's proposal %+v games %+v", p, games)
		}
	}
	if lost == 0 {
		t.Fatal("no lie was challenged")
	}
	t.Logf("honest proposals %d, liar's lost games %d, liar's children rejected %d", len(good), lost, rejectedChild)
	noErrors(t, honest, ch)
}

// TestRandomLies: random chains, faults of random kinds at random steps;
// whenever the lie changes the output, the honest challenger wins and the
// honest proposal finalizes.
func TestRandomLies(t *testing.T) {
	cases := 12
	if testing.Short() {
		cases = 3
	}
	for i := range cases {
		seed := uint64(100 + i)
		src := randomChain(t, seed, 3, 40)
		end := src.batches[len(src.batches)-1].StepsEnd()
		k := FaultKinds[int(seed*7)%len(FaultKinds)]
		f := &Fault{Kind: k, Step: (seed * 7919) % end, Beneficiary: liarProposer}
		tr := newTrace(t, src, f)
		o, err := tr.Output(context.Background(), uint64(len(src.batches)))
		if err != nil {
			t.Fatal(err)
		}
		if o.Roots == src.after[len(src.batches)] {
			t.Logf("seed %d: %s from step %d changes nothing (no applicable step after it)", seed, k, f.Step)
			continue
		}
		c := newFakeChain(src)
		liar := proposerPlayer(t, c, liarProposer, f, t.TempDir())
		honest := proposerPlayer(t, c, honestProposer, nil, t.TempDir())
		ch := challengerPlayer(t, c, challenger1, nil, t.TempDir())
		play(t, c, []*player{liar, honest, ch}, c.now+c.params.ChallengeWindow+40, nil)
		lie, good := c.proposalsBy(liarProposer)[0], c.proposalsBy(honestProposer)[0]
		g := c.gamesOn(lie.ID)
		if lie.Status != ProposalRejected || len(g) != 1 || g[0].Status != GameChallengerWon || good.Status != ProposalFinalized {
			t.Fatalf("seed %d %s at %d: lie %+v games %+v honest %+v", seed, k, f.Step, lie, g, good)
		}
		noErrors(t, honest, ch)
	}
}

// TestMetrics: the instruments register and count a game.
func TestMetrics(t *testing.T) {
	src := randomChain(t, 15, 2, 30)
	c := newFakeChain(src)
	reg := prometheus.NewRegistry()
	db := openDB(t, "")
	defer db.Close()
	ch, err := NewChallenger(agentCfg(), c.as(challenger1), src, newTrace(t, src, nil), fakeProver{}, db, reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultInventTx, Beneficiary: liarProposer}, t.TempDir())
	play(t, c, []*player{liar, {name: "challenger", tick: ch.Tick}}, c.now+100, nil)
	if got := counterValue(ch.m.games.WithLabelValues("won")); got != 1 {
		t.Fatalf("games won %v, want 1", got)
	}
	if got := counterValue(ch.m.moves.WithLabelValues("challenge", "ok")); got != 1 {
		t.Fatalf("challenges %v, want 1", got)
	}
	if fams, err := reg.Gather(); err != nil || len(fams) < 5 {
		t.Fatalf("gathered %d families, %v", len(fams), err)
	}
}

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		panic(err)
	}
	return m.GetCounter().GetValue()
}

// droppingL1 loses the first transaction of every game move (the call
// fails and the chain does not change), like a transaction dropped from
// the mempool.
type droppingL1 struct {
	*fakeL1
	seen    map[string]bool
	dropped int
}

func (d *droppingL1) drop(kind string, g uint64) bool {
	d.c.mu.Lock()
	gm := d.c.games[g]
	d.c.mu.Unlock()
	k := fmt.Sprintf("%s/%d/%d/%d", kind, g, gm.Lo, gm.Hi)
	if d.seen[k] {
		return false
	}
	d.seen[k] = true
	d.dropped++
	return true
}

var errDropped = errors.New("transaction dropped")

func (d *droppingL1) Choose(ctx context.Context, g uint64, agree bool) error {
	if d.drop("choose", g) {
		return errDropped
	}
	return d.fakeL1.Choose(ctx, g, agree)
}

func (d *droppingL1) Step(ctx context.Context, g uint64, pre state.Roots, cursor uint64, proof []byte) error {
	if d.drop("step", g) {
		return errDropped
	}
	return d.fakeL1.Step(ctx, g, pre, cursor, proof)
}

// TestDroppedMovesResent: every move the challenger sends is dropped
// once; it sends each again after Resend and still wins in time.
func TestDroppedMovesResent(t *testing.T) {
	src := randomChain(t, 16, 3, 40)
	c := newFakeChain(src)
	c.params.Clock = 100 // each dropped move costs Resend (6 s)
	l1 := &droppingL1{fakeL1: c.as(challenger1), seen: map[string]bool{}}
	db := openDB(t, t.TempDir())
	defer db.Close()
	ch, err := NewChallenger(agentCfg(), l1, src, newTrace(t, src, nil), fakeProver{}, db, nil, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	liar := proposerPlayer(t, c, liarProposer, &Fault{Kind: FaultSkipTx, Step: faultStep(src)}, t.TempDir())
	chp := &player{name: "challenger", tick: ch.Tick}
	play(t, c, []*player{liar, chp}, c.now+c.params.ChallengeWindow, nil)
	g := c.gamesOn(c.proposalsBy(liarProposer)[0].ID)
	if len(g) != 1 || g[0].Status != GameChallengerWon || l1.dropped < 3 {
		t.Fatalf("games %+v, %d moves dropped", g, l1.dropped)
	}
	if c.reverts[challenger1] != 0 {
		t.Fatalf("%d refused calls", c.reverts[challenger1])
	}
	noErrors(t, chp)
	t.Logf("%d dropped moves resent", l1.dropped)
}

// TestWindowMissed: a challenger that starts after a wrong proposal's
// window closed reports it once.
func TestWindowMissed(t *testing.T) {
	src := randomChain(t, 17, 2, 20)
	c := newFakeChain(src)
	wrong := src.after[2]
	wrong.State[0] ^= 1
	if _, err := c.as(liarProposer).Propose(context.Background(), 0, 2, wrong, common.Hash{}); err != nil {
		t.Fatal(err)
	}
	c.now += c.params.ChallengeWindow + 1
	ch := challengerPlayer(t, c, challenger1, nil, t.TempDir())
	play(t, c, []*player{ch}, c.now+10, nil)
	if len(ch.errs) != 1 || !errors.Is(ch.errs[0], ErrWindowMissed) || len(c.games) != 0 {
		t.Fatalf("errors %v, games %d", ch.errs, len(c.games))
	}
}
