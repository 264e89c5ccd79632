package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/contracts"
	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/state"
)

// ErrDeployAddress is returned by Deploy when a contract did not land at
// the address predicted from the deployer's nonce (another transaction
// from the same account was sent in between); nothing deployed is usable.
var ErrDeployAddress = errors.New("rollup/l1: contract deployed at an unexpected address")

// GameParams are RollupGame's constructor arguments.
type GameParams struct {
	ChallengeWindow time.Duration // W: challenges open for this long after a proposal (whole seconds, > 0)
	Clock           time.Duration // T: each side's chess clock in a game (whole seconds, > 0)
	ProposerBond    *big.Int      // wei sent with propose (> 0)
	ChallengerBond  *big.Int      // wei sent with challenge (> 0)
}

// DefaultGameParams are the devnet's (docs ROLLUP.md B1): W 60 s, T 30 s,
// bonds 1 ETH and 0.1 ETH. Deploy uses them when Params.Game is zero.
func DefaultGameParams() GameParams {
	return GameParams{
		ChallengeWindow: 60 * time.Second,
		Clock:           30 * time.Second,
		ProposerBond:    new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil),
		ChallengerBond:  new(big.Int).Exp(big.NewInt(10), big.NewInt(17), nil),
	}
}

// GameParamsOf returns the game parameters of a rollup configuration (W,
// T and the bonds of rollup.Config).
func GameParamsOf(c *rollup.Config) GameParams {
	return GameParams{
		ChallengeWindow: time.Duration(c.ChallengeWindow),
		Clock:           time.Duration(c.ClockPerSide),
		ProposerBond:    new(big.Int).Set(&c.ProposerBond.Int),
		ChallengerBond:  new(big.Int).Set(&c.ChallengerBond.Int),
	}
}

func (g *GameParams) isZero() bool {
	return g.ChallengeWindow == 0 && g.Clock == 0 && g.ProposerBond == nil && g.ChallengerBond == nil
}

// Validate checks the parameters; the contract repeats the checks.
func (g *GameParams) Validate() error {
	switch {
	case g.ChallengeWindow < time.Second || g.ChallengeWindow%time.Second != 0:
		return fmt.Errorf("%w: challenge window %v is not a positive number of seconds", ErrBadParams, g.ChallengeWindow)
	case g.Clock < time.Second || g.Clock%time.Second != 0:
		return fmt.Errorf("%w: game clock %v is not a positive number of seconds", ErrBadParams, g.Clock)
	case g.ProposerBond == nil || g.ProposerBond.Sign() <= 0:
		return fmt.Errorf("%w: proposer bond must be positive", ErrBadParams)
	case g.ChallengerBond == nil || g.ChallengerBond.Sign() <= 0:
		return fmt.Errorf("%w: challenger bond must be positive", ErrBadParams)
	}
	return nil
}

func (g *GameParams) arg() contracts.RollupGameParams {
	return contracts.RollupGameParams{
		ChallengeWindow: uint64(g.ChallengeWindow / time.Second),
		Clock:           uint64(g.Clock / time.Second),
		ProposerBond:    new(big.Int).Set(g.ProposerBond),
		ChallengerBond:  new(big.Int).Set(g.ChallengerBond),
	}
}

// OneStepDeployer returns the contract and constructor arguments of the
// one-step verifier for the inbox at `inbox` (contracts/OneStep.sol takes
// the inbox's address). Deploy sends it right after the game.
type OneStepDeployer func(inbox common.Address) (meta *bind.MetaData, args []byte)

// OneStepFor is the deployer of contracts/OneStep.sol for a rollup whose
// constant base fee is baseFee wei per gas and whose fees go to
// feeRecipient (rollup.Config's BaseFee and FeeRecipient: the verifier
// re-executes steps with them, so they must be the deployment's).
func OneStepFor(baseFee uint64, feeRecipient common.Address) OneStepDeployer {
	return func(inbox common.Address) (*bind.MetaData, []byte) {
		return &contracts.OneStepMetaData, contracts.NewOneStep().PackConstructor(inbox, new(big.Int).SetUint64(baseFee), feeRecipient)
	}
}

// Proposal states and game states, as RollupGame numbers them.
const (
	ProposalPending   uint8 = 0
	ProposalFinalized uint8 = 1
	ProposalRejected  uint8 = 2

	GameProposerToMove   uint8 = 1
	GameChallengerToMove uint8 = 2
	GameProposerWon      uint8 = 3
	GameChallengerWon    uint8 = 4
)

// Proposal is a proposal as RollupGame stores it.
type Proposal struct {
	ParentID        uint64
	BatchIndex      uint64 // the last batch it covers
	StepsEnd        uint64 // that batch's StepsEnd
	ProposedAt      uint64 // L1 timestamp of propose
	Proposer        common.Address
	Status          uint8 // ProposalPending, ProposalFinalized, ProposalRejected
	OpenGames       uint32
	ChildFinalized  bool // a child finalized: the others are rejectable
	Beaten          bool // a challenger won a game against it
	Claim           common.Hash
	WithdrawalsRoot common.Hash
}

// GameInfo is a game as RollupGame stores it. Lo and Hi count steps from
// the parent proposal's StepsEnd.
type GameInfo struct {
	Lo, Hi         uint64
	LastMove       uint64 // L1 timestamp of the last move (or the challenge)
	ProposerUsed   uint64 // seconds charged to the proposer
	ChallengerUsed uint64 // seconds charged to the challenger
	State          uint8  // GameProposerToMove ... GameChallengerWon
	ProposalID     uint64
	Challenger     common.Address
	ClaimLo        common.Hash // agreed claim after Lo steps
	ClaimHi        common.Hash // the proposer's disputed claim after Hi steps
	ClaimMid       common.Hash // the proposer's last bisect claim
}

// Mid is the step count the proposer's next bisect claims: (Lo + Hi) / 2.
func (g GameInfo) Mid() uint64 { return g.Lo + (g.Hi-g.Lo)/2 }

// Over reports whether the game is resolved.
func (g GameInfo) Over() bool { return g.State == GameProposerWon || g.State == GameChallengerWon }

// Output is what a proposal claims after its last batch.
type Output struct {
	StateRoot       common.Hash
	WithdrawalsRoot common.Hash
	L2BlockHash     common.Hash
}

// Root is the output root keccak256(bytes32(0) || stateRoot ||
// withdrawalsRoot || l2BlockHash) (stf.OutputRoot).
func (o Output) Root() common.Hash {
	var v [32]byte
	return crypto.Keccak256Hash(v[:], o.StateRoot[:], o.WithdrawalsRoot[:], o.L2BlockHash[:])
}

// PreState is the preimage of a claim: what step() re-executes from.
type PreState struct {
	StateRoot       common.Hash
	WithdrawalsRoot common.Hash
	Cursor          uint64
}

// Claim is keccak256(stateRoot || withdrawalsRoot || uint64 cursor), the
// contract's claimOf (stf.Claim).
func (p PreState) Claim() common.Hash {
	var c [8]byte
	for i := range 8 {
		c[7-i] = byte(p.Cursor >> (8 * i))
	}
	return crypto.Keccak256Hash(p.StateRoot[:], p.WithdrawalsRoot[:], c[:])
}

// Game is a handle on one deployed RollupGame. Safe for concurrent use.
type Game struct {
	*dacl1.Contract
	abi *contracts.RollupGame
}

// NewGame returns a handle on the RollupGame at address.
func NewGame(ctx context.Context, b Backend, address common.Address, opts ...Option) (*Game, error) {
	c, err := dacl1.BindContract(ctx, b, &contracts.RollupGameMetaData, address, opts...)
	if err != nil {
		return nil, fmt.Errorf("rollup/l1: %w", err)
	}
	return &Game{Contract: c, abi: contracts.NewRollupGame()}, nil
}

func (g *Game) transact(ctx context.Context, from *bind.TransactOpts, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	r, err := g.TransactValue(ctx, from, what, data, value)
	if err != nil {
		return r, fmt.Errorf("rollup/%w", err)
	}
	return r, nil
}

// event finds the first log of this contract that decodes as name.
func (g *Game) event(r *types.Receipt, name string) (GameEvent, error) {
	for _, l := range r.Logs {
		if l.Address != g.Address() {
			continue
		}
		if ev, err := DecodeGameEvent(l); err == nil && ev.Name == name {
			return ev, nil
		}
	}
	return GameEvent{}, fmt.Errorf("%w: %s", ErrNoEvent, name)
}

// Params reads the game's parameters.
func (g *Game) Params(ctx context.Context) (GameParams, error) {
	var p GameParams
	w, err := dacl1.Call(ctx, g.Contract, g.abi.PackChallengeWindow(), g.abi.UnpackChallengeWindow)
	if err != nil {
		return p, err
	}
	t, err := dacl1.Call(ctx, g.Contract, g.abi.PackClock(), g.abi.UnpackClock)
	if err != nil {
		return p, err
	}
	if p.ProposerBond, err = dacl1.Call(ctx, g.Contract, g.abi.PackProposerBond(), g.abi.UnpackProposerBond); err != nil {
		return p, err
	}
	if p.ChallengerBond, err = dacl1.Call(ctx, g.Contract, g.abi.PackChallengerBond(), g.abi.UnpackChallengerBond); err != nil {
		return p, err
	}
	p.ChallengeWindow, p.Clock = time.Duration(w)*time.Second, time.Duration(t)*time.Second
	return p, nil
}

// Propose proposes out after batch (as the inbox stored it, after the
// parent's batch) on top of parentID, sending bond wei (the game's
// ProposerBond). It returns the new proposal's id.
func (g *Game) Propose(ctx context.Context, from *bind.TransactOpts, parentID uint64, batch *Batch, out Output, bond *big.Int) (uint64, *types.Receipt, error) {
	data := g.abi.PackPropose(parentID, gameBatchArg(batch), out.StateRoot, out.WithdrawalsRoot, out.L2BlockHash)
	r, err := g.transact(ctx, from, "propose", data, bond)
	if err != nil {
		return 0, r, err
	}
	ev, err := g.event(r, "Proposed")
	return ev.ProposalID, r, err
}

// Challenge opens a game against proposalID, sending bond wei (the game's
// ChallengerBond). It returns the game's id.
func (g *Game) Challenge(ctx context.Context, from *bind.TransactOpts, proposalID uint64, bond *big.Int) (uint64, *types.Receipt, error) {
	r, err := g.transact(ctx, from, "challenge", g.abi.PackChallenge(proposalID), bond)
	if err != nil {
		return 0, r, err
	}
	ev, err := g.event(r, "Challenged")
	return ev.GameID, r, err
}

// Bisect is the proposer's move: its claim after GameInfo.Mid() steps.
func (g *Game) Bisect(ctx context.Context, from *bind.TransactOpts, gameID uint64, mid common.Hash) (*types.Receipt, error) {
	return g.transact(ctx, from, "bisect", g.abi.PackBisect(gameID, mid), nil)
}

// Choose is the challenger's move: agree with the mid claim or not.
func (g *Game) Choose(ctx context.Context, from *bind.TransactOpts, gameID uint64, agree bool) (*types.Receipt, error) {
	return g.transact(ctx, from, "choose", g.abi.PackChoose(gameID, agree), nil)
}

// Step runs the disputed step (hi == lo + 1) from pre (the preimage of
// ClaimLo) with the one-step proof; anyone may send it.
func (g *Game) Step(ctx context.Context, from *bind.TransactOpts, gameID uint64, pre PreState, proof []byte) (*types.Receipt, error) {
	return g.transact(ctx, from, "step", g.abi.PackStep(gameID, pre.StateRoot, pre.WithdrawalsRoot, pre.Cursor, proof), nil)
}

// Timeout ends a game whose side to move ran out of clock (or whose
// proposal was rejected, for the challenger).
func (g *Game) Timeout(ctx context.Context, from *bind.TransactOpts, gameID uint64) (*types.Receipt, error) {
	return g.transact(ctx, from, "timeout", g.abi.PackTimeout(gameID), nil)
}

// Finalize finalizes a proposal.
func (g *Game) Finalize(ctx context.Context, from *bind.TransactOpts, proposalID uint64) (*types.Receipt, error) {
	return g.transact(ctx, from, "finalize", g.abi.PackFinalize(proposalID), nil)
}

// Reject rejects a proposal whose parent is rejected or whose sibling
// finalized.
func (g *Game) Reject(ctx context.Context, from *bind.TransactOpts, proposalID uint64) (*types.Receipt, error) {
	return g.transact(ctx, from, "reject", g.abi.PackReject(proposalID), nil)
}

// ClaimCredit pays the sender its credited bonds.
func (g *Game) ClaimCredit(ctx context.Context, from *bind.TransactOpts) (*types.Receipt, error) {
	return g.transact(ctx, from, "claim credit", g.abi.PackClaimCredit(), nil)
}

// Credit reads the bonds credited to who and not yet claimed.
func (g *Game) Credit(ctx context.Context, who common.Address) (*big.Int, error) {
	return dacl1.Call(ctx, g.Contract, g.abi.PackCredit(who), g.abi.UnpackCredit)
}

// ProposalCount reads the number of proposals (genesis included).
func (g *Game) ProposalCount(ctx context.Context) (uint64, error) {
	return dacl1.Call(ctx, g.Contract, g.abi.PackProposalCount(), g.abi.UnpackProposalCount)
}

// GameCount reads the number of games.
func (g *Game) GameCount(ctx context.Context) (uint64, error) {
	return dacl1.Call(ctx, g.Contract, g.abi.PackGameCount(), g.abi.UnpackGameCount)
}

// Proposal reads proposal id.
func (g *Game) Proposal(ctx context.Context, id uint64) (Proposal, error) {
	p, err := dacl1.Call(ctx, g.Contract, g.abi.PackProposal(id), g.abi.UnpackProposal)
	if err != nil {
		return Proposal{}, err
	}
	return Proposal{
		ParentID: p.ParentId, BatchIndex: p.BatchIndex, StepsEnd: p.StepsEnd, ProposedAt: p.ProposedAt,
		Proposer: p.Proposer, Status: p.Status, OpenGames: p.OpenGames, ChildFinalized: p.ChildFinalized,
		Beaten: p.Beaten, Claim: p.Claim, WithdrawalsRoot: p.WithdrawalsRoot,
	}, nil
}

// Game reads game id.
func (g *Game) Game(ctx context.Context, id uint64) (GameInfo, error) {
	s, err := dacl1.Call(ctx, g.Contract, g.abi.PackGame(id), g.abi.UnpackGame)
	if err != nil {
		return GameInfo{}, err
	}
	return GameInfo{
		Lo: s.Lo.Uint64(), Hi: s.Hi.Uint64(), LastMove: s.LastMove.Uint64(), ProposerUsed: s.ProposerUsed.Uint64(),
		ChallengerUsed: s.ChallengerUsed.Uint64(), State: s.State, ProposalID: s.ProposalId, Challenger: s.Challenger,
		ClaimLo: s.ClaimLo, ClaimHi: s.ClaimHi, ClaimMid: s.ClaimMid,
	}, nil
}

// WithdrawalsRootOf reads the withdrawals root of a finalized proposal
// (the contract reverts NotFinalized otherwise).
func (g *Game) WithdrawalsRootOf(ctx context.Context, id uint64) (common.Hash, error) {
	h, err := dacl1.Call(ctx, g.Contract, g.abi.PackWithdrawalsRootOf(id), g.abi.UnpackWithdrawalsRootOf)
	return common.Hash(h), err
}

// ContractClaim asks the contract for claimOf(pre): the Solidity side of
// PreState.Claim.
func (g *Game) ContractClaim(ctx context.Context, pre PreState) (common.Hash, error) {
	h, err := dacl1.Call(ctx, g.Contract, g.abi.PackClaimOf(pre.StateRoot, pre.WithdrawalsRoot, pre.Cursor), g.abi.UnpackClaimOf)
	return common.Hash(h), err
}

func gameBatchArg(b *Batch) contracts.RollupGameBatch {
	return contracts.RollupGameBatch(batchArg(b))
}

// Withdraw pays amount wei to sender on L1 for its L2 withdrawal `nonce`,
// proven by proof (rollup/state's ProveWithdrawal) against the finalized
// proposal's withdrawals root. Anyone may send it; it pays once.
func (in *Inbox) Withdraw(ctx context.Context, from *bind.TransactOpts, proposalID uint64, sender common.Address, nonce uint64, amount *big.Int, proof state.Proof) (*types.Receipt, error) {
	p := contracts.RollupInboxWithdrawalProof{
		Bitmap:    new(big.Int).SetBytes(proof.Bitmap[:]),
		Siblings:  make([][32]byte, len(proof.Siblings)),
		OtherKey:  proof.OtherKey,
		OtherLeaf: proof.OtherLeaf,
	}
	for i, s := range proof.Siblings {
		p.Siblings[i] = s
	}
	return in.transact(ctx, from, "withdraw", in.abi.PackWithdraw(proposalID, sender, nonce, amount, p), nil)
}

// Withdrawn reads whether the withdrawal (sender, nonce) was paid.
func (in *Inbox) Withdrawn(ctx context.Context, sender common.Address, nonce uint64) (bool, error) {
	return call(ctx, in, in.abi.PackWithdrawn(state.WithdrawalKey(sender, nonce)), in.abi.UnpackWithdrawn)
}

// GameAddress reads the RollupGame the inbox pays withdrawals against.
func (in *Inbox) GameAddress(ctx context.Context) (common.Address, error) {
	return call(ctx, in, in.abi.PackGame(), in.abi.UnpackGame)
}

// Game returns a handle on the inbox's RollupGame (with the inbox's
// options).
func (in *Inbox) Game(ctx context.Context) (*Game, error) {
	if in.game != nil {
		return in.game, nil
	}
	a, err := in.GameAddress(ctx)
	if err != nil {
		return nil, err
	}
	return NewGame(ctx, in.Backend(), a, in.opts...)
}
