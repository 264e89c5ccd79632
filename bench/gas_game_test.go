package bench

import (
	"fmt"

	"github.com/ethereum/go-ethereum"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/kzg"
	rl1 "github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// targetMove bounds bisect and choose (brief of issue 14: at most 60,000
// gas each, whole transaction).
const targetMove = 60_000

// disputeTxs is the batch size of the dispute the table prices: a batch of
// 8,192 transactions is 8,192 steps (one per record, no queue items).
const disputeTxs = 8192

// gameGas is the measured game and withdrawal operations and the moves of
// one game played to the leaf.
type gameGas struct {
	rows                      []rollupGas
	bisectFirst, bisectLater  uint64
	chooseAgree, chooseDisagr uint64
	rounds                    int    // rounds of the measured game
	steps                     uint64 // its N
	proposerTotal, challTotal uint64 // its moves' gas per side
	// The game played to the one-step with the real OneStep.
	oneStep oneStepGame
	// transferStep is RollupGame.step of a transfer's leaf
	// (measureTransferStep), set by TestGasTargets.
	transferStep uint64
}

// oneStepGame is a game over the same batch against a proposal whose
// claims are right for the first lieFrom steps and wrong after: each
// side's moves and their gas, ending with step at the leaf.
type oneStepGame struct {
	lieFrom                   uint64
	rounds                    int
	agree, disagree           int
	proposerMoves, challMoves int
	proposerGas, challGas     uint64 // propose + bisects; challenge + chooses + step
	propose, challenge, step  uint64
	run                       uint64 // OneStep.run alone on the same leaf (eth_estimateGas)
	bisectMax, chooseMax      uint64
}

// measureGame deploys an inbox and its game (W 60 s, T 30 s, no one-step
// verifier: the measured game ends by timeout at the leaf) and measures
// each operation once in a fixed order.
func measureGame(tb testing.TB) gameGas {
	g := newGasCommittee(tb, 4, l1.Prague)
	mine := func() { g.sim.Commit() }
	opts := []rl1.Option{rl1.WithMiner(mine), rl1.WithPollInterval(time.Millisecond)}
	const delay = 30 * time.Second
	gp := rl1.DefaultGameParams()
	sp := stf.Params{ChainID: 29045, BaseFee: 1e9, FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		MaxRecord: rl1.MaxRecord, BlockGasLimit: 30_000_000, GenesisTime: 1}
	in, _, err := rl1.Deploy(g.ctx, g.sim.Client(), g.from, rl1.Params{
		Committee: g.c.Address(), Sequencer: g.from.From, FeeRecipient: sp.FeeRecipient,
		L2ChainID: sp.ChainID, ForceDelay: delay, MinRetention: time.Hour, Game: gp,
		OneStep: rl1.OneStepFor(sp.BaseFee, sp.FeeRecipient),
	}, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	game, err := in.Game(g.ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var out gameGas
	add := func(op, note string, r *types.Receipt, err error) {
		tb.Helper()
		if err != nil {
			tb.Fatalf("%s: %v", op, err)
		}
		out.rows = append(out.rows, rollupGas{op: op, note: note, gas: r.GasUsed})
	}
	// A batch of 64 deposit steps.
	const n = 64
	var items []rl1.QueueItem
	for i := range n {
		it, _, err := in.Deposit(g.ctx, g.from, common.BigToAddress(big.NewInt(int64(i+1))), big.NewInt(1e15))
		if err != nil {
			tb.Fatal(err)
		}
		items = append(items, it)
	}
	advance(tb, g, delay)
	b, _, err := in.ForceInclusion(g.ctx, g.from, n)
	if err != nil {
		tb.Fatal(err)
	}
	// A withdrawals root holding one withdrawal to pay later.
	st := state.New(state.NewMemStore())
	w := state.Withdrawal{Sender: common.HexToAddress("0x00000000000000000000000000000000000a11ce"), Nonce: 0}
	w.Amount.SetUint64(1e15)
	if err := st.AddWithdrawal(w); err != nil {
		tb.Fatal(err)
	}
	for i := range 1000 { // a tree of 1,001 withdrawals: a proof of ~10 siblings
		o := state.Withdrawal{Sender: common.BigToAddress(big.NewInt(int64(i + 1))), Nonce: uint64(i)}
		o.Amount.SetUint64(1)
		if err := st.AddWithdrawal(o); err != nil {
			tb.Fatal(err)
		}
	}
	proof, err := st.ProveWithdrawal(w.Sender, 0)
	if err != nil {
		tb.Fatal(err)
	}
	outp := rl1.Output{StateRoot: crypto.Keccak256Hash([]byte("state")), WithdrawalsRoot: st.Roots().Withdrawals, L2BlockHash: crypto.Keccak256Hash([]byte("block"))}
	bad := outp
	bad.StateRoot[0] ^= 1
	pGood, r, err := game.Propose(g.ctx, g.from, 0, &b, outp, gp.ProposerBond)
	add("propose", "first child of genesis", r, err)
	pBad, r, err := game.Propose(g.ctx, g.from, 0, &b, bad, gp.ProposerBond)
	add("propose", "a sibling", r, err)
	pThird, _, err := game.Propose(g.ctx, g.from, 0, &b, bad, gp.ProposerBond)
	if err != nil {
		tb.Fatal(err)
	}
	gid, r, err := game.Challenge(g.ctx, g.from, pBad, gp.ChallengerBond)
	add("challenge", fmt.Sprintf("opens a game over %d steps", n), r, err)
	out.oneStep = playToStep(tb, game, g, sp, &b, items, 40)
	// Play to the leaf: distinct mid claims, the challenger alternating.
	agree := false
	for {
		gi, err := game.Game(g.ctx, gid)
		if err != nil {
			tb.Fatal(err)
		}
		if gi.Hi-gi.Lo == 1 {
			break
		}
		r, err := game.Bisect(g.ctx, g.from, gid, crypto.Keccak256Hash([]byte{byte(gi.Lo), byte(gi.Hi)}))
		if err != nil {
			tb.Fatal(err)
		}
		if out.rounds == 0 {
			out.bisectFirst = r.GasUsed
		} else {
			out.bisectLater = max(out.bisectLater, r.GasUsed)
		}
		out.proposerTotal += r.GasUsed
		agree = !agree
		r, err = game.Choose(g.ctx, g.from, gid, agree)
		if err != nil {
			tb.Fatal(err)
		}
		if agree {
			out.chooseAgree = max(out.chooseAgree, r.GasUsed)
		} else {
			out.chooseDisagr = max(out.chooseDisagr, r.GasUsed)
		}
		out.challTotal += r.GasUsed
		out.rounds++
	}
	out.steps = n
	add("bisect", "first (challenge pre-filled the mid-claim slot)", &types.Receipt{GasUsed: out.bisectFirst}, nil)
	add("bisect", "later (most of them)", &types.Receipt{GasUsed: out.bisectLater}, nil)
	add("choose", "agree (claimLo := mid), most of them", &types.Receipt{GasUsed: out.chooseAgree}, nil)
	add("choose", "disagree (claimHi := mid), most of them", &types.Receipt{GasUsed: out.chooseDisagr}, nil)
	advance(tb, g, time.Duration(gp.Clock)+time.Second)
	r, err = game.Timeout(g.ctx, g.from, gid)
	add("timeout", "proposer out of clock at the leaf: rejects the proposal, bonds to the challenger", r, err)
	advance(tb, g, gp.ChallengeWindow)
	r, err = game.Finalize(g.ctx, g.from, pGood)
	add("finalize", "unchallenged proposal", r, err)
	r, err = game.Reject(g.ctx, g.from, pThird)
	add("reject", "sibling of a finalized proposal", r, err)
	r, err = in.Withdraw(g.ctx, g.from, pGood, w.Sender, 0, w.Amount.ToBig(), proof)
	add("withdraw", fmt.Sprintf("1,001 withdrawals in the tree, proof of %d siblings; pays a fresh account", len(proof.Siblings)), r, err)
	r, err = game.ClaimCredit(g.ctx, g.from)
	add("claimCredit", "pays the bonds credited to the caller", r, err)
	return out
}

// playToStep proposes a wrong output for batch b (n deposit steps), its
// bisect claims right for the first lieFrom steps and wrong after;
// challenges it, chooses with the honest claims (stf with step roots)
// down to the leaf (lieFrom-1, lieFrom), and sends step with
// prover.BuildStep's proof: the real OneStep disagrees with the
// proposer's claim, so the challenger wins.
func playToStep(tb testing.TB, game *rl1.Game, g *gasCommittee, sp stf.Params, b *rl1.Batch, items []rl1.QueueItem, lieFrom uint64) oneStepGame {
	tb.Helper()
	out := oneStepGame{lieFrom: lieFrom}
	st := state.New(state.NewMemStore())
	genesis := st.Roots()
	_, head := stf.Genesis(sp)
	res, err := stf.ApplyBatch(sp, st, head, &stf.Batch{Index: b.Index, L1Time: b.L1Timestamp, StepsStart: b.StepsStart,
		Queue: stfQueue(items)}, stf.Options{StepRoots: true})
	if err != nil {
		tb.Fatal(err)
	}
	honest := func(j uint64) common.Hash { // the claim after j steps of the batch
		if j == 0 {
			return stf.Claim(genesis, 0)
		}
		c, err := res.Steps[j-1].Claim()
		if err != nil {
			tb.Fatal(err)
		}
		return c
	}
	claim := func(j uint64) common.Hash {
		if j < lieFrom {
			return honest(j)
		}
		return crypto.Keccak256Hash([]byte("lie"), honest(j).Bytes())
	}
	wrong := rl1.Output{StateRoot: res.Roots.State, WithdrawalsRoot: res.Roots.Withdrawals, L2BlockHash: crypto.Keccak256Hash([]byte("block"))}
	wrong.StateRoot[31] ^= 1
	gp, err := game.Params(g.ctx)
	if err != nil {
		tb.Fatal(err)
	}
	pid, r, err := game.Propose(g.ctx, g.from, 0, b, wrong, gp.ProposerBond)
	if err != nil {
		tb.Fatal(err)
	}
	out.propose, out.proposerGas, out.proposerMoves = r.GasUsed, r.GasUsed, 1
	gid, r, err := game.Challenge(g.ctx, g.from, pid, gp.ChallengerBond)
	if err != nil {
		tb.Fatal(err)
	}
	out.challenge, out.challGas, out.challMoves = r.GasUsed, r.GasUsed, 1
	var gi rl1.GameInfo
	for {
		if gi, err = game.Game(g.ctx, gid); err != nil {
			tb.Fatal(err)
		}
		if gi.ClaimLo != honest(gi.Lo) {
			tb.Fatalf("game agrees on %x after %d steps, the STF on %x", gi.ClaimLo, gi.Lo, honest(gi.Lo))
		}
		if gi.Hi-gi.Lo == 1 {
			break
		}
		m := gi.Mid()
		r, err := game.Bisect(g.ctx, g.from, gid, claim(m))
		if err != nil {
			tb.Fatal(err)
		}
		out.proposerGas += r.GasUsed
		out.proposerMoves++
		out.bisectMax = max(out.bisectMax, r.GasUsed)
		agree := claim(m) == honest(m)
		if agree {
			out.agree++
		} else {
			out.disagree++
		}
		r, err = game.Choose(g.ctx, g.from, gid, agree)
		if err != nil {
			tb.Fatal(err)
		}
		out.challGas += r.GasUsed
		out.challMoves++
		out.chooseMax = max(out.chooseMax, r.GasUsed)
		out.rounds++
	}
	if gi.Lo != lieFrom-1 {
		tb.Fatalf("game ended at the leaf (%d, %d), the lie starts after %d steps", gi.Lo, gi.Hi, lieFrom)
	}
	// The pre-state after Lo steps, and the proof of step Lo.
	bld := state.New(state.NewMemStore())
	kctx, err := kzg.Default()
	if err != nil {
		tb.Fatal(err)
	}
	src := &prover.StepSource{Params: sp, Batch: *b, Queue: items}
	var proof []byte
	for j := uint64(0); j <= gi.Lo; j++ {
		pre := bld.Roots()
		if proof, err = prover.BuildStep(kctx, src, bld, 0, b.StepsStart+j); err != nil {
			tb.Fatal(err)
		}
		if j == gi.Lo {
			cl := g.sim.Client()
			ga := game.Address()
			ret, err := cl.CallContract(g.ctx, ethereum.CallMsg{To: &ga, Data: contracts.NewRollupGame().PackOneStep()}, nil)
			if err != nil {
				tb.Fatal(err)
			}
			osAddr, err := contracts.NewRollupGame().UnpackOneStep(ret)
			if err != nil {
				tb.Fatal(err)
			}
			if out.run, err = cl.EstimateGas(g.ctx, ethereum.CallMsg{From: g.from.From, To: &osAddr,
				Data: contracts.NewOneStep().PackRun(pre.State, pre.Withdrawals, 0, b.StepsStart+j, proof)}); err != nil {
				tb.Fatal(err)
			}
			r, err = game.Step(g.ctx, g.from, gid, rl1.PreState{StateRoot: pre.State, WithdrawalsRoot: pre.Withdrawals}, proof)
			if err != nil {
				tb.Fatal(err)
			}
		}
	}
	out.step = r.GasUsed
	out.challGas += r.GasUsed
	out.challMoves++
	if gi, err = game.Game(g.ctx, gid); err != nil {
		tb.Fatal(err)
	}
	if gi.State != rl1.GameChallengerWon {
		tb.Fatalf("after step the game is in state %d, want the challenger's win", gi.State)
	}
	return out
}

// overTarget notes a whole step transaction over the one-step target.
func overTarget(g uint64) string {
	if g > targetStep {
		return fmt.Sprintf(": over %s, the target of the one-step proof (OneStep.run, asserted above), by the game's own part", comma(targetStep))
	}
	return ""
}

// disputeRounds is ceil(log2 N).
func disputeRounds(n uint64) int { return int(math.Ceil(math.Log2(float64(n)))) }

func checkGameGas(t *testing.T, m gameGas) {
	for _, r := range m.rows {
		t.Logf("game %s (%s): %d gas", r.op, r.note, r.gas)
		if (r.op == "bisect" || r.op == "choose") && r.gas > targetMove {
			t.Errorf("%s (%s) costs %d gas, target %d", r.op, r.note, r.gas, targetMove)
		}
	}
	if want := disputeRounds(m.steps); m.rounds != want {
		t.Errorf("game over %d steps took %d rounds, want %d", m.steps, m.rounds, want)
	}
	o := m.oneStep
	t.Logf("game to the one-step: %d rounds (%d agree, %d disagree); proposer %d moves %d gas, challenger %d moves %d gas; step %d gas",
		o.rounds, o.agree, o.disagree, o.proposerMoves, o.proposerGas, o.challMoves, o.challGas, o.step)
	if want := disputeRounds(m.steps); o.rounds != want {
		t.Errorf("game to the one-step over %d steps took %d rounds, want %d", m.steps, o.rounds, want)
	}
	if o.agree == 0 || o.disagree == 0 {
		t.Errorf("game to the one-step: %d agree and %d disagree moves, want both kinds", o.agree, o.disagree)
	}
	// The 400,000 target is the one-step proof's (OneStep.run as a
	// transaction, asserted in checkStepGas); the whole RollupGame.step
	// adds the game's own part and is reported against it, not asserted
	// (docs/decisions.md).
	t.Logf("RollupGame.step of a transfer's leaf: %d gas%s", m.transferStep, overTarget(m.transferStep))
	if o.step > targetStep {
		t.Errorf("RollupGame.step of a deposit costs %d gas, target %d", o.step, targetStep)
	}
	if o.bisectMax > targetMove || o.chooseMax > targetMove {
		t.Errorf("game to the one-step: bisect up to %d, choose up to %d gas, target %d", o.bisectMax, o.chooseMax, targetMove)
	}
}

func gameGasTable(m gameGas) string {
	var b strings.Builder
	b.WriteString(`## Outputs, games and withdrawals (contracts/RollupGame.sol, RollupInbox.withdraw), Prague rules

Whole-transaction gas (receipt gasUsed), one measurement per row in a fixed
sequence; bisect and choose rows are the largest of their kind in a game
played to the leaf over 64 steps. Target: bisect and choose at most 60,000
gas each. This game ends by timeout at the leaf; the next table plays a
second game over the same batch to the one-step.

| operation | case | gas | target |
|---|---|---:|---:|
`)
	for _, r := range m.rows {
		target := ""
		if r.op == "bisect" || r.op == "choose" {
			target = comma(targetMove)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.op, r.note, comma(r.gas), target)
	}
	rounds := uint64(disputeRounds(disputeTxs))
	prop := m.bisectFirst + (rounds-1)*m.bisectLater
	lo, hi := rounds*min(m.chooseAgree, m.chooseDisagr), rounds*max(m.chooseAgree, m.chooseDisagr)
	fmt.Fprintf(&b, `
A dispute over a batch of %s transactions: N = %s steps (one per record),
rounds = ceil(log2 N) = %d, so each side makes %d moves (measured game: %d
rounds over %d steps). The proposer's %d bisects cost %s gas (the first
%s, then %s each); the challenger's %d chooses cost %s to %s gas (all
agree / all disagree). Add one step (OneStep.run), sent by either side,
and challenge (%s) for the challenger.

`, comma(disputeTxs), comma(disputeTxs), rounds, rounds, m.rounds, m.steps, rounds, comma(prop),
		comma(m.bisectFirst), comma(m.bisectLater), rounds, comma(lo), comma(hi), comma(m.rows[2].gas))
	o := m.oneStep
	fmt.Fprintf(&b, `### A game played to the one-step (real OneStep)

The same game contract, deployed with the real one-step verifier, over
the same batch of %d deposit steps: a proposal whose claims are right for
the first %d steps and wrong after (its output too) is challenged; the
challenger chooses by the STF's claims, so the game narrows to the leaf
(%d, %d) in %d rounds (%d agree, %d disagree), and the challenger sends
step with prover.BuildStep's proof: OneStep.run returns the true claim,
not the proposer's, and the challenger wins (checked).

| side | moves | gas | of which |
|---|---:|---:|---|
| proposer | %d | %s | propose %s + %d bisects (each at most %s) |
| challenger | %d | %s | challenge %s + %d chooses (each at most %s) + step %s |

| operation | case | gas | target |
|---|---|---:|---:|
| `+"`step`"+` | a deposit leaf, the challenger wins (RollupGame.step + OneStep.run) | %s | %s |
| OneStep.run alone | the same leaf and proof, eth_estimateGas (a gas limit: at or a little above use) | %s |  |
| the game's own part of step | step - run: claim check, resolution, bond credits, event | %s |  |
| `+"`step`"+` | a transfer's leaf (EIP-1559, certified blob, %s accounts; another game, N = 1)%s | %s | (%s) |
| `+"`bisect`"+` | largest in this game | %s | %s |
| `+"`choose`"+` | largest in this game | %s | %s |

For a batch of %s transactions (N = %s steps): %d rounds, so %d moves
in all: challenge, %d bisects, %d chooses, one step (plus the proposal).
With this game's largest moves the proposer pays %s gas (propose +
bisects) and the challenger %s with the deposit leaf above, %s with
the transfer's leaf (challenge + chooses + step). Bonds move as credits,
not gas. Like the inbox rows, these move by a few gas between runs (the
batches' L1 timestamps travel in calldata).

`, m.steps, o.lieFrom, o.lieFrom-1, o.lieFrom, o.rounds, o.agree, o.disagree,
		o.proposerMoves, comma(o.proposerGas), comma(o.propose), o.proposerMoves-1, comma(o.bisectMax),
		o.challMoves, comma(o.challGas), comma(o.challenge), o.challMoves-2, comma(o.chooseMax), comma(o.step),
		comma(o.step), comma(targetStep), comma(o.run), comma(o.step-o.run), comma(transferGameAccounts), overTarget(m.transferStep), comma(m.transferStep), comma(targetStep), comma(o.bisectMax), comma(targetMove), comma(o.chooseMax), comma(targetMove),
		comma(disputeTxs), comma(disputeTxs), rounds, 2*rounds+2, rounds, rounds,
		comma(o.propose+rounds*o.bisectMax), comma(o.challenge+rounds*o.chooseMax+o.step), comma(o.challenge+rounds*o.chooseMax+m.transferStep))
	return b.String()
}
