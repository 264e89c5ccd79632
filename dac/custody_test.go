package dac

import (
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"testing"
)

// colMask is a set of columns as a 128-bit mask.
type colMask [2]uint64

func (m colMask) or(o colMask) colMask { return colMask{m[0] | o[0], m[1] | o[1]} }
func (m colMask) count() int           { return bits.OnesCount64(m[0]) + bits.OnesCount64(m[1]) }

func randomBlobID(rng *rand.Rand) BlobID {
	var id BlobID
	for i := range id {
		id[i] = byte(rng.Uint32())
	}
	return id
}

func TestNewCustodyBounds(t *testing.T) {
	tests := []struct {
		n, r int
		ok   bool
	}{
		{4, 1, true}, {4, 4, true}, {128, 2, true}, {128, 16, true},
		{3, 1, false}, {129, 2, false}, {4, 0, false}, {4, 5, false}, {64, 17, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n%d_r%d", tt.n, tt.r), func(t *testing.T) {
			_, err := NewCustody(tt.n, tt.r)
			if (err == nil) != tt.ok {
				t.Fatalf("NewCustody(%d, %d) = %v, want ok=%v", tt.n, tt.r, err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrCustodyParams) {
				t.Fatalf("error %v is not ErrCustodyParams", err)
			}
		})
	}
}

// TestAssignmentShape checks, for many committee sizes and blobs, that every
// column has exactly r distinct custodians, that Columns, Custodians and
// Holds agree, and that the load is balanced to within one column.
func TestAssignmentShape(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	for _, n := range []int{4, 5, 7, 16, 33, 64, 100, 128} {
		for _, r := range []int{1, 2, 3} {
			c, err := NewCustody(n, r)
			if err != nil {
				t.Fatal(err)
			}
			a := c.Assign(randomBlobID(rng))
			load := make([]int, n)
			for col := range Columns {
				cs := a.Custodians(col)
				if len(cs) != r {
					t.Fatalf("n=%d r=%d col %d: %d custodians", n, r, col, len(cs))
				}
				seen := map[int]bool{}
				for _, m := range cs {
					if seen[m] {
						t.Fatalf("n=%d r=%d col %d: member %d twice", n, r, col, m)
					}
					seen[m] = true
					if !a.Holds(m, col) {
						t.Fatalf("n=%d r=%d: Custodians(%d) has %d but Holds says no", n, r, col, m)
					}
					load[m]++
				}
			}
			lo, hi := Columns*r/n, (Columns*r+n-1)/n
			for m := range n {
				cols := a.Columns(m)
				if len(cols) != load[m] {
					t.Fatalf("n=%d r=%d member %d: Columns has %d, Custodians gives %d", n, r, m, len(cols), load[m])
				}
				if load[m] < lo || load[m] > hi {
					t.Fatalf("n=%d r=%d member %d holds %d columns, want %d..%d", n, r, m, load[m], lo, hi)
				}
			}
		}
	}
}

func TestAssignIsDeterministicAndBlobDependent(t *testing.T) {
	c, _ := NewCustody(16, 2)
	id1 := BlobID{1}
	id2 := BlobID{2}
	a, b := c.Assign(id1), c.Assign(id1)
	differs := false
	other := c.Assign(id2)
	for m := range 16 {
		if fmt.Sprint(a.Columns(m)) != fmt.Sprint(b.Columns(m)) {
			t.Fatalf("member %d: two assignments of the same blob differ", m)
		}
		if fmt.Sprint(a.Columns(m)) != fmt.Sprint(other.Columns(m)) {
			differs = true
		}
	}
	if !differs {
		t.Fatal("two blobs got the same assignment")
	}
}

// TestAssignmentVector pins the assignment of one blob, so a change to the
// function (which other implementations must match) cannot go unnoticed.
func TestAssignmentVector(t *testing.T) {
	c, _ := NewCustody(4, 2)
	a := c.Assign(BlobID{})
	got := fmt.Sprint(a.ring)
	// Recompute the order independently: sort members by their keys.
	keys := make([][32]byte, 4)
	for m := range keys {
		msg := append([]byte("quire/custody/v1"), make([]byte, 32)...)
		msg = append(msg, 0, 0, 0, byte(m))
		keys[m] = keccak(msg)
	}
	order := []int{0, 1, 2, 3}
	for i := range order {
		for j := i + 1; j < len(order); j++ {
			if compareBytes(keys[order[j]][:], keys[order[i]][:]) < 0 {
				order[i], order[j] = order[j], order[i]
			}
		}
	}
	if want := fmt.Sprint(order); got != want {
		t.Fatalf("ring %s, want %s", got, want)
	}
	// Column 40 starts at position 40*4/128 = 1 and is held by positions 1
	// and 2; column 127 starts at 3 and wraps to 0.
	if cs := a.Custodians(40); cs[0] != order[1] || cs[1] != order[2] {
		t.Fatalf("custodians of column 40: %v, want [%d %d]", cs, order[1], order[2])
	}
	if cs := a.Custodians(127); cs[0] != order[3] || cs[1] != order[0] {
		t.Fatalf("custodians of column 127: %v, want [%d %d]", cs, order[3], order[0])
	}
}

// bruteMinCoverage returns the least number of distinct columns any t
// members hold between them, by trying every subset of members of one real
// assignment.
func bruteMinCoverage(a *Assignment, n int) []int {
	masks := make([]colMask, n)
	for m := range n {
		for _, col := range a.Columns(m) {
			masks[m][col/64] |= 1 << (col % 64)
		}
	}
	cover := make([]colMask, 1<<n)
	best := make([]int, n+1)
	for i := range best {
		best[i] = Columns + 1
	}
	best[0] = 0
	for s := 1; s < 1<<n; s++ {
		low := bits.TrailingZeros(uint(s))
		cover[s] = cover[s&(s-1)].or(masks[low])
		k := bits.OnesCount(uint(s))
		if c := cover[s].count(); c < best[k] {
			best[k] = c
		}
	}
	return best
}

// TestMinCoverageProperty proves the bound for small committees: for every
// n up to 16, every r up to 4 and every t, the exact minimum over all
// subsets of t members of a real assignment equals MinCoverage(t), for
// several blobs. CheckCustody therefore refuses exactly the (n, t, r) where
// some t signers could hold fewer than 64 columns.
func TestMinCoverageProperty(t *testing.T) {
	maxN := 16
	if testing.Short() {
		maxN = 12
	}
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 2))
	for n := MinMembers; n <= maxN; n++ {
		for r := 1; r <= 4; r++ {
			c, err := NewCustody(n, r)
			if err != nil {
				t.Fatal(err)
			}
			blobs := 2
			if n > 14 {
				blobs = 1
			}
			for range blobs {
				brute := bruteMinCoverage(c.Assign(randomBlobID(rng)), n)
				for tt := 0; tt <= n; tt++ {
					if got := c.MinCoverage(tt); got != brute[tt] {
						t.Fatalf("n=%d r=%d t=%d: MinCoverage %d, brute force %d", n, r, tt, got, brute[tt])
					}
					err := CheckCustody(n, tt, r)
					switch {
					case tt == 0:
						if !errors.Is(err, ErrCustodyParams) {
							t.Fatalf("CheckCustody(%d, 0, %d) = %v", n, r, err)
						}
					case brute[tt] >= RecoveryColumns && err != nil:
						t.Fatalf("CheckCustody(%d, %d, %d) = %v, but brute force covers %d", n, tt, r, err, brute[tt])
					case brute[tt] < RecoveryColumns && !errors.Is(err, ErrCoverage):
						t.Fatalf("CheckCustody(%d, %d, %d) = %v, but brute force covers only %d", n, tt, r, err, brute[tt])
					}
				}
			}
		}
	}
}

// TestMinCoverageLarge checks MinCoverage for large committees against a
// closed form that holds when 128 is a multiple of n (every ring position
// starts the same number of columns, so a contiguous block of t signers
// covering t+r-1 positions is optimal) and against random signer sets,
// which can never do worse than the minimum.
func TestMinCoverageLarge(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 3))
	for _, tc := range []struct{ n, r int }{{32, 2}, {64, 2}, {128, 2}, {128, 4}, {100, 3}, {67, 2}} {
		c, _ := NewCustody(tc.n, tc.r)
		a := c.Assign(randomBlobID(rng))
		for _, tt := range []int{1, tc.n / 2, 2 * tc.n / 3} {
			min := c.MinCoverage(tt)
			if Columns%tc.n == 0 {
				want := min2(tc.n, tt+tc.r-1) * (Columns / tc.n)
				if min != want {
					t.Fatalf("n=%d r=%d t=%d: MinCoverage %d, want %d", tc.n, tc.r, tt, min, want)
				}
			}
			for range 50 {
				perm := rng.Perm(tc.n)[:tt]
				var m colMask
				for _, mem := range perm {
					for _, col := range a.Columns(mem) {
						m[col/64] |= 1 << (col % 64)
					}
				}
				if m.count() < min {
					t.Fatalf("n=%d r=%d t=%d: random set covers %d < MinCoverage %d", tc.n, tc.r, tt, m.count(), min)
				}
			}
		}
	}
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func TestCheckCustodyTypical(t *testing.T) {
	tests := []struct {
		n, t, r int
		ok      bool
	}{
		{4, 2, 2, true},     // a contiguous pair covers 3 of 4 positions: 96 columns
		{4, 1, 2, true},     // one member holds 2 positions of 32 columns: exactly 64
		{16, 11, 2, true},   // 2/3 threshold
		{16, 7, 2, true},    // 8 positions of 8 columns: exactly 64
		{16, 6, 2, false},   // 7 positions = 56 columns
		{128, 63, 2, true},  // 64 positions
		{128, 62, 2, false}, // 63 positions
		{128, 86, 2, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n%d_t%d_r%d", tt.n, tt.t, tt.r), func(t *testing.T) {
			c, _ := NewCustody(tt.n, tt.r)
			err := CheckCustody(tt.n, tt.t, tt.r)
			if (err == nil) != tt.ok {
				t.Fatalf("CheckCustody = %v (min coverage %d), want ok=%v", err, c.MinCoverage(tt.t), tt.ok)
			}
		})
	}
}

func BenchmarkAssign(b *testing.B) {
	for _, n := range []int{16, 128} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c, _ := NewCustody(n, 2)
			b.ReportAllocs()
			var id BlobID
			for b.Loop() {
				id[0]++
				_ = c.Assign(id)
			}
		})
	}
}

func BenchmarkMinCoverage(b *testing.B) {
	c, _ := NewCustody(128, 4)
	b.ReportAllocs()
	for b.Loop() {
		_ = c.MinCoverage(86)
	}
}
