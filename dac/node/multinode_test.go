package node

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// TestSixteenNodes: a disperser sends a two-row blob to a committee of 16
// real nodes on loopback; every member verifies, stores and signs; the
// signatures aggregate into a certificate that verifies; and every cell of
// the extended square can be fetched, byte for byte and with a valid
// proof, from each of its custodians.
func TestSixteenNodes(t *testing.T) {
	tn := newTestNet(t, 16, 11, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sq := testSquare(t, 3)
	h := tn.header(sq, 1)

	atts, errs := tn.disperseAll(ctx, sq, h)
	keys := make([]bls.PublicKey, len(tn.keys))
	for i, k := range tn.keys {
		keys[i] = k.PublicKey()
	}
	agg, err := dac.NewAggregator(keys, tn.committee.Threshold, testChainID, testCommitteeAddr, 1, h.Hash())
	if err != nil {
		t.Fatal(err)
	}
	for m := range tn.nodes {
		if errs[m] != nil {
			t.Fatalf("member %d: %v", m, errs[m])
		}
		tn.checkAttestation(atts[m], h, m)
		sig, _ := bls.SignatureFromBytes(atts[m].Signature[:])
		if err := agg.Add(m, sig); err != nil {
			t.Fatalf("aggregate member %d: %v", m, err)
		}
	}
	cert, err := agg.Certificate()
	if err != nil {
		t.Fatal(err)
	}
	if err := cert.Verify(keys, tn.committee.Threshold, testChainID, testCommitteeAddr); err != nil {
		t.Fatalf("certificate: %v", err)
	}

	// Every cell from every custodian, as whole columns.
	custody, _ := tn.committee.Custody()
	a := custody.Assign(h.BlobID())
	fetched := make(map[[2]int]int) // (row, col) -> custodians that served it
	for m := range tn.nodes {
		cols := tn.custodyOf(h, m)
		req := &wire.CellsRequest{Blob: h.BlobID(), Columns: cols}
		got, items, err := p2p.FetchCells(ctx, tn.disperser, tn.nodes[m].AddrInfo(), req, 256, tn.kzg)
		if err != nil {
			t.Fatalf("member %d: fetch columns: %v", m, err)
		}
		if got.Hash() != h.Hash() {
			t.Fatalf("member %d served another header", m)
		}
		for _, it := range items {
			want := sq.Cells[it.Row][it.Col].Bytes()
			have := it.Cell.Bytes()
			if !bytes.Equal(have[:], want[:]) || it.Proof != sq.Proofs[it.Row][it.Col] {
				t.Fatalf("member %d: cell (%d, %d) differs from the square", m, it.Row, it.Col)
			}
			if !a.Holds(m, int(it.Col)) {
				t.Fatalf("member %d served column %d it does not hold", m, it.Col)
			}
			fetched[[2]int{int(it.Row), int(it.Col)}]++
		}
	}
	for r := range sq.Rows() {
		for c := range erasure.CellsPerRow {
			if n := fetched[[2]int{r, c}]; n != 2 {
				t.Fatalf("cell (%d, %d) served by %d custodians, want 2", r, c, n)
			}
		}
	}

	// Single cells, and the two distinct refusals.
	m := a.Custodians(77)[0]
	req := &wire.CellsRequest{Blob: h.BlobID(), Cells: []wire.CellRef{{Row: 0, Col: 77}, {Row: 3, Col: 77}}}
	_, items, err := p2p.FetchCells(ctx, tn.disperser, tn.nodes[m].AddrInfo(), req, 256, tn.kzg)
	if err != nil || len(items) != 2 || items[1].Row != 3 {
		t.Fatalf("single cells: %d items, %v", len(items), err)
	}
	other := (m + 8) % 16
	for a.Holds(other, 77) {
		other = (other + 1) % 16
	}
	_, _, err = p2p.FetchCells(ctx, tn.disperser, tn.nodes[other].AddrInfo(), req, 256, tn.kzg)
	wantCode(t, err, wire.CodeNotCustodian)
	req.Blob[0] ^= 1
	_, _, err = p2p.FetchCells(ctx, tn.disperser, tn.nodes[m].AddrInfo(), req, 256, tn.kzg)
	wantCode(t, err, wire.CodeNotFound)

	// A replay is idempotent: the same signature, nothing written.
	before := tn.nodes[0].metrics
	bytesBefore := testutilValue(before.bytesStored)
	att, err := tn.disperseTo(ctx, sq, h, 0)
	if err != nil {
		t.Fatal(err)
	}
	if att.Signature != atts[0].Signature {
		t.Fatal("replay produced another signature")
	}
	if got := testutilValue(before.bytesStored); got != bytesBefore {
		t.Fatalf("replay wrote %v bytes", got-bytesBefore)
	}
	if testutilValue(before.replays) != 1 {
		t.Fatal("replay not counted")
	}
	_ = kzg.PointSize
}
