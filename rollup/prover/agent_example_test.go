package prover_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup/prover"
)

// The challenger's move after the proposer bisected a game over steps
// [0, 8) of a proposal whose parent ends at global step 100: it compares
// the proposer's claim at step 4 with its own.
func ExamplePlanGame() {
	mine := func(n uint64) (common.Hash, error) { return common.Hash{byte(n)}, nil } // its trace
	g := prover.Game{ID: 1, Proposal: 2, Lo: 0, Hi: 8, Turn: prover.SideChallenger, TurnStart: 50,
		ProposerClock: 100, ChallengerClock: 100, Mid: common.Hash{104}}
	act, ok, err := prover.PlanGame(prover.SideChallenger, g, 100, 60, 100, 0.2, mine)
	fmt.Println(act.Kind, act.Agree, ok, err)

	g.Mid = common.Hash{7} // a claim it does not share
	act, _, _ = prover.PlanGame(prover.SideChallenger, g, 100, 60, 100, 0.2, mine)
	fmt.Println(act.Kind, act.Agree)

	act, _, err = prover.PlanGame(prover.SideChallenger, g, 100, 151, 100, 0.2, mine)
	fmt.Println(err)
	// Output:
	// choose true true <nil>
	// choose false
	// prover: clock ran out
}
