package plan

import (
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// Outcome is where a dispersal stands.
type Outcome int

const (
	// Pending: fewer than t valid signatures, and enough members are
	// still out for t to be reachable.
	Pending Outcome = iota
	// Certified: t valid signatures are in; Certificate builds the
	// certificate.
	Certified
	// NoQuorum: more than n-t members failed, so t valid signatures can
	// no longer be collected. No certificate may be built.
	NoQuorum
)

func (o Outcome) String() string {
	switch o {
	case Pending:
		return "pending"
	case Certified:
		return "certified"
	case NoQuorum:
		return "no quorum"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Errors of Quorum.
var (
	// ErrAnswered is returned when a member reports twice: each member's
	// dispersal ends exactly once.
	ErrAnswered = errors.New("plan: member already answered")
	// ErrNoQuorum is returned by Quorum.Certificate after NoQuorum.
	ErrNoQuorum = errors.New("plan: no quorum")
)

// Failure is one member's failed dispersal.
type Failure struct {
	Member int
	Err    error
}

// Quorum tracks one dispersal's replies: it verifies each member's
// signature as it arrives (through dac.Aggregator, so a bad signature is
// that member's failure and never reaches the aggregate), counts failures,
// and decides the outcome: Certified as soon as t signatures verify,
// NoQuorum as soon as more than n-t members have failed. Signatures that
// arrive after the outcome is decided are still verified and recorded (the
// members stored their columns), but they never change a decided outcome
// or the certificate once built.
//
// A Quorum is a value with no locking: use it from one goroutine.
type Quorum struct {
	agg      *dac.Aggregator
	n, t     int
	answered []bool
	failures []Failure
	signed   []int
	outcome  Outcome
	cert     *dac.Certificate
}

// NewQuorum prepares to collect signatures on the header with hash hh in
// epoch, from the committee whose keys (member order) are keys, threshold
// t, on chain chainID and committee contract committee. The keys must have
// passed proof-of-possession checks at registration (the committee
// contract does this).
func NewQuorum(keys []bls.PublicKey, t int, chainID uint64, committee [20]byte, epoch uint64, hh dac.HeaderHash) (*Quorum, error) {
	agg, err := dac.NewAggregator(keys, t, chainID, committee, epoch, hh)
	if err != nil {
		return nil, err
	}
	return &Quorum{agg: agg, n: len(keys), t: t, answered: make([]bool, len(keys))}, nil
}

// Message returns the attest message members must sign.
func (q *Quorum) Message() [32]byte { return q.agg.Message() }

func (q *Quorum) answer(member int) error {
	if member < 0 || member >= q.n {
		return fmt.Errorf("%w: member %d of %d", dac.ErrBitmapRange, member, q.n)
	}
	if q.answered[member] {
		return fmt.Errorf("%w: member %d", ErrAnswered, member)
	}
	q.answered[member] = true
	return nil
}

// Signed records member's signature. A signature that does not verify
// under the member's key makes the member a failure and is returned as a
// *dac.SignerError (wrapping dac.ErrBadSignature): evidence against that
// member. It returns ErrAnswered if the member already answered.
func (q *Quorum) Signed(member int, sig bls.Signature) error {
	if err := q.answer(member); err != nil {
		return err
	}
	if err := q.agg.Add(member, sig); err != nil {
		q.fail(member, err)
		return err
	}
	q.signed = append(q.signed, member)
	q.decide()
	return nil
}

// Failed records that member's dispersal failed with err (unreachable,
// refused, timed out, a reply that did not decode). It returns ErrAnswered
// if the member already answered.
func (q *Quorum) Failed(member int, err error) error {
	if e := q.answer(member); e != nil {
		return e
	}
	q.fail(member, err)
	return nil
}

func (q *Quorum) fail(member int, err error) {
	q.failures = append(q.failures, Failure{Member: member, Err: err})
	q.decide()
}

func (q *Quorum) decide() {
	if q.outcome != Pending {
		return
	}
	switch {
	case q.agg.Done():
		q.outcome = Certified
	case len(q.failures) > q.n-q.t:
		q.outcome = NoQuorum
	}
}

// Outcome returns the decision so far. Once it leaves Pending it never
// changes.
func (q *Quorum) Outcome() Outcome { return q.outcome }

// Certificate returns the certificate once the outcome is Certified: the
// aggregate of the first t or more valid signatures in, fixed the first
// time it is asked for. It returns dac.ErrBelowThreshold while Pending and
// ErrNoQuorum after NoQuorum.
func (q *Quorum) Certificate() (*dac.Certificate, error) {
	switch q.outcome {
	case NoQuorum:
		return nil, ErrNoQuorum
	case Pending:
		return nil, fmt.Errorf("%w: %d of %d signed, need %d", dac.ErrBelowThreshold, q.agg.Count(), q.n, q.t)
	}
	if q.cert == nil {
		c, err := q.agg.Certificate()
		if err != nil {
			return nil, err // cannot happen: the outcome says Done
		}
		q.cert = c
	}
	cp := *q.cert
	return &cp, nil
}

// Failures returns the members that failed so far, in member order.
func (q *Quorum) Failures() []Failure {
	out := slices.Clone(q.failures)
	slices.SortFunc(out, func(a, b Failure) int { return a.Member - b.Member })
	return out
}

// Signers returns the members whose signatures verified so far,
// ascending.
func (q *Quorum) Signers() []int {
	out := slices.Clone(q.signed)
	slices.Sort(out)
	return out
}

// Outstanding returns how many members have not answered yet.
func (q *Quorum) Outstanding() int { return q.n - len(q.signed) - len(q.failures) }
