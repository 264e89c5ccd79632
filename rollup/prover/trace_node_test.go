package prover

import (
	"context"
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// nodeFakes present a memSource as a node would see it: inbox events (a
// batch and its queue items per L1 block, 10 blocks apart), blobs served
// as field elements, and stored results.
type nodeFakes struct {
	src    *memSource
	events []l1.Event
	blobs  map[dac.BlobID][][]fr.Element
	calls  int
}

func newNodeFakes(t *testing.T, src *memSource) *nodeFakes {
	f := &nodeFakes{src: src, blobs: make(map[dac.BlobID][][]fr.Element)}
	f.events = append(f.events, l1.Event{Block: 1, Batch: &l1.Batch{Index: 0, Kind: l1.KindGenesis}})
	var queue uint64
	for i, b := range src.batches {
		block := uint64(10 * (i + 1))
		for _, q := range b.Queue {
			it := l1.QueueItem{Index: q.Index, Kind: l1.ItemKind(q.Kind), To: q.To, Data: q.Tx, L1Block: block}
			if q.Value != nil {
				it.Value = q.Value.ToBig()
			}
			f.events = append(f.events, l1.Event{Block: block, Item: &it})
		}
		id := dac.BlobID{byte(i + 1), 0xb1}
		lb := l1.Batch{Index: b.Index, Kind: l1.KindQuire, DataRef: common.Hash(id), K: uint32(b.Payload.Rows()),
			RecordCount: b.RecordCount, QueueStart: queue, QueueEnd: queue + uint64(len(b.Queue)),
			StepsStart: b.StepsStart, StepsEnd: b.StepsEnd(), L1Timestamp: b.L1Time, L1Block: b.L1Block}
		queue = lb.QueueEnd
		f.events = append(f.events, l1.Event{Block: block, Batch: &lb})
		// The rows: element e = 0x00 || its 31 payload bytes.
		data := b.Payload.Bytes()
		rows := make([][]fr.Element, b.Payload.Rows())
		for r := range rows {
			rows[r] = make([]fr.Element, batch.ElementsPerRow)
			for e := range rows[r] {
				var w [32]byte
				off := (r*batch.ElementsPerRow + e) * batch.BytesPerElement
				copy(w[1:], data[off:off+batch.BytesPerElement])
				rows[r][e].SetBytes(w[:])
			}
		}
		f.blobs[id] = rows
	}
	return f
}

func (f *nodeFakes) Events(_ context.Context, from, to uint64) ([]l1.Event, error) {
	f.calls++
	var out []l1.Event
	for _, ev := range f.events {
		if ev.Block >= from && ev.Block <= to {
			out = append(out, ev)
		}
	}
	return out, nil
}

func (f *nodeFakes) Get(_ context.Context, id dac.BlobID, _ ...retrieve.Option) (*retrieve.Blob, error) {
	rows, ok := f.blobs[id]
	if !ok {
		return nil, fmt.Errorf("no blob %x", id)
	}
	return &retrieve.Blob{ID: id, Rows: rows}, nil
}

func (f *nodeFakes) Checkpoint() node.Checkpoint {
	return node.Checkpoint{Cursor: l1.Cursor{Block: uint64(10*len(f.src.batches)) + 5}, NextBatch: uint64(len(f.src.batches)) + 1}
}

func (f *nodeFakes) StoredResult(i uint64) (node.BatchResult, bool, error) {
	if i == 0 || i > uint64(len(f.src.batches)) {
		return node.BatchResult{}, false, nil
	}
	return node.BatchResult{Index: i, Roots: f.src.after[i], Head: f.src.heads[i]}, true, nil
}

// TestNodeSource: a trace over a NodeSource (events, rows as field
// elements, stored results) gives the verifier's claims.
func TestNodeSource(t *testing.T) {
	ctx := context.Background()
	src := randomChain(t, 21, 3, 40)
	f := newNodeFakes(t, src)
	ns := NewNodeSource(testParams, f, f, f, src.store)
	if safe, _ := ns.Safe(ctx); safe != 3 {
		t.Fatalf("safe %d", safe)
	}
	for i, want := range src.batches {
		got, err := ns.Batch(ctx, uint64(i)+1)
		if err != nil {
			t.Fatal(err)
		}
		if got.StepsEnd() != want.StepsEnd() || len(got.Queue) != len(want.Queue) ||
			string(got.Payload.Bytes()) != string(want.Payload.Bytes()) {
			t.Fatalf("batch %d differs", i+1)
		}
	}
	if _, head, _ := ns.After(ctx, 0); head != src.heads[0] {
		t.Fatal("genesis head differs")
	}
	tr, err := NewTrace(DefaultTraceConfig(testParams), ns)
	if err != nil {
		t.Fatal(err)
	}
	want := verifierClaims(t, src)
	for n := range want {
		got, err := tr.ClaimAfter(ctx, uint64(n)+1)
		if err != nil {
			t.Fatal(err)
		}
		if got != want[n] {
			t.Fatalf("claim after %d steps differs", n+1)
		}
	}
	if f.calls != 1 {
		t.Fatalf("%d event reads, want 1 (cached)", f.calls)
	}
	if _, err := ns.Batch(ctx, 9); err == nil {
		t.Fatal("batch beyond the node's cursor answered")
	}
	// What Batch builds is what ApplyBatch derives.
	b, _ := ns.Batch(ctx, 2)
	st := state.Open(src.store, src.after[1])
	res, err := stf.ApplyBatch(testParams, st, src.heads[1], b, stf.Options{})
	if err != nil || res.Roots != src.after[2] || res.Head != src.heads[2] {
		t.Fatalf("re-derived batch 2: %v", err)
	}
}
