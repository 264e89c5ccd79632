package store

import (
	"errors"
	"testing"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// TestTornWrite stops WriteBlocks between its two steps (blocks, state
// nodes and staged records written; head not) and checks that the
// reopened store is exactly the old head: the chain resumes there, the
// orphan block is not served, StageFinal and StageDelete did not happen,
// and the same height can be produced again.
func TestTornWrite(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	g, _ := stf.Genesis(p)
	id := Ident{Role: RoleSequencer, ChainID: p.ChainID, Genesis: g.Hash}
	cfg := DefaultConfig()
	cfg.Dir = t.TempDir()
	open := func() (*DB, *chain.Chain) {
		db, err := Open(cfg, id, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		c, err := chain.Open(p, db, db.StateStore())
		if err != nil {
			t.Fatal(err)
		}
		return db, c
	}
	block := func(c *chain.Chain, time uint64) (*stf.Result, error) {
		w := batch.NewWriter(1, p.MaxRecord)
		w.Add(stf.Marker{Time: time}.Encode())
		b := &stf.Batch{Index: 1, Queue: []stf.QueueItem{{Index: 0, To: [20]byte{7}, Value: nil}},
			RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), 1)}
		var res *stf.Result
		err := c.WithState(func(st *state.State) error {
			var err error
			if res, err = stf.ApplyBatch(p, st, c.Head(), b, stf.Options{}); err != nil {
				return err
			}
			if _, err := st.Commit(); err != nil {
				return err
			}
			return c.Append(res.Blocks)
		})
		return res, err
	}
	db, c := open()
	if err := db.Put([]byte("x/keep"), []byte("1")); err != nil {
		t.Fatal(err)
	}
	db.StageFinal([]byte("x/final"), []byte("1"))
	db.StageDelete([]byte("x/keep"))
	crash := errors.New("crash between the steps")
	db.beforeHead = func() error { return crash }
	res, err := block(c, 100)
	if !errors.Is(err, crash) {
		t.Fatalf("append: %v", err)
	}
	if l, _, _ := c.Tags(); l != 0 {
		t.Fatalf("the chain moved to %d on a failed write", l)
	}
	db.Close()

	db, c = open()
	defer db.Close()
	if c.Head().Hash != g.Hash {
		t.Fatalf("reopened at %+v, want genesis", c.Head())
	}
	if _, ok := c.Block(1); ok {
		t.Fatal("the orphan block is served")
	}
	if _, ok := c.BlockByHash(res.Blocks[0].Hash); ok {
		t.Fatal("the orphan block is served by hash")
	}
	if _, err := db.Get([]byte("x/final")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("StageFinal landed without the head: %v", err)
	}
	if _, err := db.Get([]byte("x/keep")); err != nil {
		t.Fatalf("StageDelete landed without the head: %v", err)
	}
	again, err := block(c, 101)
	if err != nil {
		t.Fatal(err)
	}
	if l, _, _ := c.Tags(); l != 1 || c.Head().Hash != again.Blocks[0].Hash {
		t.Fatalf("after the retry: head %+v", c.Head())
	}
	if _, ok := c.BlockByHash(res.Blocks[0].Hash); ok {
		t.Fatal("the orphan block's hash finds the block that replaced it")
	}
}

// TestCorrupt names a damaged identity, head or block record as
// ErrCorrupt instead of reading on.
func TestCorrupt(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	g, _ := stf.Genesis(p)
	id := Ident{Role: RoleNode, ChainID: p.ChainID, Genesis: g.Hash}
	for _, tc := range []struct {
		name string
		key  []byte
		open func(cfg Config) error
	}{
		{"ident", keyIdent, func(cfg Config) error {
			db, err := Open(cfg, id, p, nil)
			if err == nil {
				db.Close()
			}
			return err
		}},
		{"head", keyHead, func(cfg Config) error {
			db, err := Open(cfg, id, p, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			_, err = chain.Open(p, db, db.StateStore())
			return err
		}},
		{"genesis block", blockKey(0), func(cfg Config) error {
			db, err := Open(cfg, id, p, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			_, err = chain.Open(p, db, db.StateStore())
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Dir = t.TempDir()
			db, err := Open(cfg, id, p, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := chain.Open(p, db, db.StateStore()); err != nil {
				t.Fatal(err)
			}
			if err := db.Put(tc.key, []byte("{not json")); err != nil {
				t.Fatal(err)
			}
			db.Close()
			if err := tc.open(cfg); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("opening over a damaged %s record: %v, want ErrCorrupt", tc.name, err)
			}
		})
	}
}
