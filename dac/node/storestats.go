package node

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/dac"
)

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
			var rows int // the stored rows: 2k less the known-zero ones
			if err := item.Value(func(v []byte) error {
				var c dac.HeaderCore
				if len(v) < 2+dac.HeaderCoreSize || c.SetPacked(v[2:2+dac.HeaderCoreSize]) != nil {
					return fmt.Errorf("%w: header record of %d bytes", ErrStoreCorrupt, len(v))
				}
				h := dac.Header{Core: c}
				rows = 2*int(c.K) - (int(c.K) - min(h.PayloadRows(), int(c.K)))
				return nil
			}); err != nil {
				return err
			}
			st.Blobs++
			st.HotBytes += int64(live) * int64(rows) * cellValueSize
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
