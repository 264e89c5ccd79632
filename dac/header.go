package dac

import (
	"errors"
	"fmt"
	"time"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// CommitmentSize is the size of a compressed G1 KZG commitment.
const CommitmentSize = kzg.PointSize

// MaxEncodedRows bounds k in any header the codec accepts, whatever the
// policy: it caps a header's encoding at about 393 KiB before a single
// commitment is looked at. Policies bound k further (HeaderPolicy.MaxRows).
const MaxEncodedRows = 4096

// MaxHeaderSize is the largest encoded header UnmarshalBinary accepts.
const MaxHeaderSize = HeaderCoreSize + 2*MaxEncodedRows*CommitmentSize

// Header errors. They are returned (wrapped, with detail) by
// Header.UnmarshalBinary and Header.Validate; none goes away on retry with
// the same header.
var (
	// ErrHeaderVersion: the header's format version is not FormatVersion.
	ErrHeaderVersion = errors.New("dac: unsupported header version")
	// ErrHeaderMalformed: the encoding or the shape (k, size, number of
	// commitments, archive fields) is wrong.
	ErrHeaderMalformed = errors.New("dac: malformed header")
	// ErrHeaderOversize: k is above the policy's maximum.
	ErrHeaderOversize = errors.New("dac: blob too large for policy")
	// ErrCommitmentsRoot: CommitmentsRoot is not the Merkle root of the
	// commitments.
	ErrCommitmentsRoot = errors.New("dac: commitments root mismatch")
	// ErrWrongChain: the header is for another chain.
	ErrWrongChain = errors.New("dac: header for another chain")
	// ErrWrongEpoch: the header names another committee epoch.
	ErrWrongEpoch = errors.New("dac: header for another epoch")
	// ErrExpiry: the retention expiry is too soon (or past) or too far
	// ahead for the policy.
	ErrExpiry = errors.New("dac: expiry outside retention policy")
	// ErrNotExtension: the parity row commitments are not the column
	// extension of the data row commitments.
	ErrNotExtension = errors.New("dac: parity commitments do not extend data commitments")
	// ErrZeroRowCommitment: a known-zero row (Header.KnownZero) has a
	// commitment other than the identity.
	ErrZeroRowCommitment = errors.New("dac: known-zero row with a commitment other than the identity")
)

// Header describes one dispersal of a blob: the fixed-size core, whose
// hash members sign, and the 2k row commitments the core binds through
// CommitmentsRoot (rows 0..k-1 data, k..2k-1 parity).
type Header struct {
	Core        HeaderCore
	Commitments []Commitment
}

// Hash returns the header hash (see HeaderCore.Hash).
func (h *Header) Hash() HeaderHash { return h.Core.Hash() }

// BlobID returns the ID of the blob the header describes.
func (h *Header) BlobID() BlobID { return h.Core.BlobID() }

// PayloadRows returns how many data rows carry the blob's bytes,
// erasure.PayloadRows(size); rows PayloadRows()..K-1 are known-zero.
func (h *Header) PayloadRows() int { return erasure.PayloadRows(int(min(h.Core.Size, 1<<40))) }

// KnownZero reports whether row is a known-zero row: a data row past the
// payload (PayloadRows() <= row < K), there only because k is a power of
// two. Its cells are zero and its commitment and cell proofs the identity
// (kzg.IdentityCommitment, kzg.IdentityProof), so it is never sent in a
// dispersal, stored by a member, or sampled; readers fill it from the
// header alone. Parity rows are never known-zero.
func (h *Header) KnownZero(row int) bool {
	return row < int(h.Core.K) && row >= h.PayloadRows()
}

// StoredRows returns the rows of a column that are sent and stored, top
// to bottom: every row of the 2k but the known-zero ones, so 0..d-1 and
// k..2k-1 with d = PayloadRows(). A wire.Column carries its cells in this
// order.
func (h *Header) StoredRows() []int {
	k, d := int(h.Core.K), min(h.PayloadRows(), int(h.Core.K))
	rows := make([]int, 0, 2*k-(k-d))
	for r := range d {
		rows = append(rows, r)
	}
	for r := k; r < 2*k; r++ {
		rows = append(rows, r)
	}
	return rows
}

// StoredIndex returns where row's cell is in a column as dispersed (the
// order of StoredRows), and false for a known-zero row or a row out of
// range.
func (h *Header) StoredIndex(row int) (int, bool) {
	k := int(h.Core.K)
	d := min(h.PayloadRows(), k)
	switch {
	case row < 0 || row >= 2*k || (row >= d && row < k):
		return 0, false
	case row < d:
		return row, true
	default:
		return row - (k - d), true
	}
}

// EncodedSize returns the length of the header's encoding.
func (h *Header) EncodedSize() int {
	return HeaderCoreSize + len(h.Commitments)*CommitmentSize
}

// AppendBinary appends the header's canonical encoding to b: the 105-byte
// packed core (whose first byte is the format version) followed by the 2k
// commitments, 48 bytes each. There is no separate length: k in the core
// fixes it. It fails only for a header whose number of commitments is not
// 2k or whose k the codec cannot carry.
func (h *Header) AppendBinary(b []byte) ([]byte, error) {
	k := h.Core.K
	if k == 0 || k > MaxEncodedRows || len(h.Commitments) != 2*int(k) {
		return b, fmt.Errorf("%w: k=%d with %d commitments", ErrHeaderMalformed, k, len(h.Commitments))
	}
	b = h.Core.AppendPacked(b)
	for i := range h.Commitments {
		b = append(b, h.Commitments[i][:]...)
	}
	return b, nil
}

// MarshalBinary returns the header's canonical encoding (see AppendBinary).
func (h *Header) MarshalBinary() ([]byte, error) {
	return h.AppendBinary(make([]byte, 0, h.EncodedSize()))
}

// UnmarshalBinary decodes a header from exactly its canonical encoding. It
// checks the version, that k is a power of two no larger than
// MaxEncodedRows, and the exact length; the rest is Validate's job. It
// returns ErrHeaderVersion or ErrHeaderMalformed.
func (h *Header) UnmarshalBinary(b []byte) error {
	if len(b) < HeaderCoreSize {
		return fmt.Errorf("%w: %d bytes, shorter than the %d-byte core", ErrHeaderMalformed, len(b), HeaderCoreSize)
	}
	var c HeaderCore
	if err := c.SetPacked(b[:HeaderCoreSize]); err != nil {
		return err
	}
	if c.Version != FormatVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrHeaderVersion, c.Version, FormatVersion)
	}
	if c.K == 0 || c.K > MaxEncodedRows || c.K&(c.K-1) != 0 {
		return fmt.Errorf("%w: k=%d is not a power of two in [1, %d]", ErrHeaderMalformed, c.K, MaxEncodedRows)
	}
	want := HeaderCoreSize + 2*int(c.K)*CommitmentSize
	if len(b) != want {
		return fmt.Errorf("%w: %d bytes, want %d for k=%d", ErrHeaderMalformed, len(b), want, c.K)
	}
	cs := make([]Commitment, 2*c.K)
	for i := range cs {
		copy(cs[i][:], b[HeaderCoreSize+i*CommitmentSize:])
	}
	h.Core, h.Commitments = c, cs
	return nil
}

// SetPacked decodes a HeaderCore from its exact 105-byte packed encoding
// (see AppendPacked). Every byte string of that length decodes.
func (h *HeaderCore) SetPacked(b []byte) error {
	if len(b) != HeaderCoreSize {
		return fmt.Errorf("%w: core is %d bytes, want %d", ErrHeaderMalformed, len(b), HeaderCoreSize)
	}
	be := func(n int) uint64 {
		var v uint64
		for _, x := range b[:n] {
			v = v<<8 | uint64(x)
		}
		b = b[n:]
		return v
	}
	h.Version = uint8(be(1))
	h.ChainID = be(8)
	h.Size = be(8)
	h.K = uint32(be(4))
	copy(h.CommitmentsRoot[:], b[:32])
	b = b[32:]
	h.ArchiveData = uint16(be(2))
	h.ArchiveTotal = uint16(be(2))
	copy(h.ArchiveRoot[:], b[:32])
	b = b[32:]
	h.Expiry = be(8)
	h.Epoch = be(8)
	return nil
}

// HeaderPolicy is what a receiver accepts. The zero value accepts nothing
// useful; fill every field. It carries the time as a value so Validate
// stays a pure function.
type HeaderPolicy struct {
	ChainID uint64 // the chain the committee contract lives on
	Epoch   uint64 // the receiver's current committee epoch
	MaxRows uint32 // largest k accepted (erasure.DefaultMaxRows unless configured)
	// Members is the committee size, which archive shards must match when
	// the header has an archive tier (ArchiveTotal > 0).
	Members int
	// Now is the receiver's clock; the expiry must fall in
	// [Now+MinRetention, Now+MaxRetention].
	Now          time.Time
	MinRetention time.Duration
	MaxRetention time.Duration
	// KZG, when not nil, checks that rows k..2k-1 extend rows 0..k-1
	// with its randomized CheckExtension(commitments, Seed). A receiver
	// must set it; only tools that check shape alone leave it nil.
	KZG *kzg.Context
	// Seed drives CheckExtension. It must be unpredictable to whoever made
	// the header: fresh local randomness for every check.
	Seed [32]byte
}

// Validate checks the header against policy p, cheapest checks first:
// version, shape (k a power of two within p.MaxRows, 2k commitments, size
// packing into exactly k rows as erasure.RowsFor says, archive fields),
// chain id, epoch, archive shards against the epoch's committee size,
// expiry window, the commitments root, the known-zero rows' commitments
// (each must be the identity: ErrZeroRowCommitment) and finally the
// parity extension. The error wraps one of the header errors above.
func (h *Header) Validate(p HeaderPolicy) error {
	c := &h.Core
	if c.Version != FormatVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrHeaderVersion, c.Version, FormatVersion)
	}
	if c.K == 0 || c.K&(c.K-1) != 0 {
		return fmt.Errorf("%w: k=%d is not a power of two", ErrHeaderMalformed, c.K)
	}
	if c.K > p.MaxRows || c.K > MaxEncodedRows {
		return fmt.Errorf("%w: k=%d, at most %d accepted", ErrHeaderOversize, c.K, min(p.MaxRows, MaxEncodedRows))
	}
	if len(h.Commitments) != 2*int(c.K) {
		return fmt.Errorf("%w: %d commitments for k=%d", ErrHeaderMalformed, len(h.Commitments), c.K)
	}
	if c.Size > uint64(c.K)*erasure.RowPayloadBytes || erasure.RowsFor(int(c.Size)) != int(c.K) {
		return fmt.Errorf("%w: size %d does not pack into exactly k=%d rows", ErrHeaderMalformed, c.Size, c.K)
	}
	if err := c.checkArchive(0); err != nil {
		return err
	}
	if c.ChainID != p.ChainID {
		return fmt.Errorf("%w: chain %d, want %d", ErrWrongChain, c.ChainID, p.ChainID)
	}
	if c.Epoch != p.Epoch {
		return fmt.Errorf("%w: epoch %d, current %d", ErrWrongEpoch, c.Epoch, p.Epoch)
	}
	// The shard count must match the committee size only once the header
	// is known to be of the receiver's epoch: a header of another epoch
	// (whose committee may have another size) is wrong_epoch, which a
	// disperser acts on, not a malformed header.
	if err := c.checkArchive(p.Members); err != nil {
		return err
	}
	lo, hi := p.Now.Add(p.MinRetention).Unix(), p.Now.Add(p.MaxRetention).Unix()
	if exp := int64(min(c.Expiry, 1<<62)); exp < lo || exp > hi {
		return fmt.Errorf("%w: expiry %d not in [%d, %d]", ErrExpiry, c.Expiry, lo, hi)
	}
	if root := CommitmentsRoot(h.Commitments); root != c.CommitmentsRoot {
		return fmt.Errorf("%w: header says %x, commitments give %x", ErrCommitmentsRoot, c.CommitmentsRoot, root)
	}
	for r := h.PayloadRows(); r < int(c.K); r++ {
		if h.Commitments[r] != kzg.IdentityCommitment {
			return fmt.Errorf("%w: row %d of a %d-byte blob", ErrZeroRowCommitment, r, c.Size)
		}
	}
	if p.KZG != nil {
		if err := p.KZG.CheckExtension(h.Commitments, p.Seed); err != nil {
			return fmt.Errorf("%w: %v", ErrNotExtension, err)
		}
	}
	return nil
}

// checkArchive checks the archive fields: either no archive tier (all
// zero) or 1 <= k_a <= n shards with n the committee size.
func (c *HeaderCore) checkArchive(members int) error {
	if c.ArchiveTotal == 0 {
		if c.ArchiveData != 0 || c.ArchiveRoot != [32]byte{} {
			return fmt.Errorf("%w: archive fields set without archive shards", ErrHeaderMalformed)
		}
		return nil
	}
	if c.ArchiveData == 0 || c.ArchiveData > c.ArchiveTotal {
		return fmt.Errorf("%w: %d archive data shards of %d", ErrHeaderMalformed, c.ArchiveData, c.ArchiveTotal)
	}
	if members > 0 && int(c.ArchiveTotal) != members {
		return fmt.Errorf("%w: %d archive shards for %d members", ErrHeaderMalformed, c.ArchiveTotal, members)
	}
	return nil
}

// Commitment is a compressed G1 KZG row commitment.
type Commitment = kzg.Commitment

// CommitmentsRoot returns the binary keccak Merkle root over commitments
// (internal/merkle, through kzg.CommitmentsRoot): leaf = keccak256(
// commitment), node = keccak256(left || right), the leaves padded with zero
// leaves to a power of two. One commitment's root is its leaf.
func CommitmentsRoot(commitments []Commitment) [32]byte {
	return kzg.CommitmentsRoot(commitments)
}
