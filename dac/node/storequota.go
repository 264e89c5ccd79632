package node

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Per-disperser usage: the bytes each disperser's dispersals wrote to this
// store, bucketed by the day they expire, so what a disperser holds here
// now is the sum of its buckets from today on. Buckets expire with their
// day (badger TTL), so the accounting costs a few keys per disperser.
const kindUsage = 'u' // 'u' | u8 n | n-byte peer ID | u32 expiry day -> u64 bytes

const day = 24 * 60 * 60

func usagePrefix(p peer.ID) []byte {
	return append([]byte{kindUsage, byte(len(p))}, p...)
}

func usageKey(p peer.ID, expiryDay uint32) []byte {
	return binary.BigEndian.AppendUint32(usagePrefix(p), expiryDay)
}

// addUsage charges n bytes expiring at expiry (unix seconds) to p.
func (s *Store) addUsage(p peer.ID, n int64, expiry uint64) error {
	if p == "" || n <= 0 || len(p) > 255 {
		return nil
	}
	d := uint32(expiry / day)
	key := usageKey(p, d)
	s.usageMu.Lock()
	defer s.usageMu.Unlock()
	return s.db.Update(func(txn *badger.Txn) error {
		var have uint64
		item, err := txn.Get(key)
		switch {
		case err == nil:
			if err := item.Value(func(v []byte) error {
				if len(v) != 8 {
					return ErrStoreCorrupt
				}
				have = binary.BigEndian.Uint64(v)
				return nil
			}); err != nil {
				return err
			}
		case !errors.Is(err, badger.ErrKeyNotFound):
			return err
		}
		e := badger.NewEntry(key, binary.BigEndian.AppendUint64(nil, have+uint64(n)))
		e.ExpiresAt = (uint64(d) + 1) * day
		return txn.SetEntry(e)
	})
}

// DisperserUsage returns the bytes dispersals from p wrote to this store
// that have not expired by now (a byte counts until the end of the day it
// expires).
func (s *Store) DisperserUsage(p peer.ID, now time.Time) (int64, error) {
	today := uint32(now.Unix() / day)
	var total uint64
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = usagePrefix(p)
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(usageKey(p, today)); it.Valid(); it.Next() {
			if err := it.Item().Value(func(v []byte) error {
				if len(v) != 8 {
					return ErrStoreCorrupt
				}
				total += binary.BigEndian.Uint64(v)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("node: disperser usage: %w", err)
	}
	return int64(total), nil
}
