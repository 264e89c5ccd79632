package node

import (
	"context"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/wire"
)

// TestDisperserUsage: what a disperser's dispersals wrote is charged to it
// until the day it expires, survives a reopen, and replays charge nothing.
func TestDisperserUsage(t *testing.T) {
	dir := t.TempDir()
	s := openTestStore(t, dir)
	now := time.Now()
	from, other := peer.ID("disperser-a"), peer.ID("disperser-b")
	d := testDispersal(t, 1, []uint8{1, 2, 3}, now.Add(48*time.Hour))
	d.From = from
	res, err := s.Put(d)
	if err != nil {
		t.Fatal(err)
	}
	if u, _ := s.DisperserUsage(from, now); u != res.CellBytes || u == 0 {
		t.Fatalf("usage %d after writing %d bytes", u, res.CellBytes)
	}
	if _, err := s.Put(d); err != nil { // a replay writes nothing
		t.Fatal(err)
	}
	if u, _ := s.DisperserUsage(from, now); u != res.CellBytes {
		t.Fatalf("a replay charged again: %d", u)
	}
	if u, _ := s.DisperserUsage(other, now); u != 0 {
		t.Fatalf("another disperser charged %d", u)
	}
	s.Close()
	s = openTestStore(t, dir)
	defer s.Close()
	if u, _ := s.DisperserUsage(from, now); u != res.CellBytes {
		t.Fatalf("usage after reopen %d, want %d", u, res.CellBytes)
	}
	// Past the expiry day, nothing is held.
	if u, _ := s.DisperserUsage(from, now.Add(72*time.Hour)); u != 0 {
		t.Fatalf("usage after expiry %d", u)
	}
}

// TestDisperserQuota: a disperser at its quota on a member is refused with
// quota_exceeded before its columns are read, and the refusal charges
// nothing (issue 15 finding 5, the members' half).
func TestDisperserQuota(t *testing.T) {
	tn := newTestNet(t, 4, 2, func(_ int, c *Config) {
		c.DisperserQuotaBytes = 500 << 10
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sq := testSquare(t, 1) // 40,000 bytes: k = 1, 2 rows
	if _, err := tn.disperseTo(ctx, sq, tn.header(sq, 1), 0); err != nil {
		t.Fatalf("first blob within the quota: %v", err)
	}
	used, err := tn.nodes[0].store.DisperserUsage(tn.disperser.ID(), time.Now())
	if err != nil || used == 0 {
		t.Fatalf("usage %d, %v", used, err)
	}
	big := testSquare(t, 3) // two data rows: over what is left
	_, err = tn.disperseTo(ctx, big, tn.header(big, 1), 0)
	wantCode(t, err, wire.CodeQuotaExceeded)
	if u, _ := tn.nodes[0].store.DisperserUsage(tn.disperser.ID(), time.Now()); u != used {
		t.Fatalf("a refused dispersal was charged: %d, was %d", u, used)
	}
}
