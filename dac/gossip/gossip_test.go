package gossip_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/gossip"
	"github.com/quire-da/quire/dac/p2p"
)

const chainID = 1337

var contract = [20]byte{0xc0, 0xff, 0xee}

func newHost(t *testing.T) host.Host {
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
	return h
}

func connect(t *testing.T, ctx context.Context, a, b host.Host) {
	t.Helper()
	if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		t.Fatal(err)
	}
}

// waitPeers waits until every topic sees want peers.
func waitPeers(t *testing.T, ctx context.Context, want int, topics ...interface{ ListPeers() []peer.ID }) {
	t.Helper()
	for _, tp := range topics {
		for len(tp.ListPeers()) < want {
			select {
			case <-ctx.Done():
				t.Fatalf("topic peers: %d of %d", len(tp.ListPeers()), want)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
}

type listPeers struct{ t *gossip.Topic }

func (l listPeers) ListPeers() []peer.ID { return l.t.Peers() }

func certified(t *testing.T) (*dac.HeaderCore, *dac.Certificate) {
	t.Helper()
	sk, err := bls.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	core := &dac.HeaderCore{Version: 1, ChainID: chainID, Size: 10, K: 1, Expiry: 1 << 40, Epoch: 3}
	bm, _ := dac.NewBitmap(4)
	bm.Set(0)
	msg := dac.AttestMessage(chainID, contract, 3, core.Hash())
	return core, &dac.Certificate{HeaderHash: core.Hash(), Epoch: 3, Signers: bm, Signature: sk.Sign(msg[:])}
}

// TestAnnounce: an announcement published by one host reaches a subscriber
// through a relay; junk published by a peer that skips the validator is
// dropped by the receivers and never delivered.
func TestAnnounce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pub, relay, sub, spammer := newHost(t), newHost(t), newHost(t), newHost(t)
	var topics []*gossip.Topic
	for _, h := range []host.Host{pub, relay, sub} {
		ps, err := gossip.NewPubSub(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		tp, err := gossip.Join(ps, chainID, contract)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := gossip.Join(ps, chainID, contract); err == nil {
			t.Fatal("joined the same topic twice")
		}
		topics = append(topics, tp)
	}
	rawPS, err := pubsub.NewGossipSub(ctx, spammer)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := rawPS.Join(gossip.TopicName(chainID, contract))
	if err != nil {
		t.Fatal(err)
	}
	connect(t, ctx, pub, relay)
	connect(t, ctx, sub, relay)
	connect(t, ctx, spammer, sub)
	s, err := topics[2].Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Cancel()
	// The relay must subscribe to forward.
	rs, _ := topics[1].Subscribe()
	defer rs.Cancel()
	waitPeers(t, ctx, 1, listPeers{topics[0]}, raw)
	waitPeers(t, ctx, 1, listPeers{topics[1]}, listPeers{topics[2]})

	if err := raw.Publish(ctx, []byte("not an announcement")); err != nil {
		t.Fatal(err)
	}
	core, cert := certified(t)
	// Give the mesh a heartbeat to form, then announce.
	time.Sleep(1100 * time.Millisecond)
	if err := topics[0].Announce(ctx, core, cert); err != nil {
		t.Fatal(err)
	}
	a, from, err := s.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.BlobID() != core.BlobID() || a.Certificate.HeaderHash != core.Hash() {
		t.Fatalf("received %+v", a)
	}
	if from != relay.ID() && from != pub.ID() {
		t.Fatalf("received from %s", from)
	}

	// Nothing else arrives (the junk was dropped).
	short, stop := context.WithTimeout(ctx, 300*time.Millisecond)
	defer stop()
	if a, _, err := s.Next(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a second message: %+v, %v", a, err)
	}

	// Announce refuses a certificate for another header or chain.
	other := *core
	other.Expiry++
	if err := topics[0].Announce(ctx, &other, cert); err == nil {
		t.Fatal("announced a certificate for another header")
	}
	foreign := *core
	foreign.ChainID = 1
	fc := *cert
	fc.HeaderHash = foreign.Hash()
	if err := topics[0].Announce(ctx, &foreign, &fc); err == nil {
		t.Fatal("announced a header of another chain")
	}
}

func TestTopicName(t *testing.T) {
	if got := gossip.TopicName(1337, contract); got != "/quire/headers/1/1337/0xc0ffee0000000000000000000000000000000000" {
		t.Fatalf("topic %q", got)
	}
}

// certifiedBy returns the keys of a fresh n-member committee and a
// certificate of core signed by the members in signers.
func certifiedBy(t *testing.T, core *dac.HeaderCore, n int, signers []int) ([]bls.PublicKey, *dac.Certificate) {
	t.Helper()
	bm, err := dac.NewBitmap(n)
	if err != nil {
		t.Fatal(err)
	}
	msg := dac.AttestMessage(chainID, contract, core.Epoch, core.Hash())
	var keys []bls.PublicKey
	var sigs []bls.Signature
	for i := range n {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, sk.PublicKey())
		if slices.Contains(signers, i) {
			bm.Set(i)
			sigs = append(sigs, sk.Sign(msg[:]))
		}
	}
	return keys, &dac.Certificate{HeaderHash: core.Hash(), Epoch: core.Epoch, Signers: bm, Signature: bls.Aggregate(sigs...)}
}

func TestAnnouncementRoundTrip(t *testing.T) {
	core := dac.HeaderCore{Version: 1, ChainID: chainID, Size: 1000, K: 1, CommitmentsRoot: [32]byte{5}, Expiry: 99, Epoch: 7}
	keys, cert := certifiedBy(t, &core, 4, []int{0, 1, 2})
	a := &gossip.Announcement{Core: core, Certificate: *cert}
	b, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > gossip.MaxAnnouncementSize {
		t.Fatalf("%d bytes, max %d", len(b), gossip.MaxAnnouncementSize)
	}
	var back gossip.Announcement
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalBinary()
	if !bytes.Equal(b, b2) || back.BlobID() != core.BlobID() {
		t.Fatal("round trip changed the announcement")
	}
	if err := back.Certificate.Verify(keys, 3, chainID, contract); err != nil {
		t.Fatal(err)
	}

	mismatch := *a
	mismatch.Core.Expiry++
	mb, _ := mismatch.MarshalBinary()
	epoch := *a
	epoch.Certificate.Epoch++
	eb, _ := epoch.MarshalBinary()
	ver := append([]byte{2}, b[1:]...)
	for name, in := range map[string][]byte{
		"empty": nil, "short": b[:50], "trailing": append(append([]byte(nil), b...), 0),
		"version": ver, "other header": mb, "other epoch": eb, "huge": make([]byte, gossip.MaxAnnouncementSize+1),
	} {
		if err := back.UnmarshalBinary(in); !errors.Is(err, gossip.ErrAnnouncement) {
			t.Errorf("%s: got %v, want ErrAnnouncement", name, err)
		}
	}
}

// TestVerifierGatesRelay: a relay with a Verifier forwards only what it
// accepts: an announcement it rejects, or cannot decide on, never reaches
// the subscriber behind it; an accepted one does.
func TestVerifierGatesRelay(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pub, relay, sub := newHost(t), newHost(t), newHost(t)
	core, cert := certified(t)
	good := core.Hash()
	var calls atomic.Int64
	verify := func(_ context.Context, a *gossip.Announcement, _ peer.ID) error {
		calls.Add(1)
		switch {
		case a.Core.Hash() == good:
			return nil
		case a.Core.Expiry%2 == 0:
			return fmt.Errorf("%w: unknown epoch", gossip.ErrUndecided)
		default:
			return errors.New("forged certificate")
		}
	}
	var topics []*gossip.Topic
	for i, h := range []host.Host{pub, relay, sub} {
		ps, err := gossip.NewPubSub(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		var opts []gossip.Option
		if i == 1 {
			opts = append(opts, gossip.WithVerifier(verify))
		}
		tp, err := gossip.Join(ps, chainID, contract, opts...)
		if err != nil {
			t.Fatal(err)
		}
		topics = append(topics, tp)
	}
	connect(t, ctx, pub, relay)
	connect(t, ctx, sub, relay)
	s, err := topics[2].Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Cancel()
	stop, err := topics[1].Relay()
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	waitPeers(t, ctx, 1, listPeers{topics[0]}, listPeers{topics[2]})
	time.Sleep(1100 * time.Millisecond)                     // a heartbeat for the mesh
	for _, expiry := range []uint64{1<<40 + 1, 1<<40 + 2} { // rejected, then undecided
		bad := *core
		bad.Expiry = expiry
		bc := *cert
		bc.HeaderHash = bad.Hash()
		if err := topics[0].Announce(ctx, &bad, &bc); err != nil {
			t.Fatal(err)
		}
	}
	if err := topics[0].Announce(ctx, core, cert); err != nil {
		t.Fatal(err)
	}
	a, _, err := s.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.Core.Hash() != good {
		t.Fatalf("the relay forwarded an announcement its verifier refused (expiry %d)", a.Core.Expiry)
	}
	short, stopWait := context.WithTimeout(ctx, 300*time.Millisecond)
	defer stopWait()
	if a, _, err := s.Next(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a second message: %+v, %v", a, err)
	}
	if calls.Load() < 3 {
		t.Fatalf("verifier called %d times for 3 announcements", calls.Load())
	}
}
