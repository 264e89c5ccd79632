package samplertest

import (
	"bufio"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

// Behavior is how a scripted member answers cells requests. The zero
// value is an honest member.
type Behavior struct {
	// Withhold hides cells: a request naming any of them is refused with
	// wire.CodeNotFound (what a dac/node answers for a cell it lacks).
	Withhold func(row, col int) bool
	// Forge corrupts cells: they are served with one element changed (the
	// encoding stays canonical; the proof no longer matches).
	Forge func(row, col int) bool
	// Offline resets every stream without answering.
	Offline bool
	// Delay holds every answer back this long.
	Delay time.Duration
	// Busy, when set and returning true, refuses the request with
	// wire.CodeBusy (what a dac/node answers when no read slot is open to
	// the peer).
	Busy func() bool
}

// Member is a scripted committee member: a real libp2p host serving
// /quire/cells/1 and /quire/cells/2 (dac/wire framing) from squares held in memory, with a
// Behavior that can withhold or forge cells. It serves only its custody
// columns, like a dac/node.
type Member struct {
	Host host.Host

	mu       sync.Mutex
	blobs    map[dac.BlobID]*heldBlob
	behavior Behavior

	requests atomic.Int64
	served   atomic.Int64
}

type heldBlob struct {
	header *dac.Header
	square *kzg.Square
	cols   map[int]bool
}

// NewMember starts a scripted member listening on loopback.
func NewMember() (*Member, error) {
	priv, err := p2p.GenerateIdentity()
	if err != nil {
		return nil, err
	}
	h, err := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		return nil, err
	}
	m := &Member{Host: h, blobs: map[dac.BlobID]*heldBlob{}}
	h.SetStreamHandler(wire.ProtocolCells, func(s network.Stream) { m.handle(s, 1) })
	h.SetStreamHandler(wire.ProtocolCellsV2, func(s network.Stream) { m.handle(s, 2) })
	return m, nil
}

// AddrInfo returns the member's peer ID and addresses.
func (m *Member) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: m.Host.ID(), Addrs: m.Host.Addrs()}
}

// Hold gives the member columns cols of the blob of header h (whose
// extended square is sq).
func (m *Member) Hold(h *dac.Header, sq *kzg.Square, cols []int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	held := &heldBlob{header: h, square: sq, cols: map[int]bool{}}
	for _, c := range cols {
		held.cols[c] = true
	}
	m.blobs[h.BlobID()] = held
}

// SetBehavior changes how the member answers from now on.
func (m *Member) SetBehavior(b Behavior) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.behavior = b
}

// Requests returns how many cells requests the member received.
func (m *Member) Requests() int64 { return m.requests.Load() }

// CellsServed returns how many cells the member sent.
func (m *Member) CellsServed() int64 { return m.served.Load() }

// Close stops the member's host.
func (m *Member) Close() error { return m.Host.Close() }

// handle answers one stream of /quire/cells/<version>.
func (m *Member) handle(s network.Stream, version int) {
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	m.requests.Add(1)
	m.mu.Lock()
	b := m.behavior
	m.mu.Unlock()
	if b.Offline {
		s.Reset()
		return
	}
	q := wire.CellsQuery{WantHeader: true}
	if version == 1 {
		var req wire.CellsRequest
		if err := wire.ReadMessage(s, 1<<16, &req); err != nil {
			s.Reset()
			return
		}
		q.Blob, q.Cells, q.Columns = req.Blob, req.Cells, req.Columns
	} else if err := wire.ReadMessage(s, 1<<16, &q); err != nil {
		s.Reset()
		return
	}
	req := q.Request()
	if b.Delay > 0 {
		time.Sleep(b.Delay)
	}
	reject := func(code wire.Code, msg string) {
		wire.WriteMessage(s, &wire.Rejection{Code: code, Message: msg})
	}
	if b.Busy != nil && b.Busy() {
		reject(wire.CodeBusy, "no read slot open to this peer")
		return
	}
	m.mu.Lock()
	held := m.blobs[req.Blob]
	m.mu.Unlock()
	if held == nil {
		reject(wire.CodeNotFound, "blob not held")
		return
	}
	if len(req.Columns) > 0 {
		reject(wire.CodeMalformed, "column requests are not served by this test member")
		return
	}
	rows := held.square.Rows()
	for _, c := range req.Cells {
		switch {
		case int(c.Row) >= rows:
			reject(wire.CodeMalformed, "row out of range")
			return
		case !held.cols[int(c.Col)]:
			reject(wire.CodeNotCustodian, "column not held")
			return
		case b.Withhold != nil && b.Withhold(int(c.Row), int(c.Col)):
			reject(wire.CodeNotFound, "cell not held")
			return
		}
	}
	w := bufio.NewWriter(s)
	var open wire.Message = &wire.CellsCount{Items: uint32(len(req.Cells))}
	if q.WantHeader {
		open = &wire.CellsHeader{Header: *held.header, Items: uint32(len(req.Cells))}
	}
	if err := wire.WriteMessage(w, open); err != nil {
		s.Reset()
		return
	}
	for start := 0; start < len(req.Cells); start += wire.MaxBatchCells {
		batch := &wire.CellBatch{}
		for _, c := range req.Cells[start:min(start+wire.MaxBatchCells, len(req.Cells))] {
			it := wire.CellItem{CellRef: c, Cell: held.square.Cells[c.Row][c.Col], Proof: held.square.Proofs[c.Row][c.Col]}
			if b.Forge != nil && b.Forge(int(c.Row), int(c.Col)) {
				var one = it.Cell[0]
				one.SetOne()
				it.Cell[7].Add(&it.Cell[7], &one)
			}
			batch.Items = append(batch.Items, it)
		}
		if err := wire.WriteMessage(w, batch); err != nil {
			s.Reset()
			return
		}
	}
	if err := w.Flush(); err != nil {
		s.Reset()
		return
	}
	m.served.Add(int64(len(req.Cells)))
}
