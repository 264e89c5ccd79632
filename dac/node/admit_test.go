package node

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

func TestHeaderCode(t *testing.T) {
	tests := []struct {
		err  error
		want wire.Code
	}{
		{dac.ErrHeaderOversize, wire.CodeOversize},
		{fmt.Errorf("x: %w", dac.ErrWrongEpoch), wire.CodeWrongEpoch},
		{dac.ErrExpiry, wire.CodeExpired},
		{dac.ErrNotExtension, wire.CodeBadHeader},
		{dac.ErrCommitmentsRoot, wire.CodeBadHeader},
		{dac.ErrWrongChain, wire.CodeBadHeader},
		{dac.ErrHeaderMalformed, wire.CodeBadHeader},
		{dac.ErrHeaderVersion, wire.CodeBadHeader},
	}
	for _, tt := range tests {
		if got := headerCode(tt.err); got != tt.want {
			t.Errorf("headerCode(%v) = %s, want %s", tt.err, got, tt.want)
		}
	}
}

func TestAdmit(t *testing.T) {
	now := time.Now()
	sq := testSquare(t, 0)
	tn := &testNet{t: t}
	cust, _ := dac.NewCustody(4, 2)
	st := &epochState{c: &p2p.Committee{Epoch: 1, Threshold: 2, Replication: 2, Members: make([]p2p.Member, 4)}, self: 2, custody: cust}
	policy := dac.HeaderPolicy{ChainID: testChainID, Epoch: 1, MaxRows: 256, Members: 4, Now: now,
		MinRetention: time.Hour, MaxRetention: 30 * 24 * time.Hour}
	h := tn.header(sq, 1)
	mine := custodyColumns(cust, h.BlobID(), 2)
	tests := []struct {
		name string
		st   *epochState
		cols []uint8
		mut  func(h *dac.Header)
		want wire.Code
	}{
		{"ok", st, mine, nil, 0},
		{"no committee", nil, mine, nil, wire.CodeUnknownCommittee},
		{"not a member", &epochState{c: st.c, self: -1, custody: cust}, mine, nil, wire.CodeUnknownCommittee},
		{"missing column", st, mine[1:], nil, wire.CodeNotCustodian},
		{"extra column", st, append(slices.Clone(mine), 127), nil, wire.CodeNotCustodian},
		{"epoch", st, mine, func(h *dac.Header) { h.Core.Epoch = 5 }, wire.CodeWrongEpoch},
		{"expiry", st, mine, func(h *dac.Header) { h.Core.Expiry = 1 }, wire.CodeExpired},
		{"root", st, mine, func(h *dac.Header) { h.Core.CommitmentsRoot[3]++ }, wire.CodeBadHeader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hh := *h
			hh.Commitments = slices.Clone(h.Commitments)
			if tt.mut != nil {
				tt.mut(&hh)
			}
			adm, rej := admit(tt.st, &wire.DisperseBegin{Header: hh, Columns: tt.cols}, policy)
			if tt.want == 0 {
				if rej != nil || adm.member != 2 || !slices.Equal(adm.expected, mine) {
					t.Fatalf("admit = %+v, %+v", adm, rej)
				}
				return
			}
			if rej == nil || rej.Code != tt.want {
				t.Fatalf("admit = %+v, want code %s", rej, tt.want)
			}
		})
	}
}

func TestBadCells(t *testing.T) {
	cols := []*wire.Column{{Index: 9}, {Index: 3}}
	err := &kzg.InvalidCellError{Items: []int{5, 0, 2}, Causes: []error{kzg.ErrVerify, kzg.ErrVerify, kzg.ErrVerify}}
	rej := badCells(err, []int{0, 1, 2, 3}, cols)
	// Items index column by column, 4 rows each: 0 -> (0, 9), 2 -> (2, 9), 5 -> (1, 3).
	want := []wire.CellRef{{Row: 0, Col: 9}, {Row: 1, Col: 3}, {Row: 2, Col: 9}}
	if rej.Code != wire.CodeBadCells || !slices.Equal(rej.Cells, want) {
		t.Fatalf("badCells = %+v, want %v", rej.Cells, want)
	}
	if _, aerr := (&wire.Rejection{Code: rej.Code, Message: rej.Message, Cells: rej.Cells}).AppendBinary(nil); aerr != nil {
		t.Fatalf("rejection does not encode: %v", aerr)
	}
	// k = 2 with one payload row: row 1 is known-zero and not sent, so
	// the columns carry rows 0, 2 and 3: 0 -> (0, 9), 2 -> (3, 9),
	// 5 -> (3, 3).
	rej = badCells(err, []int{0, 2, 3}, cols)
	want = []wire.CellRef{{Row: 0, Col: 9}, {Row: 3, Col: 3}, {Row: 3, Col: 9}}
	if !slices.Equal(rej.Cells, want) {
		t.Fatalf("badCells with a known-zero row = %+v, want %v", rej.Cells, want)
	}
	plain := badCells(errors.New("boom"), []int{0, 1, 2, 3}, cols)
	if plain.Code != wire.CodeBadCells || len(plain.Cells) != 0 {
		t.Fatalf("badCells(plain error) = %+v", plain)
	}
}

func TestPlanRead(t *testing.T) {
	h := &dac.Header{Core: dac.HeaderCore{K: 2}}
	info := &BlobInfo{Header: h, Columns: map[uint8]uint64{4: 10, 8: 20}}
	live := func(now uint64) func(uint8) bool {
		return func(c uint8) bool { e, ok := info.Columns[c]; return ok && e > now }
	}
	tests := []struct {
		name  string
		req   wire.CellsRequest
		now   uint64
		items int
		code  wire.Code
	}{
		{"cells and a column", wire.CellsRequest{Cells: []wire.CellRef{{Row: 3, Col: 4}}, Columns: []uint8{8}}, 5, 5, 0},
		{"column not held", wire.CellsRequest{Columns: []uint8{8, 9}}, 5, 0, wire.CodeNotCustodian},
		{"column expired", wire.CellsRequest{Columns: []uint8{4}}, 15, 0, wire.CodeNotCustodian},
		{"all expired", wire.CellsRequest{Columns: []uint8{8}}, 25, 0, wire.CodeNotFound},
		{"row out of range", wire.CellsRequest{Cells: []wire.CellRef{{Row: 4, Col: 4}}}, 5, 0, wire.CodeMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, rej := planRead(&tt.req, info, live(tt.now))
			if tt.code == 0 {
				if rej != nil || n != tt.items {
					t.Fatalf("planRead = %d, %+v, want %d items", n, rej, tt.items)
				}
				return
			}
			if rej == nil || rej.Code != tt.code {
				t.Fatalf("planRead = %+v, want %s", rej, tt.code)
			}
		})
	}
}

func TestTokenBucket(t *testing.T) {
	l := newPeerLimiter(p2p.Limits{RequestsPerSecond: 2, RequestBurst: 3, BytesPerSecond: 100, ByteBurst: 1000})
	p := peer.ID("p")
	t0 := time.Unix(1000, 0)
	for i := range 3 {
		if !l.allowRequest(p, readCells, t0) {
			t.Fatalf("request %d within the burst refused", i)
		}
	}
	if l.allowRequest(p, readCells, t0) {
		t.Fatal("request beyond the burst allowed")
	}
	if !l.allowRequest(p, readCells, t0.Add(600*time.Millisecond)) {
		t.Fatal("no refill after 0.6 s at 2/s")
	}
	if l.allowRequest(p, readCells, t0.Add(700*time.Millisecond)) {
		t.Fatal("refilled too fast")
	}
	if !l.allowBytes(p, readCells, 1000, t0) || l.allowBytes(p, readCells, 1, t0) {
		t.Fatal("byte burst wrong")
	}
	if l.allowBytes(p, readCells, 1001, t0.Add(time.Hour)) {
		t.Fatal("a request above the burst passed")
	}
	if !l.allowRequest(peer.ID("q"), readCells, t0) {
		t.Fatal("buckets are not per peer")
	}
	if !l.allowRequest(p, readArchive, t0) || !l.allowBytes(p, readArchive, 1000, t0) {
		t.Fatal("the archive budget is spent by cells reads")
	}
	l.prune(t0.Add(time.Hour))
	if l.size() != 0 {
		t.Fatalf("%d idle peers kept", l.size())
	}
}
