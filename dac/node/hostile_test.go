package node

import (
	"context"
	"encoding/binary"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/host"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

// rawDisperse opens a disperse stream from h to node m, writes raw bytes,
// closes its side and reads the reply.
func (tn *testNet) rawDisperse(ctx context.Context, h host.Host, m int, raw []byte) error {
	tn.t.Helper()
	if err := h.Connect(ctx, tn.nodes[m].AddrInfo()); err != nil {
		tn.t.Fatal(err)
	}
	s, err := h.NewStream(ctx, tn.nodes[m].Host().ID(), wire.ProtocolDisperse)
	if err != nil {
		tn.t.Fatal(err)
	}
	defer s.Reset()
	s.SetDeadline(time.Now().Add(20 * time.Second))
	go func() {
		s.Write(raw)
		s.CloseWrite()
	}()
	var att wire.Attestation
	return wire.ReadMessage(s, wire.ReplyFrameMax, &att)
}

func frame(t testing.TB, msgs ...wire.Message) []byte {
	var b []byte
	for _, m := range msgs {
		var err error
		if b, err = wire.AppendFrame(b, m); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// TestHostileDispersals sends a node every kind of bad dispersal. Each is
// refused with its code, nothing of the blob is stored, and the node stays
// healthy and keeps accepting valid dispersals.
func TestHostileDispersals(t *testing.T) {
	tn := newTestNet(t, 4, 2, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sq := testSquare(t, 3) // k = 2: data and parity rows differ
	const m = 0
	good := func() (*dac.Header, []*wire.Column) {
		h := tn.header(sq, 1)
		return h, columns(sq, tn.custodyOf(h, m))
	}

	t.Run("bad proof", func(t *testing.T) {
		h, cols := good()
		// Column 0's proof for row 2 replaced by a valid proof of another cell.
		cols[0].Proofs[2] = sq.Proofs[2][(int(cols[0].Index)+1)%128]
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		rej := wantCode(t, err, wire.CodeBadCells)
		if want := []wire.CellRef{{Row: 2, Col: cols[0].Index}}; !slices.Equal(rej.Cells, want) {
			t.Fatalf("bad cells %v, want %v", rej.Cells, want)
		}
		tn.assertNothingStored(m, h)
	})
	t.Run("bad cell data", func(t *testing.T) {
		h, cols := good()
		last := cols[len(cols)-1]
		last.Cells[3][17].SetUint64(42)
		last.Cells[1][0].SetUint64(43)
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		rej := wantCode(t, err, wire.CodeBadCells)
		if want := []wire.CellRef{{Row: 1, Col: last.Index}, {Row: 3, Col: last.Index}}; !slices.Equal(rej.Cells, want) {
			t.Fatalf("bad cells %v, want %v", rej.Cells, want)
		}
		tn.assertNothingStored(m, h)
	})
	t.Run("proof not a point", func(t *testing.T) {
		h, cols := good()
		cols[1].Proofs[0] = kzg.Proof{0x80, 1, 2, 3}
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeBadCells)
		tn.assertNothingStored(m, h)
	})
	t.Run("another member's columns", func(t *testing.T) {
		h, _ := good()
		other := 1
		for slices.Equal(tn.custodyOf(h, other), tn.custodyOf(h, m)) {
			other++
		}
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, columns(sq, tn.custodyOf(h, other)))
		wantCode(t, err, wire.CodeNotCustodian)
		tn.assertNothingStored(m, h)
	})
	t.Run("columns swapped after announcing", func(t *testing.T) {
		h, cols := good()
		cols[0], cols[1] = cols[1], cols[0]
		begin := &wire.DisperseBegin{Header: *h, Columns: tn.custodyOf(h, m)}
		msgs := []wire.Message{begin}
		for _, c := range cols {
			msgs = append(msgs, c)
		}
		err := tn.rawDisperse(ctx, tn.disperser, m, frame(t, msgs...))
		wantCode(t, err, wire.CodeMalformed)
		tn.assertNothingStored(m, h)
	})
	t.Run("parity commitments do not extend", func(t *testing.T) {
		h, cols := good()
		h.Commitments[3] = h.Commitments[1]
		h.Core.CommitmentsRoot = dac.CommitmentsRoot(h.Commitments)
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeBadHeader)
		tn.assertNothingStored(m, h)
	})
	t.Run("commitments root mismatch", func(t *testing.T) {
		h, cols := good()
		h.Core.CommitmentsRoot[0] ^= 1
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeBadHeader)
		tn.assertNothingStored(m, h)
	})
	t.Run("wrong chain", func(t *testing.T) {
		h, cols := good()
		h.Core.ChainID++
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeBadHeader)
		tn.assertNothingStored(m, h)
	})
	t.Run("wrong epoch", func(t *testing.T) {
		h, cols := good()
		h.Core.Epoch = 2
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		if rej := wantCode(t, err, wire.CodeWrongEpoch); rej.Epoch != 1 {
			t.Fatalf("rejection names epoch %d, want 1", rej.Epoch)
		}
		tn.assertNothingStored(m, h)
	})
	t.Run("expired", func(t *testing.T) {
		h, cols := good()
		h.Core.Expiry = uint64(time.Now().Add(-time.Minute).Unix())
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeExpired)
		tn.assertNothingStored(m, h)
	})
	t.Run("retention too long", func(t *testing.T) {
		h, cols := good()
		h.Core.Expiry = uint64(time.Now().Add(365 * 24 * time.Hour).Unix())
		_, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeExpired)
		tn.assertNothingStored(m, h)
	})
	t.Run("oversized header frame", func(t *testing.T) {
		// A length prefix far above the cap: refused before the body.
		raw := binary.BigEndian.AppendUint32(nil, 64<<20)
		raw = append(raw, byte(wire.TypeDisperseBegin))
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, raw), wire.CodeOversize)
	})
	t.Run("blob above max rows", func(t *testing.T) {
		// k = 512 is above the node's 256: its header alone overflows the frame cap.
		h, _ := good()
		h.Core.K = 512
		h.Core.Size = 400 * 126976
		h.Commitments = make([]kzg.Commitment, 1024)
		h.Core.CommitmentsRoot = dac.CommitmentsRoot(h.Commitments)
		raw := frame(t, &wire.DisperseBegin{Header: *h, Columns: []uint8{1}})
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, raw), wire.CodeOversize)
	})
	t.Run("oversized column frame", func(t *testing.T) {
		h, _ := good()
		raw := frame(t, &wire.DisperseBegin{Header: *h, Columns: tn.custodyOf(h, m)})
		raw = binary.BigEndian.AppendUint32(raw, uint32(wire.ColumnSize(4)+100))
		raw = append(raw, byte(wire.TypeColumn))
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, raw), wire.CodeOversize)
		tn.assertNothingStored(m, h)
	})
	t.Run("garbage", func(t *testing.T) {
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, []byte{0, 0, 0, 5, 1, 2, 3, 4, 5}), wire.CodeMalformed)
	})
	t.Run("wrong first message", func(t *testing.T) {
		h, cols := good()
		_ = h
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, frame(t, cols[0])), wire.CodeMalformed)
	})
	t.Run("empty frame", func(t *testing.T) {
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, []byte{0, 0, 0, 0}), wire.CodeMalformed)
	})
	t.Run("non-canonical cell", func(t *testing.T) {
		h, cols := good()
		raw := frame(t, &wire.DisperseBegin{Header: *h, Columns: tn.custodyOf(h, m)})
		enc := frame(t, cols[0])
		for i := 8; i < 8+32; i++ {
			enc[i] = 0xff // first element of the first cell >= the modulus
		}
		wantCode(t, tn.rawDisperse(ctx, tn.disperser, m, append(raw, enc...)), wire.CodeMalformed)
		tn.assertNothingStored(m, h)
	})
	t.Run("truncated stream", func(t *testing.T) {
		h, cols := good()
		raw := frame(t, &wire.DisperseBegin{Header: *h, Columns: tn.custodyOf(h, m)}, cols[0])
		err := tn.rawDisperse(ctx, tn.disperser, m, raw[:len(raw)-1000])
		if err == nil {
			t.Fatal("a truncated dispersal was attested")
		}
		tn.assertNothingStored(m, h)
	})
	t.Run("unknown peer", func(t *testing.T) {
		priv, _ := p2p.GenerateIdentity()
		stranger, err := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		defer stranger.Close()
		h, cols := good()
		_, err = p2p.Disperse(ctx, stranger, tn.nodes[m].AddrInfo(), h, cols)
		wantCode(t, err, wire.CodeUnauthorized)
		tn.assertNothingStored(m, h)
	})

	if got := testutilValue(tn.nodes[m].metrics.blobsStored); got != 0 {
		t.Fatalf("%v blobs stored from hostile input", got)
	}
	tn.assertHealthy(ctx, m)
	if got := testutilValue(tn.nodes[m].metrics.rejections.WithLabelValues(wire.CodeBadCells.String())); got != 3 {
		t.Fatalf("%v bad-cells rejections counted, want 3", got)
	}
}

// TestHostileReads sends bad cells requests: each gets its code and the
// node keeps serving.
func TestHostileReads(t *testing.T) {
	tn := newTestNet(t, 4, 2, func(_ int, c *Config) { c.Limits.MaxConcurrentReads, c.Limits.ReservedReads = 2, 0 })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sq := testSquare(t, 1)
	h := tn.header(sq, 1)
	if _, err := tn.disperseTo(ctx, sq, h, 0); err != nil {
		t.Fatal(err)
	}
	col := tn.custodyOf(h, 0)[0]
	raw := func(b []byte) error {
		s, err := tn.disperser.NewStream(ctx, tn.nodes[0].Host().ID(), wire.ProtocolCells)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Reset()
		s.Write(b)
		s.CloseWrite()
		var ch wire.CellsHeader
		return wire.ReadMessage(s, 1<<20, &ch)
	}
	wantCode(t, raw([]byte{0, 0, 0, 3, 0x10, 1, 2}), wire.CodeMalformed)
	wantCode(t, raw(binary.BigEndian.AppendUint32(nil, 1<<30)), wire.CodeOversize)
	wantCode(t, raw(frame(t, &wire.Attestation{})), wire.CodeMalformed)
	// Row 2 of a two-row square.
	_, _, err := p2p.FetchCells(ctx, tn.disperser, tn.nodes[0].AddrInfo(),
		&wire.CellsRequest{Blob: h.BlobID(), Cells: []wire.CellRef{{Row: 2, Col: col}}}, 256, nil)
	wantCode(t, err, wire.CodeMalformed)
	// Silent streams (more than the node's two read slots) hold no slot:
	// a real request is still served at once.
	priv, _ := p2p.GenerateIdentity()
	stranger, err := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer stranger.Close()
	if err := stranger.Connect(ctx, tn.nodes[0].AddrInfo()); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		s, err := stranger.NewStream(ctx, tn.nodes[0].Host().ID(), wire.ProtocolCells)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Reset()
		s.Write([]byte{0, 0}) // half a length prefix, then silence
	}
	// Let the node's handlers start and block on those streams.
	time.Sleep(200 * time.Millisecond)
	fctx, fcancel := context.WithTimeout(ctx, 5*time.Second)
	defer fcancel()
	_, items, err := p2p.FetchCells(fctx, tn.disperser, tn.nodes[0].AddrInfo(),
		&wire.CellsRequest{Blob: h.BlobID(), Columns: []uint8{col}}, 256, tn.kzg)
	if err != nil || len(items) != 2 {
		t.Fatalf("%d items, %v", len(items), err)
	}
}

// TestRateLimits: a peer over its request budget for a read protocol is
// refused with CodeRateLimited there, and only there: an authorized
// disperser whose GET probes spent its cells budget still disperses (with
// one budget shared by reads and dispersals, GET spam through a disperser
// starved its dispersals: issue 15 finding 6).
func TestRateLimits(t *testing.T) {
	tn := newTestNet(t, 4, 2, func(_ int, c *Config) {
		c.Limits.RequestsPerSecond = 0.001
		c.Limits.RequestBurst = 2
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sq := testSquare(t, 0)
	h := tn.header(sq, 1)
	if _, err := tn.disperseTo(ctx, sq, h, 0); err != nil {
		t.Fatal(err)
	}
	req := &wire.CellsRequest{Blob: h.BlobID(), Columns: tn.custodyOf(h, 0)[:1]}
	for i := range 2 {
		if _, _, err := p2p.FetchCells(ctx, tn.disperser, tn.nodes[0].AddrInfo(), req, 256, nil); err != nil {
			t.Fatalf("read %d within the burst: %v", i, err)
		}
	}
	_, _, err := p2p.FetchCells(ctx, tn.disperser, tn.nodes[0].AddrInfo(), req, 256, nil)
	wantCode(t, err, wire.CodeRateLimited)
	// Its dispersals are not charged to the spent read budget.
	for i := 1; i <= 3; i++ {
		sq := testSquare(t, i)
		if _, err := tn.disperseTo(ctx, sq, tn.header(sq, 1), 0); err != nil {
			t.Fatalf("dispersal %d after the reads were limited: %v", i, err)
		}
	}
}
