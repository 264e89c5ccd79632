package node

import (
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
)

func TestReadSlots(t *testing.T) {
	const total, reserved, perPeer = 6, 2, 2
	s := newReadSlots(total, reserved, perPeer)
	a, b, c, m := peer.ID("a"), peer.ID("b"), peer.ID("c"), peer.ID("member")
	steps := []struct {
		name    string
		p       peer.ID
		trusted bool
		want    bool
	}{
		{"outsider a 1", a, false, true},
		{"outsider a 2", a, false, true},
		{"outsider a over its share", a, false, false},
		{"outsider b 1", b, false, true},
		{"outsider b 2", b, false, true},
		{"outsiders full: c refused", c, false, false},
		{"member in the reserve", m, true, true},
		{"member again", m, true, true},
		{"member over its share", m, true, false},
	}
	for _, st := range steps {
		if got := s.acquire(st.p, st.trusted); got != st.want {
			t.Fatalf("%s: acquire %t, want %t", st.name, got, st.want)
		}
	}
	if in, out := s.held(); in != 6 || out != 4 {
		t.Fatalf("held %d (outsiders %d), want 6 (4)", in, out)
	}
	s.release(a, false)
	if !s.acquire(c, false) {
		t.Fatal("a released a slot but c cannot take it")
	}
	if s.acquire(c, false) {
		t.Fatal("c took a fifth outsider slot")
	}
	for _, p := range []peer.ID{a, b, b, c} {
		s.release(p, false)
	}
	s.release(m, true)
	s.release(m, true)
	if in, out := s.held(); in != 0 || out != 0 || len(s.byPeer) != 0 {
		t.Fatalf("after releasing all: %d held, %d outsiders, %d peers", in, out, len(s.byPeer))
	}
}
