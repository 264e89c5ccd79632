package store_test

import (
	"bytes"
	"testing"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

// FuzzDecodeBlock feeds arbitrary bytes to the block decoder: it must not
// panic, and what it accepts must encode back to a record that decodes to
// the same block.
func FuzzDecodeBlock(f *testing.F) {
	p := stf.ParamsOf(rollup.DevConfig())
	mem := chain.New(p, state.New(state.NewMemStore()))
	pr := newProducer(p, testRand(f))
	for i := uint64(1); i <= 3; i++ {
		res := apply(f, mem, pr.batch(f, i))
		for _, b := range res.Blocks {
			raw, err := store.EncodeBlock(&b)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(raw)
		}
	}
	f.Add([]byte(`{"header":"0x","txs":[],"receipts":[]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, err := store.DecodeBlock(raw, p)
		if err != nil {
			return
		}
		again, err := store.EncodeBlock(&b)
		if err != nil {
			t.Fatal(err)
		}
		b2, err := store.DecodeBlock(again, p)
		if err != nil {
			t.Fatalf("re-encoded block does not decode: %v", err)
		}
		if b2.Hash != b.Hash || len(b2.Txs) != len(b.Txs) {
			t.Fatal("round trip changed the block")
		}
		again2, _ := store.EncodeBlock(&b2)
		if !bytes.Equal(again, again2) {
			t.Fatal("encoding is not stable")
		}
	})
}
