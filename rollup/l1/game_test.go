package l1

import (
	"context"
	"encoding/binary"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/quire-da/quire/contracts"
	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// The game tests' parameters: W, T and the bonds.
const (
	gWindow = 100 * time.Second
	gClock  = 50 * time.Second
)

var (
	gPropBond  = ether(1)
	gChallBond = big.NewInt(1e17)
)

// toyOneStep is the test-only verifier of testdata/toyonestep (never
// deployed outside tests): step g maps stateRoot to keccak256(stateRoot ||
// uint64 g) and keeps the rest; its proof is the 8 bytes of g.
func toyOneStep(t testing.TB) OneStepDeployer {
	abiJSON, err := os.ReadFile("testdata/toyonestep/ToyOneStep.abi")
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile("testdata/toyonestep/ToyOneStep.bin")
	if err != nil {
		t.Fatal(err)
	}
	meta := &bind.MetaData{ABI: string(abiJSON), Bin: "0x" + strings.TrimSpace(string(bin))}
	return func(common.Address) (*bind.MetaData, []byte) { return meta, nil }
}

func toyProof(step uint64) []byte { return binary.BigEndian.AppendUint64(nil, step) }

// toyNext is the Go twin of ToyOneStep's transition.
func toyNext(p PreState, step uint64) PreState {
	return PreState{StateRoot: crypto.Keccak256Hash(p.StateRoot[:], toyProof(step)), WithdrawalsRoot: p.WithdrawalsRoot, Cursor: p.Cursor}
}

// trace is one side's view of a proposal's steps: pre[j] is the state
// after j steps of the proposal (pre[0] the parent's output).
type trace struct {
	start uint64 // the parent's stepsEnd
	pre   []PreState
}

// honestTrace runs the toy transition n steps from start; fault > 0
// corrupts the state after step fault-1 (so claims from fault on differ).
func honestTrace(from PreState, start, n uint64, fault uint64) *trace {
	tr := &trace{start: start, pre: []PreState{from}}
	cur := from
	for j := range n {
		cur = toyNext(cur, start+j)
		if fault > 0 && j+1 == fault {
			cur.StateRoot[0] ^= 1
		}
		tr.pre = append(tr.pre, cur)
	}
	return tr
}

func (tr *trace) claim(j uint64) common.Hash { return tr.pre[j].Claim() }
func (tr *trace) final() PreState            { return tr.pre[len(tr.pre)-1] }

// gameEnv is a simulated L1 with an inbox, its game and the toy verifier.
type gameEnv struct {
	t                 testing.TB
	ctx               context.Context
	sim               *simulated.Backend
	in                *Inbox
	g                 *Game
	admin             *account
	alice, bob, carol *account // proposers and challengers
	dep               *types.Receipt
}

func newGameEnv(t testing.TB) *gameEnv {
	t.Helper()
	e := &gameEnv{t: t, ctx: context.Background()}
	e.admin, e.alice, e.bob, e.carol = newAccount(t, l1ChainID), newAccount(t, l1ChainID), newAccount(t, l1ChainID), newAccount(t, l1ChainID)
	alloc := types.GenesisAlloc{}
	for _, a := range []*account{e.admin, e.alice, e.bob, e.carol} {
		alloc[a.addr] = types.Account{Balance: ether(1000)}
	}
	sim, err := dacl1.NewSimulated(alloc, dacl1.Prague)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	e.sim = sim
	// Run the chain an hour ahead of the wall clock so every block is
	// exactly one second after its parent (the simulated beacon takes
	// max(now, parent + 1)).
	if err := sim.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	mine := func() { sim.Commit() }
	p := Params{
		Committee: e.admin.addr, Sequencer: e.admin.addr, FeeRecipient: e.admin.addr,
		L2ChainID: l2ChainID, ForceDelay: testDelay, MinRetention: testRetain,
		Game:    GameParams{ChallengeWindow: gWindow, Clock: gClock, ProposerBond: gPropBond, ChallengerBond: gChallBond},
		OneStep: toyOneStep(t),
	}
	e.in, e.dep, err = Deploy(e.ctx, sim.Client(), e.admin.tx, p, WithMiner(mine), WithPollInterval(time.Millisecond), WithTimeout(30*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if e.g, err = e.in.Game(e.ctx); err != nil {
		t.Fatal(err)
	}
	return e
}

// batch appends a forced batch of n deposits and returns it.
func (e *gameEnv) batch(n int) *Batch {
	e.t.Helper()
	for range n {
		if _, _, err := e.in.Deposit(e.ctx, e.admin.tx, e.admin.addr, big.NewInt(1)); err != nil {
			e.t.Fatal(err)
		}
	}
	e.advance(testDelay)
	ql, err := e.in.QueueLength(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	b, _, err := e.in.ForceInclusion(e.ctx, e.admin.tx, ql)
	if err != nil {
		e.t.Fatal(err)
	}
	return &b
}

func (e *gameEnv) advance(d time.Duration) {
	e.t.Helper()
	// The pool drops mined transactions asynchronously and AdjustTime
	// refuses while it still lists any: retry for a while.
	for try := 0; ; try++ {
		err := e.sim.AdjustTime(d)
		if err == nil {
			return
		}
		if try == 400 {
			e.t.Fatal(err)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func (e *gameEnv) head() uint64 {
	e.t.Helper()
	h, err := e.sim.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// headAt seals empty blocks until the head's timestamp is ts.
func (e *gameEnv) headAt(ts uint64) {
	e.t.Helper()
	h := e.head()
	if ts < h {
		e.t.Fatalf("head is at %d, past %d", h, ts)
	}
	if ts > h {
		e.advance(time.Duration(ts-h) * time.Second)
	}
}

func (e *gameEnv) propose(who *account, parent uint64, b *Batch, out PreState) uint64 {
	e.t.Helper()
	id, _, err := e.g.Propose(e.ctx, who.tx, parent, b, Output{StateRoot: out.StateRoot, WithdrawalsRoot: out.WithdrawalsRoot}, gPropBond)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

func (e *gameEnv) challenge(who *account, pid uint64) uint64 {
	e.t.Helper()
	id, _, err := e.g.Challenge(e.ctx, who.tx, pid, gChallBond)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

func (e *gameEnv) gameInfo(id uint64) GameInfo {
	e.t.Helper()
	gi, err := e.g.Game(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return gi
}

func (e *gameEnv) proposal(id uint64) Proposal {
	e.t.Helper()
	p, err := e.g.Proposal(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *gameEnv) credit(a *account) *big.Int {
	e.t.Helper()
	c, err := e.g.Credit(e.ctx, a.addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// play runs game id to the leaf: the proposer bisects with its trace, the
// challenger agrees exactly when the mid claim matches its own, and the
// challenger (which holds the agreed claimLo's preimage) sends step. It
// returns the number of bisect/choose rounds and the gas each side spent.
func (e *gameEnv) play(id uint64, proposer, challenger *account, ptr, ctr *trace) (rounds int, pGas, cGas uint64) {
	e.t.Helper()
	for {
		gi := e.gameInfo(id)
		if gi.Over() {
			return
		}
		if gi.Hi-gi.Lo == 1 {
			r, err := e.g.Step(e.ctx, challenger.tx, id, ctr.pre[gi.Lo], toyProof(ctr.start+gi.Lo))
			if err != nil {
				e.t.Fatal(err)
			}
			cGas += r.GasUsed
			continue
		}
		m := gi.Mid()
		r, err := e.g.Bisect(e.ctx, proposer.tx, id, ptr.claim(m))
		if err != nil {
			e.t.Fatal(err)
		}
		pGas += r.GasUsed
		r, err = e.g.Choose(e.ctx, challenger.tx, id, ptr.claim(m) == ctr.claim(m))
		if err != nil {
			e.t.Fatal(err)
		}
		cGas += r.GasUsed
		rounds++
	}
}

func TestGameClaimTwin(t *testing.T) {
	e := newGameEnv(t)
	rng := testRand(t)
	n := 2000
	if testing.Short() {
		n = 200
	}
	for i := range n {
		var p PreState
		for j := range 32 {
			p.StateRoot[j], p.WithdrawalsRoot[j] = byte(rng.Uint32()), byte(rng.Uint32())
		}
		p.Cursor = rng.Uint64() >> (rng.Uint32() % 64)
		got, err := e.g.ContractClaim(e.ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if want := stf.Claim(state.Roots{State: p.StateRoot, Withdrawals: p.WithdrawalsRoot}, p.Cursor); got != want || p.Claim() != want {
			t.Fatalf("case %d: contract %s, Go %s, stf %s", i, got, p.Claim(), want)
		}
		o := Output{StateRoot: p.StateRoot, WithdrawalsRoot: p.WithdrawalsRoot, L2BlockHash: crypto.Keccak256Hash(p.StateRoot[:])}
		if o.Root() != stf.OutputRoot(state.Roots{State: o.StateRoot, Withdrawals: o.WithdrawalsRoot}, o.L2BlockHash) {
			t.Fatalf("case %d: output root differs from stf's", i)
		}
	}
}

func TestGameDeployBinding(t *testing.T) {
	e := newGameEnv(t)
	a, err := e.in.GameAddress(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a != e.g.Address() {
		t.Fatalf("inbox names game %s, deployed %s", a, e.g.Address())
	}
	p, err := e.g.Params(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.ChallengeWindow != gWindow || p.Clock != gClock || p.ProposerBond.Cmp(gPropBond) != 0 || p.ChallengerBond.Cmp(gChallBond) != 0 {
		t.Fatalf("params %+v", p)
	}
	// A game whose inbox names another address cannot be deployed.
	ga := e.g.abi
	_, _, err = dacl1.DeployContract(e.ctx, e.sim.Client(), e.admin.tx, &contracts.RollupGameMetaData, ga.PackConstructor(e.in.Address(), common.Address{}, (&p).arg()),
		WithMiner(func() { e.sim.Commit() }), WithPollInterval(time.Millisecond))
	if RevertName(err) != "BadParams" {
		t.Fatalf("second game against the same inbox: %v, want BadParams", err)
	}
	// Genesis is proposal 0, finalized, with the empty claim.
	g0 := e.proposal(0)
	if g0.Status != ProposalFinalized || g0.Claim != (PreState{}).Claim() {
		t.Fatalf("genesis %+v", g0)
	}
}

func TestGameProposeChecks(t *testing.T) {
	e := newGameEnv(t)
	b1 := e.batch(3)
	out := honestTrace(PreState{}, 0, 3, 0).final()
	o := Output{StateRoot: out.StateRoot}
	_, _, err := e.g.Propose(e.ctx, e.alice.tx, 0, b1, o, big.NewInt(1))
	wantRevert(t, err, "WrongBond")
	bad := *b1
	bad.StepsEnd++
	_, _, err = e.g.Propose(e.ctx, e.alice.tx, 0, &bad, o, gPropBond)
	wantRevert(t, err, "BadBatch")
	_, _, err = e.g.Propose(e.ctx, e.alice.tx, 9, b1, o, gPropBond)
	wantRevert(t, err, "NoProposal")
	p1 := e.propose(e.alice, 0, b1, out)
	// A child must cover a later batch than its parent.
	_, _, err = e.g.Propose(e.ctx, e.alice.tx, p1, b1, o, gPropBond)
	wantRevert(t, err, "BatchNotAfterParent")
	_, _, err = e.g.Challenge(e.ctx, e.bob.tx, p1, big.NewInt(5))
	wantRevert(t, err, "WrongBond")
	_, err = e.g.Finalize(e.ctx, e.alice.tx, p1)
	wantRevert(t, err, "WindowOpen")
	_, err = e.g.Reject(e.ctx, e.alice.tx, p1)
	wantRevert(t, err, "NotRejectable")
	_, err = e.g.WithdrawalsRootOf(e.ctx, p1)
	wantRevert(t, err, "NotFinalized")
	// The window closes at proposedAt + W: a challenge in the block at
	// W - 1 opens, one at W does not.
	at := e.proposal(p1).ProposedAt
	e.headAt(at + uint64(gWindow/time.Second) - 2)
	e.challengeAndStop(p1)
	e.headAt(at + uint64(gWindow/time.Second))
	_, _, err = e.g.Challenge(e.ctx, e.carol.tx, p1, gChallBond)
	wantRevert(t, err, "WindowClosed")
	_, err = e.g.ClaimCredit(e.ctx, e.carol.tx)
	wantRevert(t, err, "NoCredit")
}

// challengeAndStop opens a game mined in the next block and checks its
// challenge time.
func (e *gameEnv) challengeAndStop(pid uint64) {
	e.t.Helper()
	h := e.head()
	id := e.challenge(e.bob, pid)
	if gi := e.gameInfo(id); gi.LastMove != h+1 {
		e.t.Fatalf("challenge at %d, want %d", gi.LastMove, h+1)
	}
}

// TestGameFraudLoses: a proposer whose trace goes wrong at step 37 of 64
// loses at the leaf to the honest challenger; its bond goes to the
// challenger; its child is rejected; the honest sibling finalizes.
func TestGameFraudLoses(t *testing.T) {
	e := newGameEnv(t)
	b1 := e.batch(64)
	honest := honestTrace(PreState{}, 0, 64, 0)
	bad := honestTrace(PreState{}, 0, 64, 37)
	pBad := e.propose(e.alice, 0, b1, bad.final())
	pGood := e.propose(e.carol, 0, b1, honest.final())
	b2 := e.batch(2)
	child := e.propose(e.alice, pBad, b2, honestTrace(bad.final(), b1.StepsEnd, 2, 0).final())

	gid := e.challenge(e.bob, pBad)
	if gi := e.gameInfo(gid); gi.Lo != 0 || gi.Hi != 64 || gi.ClaimLo != (PreState{}).Claim() || gi.ClaimHi != bad.final().Claim() {
		t.Fatalf("opened game %+v", gi)
	}
	rounds, _, _ := e.play(gid, e.alice, e.bob, bad, honest)
	if rounds != 6 {
		t.Fatalf("%d rounds over 64 steps, want 6", rounds)
	}
	gi := e.gameInfo(gid)
	if gi.State != GameChallengerWon || gi.Lo != 36 || gi.Hi != 37 {
		t.Fatalf("game ended %+v, want the challenger winning at step 36..37", gi)
	}
	if p := e.proposal(pBad); p.Status != ProposalRejected || !p.Beaten {
		t.Fatalf("fraudulent proposal %+v", p)
	}
	want := new(big.Int).Add(gPropBond, gChallBond)
	if c := e.credit(e.bob); c.Cmp(want) != 0 {
		t.Fatalf("challenger credit %v, want %v", c, want)
	}
	if c := e.credit(e.alice); c.Sign() != 0 {
		t.Fatalf("fraudulent proposer credited %v", c)
	}
	// Moves after the end revert.
	_, err := e.g.Bisect(e.ctx, e.alice.tx, gid, common.Hash{1})
	wantRevert(t, err, "GameOver")
	// The child of a rejected proposal is rejected; no new child or
	// challenge of the rejected one.
	_, err = e.g.Finalize(e.ctx, e.alice.tx, child)
	wantRevert(t, err, "WindowOpen")
	if _, err := e.g.Reject(e.ctx, e.bob.tx, child); err != nil {
		t.Fatal(err)
	}
	_, _, err = e.g.Propose(e.ctx, e.alice.tx, pBad, b2, Output{}, gPropBond)
	wantRevert(t, err, "ParentRejected")
	_, _, err = e.g.Challenge(e.ctx, e.bob.tx, pBad, gChallBond)
	wantRevert(t, err, "NotPending")
	// The honest sibling finalizes once its window passed.
	e.headAt(e.proposal(pGood).ProposedAt + uint64(gWindow/time.Second))
	if _, err := e.g.Finalize(e.ctx, e.bob.tx, pGood); err != nil {
		t.Fatal(err)
	}
	// Payouts: the challenger claims 1.1 ETH.
	before, _ := e.sim.Client().BalanceAt(e.ctx, e.bob.addr, nil)
	r, err := e.g.ClaimCredit(e.ctx, e.bob.tx)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := e.sim.Client().BalanceAt(e.ctx, e.bob.addr, nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(want) != 0 {
		t.Fatalf("claimCredit paid %v, want %v", got, want)
	}
	// Alice's child bond came back through reject; Carol's through finalize.
	if c := e.credit(e.alice); c.Cmp(gPropBond) != 0 {
		t.Fatalf("rejected child's proposer credited %v, want its bond", c)
	}
	if c := e.credit(e.carol); c.Cmp(gPropBond) != 0 {
		t.Fatalf("finalized proposer credited %v, want its bond", c)
	}
}

// TestGameBogusChallengerLoses: a challenger that disputes every claim of
// an honest proposal loses at the step; the proposal finalizes.
func TestGameBogusChallengerLoses(t *testing.T) {
	e := newGameEnv(t)
	b1 := e.batch(13)
	honest := honestTrace(PreState{}, 0, 13, 0)
	pid := e.propose(e.alice, 0, b1, honest.final())
	gid := e.challenge(e.bob, pid)
	// The bogus challenger disagrees with everything; the leaf is (0, 1)
	// and the honest proposer's step from the parent's output wins.
	for {
		gi := e.gameInfo(gid)
		if gi.Hi-gi.Lo == 1 {
			break
		}
		if _, err := e.g.Bisect(e.ctx, e.alice.tx, gid, honest.claim(gi.Mid())); err != nil {
			t.Fatal(err)
		}
		_, err := e.g.Bisect(e.ctx, e.alice.tx, gid, common.Hash{})
		wantRevert(t, err, "NotYourTurn")
		_, err = e.g.Choose(e.ctx, e.alice.tx, gid, false)
		wantRevert(t, err, "NotPlayer")
		if _, err := e.g.Choose(e.ctx, e.bob.tx, gid, false); err != nil {
			t.Fatal(err)
		}
	}
	gi := e.gameInfo(gid)
	// A wrong proof and a wrong pre-state revert; the game goes on.
	_, err := e.g.Step(e.ctx, e.carol.tx, gid, honest.pre[gi.Lo], toyProof(99))
	if err == nil || !strings.Contains(DecodeGameRevertErr(err), "BadProof") {
		t.Fatalf("step with a wrong proof: %v", err)
	}
	_, err = e.g.Step(e.ctx, e.carol.tx, gid, honest.pre[gi.Lo+1], toyProof(gi.Lo+1))
	wantRevert(t, err, "BadPreState")
	_, err = e.g.Bisect(e.ctx, e.alice.tx, gid, common.Hash{})
	wantRevert(t, err, "WrongPhase")
	if _, err := e.g.Step(e.ctx, e.carol.tx, gid, honest.pre[gi.Lo], toyProof(gi.Lo)); err != nil {
		t.Fatal(err)
	}
	if gi := e.gameInfo(gid); gi.State != GameProposerWon {
		t.Fatalf("game %+v", gi)
	}
	if c := e.credit(e.alice); c.Cmp(gChallBond) != 0 {
		t.Fatalf("proposer credit %v, want the challenger's bond", c)
	}
	e.headAt(e.proposal(pid).ProposedAt + uint64(gWindow/time.Second))
	if _, err := e.g.Finalize(e.ctx, e.carol.tx, pid); err != nil {
		t.Fatal(err)
	}
	if c := e.credit(e.alice); c.Cmp(new(big.Int).Add(gChallBond, gPropBond)) != 0 {
		t.Fatalf("proposer credit %v after finalize", c)
	}
	_, err = e.g.Finalize(e.ctx, e.carol.tx, pid)
	wantRevert(t, err, "NotPending")
}

// DecodeGameRevertErr returns the revert name of err, or the raw error
// text when the revert is a selector neither contract declares (the toy
// verifier's BadProof).
func DecodeGameRevertErr(err error) string {
	if n := RevertName(err); n != "" {
		return n
	}
	if strings.Contains(err.Error(), "0x"+common.Bytes2Hex(crypto.Keccak256([]byte("BadProof()"))[:4])) {
		return "BadProof"
	}
	return err.Error()
}

// TestGameTwoChallengers: two challengers of one fraudulent output both
// win; the first takes the proposer's bond, the second gets its own back
// (its game resolves once the proposal is rejected).
func TestGameTwoChallengers(t *testing.T) {
	e := newGameEnv(t)
	b1 := e.batch(8)
	honest := honestTrace(PreState{}, 0, 8, 0)
	bad := honestTrace(PreState{}, 0, 8, 5)
	pid := e.propose(e.alice, 0, b1, bad.final())
	g1 := e.challenge(e.bob, pid)
	g2 := e.challenge(e.carol, pid)
	if p := e.proposal(pid); p.OpenGames != 2 {
		t.Fatalf("open games %d", p.OpenGames)
	}
	// Game 2 goes one round, then game 1 is played out.
	if _, err := e.g.Bisect(e.ctx, e.alice.tx, g2, bad.claim(4)); err != nil {
		t.Fatal(err)
	}
	e.play(g1, e.alice, e.bob, bad, honest)
	if gi := e.gameInfo(g1); gi.State != GameChallengerWon {
		t.Fatalf("game 1 %+v", gi)
	}
	_, err := e.g.Choose(e.ctx, e.carol.tx, g2, true)
	wantRevert(t, err, "ProposalRejected")
	if _, err := e.g.Timeout(e.ctx, e.admin.tx, g2); err != nil {
		t.Fatal(err)
	}
	if gi := e.gameInfo(g2); gi.State != GameChallengerWon {
		t.Fatalf("game 2 %+v", gi)
	}
	if c := e.credit(e.bob); c.Cmp(new(big.Int).Add(gPropBond, gChallBond)) != 0 {
		t.Fatalf("first winner credit %v", c)
	}
	if c := e.credit(e.carol); c.Cmp(gChallBond) != 0 {
		t.Fatalf("second winner credit %v, want its bond back", c)
	}
	if c := e.credit(e.alice); c.Sign() != 0 {
		t.Fatalf("beaten proposer credit %v", c)
	}
}

// TestGameNoSteps: a proposal over a batch without steps (a quire batch
// of no records and no queue items) is decided when challenged: the
// proposer wins exactly when its claim equals the parent's.
func TestGameNoSteps(t *testing.T) {
	e := newSimEnv(t)
	g, err := e.in.Game(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := g.Params(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := e.newBlob()
	e.certify(h)
	b, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, e.next(0, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if b.Steps() != 0 {
		t.Fatalf("batch has %d steps", b.Steps())
	}
	for _, tc := range []struct {
		out  Output
		want uint8
	}{
		{Output{}, GameProposerWon},
		{Output{StateRoot: common.Hash{1}}, GameChallengerWon},
	} {
		pid, _, err := g.Propose(e.ctx, e.users[0].tx, 0, &b, tc.out, p.ProposerBond)
		if err != nil {
			t.Fatal(err)
		}
		gid, _, err := g.Challenge(e.ctx, e.users[1].tx, pid, p.ChallengerBond)
		if err != nil {
			t.Fatal(err)
		}
		gi, err := g.Game(e.ctx, gid)
		if err != nil {
			t.Fatal(err)
		}
		if gi.State != tc.want {
			t.Fatalf("output %+v: game state %d, want %d", tc.out, gi.State, tc.want)
		}
	}
}

// TestGameClocks: each side may move at T - 1 s of its clock and not at
// T + 1 s; timeout ends the game for the other side only after T.
func TestGameClocks(t *testing.T) {
	T := uint64(gClock / time.Second)
	for _, role := range []string{"proposer", "challenger"} {
		t.Run(role, func(t *testing.T) {
			e := newGameEnv(t)
			b1 := e.batch(4)
			honest := honestTrace(PreState{}, 0, 4, 0)
			pid := e.propose(e.alice, 0, b1, honest.final())
			gid := e.challenge(e.bob, pid)
			gi := e.gameInfo(gid)
			if role == "challenger" {
				// The proposer answers at once (1 s charged to it).
				if _, err := e.g.Bisect(e.ctx, e.alice.tx, gid, honest.claim(2)); err != nil {
					t.Fatal(err)
				}
				gi = e.gameInfo(gid)
			}
			move := func() (*types.Receipt, error) {
				if role == "proposer" {
					return e.g.Bisect(e.ctx, e.alice.tx, gid, honest.claim(gi.Mid()))
				}
				return e.g.Choose(e.ctx, e.bob.tx, gid, true)
			}
			// Head at lastMove + T - 2: timeout refused; the move is mined
			// at T - 1 and accepted.
			e.headAt(gi.LastMove + T - 2)
			_, err := e.g.Timeout(e.ctx, e.carol.tx, gid)
			wantRevert(t, err, "ClockRunning")
			r, err := move()
			if err != nil {
				t.Fatal(err)
			}
			blk, err := e.sim.Client().HeaderByNumber(e.ctx, r.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			if blk.Time != gi.LastMove+T-1 {
				t.Fatalf("move mined at +%d, want +%d", blk.Time-gi.LastMove, T-1)
			}
			gi2 := e.gameInfo(gid)
			used := gi2.ProposerUsed
			if role == "challenger" {
				used = gi2.ChallengerUsed
			}
			if used != T-1 {
				t.Fatalf("%s charged %d s, want %d", role, used, T-1)
			}
			// Now the other side is to move; play back to the same side
			// quickly, then let its remaining 1 s run out by 2 s.
			if role == "proposer" {
				if _, err := e.g.Choose(e.ctx, e.bob.tx, gid, true); err != nil {
					t.Fatal(err)
				}
			} else {
				if _, err := e.g.Bisect(e.ctx, e.alice.tx, gid, honest.claim(e.gameInfo(gid).Mid())); err != nil {
					t.Fatal(err)
				}
			}
			gi = e.gameInfo(gid)
			// The side to move has 1 s left: at head lastMove + 2 its clock
			// reads T + 1 and the move reverts.
			e.headAt(gi.LastMove + 2)
			_, err = move()
			wantRevert(t, err, "ClockExpired")
			if _, err := e.g.Timeout(e.ctx, e.carol.tx, gid); err != nil {
				t.Fatal(err)
			}
			gi = e.gameInfo(gid)
			want := GameChallengerWon
			if role == "challenger" {
				want = GameProposerWon
			}
			if gi.State != want {
				t.Fatalf("after timeout state %d, want %d", gi.State, want)
			}
			_, err = e.g.Timeout(e.ctx, e.carol.tx, gid)
			wantRevert(t, err, "GameOver")
			winner, loserBond := e.bob, gPropBond
			if role == "challenger" {
				winner, loserBond = e.alice, big.NewInt(0)
			}
			wantCredit := new(big.Int).Add(gChallBond, loserBond)
			if c := e.credit(winner); c.Cmp(wantCredit) != 0 {
				t.Fatalf("winner credit %v, want %v", c, wantCredit)
			}
		})
	}
}

// TestGameFinalizeOrder: a child cannot finalize before its parent; the
// first child to finalize rejects its sibling; open games block finalize.
func TestGameFinalizeOrder(t *testing.T) {
	e := newGameEnv(t)
	b1 := e.batch(2)
	b2 := e.batch(2)
	t1 := honestTrace(PreState{}, 0, 2, 0)
	t2 := honestTrace(t1.final(), b1.StepsEnd, 2, 0)
	p1 := e.propose(e.alice, 0, b1, t1.final())
	c1 := e.propose(e.alice, p1, b2, t2.final())
	c2 := e.propose(e.carol, p1, b2, t2.final()) // an identical sibling
	gid := e.challenge(e.bob, c1)
	e.headAt(e.proposal(c2).ProposedAt + uint64(gWindow/time.Second))
	_, err := e.g.Finalize(e.ctx, e.alice.tx, c1)
	wantRevert(t, err, "GamesOpen")
	_, err = e.g.Finalize(e.ctx, e.alice.tx, c2)
	wantRevert(t, err, "ParentNotFinalized")
	if _, err := e.g.Finalize(e.ctx, e.alice.tx, p1); err != nil {
		t.Fatal(err)
	}
	if _, err := e.g.Finalize(e.ctx, e.alice.tx, c2); err != nil {
		t.Fatal(err)
	}
	// c1's challenger stops moving? No: the proposer of c1 stops; the
	// challenger wins by timeout; c1 was rejectable anyway.
	e.advance(gClock)
	if _, err := e.g.Timeout(e.ctx, e.bob.tx, gid); err != nil {
		t.Fatal(err)
	}
	if p := e.proposal(c1); p.Status != ProposalRejected {
		t.Fatalf("c1 %+v", p)
	}
	c3 := e.propose(e.alice, p1, b2, t2.final())
	e.headAt(e.proposal(c3).ProposedAt + uint64(gWindow/time.Second))
	_, err = e.g.Finalize(e.ctx, e.alice.tx, c3)
	wantRevert(t, err, "SiblingFinalized")
	if _, err := e.g.Reject(e.ctx, e.alice.tx, c3); err != nil {
		t.Fatal(err)
	}
	if root, err := e.g.WithdrawalsRootOf(e.ctx, c2); err != nil || root != t2.final().WithdrawalsRoot {
		t.Fatalf("withdrawals root of c2: %s, %v", root, err)
	}
}

// TestWithdraw: a withdrawal in a finalized proposal's withdrawals root is
// paid once; not from a pending or rejected proposal; not with a wrong
// proof or amount.
func TestWithdraw(t *testing.T) {
	e := newGameEnv(t)
	st := state.New(state.NewMemStore())
	recipient := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	w := state.Withdrawal{Sender: recipient, Nonce: 7}
	w.Amount.SetUint64(3e17)
	if err := st.AddWithdrawal(w); err != nil {
		t.Fatal(err)
	}
	other := state.Withdrawal{Sender: e.carol.addr, Nonce: 0}
	other.Amount.SetUint64(5)
	if err := st.AddWithdrawal(other); err != nil {
		t.Fatal(err)
	}
	roots := st.Roots()
	proof, err := st.ProveWithdrawal(recipient, 7)
	if err != nil {
		t.Fatal(err)
	}
	b1 := e.batch(2) // two deposits of 1 wei
	if _, _, err := e.in.Deposit(e.ctx, e.admin.tx, recipient, ether(1)); err != nil {
		t.Fatal(err)
	}
	out := PreState{StateRoot: common.Hash{9}, WithdrawalsRoot: roots.Withdrawals}
	pGood := e.propose(e.alice, 0, b1, out)
	pBad := e.propose(e.carol, 0, b1, out)
	amount := w.Amount.ToBig()
	_, err = e.in.Withdraw(e.ctx, e.bob.tx, pGood, recipient, 7, amount, proof)
	wantRevert(t, err, "NotFinalized")
	e.headAt(e.proposal(pGood).ProposedAt + uint64(gWindow/time.Second))
	if _, err := e.g.Finalize(e.ctx, e.bob.tx, pGood); err != nil {
		t.Fatal(err)
	}
	if _, err := e.g.Reject(e.ctx, e.bob.tx, pBad); err != nil {
		t.Fatal(err)
	}
	_, err = e.in.Withdraw(e.ctx, e.bob.tx, pBad, recipient, 7, amount, proof)
	wantRevert(t, err, "NotFinalized")
	_, err = e.in.Withdraw(e.ctx, e.bob.tx, pGood, recipient, 7, new(big.Int).Add(amount, big.NewInt(1)), proof)
	wantRevert(t, err, "BadWithdrawalProof")
	_, err = e.in.Withdraw(e.ctx, e.bob.tx, pGood, recipient, 8, amount, proof)
	wantRevert(t, err, "BadWithdrawalProof")
	wrong := proof
	wrong.Siblings = append([]state.Hash(nil), proof.Siblings...)
	if len(wrong.Siblings) > 0 {
		wrong.Siblings[0][0] ^= 1
	} else {
		wrong.OtherLeaf[0] ^= 1
	}
	_, err = e.in.Withdraw(e.ctx, e.bob.tx, pGood, recipient, 7, amount, wrong)
	if n := RevertName(err); n != "BadWithdrawalProof" && n != "SMTProofOther" {
		t.Fatalf("tampered proof: %v", err)
	}
	r, err := e.in.Withdraw(e.ctx, e.bob.tx, pGood, recipient, 7, amount, proof)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := e.sim.Client().BalanceAt(e.ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(amount) != 0 {
		t.Fatalf("recipient balance %v, want %v", bal, amount)
	}
	if ok, err := e.in.Withdrawn(e.ctx, recipient, 7); err != nil || !ok {
		t.Fatalf("withdrawn = %v, %v", ok, err)
	}
	found := false
	for _, l := range r.Logs {
		if ev, err := DecodeEvent(l); err == nil && ev.Name == "WithdrawalPaid" {
			found = true
		}
	}
	if !found {
		t.Fatal("no WithdrawalPaid event")
	}
	_, err = e.in.Withdraw(e.ctx, e.bob.tx, pGood, recipient, 7, amount, proof)
	wantRevert(t, err, "AlreadyWithdrawn")
}

// TestWithdrawCrossCheck runs withdraw as eth_call against a finalized
// proposal whose withdrawals root is rollup/state's tree of many random
// withdrawals: every Go proof of (sender, nonce, amount) is accepted by
// the contract (key and leaf rules agree), and the same call with the
// amount or nonce changed is refused.
func TestWithdrawCrossCheck(t *testing.T) {
	e := newGameEnv(t)
	rng := testRand(t)
	n := 1000
	if testing.Short() {
		n = 200
	}
	st := state.New(state.NewMemStore())
	ws := make([]state.Withdrawal, n)
	for i := range ws {
		var a common.Address
		for j := range a {
			a[j] = byte(rng.Uint32())
		}
		ws[i] = state.Withdrawal{Sender: a, Nonce: rng.Uint64() >> (rng.Uint32() % 64)}
		ws[i].Amount.SetUint64(1 + rng.Uint64()%1e6)
		if err := st.AddWithdrawal(ws[i]); err != nil {
			t.Fatal(err)
		}
	}
	b1 := e.batch(1)
	if _, _, err := e.in.Deposit(e.ctx, e.admin.tx, e.admin.addr, ether(1)); err != nil {
		t.Fatal(err)
	}
	pid := e.propose(e.alice, 0, b1, PreState{WithdrawalsRoot: st.Roots().Withdrawals})
	e.headAt(e.proposal(pid).ProposedAt + uint64(gWindow/time.Second))
	if _, err := e.g.Finalize(e.ctx, e.alice.tx, pid); err != nil {
		t.Fatal(err)
	}
	call := func(w state.Withdrawal, amount *big.Int, p state.Proof) error {
		arg := contracts.RollupInboxWithdrawalProof{Bitmap: new(big.Int).SetBytes(p.Bitmap[:]), OtherKey: p.OtherKey, OtherLeaf: p.OtherLeaf}
		for _, s := range p.Siblings {
			arg.Siblings = append(arg.Siblings, s)
		}
		data := e.in.abi.PackWithdraw(pid, w.Sender, w.Nonce, amount, arg)
		to := e.in.Address()
		_, err := e.sim.Client().CallContract(e.ctx, ethereumCallMsg(e.bob.addr, to, data), nil)
		return err
	}
	for i, w := range ws {
		p, err := st.ProveWithdrawal(w.Sender, w.Nonce)
		if err != nil {
			t.Fatal(err)
		}
		if err := call(w, w.Amount.ToBig(), p); err != nil {
			t.Fatalf("withdrawal %d: the contract refused Go's proof: %v", i, err)
		}
		bad := w
		bad.Nonce++
		if err := call(bad, w.Amount.ToBig(), p); err == nil {
			t.Fatalf("withdrawal %d: accepted with the nonce changed", i)
		}
		if err := call(w, new(big.Int).Add(w.Amount.ToBig(), big.NewInt(1)), p); err == nil {
			t.Fatalf("withdrawal %d: accepted with the amount changed", i)
		}
	}
}

func ethereumCallMsg(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}
