package dac

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"golang.org/x/crypto/sha3"
)

// FormatVersion is the version of the blob and header formats this code
// writes and accepts.
const FormatVersion uint8 = 1

// BlobID is the content address of a blob: the same bytes posted twice get
// the same ID. It is keccak256(version || size || k || commitmentsRoot),
// packed big-endian as uint8, uint64, uint32, bytes32 (45 bytes).
type BlobID [32]byte

// HeaderHash is keccak256 of a header's fixed-size core (see HeaderCore). It
// is what committee members sign, wrapped in the attest message.
type HeaderHash [32]byte

func (id BlobID) String() string                   { return "0x" + hex.EncodeToString(id[:]) }
func (h HeaderHash) String() string                { return "0x" + hex.EncodeToString(h[:]) }
func (id BlobID) MarshalText() ([]byte, error)     { return []byte(id.String()), nil }
func (h HeaderHash) MarshalText() ([]byte, error)  { return []byte(h.String()), nil }
func (id *BlobID) UnmarshalText(b []byte) error    { return parseHex32((*[32]byte)(id), b) }
func (h *HeaderHash) UnmarshalText(b []byte) error { return parseHex32((*[32]byte)(h), b) }

// ParseBlobID parses a 0x-prefixed (or bare) 64-digit hex blob ID.
func ParseBlobID(s string) (BlobID, error) {
	var id BlobID
	err := id.UnmarshalText([]byte(s))
	return id, err
}

func parseHex32(dst *[32]byte, b []byte) error {
	s := string(b)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	if len(s) != 64 {
		return fmt.Errorf("dac: want 64 hex digits, got %d", len(s))
	}
	if _, err := hex.Decode(dst[:], []byte(s)); err != nil {
		return fmt.Errorf("dac: %w", err)
	}
	return nil
}

// ComputeBlobID returns the blob ID of a blob with the given format version,
// size in bytes, number of data rows k and commitments root.
func ComputeBlobID(version uint8, size uint64, k uint32, commitmentsRoot [32]byte) BlobID {
	var buf [45]byte
	buf[0] = version
	binary.BigEndian.PutUint64(buf[1:9], size)
	binary.BigEndian.PutUint32(buf[9:13], k)
	copy(buf[13:45], commitmentsRoot[:])
	return BlobID(keccak(buf[:]))
}

// HeaderCore is the fixed-size part of a blob header. Its packed encoding
// (105 bytes, big-endian, in field order, as Solidity's abi.encodePacked
// writes the same types) is what the header hash covers; the 2k row
// commitments are bound through CommitmentsRoot, so an L1 contract can
// recompute the header hash and the blob ID from calldata alone.
//
// This departs from DESIGN.md's "keccak256 of the canonical encoding" in one
// respect: the hash covers the commitments through their Merkle root rather
// than inline, which keeps on-chain certification independent of k.
type HeaderCore struct {
	Version         uint8
	ChainID         uint64
	Size            uint64
	K               uint32
	CommitmentsRoot [32]byte
	ArchiveData     uint16 // k_a: archive data shards (0 when there is no archive tier)
	ArchiveTotal    uint16 // n: archive shards in all, one per member
	ArchiveRoot     [32]byte
	Expiry          uint64 // unix seconds after which the hot tier may be dropped
	Epoch           uint64 // committee epoch the header is dispersed in
}

// HeaderCoreSize is the length of HeaderCore's packed encoding.
const HeaderCoreSize = 1 + 8 + 8 + 4 + 32 + 2 + 2 + 32 + 8 + 8

// AppendPacked appends the packed encoding of h to b.
func (h *HeaderCore) AppendPacked(b []byte) []byte {
	b = append(b, h.Version)
	b = binary.BigEndian.AppendUint64(b, h.ChainID)
	b = binary.BigEndian.AppendUint64(b, h.Size)
	b = binary.BigEndian.AppendUint32(b, h.K)
	b = append(b, h.CommitmentsRoot[:]...)
	b = binary.BigEndian.AppendUint16(b, h.ArchiveData)
	b = binary.BigEndian.AppendUint16(b, h.ArchiveTotal)
	b = append(b, h.ArchiveRoot[:]...)
	b = binary.BigEndian.AppendUint64(b, h.Expiry)
	b = binary.BigEndian.AppendUint64(b, h.Epoch)
	return b
}

// Hash returns the header hash: keccak256 of the packed encoding.
func (h *HeaderCore) Hash() HeaderHash {
	var buf [HeaderCoreSize]byte
	return HeaderHash(keccak(h.AppendPacked(buf[:0])))
}

// BlobID returns the blob ID the header describes.
func (h *HeaderCore) BlobID() BlobID {
	return ComputeBlobID(h.Version, h.Size, h.K, h.CommitmentsRoot)
}

// attestDomain prefixes every attest message.
const attestDomain = "quire/attest/v1"

// AttestMessage returns the 32-byte message a committee member signs for a
// header: keccak256("quire/attest/v1" || chainID (uint64) || committee
// contract address (20 bytes) || epoch (uint64) || header hash). Binding the
// chain, the contract and the epoch keeps a signature from replaying across
// any of them.
func AttestMessage(chainID uint64, committee [20]byte, epoch uint64, h HeaderHash) [32]byte {
	buf := make([]byte, 0, len(attestDomain)+8+20+8+32)
	buf = append(buf, attestDomain...)
	buf = binary.BigEndian.AppendUint64(buf, chainID)
	buf = append(buf, committee[:]...)
	buf = binary.BigEndian.AppendUint64(buf, epoch)
	buf = append(buf, h[:]...)
	return keccak(buf)
}

func keccak(b []byte) (out [32]byte) {
	d := sha3.NewLegacyKeccak256()
	d.Write(b)
	d.Sum(out[:0])
	return out
}
