package api

import (
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac"
)

// The OP Stack Alt-DA commitment fields quire uses (OP specs,
// experimental/alt-da.md: commitment = type byte || payload; the generic
// "da-service" type 1 carries da_layer_byte || DA-layer payload).
const (
	// KeccakCommitmentType is the Alt-DA commitment type of a keccak256
	// commitment, which the batcher computes itself (type 0). quire does
	// not serve it: op-batcher sends it when --altda.da-service is unset.
	KeccakCommitmentType byte = 0x00
	// GenericCommitmentType is the Alt-DA commitment type of a commitment
	// computed by a DA service rather than by the batcher (type 1).
	GenericCommitmentType byte = 0x01
	// DALayer is quire's DA layer byte inside a generic commitment. The
	// specification leaves the choice to each DA layer within [0, 127);
	// quire takes 0x71 ('q').
	DALayer byte = 0x71
	// CommitmentSize is the length of a quire Alt-DA commitment: type byte,
	// DA layer byte and the 32-byte blob ID.
	CommitmentSize = 2 + 32
)

// ErrCommitment is returned (wrapped, with the reason) by ParseCommitment
// and ParseCommitmentHex for bytes that are not a quire Alt-DA commitment:
// another commitment type (keccak256 commitments are type 0), another DA
// layer's byte, or the wrong length. Retrying with the same bytes cannot
// help.
var ErrCommitment = errors.New("api: not a quire alt-da commitment")

// Commitment is a quire Alt-DA commitment: it names a blob by its ID.
type Commitment struct {
	Blob dac.BlobID
}

// NewCommitment returns the commitment of blob id.
func NewCommitment(id dac.BlobID) Commitment { return Commitment{Blob: id} }

// Bytes returns the encoding: GenericCommitmentType, DALayer, blob ID.
func (c Commitment) Bytes() []byte {
	b := make([]byte, 0, CommitmentSize)
	b = append(b, GenericCommitmentType, DALayer)
	return append(b, c.Blob[:]...)
}

// String returns the 0x-prefixed hex of Bytes, the form /get/ takes.
func (c Commitment) String() string { return "0x" + hex.EncodeToString(c.Bytes()) }

// ParseCommitment decodes exactly one commitment encoding. Errors wrap
// ErrCommitment.
func ParseCommitment(b []byte) (Commitment, error) {
	switch {
	case len(b) == 0:
		return Commitment{}, fmt.Errorf("%w: empty", ErrCommitment)
	case b[0] == KeccakCommitmentType:
		return Commitment{}, fmt.Errorf("%w: commitment type 0 is a keccak256 commitment, computed by the batcher; "+
			"quire makes generic (type 1) commitments: start op-batcher and op-node with --altda.da-service=true "+
			"(and the rollup with daCommitmentType \"GenericCommitment\")", ErrCommitment)
	case b[0] != GenericCommitmentType:
		return Commitment{}, fmt.Errorf("%w: commitment type %d, want %d (generic)", ErrCommitment, b[0], GenericCommitmentType)
	case len(b) < 2:
		return Commitment{}, fmt.Errorf("%w: no DA layer byte", ErrCommitment)
	case b[1] != DALayer:
		return Commitment{}, fmt.Errorf("%w: DA layer byte 0x%02x, want 0x%02x", ErrCommitment, b[1], DALayer)
	case len(b) != CommitmentSize:
		return Commitment{}, fmt.Errorf("%w: %d bytes, want %d", ErrCommitment, len(b), CommitmentSize)
	}
	var c Commitment
	copy(c.Blob[:], b[2:])
	return c, nil
}

// ParseCommitmentHex decodes a commitment from hex, with or without a 0x
// prefix (op-node sends it with one). Errors wrap ErrCommitment.
func ParseCommitmentHex(s string) (Commitment, error) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s) > 2*CommitmentSize {
		return Commitment{}, fmt.Errorf("%w: %d hex digits, want %d", ErrCommitment, len(s), 2*CommitmentSize)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return Commitment{}, fmt.Errorf("%w: %v", ErrCommitment, err)
	}
	return ParseCommitment(b)
}
