package node

import (
	"encoding/binary"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
)

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
