package node

import (
	"context"
	crand "crypto/rand"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

const testChainID = 1337

var testCommitteeAddr = p2p.Address{0xc0, 0xff, 0xee}

// testNet is a committee of real nodes on loopback (TCP and QUIC on
// 127.0.0.1, in-memory badger) plus a disperser host they authorize.
type testNet struct {
	t         testing.TB
	kzg       *kzg.Context
	keys      []*bls.SecretKey
	committee *p2p.Committee
	src       *p2p.StaticSource
	nodes     []*Node
	cfgs      []Config
	disperser host.Host
	// skew is added to every node's clock (time.Now): tests move the
	// nodes' time forward past expiries with it.
	skew   atomic.Int64
	cancel context.CancelFunc
	done   sync.WaitGroup
}

func testKZG(t testing.TB) *kzg.Context {
	t.Helper()
	ctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	return ctx
}

// testConfig is DevConfig for the test chain, listening on loopback.
func testConfig() Config {
	cfg := DevConfig()
	cfg.ChainID = testChainID
	cfg.CommitteeAddress = testCommitteeAddr
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	cfg.Store.MemTableSize = 4 << 20
	cfg.Limits.NetworkMemory = 64 << 20
	return cfg
}

// newTestNet starts n nodes with threshold t and replication 2. mutate, if
// not nil, adjusts each node's config.
func newTestNet(t testing.TB, n, threshold int, mutate func(i int, c *Config)) *testNet {
	t.Helper()
	tn := &testNet{t: t, kzg: testKZG(t)}
	dpriv, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	tn.disperser, err = p2p.NewHost(dpriv, []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tn.disperser.Close() })

	ids := make([]peer.ID, n)
	committee := &p2p.Committee{Epoch: 1, Threshold: threshold, Replication: 2}
	idKeys := make([]crypto.PrivKey, n)
	for i := range n {
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		tn.keys = append(tn.keys, sk)
		priv, err := p2p.GenerateIdentity()
		if err != nil {
			t.Fatal(err)
		}
		idKeys[i] = priv
		ids[i], _ = peer.IDFromPrivateKey(priv)
		committee.Members = append(committee.Members, p2p.Member{PublicKey: sk.PublicKey(), PeerID: ids[i], ProofOfPossession: sk.ProvePossession()})
	}
	tn.committee = committee
	tn.src = p2p.NewStaticSource(committee)
	ctx, cancel := context.WithCancel(context.Background())
	tn.cancel = cancel
	for i := range n {
		cfg := testConfig()
		cfg.Dispersers = []string{tn.disperser.ID().String()}
		cfg.Committee.Static = committee.StaticConfig()
		if mutate != nil {
			mutate(i, &cfg)
		}
		nd, err := New(ctx, cfg, Deps{
			Key: tn.keys[i], Identity: idKeys[i], Committee: tn.src, KZG: tn.kzg,
			Now: func() time.Time { return time.Now().Add(time.Duration(tn.skew.Load())) },
		})
		if err != nil {
			cancel()
			t.Fatalf("node %d: %v", i, err)
		}
		tn.nodes = append(tn.nodes, nd)
		tn.cfgs = append(tn.cfgs, cfg)
		tn.done.Add(1)
		go func() {
			defer tn.done.Done()
			if err := nd.Run(ctx); err != nil {
				t.Errorf("node %d: Run: %v", i, err)
			}
		}()
	}
	t.Cleanup(tn.stop)
	return tn
}

func (tn *testNet) stop() {
	tn.cancel()
	tn.done.Wait()
}

// header returns the header of square sq for the net's chain and epoch,
// expiring in two weeks.
func (tn *testNet) header(sq *kzg.Square, epoch uint64) *dac.Header {
	return &dac.Header{
		Core: dac.HeaderCore{
			Version:         dac.FormatVersion,
			ChainID:         testChainID,
			Size:            uint64(sq.Size),
			K:               uint32(sq.K),
			CommitmentsRoot: sq.Root,
			Expiry:          uint64(time.Now().Add(14 * 24 * time.Hour).Unix()),
			Epoch:           epoch,
		},
		Commitments: append([]kzg.Commitment(nil), sq.Commitments...),
	}
}

// columns returns the given columns of sq as wire columns (copies), as a
// disperser sends them: without the known-zero rows.
func columns(sq *kzg.Square, idx []uint8) []*wire.Column {
	out := make([]*wire.Column, len(idx))
	for i, c := range idx {
		col := &wire.Column{Index: c}
		for r := range sq.Rows() {
			if sq.KnownZero(r) {
				continue
			}
			col.Cells = append(col.Cells, sq.Cells[r][c])
			col.Proofs = append(col.Proofs, sq.Proofs[r][c])
		}
		out[i] = col
	}
	return out
}

// custodyOf returns member m's columns of the blob under header h.
func (tn *testNet) custodyOf(h *dac.Header, m int) []uint8 {
	c, err := tn.committee.Custody()
	if err != nil {
		tn.t.Fatal(err)
	}
	return custodyColumns(c, h.BlobID(), m)
}

// disperseTo sends member m its custody columns of sq under h.
func (tn *testNet) disperseTo(ctx context.Context, sq *kzg.Square, h *dac.Header, m int) (*wire.Attestation, error) {
	return p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, columns(sq, tn.custodyOf(h, m)))
}

// disperseAll sends every member its columns at once and returns the
// attestations (nil where a member refused) and the errors.
func (tn *testNet) disperseAll(ctx context.Context, sq *kzg.Square, h *dac.Header) ([]*wire.Attestation, []error) {
	atts := make([]*wire.Attestation, len(tn.nodes))
	errs := make([]error, len(tn.nodes))
	var wg sync.WaitGroup
	for m := range tn.nodes {
		wg.Go(func() { atts[m], errs[m] = tn.disperseTo(ctx, sq, h, m) })
	}
	wg.Wait()
	return atts, errs
}

// checkAttestation verifies an attestation's BLS signature against member
// m's key and the attest message of h.
func (tn *testNet) checkAttestation(att *wire.Attestation, h *dac.Header, m int) {
	tn.t.Helper()
	if att == nil {
		tn.t.Fatalf("member %d: no attestation", m)
	}
	if int(att.Member) != m || att.HeaderHash != h.Hash() || att.Epoch != h.Core.Epoch {
		tn.t.Fatalf("member %d: attestation for member %d, header %x, epoch %d", m, att.Member, att.HeaderHash, att.Epoch)
	}
	sig, err := bls.SignatureFromBytes(att.Signature[:])
	if err != nil {
		tn.t.Fatalf("member %d: signature: %v", m, err)
	}
	msg := dac.AttestMessage(testChainID, testCommitteeAddr, h.Core.Epoch, h.Hash())
	if err := bls.Verify(tn.keys[m].PublicKey(), msg[:], sig); err != nil {
		tn.t.Fatalf("member %d: %v", m, err)
	}
}

// wantCode fails unless err is a rejection with code.
func wantCode(t testing.TB, err error, code wire.Code) *wire.RejectError {
	t.Helper()
	var rej *wire.RejectError
	if !errors.As(err, &rej) || rej.Code != code {
		t.Fatalf("got %v, want a %s rejection", err, code)
	}
	return rej
}

// assertNothingStored fails if node m holds anything of blob id.
func (tn *testNet) assertNothingStored(m int, h *dac.Header) {
	tn.t.Helper()
	if _, err := tn.nodes[m].Store().Blob(h.BlobID()); !errors.Is(err, ErrNotFound) {
		tn.t.Fatalf("member %d: blob record after a refusal: %v", m, err)
	}
	if _, _, err := tn.nodes[m].Store().Header(h.Hash()); !errors.Is(err, ErrNotFound) {
		tn.t.Fatalf("member %d: header record after a refusal: %v", m, err)
	}
	for _, col := range tn.custodyOf(h, m) {
		if _, err := tn.nodes[m].Store().Cell(h.BlobID(), 0, col); !errors.Is(err, ErrNotFound) {
			tn.t.Fatalf("member %d: cell (0, %d) after a refusal: %v", m, col, err)
		}
	}
}

// assertHealthy fails unless node m reports healthy and still accepts a
// valid dispersal of fixture blob 0 (a fresh header each time).
func (tn *testNet) assertHealthy(ctx context.Context, m int) {
	tn.t.Helper()
	if err := tn.nodes[m].Healthy(); err != nil {
		tn.t.Fatalf("member %d unhealthy: %v", m, err)
	}
	sq := testSquare(tn.t, 0)
	h := tn.header(sq, tn.committee.Epoch)
	h.Core.Expiry -= uint64(time.Now().UnixNano() % 100000) // a header not seen before
	att, err := tn.disperseTo(ctx, sq, h, m)
	if err != nil {
		tn.t.Fatalf("member %d refuses a valid dispersal after hostile input: %v", m, err)
	}
	tn.checkAttestation(att, h, m)
}
