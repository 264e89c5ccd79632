package plan

import (
	"crypto/rand"
	"errors"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

func testRand(t testing.TB) *mrand.Rand {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("QUIRE_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("QUIRE_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (set QUIRE_SEED to replay)", seed)
	return mrand.New(mrand.NewPCG(seed, seed^0x5851f42d4c957f2d))
}

func randomID(r *mrand.Rand) dac.BlobID {
	var id dac.BlobID
	for i := range id {
		id[i] = byte(r.Uint32())
	}
	return id
}

func TestDispersalMatchesCustody(t *testing.T) {
	r := testRand(t)
	for _, tc := range []struct{ n, rep int }{{4, 1}, {4, 2}, {16, 2}, {16, 3}, {100, 2}, {128, 4}} {
		t.Run(strconv.Itoa(tc.n)+"x"+strconv.Itoa(tc.rep), func(t *testing.T) {
			c, err := dac.NewCustody(tc.n, tc.rep)
			if err != nil {
				t.Fatal(err)
			}
			id := randomID(r)
			d := NewDispersal(c, id)
			a := c.Assign(id)
			if len(d.Columns) != tc.n {
				t.Fatalf("%d members planned, want %d", len(d.Columns), tc.n)
			}
			var count [dac.Columns]int
			for m, cols := range d.Columns {
				if !slices.IsSorted(cols) {
					t.Fatalf("member %d columns not ascending: %v", m, cols)
				}
				for _, col := range cols {
					if !a.Holds(m, int(col)) {
						t.Fatalf("member %d sent column %d it does not hold", m, col)
					}
					count[col]++
				}
				if len(cols) != len(a.Columns(m)) {
					t.Fatalf("member %d gets %d columns, holds %d", m, len(cols), len(a.Columns(m)))
				}
			}
			for col, k := range count {
				if k != tc.rep {
					t.Fatalf("column %d sent to %d members, want %d", col, k, tc.rep)
				}
			}
			if len(d.Needed) != dac.Columns {
				t.Fatalf("%d columns needed, want all %d", len(d.Needed), dac.Columns)
			}
		})
	}
}

type committee struct {
	sks  []*bls.SecretKey
	keys []bls.PublicKey
}

func newCommittee(t testing.TB, n int) *committee {
	c := &committee{}
	for range n {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		c.sks = append(c.sks, sk)
		c.keys = append(c.keys, sk.PublicKey())
	}
	return c
}

func TestQuorum(t *testing.T) {
	const n, th = 8, 5
	cm := newCommittee(t, n)
	committeeAddr := [20]byte{0xc0, 0xff, 0xee}
	hh := dac.HeaderHash{1, 2, 3}
	const chainID, epoch = 1337, 4
	msg := dac.AttestMessage(chainID, committeeAddr, epoch, hh)
	wrong := dac.AttestMessage(chainID, committeeAddr, epoch+1, hh)
	errDown := errors.New("connection refused")

	// Each step: member, "ok" (good signature), "bad" (signature over
	// another message), "fail" (transport failure); then the outcome
	// expected after it.
	type step struct {
		member int
		what   string
		want   Outcome
	}
	tests := []struct {
		name    string
		steps   []step
		signers []int
	}{
		{"threshold exactly", []step{
			{0, "ok", Pending}, {1, "ok", Pending}, {2, "ok", Pending}, {3, "ok", Pending}, {4, "ok", Certified},
		}, []int{0, 1, 2, 3, 4}},
		{"n-t failures still reach t", []step{
			{7, "fail", Pending}, {6, "fail", Pending}, {5, "bad", Pending},
			{0, "ok", Pending}, {1, "ok", Pending}, {2, "ok", Pending}, {3, "ok", Pending}, {4, "ok", Certified},
		}, []int{0, 1, 2, 3, 4}},
		{"n-t+1 failures: no quorum at once", []step{
			{0, "ok", Pending}, {7, "fail", Pending}, {6, "fail", Pending}, {5, "fail", Pending}, {4, "bad", NoQuorum},
		}, nil},
		{"late answers do not change a decision", []step{
			{7, "fail", Pending}, {6, "fail", Pending}, {5, "fail", Pending}, {4, "fail", NoQuorum},
			{0, "ok", NoQuorum}, {1, "ok", NoQuorum}, {2, "ok", NoQuorum}, {3, "ok", NoQuorum},
		}, nil},
		{"byzantine member excluded", []step{
			{0, "bad", Pending}, {1, "ok", Pending}, {2, "ok", Pending}, {3, "ok", Pending}, {4, "ok", Pending},
			{5, "ok", Certified}, {6, "ok", Certified},
		}, []int{1, 2, 3, 4, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := NewQuorum(cm.keys, th, chainID, committeeAddr, epoch, hh)
			if err != nil {
				t.Fatal(err)
			}
			if q.Message() != msg {
				t.Fatal("quorum expects another attest message")
			}
			var cert *dac.Certificate
			for i, s := range tt.steps {
				switch s.what {
				case "ok":
					if err := q.Signed(s.member, cm.sks[s.member].Sign(msg[:])); err != nil {
						t.Fatalf("step %d: good signature refused: %v", i, err)
					}
				case "bad":
					err := q.Signed(s.member, cm.sks[s.member].Sign(wrong[:]))
					var se *dac.SignerError
					if !errors.As(err, &se) || se.Member != s.member || !errors.Is(err, dac.ErrBadSignature) {
						t.Fatalf("step %d: bad signature gave %v, want a SignerError for member %d", i, err, s.member)
					}
				case "fail":
					if err := q.Failed(s.member, errDown); err != nil {
						t.Fatal(err)
					}
				}
				if got := q.Outcome(); got != s.want {
					t.Fatalf("step %d: outcome %v, want %v", i, got, s.want)
				}
				if q.Outcome() == Certified && cert == nil {
					cert, err = q.Certificate()
					if err != nil {
						t.Fatal(err)
					}
				}
			}
			switch q.Outcome() {
			case Certified:
				// The certificate is fixed when first built, and verifies
				// with dac's own check.
				again, _ := q.Certificate()
				if *again != *cert {
					t.Fatal("certificate changed after it was built")
				}
				if !slices.Equal(cert.Signers.Indexes(), tt.signers) {
					t.Fatalf("signers %v, want %v", cert.Signers.Indexes(), tt.signers)
				}
				if err := cert.Verify(cm.keys, th, chainID, committeeAddr); err != nil {
					t.Fatalf("certificate does not verify: %v", err)
				}
			case NoQuorum:
				if _, err := q.Certificate(); !errors.Is(err, ErrNoQuorum) {
					t.Fatalf("Certificate after NoQuorum = %v", err)
				}
				if len(q.Failures()) <= n-th {
					t.Fatalf("no quorum with only %d failures", len(q.Failures()))
				}
			}
		})
	}
}

func TestQuorumRejectsRepeatsAndRange(t *testing.T) {
	cm := newCommittee(t, 4)
	q, err := NewQuorum(cm.keys, 3, 1, [20]byte{}, 0, dac.HeaderHash{})
	if err != nil {
		t.Fatal(err)
	}
	msg := q.Message()
	if err := q.Signed(0, cm.sks[0].Sign(msg[:])); err != nil {
		t.Fatal(err)
	}
	if err := q.Signed(0, cm.sks[0].Sign(msg[:])); !errors.Is(err, ErrAnswered) {
		t.Fatalf("second signature = %v, want ErrAnswered", err)
	}
	if err := q.Failed(0, errors.New("x")); !errors.Is(err, ErrAnswered) {
		t.Fatalf("failure after signature = %v, want ErrAnswered", err)
	}
	if err := q.Failed(4, errors.New("x")); !errors.Is(err, dac.ErrBitmapRange) {
		t.Fatalf("member out of range = %v", err)
	}
	if err := q.Signed(-1, cm.sks[0].Sign(msg[:])); !errors.Is(err, dac.ErrBitmapRange) {
		t.Fatalf("member -1 = %v", err)
	}
	if _, err := q.Certificate(); !errors.Is(err, dac.ErrBelowThreshold) {
		t.Fatalf("Certificate while pending = %v", err)
	}
	if q.Outstanding() != 3 {
		t.Fatalf("outstanding %d, want 3", q.Outstanding())
	}
	if _, err := NewQuorum(cm.keys, 5, 1, [20]byte{}, 0, dac.HeaderHash{}); !errors.Is(err, dac.ErrBadThreshold) {
		t.Fatalf("threshold above n = %v", err)
	}
}

// run drives a retrieval to its end against a committee in which the
// members in down never answer; it returns the columns obtained and the
// error, if any, and checks the plan's invariants on the way.
func run(t *testing.T, a *dac.Assignment, down map[int]bool) ([]uint8, error) {
	t.Helper()
	r := NewRetrieval(a)
	asked := map[[2]int]bool{}
	for round := 0; !r.Done(); round++ {
		if round > a.Custody().Members()+1 {
			t.Fatal("retrieval does not terminate")
		}
		fetches, err := r.Next()
		if err != nil {
			return nil, err
		}
		if len(fetches) == 0 {
			t.Fatal("not done, yet nothing planned and nothing in flight")
		}
		for _, f := range fetches {
			for _, col := range f.Columns {
				if !a.Holds(f.Member, int(col)) {
					t.Fatalf("member %d asked for column %d it does not hold", f.Member, col)
				}
				if asked[[2]int{f.Member, int(col)}] {
					t.Fatalf("member %d asked twice for column %d", f.Member, col)
				}
				asked[[2]int{f.Member, int(col)}] = true
			}
			if down[f.Member] {
				r.Failed(f.Member)
			} else {
				r.Got(f.Member, f.Columns)
			}
		}
		// Once everything asked is in, a second Next plans nothing.
		if r.Done() {
			if more, err := r.Next(); err != nil || len(more) != 0 {
				t.Fatalf("Next after Done = %v, %v", more, err)
			}
		}
	}
	return r.Have(), nil
}

func TestRetrievalAllUpTakesDataColumns(t *testing.T) {
	r := testRand(t)
	c, _ := dac.NewCustody(16, 2)
	a := c.Assign(randomID(r))
	rt := NewRetrieval(a)
	fetches, err := rt.Next()
	if err != nil {
		t.Fatal(err)
	}
	var cols []uint8
	maxLoad := 0
	for _, f := range fetches {
		cols = append(cols, f.Columns...)
		maxLoad = max(maxLoad, len(f.Columns))
	}
	slices.Sort(cols)
	for i, c := range cols {
		if int(c) != i {
			t.Fatalf("first plan asks for columns %v, want exactly 0..63", cols)
		}
	}
	if len(cols) != dac.RecoveryColumns {
		t.Fatalf("%d columns planned", len(cols))
	}
	// 64 data columns over 16 members with r=2: no member needs more than
	// its share rounded up plus the imbalance of the ring (here 8 is the
	// most any member holds among data columns with r=2 spreading).
	if maxLoad > 8 {
		t.Fatalf("a member is asked for %d columns; load not spread", maxLoad)
	}
}

// TestRetrievalProperty checks, over random committees and random sets of
// failed members, that the retrieval succeeds exactly when at least 64
// columns keep a live custodian, and then returns only columns whose
// custodians are live, data columns first.
func TestRetrievalProperty(t *testing.T) {
	r := testRand(t)
	for i := range 300 {
		n := 4 + r.IntN(40)
		rep := 1 + r.IntN(min(n, 4))
		c, err := dac.NewCustody(n, rep)
		if err != nil {
			t.Fatal(err)
		}
		a := c.Assign(randomID(r))
		down := map[int]bool{}
		for m := range n {
			if r.IntN(3) == 0 {
				down[m] = true
			}
		}
		live := 0
		liveData := 0
		for col := range dac.Columns {
			for _, m := range a.Custodians(col) {
				if !down[m] {
					live++
					if col < dac.RecoveryColumns {
						liveData++
					}
					break
				}
			}
		}
		got, err := run(t, a, down)
		if live < dac.RecoveryColumns {
			if !errors.Is(err, ErrUnrecoverable) {
				t.Fatalf("case %d (n=%d r=%d, %d live columns): err = %v, want ErrUnrecoverable", i, n, rep, live, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("case %d (n=%d r=%d, %d live columns): %v", i, n, rep, live, err)
		}
		if len(got) != dac.RecoveryColumns {
			t.Fatalf("case %d: %d columns", i, len(got))
		}
		data := 0
		for _, col := range got {
			if col < dac.RecoveryColumns {
				data++
			}
		}
		if data != liveData {
			t.Fatalf("case %d: %d data columns used, %d were available", i, data, liveData)
		}
	}
}

func TestRetrievalHalfTheColumnsDown(t *testing.T) {
	r := testRand(t)
	c, _ := dac.NewCustody(16, 2)
	a := c.Assign(randomID(r))
	down := map[int]bool{}
	for col := range dac.RecoveryColumns {
		for _, m := range a.Custodians(col) {
			down[m] = true
		}
	}
	got, err := run(t, a, down)
	if err != nil {
		t.Fatalf("with the custodians of columns 0..63 down (%d members): %v", len(down), err)
	}
	for _, col := range got {
		if col < dac.RecoveryColumns {
			t.Fatalf("data column %d came from a down custodian", col)
		}
	}
}

// TestPure keeps the package a pure core: no network, store or chain
// client among its dependencies.
func TestPure(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/libp2p/", "github.com/dgraph-io/badger", "net/http", "net", "github.com/ethereum/go-ethereum/ethclient"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") || strings.HasPrefix(banned, "github.com/") && strings.HasPrefix(dep, banned) {
				t.Errorf("plan depends on %s", dep)
			}
		}
	}
}
