package retrieve_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	mrand "math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func randomBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

// countingCommittees records the epochs asked for.
type countingCommittees struct {
	retrieve.Committees
	mu     sync.Mutex
	epochs []uint64
}

func (c *countingCommittees) CommitteeAt(ctx context.Context, epoch uint64) (*p2p.Committee, error) {
	c.mu.Lock()
	c.epochs = append(c.epochs, epoch)
	c.mu.Unlock()
	return c.Committees.CommitteeAt(ctx, epoch)
}

func (c *countingCommittees) asked() []uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.epochs)
}

// slowHonest delays every member's answer to a one-cell request (the
// header probe) except member first's, so that member answers first.
type slowHonest struct {
	retrieve.Transport
	first string
}

func (s *slowHonest) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	if len(req.Cells) == 1 && string(m.PeerID) != s.first {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	return s.Transport.FetchCells(ctx, m, req)
}

// rowGuard records the highest row any request asks for.
type rowGuard struct {
	retrieve.Transport
	mu  sync.Mutex
	max int
}

func (g *rowGuard) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	g.mu.Lock()
	for _, c := range req.Cells {
		g.max = max(g.max, int(c.Row))
	}
	g.mu.Unlock()
	return g.Transport.FetchCells(ctx, m, req)
}

// otherHeader answers for member `member` with the header it got, its
// expiry changed: still blob id's header (same commitments), but not the
// certified one.
type otherHeader struct {
	retrieve.Transport
	member string
}

func (o *otherHeader) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	h, items, err := o.Transport.FetchCells(ctx, m, req)
	if err == nil && string(m.PeerID) == o.member {
		c := *h
		c.Core.Expiry++
		h = &c
	}
	return h, items, err
}

type fixture struct {
	e          *dispersertest.Env
	tr         retrieve.Transport // the retriever's own host
	disperseTr disperser.Transport
	committees *countingCommittees
}

func newFixture(t *testing.T, o dispersertest.Options) *fixture { return newFixtureTB(t, o) }

func newFixtureTB(t testing.TB, o dispersertest.Options) *fixture {
	f := &fixture{}
	o.L1 = true
	o.WrapTransport = func(in disperser.Transport) disperser.Transport { f.disperseTr = in; return in }
	f.e = dispersertest.New(t, o)
	id, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(id, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	f.tr = retrieve.NewP2P(h, f.e.KZG, erasure.DefaultMaxRows)
	f.committees = &countingCommittees{Committees: retrieve.L1Committees{Contract: f.e.Contract}}
	return f
}

func (f *fixture) retriever(t testing.TB, tr retrieve.Transport) *retrieve.Retriever {
	if tr == nil {
		tr = f.tr
	}
	cfg := retrieve.DefaultConfig(dispersertest.ChainID, f.e.Address)
	cfg.FetchTimeout = 20 * time.Second
	cfg.CommitteeTTL = 0
	r, err := retrieve.New(cfg, retrieve.Deps{Transport: tr, Committees: f.committees, Certifications: f.e.Contract, KZG: f.e.KZG})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (f *fixture) put(t *testing.T, ctx context.Context, data []byte, mode api.L1Mode) *api.PutResult {
	t.Helper()
	res, err := f.e.Disperser.Put(ctx, data, disperser.PutOptions{L1: mode})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func checkBlob(t *testing.T, b *retrieve.Blob, data []byte, tier retrieve.Tier) {
	t.Helper()
	if !bytes.Equal(b.Bytes(), data) {
		t.Fatal("bytes differ")
	}
	if got, err := b.Canonical(); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("canonical bytes: %v", err)
	}
	if b.Tier != tier || b.Size() != len(data) || len(b.Rows) != erasure.RowsFor(len(data)) {
		t.Fatalf("tier %s size %d rows %d", b.Tier, b.Size(), len(b.Rows))
	}
}

// TestGet runs the library against 8 real members (badger in memory) on
// loopback whose committee lives on a simulated L1, member 1 a liar that
// signs honestly but serves corrupted cells.
func TestGet(t *testing.T) {
	const liar = 1
	f := newFixture(t, dispersertest.Options{Members: 8, Threshold: 6, Liars: []int{liar}})
	e := f.e
	ctx := timeout(t, 5*time.Minute)
	data := randomBytes(t, erasure.RowPayloadBytes+1000) // k = 2
	res := f.put(t, ctx, data, api.L1Wait)

	t.Run("liar answers first, is named and skipped", func(t *testing.T) {
		r := f.retriever(t, &slowHonest{Transport: f.tr, first: string(e.Committee.Members[liar].PeerID)})
		var last retrieve.Progress
		b, err := r.Get(ctx, res.BlobID, retrieve.WithProgress(func(p retrieve.Progress) { last = p }))
		if err != nil {
			t.Fatal(err)
		}
		checkBlob(t, b, data, retrieve.TierHot)
		if last.Done != dac.RecoveryColumns || last.Total != dac.RecoveryColumns || last.Size != len(data) {
			t.Fatalf("last progress %+v", last)
		}
		if len(b.Faults) != 1 || b.Faults[0].Member != liar || b.Faults[0].Peer != e.Committee.Members[liar].PeerID ||
			!errors.Is(b.Faults[0], retrieve.ErrFault) || !errors.Is(b.Faults[0], p2p.ErrBadResponse) {
			t.Fatalf("faults %v, want member %d", b.Faults, liar)
		}
		t.Log(b.Faults[0])
	})

	t.Run("a header that is not the certified one is named", func(t *testing.T) {
		bad := 0
		r := f.retriever(t, &otherHeader{Transport: &slowHonest{Transport: f.tr, first: string(e.Committee.Members[bad].PeerID)},
			member: string(e.Committee.Members[bad].PeerID)})
		b, err := r.Get(ctx, res.BlobID)
		if err != nil {
			t.Fatal(err)
		}
		checkBlob(t, b, data, retrieve.TierHot)
		if len(b.Faults) == 0 || b.Faults[0].Member != bad || b.Faults[0].What != "header" {
			t.Fatalf("faults %v, want member %d's header", b.Faults, bad)
		}
	})

	t.Run("known-zero rows are filled, not fetched", func(t *testing.T) {
		// Three payload rows in k = 4: row 3 is known-zero. The members
		// hold none of it, and the retriever asks for rows 0..2 only.
		data3 := randomBytes(t, 2*erasure.RowPayloadBytes+1000)
		res3 := f.put(t, ctx, data3, api.L1Wait)
		g := &rowGuard{Transport: f.tr}
		b, err := f.retriever(t, g).Get(ctx, res3.BlobID)
		if err != nil {
			t.Fatal(err)
		}
		checkBlob(t, b, data3, retrieve.TierHot)
		if b.Header.Core.K != 4 || len(b.Rows) != 4 || g.max != 2 {
			t.Fatalf("k=%d, %d rows, highest row fetched %d (want 2)", b.Header.Core.K, len(b.Rows), g.max)
		}
	})

	t.Run("cancelled", func(t *testing.T) {
		cctx, ccancel := context.WithCancel(ctx)
		ccancel()
		if _, err := f.retriever(t, nil).Get(cctx, res.BlobID); !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled context: %v", err)
		}
	})

	t.Run("uncertified", func(t *testing.T) {
		r := f.retriever(t, nil)
		var id dac.BlobID
		rand.Read(id[:])
		if _, err := r.Get(ctx, id); !errors.Is(err, retrieve.ErrNotCertified) {
			t.Fatalf("random ID: %v, want ErrNotCertified", err)
		}
		// Certified by the committee, never on L1: refused without the
		// certificate, served with it, refused with a forged one.
		data2 := randomBytes(t, 5000)
		res2 := f.put(t, ctx, data2, api.L1Off)
		if _, err := r.Get(ctx, res2.BlobID); !errors.Is(err, retrieve.ErrNotCertified) {
			t.Fatalf("not on L1: %v, want ErrNotCertified", err)
		}
		cert, err := res2.DecodeCertificate()
		if err != nil {
			t.Fatal(err)
		}
		b, err := r.Get(ctx, res2.BlobID, retrieve.WithCertificate(cert))
		if err != nil {
			t.Fatal(err)
		}
		checkBlob(t, b, data2, retrieve.TierHot)
		forged := *cert
		forged.HeaderHash[0] ^= 1
		if _, err := r.Get(ctx, res2.BlobID, retrieve.WithCertificate(&forged)); !errors.Is(err, retrieve.ErrBadCertificate) {
			t.Fatalf("forged certificate: %v, want ErrBadCertificate", err)
		}
	})

	t.Run("rows with non-zero top bytes", func(t *testing.T) {
		rows, id := f.disperseRows(t, ctx)
		b, err := f.retriever(t, nil).Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Rows) != 1 || !slices.Equal(b.Rows[0], rows[0]) {
			t.Fatal("rows differ from the ones dispersed")
		}
		if _, err := b.Canonical(); !errors.Is(err, erasure.ErrNotPacked) {
			t.Fatalf("canonical view of unpacked rows: %v", err)
		}
		want := retrieve.RowBytes(rows, b.Size())
		if !bytes.Equal(b.Bytes(), want) || len(want) != erasure.RowPayloadBytes {
			t.Fatal("byte view differs")
		}
		for _, i := range []int{0, 1, 4095} {
			el, err := b.Element(i)
			if err != nil || el != rows[0][i].Bytes() {
				t.Fatalf("element %d: %v", i, err)
			}
		}
	})

	t.Run("members down up to the limit", func(t *testing.T) {
		// With the liar, n - t = 2 members may be lost: stop one more,
		// a custodian of data column 0.
		custody, _ := e.Committee.Custody()
		a := custody.Assign(res.BlobID)
		down := -1
		for _, m := range a.Custodians(0) {
			if m != liar {
				down = m
				break
			}
		}
		e.StopNode(down)
		b, err := f.retriever(t, nil).Get(ctx, res.BlobID)
		if err != nil {
			t.Fatal(err)
		}
		checkBlob(t, b, data, retrieve.TierHot)
		t.Logf("member %d down, liar %d: faults %v", down, liar, b.Faults)
	})

	t.Run("after an epoch change the old epoch's custodians are asked", func(t *testing.T) {
		ec := e.ChangeCommittee(l1.Change{Remove: []common.Address{e.Operators[7], e.Operators[6]}, Threshold: 5})
		cur, err := e.Contract.CurrentEpoch(ctx)
		if err != nil || cur != ec.Epoch || ec.Epoch != res.Epoch+1 {
			t.Fatalf("current epoch %d (%v), want %d", cur, err, res.Epoch+1)
		}
		before := len(f.committees.asked())
		b, err := f.retriever(t, nil).Get(ctx, res.BlobID)
		if err != nil {
			t.Fatal(err)
		}
		checkBlob(t, b, data, retrieve.TierHot)
		if asked := f.committees.asked()[before:]; !slices.Equal(asked, []uint64{res.Epoch}) {
			t.Fatalf("committees asked for epochs %v, want only %d", asked, res.Epoch)
		}
	})
}

// disperseRows disperses one data row of random field elements (top
// bytes not zero: no bytes pack into it) to every member with the
// disperser's own transport, aggregates the attestations and certifies
// the header on L1. For k = 1 the parity row is the data row (the column
// extension of a single value is constant).
func (f *fixture) disperseRows(t *testing.T, ctx context.Context) ([][]fr.Element, dac.BlobID) {
	t.Helper()
	e := f.e
	r := mrand.New(mrand.NewPCG(mrand.Uint64(), 1))
	row := make([]fr.Element, erasure.ElementsPerRow)
	for i := range row {
		var b [32]byte
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		row[i].SetBytes(b[:]) // reduced mod r: the top byte is mostly not zero
	}
	com, err := e.KZG.Commit(row)
	if err != nil {
		t.Fatal(err)
	}
	cells, proofs, err := e.KZG.ComputeCellsAndProofs(row)
	if err != nil {
		t.Fatal(err)
	}
	coms := []kzg.Commitment{com, com}
	hdr := &dac.Header{Core: dac.HeaderCore{
		Version: dac.FormatVersion, ChainID: dispersertest.ChainID, Size: erasure.RowPayloadBytes, K: 1,
		CommitmentsRoot: dac.CommitmentsRoot(coms),
		Expiry:          uint64(time.Now().Add(disperser.DevConfig().Retention.D()).Unix()),
		Epoch:           e.Epoch.Epoch,
	}, Commitments: coms}
	id := hdr.BlobID()
	keys := make([]bls.PublicKey, len(e.Committee.Members))
	for i, m := range e.Committee.Members {
		keys[i] = m.PublicKey
	}
	agg, err := dac.NewAggregator(keys, e.Committee.Threshold, dispersertest.ChainID, e.Address, hdr.Core.Epoch, hdr.Hash())
	if err != nil {
		t.Fatal(err)
	}
	custody, _ := e.Committee.Custody()
	a := custody.Assign(id)
	for m := range e.Committee.Members {
		var cols []*wire.Column
		for _, c := range a.Columns(m) {
			cols = append(cols, &wire.Column{Index: uint8(c), Cells: []erasure.Cell{cells[c], cells[c]}, Proofs: []wire.Proof{proofs[c], proofs[c]}})
		}
		att, err := f.disperseTr.Disperse(ctx, &e.Committee.Members[m], hdr, cols, nil)
		if err != nil {
			t.Logf("member %d: %v", m, err)
			continue
		}
		sig, err := bls.SignatureFromBytes(att.Signature[:])
		if err == nil {
			err = agg.Add(m, sig)
		}
		if err != nil {
			t.Logf("member %d: %v", m, err)
		}
	}
	cert, err := agg.Certificate()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.Contract.Certify(ctx, e.Admin, &hdr.Core, cert, e.Epoch); err != nil {
		t.Fatal(err)
	}
	return [][]fr.Element{row}, id
}

// TestGetArchive: with the hot tier expired on every member, Get restores
// the blob from archive shards under the certified archive root.
func TestGetArchive(t *testing.T) {
	var skew atomic.Int64
	f := newFixture(t, dispersertest.Options{Members: 4, Threshold: 3,
		NodeClock: func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }})
	ctx := timeout(t, 5*time.Minute)
	data := randomBytes(t, 3*erasure.RowPayloadBytes/2)
	res := f.put(t, ctx, data, api.L1Wait)
	// Every member stores its shard (the last may still be storing when
	// the certificate is out).
	deadline := time.Now().Add(time.Minute)
	for _, n := range f.e.Nodes {
		for {
			if st, err := n.Stats(); err == nil && st.ArchiveShards == 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("a member never stored its shard")
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	skew.Add(int64(15 * 24 * time.Hour))
	var last retrieve.Progress
	b, err := f.retriever(t, nil).Get(ctx, res.BlobID, retrieve.WithProgress(func(p retrieve.Progress) { last = p }))
	if err != nil {
		t.Fatal(err)
	}
	checkBlob(t, b, data, retrieve.TierArchive)
	if last.Tier != retrieve.TierArchive || last.Done != 3 || last.Total != 3 {
		t.Fatalf("last progress %+v", last)
	}
}
