package prover

import (
	"github.com/ethereum/go-ethereum/common"
)

// ActionKind is a move or call an agent makes on L1.
type ActionKind uint8

const (
	ActPropose ActionKind = iota + 1
	ActChallenge
	ActBisect
	ActChoose
	ActStep
	ActTimeout
	ActFinalize
	ActReject
)

var actNames = [...]string{ActPropose: "propose", ActChallenge: "challenge", ActBisect: "bisect", ActChoose: "choose",
	ActStep: "step", ActTimeout: "timeout", ActFinalize: "finalize", ActReject: "reject"}

func (k ActionKind) String() string {
	if int(k) < len(actNames) && actNames[k] != "" {
		return actNames[k]
	}
	return "none"
}

// Action is one decision of an agent.
type Action struct {
	Kind     ActionKind
	Game     uint64
	Proposal uint64
	// Propose: parent and batch.
	Parent, Batch uint64
	// Bisect: the claim at Game.Midpoint; Step: the global step.
	Mid   common.Hash
	Agree bool
	Step  uint64
	// Late: the agent moves with less than the margin of its clock left.
	Late bool
}

// Claims answers an agent's claim after n global steps (a Trace, through
// the agent's store).
type Claims func(n uint64) (common.Hash, error)

// PlanGame decides side's move in g at L1 time now: base is the parent's
// stepsEnd (game step j is global step base+j), clock the game's T, margin
// the fraction of T under which a move counts as late. It returns ok false
// when side has nothing to do, and ErrClockExpired when it is side's turn
// and its clock ran out. The challenger steps at the leaf itself (anyone
// may), which ends the game without waiting for the proposer.
func PlanGame(side Side, g Game, base, now, clock uint64, margin float64, claim Claims) (Action, bool, error) {
	if g.Status != GameOpen {
		return Action{}, false, nil
	}
	a := Action{Game: g.ID, Proposal: g.Proposal}
	if g.Turn != side {
		switch {
		case g.Expired(now):
			a.Kind = ActTimeout
			return a, true, nil
		case side == SideChallenger && g.Leaf():
			a.Kind, a.Step = ActStep, base+g.Lo
			return a, true, nil
		}
		return Action{}, false, nil
	}
	if g.Expired(now) {
		return Action{}, false, ErrClockExpired
	}
	a.Late = float64(g.Left(side, now)) < margin*float64(clock)
	switch {
	case side == SideProposer && g.Leaf():
		a.Kind, a.Step = ActStep, base+g.Lo
	case side == SideProposer:
		mid, err := claim(base + g.Midpoint())
		if err != nil {
			return Action{}, false, err
		}
		a.Kind, a.Mid = ActBisect, mid
	default:
		mine, err := claim(base + g.Midpoint())
		if err != nil {
			return Action{}, false, err
		}
		a.Kind, a.Agree = ActChoose, mine == g.Mid
	}
	return a, true, nil
}

// ProposerView is what the proposer decides its calls from (other than
// game moves).
type ProposerView struct {
	Me        common.Address
	Now       uint64
	Params    GameParams
	Interval  uint64
	Safe      uint64 // latest safe batch
	LastSent  uint64 // L1 time of its last proposal (0: never)
	Proposals []Proposal
	// OpenGames counts the open games per proposal.
	OpenGames map[uint64]int
}

// PlanProposer returns the proposer's calls: finalize its proposals whose
// window passed with no open game and a finalized parent, reject its
// pending proposals a sibling of which finalized first, and, every
// Interval, propose the safe batch on top of its latest pending proposal
// (or the latest finalized one).
func PlanProposer(v ProposerView) []Action {
	var out []Action
	byID := make(map[uint64]Proposal, len(v.Proposals))
	finalChild := make(map[uint64]bool) // parents with a finalized child
	for _, p := range v.Proposals {
		byID[p.ID] = p
		if p.Status == ProposalFinalized && p.ID != 0 { // the genesis is its own parent
			finalChild[p.Parent] = true
		}
	}
	var fin, own *Proposal
	for i := range v.Proposals {
		p := &v.Proposals[i]
		switch {
		case p.Status == ProposalFinalized && (fin == nil || p.Batch > fin.Batch):
			fin = p
		case p.Status == ProposalPending && p.Proposer == v.Me:
			if finalChild[p.Parent] {
				// A sibling (the same batch, or another, on the same
				// parent) finalized first: this one can only be rejected,
				// which frees nothing but closes it.
				if v.OpenGames[p.ID] == 0 {
					out = append(out, Action{Kind: ActReject, Proposal: p.ID})
				}
				continue
			}
			if own == nil || p.Batch > own.Batch {
				own = p
			}
			parent, ok := byID[p.Parent]
			if v.Now >= p.Time+v.Params.ChallengeWindow && v.OpenGames[p.ID] == 0 && ok && parent.Status == ProposalFinalized {
				out = append(out, Action{Kind: ActFinalize, Proposal: p.ID})
			}
		}
	}
	if fin == nil {
		return out
	}
	parent := fin
	if own != nil && own.Batch > fin.Batch {
		parent = own
	}
	if v.Safe > parent.Batch && (v.LastSent == 0 || v.Now >= v.LastSent+v.Interval) {
		out = append(out, Action{Kind: ActPropose, Parent: parent.ID, Batch: v.Safe})
	}
	return out
}

// Verdict is the challenger's judgement of a proposal.
type Verdict uint8

const (
	VerdictUnknown  Verdict = iota // its batch is not derived yet
	VerdictAgree                   // the claim equals the challenger's
	VerdictDisagree                // it differs
)

// ChallengerView is what the challenger decides its challenges from.
type ChallengerView struct {
	Now       uint64
	Params    GameParams
	Proposals map[uint64]Proposal
	Verdicts  map[uint64]Verdict
	// Challenged: the proposals it has a game against.
	Challenged map[uint64]bool
}

// PlanChallenger returns, in proposal order, a challenge for every pending
// proposal the challenger disagrees with whose parent is finalized or
// agreed (a wrong parent is challenged instead, and its children are
// rejected with it), and a reject for every pending proposal whose parent
// was rejected. Missed lists wrong proposals whose window has closed.
func PlanChallenger(v ChallengerView, ids []uint64) (acts []Action, missed []uint64) {
	for _, id := range ids {
		p, ok := v.Proposals[id]
		if !ok || p.Status != ProposalPending {
			continue
		}
		parent, ok := v.Proposals[p.Parent]
		if ok && parent.Status == ProposalRejected {
			acts = append(acts, Action{Kind: ActReject, Proposal: id})
			continue
		}
		if v.Verdicts[id] != VerdictDisagree || v.Challenged[id] {
			continue
		}
		if !ok || (parent.Status != ProposalFinalized && v.Verdicts[p.Parent] != VerdictAgree) {
			continue
		}
		if v.Now > p.Time+v.Params.ChallengeWindow {
			missed = append(missed, id)
			continue
		}
		acts = append(acts, Action{Kind: ActChallenge, Proposal: id})
	}
	return acts, missed
}
