package sampler_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler"
)

// acceptAll stands in for the KZG check in the statistical trials: the
// withholding oracle below only ever serves genuine cells, and the real
// batched check is exercised on real squares in progress_test.go.
type acceptAll struct{}

func (acceptAll) VerifyCells([]kzg.CellItem) error { return nil }

// withholding is an adversary's pattern: the cells of rows x cols are
// hidden by every custodian.
type withholding struct {
	rows, cols map[int]bool
}

func (w withholding) hides(p sampler.Position) bool { return w.rows[p.Row] && w.cols[p.Col] }

func (w withholding) size() int { return len(w.rows) * len(w.cols) }

// randomBlock hides a random block of k+1 rows by 65 columns: the smallest
// unrecoverable pattern, placed anywhere.
func randomBlock(r *rand.Rand, k int) withholding {
	w := withholding{rows: map[int]bool{}, cols: map[int]bool{}}
	for _, i := range r.Perm(2 * k)[:k+1] {
		w.rows[i] = true
	}
	for _, i := range r.Perm(sampler.Columns)[:65] {
		w.cols[i] = true
	}
	return w
}

// parityBlock hides every parity row and parity column plus one data row
// and one data column: unrecoverable, and almost all outside the data
// quadrant, where a sampler biased towards data cells would look.
func parityBlock(k int) withholding {
	w := withholding{rows: map[int]bool{0: true}, cols: map[int]bool{0: true}}
	for i := k; i < 2*k; i++ {
		w.rows[i] = true
	}
	for i := 64; i < 128; i++ {
		w.cols[i] = true
	}
	return w
}

// sampleAgainst runs the core's whole decision loop (Plan, Apply, cycles,
// Decide at the deadline) for positions against members that serve every
// cell outside the pattern and refuse any request that names a hidden cell,
// as a dac/node does for a cell it lacks. The cells of a refused request
// are asked again one by one, so every visible cell is eventually served.
func sampleAgainst(t testing.TB, k int, id dac.BlobID, positions []sampler.Position, w withholding) sampler.Status {
	cust, err := dac.NewCustody(16, 2)
	if err != nil {
		t.Fatal(err)
	}
	a := cust.Assign(id)
	h := &dac.Header{Core: dac.HeaderCore{K: uint32(k)}, Commitments: make([]kzg.Commitment, 2*k)}
	p, err := sampler.NewProgress(positions, nil)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 64; round++ {
		reqs := p.Plan(a, nil)
		if len(reqs) == 0 {
			if p.Decide(false) != sampler.StatusPending || p.Cycle() >= 2 {
				break
			}
			p.NextCycle()
			continue
		}
		resps := make([]sampler.Response, len(reqs))
		for i, req := range reqs {
			resps[i].Request = req
			for _, c := range req.Cells {
				if w.hides(sampler.Position{Row: int(c.Row), Col: int(c.Col)}) {
					resps[i].Items = nil
					resps[i].Err = &wire.RejectError{Code: wire.CodeNotFound}
					break
				}
				resps[i].Items = append(resps[i].Items, wire.CellItem{CellRef: c})
			}
		}
		p.Apply(acceptAll{}, h, resps)
	}
	return p.Decide(true)
}

type trialResult struct {
	rate, want float64
	n          int
}

// ok reports whether the observed detection rate is within 5 standard
// deviations (plus a little slack for p near 0 or 1) of the expected one.
func (r trialResult) ok() bool {
	sd := math.Sqrt(r.want * (1 - r.want) / float64(r.n))
	return math.Abs(r.rate-r.want) <= 5*sd+3/float64(r.n)
}

func (r trialResult) String() string {
	return fmt.Sprintf("detected %.4f, expected %.4f over %d trials", r.rate, r.want, r.n)
}

// trials runs n trials, each with a fresh client secret, blob and (for
// random blocks) pattern, drawing positions with draw, and compares the
// rate of UNAVAILABLE verdicts with DetectionProbability.
func trials(t testing.TB, r *rand.Rand, n, k, s int, pattern func() withholding, draw func(sec sampler.Secret, id dac.BlobID) []sampler.Position) trialResult {
	detected := 0
	var w withholding
	for i := range n {
		w = pattern()
		id := randBlob(r)
		ps := draw(randSecret(r), id)
		// Every verdict must follow from the positions: UNAVAILABLE exactly
		// when a position is hidden.
		hit := false
		for _, p := range ps {
			hit = hit || w.hides(p)
		}
		st := sampleAgainst(t, k, id, ps, w)
		if (st == sampler.StatusUnavailable) != hit || (st != sampler.StatusUnavailable && st != sampler.StatusAvailable) {
			t.Fatalf("trial %d: verdict %s, a hidden position sampled: %v", i, st, hit)
		}
		if hit {
			detected++
		}
	}
	return trialResult{rate: float64(detected) / float64(n), want: sampler.DetectionProbability(k, s, w.size()), n: n}
}

// TestWithholdingDetection is the statistical test of the sampler against
// a withholding adversary: over thousands of trials with fresh secrets, the
// rate at which the core declares an unrecoverable blob UNAVAILABLE matches
// 1 - C(N-W, s)/C(N, s) (within 1e-3 of 1 - (fraction served)^s here). Small
// s makes the rate far from 0 and 1, where a lazy or biased sampler shows;
// the test also runs such samplers and requires the same bound to reject
// them, so it is known to have the power to fail.
func TestWithholdingDetection(t *testing.T) {
	r := testRand(t)
	const k = 16
	n := 2000
	if testing.Short() || raceEnabled {
		n = 600
	}
	honest := func(s int) func(sampler.Secret, dac.BlobID) []sampler.Position {
		return func(sec sampler.Secret, id dac.BlobID) []sampler.Position {
			ps, err := sampler.Positions(sec, id, k, s)
			if err != nil {
				t.Fatal(err)
			}
			return ps
		}
	}
	patterns := map[string]func() withholding{
		"random block": func() withholding { return randomBlock(r, k) },
		"parity block": func() withholding { return parityBlock(k) },
	}
	for name, pattern := range patterns {
		for _, s := range []int{1, 3, 10, 30} {
			res := trials(t, r, n, k, s, pattern, honest(s))
			served := 1 - float64(sampler.MinWithheld(k))/float64(2*k*sampler.Columns)
			if d := math.Abs((1 - math.Pow(served, float64(s))) - res.want); d > 1e-3 {
				t.Errorf("with- and without-replacement figures differ by %.5f", d)
			}
			if !res.ok() {
				t.Errorf("%s, s=%d: %v", name, s, res)
			} else {
				t.Logf("%s, s=%d: %v", name, s, res)
			}
		}
	}

	// The same bound rejects a lazy sampler (one sample short) and one
	// biased towards the data quadrant (rows < k, columns < 64).
	lazy := func(sec sampler.Secret, id dac.BlobID) []sampler.Position { return honest(3)(sec, id)[:2] }
	if res := trials(t, r, n, k, 3, patterns["random block"], lazy); res.ok() {
		t.Errorf("a sampler taking 2 of 3 samples passes: %v", res)
	}
	biased := func(sec sampler.Secret, id dac.BlobID) []sampler.Position {
		rng := rand.New(rand.NewChaCha8(sampler.Seed(sec, id)))
		var out []sampler.Position
		seen := map[sampler.Position]bool{}
		for len(out) < 10 {
			p := sampler.Position{Row: rng.IntN(k), Col: rng.IntN(64)}
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
		return out
	}
	if res := trials(t, r, n, k, 10, patterns["parity block"], biased); res.ok() {
		t.Errorf("a sampler biased to data cells passes: %v", res)
	}
}
