package node

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// newStranger starts a host that is neither a member nor a disperser and
// connects it to node m.
func (tn *testNet) newStranger(ctx context.Context, m int) host.Host {
	tn.t.Helper()
	priv, err := p2p.GenerateIdentity()
	if err != nil {
		tn.t.Fatal(err)
	}
	h, err := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		tn.t.Fatal(err)
	}
	tn.t.Cleanup(func() { h.Close() })
	// Over TCP only: on QUIC the connection's flow-control window is
	// shared by its streams, so a stranger that leaves two large answers
	// unread also stops itself from receiving a third stream's answer
	// (the node's prompt busy rejection waits behind its own window),
	// and which transport a dial picks varies from run to run.
	to := tn.nodes[m].AddrInfo()
	to.Addrs = slices.DeleteFunc(slices.Clone(to.Addrs), func(a ma.Multiaddr) bool {
		_, err := a.ValueForProtocol(ma.P_TCP)
		return err != nil
	})
	if err := h.Connect(ctx, to); err != nil {
		tn.t.Fatal(err)
	}
	return h
}

// TestCellsV2: a header-only query brings the header and no cells; a
// query without the header brings verified cells and no header; cells/1
// still answers with the header.
func TestCellsV2(t *testing.T) {
	tn := newTestNet(t, 4, 2, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sq := testSquare(t, 3)
	h := tn.header(sq, 1)
	if _, err := tn.disperseTo(ctx, sq, h, 0); err != nil {
		t.Fatal(err)
	}
	stranger := tn.newStranger(ctx, 0)
	from := tn.nodes[0].AddrInfo()
	got, err := p2p.FetchHeader(ctx, stranger, from, h.BlobID(), 256)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, h) {
		t.Fatal("header-only query returned another header")
	}
	col := tn.custodyOf(h, 0)[0]
	req := &wire.CellsRequest{Blob: h.BlobID(), Cells: []wire.CellRef{{Row: 0, Col: col}, {Row: 3, Col: col}}}
	items, err := p2p.FetchKnownCells(ctx, stranger, from, req, h, tn.kzg)
	if err != nil || len(items) != 2 {
		t.Fatalf("%d cells, %v", len(items), err)
	}
	if items[1].Cell != sq.Cells[3][col] {
		t.Fatal("cell (3, col) differs from the square")
	}
	// The answer on the wire: a CellsCount, not a header.
	s, err := stranger.NewStream(ctx, from.ID, wire.ProtocolCellsV2)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Reset()
	if err := wire.WriteMessage(s, &wire.CellsQuery{Blob: h.BlobID(), Cells: req.Cells}); err != nil {
		t.Fatal(err)
	}
	s.CloseWrite()
	typ, body, err := wire.ReadFrame(s, 1<<20)
	if err != nil || typ != wire.TypeCellsCount || len(body) != 4 {
		t.Fatalf("answer opens with %s of %d bytes (%v), want a cells count", typ, len(body), err)
	}
	// A header-only query for a blob the node does not hold.
	_, err = p2p.FetchHeader(ctx, stranger, from, [32]byte{1}, 256)
	wantCode(t, err, wire.CodeNotFound)
	// cells/1 still works for old clients.
	h1, items, err := p2p.FetchCells(ctx, stranger, from, req, 256, tn.kzg)
	if err != nil || len(items) != 2 || !reflect.DeepEqual(h1, h) {
		t.Fatalf("cells/1: %d cells, %v", len(items), err)
	}
}

// TestColumnsForTrustedOnly: whole columns go to members and authorized
// dispersers; anyone else is refused with CodeUnauthorized, on both
// protocol versions.
func TestColumnsForTrustedOnly(t *testing.T) {
	tn := newTestNet(t, 4, 2, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sq := testSquare(t, 0)
	h := tn.header(sq, 1)
	if _, err := tn.disperseTo(ctx, sq, h, 0); err != nil {
		t.Fatal(err)
	}
	req := &wire.CellsRequest{Blob: h.BlobID(), Columns: tn.custodyOf(h, 0)[:1]}
	stranger := tn.newStranger(ctx, 0)
	_, _, err := p2p.FetchCells(ctx, stranger, tn.nodes[0].AddrInfo(), req, 256, nil)
	wantCode(t, err, wire.CodeUnauthorized)
	_, err = p2p.FetchKnownCells(ctx, stranger, tn.nodes[0].AddrInfo(), req, h, nil)
	wantCode(t, err, wire.CodeUnauthorized)
	for name, c := range map[string]host.Host{"disperser": tn.disperser, "member": tn.nodes[1].Host()} {
		if _, items, err := p2p.FetchCells(ctx, c, tn.nodes[0].AddrInfo(), req, 256, tn.kzg); err != nil || len(items) != sq.Rows() {
			t.Fatalf("%s: %d cells, %v", name, len(items), err)
		}
	}
}

// TestReadSlotsUnderAttack: an outsider that opens read streams and never
// drains them holds at most its per-peer share, only for as long as the
// minimum throughput allows; a second outsider finds the outsiders' share
// taken (CodeBusy) while the disperser still reads from the reserve; and
// once the slow reader is cut off everyone is served again.
func TestReadSlotsUnderAttack(t *testing.T) {
	tn := newTestNet(t, 4, 2, func(_ int, c *Config) {
		c.Limits.MaxConcurrentReads = 4
		c.Limits.ReservedReads = 2
		c.Limits.MaxReadsPerPeer = 2
		c.Limits.MinReadBytesPerSecond = 128 << 10 // a 537 KB batch gets 2 + 4.1 s
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sq := testSquare(t, 3) // k = 2: 256 cells of member 0's 64 columns, one 537 KB batch
	h := tn.header(sq, 1)
	if _, err := tn.disperseTo(ctx, sq, h, 0); err != nil {
		t.Fatal(err)
	}
	var all []wire.CellRef
	for r := range sq.Rows() {
		for _, c := range tn.custodyOf(h, 0) {
			all = append(all, wire.CellRef{Row: uint16(r), Col: c})
		}
	}
	attacker := tn.newStranger(ctx, 0)
	from := tn.nodes[0].AddrInfo()
	open := func() network.Stream {
		s, err := attacker.NewStream(ctx, from.ID, wire.ProtocolCellsV2)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Reset() })
		if err := wire.WriteMessage(s, &wire.CellsQuery{Blob: h.BlobID(), Cells: all}); err != nil {
			t.Fatal(err)
		}
		return s // never read
	}
	open()
	open()
	waitFor(t, 5*time.Second, "the attacker to hold its two slots", func() bool {
		in, out := tn.nodes[0].reads.held()
		return in == 2 && out == 2
	})
	// The attacker's third stream is refused: it is over its share.
	s3 := open()
	s3.SetReadDeadline(time.Now().Add(5 * time.Second))
	var ch wire.CellsHeader
	wantCode(t, wire.ReadMessage(s3, 1<<20, &ch), wire.CodeBusy)

	one := &wire.CellsRequest{Blob: h.BlobID(), Cells: all[:1]}
	other := tn.newStranger(ctx, 0)
	_, err := p2p.FetchKnownCells(ctx, other, from, one, h, nil)
	wantCode(t, err, wire.CodeBusy)
	if _, err := p2p.FetchKnownCells(ctx, tn.disperser, from, one, h, tn.kzg); err != nil {
		t.Fatalf("the disperser is refused while outsiders hold their share: %v", err)
	}
	// The slow reader loses its slots well before the 30 s read timeout.
	waitFor(t, 15*time.Second, "the slow reader to lose its slots", func() bool {
		in, _ := tn.nodes[0].reads.held()
		return in == 0
	})
	if _, err := p2p.FetchKnownCells(ctx, other, from, one, h, tn.kzg); err != nil {
		t.Fatalf("after the slow reader is cut off: %v", err)
	}
}

// waitFor polls cond until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	end := time.Now().Add(d)
	for !cond() {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
