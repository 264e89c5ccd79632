package light_test

import (
	"context"
	"crypto/rand"
	"math"
	mrand "math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
	"github.com/quire-da/quire/sampler/samplertest"
)

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// TestWithholdingUnavailable: every member withholds the same
// unrecoverable block (k+1 rows by 65 columns) of a blob. The client's own
// sample reports UNAVAILABLE, naming exactly the hidden positions as
// missing; then trials with fresh secrets through the real network path
// each report UNAVAILABLE exactly when a sampled position is hidden, at a
// rate in line with DetectionProbability (the statistical test with
// thousands of trials runs against the core in package sampler).
func TestWithholdingUnavailable(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Scripted: seq(8)})
	h, _ := nw.Publish(3) // k = 2: 4 rows
	k := int(h.Core.K)
	r := mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), 1))
	rows := map[int]bool{}
	for _, i := range r.Perm(2 * k)[:k+1] {
		rows[i] = true
	}
	cols := map[int]bool{}
	for _, i := range r.Perm(sampler.Columns)[:65] {
		cols[i] = true
	}
	hidden := func(row, col int) bool { return rows[row] && cols[col] }
	for _, m := range nw.Scripted {
		m.SetBehavior(samplertest.Behavior{Withhold: hidden})
	}
	c := newClient(t, nw, func(cfg *light.Config) {
		// Long enough for the two rounds a visible cell may need (its
		// group refused, then asked alone) even under -race on a busy
		// machine; hidden cells make a trial last this long.
		cfg.Deadline = light.Duration(3 * time.Second)
		cfg.RetryInterval = light.Duration(100 * time.Millisecond)
		cfg.RequestTimeout = light.Duration(2 * time.Second)
	}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	check := func(st *light.BlobStatus) bool {
		t.Helper()
		hit := false
		for _, s := range st.Samples {
			if s.Verified == hidden(s.Row, s.Col) {
				t.Fatalf("sample %v: verified %v, hidden %v", s.Position, s.Verified, hidden(s.Row, s.Col))
			}
			hit = hit || !s.Verified
		}
		want := sampler.StatusAvailable
		if hit {
			want = sampler.StatusUnavailable
		}
		if st.Status != want {
			t.Fatalf("verdict %s (%s), want %s", st.Status, st.Reason, want)
		}
		return hit
	}
	st, err := c.Sample(ctx, h.BlobID())
	if err != nil {
		t.Fatal(err)
	}
	check(st)
	if st.Status != sampler.StatusUnavailable {
		// 30 samples miss a 195-of-512-cell block with probability 1e-6.
		t.Fatalf("30 samples against an unrecoverable blob: %s", st.Status)
	}
	if st.Confidence >= sampler.Confidence(30) || len(st.BadCells) != 0 {
		t.Fatalf("%+v", st)
	}

	const trials, s = 16, 2
	var mu sync.Mutex
	detected := 0
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for range trials {
		var sec sampler.Secret
		rand.Read(sec[:])
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			st, err := c.SampleWith(ctx, h.BlobID(), light.SampleOptions{Secret: &sec, Samples: s})
			if err != nil {
				t.Error(err)
				return
			}
			if len(st.Samples) != s {
				t.Errorf("%d samples, want %d", len(st.Samples), s)
				return
			}
			hit := check(st)
			mu.Lock()
			defer mu.Unlock()
			if hit {
				detected++
			}
		})
	}
	wg.Wait()
	p := sampler.DetectionProbability(k, s, (k+1)*65)
	rate := float64(detected) / trials
	sd := math.Sqrt(p * (1 - p) / trials)
	t.Logf("network trials: detected %d of %d (%.3f), expected %.3f", detected, trials, rate, p)
	if math.Abs(rate-p) > 4.5*sd {
		t.Fatalf("detection rate %.3f, expected %.3f ± %.3f", rate, p, 4.5*sd)
	}
}

// TestForgedCells: one member serves forged cells. The client names it,
// with the cells, and bans it; the blob is still AVAILABLE because the
// other custodian of each column serves valid cells.
func TestForgedCells(t *testing.T) {
	const liar = 5
	nw := samplertest.NewNetwork(t, samplertest.Options{Scripted: []int{liar}})
	h, _ := nw.Publish(1)
	nw.Scripted[liar].SetBehavior(samplertest.Behavior{Forge: func(int, int) bool { return true }})
	c := newClient(t, nw, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	liarID := nw.AddrInfo(liar).ID

	// Fresh secrets until the liar is asked (it holds a quarter of the
	// columns, so one or two tries).
	var st *light.BlobStatus
	for try := 0; try < 10 && (st == nil || len(st.BadCells) == 0); try++ {
		var sec sampler.Secret
		rand.Read(sec[:])
		var err error
		if st, err = c.SampleWith(ctx, h.BlobID(), light.SampleOptions{Secret: &sec}); err != nil {
			t.Fatal(err)
		}
		if st.Status != sampler.StatusAvailable {
			t.Fatalf("try %d: %s (%s)", try, st.Status, st.Reason)
		}
	}
	if len(st.BadCells) == 0 {
		t.Fatal("the liar was never asked")
	}
	for _, b := range st.BadCells {
		if b.Member != liar || b.Peer != liarID.String() || b.Error == "" {
			t.Fatalf("bad cell %+v blames the wrong member", b)
		}
	}
	for _, s := range st.Samples {
		if s.Member == liar {
			t.Fatalf("sample %v credited to the liar", s.Position)
		}
	}
	if got := c.Banned(); !slices.Equal(got, []peer.ID{liarID}) {
		t.Fatalf("banned %v, want the liar %s", got, liarID)
	}
	// The banned liar is not asked again.
	before := nw.Scripted[liar].Requests()
	st2, err := c.Sample(ctx, h.BlobID())
	if err != nil {
		t.Fatal(err)
	}
	if st2.Status != sampler.StatusAvailable || len(st2.BadCells) != 0 {
		t.Fatalf("%+v", st2)
	}
	if after := nw.Scripted[liar].Requests(); after != before {
		t.Fatalf("banned liar asked %d more times", after-before)
	}
}

// TestRestartResumes: a client following L1 starts on a blob while half
// the committee is offline, so some samples stay missing; it is stopped,
// the members come back, and a new client on the same store resumes: the
// L1 checkpoint is where it was, the positions are the same, verified
// cells are not asked again, and the blob becomes AVAILABLE.
func TestRestartResumes(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Scripted: seq(8)})
	h, _ := nw.Publish(3)
	id := h.BlobID()
	// Both custodians of columns 0 and 64 go offline: at least 32 columns
	// have no custodian up, and 30 samples miss them all with probability
	// 0.75^30.
	cust, err := dac.NewCustody(8, 2)
	if err != nil {
		t.Fatal(err)
	}
	assign := cust.Assign(id)
	offline := slices.Compact(slices.Sorted(slices.Values(append(assign.Custodians(0), assign.Custodians(64)...))))
	for _, i := range offline {
		nw.Scripted[i].SetBehavior(samplertest.Behavior{Offline: true})
	}
	dir := t.TempDir()
	mutate := func(cfg *light.Config) {
		cfg.Store = light.StoreConfig{Dir: dir}
		cfg.Gossip = false
		cfg.Deadline = light.Duration(time.Minute)
	}
	a := newClient(t, nw, mutate, nil)
	stop := run(t, a)
	var mid light.BlobStatus
	waitFor(t, time.Minute, "partial progress", func() bool {
		var ok bool
		mid, ok = a.Status(id)
		return ok && mid.Rounds >= 2 && mid.Verified > 0
	})
	stop()
	mid, _ = a.Status(id) // what the last round persisted
	if mid.Status != sampler.StatusPending || mid.Verified == len(mid.Samples) {
		t.Fatalf("not mid-way: %s, %d of %d verified", mid.Status, mid.Verified, len(mid.Samples))
	}
	a.Close()

	// What the first client persisted.
	store, err := light.OpenStore(light.StoreConfig{Dir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkpoint, ok, err := store.Checkpoint()
	store.Close()
	if err != nil || !ok || checkpoint == 0 {
		t.Fatalf("checkpoint %d, %v, %v", checkpoint, ok, err)
	}

	for _, i := range offline {
		nw.Scripted[i].SetBehavior(samplertest.Behavior{})
	}
	var served int64
	for _, m := range nw.Scripted {
		served += m.CellsServed()
	}
	b := newClient(t, nw, mutate, nil)
	resumed, ok := b.Status(id)
	if !ok || resumed.Verified != mid.Verified || len(resumed.Samples) != len(mid.Samples) {
		t.Fatalf("the new client does not see the stored progress: %+v", resumed)
	}
	run(t, b)
	st := waitStatus(t, b, id, time.Minute)
	if st.Status != sampler.StatusAvailable {
		t.Fatalf("after restart: %s (%s)", st.Status, st.Reason)
	}
	for i := range st.Samples {
		if st.Samples[i].Position != mid.Samples[i].Position {
			t.Fatalf("sample %d moved from %v to %v", i, mid.Samples[i].Position, st.Samples[i].Position)
		}
	}
	var after int64
	for _, m := range nw.Scripted {
		after += m.CellsServed()
	}
	// Only the missing cells were fetched (the header was stored too).
	if got, want := after-served, int64(len(mid.Samples)-mid.Verified); got != want {
		t.Fatalf("%d cells fetched after the restart, %d were missing", got, want)
	}
	if next, _, _ := b.Store().Checkpoint(); next < checkpoint {
		t.Fatalf("checkpoint went back from %d to %d", checkpoint, next)
	}
}
