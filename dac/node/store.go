package node

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

// Store errors.
var (
	// ErrNotFound is returned by Store reads for a blob, header or cell the
	// store does not hold (or that has expired). Retrying cannot help.
	ErrNotFound = errors.New("node: not found")
	// ErrStoreCorrupt is returned when a stored record does not decode.
	ErrStoreCorrupt = errors.New("node: corrupt store record")
)

// StoreConfig configures the badger store.
type StoreConfig struct {
	// Dir holds the database. Empty with InMemory.
	Dir string `json:"dir"`
	// InMemory keeps everything in memory (tests and devnet); nothing
	// survives Close.
	InMemory bool `json:"in_memory"`
	// MemTableSize is badger's memtable size in bytes; two are kept.
	MemTableSize int64 `json:"memtable_size"`
	// BlockCacheSize and IndexCacheSize bound badger's caches in bytes.
	BlockCacheSize int64 `json:"block_cache_size"`
	IndexCacheSize int64 `json:"index_cache_size"`
	// ValueLogFileSize is the size of one value-log file in bytes.
	ValueLogFileSize int64 `json:"value_log_file_size"`
	// GCInterval is how often value-log GC and disk accounting run.
	GCInterval p2p.Duration `json:"gc_interval"`
	// PageOutInterval is how often the pages of badger's memory-mapped
	// value-log files are handed back to the kernel (see Store.PageOut); 0
	// disables it.
	PageOutInterval p2p.Duration `json:"page_out_interval"`
}

// DefaultStoreConfig returns the store defaults: memory-bounded badger
// options (two 16 MiB memtables, 32 MiB block cache, 16 MiB index cache),
// 128 MiB value-log files (a GC rewrite maps one whole file), GC every 5
// minutes, value-log pages handed back every 10 seconds. Dir must still be
// set.
func DefaultStoreConfig() StoreConfig {
	return StoreConfig{
		MemTableSize:     16 << 20,
		BlockCacheSize:   32 << 20,
		IndexCacheSize:   16 << 20,
		ValueLogFileSize: 128 << 20,
		GCInterval:       p2p.Duration(5 * time.Minute),
		PageOutInterval:  p2p.Duration(10 * time.Second),
	}
}

// Validate checks the store configuration.
func (c *StoreConfig) Validate() error {
	switch {
	case c.InMemory && c.Dir != "":
		return fmt.Errorf("store: dir %q set with in_memory", c.Dir)
	case !c.InMemory && c.Dir == "":
		return errors.New("store: dir is required (or in_memory)")
	case c.MemTableSize < 1<<20:
		return fmt.Errorf("store: memtable_size %d below 1 MiB", c.MemTableSize)
	case c.BlockCacheSize < 0 || c.IndexCacheSize < 0:
		return errors.New("store: negative cache size")
	case c.ValueLogFileSize < 1<<20 || c.ValueLogFileSize >= 2<<30:
		return fmt.Errorf("store: value_log_file_size %d outside [1 MiB, 2 GiB)", c.ValueLogFileSize)
	case c.GCInterval <= 0:
		return errors.New("store: gc_interval must be positive")
	case c.PageOutInterval < 0:
		return errors.New("store: page_out_interval must not be negative")
	}
	return nil
}

// Key layout. Every key starts with a one-byte kind.
const (
	kindHeader = 'h' // 'h' | header hash -> u16 member | header encoding
	kindBlob   = 'b' // 'b' | blob ID -> header hash | u8 n | n x (u8 col, u64 expiry)
	kindCell   = 'c' // 'c' | blob ID | u8 col | u16 row -> cell (2048) | proof (48)
	// The archive tier: a record per blob naming the header, expiry, shard
	// index, size and Merkle proof, and the shard itself in chunks keyed by
	// the header too (so a re-dispersal under another header never mixes
	// its chunks with the record of the first).
	kindArchive      = 'a' // 'a' | blob ID -> header hash | u64 expiry | u16 index | u32 size | u8 d | d x 32-byte proof
	kindArchiveChunk = 's' // 's' | blob ID | header hash | u32 chunk -> up to archiveChunkSize shard bytes
)

// archiveChunkSize is the largest value one archive shard chunk takes: in
// memory badger keeps values in its memtables, which must hold them.
const archiveChunkSize = 256 << 10

const cellValueSize = erasure.BytesPerCell + wire.ProofSize

func headerKey(h dac.HeaderHash) []byte { return append([]byte{kindHeader}, h[:]...) }
func blobKey(id dac.BlobID) []byte      { return append([]byte{kindBlob}, id[:]...) }

func cellKey(id dac.BlobID, col uint8, row uint16) []byte {
	k := make([]byte, 0, 1+32+1+2)
	k = append(k, kindCell)
	k = append(k, id[:]...)
	k = append(k, col)
	return binary.BigEndian.AppendUint16(k, row)
}

// Store is a member's badger database: headers it attested, its custody
// cells with proofs, and per blob which columns it holds until when.
//
// Writes are synchronous (badger SyncWrites): a write returns only once it
// is on disk. Badger's explicit DB.Sync covers only the active memtable log
// and value-log file, so a write that spans a memtable rotation would not be
// fully covered by it; SyncWrites makes every commit durable in order.
// Hot-tier entries carry a badger TTL at the header's expiry.
type Store struct {
	db       *badger.DB
	dir      string
	inMemory bool
	log      *slog.Logger
	locks    [64]sync.Mutex // striped by blob ID: one writer per blob at a time
}

// OpenStore opens (or creates) the store described by cfg.
func OpenStore(cfg StoreConfig, log *slog.Logger) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opt := badger.DefaultOptions(cfg.Dir).
		WithInMemory(cfg.InMemory).
		WithSyncWrites(!cfg.InMemory).
		WithLogger(badgerLogger{log.With("component", "badger")}).
		WithMemTableSize(cfg.MemTableSize).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(5).
		WithBaseTableSize(2 << 20).
		WithBaseLevelSize(16 << 20).
		WithNumCompactors(2).
		WithBlockCacheSize(cfg.BlockCacheSize).
		WithIndexCacheSize(cfg.IndexCacheSize).
		WithValueLogFileSize(cfg.ValueLogFileSize).
		WithValueThreshold(1 << 10).   // cells (2 KiB) go to the value log; the LSM holds keys
		WithCompression(options.None). // cells are field elements: incompressible
		WithDetectConflicts(false).
		WithNumGoroutines(2).
		WithMetricsEnabled(false)
	if cfg.InMemory {
		// No value log in memory: values live in the memtables, so the
		// threshold must let a cell through.
		opt.Dir, opt.ValueDir = "", ""
		opt = opt.WithValueThreshold(min(1<<20, cfg.MemTableSize*15/100))
	}
	db, err := badger.Open(opt)
	if err != nil {
		return nil, fmt.Errorf("node: open store: %w", err)
	}
	return &Store{db: db, dir: cfg.Dir, inMemory: cfg.InMemory, log: log}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) lock(id dac.BlobID) func() {
	m := &s.locks[id[0]%byte(len(s.locks))]
	m.Lock()
	return m.Unlock
}

// Dispersal is what a member persists before it signs: the verified
// header, the member's index in the header's epoch and its custody columns
// (each with 2k cells and proofs), and, when the header has an archive
// tier, the member's verified archive shard, kept until ArchiveExpiry
// (unix seconds; never before the header's expiry).
type Dispersal struct {
	Header        *dac.Header
	Member        uint16
	Columns       []*wire.Column
	Archive       *wire.ArchiveShard
	ArchiveExpiry uint64
}

// PutResult says what Put did.
type PutResult struct {
	// Replay is true when this exact header was already stored; nothing
	// was written.
	Replay bool
	// CellBytes is the cell and proof bytes written (0 for columns already
	// held at least as long).
	CellBytes int64
	// ArchiveBytes is the archive shard bytes written (0 without a shard
	// or when a shard of the blob is already held at least as long).
	ArchiveBytes int64
	// Member is the index stored with the header (for a replay, the one
	// stored the first time).
	Member uint16
}

// Put persists a verified dispersal, durably, in an order that keeps the
// store consistent if the process dies at any point: first the cells of
// every column not already held until at least this expiry, then the blob
// record listing the columns, then the header record. The header record's
// presence therefore implies every cell is on disk; it is what replays are
// recognised by. It returns ErrStoreCorrupt for a bad existing record and
// badger's error (wrapped) for a failed write.
func (s *Store) Put(d *Dispersal) (PutResult, error) {
	h := d.Header
	hh, id := h.Hash(), h.BlobID()
	unlock := s.lock(id)
	defer unlock()

	if member, err := s.headerMember(hh); err == nil {
		return PutResult{Replay: true, Member: member}, nil
	} else if !errors.Is(err, ErrNotFound) {
		return PutResult{}, err
	}
	rec, err := s.blobRecord(id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return PutResult{}, err
	}
	if rec == nil {
		rec = &blobRecord{}
	}
	expiry := h.Core.Expiry

	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	var written int64
	for _, col := range d.Columns {
		if old, ok := rec.columns[col.Index]; ok && old >= expiry {
			continue // already held at least as long
		}
		for row := range col.Cells {
			v := make([]byte, 0, cellValueSize)
			b := col.Cells[row].Bytes()
			v = append(v, b[:]...)
			v = append(v, col.Proofs[row][:]...)
			e := badger.NewEntry(cellKey(id, col.Index, uint16(row)), v)
			e.ExpiresAt = expiry
			if err := wb.SetEntry(e); err != nil {
				return PutResult{}, fmt.Errorf("node: store cells: %w", err)
			}
			written += int64(len(v))
		}
		rec.setColumn(col.Index, expiry)
	}
	// The archive shard, when there is one and none of this blob is held
	// at least as long: its chunks here, its record with the header below.
	headerExpiry := expiry
	var archiveRec []byte
	var archived int64
	if a := d.Archive; a != nil {
		aexp := max(d.ArchiveExpiry, expiry)
		headerExpiry = aexp
		old, err := s.archiveMeta(id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return PutResult{}, err
		}
		if old == nil || old.expiry < aexp {
			for i, off := 0, 0; off < len(a.Data); i, off = i+1, off+archiveChunkSize {
				e := badger.NewEntry(archiveChunkKey(id, hh, i), a.Data[off:min(off+archiveChunkSize, len(a.Data))])
				e.ExpiresAt = aexp
				if err := wb.SetEntry(e); err != nil {
					return PutResult{}, fmt.Errorf("node: store archive shard: %w", err)
				}
			}
			archiveRec = (&archiveMeta{header: hh, expiry: aexp, index: a.Index, size: len(a.Data), proof: a.Proof}).encode()
			archived = int64(len(a.Data))
		}
	}
	if err := wb.Flush(); err != nil {
		return PutResult{}, fmt.Errorf("node: store cells: %w", err)
	}
	if rec.header == (dac.HeaderHash{}) || expiry >= rec.maxExpiry() {
		rec.header = hh
	}
	hdr, err := h.MarshalBinary()
	if err != nil {
		return PutResult{}, err
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		// The blob and archive records first: they only name data already
		// on disk. The header record last: a replay is recognised by it.
		// It lives as long as the archive shard it describes.
		be := badger.NewEntry(blobKey(id), rec.encode())
		be.ExpiresAt = rec.maxExpiry()
		if err := txn.SetEntry(be); err != nil {
			return err
		}
		if archiveRec != nil {
			ae := badger.NewEntry(archiveKey(id), archiveRec)
			ae.ExpiresAt = headerExpiry
			if err := txn.SetEntry(ae); err != nil {
				return err
			}
		}
		he := badger.NewEntry(headerKey(hh), binary.BigEndian.AppendUint16(nil, d.Member))
		he.Value = append(he.Value, hdr...)
		he.ExpiresAt = headerExpiry
		return txn.SetEntry(he)
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("node: store header: %w", err)
	}
	res := PutResult{CellBytes: written, ArchiveBytes: archived, Member: d.Member}
	if s.inMemory {
		return res, nil
	}
	// SyncWrites already made both commits durable; Sync is belt and
	// braces for the value log.
	if err := s.db.Sync(); err != nil {
		return PutResult{}, fmt.Errorf("node: sync store: %w", err)
	}
	return res, nil
}

func archiveKey(id dac.BlobID) []byte { return append([]byte{kindArchive}, id[:]...) }

func archiveChunkKey(id dac.BlobID, hh dac.HeaderHash, chunk int) []byte {
	k := make([]byte, 0, 1+32+32+4)
	k = append(k, kindArchiveChunk)
	k = append(k, id[:]...)
	k = append(k, hh[:]...)
	return binary.BigEndian.AppendUint32(k, uint32(chunk))
}

// archiveMeta is the per-blob archive record.
type archiveMeta struct {
	header dac.HeaderHash
	expiry uint64
	index  uint16
	size   int
	proof  [][32]byte
}

func (m *archiveMeta) encode() []byte {
	b := make([]byte, 0, 32+8+2+4+1+32*len(m.proof))
	b = append(b, m.header[:]...)
	b = binary.BigEndian.AppendUint64(b, m.expiry)
	b = binary.BigEndian.AppendUint16(b, m.index)
	b = binary.BigEndian.AppendUint32(b, uint32(m.size))
	b = append(b, uint8(len(m.proof)))
	for _, p := range m.proof {
		b = append(b, p[:]...)
	}
	return b
}

func decodeArchiveMeta(v []byte) (*archiveMeta, error) {
	const fixed = 32 + 8 + 2 + 4 + 1
	if len(v) < fixed || len(v) != fixed+32*int(v[fixed-1]) || int(v[fixed-1]) > wire.MaxArchiveProof {
		return nil, fmt.Errorf("%w: archive record of %d bytes", ErrStoreCorrupt, len(v))
	}
	m := &archiveMeta{
		expiry: binary.BigEndian.Uint64(v[32:40]),
		index:  binary.BigEndian.Uint16(v[40:42]),
		size:   int(binary.BigEndian.Uint32(v[42:46])),
	}
	copy(m.header[:], v)
	for i := range int(v[fixed-1]) {
		m.proof = append(m.proof, [32]byte(v[fixed+32*i:fixed+32*(i+1)]))
	}
	return m, nil
}

func (s *Store) archiveMeta(id dac.BlobID) (*archiveMeta, error) {
	var m *archiveMeta
	err := s.value(archiveKey(id), func(v []byte) (err error) {
		m, err = decodeArchiveMeta(v)
		return err
	})
	return m, err
}

// scanPrefix calls fn with the value of every live key under prefix.
func scanPrefix(txn *badger.Txn, prefix []byte, fn func(v []byte) error) error {
	opts := badger.DefaultIteratorOptions
	opts.Prefix = prefix
	iter := txn.NewIterator(opts)
	defer iter.Close()
	for iter.Rewind(); iter.Valid(); iter.Next() {
		if err := iter.Item().Value(fn); err != nil {
			return err
		}
	}
	return nil
}

// ArchiveInfo is a stored archive shard with what describes it.
type ArchiveInfo struct {
	Header *dac.Header // the header the shard was dispersed under
	Shard  *wire.ArchiveShard
	Expiry uint64 // unix seconds
}

// Archive returns the archive shard held of blob id, with its header, or
// ErrNotFound. It returns ErrStoreCorrupt when the record and the chunks
// disagree.
func (s *Store) Archive(id dac.BlobID) (*ArchiveInfo, error) {
	m, err := s.archiveMeta(id)
	if err != nil {
		return nil, err
	}
	h, _, err := s.Header(m.header)
	if err != nil {
		return nil, err
	}
	data := make([]byte, 0, m.size)
	err = s.db.View(func(txn *badger.Txn) error {
		for i := 0; len(data) < m.size; i++ {
			item, err := txn.Get(archiveChunkKey(id, m.header, i))
			if err != nil {
				return err
			}
			if err := item.Value(func(v []byte) error {
				if len(v) == 0 || len(v) > archiveChunkSize || len(data)+len(v) > m.size {
					return fmt.Errorf("%w: archive chunk %d of %d bytes", ErrStoreCorrupt, i, len(v))
				}
				data = append(data, v...)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err := notFound(err); err != nil {
		return nil, err
	}
	return &ArchiveInfo{Header: h, Expiry: m.expiry, Shard: &wire.ArchiveShard{Index: m.index, Proof: m.proof, Data: data}}, nil
}

// StoreStats is what the store holds, split by tier, as of a time.
type StoreStats struct {
	// Blobs is the number of blobs with at least one live custody column,
	// HotBytes the cell and proof bytes of those columns.
	Blobs    int   `json:"blobs"`
	HotBytes int64 `json:"hot_bytes"`
	// ArchiveShards is the number of live archive shards, ArchiveBytes
	// their bytes.
	ArchiveShards int   `json:"archive_shards"`
	ArchiveBytes  int64 `json:"archive_bytes"`
}

// Stats counts what is live at now (unix seconds compared with the
// records' expiries): hot columns from the blob records, archive shards
// from the archive records. It reads records only, never cells.
func (s *Store) Stats(now time.Time) (StoreStats, error) {
	var st StoreStats
	t := uint64(now.Unix())
	err := s.db.View(func(txn *badger.Txn) error {
		err := scanPrefix(txn, []byte{kindBlob}, func(v []byte) error {
			rec, err := decodeBlobRecord(v)
			if err != nil {
				return err
			}
			live := 0
			for _, e := range rec.columns {
				if e > t {
					live++
				}
			}
			if live == 0 {
				return nil
			}
			item, err := txn.Get(headerKey(rec.header))
			if err != nil {
				return fmt.Errorf("%w: blob record names a missing header: %v", ErrStoreCorrupt, err)
			}
			var k uint32
			if err := item.Value(func(v []byte) error {
				var c dac.HeaderCore
				if len(v) < 2+dac.HeaderCoreSize || c.SetPacked(v[2:2+dac.HeaderCoreSize]) != nil {
					return fmt.Errorf("%w: header record of %d bytes", ErrStoreCorrupt, len(v))
				}
				k = c.K
				return nil
			}); err != nil {
				return err
			}
			st.Blobs++
			st.HotBytes += int64(live) * 2 * int64(k) * cellValueSize
			return nil
		})
		if err != nil {
			return err
		}
		return scanPrefix(txn, []byte{kindArchive}, func(v []byte) error {
			m, err := decodeArchiveMeta(v)
			if err != nil {
				return err
			}
			if m.expiry > t {
				st.ArchiveShards++
				st.ArchiveBytes += int64(m.size)
			}
			return nil
		})
	})
	return st, err
}

// HeaderMember returns the member index stored with header hh, or
// ErrNotFound.
func (s *Store) headerMember(hh dac.HeaderHash) (uint16, error) {
	var member uint16
	err := s.value(headerKey(hh), func(v []byte) error {
		if len(v) < 2 {
			return fmt.Errorf("%w: header record of %d bytes", ErrStoreCorrupt, len(v))
		}
		member = binary.BigEndian.Uint16(v)
		return nil
	})
	return member, err
}

// Header returns a stored header by hash and the member index it was
// attested under, or ErrNotFound.
func (s *Store) Header(hh dac.HeaderHash) (*dac.Header, uint16, error) {
	var h dac.Header
	var member uint16
	err := s.value(headerKey(hh), func(v []byte) error {
		if len(v) < 2 {
			return fmt.Errorf("%w: header record of %d bytes", ErrStoreCorrupt, len(v))
		}
		member = binary.BigEndian.Uint16(v)
		if err := h.UnmarshalBinary(v[2:]); err != nil {
			return fmt.Errorf("%w: %v", ErrStoreCorrupt, err)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return &h, member, nil
}

// BlobInfo is what the store knows of a blob.
type BlobInfo struct {
	Header  *dac.Header      // the stored header with the latest expiry
	Columns map[uint8]uint64 // custody columns held -> expiry (unix seconds)
}

// Holds reports whether column col is held and not expired at now.
func (b *BlobInfo) Holds(col uint8, now time.Time) bool {
	exp, ok := b.Columns[col]
	return ok && exp > uint64(now.Unix())
}

// Blob returns what the store holds of blob id, or ErrNotFound.
func (s *Store) Blob(id dac.BlobID) (*BlobInfo, error) {
	rec, err := s.blobRecord(id)
	if err != nil {
		return nil, err
	}
	h, _, err := s.Header(rec.header)
	if err != nil {
		return nil, err
	}
	return &BlobInfo{Header: h, Columns: rec.columns}, nil
}

// Cell returns one stored cell with its proof, or ErrNotFound.
func (s *Store) Cell(id dac.BlobID, row uint16, col uint8) (wire.CellItem, error) {
	it := wire.CellItem{CellRef: wire.CellRef{Row: row, Col: col}}
	err := s.value(cellKey(id, col, row), func(v []byte) error { return decodeCellValue(&it, v) })
	return it, err
}

// Column calls fn with every stored cell of column col of blob id, top to
// bottom, and returns how many there were.
func (s *Store) Column(id dac.BlobID, col uint8, fn func(*wire.CellItem) error) (int, error) {
	prefix := append(blobPrefix(kindCell, id), col)
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefix
		opts.PrefetchSize = 16
		iter := txn.NewIterator(opts)
		defer iter.Close()
		for iter.Rewind(); iter.Valid(); iter.Next() {
			item := iter.Item()
			key := item.Key()
			if len(key) != len(prefix)+2 {
				return fmt.Errorf("%w: cell key of %d bytes", ErrStoreCorrupt, len(key))
			}
			it := wire.CellItem{CellRef: wire.CellRef{Row: binary.BigEndian.Uint16(key[len(prefix):]), Col: col}}
			if err := item.Value(func(v []byte) error { return decodeCellValue(&it, v) }); err != nil {
				return err
			}
			if err := fn(&it); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

func blobPrefix(kind byte, id dac.BlobID) []byte { return append([]byte{kind}, id[:]...) }

func decodeCellValue(it *wire.CellItem, v []byte) error {
	if len(v) != cellValueSize {
		return fmt.Errorf("%w: cell value of %d bytes", ErrStoreCorrupt, len(v))
	}
	if err := it.Cell.SetBytes(v[:erasure.BytesPerCell]); err != nil {
		return fmt.Errorf("%w: %v", ErrStoreCorrupt, err)
	}
	copy(it.Proof[:], v[erasure.BytesPerCell:])
	return nil
}

// CountBlobs returns the number of blobs with a live record.
func (s *Store) CountBlobs() (int, error) {
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = []byte{kindBlob}
		iter := txn.NewIterator(opts)
		defer iter.Close()
		for iter.Rewind(); iter.Valid(); iter.Next() {
			n++
		}
		return nil
	})
	return n, err
}

// RunGC runs badger's value-log GC until it finds nothing to rewrite (or
// maxRounds). A rewrite reads a whole value-log file through its memory
// map, so the pages are handed back after each one (PageOut). It is a
// no-op in memory.
func (s *Store) RunGC(maxRounds int) (rewrites int, err error) {
	if s.inMemory {
		return 0, nil
	}
	for range maxRounds {
		err := s.db.RunValueLogGC(0.5)
		if errors.Is(err, badger.ErrNoRewrite) || errors.Is(err, badger.ErrRejected) {
			return rewrites, nil
		}
		if err != nil {
			return rewrites, err
		}
		rewrites++
		s.PageOut()
	}
	return rewrites, nil
}

// PageOut hands the resident pages of badger's memory-mapped value-log
// files back to the kernel and returns how many bytes of mappings it
// advised. Badger writes through memory maps, so without this every cell
// written stays in the node's RSS until the machine runs short of memory;
// the data is on disk and reads fault it back in. It is a no-op in memory
// and off Linux.
func (s *Store) PageOut() (int64, error) {
	if s.inMemory {
		return 0, nil
	}
	return pageOutFiles(s.dir, ".vlog")
}

// DiskUsage returns the bytes the database's files occupy on disk (their
// allocated blocks; 0 in memory).
func (s *Store) DiskUsage() (int64, error) {
	if s.inMemory {
		return 0, nil
	}
	return diskUsage(s.dir)
}

func diskUsage(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed while walking
			}
			return err
		}
		if d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				total += allocated(info)
			}
		}
		return nil
	})
	return total, err
}

// blobRecord is the per-blob record: the header to serve and the columns
// held with their expiries.
type blobRecord struct {
	header  dac.HeaderHash
	columns map[uint8]uint64
}

func (r *blobRecord) setColumn(col uint8, expiry uint64) {
	if r.columns == nil {
		r.columns = map[uint8]uint64{}
	}
	if expiry > r.columns[col] {
		r.columns[col] = expiry
	}
}

func (r *blobRecord) maxExpiry() uint64 {
	var m uint64
	for _, e := range r.columns {
		m = max(m, e)
	}
	return m
}

func (r *blobRecord) encode() []byte {
	cols := make([]uint8, 0, len(r.columns))
	for c := range r.columns {
		cols = append(cols, c)
	}
	slices.Sort(cols)
	b := make([]byte, 0, 32+1+9*len(cols))
	b = append(b, r.header[:]...)
	b = append(b, uint8(len(cols)))
	for _, c := range cols {
		b = append(b, c)
		b = binary.BigEndian.AppendUint64(b, r.columns[c])
	}
	return b
}

func decodeBlobRecord(v []byte) (*blobRecord, error) {
	if len(v) < 33 || len(v) != 33+9*int(v[32]) {
		return nil, fmt.Errorf("%w: blob record of %d bytes", ErrStoreCorrupt, len(v))
	}
	r := &blobRecord{columns: make(map[uint8]uint64, v[32])}
	copy(r.header[:], v)
	for i := range int(v[32]) {
		e := v[33+9*i:]
		r.columns[e[0]] = binary.BigEndian.Uint64(e[1:9])
	}
	return r, nil
}

// value calls decode with the value stored under key (valid only during
// the call); a missing key is ErrNotFound.
func (s *Store) value(key []byte, decode func(v []byte) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		return item.Value(decode)
	})
	return notFound(err)
}

func (s *Store) blobRecord(id dac.BlobID) (*blobRecord, error) {
	var rec *blobRecord
	err := s.value(blobKey(id), func(v []byte) (err error) {
		rec, err = decodeBlobRecord(v)
		return err
	})
	return rec, err
}

func notFound(err error) error {
	if errors.Is(err, badger.ErrKeyNotFound) {
		return ErrNotFound
	}
	return err
}

// badgerLogger sends badger's logs to slog: errors and warnings as such,
// info and debug at Debug (badger is chatty).
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error(trimNL(fmt.Sprintf(f, a...))) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn(trimNL(fmt.Sprintf(f, a...))) }
func (b badgerLogger) Infof(f string, a ...any)    { b.l.Debug(trimNL(fmt.Sprintf(f, a...))) }
func (b badgerLogger) Debugf(f string, a ...any)   { b.l.Debug(trimNL(fmt.Sprintf(f, a...))) }

func trimNL(s string) string {
	for len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	return s
}
