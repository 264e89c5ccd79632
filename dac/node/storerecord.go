package node

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
)

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

func (s *Store) blobRecord(id dac.BlobID) (*blobRecord, error) {
	var rec *blobRecord
	err := s.value(blobKey(id), func(v []byte) (err error) {
		rec, err = decodeBlobRecord(v)
		return err
	})
	return rec, err
}
