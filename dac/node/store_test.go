package node

import (
	"bytes"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
)

func openTestStore(t testing.TB, dir string) *Store {
	t.Helper()
	cfg := DefaultStoreConfig()
	cfg.MemTableSize = 4 << 20
	if dir == "" {
		cfg.InMemory = true
	} else {
		cfg.Dir = dir
	}
	s, err := OpenStore(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testDispersal(t testing.TB, blob int, cols []uint8, expiry time.Time) *Dispersal {
	sq := testSquare(t, blob)
	tn := &testNet{t: t}
	h := tn.header(sq, 1)
	h.Core.Expiry = uint64(expiry.Unix())
	return &Dispersal{Header: h, Member: 3, Columns: columns(sq, cols)}
}

func sameCell(a, b *wire.CellItem) bool {
	x, y := a.Cell.Bytes(), b.Cell.Bytes()
	return a.CellRef == b.CellRef && bytes.Equal(x[:], y[:]) && a.Proof == b.Proof
}

func TestStorePutAndRead(t *testing.T) {
	for _, mode := range []string{"memory", "disk"} {
		t.Run(mode, func(t *testing.T) {
			dir := ""
			if mode == "disk" {
				dir = t.TempDir()
			}
			s := openTestStore(t, dir)
			defer s.Close()
			now := time.Now()
			d := testDispersal(t, 3, []uint8{5, 64, 127}, now.Add(time.Hour))
			id := d.Header.BlobID()
			res, err := s.Put(d)
			if err != nil {
				t.Fatal(err)
			}
			if res.Replay || res.CellBytes != 3*4*cellValueSize || res.Member != 3 {
				t.Fatalf("Put = %+v", res)
			}
			info, err := s.Blob(id)
			if err != nil {
				t.Fatal(err)
			}
			if info.Header.Hash() != d.Header.Hash() || len(info.Columns) != 3 || !info.Holds(64, now) || info.Holds(6, now) {
				t.Fatalf("blob info: %+v", info.Columns)
			}
			if _, member, err := s.Header(d.Header.Hash()); err != nil || member != 3 {
				t.Fatalf("Header: member %d, %v", member, err)
			}
			it, err := s.Cell(id, 2, 64)
			if err != nil {
				t.Fatal(err)
			}
			want := wire.CellItem{CellRef: wire.CellRef{Row: 2, Col: 64}, Cell: d.Columns[1].Cells[2], Proof: d.Columns[1].Proofs[2]}
			if !sameCell(&it, &want) {
				t.Fatal("cell (2, 64) differs")
			}
			var rows []uint16
			n, err := s.Column(id, 127, func(it *wire.CellItem) error {
				rows = append(rows, it.Row)
				w := wire.CellItem{CellRef: it.CellRef, Cell: d.Columns[2].Cells[it.Row], Proof: d.Columns[2].Proofs[it.Row]}
				if !sameCell(it, &w) {
					t.Fatalf("column 127 row %d differs", it.Row)
				}
				return nil
			})
			if err != nil || n != 4 || len(rows) != 4 || rows[0] != 0 || rows[3] != 3 {
				t.Fatalf("Column: %d cells, rows %v, %v", n, rows, err)
			}
			if _, err := s.Cell(id, 0, 6); !errors.Is(err, ErrNotFound) {
				t.Fatalf("cell of a column not held: %v", err)
			}
			if _, err := s.Blob(dac.BlobID{1}); !errors.Is(err, ErrNotFound) {
				t.Fatalf("unknown blob: %v", err)
			}

			// The exact header again: a replay, nothing written.
			res, err = s.Put(d)
			if err != nil || !res.Replay || res.CellBytes != 0 {
				t.Fatalf("replay: %+v, %v", res, err)
			}
			// The same blob under a header expiring sooner: only the header
			// is new; cells already held long enough are not rewritten.
			d2 := testDispersal(t, 3, []uint8{5, 64, 127}, now.Add(30*time.Minute))
			res, err = s.Put(d2)
			if err != nil || res.Replay || res.CellBytes != 0 {
				t.Fatalf("shorter header: %+v, %v", res, err)
			}
			// A later expiry rewrites the cells with the longer TTL, and a new
			// column adds to the record.
			d3 := testDispersal(t, 3, []uint8{5, 9}, now.Add(2*time.Hour))
			res, err = s.Put(d3)
			if err != nil || res.CellBytes != 2*4*cellValueSize {
				t.Fatalf("longer header: %+v, %v", res, err)
			}
			info, _ = s.Blob(id)
			if len(info.Columns) != 4 || info.Columns[5] != d3.Header.Core.Expiry || info.Columns[64] != d.Header.Core.Expiry {
				t.Fatalf("columns after three headers: %v", info.Columns)
			}
			if info.Header.Hash() != d3.Header.Hash() {
				t.Fatal("the record does not serve the longest-lived header")
			}
			if n, err := s.CountBlobs(); err != nil || n != 1 {
				t.Fatalf("CountBlobs = %d, %v", n, err)
			}
			du, err := s.DiskUsage()
			if err != nil || (mode == "disk") != (du > 0) {
				t.Fatalf("DiskUsage = %d, %v", du, err)
			}
			if _, err := s.RunGC(2); err != nil {
				t.Fatalf("RunGC: %v", err)
			}
		})
	}
}

// TestStoreSurvivesReopen: what Put returned for is there after closing
// and reopening the directory.
func TestStoreSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	d := testDispersal(t, 2, []uint8{0, 100}, now.Add(time.Hour))
	s := openTestStore(t, dir)
	if _, err := s.Put(d); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openTestStore(t, dir)
	defer s.Close()
	it, err := s.Cell(d.Header.BlobID(), 1, 100)
	if err != nil {
		t.Fatal(err)
	}
	want := wire.CellItem{CellRef: wire.CellRef{Row: 1, Col: 100}, Cell: d.Columns[1].Cells[1], Proof: d.Columns[1].Proofs[1]}
	if !sameCell(&it, &want) {
		t.Fatal("cell differs after reopen")
	}
}

// TestStoreTTL: hot-tier data disappears at the header's expiry.
func TestStoreTTL(t *testing.T) {
	s := openTestStore(t, t.TempDir())
	defer s.Close()
	now := time.Now()
	exp := now.Truncate(time.Second).Add(2 * time.Second)
	d := testDispersal(t, 0, []uint8{7}, exp)
	if _, err := s.Put(d); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Cell(d.Header.BlobID(), 0, 7); err != nil {
		t.Fatalf("before expiry: %v", err)
	}
	time.Sleep(time.Until(exp.Add(1100 * time.Millisecond)))
	if _, err := s.Cell(d.Header.BlobID(), 0, 7); !errors.Is(err, ErrNotFound) {
		t.Fatalf("cell after expiry: %v", err)
	}
	if _, err := s.Blob(d.Header.BlobID()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("blob after expiry: %v", err)
	}
	if _, _, err := s.Header(d.Header.Hash()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("header after expiry: %v", err)
	}
}

func TestBlobRecordCodec(t *testing.T) {
	r := &blobRecord{header: dac.HeaderHash{9}}
	r.setColumn(3, 100)
	r.setColumn(200, 50)
	r.setColumn(3, 90) // never lowers
	got, err := decodeBlobRecord(r.encode())
	if err != nil || got.header != r.header || len(got.columns) != 2 || got.columns[3] != 100 || got.maxExpiry() != 100 {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for _, bad := range [][]byte{nil, make([]byte, 32), append(make([]byte, 32), 2, 1)} {
		if _, err := decodeBlobRecord(bad); !errors.Is(err, ErrStoreCorrupt) {
			t.Fatalf("decode %x: %v", bad, err)
		}
	}
}

func TestStoreConfigValidate(t *testing.T) {
	ok := DefaultStoreConfig()
	ok.Dir = "x"
	tests := []struct {
		name string
		mut  func(c *StoreConfig)
		ok   bool
	}{
		{"ok", func(*StoreConfig) {}, true},
		{"memory", func(c *StoreConfig) { c.Dir, c.InMemory = "", true }, true},
		{"both", func(c *StoreConfig) { c.InMemory = true }, false},
		{"neither", func(c *StoreConfig) { c.Dir = "" }, false},
		{"tiny memtable", func(c *StoreConfig) { c.MemTableSize = 1000 }, false},
		{"huge vlog", func(c *StoreConfig) { c.ValueLogFileSize = 4 << 30 }, false},
		{"no gc", func(c *StoreConfig) { c.GCInterval = 0 }, false},
		{"watermark under badger's sparse files", func(c *StoreConfig) { c.MinFreeBytes = 2*c.ValueLogFileSize + 2*c.MemTableSize - 1 }, false},
		{"watermark ignored in memory", func(c *StoreConfig) { c.Dir, c.InMemory, c.MinFreeBytes = "", true, 0 }, true},
		{"no put timeout", func(c *StoreConfig) { c.PutTimeout = 0 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.mut(&c)
			if err := c.Validate(); (err == nil) != tt.ok {
				t.Fatalf("Validate = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

// TestStorePageOut: handing the value-log pages back covers the store's
// mappings and loses nothing.
func TestStorePageOut(t *testing.T) {
	s := openTestStore(t, t.TempDir())
	defer s.Close()
	now := time.Now()
	d := testDispersal(t, 3, []uint8{1, 2, 3}, now.Add(time.Hour))
	if _, err := s.Put(d); err != nil {
		t.Fatal(err)
	}
	advised, err := s.PageOut()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "linux" && advised == 0 {
		t.Fatal("no value-log mapping found to page out")
	}
	it, err := s.Cell(d.Header.BlobID(), 3, 2)
	want := wire.CellItem{CellRef: wire.CellRef{Row: 3, Col: 2}, Cell: d.Columns[1].Cells[3], Proof: d.Columns[1].Proofs[3]}
	if err != nil || !sameCell(&it, &want) {
		t.Fatalf("cell after page-out: %v", err)
	}
	mem := openTestStore(t, "")
	defer mem.Close()
	if n, err := mem.PageOut(); n != 0 || err != nil {
		t.Fatalf("in-memory PageOut = %d, %v", n, err)
	}
}
