package chain

import (
	"testing"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

func TestChain(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	c := New(p, state.New(state.NewMemStore()))
	g, ok := c.Block(0)
	if !ok || c.Head().Hash != g.Hash {
		t.Fatal("genesis")
	}
	// Two blocks from one batch of two markers.
	w := batch.NewWriter(1, p.MaxRecord)
	for _, m := range []stf.Marker{{Time: 10, L1Origin: 1}, {Time: 11, L1Origin: 2}} {
		if err := w.Add(m.Encode()); err != nil {
			t.Fatal(err)
		}
	}
	b := &stf.Batch{Index: 1, RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), 1)}
	var res *stf.Result
	if err := c.WithState(func(st *state.State) error {
		var err error
		res, err = stf.ApplyBatch(p, st, c.Head(), b, stf.Options{})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 2 {
		t.Fatalf("%d blocks", len(res.Blocks))
	}
	if err := c.Append(res.Blocks[1:]); err == nil {
		t.Fatal("a block not extending the head was appended")
	}
	if err := c.Append(res.Blocks); err != nil {
		t.Fatal(err)
	}
	if err := c.Append(res.Blocks[:1]); err == nil {
		t.Fatal("a block appended twice")
	}
	if got, ok := c.BlockByHash(res.Blocks[1].Hash); !ok || got.Number != 2 {
		t.Fatal("block by hash")
	}
	c.SetSafe(2)
	c.SetSafe(1) // never moves back
	c.SetFinalized(1)
	if l, s, f := c.Tags(); l != 2 || s != 2 || f != 1 {
		t.Fatalf("tags %d %d %d", l, s, f)
	}
	if _, out, ok := c.Output(2); !ok || out != res.Output {
		t.Fatalf("output root %x, want %x", out, res.Output)
	}
	if _, _, ok := c.Output(3); ok {
		t.Fatal("output beyond the head")
	}
}
