package node

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// TestForEpoch: which committee a header of an epoch is admitted under,
// and which one checks a gossiped certificate, around the end of the
// previous epoch's rotation window (the contract's rule, in whole
// seconds: accepted while now < end + window).
func TestForEpoch(t *testing.T) {
	end := time.Unix(1_800_000_000, 0)
	const window = time.Hour
	prevOf := func(self int) *epochState {
		return &epochState{c: &p2p.Committee{Epoch: 6, End: end, RotationWindow: window}, self: self}
	}
	cur := func(prev *epochState) *epochState {
		return &epochState{c: &p2p.Committee{Epoch: 7}, self: 0, prev: prev}
	}
	last := end.Add(window - time.Nanosecond) // still inside: its second is end+window-1
	tests := []struct {
		name      string
		st        *epochState
		epoch     uint64
		now       time.Time
		admitPrev bool // admitted under the previous epoch
		verify    int  // 0: none, 7 or 6: the committee that verifies
	}{
		{"current", cur(prevOf(2)), 7, end, false, 7},
		{"previous at its end", cur(prevOf(2)), 6, end, true, 6},
		{"previous in the window", cur(prevOf(2)), 6, end.Add(window / 2), true, 6},
		{"previous, last second", cur(prevOf(2)), 6, end.Add(window - time.Second), true, 6},
		{"previous, last nanosecond", cur(prevOf(2)), 6, last, true, 6},
		{"previous at end+window", cur(prevOf(2)), 6, end.Add(window), false, 0},
		{"previous after the window", cur(prevOf(2)), 6, end.Add(2 * window), false, 0},
		{"previous, not a member of it", cur(prevOf(-1)), 6, end, false, 6},
		{"no previous known", cur(nil), 6, end, false, 0},
		{"two epochs back", cur(prevOf(2)), 5, end, false, 0},
		{"next epoch", cur(prevOf(2)), 8, end, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.st.forEpoch(tt.epoch, tt.now)
			if (got == tt.st.prev && tt.st.prev != nil) != tt.admitPrev || (!tt.admitPrev && got != tt.st) {
				t.Fatalf("forEpoch(%d) = epoch %d, want previous %v", tt.epoch, got.c.Epoch, tt.admitPrev)
			}
			v := tt.st.verifying(tt.epoch, tt.now)
			switch {
			case tt.verify == 0 && v != nil:
				t.Fatalf("verifying(%d) = epoch %d, want none", tt.epoch, v.c.Epoch)
			case tt.verify != 0 && (v == nil || v.c.Epoch != uint64(tt.verify)):
				t.Fatalf("verifying(%d) = %v, want epoch %d", tt.epoch, v, tt.verify)
			}
		})
	}
}

// TestPreviousEpochDispersal: members that moved to epoch 2 still admit a
// dispersal of epoch 1 inside the rotation window, under epoch 1's
// committee (its custody, their epoch-1 member index, an epoch-1
// signature); the signatures make a certificate epoch 1's keys accept. A
// node that was not in epoch 1 refuses it with wrong_epoch as before, and
// so does everyone once the window has passed.
func TestPreviousEpochDispersal(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tn := newTestNet(t, 5, 3, nil)
	// set makes c the source's committee until every node saw it (a node
	// whose Run has not started watching yet misses a single Set: each
	// Set of a copy wakes it again).
	set := func(what string, c *p2p.Committee, ok func(st *epochState) bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for _, nd := range tn.nodes {
			for !ok(nd.state.Load()) {
				if time.Now().After(deadline) {
					t.Fatalf("a node never saw %s", what)
				}
				cp := *c
				tn.src.Set(&cp)
				time.Sleep(20 * time.Millisecond)
			}
		}
	}
	// Epoch 1 is nodes 0..3; node 4 joins in epoch 2, where the order is
	// reversed (custody and member indexes all change).
	all := tn.committee
	e1 := &p2p.Committee{Epoch: 1, Threshold: 3, Replication: 2, Members: slices.Clone(all.Members[:4])}
	set("epoch 1 without node 4", e1, func(st *epochState) bool { return len(st.c.Members) == 4 })
	const window = time.Hour
	ended := *e1
	ended.End = time.Now().Add(-time.Minute)
	ended.RotationWindow = window
	e2 := &p2p.Committee{Epoch: 2, Threshold: 3, Replication: 2, RotationWindow: window, Previous: &ended}
	for i := len(all.Members) - 1; i >= 0; i-- {
		e2.Members = append(e2.Members, all.Members[i])
	}
	set("epoch 2", e2, func(st *epochState) bool { return st.c.Epoch == 2 && st.prev != nil })

	custody := func(c *p2p.Committee, h *dac.Header, m int) []uint8 {
		cust, err := c.Custody()
		if err != nil {
			t.Fatal(err)
		}
		return custodyColumns(cust, h.BlobID(), m)
	}
	sq := testSquare(t, 0)
	h1 := tn.header(sq, 1)
	agg, err := dac.NewAggregator(tn.keysOf(e1), e1.Threshold, testChainID, testCommitteeAddr, 1, h1.Hash())
	if err != nil {
		t.Fatal(err)
	}
	for node := range 4 {
		m := node // node i is member i of epoch 1
		att, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[node].AddrInfo(), h1, columns(sq, custody(e1, h1, m)))
		if err != nil {
			t.Fatalf("node %d refused an epoch-1 dispersal inside the window: %v", node, err)
		}
		tn.checkAttestation(att, h1, m)
		if _, member, err := tn.nodes[node].Store().Header(h1.Hash()); err != nil || int(member) != m {
			t.Fatalf("node %d stored member %d (%v), want its epoch-1 index %d", node, member, err, m)
		}
		sig, err := bls.SignatureFromBytes(att.Signature[:])
		if err != nil {
			t.Fatal(err)
		}
		if err := agg.Add(int(att.Member), sig); err != nil {
			t.Fatal(err)
		}
		if got := testutilValue(tn.nodes[node].metrics.previousEpoch); got != 1 {
			t.Fatalf("node %d counted %v previous-epoch dispersals", node, got)
		}
	}
	cert, err := agg.Certificate()
	if err != nil {
		t.Fatal(err)
	}
	if err := cert.Verify(tn.keysOf(e1), e1.Threshold, testChainID, testCommitteeAddr); err != nil {
		t.Fatalf("certificate of the epoch-1 signatures: %v", err)
	}

	// The epoch-2 columns of a member are not its epoch-1 columns.
	h1b := tn.header(sq, 1)
	h1b.Core.Expiry -= 1000 // not h1
	if got, want := custody(e2, h1b, 4), custody(e1, h1b, 0); !slices.Equal(got, want) {
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[0].AddrInfo(), h1b, columns(sq, got))
		if rej := wantCode(t, err, wire.CodeNotCustodian); rej.Epoch != 2 {
			t.Fatalf("rejection names epoch %d, want the node's current 2", rej.Epoch)
		}
	}

	// Node 4 was not in epoch 1: wrong_epoch, naming epoch 2.
	_, err = p2p.Disperse(ctx, tn.disperser, tn.nodes[4].AddrInfo(), h1, columns(sq, custody(e2, h1, 0)))
	if rej := wantCode(t, err, wire.CodeWrongEpoch); rej.Epoch != 2 {
		t.Fatalf("rejection names epoch %d", rej.Epoch)
	}
	tn.assertNothingStoredIn(4, h1)
	// Also with an archive tier sized for epoch 1's four members, which
	// is not node 4's committee size: still wrong_epoch (a disperser acts
	// on it), not bad_header.
	ha := tn.header(sq, 1)
	ha.Core.ArchiveData, ha.Core.ArchiveTotal, ha.Core.ArchiveRoot = 2, 4, [32]byte{1}
	_, err = p2p.DisperseArchive(ctx, tn.disperser, tn.nodes[4].AddrInfo(), ha, columns(sq, custody(e2, ha, 0)),
		&wire.ArchiveShard{Index: 0, Data: make([]byte, 64)})
	if rej := wantCode(t, err, wire.CodeWrongEpoch); rej.Epoch != 2 {
		t.Fatalf("rejection names epoch %d", rej.Epoch)
	}
	// Epoch 0 is not the previous epoch.
	h0 := tn.header(sq, 0)
	_, err = p2p.Disperse(ctx, tn.disperser, tn.nodes[0].AddrInfo(), h0, columns(sq, custody(e1, h0, 0)))
	wantCode(t, err, wire.CodeWrongEpoch)
	// Epoch 2 is served as usual (node i is member 4-i).
	h2 := tn.header(sq, 2)
	for node := range 5 {
		att, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[node].AddrInfo(), h2, columns(sq, custody(e2, h2, 4-node)))
		if err != nil {
			t.Fatalf("node %d, epoch 2: %v", node, err)
		}
		if int(att.Member) != 4-node || att.Epoch != 2 {
			t.Fatalf("node %d: attestation as member %d of epoch %d", node, att.Member, att.Epoch)
		}
	}

	// Past end + window the contract no longer accepts epoch 1: nor do
	// the members.
	tn.skew.Store(int64(window))
	h1c := tn.header(sq, 1)
	h1c.Core.Expiry -= 2000 // neither h1 nor h1b
	for node := range 4 {
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[node].AddrInfo(), h1c, columns(sq, custody(e1, h1c, node)))
		if rej := wantCode(t, err, wire.CodeWrongEpoch); rej.Epoch != 2 {
			t.Fatalf("node %d: rejection names epoch %d", node, rej.Epoch)
		}
		tn.assertNothingStoredIn(node, h1c)
	}
}

// keysOf returns c's member keys in member order.
func (tn *testNet) keysOf(c *p2p.Committee) []bls.PublicKey {
	keys := make([]bls.PublicKey, len(c.Members))
	for i, m := range c.Members {
		keys[i] = m.PublicKey
	}
	return keys
}

// assertNothingStoredIn fails if node m holds the header h.
func (tn *testNet) assertNothingStoredIn(m int, h *dac.Header) {
	tn.t.Helper()
	if _, _, err := tn.nodes[m].Store().Header(h.Hash()); err == nil {
		tn.t.Fatalf("node %d stored a header it refused", m)
	}
}
