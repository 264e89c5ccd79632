package node_test

import (
	"context"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/stf"
)

// TestDeclaredRange: the L2 block range a batch declares in the inbox is
// checked against the blocks its records make. A batch of two blocks that
// declares two is accepted quietly; one of one block that declares three
// is derived as the one block its records make, and flagged.
func TestDeclaredRange(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	pl := newPipeline(t, ctx, pipelineOptions{env: dispersertest.Options{Members: 4, Threshold: 3, L1: true}, noSequencer: true})
	now := uint64(time.Now().Unix())
	appendBlocks := func(blocks int, declared uint64) {
		t.Helper()
		w := batch.NewWriter(4, pl.p.MaxRecord)
		for range blocks {
			if err := w.Add(stf.Marker{Time: now, L1Origin: 1}.Encode()); err != nil {
				t.Fatal(err)
			}
		}
		res, err := pl.e.Disperser.Put(ctx, append([]byte(nil), w.Bytes()...), disperser.PutOptions{L1: api.L1Wait})
		if err != nil {
			t.Fatal(err)
		}
		h, err := res.DecodeHeader()
		if err != nil {
			t.Fatal(err)
		}
		head, err := pl.inbox.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		prev, err := pl.inbox.BatchHash(ctx, head.NextBatch-1)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := pl.inbox.AppendBatch(ctx, pl.e.Admin, &h.Core, l1.BatchArgs{
			Index: head.NextBatch, PrevHash: prev, RecordCount: w.RecordCount(), QueueEnd: head.QueueNext,
			L2BlockStart: head.L2BlockEnd, L2BlockEnd: head.L2BlockEnd + declared,
		}); err != nil {
			t.Fatal(err)
		}
	}
	appendBlocks(2, 2) // honest
	appendBlocks(1, 3) // declares two blocks it does not have
	v := pl.verifier(t, ctx, nil)
	derive(t, ctx, v, 3)
	res := v.Results()
	if len(res) != 2 {
		t.Fatalf("%d batches derived, want 2", len(res))
	}
	if res[0].RangeMismatch || res[0].Declared != [2]uint64{1, 3} || res[0].Head.Number != 2 {
		t.Fatalf("honest batch: %+v", res[0])
	}
	if !res[1].RangeMismatch || res[1].Declared != [2]uint64{3, 6} || res[1].Head.Number != 3 {
		t.Fatalf("lying batch: declared %v, head %d, mismatch %v", res[1].Declared, res[1].Head.Number, res[1].RangeMismatch)
	}
	if l, _, _ := v.Chain().Tags(); l != 3 {
		t.Fatalf("derived chain ends at %d, want 3 (the blocks the records make)", l)
	}
}
