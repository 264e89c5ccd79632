package disperser_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// fakeMember is how one member of the in-memory committee behaves.
type fakeMember struct {
	sk      *bls.SecretKey
	behave  string // "ok", "down", "block", "busy" (refuses twice, retryably, then ok)
	refused atomic.Int32
	mu      sync.Mutex
	cols    map[dac.BlobID]map[uint8]*wire.Column
	hdrs    map[dac.BlobID]*dac.Header
	shards  map[dac.BlobID]*wire.ArchiveShard
}

// fakeNet is a Transport to an in-memory committee: members verify
// nothing but sign correctly (or misbehave as told) and serve back what
// they were sent. It exercises the disperser's own logic without libp2p.
type fakeNet struct {
	chainID   uint64
	committee [20]byte
	members   map[peer.ID]*fakeMember
	order     []peer.ID
	gate      chan struct{} // "block" members wait for it (or their deadline)
	readGate  chan struct{} // when set, every FetchCells waits for it
	reads     atomic.Int32
	disperses atomic.Int32
	cancelled atomic.Int32 // "block" members whose context ended
}

func (f *fakeNet) Disperse(ctx context.Context, m *p2p.Member, h *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	f.disperses.Add(1)
	fm := f.members[m.PeerID]
	switch fm.behave {
	case "down":
		return nil, errors.New("connection refused")
	case "block":
		select {
		case <-ctx.Done():
			f.cancelled.Add(1)
			return nil, ctx.Err()
		case <-f.gate:
		}
	case "busy":
		if fm.refused.Add(1) <= 2 {
			return nil, &wire.RejectError{Code: wire.CodeRateLimited, Message: "busy"}
		}
	}
	fm.mu.Lock()
	id := h.BlobID()
	fm.hdrs[id] = h
	fm.cols[id] = map[uint8]*wire.Column{}
	for _, c := range cols {
		fm.cols[id][c.Index] = c
	}
	if shard != nil {
		if fm.shards == nil {
			fm.shards = map[dac.BlobID]*wire.ArchiveShard{}
		}
		fm.shards[id] = shard
	}
	fm.mu.Unlock()
	msg := dac.AttestMessage(f.chainID, f.committee, h.Core.Epoch, h.Hash())
	return &wire.Attestation{HeaderHash: h.Hash(), Epoch: h.Core.Epoch, Member: f.index(m.PeerID), Signature: fm.sk.Sign(msg[:]).Bytes()}, nil
}

func (f *fakeNet) index(p peer.ID) uint16 {
	for i, id := range f.order {
		if id == p {
			return uint16(i)
		}
	}
	return 0xffff
}

func (f *fakeNet) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	fm := f.members[m.PeerID]
	if fm.behave == "down" {
		return nil, nil, errors.New("connection refused")
	}
	f.reads.Add(1)
	if f.readGate != nil {
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-f.readGate:
		}
	}
	fm.mu.Lock()
	defer fm.mu.Unlock()
	h, ok := fm.hdrs[req.Blob]
	if !ok {
		return nil, nil, &wire.RejectError{Code: wire.CodeNotFound}
	}
	var items []wire.CellItem
	for _, ref := range req.Cells {
		c, ok := fm.cols[req.Blob][ref.Col]
		if !ok {
			return nil, nil, &wire.RejectError{Code: wire.CodeNotCustodian}
		}
		it := wire.CellItem{CellRef: ref, Proof: kzg.IdentityProof} // a known-zero cell unless stored
		if i, ok := h.StoredIndex(int(ref.Row)); ok {
			it.Cell, it.Proof = c.Cells[i], c.Proofs[i]
		}
		items = append(items, it)
	}
	return h, items, nil
}

// FetchShard serves the member's archive shard, checked against the
// root as p2p.FetchShard checks it.
func (f *fakeNet) FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error) {
	fm := f.members[m.PeerID]
	if fm.behave == "down" {
		return nil, nil, errors.New("connection refused")
	}
	fm.mu.Lock()
	defer fm.mu.Unlock()
	h, s := fm.hdrs[id], fm.shards[id]
	if h == nil || s == nil {
		return nil, nil, &wire.RejectError{Code: wire.CodeNotFound}
	}
	c := &h.Core
	size := erasure.ArchiveShardSize(int(c.Size), int(c.ArchiveData))
	if err := erasure.VerifyArchiveShard(c.ArchiveRoot, int(c.ArchiveTotal), size, int(s.Index), s.Data, s.Proof); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", p2p.ErrBadResponse, err)
	}
	return h, s, nil
}

// certifier is a Certifier that succeeds or fails as told, counting
// calls: fail is a contract revert (not retried), transient the number of
// calls that fail like a lost connection first (retried).
type certifier struct {
	fail      bool
	transient atomic.Int32
	calls     atomic.Int32
}

func (c *certifier) Certify(ctx context.Context, h *dac.HeaderCore, cert *dac.Certificate) (disperser.Receipt, error) {
	c.calls.Add(1)
	if c.fail {
		return disperser.Receipt{}, &l1.RevertError{Name: "InsufficientSigners"}
	}
	if c.transient.Add(-1) >= 0 {
		return disperser.Receipt{}, errors.New("connection refused")
	}
	return disperser.Receipt{TxHash: fmt.Sprintf("0x%x", h.Hash()), Block: 7, Gas: 123}, nil
}

type fakeEnv struct {
	net  *fakeNet
	d    *disperser.Disperser
	srv  *httptest.Server
	c    *client.Client
	cert *certifier
	reg  *prometheus.Registry
}

// newFake builds a disperser over an in-memory committee of n members
// with threshold t whose behaviours are given (missing ones are "ok").
func newFake(t *testing.T, n, th int, behave map[int]string, tweak func(*disperser.Config)) *fakeEnv {
	t.Helper()
	k, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Encode(nil); err != nil { // builds the prover tables once, outside any deadline
		t.Fatal(err)
	}
	f := &fakeNet{chainID: 7, committee: [20]byte{9}, members: map[peer.ID]*fakeMember{}, gate: make(chan struct{})}
	c := &p2p.Committee{Epoch: 3, Threshold: th, Replication: 2}
	for i := range n {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := p2p.GenerateIdentity()
		pid, _ := peer.IDFromPrivateKey(id)
		b := behave[i]
		if b == "" {
			b = "ok"
		}
		f.members[pid] = &fakeMember{sk: sk, behave: b, cols: map[dac.BlobID]map[uint8]*wire.Column{}, hdrs: map[dac.BlobID]*dac.Header{}}
		f.order = append(f.order, pid)
		c.Members = append(c.Members, p2p.Member{PublicKey: sk.PublicKey(), PeerID: pid})
	}
	cfg := disperser.DevConfig()
	cfg.HTTPAddr = ""
	cfg.ChainID, cfg.CommitteeAddress = f.chainID, f.committee
	cfg.LogLevel = "error"
	if tweak != nil {
		tweak(&cfg)
	}
	cert := &certifier{}
	reg := prometheus.NewRegistry()
	d, err := disperser.New(cfg, disperser.Deps{Committee: p2p.NewStaticSource(c), Transport: f, KZG: k, Certifier: cert, Registry: reg})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(d.Handler())
	t.Cleanup(func() {
		srv.Close()
		d.Close()
	})
	return &fakeEnv{net: f, d: d, srv: srv, c: newClient(t, srv.URL, client.WithAttempts(1)), cert: cert, reg: reg}
}

func TestHTTPErrors(t *testing.T) {
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) { c.MaxBlobSize = 1000 })
	blob := dac.BlobID{0xab}
	tests := []struct {
		name, method, path string
		body               []byte
		status             int
		code               api.Code
	}{
		{"too large", "POST", "/v1/blobs", make([]byte, 1001), 413, api.CodeTooLarge},
		{"too large alt-da", "POST", "/put", make([]byte, 5000), 413, api.CodeTooLarge},
		{"bad l1 mode", "POST", "/v1/blobs?l1=sometimes", []byte("x"), 400, api.CodeMalformed},
		{"bad blob id", "GET", "/v1/blobs/0x1234", nil, 400, api.CodeMalformed},
		{"unknown status", "GET", "/v1/blobs/" + blob.String() + "/status", nil, 404, api.CodeNotFound},
		{"unknown certificate", "GET", "/v1/blobs/" + blob.String() + "/certificate", nil, 404, api.CodeNotFound},
		{"unknown blob", "GET", "/v1/blobs/" + blob.String(), nil, 404, api.CodeNotFound},
		{"method", "DELETE", "/v1/blobs", nil, 405, api.CodeMethod},
		{"method on blob", "POST", "/v1/blobs/" + blob.String(), nil, 405, api.CodeMethod},
		{"no route", "GET", "/v2/things", nil, 404, api.CodeNotFound},
		{"keccak commitment", "GET", "/get/0x00" + strings.Repeat("11", 32), nil, 400, api.CodeMalformed},
		{"other DA layer", "GET", "/get/0x0100" + strings.Repeat("11", 32), nil, 400, api.CodeMalformed},
		{"bad put commitment", "POST", "/put/0xzz", []byte("x"), 400, api.CodeMalformed},
		{"wrong put commitment", "POST", "/put/" + api.NewCommitment(blob).String(), []byte("abc"), 400, api.CodeMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, e.srv.URL+tt.path, bytes.NewReader(tt.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if ct := resp.Header.Get("Content-Type"); ct != api.MediaJSON {
				t.Fatalf("content type %q", ct)
			}
			if !bytes.Contains(b, []byte(`"code":"`+string(tt.code)+`"`)) {
				t.Fatalf("body %s, want code %s", b, tt.code)
			}
		})
	}
	// A mode that needs L1 is refused when the request asks for it and
	// none is configured... here one is, so it works; the health report
	// names the committee.
	h, err := e.c.Health(context.Background())
	if err != nil || h.Status != "ok" || h.Members != 4 || h.Threshold != 3 || h.Epoch != 3 {
		t.Fatalf("health = %+v, %v", h, err)
	}
}

func TestL1ModeNeedsCertifier(t *testing.T) {
	cfg := disperser.DevConfig()
	cfg.ChainID = 1
	cfg.L1Mode = api.L1Wait
	if _, err := disperser.New(cfg, disperser.Deps{Committee: p2p.NewStaticSource(&p2p.Committee{}), Transport: &fakeNet{}}); err == nil {
		t.Fatal("New accepted l1_mode wait without a certifier")
	}
}

func TestQueueFullAndTimeout(t *testing.T) {
	e := newFake(t, 4, 3, map[int]string{0: "block", 1: "block", 2: "block", 3: "block"}, func(c *disperser.Config) {
		c.Workers, c.QueueSize = 1, 1
		c.MemberTimeout = p2p.Duration(30 * time.Second)
		c.DisperseTimeout = p2p.Duration(30 * time.Second)
	})
	ctx := timeout(t, time.Minute)
	errs := make(chan error, 2)
	for i := range 2 {
		go func() {
			_, err := e.c.Put(ctx, []byte{byte(i)})
			errs <- err
		}()
		// Wait until the first runs and the second waits in the queue.
		for deadline := time.Now().Add(30 * time.Second); ; {
			h, err := e.c.Health(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if h.InFlight == 1 && h.Queue == i {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("health %+v: the dispersal did not start or queue", h)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	var ae *api.Error
	if _, err := e.c.Put(ctx, []byte{2}); !errors.As(err, &ae) || ae.Code != api.CodeQueueFull || ae.Code.Status() != 429 {
		t.Fatalf("third put: %v, want queue_full", err)
	}
	close(e.net.gate)
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("queued put: %v", err)
		}
	}

	// Members that never answer: 504 naming them, and no certificate.
	// The deadline covers encoding too, so it is set well above what
	// encoding this blob takes here (under -race that is much slower).
	k, _ := kzg.Default()
	t0 := time.Now()
	if _, err := k.Encode([]byte("slow")); err != nil {
		t.Fatal(err)
	}
	deadline := 4*time.Since(t0) + 300*time.Millisecond
	e2 := newFake(t, 4, 3, map[int]string{1: "block", 2: "block"}, func(c *disperser.Config) {
		c.MemberTimeout = p2p.Duration(time.Minute)
		c.DisperseTimeout = p2p.Duration(deadline)
	})
	_, err := e2.c.Put(ctx, []byte("slow"))
	if !errors.As(err, &ae) || ae.Code != api.CodeTimeout || ae.Code.Status() != 504 {
		t.Fatalf("put to silent members: %v, want timeout", err)
	}
	if len(ae.Members) != 2 || ae.Members[0].Member != 1 || ae.Members[1].Member != 2 {
		t.Fatalf("timeout names %+v, want members 1 and 2", ae.Members)
	}
}

func TestRetryableRefusalAndDedup(t *testing.T) {
	e := newFake(t, 6, 4, map[int]string{2: "busy", 5: "down"}, func(c *disperser.Config) {
		// Every answering member must store, however loaded the machine.
		c.LateMemberGrace = p2p.Duration(time.Minute)
	})
	ctx := timeout(t, time.Minute)
	data := []byte("the same bytes, posted by many at once")
	var wg sync.WaitGroup
	results := make([]*api.PutResult, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := e.c.Put(ctx, data)
			if err != nil {
				t.Error(err)
			}
			results[i] = res
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	for _, r := range results[1:] {
		if r.BlobID != results[0].BlobID || !bytes.Equal(r.Certificate, results[0].Certificate) {
			t.Fatal("concurrent posts of the same bytes got different answers")
		}
	}
	// Member 2 refused twice then signed; member 5 is down. Everyone else
	// answers, so the members that stored it are all but 5 once the
	// background finishes.
	for deadline := time.Now().Add(10 * time.Second); ; {
		st, err := e.c.Status(ctx, results[0].BlobID)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(st.Stored) == "[0 1 2 3 4]" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stored by %v, want [0 1 2 3 4]", st.Stored)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// One dispersal: 6 members, member 2 asked three times.
	if got := e.net.disperses.Load(); got != 6+2 {
		t.Fatalf("%d Disperse calls, want 8 (one dispersal, two retries)", got)
	}
	back, err := e.c.Get(ctx, results[0].BlobID)
	if err != nil || !bytes.Equal(back, data) {
		t.Fatalf("get: %v", err)
	}
}

func TestL1Modes(t *testing.T) {
	e := newFake(t, 4, 3, nil, nil)
	ctx := timeout(t, time.Minute)
	res, err := e.c.Put(ctx, []byte("async"), client.WithL1(api.L1Async))
	if err != nil {
		t.Fatal(err)
	}
	if res.L1 == nil || res.L1.Mode != api.L1Async {
		t.Fatalf("L1 status %+v", res.L1)
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		st, err := e.c.Status(ctx, res.BlobID)
		if err != nil {
			t.Fatal(err)
		}
		if st.L1 != nil && st.L1.State == api.L1Confirmed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 status %+v, never confirmed", st.L1)
		}
		time.Sleep(5 * time.Millisecond)
	}
	// Asking again to wait does not submit again.
	res, err = e.c.Put(ctx, []byte("async"), client.WithL1(api.L1Wait))
	if err != nil || !res.Duplicate || res.L1.State != api.L1Confirmed || e.cert.calls.Load() != 1 {
		t.Fatalf("second put: %+v, %v, %d certify calls", res.L1, err, e.cert.calls.Load())
	}
	// A failing submission in wait mode: the client reports it with the
	// result; posting again tries again.
	e.cert.fail = true
	res, err = e.c.Put(ctx, []byte("wait"), client.WithL1(api.L1Wait))
	if !errors.Is(err, client.ErrL1Failed) || res == nil || res.L1.State != api.L1Failed {
		t.Fatalf("failing L1: %v, %+v", err, res)
	}
	if _, err := e.c.Put(ctx, []byte("wait"), client.WithL1(api.L1Wait)); !errors.Is(err, client.ErrL1Failed) || e.cert.calls.Load() != 3 {
		t.Fatalf("retry of a failed submission: %v after %d calls", err, e.cert.calls.Load())
	}
	// A submission failing twice like a lost connection is retried and
	// ends confirmed (two retries, with 1 s and 2 s backoff).
	e.cert.fail = false
	e.cert.transient.Store(2)
	before := e.cert.calls.Load()
	res, err = e.c.Put(ctx, []byte("flaky"), client.WithL1(api.L1Wait))
	if err != nil || res.L1.State != api.L1Confirmed || e.cert.calls.Load()-before != 3 {
		t.Fatalf("flaky L1: %+v, %v after %d calls", res.L1, err, e.cert.calls.Load()-before)
	}
	// Off: nothing submitted.
	if res, err := e.c.Put(ctx, []byte("off")); err != nil || res.L1 != nil {
		t.Fatalf("off: %+v, %v", res, err)
	}
}

func TestRetrievalLimit(t *testing.T) {
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) { c.MaxRetrievals = 1 })
	ctx := timeout(t, time.Minute)
	res, err := e.c.Put(ctx, []byte("read me"))
	if err != nil {
		t.Fatal(err)
	}
	e.net.readGate = make(chan struct{})
	done := make(chan error, 1)
	go func() {
		back, err := e.c.Get(ctx, res.BlobID)
		if err == nil && string(back) != "read me" {
			err = errors.New("wrong bytes")
		}
		done <- err
	}()
	for deadline := time.Now().Add(30 * time.Second); e.net.reads.Load() == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the first Get never reached the members")
		}
		time.Sleep(time.Millisecond)
	}
	var ae *api.Error
	if _, err := e.c.Get(ctx, res.BlobID); !errors.As(err, &ae) || ae.Code != api.CodeQueueFull || ae.Code.Status() != 429 {
		t.Fatalf("second Get while one runs: %v, want queue_full", err)
	}
	close(e.net.readGate)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
