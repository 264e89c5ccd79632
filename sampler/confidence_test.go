package sampler_test

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/samplertest"
)

func TestConfidence(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want float64
	}{
		{-3, 0}, {0, 0}, {1, 0.25}, {2, 0.4375}, {30, 0.9998214179},
	} {
		if got := sampler.Confidence(tc.n); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("Confidence(%d) = %.10f, want %.10f", tc.n, got, tc.want)
		}
	}
}

// binomialMiss is C(n-w, s)/C(n, s) in exact rational arithmetic: the
// oracle for DetectionProbability.
func binomialMiss(n, w, s int) float64 {
	num := new(big.Int).Binomial(int64(n-w), int64(s))
	den := new(big.Int).Binomial(int64(n), int64(s))
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return f
}

func TestDetectionProbability(t *testing.T) {
	for _, tc := range []struct{ k, s, w int }{
		{1, 1, 130}, {1, 30, 130}, {1, 126, 130}, {1, 127, 130}, {2, 30, 195}, {16, 3, 1105},
		{16, 30, 1105}, {256, 30, 16705}, {4, 10, 0}, {4, 0, 100},
	} {
		n := 2 * tc.k * sampler.Columns
		want := 1.0
		if tc.s <= n-tc.w {
			want = 1 - binomialMiss(n, tc.w, tc.s)
		}
		if got := sampler.DetectionProbability(tc.k, tc.s, tc.w); math.Abs(got-want) > 1e-12 {
			t.Errorf("DetectionProbability(k=%d, s=%d, w=%d) = %.15f, want %.15f", tc.k, tc.s, tc.w, got, want)
		}
	}
}

// The stated confidence is conservative for every k: the smallest
// unrecoverable withholding hides more than a quarter of the square.
func TestConfidenceBoundDominates(t *testing.T) {
	for k := 1; k <= 4096; k *= 2 {
		if f := sampler.UnrecoverableFraction(k); f <= 0.25 {
			t.Errorf("k=%d: unrecoverable fraction %.6f is not above 1/4", k, f)
		}
		for n := 1; n <= 64; n++ {
			if b, c := sampler.ConfidenceBound(k, n), sampler.Confidence(n); b < c {
				t.Errorf("k=%d n=%d: exact bound %.12f below stated confidence %.12f", k, n, b, c)
			}
		}
	}
	if got := sampler.MinWithheld(16); got != 65*17 {
		t.Errorf("MinWithheld(16) = %d", got)
	}
}

// TestMinWithheldIsTight checks the geometry Confidence rests on against
// the erasure decoder, on real squares: withholding k+1 rows by 65 columns
// makes the square unrecoverable, and the same block less any one cell is
// recovered exactly.
func TestMinWithheldIsTight(t *testing.T) {
	for _, blob := range []int{0, 3} { // k = 1 and k = 2
		sq, err := samplertest.Square(blob)
		if err != nil {
			t.Fatal(err)
		}
		k := sq.K
		rows := []int{0}
		for r := k; r < 2*k; r++ { // every parity row and one data row
			rows = append(rows, r)
		}
		cols := []int{3}
		for c := 64; c < 128; c++ {
			cols = append(cols, c)
		}
		grid := func(skip int) [][]*erasure.Cell {
			g := make([][]*erasure.Cell, sq.Rows())
			for r := range g {
				g[r] = make([]*erasure.Cell, erasure.CellsPerRow)
				for c := range g[r] {
					cell := sq.Cells[r][c]
					g[r][c] = &cell
				}
			}
			i := 0
			for _, r := range rows {
				for _, c := range cols {
					if i != skip {
						g[r][c] = nil
					}
					i++
				}
			}
			return g
		}
		if len(rows)*len(cols) != sampler.MinWithheld(k) {
			t.Fatalf("test bug: block of %d cells", len(rows)*len(cols))
		}
		if err := erasure.RecoverSquare(grid(-1)); !errors.Is(err, erasure.ErrUnrecoverable) {
			t.Fatalf("k=%d: withholding %d cells: got %v, want ErrUnrecoverable", k, sampler.MinWithheld(k), err)
		}
		for _, skip := range []int{0, len(cols) + 5, len(rows)*len(cols) - 1} {
			g := grid(skip)
			if err := erasure.RecoverSquare(g); err != nil {
				t.Fatalf("k=%d: one cell short of the block: %v", k, err)
			}
			for r := range g {
				for c := range g[r] {
					if g[r][c] == nil || g[r][c].Bytes() != sq.Cells[r][c].Bytes() {
						t.Fatalf("k=%d: cell (%d, %d) recovered wrong", k, r, c)
					}
				}
			}
		}
	}
}
