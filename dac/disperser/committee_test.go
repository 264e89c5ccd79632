package disperser

import (
	"context"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
)

type countingSource struct {
	c     *p2p.Committee
	err   error
	calls int
}

func (s *countingSource) Committee(context.Context) (*p2p.Committee, error) {
	s.calls++
	return s.c, s.err
}

func testCommittee(t *testing.T, n, th int) *p2p.Committee {
	c := &p2p.Committee{Epoch: 1, Threshold: th, Replication: 2}
	for range n {
		sk, _ := bls.GenerateKey(rand.Reader)
		id, _ := p2p.GenerateIdentity()
		pid, _ := peer.IDFromPrivateKey(id)
		c.Members = append(c.Members, p2p.Member{PublicKey: sk.PublicKey(), PeerID: pid})
	}
	return c
}

func TestCachedSource(t *testing.T) {
	ctx := context.Background()
	src := &countingSource{c: testCommittee(t, 4, 3)}
	cs := NewCachedSource(src, 50*time.Millisecond)
	for range 3 {
		if c, err := cs.Committee(ctx); err != nil || c != src.c {
			t.Fatalf("Committee = %v, %v", c, err)
		}
	}
	if src.calls != 1 {
		t.Fatalf("%d reads within the ttl, want 1", src.calls)
	}
	// A failing read after the ttl serves the last committee for a while.
	time.Sleep(60 * time.Millisecond)
	src.err = errors.New("l1 down")
	if c, err := cs.Committee(ctx); err != nil || c == nil {
		t.Fatalf("stale read = %v, %v", c, err)
	}
	if src.calls != 2 {
		t.Fatalf("%d reads, want 2", src.calls)
	}
	// ... but not forever.
	time.Sleep(510 * time.Millisecond)
	if _, err := cs.Committee(ctx); err == nil {
		t.Fatal("a committee ten ttl old was still served")
	}
	// An invalid committee (threshold signers could not recover) is
	// refused.
	bad := NewCachedSource(&countingSource{c: testCommittee(t, 16, 2)}, time.Minute)
	if _, err := bad.Committee(ctx); !errors.Is(err, p2p.ErrBadCommittee) {
		t.Fatalf("invalid committee: %v, want ErrBadCommittee", err)
	}
}
