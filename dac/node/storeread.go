package node

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

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
