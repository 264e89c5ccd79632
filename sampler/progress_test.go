package sampler_test

import (
	"errors"
	"slices"
	"sync"
	"testing"

	goethkzg "github.com/crate-crypto/go-eth-kzg"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/samplertest"
)

func testKZG(t testing.TB) *kzg.Context {
	t.Helper()
	c, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// countingVerifier counts the batched checks Apply runs.
type countingVerifier struct {
	v     sampler.Verifier
	calls int
	items int
}

func (c *countingVerifier) VerifyCells(items []kzg.CellItem) error {
	c.calls++
	c.items += len(items)
	return c.v.VerifyCells(items)
}

// fixture is a real square (k = 2) with its header and an 8-member custody.
type fixture struct {
	sq  *kzg.Square
	h   *dac.Header
	a   *dac.Assignment
	pos []sampler.Position
}

func newFixture(t testing.TB, s int) *fixture {
	t.Helper()
	sq, err := samplertest.Square(3)
	if err != nil {
		t.Fatal(err)
	}
	h := &dac.Header{
		Core:        dac.HeaderCore{Version: dac.FormatVersion, Size: uint64(sq.Size), K: uint32(sq.K), CommitmentsRoot: sq.Root},
		Commitments: sq.Commitments,
	}
	cust, err := dac.NewCustody(8, 2)
	if err != nil {
		t.Fatal(err)
	}
	var sec sampler.Secret
	sec[0] = 7
	pos, err := sampler.Positions(sec, h.BlobID(), sq.K, s)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{sq: sq, h: h, a: cust.Assign(h.BlobID()), pos: pos}
}

// serve answers requests from the square; forge, when not nil, says which
// members corrupt which cells.
func (f *fixture) serve(reqs []sampler.Request, forge func(member int, c wire.CellRef) bool) []sampler.Response {
	out := make([]sampler.Response, len(reqs))
	for i, req := range reqs {
		out[i].Request = req
		for _, c := range req.Cells {
			it := wire.CellItem{CellRef: c, Cell: f.sq.Cells[c.Row][c.Col], Proof: f.sq.Proofs[c.Row][c.Col]}
			if forge != nil && forge(req.Member, c) {
				var one erasure.Cell
				one[0].SetOne()
				it.Cell[5].Add(&it.Cell[5], &one[0]) // still canonical, no longer on the row's polynomial
			}
			out[i].Items = append(out[i].Items, it)
		}
	}
	return out
}

func TestPlanCoversMissingPositions(t *testing.T) {
	f := newFixture(t, 30)
	p, err := sampler.NewProgress(f.pos, nil)
	if err != nil {
		t.Fatal(err)
	}
	reqs := p.Plan(f.a, func(m int) bool { return m == 3 })
	seen := map[int]bool{}
	for _, req := range reqs {
		if req.Member == 3 {
			t.Fatalf("excluded member 3 asked for %v", req.Cells)
		}
		if len(req.Cells) != len(req.Positions) {
			t.Fatalf("request to %d: %d cells, %d positions", req.Member, len(req.Cells), len(req.Positions))
		}
		// The wire protocol wants cells strictly ascending.
		if _, err := (&wire.CellsRequest{Blob: f.h.BlobID(), Cells: req.Cells}).AppendBinary(nil); err != nil {
			t.Fatalf("request to %d does not encode: %v", req.Member, err)
		}
		for j, i := range req.Positions {
			if seen[i] {
				t.Fatalf("position %d planned twice", i)
			}
			seen[i] = true
			pos := f.pos[i]
			if int(req.Cells[j].Row) != pos.Row || int(req.Cells[j].Col) != pos.Col {
				t.Fatalf("cell %v for position %v", req.Cells[j], pos)
			}
			if !slices.Contains(f.a.Custodians(pos.Col), req.Member) {
				t.Fatalf("member %d asked for column %d it does not hold", req.Member, pos.Col)
			}
		}
	}
	// Every position has a custodian other than member 3 (r = 2, and the
	// two custodians of a column are distinct).
	if len(seen) != len(f.pos) {
		t.Fatalf("%d of %d positions planned", len(seen), len(f.pos))
	}
	// Greedy cover: fewer requests than positions.
	if len(reqs) >= len(f.pos) {
		t.Errorf("%d requests for %d positions", len(reqs), len(f.pos))
	}
}

// TestApplyHonest: every cell served right is verified, in one batched
// check of all s samples, and the blob is available.
func TestApplyHonest(t *testing.T) {
	f := newFixture(t, 30)
	p, _ := sampler.NewProgress(f.pos, nil)
	if st := p.Decide(false); st != sampler.StatusPending {
		t.Fatalf("status %s before sampling", st)
	}
	v := &countingVerifier{v: testKZG(t)}
	round := p.Apply(v, f.h, f.serve(p.Plan(f.a, nil), nil))
	if v.calls != 1 || v.items != 30 || round.Checked != 30 {
		t.Fatalf("%d checks of %d items (round says %d), want one of 30", v.calls, v.items, round.Checked)
	}
	if len(round.Verified) != 30 || len(round.Bad) != 0 || len(round.Failed) != 0 {
		t.Fatalf("round %+v", round)
	}
	if st := p.Decide(false); st != sampler.StatusAvailable {
		t.Fatalf("status %s, want available", st)
	}
	if got := p.Confidence(); got != sampler.Confidence(30) {
		t.Fatalf("confidence %v", got)
	}
	if reqs := p.Plan(f.a, nil); len(reqs) != 0 {
		t.Fatalf("plan after completion: %v", reqs)
	}
}

var (
	ethKZGOnce sync.Once
	ethKZG     *goethkzg.Context
	ethKZGErr  error
)

// ethVerdict checks one cell with go-eth-kzg's verify_cell_kzg_proof_batch:
// the independent oracle for Apply's verdicts.
func ethVerdict(t testing.TB, com kzg.Commitment, it *wire.CellItem) bool {
	t.Helper()
	ethKZGOnce.Do(func() { ethKZG, ethKZGErr = goethkzg.NewContext4096Secure() })
	if ethKZGErr != nil {
		t.Fatal(ethKZGErr)
	}
	cell := goethkzg.Cell(it.Cell.Bytes())
	return ethKZG.VerifyCellKZGProofBatch([]goethkzg.KZGCommitment{goethkzg.KZGCommitment(com)},
		[]uint64{uint64(it.Col)}, []*goethkzg.Cell{&cell}, []goethkzg.KZGProof{goethkzg.KZGProof(it.Proof)}) == nil
}

// TestApplyForgedCells: a member serving corrupted cells is named for
// exactly those cells (go-eth-kzg agrees cell by cell), its good cells
// still count, and the next plan goes to the other custodian, whose valid
// cells make the blob available.
func TestApplyForgedCells(t *testing.T) {
	f := newFixture(t, 30)
	kctx := testKZG(t)
	p, _ := sampler.NewProgress(f.pos, nil)
	reqs := p.Plan(f.a, nil)
	liar := reqs[0].Member
	forged := map[wire.CellRef]bool{}
	for j, c := range reqs[0].Cells {
		if j%2 == 0 {
			forged[c] = true
		}
	}
	resps := f.serve(reqs, func(m int, c wire.CellRef) bool { return m == liar && forged[c] })
	for _, r := range resps {
		if testing.Short() || raceEnabled {
			break // go-eth-kzg's setup costs seconds; cross-checked in the plain run
		}
		for j := range r.Items {
			it := &r.Items[j]
			if ethVerdict(t, f.h.Commitments[it.Row], it) == forged[it.CellRef] {
				t.Fatalf("go-eth-kzg verdict on cell %v disagrees with the forgery", it.CellRef)
			}
		}
	}
	round := p.Apply(kctx, f.h, resps)
	if len(round.Bad) != len(forged) {
		t.Fatalf("%d bad cells reported, %d forged", len(round.Bad), len(forged))
	}
	for _, b := range round.Bad {
		ref := wire.CellRef{Row: uint16(b.Position.Row), Col: uint8(b.Position.Col)}
		if b.Member != liar || !forged[ref] || !errors.Is(b.Cause, kzg.ErrVerify) {
			t.Fatalf("bad cell %+v; liar %d", b, liar)
		}
	}
	if got := len(round.Verified); got != 30-len(forged) {
		t.Fatalf("%d verified, want %d", got, 30-len(forged))
	}
	if st := p.Decide(false); st != sampler.StatusPending {
		t.Fatalf("status %s with forged cells outstanding", st)
	}
	next := p.Plan(f.a, func(m int) bool { return m == liar })
	n := 0
	for _, req := range next {
		if req.Member == liar {
			t.Fatal("liar asked again")
		}
		n += len(req.Cells)
	}
	if n != len(forged) {
		t.Fatalf("replanned %d cells, want %d", n, len(forged))
	}
	p.Apply(kctx, f.h, f.serve(next, nil))
	if st := p.Decide(false); st != sampler.StatusAvailable {
		t.Fatalf("status %s after honest custodians answered", st)
	}
}

func TestApplyFailuresAndCycles(t *testing.T) {
	f := newFixture(t, 24)
	kctx := testKZG(t)
	p, _ := sampler.NewProgress(f.pos, nil)

	// Round 1: one member times out, one answers with the wrong cell, one
	// with too few cells, one with a proof that is not a point.
	reqs := p.Plan(f.a, nil)
	if len(reqs) < 4 {
		t.Fatalf("only %d requests", len(reqs))
	}
	resps := f.serve(reqs, nil)
	resps[0].Items, resps[0].Err = nil, errors.New("deadline exceeded")
	resps[1].Items[0].Col ^= 1
	resps[2].Items = resps[2].Items[:len(resps[2].Items)-1]
	if len(resps[2].Items) == 0 {
		resps[2].Items = []wire.CellItem{}
	}
	resps[3].Items[0].Proof = kzg.Proof{0xff}
	round := p.Apply(kctx, f.h, resps)
	if len(round.Failed) != 3 {
		t.Fatalf("failures %+v", round.Failed)
	}
	if !errors.Is(round.Failed[1].Err, sampler.ErrResponse) || !errors.Is(round.Failed[2].Err, sampler.ErrResponse) {
		t.Fatalf("mismatched answers not flagged: %v / %v", round.Failed[1].Err, round.Failed[2].Err)
	}
	if len(round.Bad) != 1 || !errors.Is(round.Bad[0].Cause, kzg.ErrInvalidProof) || round.Bad[0].Member != reqs[3].Member {
		t.Fatalf("bad %+v", round.Bad)
	}
	missing := len(p.Missing())
	want := len(reqs[0].Cells) + len(reqs[1].Cells) + len(reqs[2].Cells) + 1
	if missing != want {
		t.Fatalf("%d missing, want %d", missing, want)
	}

	// Round 2 goes to the other custodians; they time out too.
	reqs2 := p.Plan(f.a, nil)
	for _, r2 := range reqs2 {
		for _, r1 := range reqs[:4] {
			if r2.Member == r1.Member && overlapRefs(r2.Cells, r1.Cells) {
				t.Fatalf("member %d asked again for %v in the same cycle", r2.Member, r2.Cells)
			}
		}
	}
	resps2 := make([]sampler.Response, len(reqs2))
	for i := range reqs2 {
		resps2[i] = sampler.Response{Request: reqs2[i], Err: errors.New("timeout")}
	}
	p.Apply(kctx, f.h, resps2)
	if reqs3 := p.Plan(f.a, nil); len(reqs3) != 0 {
		t.Fatalf("cycle not exhausted: %v", reqs3)
	}
	if st := p.Decide(false); st != sampler.StatusPending {
		t.Fatalf("status %s before the deadline", st)
	}
	if st := p.Decide(true); st != sampler.StatusUnavailable {
		t.Fatalf("status %s after the deadline", st)
	}

	// A new cycle asks again, one cell per request, and honest answers
	// complete the blob.
	p.NextCycle()
	reqs4 := p.Plan(f.a, nil)
	if len(reqs4) != missing {
		t.Fatalf("%d single-cell requests for %d missing cells", len(reqs4), missing)
	}
	p.Apply(kctx, f.h, f.serve(reqs4, nil))
	if st := p.Decide(true); st != sampler.StatusAvailable {
		t.Fatalf("status %s after the retry", st)
	}
}

func overlapRefs(a, b []wire.CellRef) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// A resumed progress keeps what was verified and asks only for the rest.
func TestProgressResume(t *testing.T) {
	f := newFixture(t, 10)
	verified := make([]bool, 10)
	for i := range 6 {
		verified[i] = true
	}
	p, err := sampler.NewProgress(f.pos, verified)
	if err != nil {
		t.Fatal(err)
	}
	if p.VerifiedCount() != 6 || len(p.Missing()) != 4 {
		t.Fatalf("resumed with %d verified", p.VerifiedCount())
	}
	n := 0
	for _, req := range p.Plan(f.a, nil) {
		for _, i := range req.Positions {
			if i < 6 {
				t.Fatalf("verified position %d asked again", i)
			}
			n++
		}
	}
	if n != 4 {
		t.Fatalf("%d cells planned, want 4", n)
	}
	if _, err := sampler.NewProgress(f.pos, make([]bool, 3)); err == nil {
		t.Fatal("accepted verified flags of the wrong length")
	}
}

func TestStatusText(t *testing.T) {
	for _, s := range []sampler.Status{sampler.StatusPending, sampler.StatusAvailable, sampler.StatusUnavailable, sampler.StatusInvalid, sampler.StatusExpired} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back sampler.Status
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Fatalf("%s: round trip gave %s (%v)", s, back, err)
		}
		if s.Final() == (s == sampler.StatusPending) {
			t.Fatalf("%s: Final() = %v", s, s.Final())
		}
	}
	if _, err := sampler.Status(42).MarshalText(); err == nil {
		t.Fatal("marshalled an unknown status")
	}
	var s sampler.Status
	if err := s.UnmarshalText([]byte("maybe")); err == nil {
		t.Fatal("parsed an unknown status")
	}
}

// A member refuses a whole request for lack of one cell (CodeNotFound):
// the request's cells are asked again one by one, of the same member
// first, so the cells it holds still count.
func TestRefusedGroupIsSplit(t *testing.T) {
	f := newFixture(t, 30)
	kctx := testKZG(t)
	p, _ := sampler.NewProgress(f.pos, nil)
	reqs := p.Plan(f.a, nil)
	var group sampler.Request
	for _, r := range reqs {
		if len(r.Cells) > len(group.Cells) {
			group = r
		}
	}
	if len(group.Cells) < 2 {
		t.Fatalf("no multi-cell request in %v", reqs)
	}
	withheld := group.Cells[0]
	resps := f.serve(reqs, nil)
	for i := range resps {
		if resps[i].Member == group.Member {
			resps[i].Items, resps[i].Err = nil, &wire.RejectError{Code: wire.CodeNotFound}
		}
	}
	p.Apply(kctx, f.h, resps)
	next := p.Plan(f.a, nil)
	if len(next) != len(group.Cells) {
		t.Fatalf("%d requests after the refusal, want %d singles", len(next), len(group.Cells))
	}
	for _, r := range next {
		if len(r.Cells) != 1 || r.Member != group.Member {
			t.Fatalf("request %+v, want one cell of member %d", r, group.Member)
		}
	}
	resps = f.serve(next, nil)
	for i := range resps {
		if resps[i].Cells[0] == withheld {
			resps[i].Items, resps[i].Err = nil, &wire.RejectError{Code: wire.CodeNotFound}
		}
	}
	round := p.Apply(kctx, f.h, resps)
	if len(round.Verified) != len(group.Cells)-1 || len(p.Missing()) != 1 {
		t.Fatalf("verified %d, missing %v", len(round.Verified), p.Missing())
	}
	// The withheld cell goes to its other custodian.
	last := p.Plan(f.a, nil)
	if len(last) != 1 || last[0].Member == group.Member || last[0].Cells[0] != withheld {
		t.Fatalf("plan for the withheld cell: %+v", last)
	}
}
