package sampler

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
)

// DefaultSamples is s, the number of cells a light client samples per blob
// unless configured otherwise: Confidence(30) = 1 - (3/4)^30, about 99.98%.
const DefaultSamples = 30

// Columns is the number of columns of an extended square.
const Columns = erasure.CellsPerRow

// ErrSamples is returned by Positions for a sample count outside
// [1, cells of the square] or a k that is not a power of two in
// [1, dac.MaxEncodedRows]. Retrying with the same values cannot help.
var ErrSamples = errors.New("sampler: sample count or square size out of range")

// Secret is a light client's local sampling secret. It never leaves the
// client: positions are derived from it, so nobody else can predict which
// cells a client will ask for, and so withhold exactly the others.
type Secret [32]byte

// NewSecret reads a fresh secret from r (crypto/rand.Reader in production).
func NewSecret(r io.Reader) (Secret, error) {
	var s Secret
	if _, err := io.ReadFull(r, s[:]); err != nil {
		return Secret{}, fmt.Errorf("sampler: secret: %w", err)
	}
	return s, nil
}

// String redacts the secret so it does not end up in logs by accident.
func (Secret) String() string { return "sampler.Secret{redacted}" }

// GoString redacts the secret in %#v.
func (s Secret) GoString() string { return s.String() }

// Position is one sampled cell of the extended square: row 0..2k-1 (rows
// k..2k-1 are parity), column 0..127.
type Position struct {
	Row int `json:"row"`
	Col int `json:"col"`
}

func (p Position) String() string { return fmt.Sprintf("(%d, %d)", p.Row, p.Col) }

// positionDomain separates the position seed from every other hash in the
// protocol.
const positionDomain = "quire/sample/v1"

// Seed returns the per-blob seed of the position generator:
// SHA-256("quire/sample/v1" || secret || blob ID). It is a pseudorandom
// function of the blob keyed by the secret, so positions are fixed per blob
// for one client (a restarted client resumes with the same cells) and
// unpredictable to anyone without the secret.
func Seed(secret Secret, id dac.BlobID) [32]byte {
	h := sha256.New()
	h.Write([]byte(positionDomain))
	h.Write(secret[:])
	h.Write(id[:])
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Positions draws s distinct cells, uniformly at random among the 2k x 128
// cells of blob id's extended square, from a ChaCha8 stream (a CSPRNG)
// keyed by Seed(secret, id). The same inputs always give the same
// positions, in the same order. It returns ErrSamples unless k is a power
// of two in [1, dac.MaxEncodedRows] and 1 <= s <= 2k x 128.
//
// It is the draw for a square without known-zero rows; a light client
// sampling a blob uses HeaderPositions, which never picks a known-zero
// cell.
func Positions(secret Secret, id dac.BlobID, k, s int) ([]Position, error) {
	return positions(secret, id, k, k, s)
}

// HeaderPositions draws s distinct cells of the blob h describes, as
// Positions does, but only among the cells that are not known-zero
// (dac.Header.KnownZero: the data rows past the payload, which everyone
// knows are zero and nobody stores): (2k - z) x 128 cells, z = k -
// h.PayloadRows(). A cell is drawn uniformly from them; the live rows are
// numbered 0..2k-z-1 top to bottom, skipping the known-zero ones. With
// z = 0 it gives exactly Positions(secret, h.BlobID(), k, s). SampleCount
// caps a wanted s at the cells there are. Errors are Positions'.
//
// Skipping known-zero cells keeps the bound of Confidence: the smallest
// unrecoverable withholding is still 65(k+1) live cells (a column is
// stuck only with k+1 of its 2k - z live cells missing, so the stopping
// set is k+1 live rows by 65 columns) out of fewer cells, so each sample
// finds a hidden cell with probability 65(k+1)/((2k-z)128) >=
// 65(k+1)/(256k) > 1/4 (ConfidenceBoundRows).
func HeaderPositions(secret Secret, h *dac.Header, s int) ([]Position, error) {
	k := int(h.Core.K)
	return positions(secret, h.BlobID(), k, min(h.PayloadRows(), k), s)
}

// SampleCount returns min(s, the cells HeaderPositions draws among).
func SampleCount(h *dac.Header, s int) int {
	return min(s, LiveRows(h)*Columns)
}

// LiveRows returns the rows of h's square that are sampled: 2k less the
// known-zero rows.
func LiveRows(h *dac.Header) int {
	k := int(h.Core.K)
	return k + min(h.PayloadRows(), k)
}

// positions draws s distinct cells among the rows of a square with k data
// rows of which the first payload carry data (rows payload..k-1 are
// known-zero and skipped).
func positions(secret Secret, id dac.BlobID, k, payload, s int) ([]Position, error) {
	if k < 1 || k > dac.MaxEncodedRows || k&(k-1) != 0 {
		return nil, fmt.Errorf("%w: k=%d", ErrSamples, k)
	}
	if payload < 0 || payload > k {
		return nil, fmt.Errorf("%w: %d payload rows for k=%d", ErrSamples, payload, k)
	}
	zero := k - payload
	n := (2*k - zero) * Columns
	if s < 1 || s > n {
		return nil, fmt.Errorf("%w: %d samples from %d cells", ErrSamples, s, n)
	}
	rng := rand.New(rand.NewChaCha8(Seed(secret, id)))
	// Rejection of repeats keeps every s-subset equally likely and the
	// order uniform too; s is small next to n in practice, and even at
	// s = n the expected number of draws is only n ln n.
	seen := make(map[int]struct{}, s)
	out := make([]Position, 0, s)
	for len(out) < s {
		c := rng.IntN(n) // unbiased (rand.Rand rejects the modulo bias)
		if _, dup := seen[c]; dup {
			continue
		}
		seen[c] = struct{}{}
		row := c / Columns
		if row >= payload {
			row += zero // past the known-zero rows payload..k-1
		}
		out = append(out, Position{Row: row, Col: c % Columns})
	}
	return out, nil
}

// MarshalText encodes the secret as 64 hex digits (for a key file).
func (s Secret) MarshalText() ([]byte, error) {
	return []byte(hex.EncodeToString(s[:])), nil
}

// UnmarshalText decodes 64 hex digits.
func (s *Secret) UnmarshalText(b []byte) error {
	if len(b) != 64 {
		return fmt.Errorf("sampler: secret is %d hex digits, want 64", len(b))
	}
	var out Secret
	if _, err := hex.Decode(out[:], b); err != nil {
		return fmt.Errorf("sampler: secret: %w", err)
	}
	*s = out
	return nil
}

// cellIndex numbers a position row-major.
func cellIndex(p Position) uint64 {
	return uint64(p.Row)*Columns + uint64(p.Col)
}
