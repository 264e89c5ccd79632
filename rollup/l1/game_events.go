package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/contracts"
	dacl1 "github.com/quire-da/quire/dac/l1"
)

// GameEvent is one decoded log of RollupGame. Name is the Solidity event;
// the fields it carries are set, the others are zero.
type GameEvent struct {
	Name     string
	Block    uint64
	TxHash   common.Hash
	LogIndex uint

	ProposalID  uint64         // Proposed, Challenged, GameResolved, Finalized, Rejected
	ParentID    uint64         // Proposed
	GameID      uint64         // Challenged, Bisected, Chosen, Stepped, GameResolved
	Account     common.Address // Proposed: proposer; Challenged: challenger; Credited, CreditClaimed: payee
	BatchIndex  uint64         // Proposed
	StepsEnd    uint64         // Proposed
	Output      Output         // Proposed
	OutputRoot  common.Hash    // Proposed (checked against Output.Root)
	Steps       uint64         // Challenged: N
	Lo, Hi      uint64         // Bisected (before), Chosen (after)
	Claim       common.Hash    // Bisected: mid claim; Stepped: post-claim
	Agree       bool           // Chosen
	Step        uint64         // Stepped: the global step
	ProposerWon bool           // Stepped
	State       uint8          // GameResolved: GameProposerWon or GameChallengerWon
	How         uint8          // GameResolved: 0 step, 1 timeout, 2 no steps, 3 proposal rejected
	Amount      *big.Int       // Credited, CreditClaimed
}

var (
	gameEventABI = contracts.NewRollupGame()
	gameOnly     = func() *abi.ABI {
		a, err := contracts.RollupGameMetaData.ParseABI()
		if err != nil {
			panic("rollup/l1: committed ABI does not parse: " + err.Error()) // build-time invariant
		}
		return a
	}()
)

// DecodeGameEvent decodes a RollupGame log. Logs come from the chain: it
// returns an error for anything else, never panics.
func DecodeGameEvent(l *types.Log) (GameEvent, error) {
	ev := GameEvent{Block: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}
	if len(l.Topics) == 0 {
		return ev, fmt.Errorf("%w: no topics", ErrUnknownEvent)
	}
	e, err := gameOnly.EventByID(l.Topics[0])
	if err != nil {
		return ev, fmt.Errorf("%w: %s", ErrUnknownEvent, l.Topics[0])
	}
	ev.Name = e.Name
	if len(l.Data) == 0 && len(e.Inputs.NonIndexed()) > 0 {
		return ev, fmt.Errorf("rollup/l1: %s log without data", e.Name)
	}
	a := gameEventABI
	switch e.Name {
	case "Proposed":
		v, err := a.UnpackProposedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.ProposalID, ev.ParentID, ev.Account = v.Id, v.ParentId, v.Proposer
		ev.BatchIndex, ev.StepsEnd = v.BatchIndex, v.StepsEnd
		ev.Output = Output{StateRoot: v.StateRoot, WithdrawalsRoot: v.WithdrawalsRoot, L2BlockHash: v.L2BlockHash}
		ev.OutputRoot = v.OutputRoot
		if ev.Output.Root() != ev.OutputRoot {
			return ev, fmt.Errorf("%w: Proposed output root", ErrHashMismatch)
		}
	case "Challenged":
		v, err := a.UnpackChallengedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.GameID, ev.ProposalID, ev.Account, ev.Steps = v.GameId, v.ProposalId, v.Challenger, v.Steps
	case "Bisected":
		v, err := a.UnpackBisectedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.GameID, ev.Lo, ev.Hi, ev.Claim = v.GameId, v.Lo, v.Hi, v.MidClaim
	case "Chosen":
		v, err := a.UnpackChosenEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.GameID, ev.Agree, ev.Lo, ev.Hi = v.GameId, v.AgreeWithMid, v.Lo, v.Hi
	case "Stepped":
		v, err := a.UnpackSteppedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.GameID, ev.Step, ev.Claim, ev.ProposerWon = v.GameId, v.Step, v.PostClaim, v.ProposerWon
	case "GameResolved":
		v, err := a.UnpackGameResolvedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.GameID, ev.ProposalID, ev.State, ev.How = v.GameId, v.ProposalId, v.State, v.How
	case "Finalized":
		v, err := a.UnpackFinalizedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.ProposalID = v.Id
	case "Rejected":
		v, err := a.UnpackRejectedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.ProposalID = v.Id
	case "Credited":
		v, err := a.UnpackCreditedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.Account, ev.Amount = v.To, v.Amount
	case "CreditClaimed":
		v, err := a.UnpackCreditClaimedEvent(l)
		if err != nil {
			return ev, fmt.Errorf("rollup/l1: decode %s: %w", e.Name, err)
		}
		ev.Account, ev.Amount = v.To, v.Amount
	}
	return ev, nil
}

// Events returns the game's events in blocks [from, to] in log order.
func (g *Game) Events(ctx context.Context, from, to uint64) ([]GameEvent, error) {
	return dacl1.DecodeLogs(ctx, g.Backend(), g.Address(), from, to, DecodeGameEvent)
}
