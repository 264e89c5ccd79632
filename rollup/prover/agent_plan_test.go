package prover

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestPlanGame(t *testing.T) {
	mine := func(n uint64) (common.Hash, error) { return common.Hash{byte(n)}, nil }
	open := Game{ID: 7, Proposal: 3, Lo: 4, Hi: 12, Turn: SideProposer, TurnStart: 100, ProposerClock: 50, ChallengerClock: 50}
	with := func(f func(*Game)) Game { g := open; f(&g); return g }
	const base = 1000
	tests := []struct {
		name    string
		side    Side
		g       Game
		now     uint64
		want    Action
		ok      bool
		wantErr error
	}{
		{"proposer bisects with its mid claim", SideProposer, open, 110,
			Action{Kind: ActBisect, Game: 7, Proposal: 3, Mid: common.Hash{byte((base + 8) % 256)}}, true, nil},
		{"proposer late under 20%", SideProposer, open, 145,
			Action{Kind: ActBisect, Game: 7, Proposal: 3, Mid: common.Hash{byte((base + 8) % 256)}, Late: true}, true, nil},
		{"proposer at its last second", SideProposer, open, 150,
			Action{Kind: ActBisect, Game: 7, Proposal: 3, Mid: common.Hash{byte((base + 8) % 256)}, Late: true}, true, nil},
		{"proposer clock out", SideProposer, open, 151, Action{}, false, ErrClockExpired},
		{"proposer steps at the leaf", SideProposer, with(func(g *Game) { g.Hi = 5 }), 110,
			Action{Kind: ActStep, Game: 7, Proposal: 3, Step: base + 4}, true, nil},
		{"challenger agrees with an equal mid", SideChallenger,
			with(func(g *Game) { g.Turn, g.Mid = SideChallenger, common.Hash{byte((base + 8) % 256)} }), 110,
			Action{Kind: ActChoose, Game: 7, Proposal: 3, Agree: true}, true, nil},
		{"challenger disagrees with another mid", SideChallenger,
			with(func(g *Game) { g.Turn, g.Mid = SideChallenger, common.Hash{1} }), 110,
			Action{Kind: ActChoose, Game: 7, Proposal: 3}, true, nil},
		{"challenger waits for the proposer", SideChallenger, open, 110, Action{}, false, nil},
		{"challenger steps at the leaf", SideChallenger, with(func(g *Game) { g.Hi = 5 }), 110,
			Action{Kind: ActStep, Game: 7, Proposal: 3, Step: base + 4}, true, nil},
		{"challenger times the proposer out", SideChallenger, open, 151,
			Action{Kind: ActTimeout, Game: 7, Proposal: 3}, true, nil},
		{"proposer times the challenger out", SideProposer,
			with(func(g *Game) { g.Turn, g.ChallengerClock = SideChallenger, 10 }), 111,
			Action{Kind: ActTimeout, Game: 7, Proposal: 3}, true, nil},
		{"over", SideProposer, with(func(g *Game) { g.Status = GameProposerWon }), 110, Action{}, false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok, err := PlanGame(tc.side, tc.g, base, tc.now, 50, 0.2, mine)
			if !errors.Is(err, tc.wantErr) || ok != tc.ok || got != tc.want {
				t.Fatalf("got %+v %v %v, want %+v %v %v", got, ok, err, tc.want, tc.ok, tc.wantErr)
			}
		})
	}
}

func TestPlanProposer(t *testing.T) {
	me, other := common.Address{1}, common.Address{2}
	params := GameParams{ChallengeWindow: 100, Clock: 10, ProposerBond: big.NewInt(1), ChallengerBond: big.NewInt(1)}
	genesis := Proposal{ID: 0, Status: ProposalFinalized}
	tests := []struct {
		name string
		v    ProposerView
		want []Action
	}{
		{"first proposal on genesis", ProposerView{Me: me, Now: 50, Safe: 3, Proposals: []Proposal{genesis}},
			[]Action{{Kind: ActPropose, Parent: 0, Batch: 3}}},
		{"nothing new", ProposerView{Me: me, Now: 50, Safe: 0, Proposals: []Proposal{genesis}}, nil},
		{"on its own pending proposal, after the interval",
			ProposerView{Me: me, Now: 80, Safe: 5, LastSent: 60, Proposals: []Proposal{genesis,
				{ID: 1, Batch: 3, Proposer: me, Time: 60}}},
			[]Action{{Kind: ActPropose, Parent: 1, Batch: 5}}},
		{"not before the interval",
			ProposerView{Me: me, Now: 65, Safe: 5, LastSent: 60, Proposals: []Proposal{genesis, {ID: 1, Batch: 3, Proposer: me, Time: 60}}},
			nil},
		{"not on another's pending proposal",
			ProposerView{Me: me, Now: 80, Safe: 5, Proposals: []Proposal{genesis, {ID: 1, Batch: 3, Proposer: other, Time: 60}}},
			[]Action{{Kind: ActPropose, Parent: 0, Batch: 5}}},
		{"finalize after the window with no open game",
			ProposerView{Me: me, Now: 160, Safe: 3, LastSent: 60, Proposals: []Proposal{genesis, {ID: 1, Batch: 3, Proposer: me, Time: 60}}},
			[]Action{{Kind: ActFinalize, Proposal: 1}}},
		{"no finalize with an open game",
			ProposerView{Me: me, Now: 160, Safe: 3, LastSent: 60, OpenGames: map[uint64]int{1: 1},
				Proposals: []Proposal{genesis, {ID: 1, Batch: 3, Proposer: me, Time: 60}}},
			nil},
		{"no finalize under a pending parent",
			ProposerView{Me: me, Now: 260, Safe: 5, LastSent: 200, Proposals: []Proposal{genesis,
				{ID: 1, Batch: 3, Proposer: me, Time: 60}, {ID: 2, Parent: 1, Batch: 5, Proposer: me, Time: 100}},
				OpenGames: map[uint64]int{1: 1}},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.v.Params, tc.v.Interval = params, 10
			got := PlanProposer(tc.v)
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %+v, want %+v", got, tc.want)
				}
			}
		})
	}
}

func TestPlanChallenger(t *testing.T) {
	params := GameParams{ChallengeWindow: 100}
	ps := map[uint64]Proposal{
		0: {ID: 0, Status: ProposalFinalized},
		1: {ID: 1, Parent: 0, Time: 10},                            // wrong, on genesis
		2: {ID: 2, Parent: 1, Time: 20},                            // wrong, on a wrong parent
		3: {ID: 3, Parent: 0, Time: 10},                            // right
		4: {ID: 4, Parent: 3, Time: 20},                            // wrong, on a right parent
		5: {ID: 5, Parent: 6, Time: 20},                            // on a rejected parent
		6: {ID: 6, Parent: 0, Time: 5, Status: ProposalRejected},   // rejected
		7: {ID: 7, Parent: 0, Time: 0},                             // wrong, window closed at 100
		8: {ID: 8, Parent: 0, Time: 30, Status: ProposalFinalized}, // settled
	}
	v := ChallengerView{Now: 101, Params: params, Proposals: ps,
		Verdicts:   map[uint64]Verdict{1: VerdictDisagree, 2: VerdictDisagree, 3: VerdictAgree, 4: VerdictDisagree, 7: VerdictDisagree},
		Challenged: map[uint64]bool{}}
	acts, missed := PlanChallenger(v, []uint64{0, 1, 2, 3, 4, 5, 6, 7, 8})
	want := []Action{{Kind: ActChallenge, Proposal: 1}, {Kind: ActChallenge, Proposal: 4}, {Kind: ActReject, Proposal: 5}}
	if len(acts) != len(want) || len(missed) != 1 || missed[0] != 7 {
		t.Fatalf("acts %+v missed %v", acts, missed)
	}
	for i := range acts {
		if acts[i] != want[i] {
			t.Fatalf("acts %+v, want %+v", acts, want)
		}
	}
	v.Challenged[1] = true
	if acts, _ := PlanChallenger(v, []uint64{1}); len(acts) != 0 {
		t.Fatalf("challenged twice: %+v", acts)
	}
}
