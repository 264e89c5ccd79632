package prover

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
)

// BatchReader returns the inbox's batch index as it stores it (the
// propose call carries it; the contract checks it against batchHash).
type BatchReader interface {
	L1Batch(ctx context.Context, index uint64) (l1.Batch, error)
}

// GameL1 is the agents' L1 over a deployed RollupGame (rollup/l1.Game):
// views are contract calls, moves are transactions from one account that
// return once mined. The roots and L2 block hash of a proposal, which the
// contract keeps only as a claim, come from its Proposed event, read once.
// Safe for concurrent use.
type GameL1 struct {
	game    *l1.Game
	backend l1.Backend
	from    *bind.TransactOpts
	batches BatchReader

	// OnReceipt, when set before the first move, is called with every
	// mined move's receipt: op is the RollupGame function ("propose",
	// "challenge", "bisect", "choose", "step", "timeout", "finalize",
	// "reject", "claimCredit") and id the proposal it made or closed
	// (propose, finalize, reject), the game it opened or moved in
	// (challenge, bisect, choose, step, timeout), or 0 (claimCredit). The devnet and the gas figures read the moves'
	// gas from it. It must not block.
	OnReceipt func(op string, id uint64, r *types.Receipt)

	mu        sync.Mutex
	params    *GameParams
	outputs   map[uint64]l1.GameEvent // Proposed events by proposal ID
	nextBlock uint64                  // first L1 block not yet scanned for Proposed
}

// NewGameL1 returns the agents' L1 over game, sending moves from `from`
// and reading the batches it proposes over from batches. Events are read
// from L1 block fromBlock on (the game's deployment block, or 0).
func NewGameL1(game *l1.Game, backend l1.Backend, from *bind.TransactOpts, batches BatchReader, fromBlock uint64) *GameL1 {
	return &GameL1{game: game, backend: backend, from: from, batches: batches,
		outputs: make(map[uint64]l1.GameEvent), nextBlock: fromBlock}
}

// Address implements L1.
func (g *GameL1) Address() common.Address { return g.from.From }

// Now implements L1: the latest block's timestamp.
func (g *GameL1) Now(ctx context.Context) (uint64, error) {
	h, err := g.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("prover: L1 head: %w", err)
	}
	return h.Time, nil
}

// Params implements L1 (read once: the contract's parameters are
// immutable).
func (g *GameL1) Params(ctx context.Context) (GameParams, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.params != nil {
		return *g.params, nil
	}
	p, err := g.game.Params(ctx)
	if err != nil {
		return GameParams{}, err
	}
	g.params = &GameParams{ChallengeWindow: uint64(p.ChallengeWindow.Seconds()), Clock: uint64(p.Clock.Seconds()),
		ProposerBond: p.ProposerBond, ChallengerBond: p.ChallengerBond}
	return *g.params, nil
}

// ProposalCount implements L1.
func (g *GameL1) ProposalCount(ctx context.Context) (uint64, error) { return g.game.ProposalCount(ctx) }

// GameCount implements L1.
func (g *GameL1) GameCount(ctx context.Context) (uint64, error) { return g.game.GameCount(ctx) }

// Credit implements L1.
func (g *GameL1) Credit(ctx context.Context, addr common.Address) (*big.Int, error) {
	return g.game.Credit(ctx, addr)
}

// Proposal implements L1.
func (g *GameL1) Proposal(ctx context.Context, id uint64) (Proposal, error) {
	p, err := g.game.Proposal(ctx, id)
	if err != nil {
		return Proposal{}, err
	}
	out := Proposal{ID: id, Parent: p.ParentID, Batch: p.BatchIndex, StepsEnd: p.StepsEnd, Proposer: p.Proposer,
		Time: p.ProposedAt, Status: ProposalStatus(p.Status), WithdrawalsRoot: p.WithdrawalsRoot}
	if id == 0 {
		return out, nil // the genesis: zero roots
	}
	ev, err := g.proposed(ctx, id)
	if err != nil {
		return Proposal{}, err
	}
	out.StateRoot, out.L2BlockHash = ev.Output.StateRoot, ev.Output.L2BlockHash
	return out, nil
}

// proposed returns proposal id's Proposed event, scanning new blocks.
func (g *GameL1) proposed(ctx context.Context, id uint64) (l1.GameEvent, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if ev, ok := g.outputs[id]; ok {
		return ev, nil
	}
	head, err := g.backend.BlockNumber(ctx)
	if err != nil {
		return l1.GameEvent{}, fmt.Errorf("prover: L1 block number: %w", err)
	}
	for g.nextBlock <= head {
		to := min(g.nextBlock+eventChunk-1, head)
		evs, err := g.game.Events(ctx, g.nextBlock, to)
		if err != nil {
			return l1.GameEvent{}, err
		}
		for _, ev := range evs {
			if ev.Name == "Proposed" {
				g.outputs[ev.ProposalID] = ev
			}
		}
		g.nextBlock = to + 1
	}
	ev, ok := g.outputs[id]
	if !ok {
		return l1.GameEvent{}, fmt.Errorf("prover: no Proposed event for proposal %d up to L1 block %d", id, head)
	}
	return ev, nil
}

// Game implements L1.
func (g *GameL1) Game(ctx context.Context, id uint64) (Game, error) {
	p, err := g.Params(ctx)
	if err != nil {
		return Game{}, err
	}
	gi, err := g.game.Game(ctx, id)
	if err != nil {
		return Game{}, err
	}
	out := Game{ID: id, Proposal: gi.ProposalID, Challenger: gi.Challenger, Lo: gi.Lo, Hi: gi.Hi,
		ClaimLo: gi.ClaimLo, ClaimHi: gi.ClaimHi, Mid: gi.ClaimMid, TurnStart: gi.LastMove,
		ProposerClock: p.Clock - min(p.Clock, gi.ProposerUsed), ChallengerClock: p.Clock - min(p.Clock, gi.ChallengerUsed)}
	switch gi.State {
	case l1.GameProposerToMove:
		out.Turn = SideProposer
	case l1.GameChallengerToMove:
		out.Turn = SideChallenger
	case l1.GameProposerWon:
		out.Status = GameProposerWon
	case l1.GameChallengerWon:
		out.Status = GameChallengerWon
	default:
		return Game{}, fmt.Errorf("prover: game %d in unknown state %d", id, gi.State)
	}
	return out, nil
}

// Propose implements L1: it reads the batch's inbox fields and pays the
// proposer bond.
func (g *GameL1) Propose(ctx context.Context, parent, batch uint64, roots state.Roots, l2BlockHash common.Hash) (uint64, error) {
	p, err := g.Params(ctx)
	if err != nil {
		return 0, err
	}
	b, err := g.batches.L1Batch(ctx, batch)
	if err != nil {
		return 0, err
	}
	id, r, err := g.game.Propose(ctx, g.from, parent, &b,
		l1.Output{StateRoot: roots.State, WithdrawalsRoot: roots.Withdrawals, L2BlockHash: l2BlockHash}, p.ProposerBond)
	return id, g.mined("propose", id, r, err)
}

// Challenge implements L1: it pays the challenger bond.
func (g *GameL1) Challenge(ctx context.Context, proposal uint64) (uint64, error) {
	p, err := g.Params(ctx)
	if err != nil {
		return 0, err
	}
	id, r, err := g.game.Challenge(ctx, g.from, proposal, p.ChallengerBond)
	return id, g.mined("challenge", id, r, err)
}

// Bisect implements L1.
func (g *GameL1) Bisect(ctx context.Context, game uint64, mid common.Hash) error {
	r, err := g.game.Bisect(ctx, g.from, game, mid)
	return g.mined("bisect", game, r, err)
}

// Choose implements L1.
func (g *GameL1) Choose(ctx context.Context, game uint64, agreeWithMid bool) error {
	r, err := g.game.Choose(ctx, g.from, game, agreeWithMid)
	return g.mined("choose", game, r, err)
}

// Step implements L1.
func (g *GameL1) Step(ctx context.Context, game uint64, pre state.Roots, cursor uint64, proof []byte) error {
	r, err := g.game.Step(ctx, g.from, game, l1.PreState{StateRoot: pre.State, WithdrawalsRoot: pre.Withdrawals, Cursor: cursor}, proof)
	return g.mined("step", game, r, err)
}

// Timeout implements L1.
func (g *GameL1) Timeout(ctx context.Context, game uint64) error {
	r, err := g.game.Timeout(ctx, g.from, game)
	return g.mined("timeout", game, r, err)
}

// Finalize implements L1.
func (g *GameL1) Finalize(ctx context.Context, proposal uint64) error {
	r, err := g.game.Finalize(ctx, g.from, proposal)
	return g.mined("finalize", proposal, r, err)
}

// Reject implements L1.
func (g *GameL1) Reject(ctx context.Context, proposal uint64) error {
	r, err := g.game.Reject(ctx, g.from, proposal)
	return g.mined("reject", proposal, r, err)
}

// ClaimCredit implements L1.
func (g *GameL1) ClaimCredit(ctx context.Context) error {
	r, err := g.game.ClaimCredit(ctx, g.from)
	return g.mined("claimCredit", 0, r, err)
}

// mined reports a move's receipt to OnReceipt and returns err.
func (g *GameL1) mined(op string, id uint64, r *types.Receipt, err error) error {
	if r != nil && g.OnReceipt != nil {
		g.OnReceipt(op, id, r)
	}
	return err
}

var _ L1 = (*GameL1)(nil)
