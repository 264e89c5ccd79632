// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// The one-step verifier RollupGame calls (contracts/OneStep.sol).
interface IOneStep {
    /// Re-executes global step `step` on the pre-state and returns the
    /// post-claim; reverts when the proof does not check.
    function run(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, uint64 step, bytes calldata proof)
        external
        view
        returns (bytes32 postClaim);
}

/// What RollupGame reads from the inbox.
interface IGameInbox {
    function batchHash(uint64 index) external view returns (bytes32);
    function game() external view returns (address);
}

/// @title quire rollup outputs and fault games
/// @notice Proposals of L2 outputs form a tree rooted at the finalized
/// genesis (proposal 0). Each challenge of a proposal opens its own 1-vs-1
/// bisection game over the proposal's steps, all games in parallel, each
/// side on a chess clock of `clock` seconds in total. A proposal finalizes
/// when its challenge window has passed, every game against it was won by
/// its proposer, its parent is finalized and no sibling finalized first.
/// Bonds move by pull payments (credit, claimCredit). docs/faultproof.md,
/// "The game", describes the states and moves.
///
/// Claim after a step: keccak256(stateRoot || withdrawalsRoot || uint64
/// cursor); a proposal's claim has cursor 0. Output root:
/// keccak256(bytes32(0) || stateRoot || withdrawalsRoot || l2BlockHash).
contract RollupGame {
    // ------------------------------------------------------------------
    // Errors (every rejection has its own name)

    /// A constructor parameter is out of range (which one: `what`).
    error BadParams(string what);
    /// No proposal with this id.
    error NoProposal(uint64 id);
    /// No game with this id.
    error NoGame(uint64 id);
    /// The bond sent is not exactly the required one.
    error WrongBond(uint256 paid, uint256 want);
    /// The batch given is not the one the inbox stored at its index.
    error BadBatch(uint64 index);
    /// The batch is not after the parent's batch.
    error BatchNotAfterParent(uint64 index, uint64 parentIndex);
    /// The proposal's step count does not fit the game's 48-bit counters.
    error TooManySteps(uint64 steps);
    /// The parent proposal is rejected.
    error ParentRejected(uint64 parentId);
    /// The proposal is not pending (finalized or rejected already).
    error NotPending(uint64 id);
    /// The proposal is rejected.
    error ProposalRejected(uint64 id);
    /// The challenge window of the proposal is closed.
    error WindowClosed(uint64 id, uint256 closedAt);
    /// The challenge window of the proposal is still open.
    error WindowOpen(uint64 id, uint256 closesAt);
    /// A game against the proposal is still open.
    error GamesOpen(uint64 id, uint32 open);
    /// The parent proposal is not finalized.
    error ParentNotFinalized(uint64 parentId);
    /// A sibling of the proposal finalized first.
    error SiblingFinalized(uint64 id, uint64 parentId);
    /// reject: the proposal's parent is neither rejected nor has another
    /// finalized child.
    error NotRejectable(uint64 id);
    /// The game is over.
    error GameOver(uint64 gameId);
    /// It is not this move's turn (bisect/step: proposer's; choose: challenger's).
    error NotYourTurn(uint64 gameId);
    /// Only the game's proposer (bisect) or challenger (choose) may move.
    error NotPlayer(uint64 gameId, address caller);
    /// bisect at hi == lo + 1 (step instead) or step at hi > lo + 1.
    error WrongPhase(uint64 gameId, uint64 lo, uint64 hi);
    /// The side to move has used up its clock.
    error ClockExpired(uint64 gameId, uint256 used, uint256 clock);
    /// timeout: the side to move still has time.
    error ClockRunning(uint64 gameId, uint256 used, uint256 clock);
    /// step: the pre-state does not hash to the game's claimLo.
    error BadPreState(uint64 gameId);
    /// step: the game was deployed without a one-step verifier.
    error NoOneStep();
    /// withdrawalsRootOf: the proposal is not finalized.
    error NotFinalized(uint64 id);
    /// claimCredit: nothing to pay.
    error NoCredit(address who);
    /// An ETH transfer failed.
    error TransferFailed(address to, uint256 amount);

    // ------------------------------------------------------------------
    // Types

    /// The constructor's parameters.
    struct Params {
        uint64 challengeWindow; // W, seconds after proposing during which challenges open
        uint64 clock; // T, seconds each side of a game has in total
        uint256 proposerBond; // wei sent with propose
        uint256 challengerBond; // wei sent with challenge
    }

    /// RollupInbox.Batch, field for field (declared again so the Go bindings
    /// of the two contracts do not both declare RollupInboxBatch; the ABI
    /// encoding and so keccak256(abi.encode(batch)) are the same).
    struct Batch {
        uint64 index;
        bytes32 prevHash;
        uint8 kind;
        bytes32 dataRef;
        uint32 k;
        uint64 recordCount;
        uint64 queueStart;
        uint64 queueEnd;
        uint64 stepsStart;
        uint64 stepsEnd;
        uint64 l2BlockStart;
        uint64 l2BlockEnd;
        uint64 l1Timestamp;
    }

    /// Proposal states.
    uint8 public constant PENDING = 0;
    uint8 public constant FINALIZED = 1;
    uint8 public constant REJECTED = 2;

    /// A proposal as stored (four slots).
    struct Proposal {
        uint64 parentId;
        uint64 batchIndex; // last batch covered
        uint64 stepsEnd; // the inbox's stepsEnd of that batch
        uint64 proposedAt; // block timestamp of propose
        address proposer;
        uint8 status; // PENDING, FINALIZED, REJECTED
        uint32 openGames; // games not yet resolved
        bool childFinalized; // a child finalized: its siblings are rejected
        bool beaten; // a challenger won: the proposer's bond went to it
        bytes32 claim; // keccak256(stateRoot || withdrawalsRoot || uint64 0)
        bytes32 withdrawalsRoot;
    }

    /// Game states; the turn is part of the state.
    uint8 public constant PROPOSER_TO_MOVE = 1;
    uint8 public constant CHALLENGER_TO_MOVE = 2;
    uint8 public constant PROPOSER_WON = 3;
    uint8 public constant CHALLENGER_WON = 4;

    /// A game as stored: slot 0 (lo, hi, lastMove, both clocks, state) is
    /// all a move rewrites besides one claim.
    struct Game {
        uint48 lo; // steps agreed (relative to the parent's stepsEnd)
        uint48 hi; // steps disputed, lo < hi
        uint40 lastMove; // timestamp of the last move (or the challenge)
        uint40 proposerUsed; // seconds charged to the proposer
        uint40 challengerUsed; // seconds charged to the challenger
        uint8 state;
        uint64 proposalId;
        address challenger;
        bytes32 claimLo; // claim after lo steps (agreed)
        bytes32 claimHi; // the proposer's claim after hi steps (disputed)
        bytes32 claimMid; // the proposer's last bisect claim
    }

    // ------------------------------------------------------------------
    // Events

    event Proposed(
        uint64 indexed id,
        uint64 indexed parentId,
        address indexed proposer,
        uint64 batchIndex,
        uint64 stepsEnd,
        bytes32 stateRoot,
        bytes32 withdrawalsRoot,
        bytes32 l2BlockHash,
        bytes32 outputRoot
    );
    event Challenged(uint64 indexed gameId, uint64 indexed proposalId, address indexed challenger, uint64 steps);
    event Bisected(uint64 indexed gameId, uint64 lo, uint64 hi, bytes32 midClaim);
    event Chosen(uint64 indexed gameId, bool agreeWithMid, uint64 lo, uint64 hi);
    event Stepped(uint64 indexed gameId, uint64 step, bytes32 postClaim, bool proposerWon);
    /// A game ended: state PROPOSER_WON or CHALLENGER_WON; how: 0 step,
    /// 1 timeout, 2 no steps (N == 0), 3 proposal rejected.
    event GameResolved(uint64 indexed gameId, uint64 indexed proposalId, uint8 state, uint8 how);
    event Finalized(uint64 indexed id);
    event Rejected(uint64 indexed id);
    event Credited(address indexed to, uint256 amount);
    event CreditClaimed(address indexed to, uint256 amount);

    // ------------------------------------------------------------------
    // Parameters and storage

    IGameInbox public immutable inbox;
    IOneStep public immutable oneStep;
    uint64 public immutable challengeWindow;
    uint64 public immutable clock;
    uint256 public immutable proposerBond;
    uint256 public immutable challengerBond;

    Proposal[] private _proposals;
    Game[] private _games;
    mapping(address => uint256) public credit;

    uint8 private constant HOW_STEP = 0;
    uint8 private constant HOW_TIMEOUT = 1;
    uint8 private constant HOW_EMPTY = 2;
    uint8 private constant HOW_REJECTED = 3;

    /// oneStep may be zero only until a verifier exists (step then reverts
    /// NoOneStep). The inbox must name this contract as its game (the
    /// deployer predicts the address: docs/decisions.md).
    constructor(address inbox_, address oneStep_, Params memory p) {
        if (inbox_.code.length == 0) revert BadParams("inbox");
        if (IGameInbox(inbox_).game() != address(this)) revert BadParams("inbox.game");
        if (p.challengeWindow == 0) revert BadParams("challengeWindow");
        if (p.clock == 0 || p.clock >= type(uint40).max) revert BadParams("clock");
        if (p.proposerBond == 0) revert BadParams("proposerBond");
        if (p.challengerBond == 0) revert BadParams("challengerBond");
        inbox = IGameInbox(inbox_);
        oneStep = IOneStep(oneStep_);
        challengeWindow = p.challengeWindow;
        clock = p.clock;
        proposerBond = p.proposerBond;
        challengerBond = p.challengerBond;
        Proposal storage g = _proposals.push();
        g.status = FINALIZED;
        g.proposedAt = uint64(block.timestamp);
        g.claim = claimOf(bytes32(0), bytes32(0), 0);
    }

    // ------------------------------------------------------------------
    // Proposals

    /// Proposes the output after `batch` (the inbox's batch at batch.index,
    /// after the parent's batch), with exactly proposerBond.
    function propose(
        uint64 parentId,
        Batch calldata batch,
        bytes32 stateRoot,
        bytes32 withdrawalsRoot,
        bytes32 l2BlockHash
    ) external payable returns (uint64 id) {
        if (msg.value != proposerBond) revert WrongBond(msg.value, proposerBond);
        Proposal storage parent = _proposal(parentId);
        if (parent.status == REJECTED) revert ParentRejected(parentId);
        if (batch.index <= parent.batchIndex) revert BatchNotAfterParent(batch.index, parent.batchIndex);
        if (inbox.batchHash(batch.index) != keccak256(abi.encode(batch))) revert BadBatch(batch.index);
        uint64 n = batch.stepsEnd - parent.stepsEnd;
        if (n >= type(uint48).max) revert TooManySteps(n);
        id = uint64(_proposals.length);
        Proposal storage p = _proposals.push();
        p.parentId = parentId;
        p.batchIndex = batch.index;
        p.stepsEnd = batch.stepsEnd;
        p.proposedAt = uint64(block.timestamp);
        p.proposer = msg.sender;
        p.claim = claimOf(stateRoot, withdrawalsRoot, 0);
        p.withdrawalsRoot = withdrawalsRoot;
        bytes32 out = keccak256(abi.encodePacked(bytes32(0), stateRoot, withdrawalsRoot, l2BlockHash));
        emit Proposed(
            id, parentId, msg.sender, batch.index, batch.stepsEnd, stateRoot, withdrawalsRoot, l2BlockHash, out
        );
    }

    /// Finalizes a proposal: window passed, no open game, not beaten, parent
    /// finalized, no sibling finalized. The proposer's bond is credited back.
    function finalize(uint64 proposalId) external {
        Proposal storage p = _proposal(proposalId);
        if (p.status != PENDING) revert NotPending(proposalId);
        uint256 closes = uint256(p.proposedAt) + challengeWindow;
        if (block.timestamp < closes) revert WindowOpen(proposalId, closes);
        if (p.openGames != 0) revert GamesOpen(proposalId, p.openGames);
        Proposal storage parent = _proposals[p.parentId];
        if (parent.status != FINALIZED) revert ParentNotFinalized(p.parentId);
        if (parent.childFinalized) revert SiblingFinalized(proposalId, p.parentId);
        p.status = FINALIZED;
        parent.childFinalized = true;
        _credit(p.proposer, proposerBond);
        emit Finalized(proposalId);
    }

    /// Rejects a pending proposal whose parent is rejected or whose sibling
    /// finalized. Its proposer's bond is credited back (it was not beaten
    /// in a game: a beaten proposal is rejected when it loses).
    function reject(uint64 proposalId) external {
        Proposal storage p = _proposal(proposalId);
        if (p.status != PENDING) revert NotPending(proposalId);
        Proposal storage parent = _proposals[p.parentId];
        if (parent.status != REJECTED && !(parent.status == FINALIZED && parent.childFinalized)) {
            revert NotRejectable(proposalId);
        }
        p.status = REJECTED;
        _credit(p.proposer, proposerBond);
        emit Rejected(proposalId);
    }

    // ------------------------------------------------------------------
    // Games

    /// Opens a 1-vs-1 game against a pending proposal within its window,
    /// with exactly challengerBond. A proposal with no steps is decided at
    /// once (the proposer wins exactly when its claim equals the parent's).
    function challenge(uint64 proposalId) external payable returns (uint64 gameId) {
        if (msg.value != challengerBond) revert WrongBond(msg.value, challengerBond);
        Proposal storage p = _proposal(proposalId);
        if (p.status != PENDING) revert NotPending(proposalId);
        uint256 closes = uint256(p.proposedAt) + challengeWindow;
        if (block.timestamp >= closes) revert WindowClosed(proposalId, closes);
        Proposal storage parent = _proposals[p.parentId];
        uint64 n = p.stepsEnd - parent.stepsEnd;
        gameId = uint64(_games.length);
        Game storage g = _games.push();
        g.hi = uint48(n);
        g.lastMove = uint40(block.timestamp);
        g.state = PROPOSER_TO_MOVE;
        g.proposalId = proposalId;
        g.challenger = msg.sender;
        g.claimLo = parent.claim;
        g.claimHi = p.claim;
        // Pre-fill the mid slot (any non-zero value; bisect overwrites it
        // before choose reads it) so that no move pays for a new slot.
        g.claimMid = p.claim;
        p.openGames++;
        emit Challenged(gameId, proposalId, msg.sender, n);
        if (n == 0) {
            _resolve(gameId, g, p, g.claimLo == g.claimHi, HOW_EMPTY);
        }
    }

    /// The proposer's move: its claim after m = (lo + hi) / 2 steps.
    function bisect(uint64 gameId, bytes32 midClaim) external {
        Game storage g = _game(gameId);
        Game memory s = _slot0(g);
        if (s.state != PROPOSER_TO_MOVE) _notToMove(gameId, s.state);
        Proposal storage p = _proposals[g.proposalId];
        if (msg.sender != p.proposer) revert NotPlayer(gameId, msg.sender);
        if (p.status == REJECTED) revert ProposalRejected(g.proposalId);
        if (s.hi - s.lo == 1) revert WrongPhase(gameId, s.lo, s.hi);
        uint40 used = _charge(gameId, s.proposerUsed, s.lastMove);
        g.lastMove = uint40(block.timestamp);
        g.proposerUsed = used;
        g.state = CHALLENGER_TO_MOVE;
        g.claimMid = midClaim;
        emit Bisected(gameId, s.lo, s.hi, midClaim);
    }

    /// The challenger's move: agree with the mid claim (the dispute moves to
    /// (m, hi)) or disagree (to (lo, m)).
    function choose(uint64 gameId, bool agreeWithMid) external {
        Game storage g = _game(gameId);
        Game memory s = _slot0(g);
        if (s.state != CHALLENGER_TO_MOVE) _notToMove(gameId, s.state);
        if (msg.sender != g.challenger) revert NotPlayer(gameId, msg.sender);
        uint64 pid = g.proposalId;
        if (_proposals[pid].status == REJECTED) revert ProposalRejected(pid);
        uint40 used = _charge(gameId, s.challengerUsed, s.lastMove);
        uint48 m = uint48((uint256(s.lo) + s.hi) / 2);
        if (agreeWithMid) {
            g.claimLo = g.claimMid;
            s.lo = m;
        } else {
            g.claimHi = g.claimMid;
            s.hi = m;
        }
        g.lo = s.lo;
        g.hi = s.hi;
        g.lastMove = uint40(block.timestamp);
        g.challengerUsed = used;
        g.state = PROPOSER_TO_MOVE;
        emit Chosen(gameId, agreeWithMid, s.lo, s.hi);
    }

    /// At hi == lo + 1, anyone runs the disputed step on claimLo's preimage:
    /// the post-claim equal to claimHi wins for the proposer, any other for
    /// the challenger. A proof OneStep cannot check reverts. It is the
    /// proposer's turn: it reverts once the proposer's clock ran out.
    function step(uint64 gameId, bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, bytes calldata proof)
        external
    {
        Game storage g = _game(gameId);
        Game memory s = _slot0(g);
        if (s.state != PROPOSER_TO_MOVE) _notToMove(gameId, s.state);
        if (s.hi - s.lo != 1) revert WrongPhase(gameId, s.lo, s.hi);
        Proposal storage p = _proposals[g.proposalId];
        if (p.status == REJECTED) revert ProposalRejected(g.proposalId);
        _charge(gameId, s.proposerUsed, s.lastMove);
        if (claimOf(stateRoot, withdrawalsRoot, cursor) != g.claimLo) revert BadPreState(gameId);
        if (address(oneStep) == address(0)) revert NoOneStep();
        uint64 globalStep = _proposals[p.parentId].stepsEnd + s.lo;
        bytes32 post = oneStep.run(stateRoot, withdrawalsRoot, cursor, globalStep, proof);
        bool proposerWon = post == g.claimHi;
        emit Stepped(gameId, globalStep, post, proposerWon);
        _resolve(gameId, g, p, proposerWon, HOW_STEP);
    }

    /// Ends a game whose side to move has used more than `clock` seconds:
    /// that side loses. A game against a rejected proposal ends for the
    /// challenger at once (its bond is refunded).
    function timeout(uint64 gameId) external {
        Game storage g = _game(gameId);
        Game memory s = _slot0(g);
        if (s.state != PROPOSER_TO_MOVE && s.state != CHALLENGER_TO_MOVE) revert GameOver(gameId);
        Proposal storage p = _proposals[g.proposalId];
        if (p.status == REJECTED) {
            _resolve(gameId, g, p, false, HOW_REJECTED);
            return;
        }
        bool proposerToMove = s.state == PROPOSER_TO_MOVE;
        uint256 used = uint256(proposerToMove ? s.proposerUsed : s.challengerUsed) + (block.timestamp - s.lastMove);
        if (used <= clock) revert ClockRunning(gameId, used, clock);
        _resolve(gameId, g, p, !proposerToMove, HOW_TIMEOUT);
    }

    /// Ends a game and moves the bonds. A challenger win rejects the
    /// proposal; the first one takes the proposer's bond, later ones (and
    /// any win against an already rejected proposal) get their bond back.
    function _resolve(uint64 gameId, Game storage g, Proposal storage p, bool proposerWon, uint8 how) internal {
        uint64 pid = g.proposalId;
        p.openGames--;
        address challenger = g.challenger;
        if (proposerWon) {
            g.state = PROPOSER_WON;
            _credit(p.proposer, challengerBond);
        } else {
            g.state = CHALLENGER_WON;
            _credit(challenger, challengerBond);
            if (p.status == PENDING) {
                p.status = REJECTED;
                p.beaten = true;
                _credit(challenger, proposerBond);
                emit Rejected(pid);
            }
        }
        emit GameResolved(gameId, pid, g.state, how);
    }

    /// Charges the time since the last move to the side to move; reverts
    /// when that passes the clock.
    function _charge(uint64 gameId, uint40 used, uint40 lastMove) internal view returns (uint40) {
        uint256 u = uint256(used) + (block.timestamp - lastMove);
        if (u > clock) revert ClockExpired(gameId, u, clock);
        return uint40(u);
    }

    /// Reverts for a move out of turn: GameOver once resolved, else NotYourTurn.
    function _notToMove(uint64 gameId, uint8 state) internal pure {
        if (state == PROPOSER_WON || state == CHALLENGER_WON) revert GameOver(gameId);
        revert NotYourTurn(gameId);
    }

    // ------------------------------------------------------------------
    // Credit

    function _credit(address to, uint256 amount) internal {
        credit[to] += amount;
        emit Credited(to, amount);
    }

    /// Pays the caller its credited bonds.
    function claimCredit() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NoCredit(msg.sender);
        credit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
        emit CreditClaimed(msg.sender, amount);
    }

    // ------------------------------------------------------------------
    // Views

    /// The claim rule: keccak256(stateRoot || withdrawalsRoot || uint64 cursor).
    function claimOf(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(stateRoot, withdrawalsRoot, cursor));
    }

    /// The withdrawals root of a finalized proposal.
    function withdrawalsRootOf(uint64 proposalId) external view returns (bytes32) {
        Proposal storage p = _proposal(proposalId);
        if (p.status != FINALIZED) revert NotFinalized(proposalId);
        return p.withdrawalsRoot;
    }

    function proposal(uint64 id) external view returns (Proposal memory) {
        return _proposal(id);
    }

    function game(uint64 id) external view returns (Game memory) {
        return _game(id);
    }

    function proposalCount() external view returns (uint64) {
        return uint64(_proposals.length);
    }

    function gameCount() external view returns (uint64) {
        return uint64(_games.length);
    }

    function _proposal(uint64 id) internal view returns (Proposal storage) {
        if (id >= _proposals.length) revert NoProposal(id);
        return _proposals[id];
    }

    function _game(uint64 id) internal view returns (Game storage) {
        if (id >= _games.length) revert NoGame(id);
        return _games[id];
    }

    /// Reads slot 0 of a game (one SLOAD) into memory.
    function _slot0(Game storage g) internal view returns (Game memory s) {
        s.lo = g.lo;
        s.hi = g.hi;
        s.lastMove = g.lastMove;
        s.proposerUsed = g.proposerUsed;
        s.challengerUsed = g.challengerUsed;
        s.state = g.state;
    }
}
