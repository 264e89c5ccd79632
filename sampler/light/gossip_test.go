package light_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/gossip"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
	"github.com/quire-da/quire/sampler/samplertest"
)

// announcer joins the network's gossip topic from its own host, connected
// to the client.
func announcer(t *testing.T, ctx context.Context, nw *samplertest.Network, c *light.Client) *gossip.Topic {
	t.Helper()
	priv, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	ps, err := gossip.NewPubSub(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	topic, err := gossip.Join(ps, samplertest.ChainID, nw.Contract.Address())
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(ctx, peer.AddrInfo{ID: c.Host().ID(), Addrs: c.Host().Addrs()}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the client on the topic", func() bool {
		for _, p := range topic.Peers() {
			if p == c.Host().ID() {
				return true
			}
		}
		return false
	})
	return topic
}

// TestGossip: the client samples a blob announced on gossip before (here:
// without) its certification on L1, once the certificate checks out
// against the L1 committee; a blob announced with an invalid certificate
// is reported INVALID and no member is ever asked for it.
func TestGossip(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3, Scripted: seq(4)})
	c := newClient(t, nw, nil, nil)
	run(t, c)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	topic := announcer(t, ctx, nw, c)

	sq0, _ := samplertest.Square(0)
	sq1, _ := samplertest.Square(1)
	sq2, _ := samplertest.Square(2)
	good := nw.Header(sq0, 0)
	goodCert := nw.Disperse(sq0, good)
	forged := nw.Header(sq1, 0)
	nw.Disperse(sq1, forged) // the members hold it: only the certificate is wrong
	few := nw.Header(sq2, 0)
	nw.Disperse(sq2, few)
	var requests int64
	for _, m := range nw.Scripted {
		requests += m.Requests()
	}

	wrongMsg := [32]byte{1}
	bad := map[dac.BlobID]*dac.Certificate{
		forged.BlobID(): nw.Sign(forged.Hash(), []int{0, 1, 2, 3}, &wrongMsg), // signatures over another message
		few.BlobID():    nw.Sign(few.Hash(), []int{0, 1}, nil),                // below the threshold of 3
	}
	for id, cert := range bad {
		h := forged
		if id == few.BlobID() {
			h = few
		}
		if err := topic.Announce(ctx, &h.Core, cert); err != nil {
			t.Fatal(err)
		}
	}
	for id := range bad {
		st := waitStatus(t, c, id, 30*time.Second)
		if st.Status != sampler.StatusInvalid || st.Source != light.SourceGossip || len(st.Samples) != 0 || st.Reason == "" {
			t.Fatalf("blob %s with an invalid certificate: %+v", id, st)
		}
	}
	var after int64
	for _, m := range nw.Scripted {
		after += m.Requests()
	}
	if after != requests {
		t.Fatalf("members were asked %d times about blobs with invalid certificates", after-requests)
	}

	// The invalid announcement does not shadow the blob: once it is
	// certified on L1, it is sampled.
	nw.Certify(forged, nw.Sign(forged.Hash(), []int{0, 1, 2, 3}, nil))
	st := waitUntil(t, c, forged.BlobID(), func(st light.BlobStatus) bool { return st.Source == light.SourceL1 && st.Status.Final() })
	if st.Status != sampler.StatusAvailable || st.CertifiedBy != "bls" {
		t.Fatalf("blob certified on L1 after an invalid announcement: %+v", st)
	}

	// The forger is now below the graylist threshold (peer scoring):
	// the client ignores it. An honest peer announces the good blob.
	honest := announcer(t, ctx, nw, c)
	if err := honest.Announce(ctx, &good.Core, goodCert); err != nil {
		t.Fatal(err)
	}
	st = waitStatus(t, c, good.BlobID(), 30*time.Second)
	if st.Status != sampler.StatusAvailable || st.Source != light.SourceGossip || st.CertifiedBy != "bls" {
		t.Fatalf("announced blob: %+v", st)
	}
}

// waitUntil waits until blob id's status satisfies cond.
func waitUntil(t *testing.T, c *light.Client, id dac.BlobID, cond func(light.BlobStatus) bool) light.BlobStatus {
	t.Helper()
	var st light.BlobStatus
	waitFor(t, 30*time.Second, "blob "+id.String(), func() bool {
		var ok bool
		st, ok = c.Status(id)
		return ok && cond(st)
	})
	return st
}

// TestGossipOldCommittee: a certificate signed by an epoch's committee is
// accepted from gossip while the contract would accept it (inside the
// rotation window after the next epoch starts) and refused after, as the
// contract refuses it (EpochExpired): keys of a committee rotated out
// cannot make the client report AVAILABLE.
func TestGossipOldCommittee(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3, Scripted: seq(4)})
	sq0, _ := samplertest.Square(0)
	sq1, _ := samplertest.Square(1)
	inside, outside := nw.Header(sq0, 0), nw.Header(sq1, 0)
	insideCert, outsideCert := nw.Disperse(sq0, inside), nw.Disperse(sq1, outside)
	_, end := nw.Rotate(l1.Change{Threshold: 2})
	const window = time.Hour // samplertest's rotation window

	for _, tc := range []struct {
		name string
		h    *dac.Header
		cert *dac.Certificate
		now  time.Time
		want sampler.Status
	}{
		{"inside the window", inside, insideCert, end.Add(window - time.Second), sampler.StatusAvailable},
		{"past the window", outside, outsideCert, end.Add(window), sampler.StatusInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now := tc.now
			c, err := light.New(context.Background(), nw.ClientConfig(), light.Deps{L1: nw.Backend(), KZG: nw.KZG, Now: func() time.Time { return now }})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { c.Close() })
			run(t, c)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			topic := announcer(t, ctx, nw, c)
			if err := topic.Announce(ctx, &tc.h.Core, tc.cert); err != nil {
				t.Fatal(err)
			}
			st := waitStatus(t, c, tc.h.BlobID(), 30*time.Second)
			if st.Status != tc.want || st.Source != light.SourceGossip {
				t.Fatalf("%+v", st)
			}
			if tc.want == sampler.StatusInvalid && (len(st.Samples) != 0 || !strings.Contains(st.Reason, "rotation window")) {
				t.Fatalf("%+v", st)
			}
		})
	}
}
