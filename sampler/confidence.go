package sampler

import (
	"math"

	"github.com/quire-da/quire/erasure"
)

// The geometry the confidence rests on. Every row of the extended square is
// a Reed-Solomon codeword of length 128 with 64 data cells (distance 65),
// every column one of length 2k with k data cells (distance k+1); the
// square is their product code, of distance 65(k+1). So an adversary that
// wants the blob unrecoverable must withhold at least 65(k+1) cells (any
// fewer are recovered by alternating row and column decoding), and
// withholding exactly k+1 rows by 65 columns is enough: no row or column in
// that block has enough cells left to decode.

// MinWithheld returns the fewest cells that must be withheld from a square
// with k data rows to make it unrecoverable: 65(k+1).
func MinWithheld(k int) int {
	return (erasure.DataCellsPerRow + 1) * (k + 1)
}

// UnrecoverableFraction returns MinWithheld(k) over the 2k x 128 cells:
// the least fraction of the square an adversary must hide. It is above 1/4
// for every k (65(k+1)/(256k) > 65/256), which is where the 3/4 in
// Confidence comes from.
func UnrecoverableFraction(k int) float64 {
	return float64(MinWithheld(k)) / float64(2*k*Columns)
}

// Confidence returns 1 - (3/4)^n: the confidence that a blob can be
// recovered once n distinct random cells of it have been verified. Any
// unrecoverable blob hides more than a quarter of its square, so each
// sample (drawn without replacement, which only helps) finds a hidden cell
// with probability above 1/4. ConfidenceBound gives the exact figure for a
// known k. n <= 0 gives 0.
func Confidence(n int) float64 {
	if n <= 0 {
		return 0
	}
	return 1 - math.Pow(0.75, float64(n))
}

// DetectionProbability returns the probability that s distinct cells drawn
// uniformly from the 2k x 128 cells of a square include at least one of
// `withheld` hidden cells: 1 - C(N-W, s)/C(N, s), computed as the product
// of (N-W-i)/(N-i) for i < s. Out-of-range arguments are clamped.
func DetectionProbability(k, s, withheld int) float64 {
	return detection(2*k*Columns, s, withheld)
}

// detection is DetectionProbability over n cells.
func detection(n, s, withheld int) float64 {
	w := min(max(withheld, 0), n)
	s = min(max(s, 0), n)
	if s > n-w {
		return 1
	}
	miss := 1.0
	for i := range s {
		miss *= float64(n-w-i) / float64(n-i)
	}
	return 1 - miss
}

// ConfidenceBound returns the exact confidence n verified samples give for
// a square with k data rows: the probability that they would have hit the
// smallest unrecoverable withholding. It is at least Confidence(n).
func ConfidenceBound(k, n int) float64 {
	return DetectionProbability(k, n, MinWithheld(k))
}

// ConfidenceBoundRows is ConfidenceBound for a square whose samples are
// drawn among live of its 2k rows (HeaderPositions skips the known-zero
// rows; LiveRows counts the rest): the smallest unrecoverable withholding
// is still MinWithheld(k) live cells, now out of live x 128, so the bound
// is at least ConfidenceBound(k, n). With live < k+1 (only the empty blob,
// whose one data row is known-zero) no withholding can make the square
// unrecoverable and the bound is 1.
func ConfidenceBoundRows(k, live, n int) float64 {
	if live < k+1 {
		return 1
	}
	return detection(live*Columns, n, MinWithheld(k))
}
