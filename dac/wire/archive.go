package wire

import (
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
)

// Archive tier bounds.
const (
	// MaxArchiveProof bounds an archive shard's Merkle proof: 16 hashes
	// cover 65536 shards, more than a header's 16-bit shard count.
	MaxArchiveProof = 16
	// MaxArchiveShardSize is the largest shard of the largest blob the
	// codec carries (k_a = 1, MaxEncodedRows data rows).
	MaxArchiveShardSize = (dac.MaxEncodedRows*erasure.RowPayloadBytes + 63) / 64 * 64
)

// ArchiveShard carries one archive shard with its Merkle proof under the
// header's archive root. In a dispersal it follows the columns when the
// header has an archive tier (ArchiveTotal > 0), with Index the member's
// index; on /quire/archive/1 it follows an ArchiveHeader.
type ArchiveShard struct {
	Index uint16
	Proof [][32]byte
	// Data is the shard (a multiple of 64 bytes). A decoded Data aliases
	// the bytes it was decoded from.
	Data []byte
}

// ArchiveShardLen returns the encoded size of a shard message with a
// shard of shardSize bytes and a proof of depth hashes.
func ArchiveShardLen(shardSize, depth int) int { return 2 + 1 + 32*depth + 4 + shardSize }

// Type implements Message.
func (*ArchiveShard) Type() Type { return TypeArchiveShard }

// AppendBinary appends: u16 index, u8 proof length d, d hashes of 32
// bytes, u32 shard length, the shard.
func (m *ArchiveShard) AppendBinary(b []byte) ([]byte, error) {
	if len(m.Proof) > MaxArchiveProof {
		return b, fmt.Errorf("wire: archive proof of %d hashes, at most %d", len(m.Proof), MaxArchiveProof)
	}
	if err := checkShardLen(len(m.Data)); err != nil {
		return b, fmt.Errorf("wire: %v", err)
	}
	b = append(b, byte(m.Index>>8), byte(m.Index), byte(len(m.Proof)))
	for i := range m.Proof {
		b = append(b, m.Proof[i][:]...)
	}
	n := len(m.Data)
	b = append(b, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	return append(b, m.Data...), nil
}

func checkShardLen(n int) error {
	if n < 64 || n > MaxArchiveShardSize || n%64 != 0 {
		return fmt.Errorf("archive shard of %d bytes (want a multiple of 64 in [64, %d])", n, MaxArchiveShardSize)
	}
	return nil
}

// UnmarshalBinary implements Message. Data aliases b.
func (m *ArchiveShard) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	var s ArchiveShard
	s.Index = d.u16("index")
	depth := int(d.u8("proof length"))
	if d.err == nil && depth > MaxArchiveProof {
		d.fail("archive proof of %d hashes, at most %d", depth, MaxArchiveProof)
	}
	if d.need(32*depth, "proof") && depth > 0 {
		s.Proof = make([][32]byte, depth)
		for i := range s.Proof {
			copy(s.Proof[i][:], d.take(32, "proof hash"))
		}
	}
	n := int(d.u32("shard length"))
	if d.err == nil {
		if err := checkShardLen(n); err != nil {
			d.fail("%v", err)
		}
	}
	s.Data = d.take(n, "shard")
	if err := d.done(); err != nil {
		return err
	}
	s.Data = s.Data[:n:n]
	*m = s
	return nil
}

// ArchiveRequest asks a member for its archive shard of a blob over
// /quire/archive/1. The answer is a Rejection (CodeNotFound when the
// member holds no live shard) or an ArchiveHeader followed by one
// ArchiveShard.
type ArchiveRequest struct {
	Blob dac.BlobID
}

// Type implements Message.
func (*ArchiveRequest) Type() Type { return TypeArchiveRequest }

// AppendBinary appends the blob ID.
func (m *ArchiveRequest) AppendBinary(b []byte) ([]byte, error) { return append(b, m.Blob[:]...), nil }

// UnmarshalBinary implements Message.
func (m *ArchiveRequest) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	var r ArchiveRequest
	copy(r.Blob[:], d.take(32, "blob id"))
	if err := d.done(); err != nil {
		return err
	}
	*m = r
	return nil
}

// ArchiveHeader opens a successful archive answer: the header the shard
// was dispersed under (its archive root, k_a, n and size tell the client
// how large the shard is and how to check it).
type ArchiveHeader struct {
	Header dac.Header
}

// Type implements Message.
func (*ArchiveHeader) Type() Type { return TypeArchiveHeader }

// AppendBinary appends: u32 header length, header encoding.
func (m *ArchiveHeader) AppendBinary(b []byte) ([]byte, error) {
	return appendHeader(b, &m.Header)
}

// UnmarshalBinary implements Message.
func (m *ArchiveHeader) UnmarshalBinary(b []byte) error {
	d := decoder{b: b}
	h := d.header()
	if err := d.done(); err != nil {
		return err
	}
	m.Header = h
	return nil
}
