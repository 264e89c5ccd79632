package node

import (
	"context"
	crand "crypto/rand"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// randomSquare encodes a blob of exactly k full data rows of random bytes.
func randomSquare(tb testing.TB, kctx *kzg.Context, k int, seed uint64) *kzg.Square {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	data := make([]byte, k*erasure.RowPayloadBytes)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	sq, err := kctx.Encode(data)
	if err != nil {
		tb.Fatal(err)
	}
	return sq
}

// histSum returns a histogram's sum and count.
func histSum(h prometheus.Histogram) (float64, uint64) {
	var m dto.Metric
	if err := h.Write(&m); err != nil {
		panic(err)
	}
	return m.Histogram.GetSampleSum(), m.Histogram.GetSampleCount()
}

// benchNode starts one node (member 0 of a 16-member committee whose other
// members need not run) and a disperser host, on loopback.
func benchNode(b *testing.B, kctx *kzg.Context, inMemory bool) (*Node, *testNet) {
	c, keys := testStaticCommittee(b, 16, 11)
	priv, _ := p2p.GenerateIdentity()
	tn := &testNet{t: b, kzg: kctx, keys: keys, committee: c}
	dpriv, _ := p2p.GenerateIdentity()
	var err error
	tn.disperser, err = p2p.NewHost(dpriv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { tn.disperser.Close() })
	cfg := testConfig()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.Dispersers = []string{tn.disperser.ID().String()}
	cfg.Store = DefaultStoreConfig()
	if inMemory {
		cfg.Store.InMemory = true
	} else {
		cfg.Store.Dir = b.TempDir()
	}
	c.Members[0].PeerID, _ = peer.IDFromPrivateKey(priv)
	cfg.Committee.Static = c.StaticConfig()
	n, err := New(context.Background(), cfg, Deps{Key: keys[0], Identity: priv, Committee: p2p.NewStaticSource(c), KZG: kctx})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { n.Close() })
	tn.nodes = []*Node{n}
	return n, tn
}

// BenchmarkIngest measures one node ingesting k=64 blobs (and k=16) over
// loopback TCP: receive the 16 custody columns of a 16-member committee
// (r=2), verify every cell in one batch, write and sync to badger, sign.
// Bytes are the custody cells and proofs; verify-ms and store-ms split the
// time. Each iteration is a new header with a later expiry, so the node
// verifies and rewrites everything (no replay shortcut).
func BenchmarkIngest(b *testing.B) {
	kctx := testKZG(b)
	for _, tc := range []struct {
		k        int
		inMemory bool
	}{{16, false}, {64, false}, {64, true}} {
		store := "disk"
		if tc.inMemory {
			store = "memory"
		}
		b.Run(fmt.Sprintf("k=%d/store=%s", tc.k, store), func(b *testing.B) {
			sq := randomSquare(b, kctx, tc.k, uint64(tc.k))
			n, tn := benchNode(b, kctx, tc.inMemory)
			h := tn.header(sq, tn.committee.Epoch)
			cols := columns(sq, tn.custodyOf(h, 0))
			b.SetBytes(int64(len(cols) * sq.Rows() * cellValueSize))
			b.ReportAllocs()
			ctx := context.Background()
			v0, _ := histSum(n.metrics.verifySeconds)
			s0, _ := histSum(n.metrics.storeSeconds)
			cpu0 := cpuTime()
			iters := 0
			for b.Loop() {
				h.Core.Expiry++
				if _, err := p2p.Disperse(ctx, tn.disperser, n.AddrInfo(), h, cols); err != nil {
					b.Fatal(err)
				}
				iters++
			}
			v1, _ := histSum(n.metrics.verifySeconds)
			s1, _ := histSum(n.metrics.storeSeconds)
			b.ReportMetric((v1-v0)*1000/float64(iters), "verify-ms/op")
			b.ReportMetric((s1-s0)*1000/float64(iters), "store-ms/op")
			// CPU time of the whole process (node and disperser): steadier
			// than wall time on a shared machine.
			b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(iters), "cpu-ms/op")
		})
	}
}

// BenchmarkSign is the attestation signature alone, for scale.
func BenchmarkSign(b *testing.B) {
	sk, _ := bls.GenerateKey(crand.Reader)
	msg := dac.AttestMessage(1, [20]byte{}, 1, dac.HeaderHash{1})
	b.ReportAllocs()
	for b.Loop() {
		sk.Sign(msg[:])
	}
}
