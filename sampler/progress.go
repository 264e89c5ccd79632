package sampler

import (
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

// Status is where sampling of one blob stands.
type Status uint8

// Statuses. Pending is the only one that changes; the others are final.
const (
	// StatusPending: sampling has not finished and the deadline has not
	// passed.
	StatusPending Status = iota
	// StatusAvailable: every sampled cell was served and verified.
	StatusAvailable
	// StatusUnavailable: the deadline passed with sampled cells that no
	// custodian served valid.
	StatusUnavailable
	// StatusInvalid: the certificate or the header did not check out; the
	// blob was never sampled.
	StatusInvalid
	// StatusExpired: the blob's retention expiry has passed; custodians may
	// have dropped it, so it is not sampled.
	StatusExpired
)

var statusNames = [...]string{"pending", "available", "unavailable", "invalid", "expired"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Final reports whether the status can no longer change.
func (s Status) Final() bool { return s != StatusPending && int(s) < len(statusNames) }

// MarshalText encodes the status by name.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, fmt.Errorf("sampler: unknown status %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a status name.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if string(b) == n {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("sampler: unknown status %q", b)
}

// Request is one ask of one custodian: the cells at Positions (indexes into
// the blob's position list), in the strictly ascending (row, column) order
// a wire.CellsRequest needs.
type Request struct {
	Member    int
	Positions []int
	Cells     []wire.CellRef
}

// Response is what came back for a Request: the cells in request order, or
// the error that stopped the exchange (a refusal, a timeout, a malformed
// answer).
type Response struct {
	Request
	Items []wire.CellItem
	Err   error
}

// BadCell is evidence against a custodian: the cell it served at Position
// did not verify against the header's commitment (Cause is the
// kzg.InvalidCellError cause), or it answered with a cell other than the
// one asked for.
type BadCell struct {
	Position Position
	Member   int
	Cause    error
}

// Failure records a request that brought nothing back.
type Failure struct {
	Member int
	Cells  int
	Err    error
}

// Round is what Apply learned from one round of responses.
type Round struct {
	// Verified are the positions newly verified.
	Verified []int
	// Bad lists cells that failed verification, with who served them.
	Bad []BadCell
	// Failed lists requests that brought no cells back.
	Failed []Failure
	// Checked is the number of cells that went into the batched check.
	Checked int
}

// ErrResponse is the cause recorded for a custodian whose answer does not
// match its request (wrong count or wrong cells). Asking another custodian
// may help.
var ErrResponse = errors.New("sampler: response does not match request")

// Progress is the sampling state of one blob: the positions, which of them
// are verified, and which custodians were already asked for each in the
// current cycle. It is a plain value with no locking and no I/O; the
// transport drives it round by round:
//
//	reqs := p.Plan(assignment, banned)    // whom to ask for what
//	// ... send reqs, collect responses ...
//	round := p.Apply(kctx.DataVerifier(), header, resps) // one batched check, attribution
//	status := p.Decide(deadlinePassed)
//
// A member refuses a whole request when it lacks one of its cells
// (wire.CodeNotFound), so after such a refusal the cells of that request
// are asked again one per request, of the same member first. A cycle ends
// when every missing position has been asked of every custodian not
// excluded (Plan returns nothing while positions are still missing);
// NextCycle starts over, one cell per request.
type Progress struct {
	positions []Position
	verified  []bool
	tried     [][]int // per position: members asked in this cycle
	alone     []bool  // per position: ask for it in a request of its own
	cycle     int
}

// NewProgress starts (or resumes) sampling at positions; verified, when
// not nil, marks the positions already verified in an earlier run and
// must have the same length.
func NewProgress(positions []Position, verified []bool) (*Progress, error) {
	if verified != nil && len(verified) != len(positions) {
		return nil, fmt.Errorf("sampler: %d verified flags for %d positions", len(verified), len(positions))
	}
	p := &Progress{
		positions: slices.Clone(positions),
		verified:  make([]bool, len(positions)),
		tried:     make([][]int, len(positions)),
		alone:     make([]bool, len(positions)),
	}
	copy(p.verified, verified)
	return p, nil
}

// Positions returns the positions (do not modify).
func (p *Progress) Positions() []Position { return p.positions }

// Verified returns a copy of the per-position verified flags.
func (p *Progress) Verified() []bool { return slices.Clone(p.verified) }

// VerifiedCount returns how many positions are verified.
func (p *Progress) VerifiedCount() int {
	n := 0
	for _, v := range p.verified {
		if v {
			n++
		}
	}
	return n
}

// Missing returns the positions not yet verified.
func (p *Progress) Missing() []Position {
	var out []Position
	for i, v := range p.verified {
		if !v {
			out = append(out, p.positions[i])
		}
	}
	return out
}

// Cycle returns the number of completed cycles.
func (p *Progress) Cycle() int { return p.cycle }

// Confidence returns Confidence of the verified count.
func (p *Progress) Confidence() float64 { return Confidence(p.VerifiedCount()) }

// Decide returns StatusAvailable once every position is verified,
// StatusUnavailable if the deadline has passed before that, and
// StatusPending otherwise.
func (p *Progress) Decide(deadlinePassed bool) Status {
	if p.VerifiedCount() == len(p.positions) {
		return StatusAvailable
	}
	if deadlinePassed {
		return StatusUnavailable
	}
	return StatusPending
}

// NextCycle forgets which custodians were asked, so the missing positions
// are asked again (of custodians not excluded), one cell per request.
func (p *Progress) NextCycle() {
	for i := range p.tried {
		p.tried[i] = p.tried[i][:0]
	}
	p.cycle++
}

// Custodians says who holds a column: dac.Assignment satisfies it.
type Custodians interface {
	Custodians(col int) []int
}

// Plan returns the requests of the next round: every missing position not
// yet asked of all its custodians goes to one custodian that has not been
// asked for it in this cycle and that exclude (which may be nil) does not
// rule out. Custodians are chosen greedily to cover as many positions as
// possible per request (fewer streams), ties going to the lower member
// index; positions whose group request was refused, and every position in
// cycles after the first, get a request of their own. An empty plan with
// positions still missing means the cycle is exhausted.
func (p *Progress) Plan(a Custodians, exclude func(member int) bool) []Request {
	var reqs []Request
	single := func(i, m int) {
		pos := p.positions[i]
		reqs = append(reqs, Request{Member: m, Positions: []int{i},
			Cells: []wire.CellRef{{Row: uint16(pos.Row), Col: uint8(pos.Col)}}})
	}
	cands := make(map[int][]int) // position -> candidate members
	for i, v := range p.verified {
		if v {
			continue
		}
		for _, m := range a.Custodians(p.positions[i].Col) {
			if slices.Contains(p.tried[i], m) || (exclude != nil && exclude(m)) {
				continue
			}
			cands[i] = append(cands[i], m)
		}
		if ms := cands[i]; len(ms) > 0 && (p.cycle > 0 || p.alone[i]) {
			single(i, slices.Min(ms))
			delete(cands, i)
		}
	}
	for len(cands) > 0 {
		// The member that can serve the most unassigned positions.
		count := map[int]int{}
		for _, ms := range cands {
			for _, m := range ms {
				count[m]++
			}
		}
		best, bestN := -1, 0
		for m, n := range count {
			if n > bestN || (n == bestN && m < best) {
				best, bestN = m, n
			}
		}
		if best < 0 {
			break
		}
		var pos []int
		for i, ms := range cands {
			if slices.Contains(ms, best) {
				pos = append(pos, i)
			}
		}
		slices.SortFunc(pos, func(x, y int) int {
			return int(cellIndex(p.positions[x])) - int(cellIndex(p.positions[y]))
		})
		if len(pos) > wire.MaxRequestCells {
			pos = pos[:wire.MaxRequestCells]
		}
		req := Request{Member: best, Positions: pos, Cells: make([]wire.CellRef, len(pos))}
		for j, i := range pos {
			req.Cells[j] = wire.CellRef{Row: uint16(p.positions[i].Row), Col: uint8(p.positions[i].Col)}
			delete(cands, i)
		}
		reqs = append(reqs, req)
	}
	slices.SortFunc(reqs, func(x, y Request) int { return x.Member - y.Member })
	return reqs
}

// Verifier checks cells against their row commitments: a light client
// passes kzg.Context.DataVerifier() (the cells are checked to be the data;
// a proof's encoding is not checked to be a G1 point, which the client has
// no use for), a stricter caller the *kzg.Context itself. VerifyCells runs
// one batched pairing check and, when it fails, returns a
// *kzg.InvalidCellError naming exactly the failing items.
type Verifier interface {
	VerifyCells(items []kzg.CellItem) error
}

// Apply takes one round of responses. Every cell that came back is checked
// against header's row commitments in one batched pairing check
// (v.VerifyCells); if the batch fails, VerifyCells narrows it
// down and each failing cell is reported as a BadCell against the member
// that served it. Verified positions are marked; failing and unanswered
// positions are marked as asked of that member, so the next Plan goes to
// another custodian. header must be the validated header of the blob.
func (p *Progress) Apply(v Verifier, header *dac.Header, resps []Response) Round {
	var r Round
	type origin struct{ resp, pos int }
	var batch []kzg.CellItem
	var from []origin
	for ri := range resps {
		resp := &resps[ri]
		if err := p.checkResponse(header, resp); err != nil {
			split := len(resp.Positions) > 1 && errors.Is(err, wire.CodeNotFound)
			for _, i := range resp.Positions {
				if split && !p.alone[i] {
					p.alone[i] = true // ask again alone: the member may hold it
					continue
				}
				p.markTried(i, resp.Member)
			}
			r.Failed = append(r.Failed, Failure{Member: resp.Member, Cells: len(resp.Positions), Err: err})
			continue
		}
		for j, i := range resp.Positions {
			if p.verified[i] {
				continue // asked twice in one round: the first answer counts
			}
			batch = append(batch, resp.Items[j].KZG(header.Commitments))
			from = append(from, origin{ri, i})
		}
	}
	r.Checked = len(batch)
	bad := map[int]error{}
	if len(batch) > 0 {
		if err := v.VerifyCells(batch); err != nil {
			var ice *kzg.InvalidCellError
			if errors.As(err, &ice) {
				for j, b := range ice.Items {
					cause := error(kzg.ErrVerify)
					if j < len(ice.Causes) && ice.Causes[j] != nil {
						cause = ice.Causes[j]
					}
					bad[b] = cause
				}
			} else {
				for b := range batch { // cannot happen: VerifyCells names its items
					bad[b] = err
				}
			}
		}
	}
	for b, o := range from {
		m := resps[o.resp].Member
		if cause, isBad := bad[b]; isBad {
			p.markTried(o.pos, m)
			r.Bad = append(r.Bad, BadCell{Position: p.positions[o.pos], Member: m, Cause: cause})
			continue
		}
		if !p.verified[o.pos] {
			p.verified[o.pos] = true
			r.Verified = append(r.Verified, o.pos)
		}
	}
	return r
}

// checkResponse checks that a response answers its request cell for cell
// and refers to rows of the header.
func (p *Progress) checkResponse(header *dac.Header, resp *Response) error {
	if resp.Err != nil {
		return resp.Err
	}
	if len(resp.Items) != len(resp.Positions) {
		return fmt.Errorf("%w: %d cells for %d asked", ErrResponse, len(resp.Items), len(resp.Positions))
	}
	for j, i := range resp.Positions {
		if i < 0 || i >= len(p.positions) {
			return fmt.Errorf("%w: position %d of %d", ErrResponse, i, len(p.positions))
		}
		it, want := resp.Items[j], p.positions[i]
		if int(it.Row) != want.Row || int(it.Col) != want.Col || int(it.Row) >= len(header.Commitments) {
			return fmt.Errorf("%w: cell %d is (%d, %d), asked %v", ErrResponse, j, it.Row, it.Col, want)
		}
	}
	return nil
}

func (p *Progress) markTried(i, m int) {
	if !slices.Contains(p.tried[i], m) {
		p.tried[i] = append(p.tried[i], m)
	}
}
