package bench

import (
	"context"
	crand "crypto/rand"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/samplertest"
)

// frameLen is the encoded size of m in a frame.
func frameLen(t testing.TB, m wire.Message) int64 {
	b, err := wire.AppendFrame(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	return int64(len(b))
}

// cellBatches is the size of the CellBatch frames carrying n cells.
func cellBatches(t testing.TB, n int) int64 {
	var total int64
	for n > 0 {
		b := &wire.CellBatch{Items: make([]wire.CellItem, min(n, wire.MaxBatchCells))}
		total += frameLen(t, b)
		n -= len(b.Items)
	}
	return total
}

// trafficPerBlob returns the bytes a light client downloads to sample
// blob h once (the header, then 30 samples planned over 16 members with
// r = 2), averaged over trials fresh secrets, on /quire/cells/1 (the
// header in every answer; the header fetched by asking one cell) and on
// /quire/cells/2 (a header-only answer once, then answers without it).
// The sizes are those of the real encodings of the answers.
func trafficPerBlob(t testing.TB, h *dac.Header, trials int) (v1, v2, requests float64) {
	cust, err := dac.NewCustody(16, 2)
	if err != nil {
		t.Fatal(err)
	}
	a := cust.Assign(h.BlobID())
	k := int(h.Core.K)
	withHeader := func(items int) int64 { return frameLen(t, &wire.CellsHeader{Header: *h, Items: uint32(items)}) }
	count := frameLen(t, &wire.CellsCount{})
	var s1, s2, nreq int64
	for range trials {
		sec, err := sampler.NewSecret(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		pos, err := sampler.Positions(sec, h.BlobID(), k, sampler.DefaultSamples)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := sampler.NewProgress(pos, nil)
		s1 += withHeader(1) + cellBatches(t, 1) // cells/1: the header came with one cell
		s2 += withHeader(0)                     // cells/2: the header alone
		for _, req := range p.Plan(a, nil) {
			s1 += withHeader(len(req.Cells)) + cellBatches(t, len(req.Cells))
			s2 += count + cellBatches(t, len(req.Cells))
			nreq++
		}
	}
	n := float64(trials)
	return float64(s1) / n, float64(s2) / n, float64(nreq) / n
}

// syntheticHeader is a header of k data rows whose commitments are
// arbitrary points' encodings: only its size matters here.
func syntheticHeader(k int) *dac.Header {
	coms := make([]kzg.Commitment, 2*k)
	for i := range coms {
		coms[i][0] = 0xc0
		coms[i][1] = byte(i)
		coms[i][2] = byte(i >> 8)
	}
	return &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, K: uint32(k), Size: uint64(k) * 100_000,
		CommitmentsRoot: dac.CommitmentsRoot(coms)}, Commitments: coms}
}

// TestSamplerTraffic reports the bytes a light client downloads per
// sampled blob (30 samples, 16 members, r = 2) at k = 4, 64 and 256 on
// /quire/cells/1 and /quire/cells/2, from the real encodings of the
// answers, and checks the computation against the bytes libp2p counts on
// loopback against 16 real storage nodes at k = 4 (both protocols in the
// same run). Run: go test ./bench -run TestSamplerTraffic -v
func TestSamplerTraffic(t *testing.T) {
	const trials = 200
	for _, k := range []int{4, 64, 256} {
		v1, v2, reqs := trafficPerBlob(t, syntheticHeader(k), trials)
		t.Logf("k=%3d: cells/1 %8.0f B/blob, cells/2 %8.0f B/blob (%.2fx less), %.1f requests/blob",
			k, v1, v2, v1/v2, reqs)
		if v2 >= v1 {
			t.Errorf("k=%d: cells/2 downloads %.0f B, cells/1 %.0f B", k, v2, v1)
		}
		// cells/2 carries the header once: what remains is the cells
		// (about 2.1 KB each) and small frames.
		if k == 256 && v2 > 2*(float64(dac.HeaderCoreSize+2*k*dac.CommitmentSize)+30*2200) {
			t.Errorf("k=256: cells/2 downloads %.0f B, more than twice one header and 30 cells", v2)
		}
	}
	if testing.Short() {
		t.Skip("loopback measurement skipped in -short")
	}
	measured(t)
}

// measured samples a k = 4 blob from 16 real storage nodes with both
// protocols, counting what libp2p receives, and compares it with the
// computed payload.
func measured(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 16, Threshold: 11})
	h, _ := nw.Publish(4)
	cust, err := nw.Committee.Custody()
	if err != nil {
		t.Fatal(err)
	}
	a := cust.Assign(h.BlobID())
	peers := make([]peer.AddrInfo, len(nw.Nodes))
	for i := range peers {
		peers[i] = nw.AddrInfo(i)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	newHost := func() (host.Host, *metrics.BandwidthCounter) {
		bw := metrics.NewBandwidthCounter()
		opts, err := p2p.HostOptions(p2p.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		hst, err := libp2p.New(append(opts, libp2p.BandwidthReporter(bw), libp2p.NoListenAddrs)...)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { hst.Close() })
		for _, p := range peers {
			if err := hst.Connect(ctx, p); err != nil {
				t.Fatal(err)
			}
		}
		return hst, bw
	}
	const blobs = 20
	run := func(name string, sampleOnce func(hst host.Host, pos []sampler.Position)) float64 {
		hst, bw := newHost()
		time.Sleep(1100 * time.Millisecond) // libp2p's meters settle once a second
		in0 := bw.GetBandwidthTotals().TotalIn
		for range blobs {
			sec, err := sampler.NewSecret(crand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			pos, err := sampler.Positions(sec, h.BlobID(), int(h.Core.K), sampler.DefaultSamples)
			if err != nil {
				t.Fatal(err)
			}
			sampleOnce(hst, pos)
		}
		time.Sleep(1100 * time.Millisecond)
		per := float64(bw.GetBandwidthTotals().TotalIn-in0) / blobs
		t.Logf("k=  4 measured on loopback, %s: %.0f B/blob received (transport included)", name, per)
		return per
	}
	plan := func(pos []sampler.Position) []sampler.Request {
		p, _ := sampler.NewProgress(pos, nil)
		return p.Plan(a, nil)
	}
	v1 := run("cells/1", func(hst host.Host, pos []sampler.Position) {
		reqs := plan(pos)
		m := reqs[0].Member
		if _, _, err := p2p.FetchCells(ctx, hst, peers[m], &wire.CellsRequest{Blob: h.BlobID(), Cells: reqs[0].Cells[:1]}, 256, nil); err != nil {
			t.Fatal(err)
		}
		for _, r := range reqs {
			if _, _, err := p2p.FetchCells(ctx, hst, peers[r.Member], &wire.CellsRequest{Blob: h.BlobID(), Cells: r.Cells}, 256, nw.KZG); err != nil {
				t.Fatal(err)
			}
		}
	})
	v2 := run("cells/2", func(hst host.Host, pos []sampler.Position) {
		reqs := plan(pos)
		got, err := p2p.FetchHeader(ctx, hst, peers[reqs[0].Member], h.BlobID(), 256)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reqs {
			if _, err := p2p.FetchKnownCells(ctx, hst, peers[r.Member], &wire.CellsRequest{Blob: h.BlobID(), Cells: r.Cells}, got, nw.KZG); err != nil {
				t.Fatal(err)
			}
		}
	})
	if v2 >= v1 {
		t.Errorf("measured: cells/2 %.0f B/blob, cells/1 %.0f B/blob", v2, v1)
	}
	c1, c2, _ := trafficPerBlob(t, h, 200)
	t.Logf("k=  4 computed payload for this blob: cells/1 %.0f, cells/2 %.0f B/blob; measured/computed %.2f and %.2f",
		c1, c2, v1/c1, v2/c2)
}
