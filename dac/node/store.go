package node

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/internal/badgeropt"
)

// Store errors.
var (
	// ErrNotFound is returned by Store reads for a blob, header or cell the
	// store does not hold (or that has expired). Retrying cannot help.
	ErrNotFound = errors.New("node: not found")
	// ErrStoreCorrupt is returned when a stored record does not decode.
	ErrStoreCorrupt = errors.New("node: corrupt store record")
)

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
	disk     *diskGuard     // nil in memory
	usageMu  sync.Mutex     // one usage update at a time (read, add, write)
}

// OpenStore opens (or creates) the store described by cfg.
func OpenStore(cfg StoreConfig, log *slog.Logger) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opt := badgeropt.Options(cfg.Dir, cfg.InMemory, badgeropt.Sizes{
		MemTable: cfg.MemTableSize, BlockCache: cfg.BlockCacheSize, IndexCache: cfg.IndexCacheSize,
		ValueLogFile: cfg.ValueLogFileSize, BaseTable: 2 << 20, BaseLevel: 16 << 20,
	}, log).
		WithValueThreshold(1 << 10). // cells (2 KiB) go to the value log; the LSM holds keys
		WithDetectConflicts(false).
		WithNumGoroutines(2)
	if cfg.InMemory {
		// No value log in memory: values live in the memtables, so the
		// threshold must let a cell through.
		opt = opt.WithValueThreshold(min(1<<20, cfg.MemTableSize*15/100))
	}
	db, err := badger.Open(opt)
	if err != nil {
		return nil, fmt.Errorf("node: open store: %w", err)
	}
	st := &Store{db: db, dir: cfg.Dir, inMemory: cfg.InMemory, log: log}
	if !cfg.InMemory {
		st.disk = newDiskGuard(cfg.Dir, cfg.MinFreeBytes)
	}
	return st, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) lock(id dac.BlobID) func() {
	m := &s.locks[id[0]%byte(len(s.locks))]
	m.Lock()
	return m.Unlock
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

func notFound(err error) error {
	if errors.Is(err, badger.ErrKeyNotFound) {
		return ErrNotFound
	}
	return err
}
