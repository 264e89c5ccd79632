package light_test

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/gossip"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/sampler/light"
	"github.com/quire-da/quire/sampler/samplertest"
)

// countingBackend counts the contract reads a light client makes.
type countingBackend struct {
	light.Backend
	calls atomic.Int64
}

func (b *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.calls.Add(1)
	return b.Backend.CallContract(ctx, msg, block)
}

// topicHost starts a host on the network's gossip topic (no verifier) and
// connects it to the given peers.
func topicHost(t *testing.T, ctx context.Context, to ...peer.AddrInfo) (host.Host, *gossip.Topic) {
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
	topic, err := gossip.Join(ps, samplertest.ChainID, testContract)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range to {
		if err := h.Connect(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	return h, topic
}

var testContract [20]byte

// TestForgedAnnouncementFlood: an attacker connected to a member and to
// the light client publishes hundreds of well-formed announcements with
// forged certificates (of the current epoch, and of far-off epochs). The
// member relays none of them (an observer behind it receives nothing), the
// client's store does not grow, its verdicts on them stay in memory, and
// its L1 reads stay a small constant. A genuine announcement still gets
// through the member to the observer.
func TestForgedAnnouncementFlood(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Members: 4, Threshold: 3})
	testContract = nw.Contract.Address()
	backend := &countingBackend{Backend: nw.Backend()}
	cfg := nw.ClientConfig()
	c, err := light.New(context.Background(), cfg, light.Deps{L1: backend, KZG: nw.KZG})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	run(t, c)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	member := nw.AddrInfo(0)
	client := peer.AddrInfo{ID: c.Host().ID(), Addrs: c.Host().Addrs()}
	_, observer := topicHost(t, ctx, member)
	sub, err := observer.Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Cancel()
	_, attack := topicHost(t, ctx, member, client)
	waitFor(t, 30*time.Second, "the attacker's mesh", func() bool { return len(attack.Peers()) >= 2 })
	waitFor(t, 30*time.Second, "the observer's mesh", func() bool { return len(observer.Peers()) >= 1 })
	time.Sleep(2 * time.Second) // meshes graft on the heartbeat

	sq, _ := samplertest.Square(0)
	before, err := c.Store().Count()
	if err != nil {
		t.Fatal(err)
	}
	calls0 := backend.calls.Load()
	wrong := [32]byte{7}
	const flood = 300
	for i := range flood {
		h := nw.Header(sq, i+1)
		cert := nw.Sign(h.Hash(), []int{0, 1, 2, 3}, &wrong)
		if i%2 == 1 { // a far-off epoch: nothing on L1 to check it against
			h.Core.Epoch = nw.Epoch + 1000 + uint64(i)
			cert = nw.Sign(h.Hash(), []int{0, 1, 2, 3}, &wrong)
			cert.Epoch = h.Core.Epoch
		}
		if err := attack.Announce(ctx, &h.Core, cert); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(3 * time.Second)

	rctx, rcancel := context.WithTimeout(ctx, time.Second)
	if a, from, err := sub.Next(rctx); err == nil {
		t.Fatalf("the observer behind a member received a forged announcement of blob %s from %s", a.BlobID(), from)
	}
	rcancel()
	after, err := c.Store().Count()
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("store grew from %d to %d records under a flood of forged announcements", before, after)
	}
	if calls := backend.calls.Load() - calls0; calls > 10 {
		t.Fatalf("%d L1 calls for %d forged announcements", calls, flood)
	}
	t.Logf("%d forged announcements: %d L1 calls, store %d records", flood, backend.calls.Load()-calls0, after)

	// A genuine announcement from an honest peer still reaches the
	// observer through the member.
	good := nw.Header(sq, 0)
	goodCert := nw.Disperse(sq, good)
	_, honest := topicHost(t, ctx, member)
	waitFor(t, 30*time.Second, "the honest peer's mesh", func() bool { return len(honest.Peers()) >= 1 })
	time.Sleep(2 * time.Second)
	if err := honest.Announce(ctx, &good.Core, goodCert); err != nil {
		t.Fatal(err)
	}
	gctx, gcancel := context.WithTimeout(ctx, 20*time.Second)
	defer gcancel()
	a, _, err := sub.Next(gctx)
	if err != nil || a.BlobID() != good.BlobID() {
		t.Fatalf("genuine announcement through the member: %v", err)
	}
}
