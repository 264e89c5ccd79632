package light

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/internal/badgeropt"
	"github.com/quire-da/quire/sampler"
)

// Store keeps the light client's state in badger: its sampling secret, one
// record per blob (status, positions, which are verified, the validated
// header) and the L1 scan checkpoint. Writes are synced (on disk), so a
// restart resumes where the last round left off.
type Store struct {
	db  *badger.DB
	max int

	mu sync.Mutex // serializes record creation with the count and pruning
	n  int        // blob records held
}

var (
	keySecret     = []byte("secret")
	keyCheckpoint = []byte("l1/next")
	prefixBlob    = []byte("blob/")
)

// ErrStore wraps every storage failure; retrying may help if the disk
// recovers.
var ErrStore = errors.New("light: store")

// OpenStore opens (or creates) the store. Options keep memory small: the
// records are a few KiB each.
func OpenStore(cfg StoreConfig, log *slog.Logger) (*Store, error) {
	if cfg.InMemory == (cfg.Dir != "") {
		return nil, fmt.Errorf("%w: set exactly one of dir and in_memory", ErrConfig)
	}
	if cfg.MaxRecords < 0 {
		return nil, fmt.Errorf("%w: max_records %d is negative", ErrConfig, cfg.MaxRecords)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opt := badgeropt.Options(cfg.Dir, cfg.InMemory, badgeropt.Sizes{
		MemTable: 4 << 20, BlockCache: 4 << 20, IndexCache: 2 << 20,
		ValueLogFile: 64 << 20, BaseTable: 1 << 20, BaseLevel: 8 << 20,
	}, log).
		WithValueThreshold(64 << 10).
		WithNumGoroutines(1)
	db, err := badger.Open(opt)
	if err != nil {
		return nil, fmt.Errorf("%w: open: %w", ErrStore, err)
	}
	st := &Store{db: db, max: cfg.MaxRecords}
	if st.max == 0 {
		st.max = DefaultMaxRecords
	}
	if st.n, err = st.Count(); err != nil {
		db.Close()
		return nil, err
	}
	return st, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Secret returns the stored sampling secret, drawing and storing a fresh
// one from crypto/rand on first use.
func (s *Store) Secret() (sampler.Secret, error) {
	var sec sampler.Secret
	err := s.db.Update(func(txn *badger.Txn) error {
		it, err := txn.Get(keySecret)
		if err == nil {
			return it.Value(func(v []byte) error {
				if len(v) != len(sec) {
					return fmt.Errorf("stored secret is %d bytes", len(v))
				}
				copy(sec[:], v)
				return nil
			})
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if sec, err = sampler.NewSecret(rand.Reader); err != nil {
			return err
		}
		return txn.Set(keySecret, sec[:])
	})
	if err != nil {
		return sampler.Secret{}, fmt.Errorf("%w: secret: %w", ErrStore, err)
	}
	return sec, nil
}

// Checkpoint returns the next L1 block to scan and whether one is stored.
func (s *Store) Checkpoint() (uint64, bool, error) {
	var (
		next uint64
		ok   bool
	)
	err := s.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(keyCheckpoint)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return it.Value(func(v []byte) error {
			if len(v) != 8 {
				return fmt.Errorf("checkpoint is %d bytes", len(v))
			}
			next, ok = binary.BigEndian.Uint64(v), true
			return nil
		})
	})
	if err != nil {
		return 0, false, fmt.Errorf("%w: checkpoint: %w", ErrStore, err)
	}
	return next, ok, nil
}

// SetCheckpoint stores the next L1 block to scan.
func (s *Store) SetCheckpoint(next uint64) error {
	err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(keyCheckpoint, binary.BigEndian.AppendUint64(nil, next))
	})
	if err != nil {
		return fmt.Errorf("%w: checkpoint: %w", ErrStore, err)
	}
	return nil
}

func blobKey(id dac.BlobID) []byte { return append(append([]byte(nil), prefixBlob...), id[:]...) }

// get returns the record of blob id, or nil.
func (s *Store) get(id dac.BlobID) (*record, error) {
	var r *record
	err := s.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(blobKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return it.Value(func(v []byte) error {
			r = new(record)
			return json.Unmarshal(v, r)
		})
	})
	if err != nil {
		return nil, fmt.Errorf("%w: blob %s: %w", ErrStore, id, err)
	}
	return r, nil
}

// put writes the record of a blob.
func (s *Store) put(r *record) error {
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("%w: encode %s: %w", ErrStore, r.ID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	created := false
	err = s.db.Update(func(txn *badger.Txn) error {
		_, err := txn.Get(blobKey(r.ID))
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
			created = true
		case err != nil:
			return err
		}
		return txn.Set(blobKey(r.ID), v)
	})
	if err != nil {
		return fmt.Errorf("%w: blob %s: %w", ErrStore, r.ID, err)
	}
	if created {
		s.n++
	}
	if s.n > s.max {
		return s.prune()
	}
	return nil
}

// prune deletes the oldest decided records (by first sighting) until at
// most nine tenths of max remain, or no decided record is left. Call with
// s.mu held.
func (s *Store) prune() error {
	recs, err := s.all()
	if err != nil {
		return err
	}
	var final []*record
	for _, r := range recs {
		if r.Status.Final() {
			final = append(final, r)
		}
	}
	slices.SortFunc(final, func(a, b *record) int { return a.FirstSeen.Compare(b.FirstSeen) })
	drop := min(len(final), len(recs)-s.max*9/10)
	if drop <= 0 {
		return nil
	}
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	for _, r := range final[:drop] {
		if err := wb.Delete(blobKey(r.ID)); err != nil {
			return fmt.Errorf("%w: prune: %w", ErrStore, err)
		}
	}
	if err := wb.Flush(); err != nil {
		return fmt.Errorf("%w: prune: %w", ErrStore, err)
	}
	s.n = len(recs) - drop
	return nil
}

// all returns every record, in blob ID order.
func (s *Store) all() ([]*record, error) {
	var out []*record
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixBlob, PrefetchValues: true, PrefetchSize: 16})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			r := new(record)
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, r) }); err != nil {
				return fmt.Errorf("record %x: %w", it.Item().Key(), err)
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStore, err)
	}
	return out, nil
}

// Count returns the number of blob records in the store.
func (s *Store) Count() (int, error) {
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixBlob})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrStore, err)
	}
	return n, nil
}
