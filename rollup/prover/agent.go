package prover

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup/state"
)

// ProposalStatus is a proposal's state in RollupGame.
type ProposalStatus uint8

const (
	ProposalPending ProposalStatus = iota
	ProposalFinalized
	ProposalRejected
)

// Proposal is RollupGame's proposal(id) view. Proposal 0 is the genesis:
// batch 0, stepsEnd 0, zero roots, finalized.
type Proposal struct {
	ID              uint64
	Parent          uint64
	Batch           uint64 // the inbox batch index it covers up to
	StepsEnd        uint64 // that batch's stepsEnd (an L1 fact)
	StateRoot       common.Hash
	WithdrawalsRoot common.Hash
	L2BlockHash     common.Hash
	Proposer        common.Address
	Time            uint64 // L1 timestamp of the proposal
	Status          ProposalStatus
}

// Roots returns the proposal's roots.
func (p Proposal) Roots() state.Roots {
	return state.Roots{State: p.StateRoot, Withdrawals: p.WithdrawalsRoot}
}

// Side is a game's party.
type Side uint8

const (
	SideProposer Side = iota + 1
	SideChallenger
)

func (s Side) String() string {
	switch s {
	case SideProposer:
		return "proposer"
	case SideChallenger:
		return "challenger"
	}
	return "none"
}

// GameStatus is a game's outcome so far.
type GameStatus uint8

const (
	GameOpen GameStatus = iota
	GameProposerWon
	GameChallengerWon
)

func (s GameStatus) String() string {
	switch s {
	case GameOpen:
		return "open"
	case GameProposerWon:
		return "proposer-won"
	case GameChallengerWon:
		return "challenger-won"
	}
	return "unknown"
}

// Game is RollupGame's game(id) view (game-abi.md). Lo and Hi count steps
// from the parent's stepsEnd; the claims are after Lo and Hi steps. Mid is
// the proposer's claim at (Lo+Hi)/2 once it bisected (the challenger is to
// move). Each side's clock is the seconds it had left when the current
// turn started at TurnStart.
type Game struct {
	ID              uint64
	Proposal        uint64
	Challenger      common.Address
	Lo, Hi          uint64
	ClaimLo         common.Hash
	ClaimHi         common.Hash
	Mid             common.Hash
	Turn            Side
	TurnStart       uint64
	ProposerClock   uint64
	ChallengerClock uint64
	Status          GameStatus
}

// Left returns the seconds side has left at L1 time now (0 when out).
func (g Game) Left(side Side, now uint64) uint64 {
	c := g.ProposerClock
	if side == SideChallenger {
		c = g.ChallengerClock
	}
	if side != g.Turn {
		return c
	}
	used := now - min(now, g.TurnStart)
	if used >= c {
		return 0
	}
	return c - used
}

// Expired reports whether the side to move is past its clock at now
// (timeout may then be called).
func (g Game) Expired(now uint64) bool {
	c := g.ProposerClock
	if g.Turn == SideChallenger {
		c = g.ChallengerClock
	}
	return g.Status == GameOpen && now > g.TurnStart && now-g.TurnStart > c
}

// Leaf reports whether the game is at one step (step may be called).
func (g Game) Leaf() bool { return g.Hi == g.Lo+1 }

// Midpoint is where the proposer bisects.
func (g Game) Midpoint() uint64 { return (g.Lo + g.Hi) / 2 }

// GameParams are RollupGame's constructor parameters.
type GameParams struct {
	ChallengeWindow uint64 // s
	Clock           uint64 // T, s, each side's chess clock
	ProposerBond    *big.Int
	ChallengerBond  *big.Int
}

// L1 is what the agents need of RollupGame (game-abi.md), one call per
// view or move; an adapter over the contract bindings implements it, a
// fake in the tests. Moves send a transaction and return once it is
// included; an error means it was not (a revert or a failed send): the
// agent retries on its next tick if the chain still asks for the move.
// The adapter pays the bonds (GameParams) with Propose and Challenge.
type L1 interface {
	// Address is the agent's L1 account (moves come from it).
	Address() common.Address
	// Now is the L1 time (the latest block's timestamp).
	Now(ctx context.Context) (uint64, error)
	Params(ctx context.Context) (GameParams, error)
	ProposalCount(ctx context.Context) (uint64, error)
	Proposal(ctx context.Context, id uint64) (Proposal, error)
	GameCount(ctx context.Context) (uint64, error)
	Game(ctx context.Context, id uint64) (Game, error)
	// Credit is the payout credit(addr) holds (claimCredit pays it).
	Credit(ctx context.Context, addr common.Address) (*big.Int, error)

	Propose(ctx context.Context, parent, batch uint64, roots state.Roots, l2BlockHash common.Hash) (uint64, error)
	Challenge(ctx context.Context, proposal uint64) (uint64, error)
	Bisect(ctx context.Context, game uint64, mid common.Hash) error
	Choose(ctx context.Context, game uint64, agreeWithMid bool) error
	Step(ctx context.Context, game uint64, pre state.Roots, cursor uint64, proof []byte) error
	Timeout(ctx context.Context, game uint64) error
	Finalize(ctx context.Context, proposal uint64) error
	Reject(ctx context.Context, proposal uint64) error
	ClaimCredit(ctx context.Context) error
}

// StepProver builds the proof OneStep.run checks for one global step:
// prover.BuildStep over the batch's L1 fields, its row data and KZG
// openings, and the SMT proofs of pre.State.
type StepProver interface {
	BuildStep(ctx context.Context, pre *PreState) ([]byte, error)
}

// ErrClockExpired is returned by an agent's Tick when its clock in a game
// ran out before it could move (the game is lost). Retrying does not help.
var ErrClockExpired = errors.New("prover: clock ran out")

// ErrWindowMissed is returned by the challenger's Tick when it found a
// wrong proposal after its challenge window closed.
var ErrWindowMissed = errors.New("prover: challenge window closed on a wrong proposal")
