package disperser_test

import (
	"context"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
)

// TestAnnounceThroughMembers: with L1 submission off, the only way a light
// client learns of a blob is the disperser's gossip announcement, relayed
// by the members (the client connects to members only, never to the
// disperser). It samples the blob to AVAILABLE from that announcement.
func TestAnnounceThroughMembers(t *testing.T) {
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true})
	cfg := light.DevConfig()
	cfg.ChainID = dispersertest.ChainID
	cfg.CommitteeAddress = light.Address(e.Address)
	cfg.Replication = e.Committee.Replication
	c, err := light.New(context.Background(), cfg, light.Deps{L1: e.Sim.Client(), KZG: e.KZG})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("light client: %v", err)
		}
	})

	// Wait until the client is connected to every member, so the mesh can
	// form through them.
	waitUntil(t, ctx, "the client connected to the committee", func() bool {
		for _, n := range e.Nodes {
			if len(c.Host().Network().ConnsToPeer(n.Host().ID())) == 0 {
				return false
			}
		}
		return true
	})

	res, err := e.Disperser.Put(ctx, []byte("announced, never certified on L1"), disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var st light.BlobStatus
	waitUntil(t, ctx, "a verdict on the announced blob", func() bool {
		var ok bool
		st, ok = c.Status(res.BlobID)
		return ok && st.Status.Final()
	})
	if st.Status != sampler.StatusAvailable || st.Source != light.SourceGossip || st.CertifiedBy != "bls" {
		t.Fatalf("announced blob: %+v", st)
	}
	if len(c.Host().Network().ConnsToPeer(e.Disperser.PeerID())) != 0 {
		t.Fatal("the client is connected to the disperser: the announcement did not have to go through the members")
	}
}

func waitUntil(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
