package sampler_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
)

// testRand returns this run's randomness, seeded from QUIRE_SEED when set;
// the seed is logged so a failure can be replayed.
func testRand(t testing.TB) *rand.Rand {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("QUIRE_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("QUIRE_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (set QUIRE_SEED to replay)", seed)
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

func randSecret(r *rand.Rand) sampler.Secret {
	var s sampler.Secret
	for i := range s {
		s[i] = byte(r.Uint32())
	}
	return s
}

func randBlob(r *rand.Rand) dac.BlobID {
	var id dac.BlobID
	for i := range id {
		id[i] = byte(r.Uint32())
	}
	return id
}

func TestPositionsShape(t *testing.T) {
	r := testRand(t)
	for _, tc := range []struct{ k, s int }{
		{1, 1}, {1, 30}, {1, 256}, {2, 30}, {16, 30}, {256, 30}, {256, 500}, {4096, 30},
	} {
		t.Run(fmt.Sprintf("k=%d/s=%d", tc.k, tc.s), func(t *testing.T) {
			ps, err := sampler.Positions(randSecret(r), randBlob(r), tc.k, tc.s)
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != tc.s {
				t.Fatalf("%d positions, want %d", len(ps), tc.s)
			}
			seen := map[sampler.Position]bool{}
			for _, p := range ps {
				if p.Row < 0 || p.Row >= 2*tc.k || p.Col < 0 || p.Col >= sampler.Columns {
					t.Fatalf("position %v outside the %d x %d square", p, 2*tc.k, sampler.Columns)
				}
				if seen[p] {
					t.Fatalf("position %v drawn twice", p)
				}
				seen[p] = true
			}
		})
	}
}

func TestPositionsErrors(t *testing.T) {
	var s sampler.Secret
	var id dac.BlobID
	for _, tc := range []struct{ k, s int }{
		{0, 30}, {3, 30}, {-1, 30}, {8192, 30}, {1, 0}, {1, -1}, {1, 257}, {2, 513},
	} {
		if _, err := sampler.Positions(s, id, tc.k, tc.s); !errors.Is(err, sampler.ErrSamples) {
			t.Errorf("k=%d s=%d: got %v, want ErrSamples", tc.k, tc.s, err)
		}
	}
}

// Positions are a function of (secret, blob): a restarted client resumes
// with the same cells, and another client or another blob gets others.
func TestPositionsFixedPerBlobPerClient(t *testing.T) {
	r := testRand(t)
	sec, id := randSecret(r), randBlob(r)
	a, err := sampler.Positions(sec, id, 16, 30)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sampler.Positions(sec, id, 16, 30)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatalf("same secret and blob gave %v then %v", a, b)
	}
	other := sec
	other[31] ^= 1
	c, _ := sampler.Positions(other, id, 16, 30)
	id2 := id
	id2[0] ^= 1
	d, _ := sampler.Positions(sec, id2, 16, 30)
	// Two independent 30-subsets of 4096 cells share about 0.2 cells.
	if n := overlap(a, c); n > 5 {
		t.Errorf("one bit of secret changed, %d of 30 positions shared", n)
	}
	if n := overlap(a, d); n > 5 {
		t.Errorf("one bit of blob ID changed, %d of 30 positions shared", n)
	}
	// A prefix of a longer draw is the shorter draw: raising s keeps the
	// cells already sampled.
	long, _ := sampler.Positions(sec, id, 16, 60)
	if fmt.Sprint(long[:30]) != fmt.Sprint(a) {
		t.Errorf("s=60 does not extend s=30")
	}
}

func overlap(a, b []sampler.Position) int {
	in := map[sampler.Position]bool{}
	for _, p := range a {
		in[p] = true
	}
	n := 0
	for _, p := range b {
		if in[p] {
			n++
		}
	}
	return n
}

// TestPositionsVector pins the derivation (SHA-256 seed, ChaCha8, rejection
// of repeats): a change would move every resumed client to other cells.
func TestPositionsVector(t *testing.T) {
	var sec sampler.Secret
	for i := range sec {
		sec[i] = byte(i)
	}
	id, err := dac.ParseBlobID("0x" + "ab" + "00000000000000000000000000000000000000000000000000000000000001")
	if err != nil {
		t.Fatal(err)
	}
	ps, err := sampler.Positions(sec, id, 4, 8)
	if err != nil {
		t.Fatal(err)
	}
	const want = "[(2, 0) (6, 26) (4, 64) (3, 65) (2, 97) (3, 40) (7, 91) (2, 48)]"
	if got := fmt.Sprint(ps); got != want {
		t.Fatalf("positions %s, want %s", got, want)
	}
}

// TestPositionsUniform draws many clients' positions and checks, with a
// chi-square test, that every cell of the square is equally likely, and
// that rows and columns are too. A sampler biased towards data rows or
// data columns, or one that reuses cells across clients, fails it.
func TestPositionsUniform(t *testing.T) {
	r := testRand(t)
	const k, s, clients = 2, 30, 1500
	n := 2 * k * sampler.Columns // 512 cells
	cells := make([]int, n)
	rows := make([]int, 2*k)
	cols := make([]int, sampler.Columns)
	for range clients {
		ps, err := sampler.Positions(randSecret(r), randBlob(r), k, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			cells[p.Row*sampler.Columns+p.Col]++
			rows[p.Row]++
			cols[p.Col]++
		}
	}
	check := func(name string, counts []int) {
		exp := float64(clients*s) / float64(len(counts))
		chi := 0.0
		for _, c := range counts {
			d := float64(c) - exp
			chi += d * d / exp
		}
		df := float64(len(counts) - 1)
		// Mean df, standard deviation sqrt(2 df); 6 sigma keeps the false
		// alarm rate negligible while a 5% bias on a quarter of the cells
		// already moves the statistic by hundreds of sigmas.
		if limit := df + 6*math.Sqrt(2*df); chi > limit {
			t.Errorf("%s: chi-square %.1f with %v degrees of freedom, limit %.1f", name, chi, df, limit)
		}
		t.Logf("%s: chi-square %.1f, %v degrees of freedom", name, chi, df)
	}
	check("cells", cells)
	check("rows", rows)
	check("columns", cols)
}

func TestSecret(t *testing.T) {
	s, err := sampler.NewSecret(rand.NewChaCha8([32]byte{1, 2}))
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%v %s %#v", s, s, s); got != "sampler.Secret{redacted} sampler.Secret{redacted} sampler.Secret{redacted}" {
		t.Fatalf("secret printed as %q", got)
	}
	txt, _ := s.MarshalText()
	var back sampler.Secret
	if err := back.UnmarshalText(txt); err != nil || back != s {
		t.Fatalf("round trip: %v", err)
	}
	if err := back.UnmarshalText([]byte("zz")); err == nil {
		t.Fatal("accepted a short secret")
	}
	if err := back.UnmarshalText(make([]byte, 64)); err == nil {
		t.Fatal("accepted non-hex digits")
	}
}
