package node

import (
	"encoding/binary"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

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

func blobKey(id dac.BlobID) []byte { return append([]byte{kindBlob}, id[:]...) }

func cellKey(id dac.BlobID, col uint8, row uint16) []byte {
	k := make([]byte, 0, 1+32+1+2)
	k = append(k, kindCell)
	k = append(k, id[:]...)
	k = append(k, col)
	return binary.BigEndian.AppendUint16(k, row)
}

func archiveKey(id dac.BlobID) []byte { return append([]byte{kindArchive}, id[:]...) }

func archiveChunkKey(id dac.BlobID, hh dac.HeaderHash, chunk int) []byte {
	k := make([]byte, 0, 1+32+32+4)
	k = append(k, kindArchiveChunk)
	k = append(k, id[:]...)
	k = append(k, hh[:]...)
	return binary.BigEndian.AppendUint32(k, uint32(chunk))
}

func blobPrefix(kind byte, id dac.BlobID) []byte { return append([]byte{kind}, id[:]...) }
