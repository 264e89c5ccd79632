package disperser_test

import (
	"encoding/json"
	"math"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/l1"
)

// upload is one POST of the epoch change load test.
type upload struct {
	start, end time.Time
	res        *api.PutResult
	err        error
}

// TestEpochChangeUnderLoad (issue 15 finding 8): several clients upload
// without pause while the admin's committee change (a member removed, so
// custody changes too) is queued and executed on the simulated L1. The
// members follow L1 every 100 ms; the disperser read the committee just
// before the change and reads it again only after an upload started once
// every member reported the new epoch, so it disperses headers of the old
// epoch to members that have moved on. Every
// upload must succeed with a certificate the contract's certify accepted
// (L1 mode wait, then checked against certification(id)), and none may
// have been dispersed twice because of the change (no wrong_epoch
// restart): the members admit the previous epoch inside its rotation
// window.
func TestEpochChangeUnderLoad(t *testing.T) {
	const (
		clients  = 4
		cacheTTL = time.Hour // the test says when the disperser reads L1 again
	)
	seed := testRand(t).Uint64()
	reg := prometheus.NewRegistry()
	var cache *disperser.CachedSource
	e := dispersertest.New(t, dispersertest.Options{Members: 5, Threshold: 3, L1: true,
		MemberPoll: 100 * time.Millisecond, CommitteeTTL: cacheTTL, Registry: reg,
		WrapSource: func(s disperser.CommitteeSource) disperser.CommitteeSource {
			cache = s.(*disperser.CachedSource)
			return s
		}})
	ctx := timeout(t, 10*time.Minute)
	c := newClient(t, e.URL, client.WithAttempts(1)) // a failure must show, not be retried away

	var (
		mu      sync.Mutex
		uploads []upload
		stop    = make(chan struct{})
		wg      sync.WaitGroup
	)
	done := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(uploads)
	}
	for w := range clients {
		r := mrand.New(mrand.NewPCG(seed, uint64(w)))
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				data := make([]byte, 1000+r.IntN(7000))
				for i := range data {
					data[i] = byte(r.Uint32())
				}
				u := upload{start: time.Now()}
				u.res, u.err = c.Put(ctx, data, client.WithL1(api.L1Wait))
				u.end = time.Now()
				mu.Lock()
				uploads = append(uploads, u)
				mu.Unlock()
				if u.err != nil && ctx.Err() != nil {
					return
				}
			}
		})
	}
	defer func() {
		select {
		case <-stop:
		default:
			close(stop)
		}
		wg.Wait()
	}()
	waitUntil(t, ctx, "the first uploads", func() bool { return done() >= 2*clients })

	// The disperser reads L1 now and then keeps epoch 1 for cacheTTL.
	cache.SawEpoch(math.MaxUint64)
	if got, err := cache.Committee(ctx); err != nil || got.Epoch != 1 {
		t.Fatalf("disperser's committee: %v, %v", got, err)
	}
	changeStart := time.Now()
	ec := e.ChangeCommittee(l1.Change{Remove: []common.Address{e.Operators[4]}})
	changeDone := time.Now()
	if ec.Epoch != 2 || len(ec.Members) != 4 {
		t.Fatalf("the change opened epoch %d with %d members", ec.Epoch, len(ec.Members))
	}
	waitUntil(t, ctx, "every member at epoch 2", func() bool {
		for _, n := range e.Nodes {
			if memberEpoch(t, n.HTTPHandler()) != 2 {
				return false
			}
		}
		return true
	})
	moved := time.Now()
	// The disperser's cache still holds epoch 1: uploads started now go to
	// members that all moved to epoch 2. Once one is through, the
	// disperser's next read of L1 is due (the stale mark is what its cache
	// gets on wrong_epoch or at the end of its period: the test does not
	// wait the period out, so a slow machine cannot skip this stage), and
	// the load goes on until an upload is certified in epoch 2.
	waitUntil(t, ctx, "an upload of epoch 1 started after the members moved", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return slices.ContainsFunc(uploads, func(u upload) bool { return u.start.After(moved) })
	})
	cache.SawEpoch(2)
	refreshed := time.Now()
	waitUntil(t, ctx, "an upload certified in epoch 2", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return slices.ContainsFunc(uploads, func(u upload) bool { return u.err == nil && u.res.Epoch == 2 && u.start.After(refreshed) })
	})
	close(stop)
	wg.Wait()

	var (
		straddled, oldAfterMove, failed int
		longest, longestOld             time.Duration
		slowest                         api.Stages // of the longest straddling upload
		before                          []time.Duration
	)
	for i, u := range uploads {
		if u.err != nil {
			failed++
			t.Errorf("upload %d (%v after the change began) failed: %v", i, u.start.Sub(changeStart), u.err)
			continue
		}
		if u.res.L1 == nil || u.res.L1.State != api.L1Confirmed {
			t.Errorf("upload %d: L1 status %+v", i, u.res.L1)
			continue
		}
		got, ok, err := e.Contract.Certification(ctx, u.res.BlobID)
		if err != nil || !ok || got.HeaderHash != u.res.HeaderHash || got.Epoch != u.res.Epoch {
			t.Errorf("upload %d: the contract records %+v (%v, %v), the upload got header %x epoch %d", i, got, ok, err, u.res.HeaderHash, u.res.Epoch)
		}
		if u.end.Before(changeStart) {
			before = append(before, u.end.Sub(u.start))
		}
		if u.start.Before(changeDone) && u.end.After(changeStart) {
			straddled++
			if d := u.end.Sub(u.start); d > longest {
				longest, slowest = d, u.res.Stages
			}
		}
		if u.res.Epoch == 1 && u.start.After(moved) {
			oldAfterMove++
			longestOld = max(longestOld, u.end.Sub(u.start))
		}
	}
	restarts := counter(t, reg, "quire_disperser_dispersals_total", "wrong_epoch")
	slices.Sort(before)
	var p50, worst time.Duration
	if len(before) > 0 {
		p50, worst = before[len(before)/2], before[len(before)-1]
	}
	t.Logf("%d uploads from %d clients; before the change: %d, p50 %v, max %v; the change (queue, time +1h, execute) took %v; "+
		"%d straddled it, longest %v (stages ms: queue %.0f encode %.0f disperse %.0f l1 %.0f); "+
		"%d of epoch 1 dispersed after every member had moved to epoch 2, longest %v; %v wrong_epoch restarts; %d failed",
		len(uploads), clients, len(before), p50.Round(time.Millisecond), worst.Round(time.Millisecond),
		changeDone.Sub(changeStart).Round(time.Millisecond), straddled, longest.Round(time.Millisecond),
		slowest.QueueMS, slowest.EncodeMS, slowest.DisperseMS, slowest.L1MS,
		oldAfterMove, longestOld.Round(time.Millisecond), restarts, failed)
	if restarts != 0 {
		t.Errorf("%v dispersals started over because of the epoch change", restarts)
	}
	if oldAfterMove == 0 {
		t.Error("no upload of epoch 1 after the members moved: the test did not exercise the rotation window")
	}
}

// memberEpoch is the epoch a member reports on /healthz.
func memberEpoch(t *testing.T, h http.Handler) uint64 {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	var health struct {
		Epoch uint64 `json:"epoch"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &health); err != nil {
		t.Fatalf("/healthz: %v", err)
	}
	return health.Epoch
}
