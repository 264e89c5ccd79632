package disperser_test

import (
	"bytes"
	"context"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// waitL1 waits until the blob's L1 submission is confirmed and returns
// its status.
func waitL1(t *testing.T, ctx context.Context, c *client.Client, id dac.BlobID) *api.BlobStatus {
	t.Helper()
	for {
		st, err := c.Status(ctx, id)
		if err != nil {
			t.Fatalf("status of %s: %v", id, err)
		}
		if st.L1 != nil && st.L1.State == api.L1Confirmed {
			return st
		}
		if st.L1 != nil && st.L1.State == api.L1Failed {
			t.Fatalf("blob %s: L1 submission failed: %s", id, st.L1.Error)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("blob %s: L1 still %+v", id, st.L1)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// TestRestartKeepsRecords accepts blobs whose L1 submissions cannot be
// mined yet, restarts the disperser on the same data dir, and checks that
// /status and /certificate answer as before and that the submissions
// pending at the restart complete.
func TestRestartKeepsRecords(t *testing.T) {
	r := testRand(t)
	dir := t.TempDir()
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true, BlockTime: 100 * time.Millisecond,
		Config: func(c *disperser.Config) { c.DataDir = dir }})
	ctx := timeout(t, 3*time.Minute)
	e.PauseMining(true)
	c := newClient(t, e.URL)
	var (
		results []*api.PutResult
		certs   []*api.CertificateResult
	)
	for range 3 {
		res, err := c.Put(ctx, randomBytes(r, 3000), client.WithL1(api.L1Async))
		if err != nil {
			t.Fatal(err)
		}
		cr, err := c.Certificate(ctx, res.BlobID)
		if err != nil {
			t.Fatal(err)
		}
		results, certs = append(results, res), append(certs, cr)
	}

	e.RestartDisperser()
	c = newClient(t, e.URL)
	for i, res := range results {
		st, err := c.Status(ctx, res.BlobID)
		if err != nil {
			t.Fatalf("blob %d after the restart: %v", i, err)
		}
		if st.State != api.StateCertified || st.HeaderHash != res.HeaderHash || len(st.Signers) != len(res.Signers) {
			t.Fatalf("blob %d after the restart: status %+v", i, st)
		}
		if st.L1 == nil || st.L1.State != api.L1Pending {
			t.Fatalf("blob %d after the restart: L1 %+v, want pending", i, st.L1)
		}
		cr, err := c.Certificate(ctx, res.BlobID)
		if err != nil {
			t.Fatalf("certificate %d after the restart: %v", i, err)
		}
		if !bytes.Equal(cr.Certificate, certs[i].Certificate) || !bytes.Equal(cr.Header, certs[i].Header) {
			t.Fatalf("certificate %d changed across the restart", i)
		}
	}
	// The submissions resume: every blob ends certified on L1, with its
	// header.
	e.PauseMining(false)
	for i, res := range results {
		waitL1(t, ctx, c, res.BlobID)
		got, ok, err := e.Contract.Certification(ctx, res.BlobID)
		if err != nil || !ok || got.HeaderHash != res.HeaderHash {
			t.Fatalf("blob %d: contract certification %+v, %v, %v", i, got, ok, err)
		}
	}
	// And the bytes are served by the restarted disperser.
	if _, err := c.Get(ctx, results[0].BlobID); err != nil {
		t.Fatal(err)
	}
}

// TestAlreadyCertifiedIsSuccess certifies a blob on L1, then submits it
// again through a certifier: the contract reverts with AlreadyCertified
// for the same header, which must count as success. Through the HTTP API
// too: a wait-mode post of the same bytes ends confirmed.
func TestAlreadyCertifiedIsSuccess(t *testing.T) {
	r := testRand(t)
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true})
	ctx := timeout(t, 2*time.Minute)
	c := newClient(t, e.URL)
	data := randomBytes(r, 2000)
	res, err := c.Put(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	hdr, err := res.DecodeHeader()
	if err != nil {
		t.Fatal(err)
	}
	cert, err := res.DecodeCertificate()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.Contract.Certify(ctx, e.Admin, &hdr.Core, cert, e.Epoch); err != nil {
		t.Fatal(err)
	}
	if _, err := disperser.NewL1Certifier(e.Contract, e.Admin).Certify(ctx, &hdr.Core, cert); err != nil {
		t.Fatalf("certifying a certified blob again: %v", err)
	}
	again, err := c.Put(ctx, data, client.WithL1(api.L1Wait))
	if err != nil {
		t.Fatal(err)
	}
	if again.L1 == nil || again.L1.State != api.L1Confirmed {
		t.Fatalf("L1 status %+v, want confirmed", again.L1)
	}
}

// TestLoadEveryBlobCertified posts blobs from several clients for a
// while (6 s; QUIRE_DISPERSER_LOAD=1m for a minute) with asynchronous L1
// submission and a block every 2 s, then checks that every accepted
// blob ends certified on L1 with its header, and that blocks carried
// several certifications.
func TestLoadEveryBlobCertified(t *testing.T) {
	dur := 6 * time.Second
	if v := os.Getenv("QUIRE_DISPERSER_LOAD"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		dur = d
	}
	dir := t.TempDir() // before New: removed after the disperser closes
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true, BlockTime: 2 * time.Second,
		Config: func(c *disperser.Config) { c.DataDir = dir; c.QueueSize = 64 }})
	ctx := timeout(t, dur+5*time.Minute)
	c := newClient(t, e.URL)
	var (
		mu       sync.Mutex
		accepted []*api.PutResult
		refused  atomic.Int64
		wg       sync.WaitGroup
	)
	start := time.Now()
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := testRand(t)
			for i := 0; time.Since(start) < dur; i++ {
				data := randomBytes(r, 1000+100*w+i%1000)
				res, err := c.Put(ctx, data, client.WithL1(api.L1Async))
				if err != nil {
					refused.Add(1)
					t.Logf("post refused: %v", err)
					continue
				}
				mu.Lock()
				if len(accepted) == 0 {
					t.Logf("first post: stages %+v", res.Stages)
				}
				accepted = append(accepted, res)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	posted := time.Since(start)
	perBlock := map[uint64]int{}
	for _, res := range accepted {
		st := waitL1(t, ctx, c, res.BlobID)
		perBlock[st.L1.Block]++
		got, ok, err := e.Contract.Certification(ctx, res.BlobID)
		if err != nil || !ok || got.HeaderHash != res.HeaderHash {
			t.Fatalf("blob %s: contract certification %+v, %v, %v", res.BlobID, got, ok, err)
		}
	}
	most := 0
	for _, n := range perBlock {
		most = max(most, n)
	}
	t.Logf("%d blobs accepted in %v (%d refused), all certified on L1 in %v, %d blocks, at most %d per block, %.1f per block on average",
		len(accepted), posted.Round(time.Millisecond), refused.Load(), time.Since(start).Round(time.Millisecond), len(perBlock), most,
		float64(len(accepted))/float64(len(perBlock)))
	if refused.Load() != 0 {
		t.Fatalf("%d posts refused", refused.Load())
	}
	if len(accepted) >= 3*len(perBlock) && most < 2 {
		t.Fatalf("%d blobs in %d blocks, one per block: submissions are serialized", len(accepted), len(perBlock))
	}
}

// staleSource serves the committee with an older epoch number until the
// disperser reports a newer epoch (disperser.EpochSeen): a disperser that
// has not seen an epoch change yet.
type staleSource struct {
	disperser.CommitteeSource
	stale atomic.Bool
	seen  atomic.Int64
}

func (s *staleSource) Committee(ctx context.Context) (*p2p.Committee, error) {
	c, err := s.CommitteeSource.Committee(ctx)
	if err != nil || !s.stale.Load() {
		return c, err
	}
	old := *c
	old.Epoch--
	return &old, nil
}

func (s *staleSource) SawEpoch(epoch uint64) {
	s.seen.Add(1)
	s.stale.Store(false)
}

// TestDisperserBehindEpoch: the members moved to a new epoch, the
// disperser's committee source still names the old one. The members
// refuse with wrong_epoch and their epoch; the disperser must read its
// committee again and disperse on the new epoch, so that no upload fails.
// The epoch changes (the source goes stale again) in the middle of the
// load.
func TestDisperserBehindEpoch(t *testing.T) {
	r := testRand(t)
	var src *staleSource
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3,
		WrapSource: func(s disperser.CommitteeSource) disperser.CommitteeSource {
			src = &staleSource{CommitteeSource: s}
			src.stale.Store(true)
			return src
		}})
	ctx := timeout(t, 2*time.Minute)
	c := newClient(t, e.URL)
	for i := range 6 {
		if i == 3 {
			src.stale.Store(true)
		}
		res, err := c.Put(ctx, randomBytes(r, 1500+i))
		if err != nil {
			t.Fatalf("post %d: %v", i, err)
		}
		if res.Epoch != e.Committee.Epoch {
			t.Fatalf("post %d certified in epoch %d, the members are at %d", i, res.Epoch, e.Committee.Epoch)
		}
	}
	if src.seen.Load() != 2 {
		t.Fatalf("the disperser reported a newer epoch %d times, want 2", src.seen.Load())
	}
}

// behindTransport answers a member's first two dispersals with
// wrong_epoch naming the epoch before the header's: members that have not
// yet seen the epoch change.
type behindTransport struct {
	disperser.Transport
	mu    sync.Mutex
	tries map[string]int
}

func (b *behindTransport) Disperse(ctx context.Context, m *p2p.Member, h *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	b.mu.Lock()
	b.tries[string(m.PeerID)]++
	n := b.tries[string(m.PeerID)]
	b.mu.Unlock()
	if n <= 2 {
		return nil, &wire.RejectError{Code: wire.CodeWrongEpoch, Epoch: h.Core.Epoch - 1, Message: "not there yet"}
	}
	return b.Transport.Disperse(ctx, m, h, cols, shard)
}

// TestMembersBehindEpoch: the disperser is on the new epoch, the members
// not yet; their wrong_epoch refusals are retried until they catch up,
// within the one dispersal.
func TestMembersBehindEpoch(t *testing.T) {
	r := testRand(t)
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3,
		WrapTransport: func(tr disperser.Transport) disperser.Transport {
			return &behindTransport{Transport: tr, tries: map[string]int{}}
		}})
	ctx := timeout(t, 2*time.Minute)
	// Through the Go API: the HTTP client would retry the whole post.
	res, err := e.Disperser.Put(ctx, randomBytes(r, 1234), disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Signers) < 3 {
		t.Fatalf("%d signers", len(res.Signers))
	}
}

// TestStuckCertifyReplaced: a certify transaction that is not mined in
// time is replaced (same nonce, higher fees); once blocks come again the
// blob ends certified, by one of the replacements.
func TestStuckCertifyReplaced(t *testing.T) {
	r := testRand(t)
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true, BlockTime: 100 * time.Millisecond})
	ctx := timeout(t, 2*time.Minute)
	res, err := e.Disperser.Put(ctx, randomBytes(r, 900), disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hdr, err := res.DecodeHeader()
	if err != nil {
		t.Fatal(err)
	}
	cert, err := res.DecodeCertificate()
	if err != nil {
		t.Fatal(err)
	}
	c, err := l1.New(ctx, e.Sim.Client(), e.Contract.Address(), l1.WithPollInterval(10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	cf := disperser.NewL1Certifier(c, e.Admin)
	cf.SetReplaceAfter(300 * time.Millisecond)
	e.PauseMining(true)
	type out struct {
		rc  disperser.Receipt
		err error
	}
	done := make(chan out, 1)
	go func() {
		rc, err := cf.Certify(ctx, &hdr.Core, cert)
		done <- out{rc, err}
	}()
	deadline := time.Now().Add(time.Minute)
	for cf.Replaced() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("%d replacements after a minute without blocks", cf.Replaced())
		}
		time.Sleep(50 * time.Millisecond)
	}
	e.PauseMining(false)
	o := <-done
	if o.err != nil {
		t.Fatal(o.err)
	}
	got, ok, err := e.Contract.Certification(ctx, res.BlobID)
	if err != nil || !ok || got.HeaderHash != res.HeaderHash {
		t.Fatalf("contract certification %+v, %v, %v", got, ok, err)
	}
	t.Logf("certified by tx %s in block %d after %d replacements", o.rc.TxHash, o.rc.Block, cf.Replaced())
}
