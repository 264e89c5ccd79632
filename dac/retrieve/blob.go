package retrieve

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
)

// Tier names where a blob came from.
type Tier string

// The tiers.
const (
	TierHot     Tier = "hot"     // cells of the custody columns
	TierArchive Tier = "archive" // archive shards
)

// Blob is a retrieved blob: its certified header and its k data rows,
// checked against the header's row commitments. The rows are the
// product; the bytes are a view of them.
type Blob struct {
	ID     dac.BlobID
	Header *dac.Header
	// Rows holds the k data rows of erasure.ElementsPerRow field elements
	// each, exactly as committed: an element may have a non-zero top byte
	// and the padding after Size may be non-zero when the blob was not
	// made by erasure.Pack.
	Rows [][]fr.Element
	Tier Tier
	// Faults names the members that served bad data during the Get; they
	// were skipped and the blob came from the others.
	Faults []*FaultError
}

// Size is the blob's size in bytes, from the certified header.
func (b *Blob) Size() int { return int(b.Header.Core.Size) }

// Elements is the number of data elements, k x erasure.ElementsPerRow.
func (b *Blob) Elements() int { return len(b.Rows) * erasure.ElementsPerRow }

// Element returns data element i (element i mod 4096 of row i / 4096) in
// its 32-byte big-endian encoding.
func (b *Blob) Element(i int) ([erasure.BytesPerElement]byte, error) {
	if i < 0 || i >= b.Elements() {
		return [erasure.BytesPerElement]byte{}, fmt.Errorf("retrieve: element %d of %d", i, b.Elements())
	}
	return b.Rows[i/erasure.ElementsPerRow][i%erasure.ElementsPerRow].Bytes(), nil
}

// Bytes returns the blob's Size bytes as the rows carry them: the low 31
// bytes of each element in order (the top byte ignored), cut at Size. For
// a blob made by erasure.Pack these are exactly the bytes posted; for
// any other rows they are still defined, which is why a reader at element
// granularity (a rollup's derivation) can rely on them.
func (b *Blob) Bytes() []byte { return RowBytes(b.Rows, b.Size()) }

// Canonical returns the bytes only when the rows are exactly
// erasure.Pack's packing of them (zero top bytes, zero padding), and
// erasure.ErrNotPacked otherwise.
func (b *Blob) Canonical() ([]byte, error) { return erasure.Unpack(b.Rows, b.Size()) }

// RowBytes is the byte view of rows: the low 31 bytes of each element in
// order, cut at size (zeros past the rows when size exceeds them).
func RowBytes(rows [][]fr.Element, size int) []byte {
	out := make([]byte, max(size, 0))
	off := 0
	for _, row := range rows {
		for i := range row {
			if off >= len(out) {
				return out
			}
			e := row[i].Bytes()
			off += copy(out[off:], e[1:])
		}
	}
	return out
}
