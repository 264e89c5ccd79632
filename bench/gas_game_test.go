package bench

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/l1"
	rl1 "github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
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
	in, _, err := rl1.Deploy(g.ctx, g.sim.Client(), g.from, rl1.Params{
		Committee: g.c.Address(), Sequencer: g.from.From, FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		L2ChainID: 29045, ForceDelay: delay, MinRetention: time.Hour, Game: gp,
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
	for i := range n {
		if _, _, err := in.Deposit(g.ctx, g.from, common.BigToAddress(big.NewInt(int64(i+1))), big.NewInt(1e15)); err != nil {
			tb.Fatal(err)
		}
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
}

func gameGasTable(m gameGas) string {
	var b strings.Builder
	b.WriteString(`## Outputs, games and withdrawals (contracts/RollupGame.sol, RollupInbox.withdraw), Prague rules

Whole-transaction gas (receipt gasUsed), one measurement per row in a fixed
sequence; bisect and choose rows are the largest of their kind in a game
played to the leaf over 64 steps. Target: bisect and choose at most 60,000
gas each. The game was deployed without a one-step verifier, so step is not
in this table: it is OneStep.run's cost plus the game's own checks and
bond moves, to be measured once the real verifier is deployed with the game.

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
	return b.String()
}
