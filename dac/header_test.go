package dac

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"

	"github.com/quire-da/quire/kzg"
)

// testHeader returns a well-formed header for k data rows whose
// commitments are arbitrary (not real KZG commitments) but whose root
// matches them.
func testHeader(k uint32, now time.Time) *Header {
	h := &Header{
		Core: HeaderCore{
			Version: FormatVersion,
			ChainID: 1337,
			Size:    uint64(k)*126976 - 5,
			K:       k,
			Expiry:  uint64(now.Add(14 * 24 * time.Hour).Unix()),
			Epoch:   7,
		},
		Commitments: make([]Commitment, 2*k),
	}
	for i := range h.Commitments {
		for j := range h.Commitments[i] {
			h.Commitments[i][j] = byte(i*31 + j)
		}
	}
	h.Core.CommitmentsRoot = CommitmentsRoot(h.Commitments)
	return h
}

func testPolicy(now time.Time) HeaderPolicy {
	return HeaderPolicy{
		ChainID:      1337,
		Epoch:        7,
		MaxRows:      256,
		Members:      16,
		Now:          now,
		MinRetention: time.Hour,
		MaxRetention: 30 * 24 * time.Hour,
	}
}

func TestHeaderRoundTrip(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	for _, k := range []uint32{1, 2, 64} {
		t.Run(fmt.Sprintf("k=%d", k), func(t *testing.T) {
			h := testHeader(k, now)
			h.Core.ArchiveData, h.Core.ArchiveTotal, h.Core.ArchiveRoot = 5, 16, [32]byte{9}
			enc, err := h.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if len(enc) != HeaderCoreSize+96*int(k) || len(enc) != h.EncodedSize() {
				t.Fatalf("encoding is %d bytes", len(enc))
			}
			if !bytes.Equal(enc[:HeaderCoreSize], h.Core.AppendPacked(nil)) {
				t.Fatal("encoding does not start with the packed core")
			}
			var got Header
			if err := got.UnmarshalBinary(enc); err != nil {
				t.Fatal(err)
			}
			if got.Core != h.Core || len(got.Commitments) != len(h.Commitments) {
				t.Fatalf("round trip changed the header: %+v", got.Core)
			}
			for i := range got.Commitments {
				if got.Commitments[i] != h.Commitments[i] {
					t.Fatalf("commitment %d changed", i)
				}
			}
			if got.Hash() != h.Hash() || got.BlobID() != h.BlobID() {
				t.Fatal("hash or blob ID changed")
			}
		})
	}
}

func TestHeaderDecodeRejects(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	good, _ := testHeader(2, now).MarshalBinary()
	mut := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrHeaderMalformed},
		{"short core", good[:HeaderCoreSize-1], ErrHeaderMalformed},
		{"version 0", mut(func(b []byte) []byte { b[0] = 0; return b }), ErrHeaderVersion},
		{"version 2", mut(func(b []byte) []byte { b[0] = 2; return b }), ErrHeaderVersion},
		{"k=0", mut(func(b []byte) []byte { b[17], b[18], b[19], b[20] = 0, 0, 0, 0; return b }), ErrHeaderMalformed},
		{"k=3", mut(func(b []byte) []byte { b[20] = 3; return b }), ErrHeaderMalformed},
		{"k too big", mut(func(b []byte) []byte { b[17], b[18], b[19], b[20] = 0, 0, 0x20, 0; return b }), ErrHeaderMalformed},
		{"k huge", mut(func(b []byte) []byte { b[17] = 0x80; b[20] = 0; return b }), ErrHeaderMalformed},
		{"missing commitment", good[:len(good)-48], ErrHeaderMalformed},
		{"trailing byte", append(bytes.Clone(good), 0), ErrHeaderMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h Header
			err := h.UnmarshalBinary(tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("UnmarshalBinary = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestHeaderMarshalRejectsWrongShape(t *testing.T) {
	h := testHeader(2, time.Unix(0, 0))
	h.Commitments = h.Commitments[:3]
	if _, err := h.MarshalBinary(); !errors.Is(err, ErrHeaderMalformed) {
		t.Fatalf("MarshalBinary = %v, want ErrHeaderMalformed", err)
	}
}

func TestHeaderValidate(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	tests := []struct {
		name   string
		header func(h *Header)
		policy func(p *HeaderPolicy)
		want   error
	}{
		{"ok", nil, nil, nil},
		{"ok with archive", func(h *Header) { h.Core.ArchiveData, h.Core.ArchiveTotal, h.Core.ArchiveRoot = 6, 16, [32]byte{1} }, nil, nil},
		{"version", func(h *Header) { h.Core.Version = 9 }, nil, ErrHeaderVersion},
		{"k not power of two", func(h *Header) { h.Core.K = 3 }, nil, ErrHeaderMalformed},
		{"k above policy", nil, func(p *HeaderPolicy) { p.MaxRows = 2 }, ErrHeaderOversize},
		{"commitment missing", func(h *Header) { h.Commitments = h.Commitments[:7] }, nil, ErrHeaderMalformed},
		{"size too small for k", func(h *Header) { h.Core.Size = 126976 }, nil, ErrHeaderMalformed},
		{"size too big for k", func(h *Header) { h.Core.Size = 4*126976 + 1 }, nil, ErrHeaderMalformed},
		{"size zero needs k=1", func(h *Header) { h.Core.Size = 0 }, nil, ErrHeaderMalformed},
		{"size huge", func(h *Header) { h.Core.Size = 1 << 63 }, nil, ErrHeaderMalformed},
		{"archive root without shards", func(h *Header) { h.Core.ArchiveRoot = [32]byte{1} }, nil, ErrHeaderMalformed},
		{"archive data > total", func(h *Header) { h.Core.ArchiveData, h.Core.ArchiveTotal = 17, 16 }, nil, ErrHeaderMalformed},
		{"archive total != members", func(h *Header) { h.Core.ArchiveData, h.Core.ArchiveTotal = 4, 15 }, nil, ErrHeaderMalformed},
		{"chain", func(h *Header) { h.Core.ChainID = 1 }, nil, ErrWrongChain},
		{"epoch", func(h *Header) { h.Core.Epoch = 8 }, nil, ErrWrongEpoch},
		// Another epoch's committee may have another size: its archive
		// shard count is not malformed here, the epoch is wrong (a
		// disperser refreshes or retries on wrong_epoch, not on bad_header).
		{"epoch with its committee's shards", func(h *Header) {
			h.Core.Epoch, h.Core.ArchiveData, h.Core.ArchiveTotal, h.Core.ArchiveRoot = 8, 4, 15, [32]byte{1}
		}, nil, ErrWrongEpoch},
		{"expired", func(h *Header) { h.Core.Expiry = uint64(now.Unix()) - 1 }, nil, ErrExpiry},
		{"expiry too soon", func(h *Header) { h.Core.Expiry = uint64(now.Unix()) + 60 }, nil, ErrExpiry},
		{"expiry too far", func(h *Header) { h.Core.Expiry = uint64(now.Add(31 * 24 * time.Hour).Unix()) }, nil, ErrExpiry},
		{"expiry max uint64", func(h *Header) { h.Core.Expiry = ^uint64(0) }, nil, ErrExpiry},
		{"root", func(h *Header) { h.Commitments[3][0] ^= 1 }, nil, ErrCommitmentsRoot},
		// Three payload rows of k = 4: row 3 is known-zero and must commit
		// to the identity.
		{"known-zero row with the identity", func(h *Header) {
			h.Core.Size = 3*126976 - 5
			h.Commitments[3] = kzg.IdentityCommitment
			h.Core.CommitmentsRoot = CommitmentsRoot(h.Commitments)
		}, nil, nil},
		{"known-zero row with another commitment", func(h *Header) {
			h.Core.Size = 3*126976 - 5
			h.Core.CommitmentsRoot = CommitmentsRoot(h.Commitments)
		}, nil, ErrZeroRowCommitment},
		{"last payload row not zero-checked", func(h *Header) {
			h.Core.Size = 3*126976 - 5
			h.Commitments[2], h.Commitments[3] = Commitment{0x99}, kzg.IdentityCommitment
			h.Core.CommitmentsRoot = CommitmentsRoot(h.Commitments)
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := testHeader(4, now)
			p := testPolicy(now)
			if tt.header != nil {
				tt.header(h)
			}
			if tt.policy != nil {
				tt.policy(&p)
			}
			err := h.Validate(p)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Validate = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestHeaderKnownZero(t *testing.T) {
	for _, tt := range []struct {
		size   uint64
		k      uint32
		stored []int
	}{
		{0, 1, []int{1}},
		{5, 1, []int{0, 1}},
		{126976 + 1, 2, []int{0, 1, 2, 3}},
		{2*126976 + 1, 4, []int{0, 1, 2, 4, 5, 6, 7}},
		{5 * 126976, 8, []int{0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15}},
	} {
		t.Run(fmt.Sprint(tt.size), func(t *testing.T) {
			h := &Header{Core: HeaderCore{Size: tt.size, K: tt.k}}
			got := h.StoredRows()
			if fmt.Sprint(got) != fmt.Sprint(tt.stored) {
				t.Fatalf("StoredRows = %v, want %v", got, tt.stored)
			}
			for i, r := range got {
				if j, ok := h.StoredIndex(r); !ok || j != i {
					t.Fatalf("StoredIndex(%d) = %d, %v, want %d", r, j, ok, i)
				}
			}
			for _, r := range []int{-1, 2 * int(tt.k)} {
				if _, ok := h.StoredIndex(r); ok {
					t.Fatalf("StoredIndex(%d) in range", r)
				}
			}
			for r := range 2 * int(tt.k) {
				if _, ok := h.StoredIndex(r); ok == h.KnownZero(r) {
					t.Fatalf("StoredIndex(%d) ok=%v for KnownZero %v", r, ok, h.KnownZero(r))
				}
				stored := false
				for _, s := range got {
					stored = stored || s == r
				}
				if h.KnownZero(r) == stored {
					t.Fatalf("row %d: KnownZero %v, stored %v", r, h.KnownZero(r), stored)
				}
			}
		})
	}
}

// TestCommitmentsRoot checks the tree shape against a hand-built tree.
func TestCommitmentsRoot(t *testing.T) {
	var c [3]Commitment
	for i := range c {
		c[i][0] = byte(i + 1)
	}
	leaf := func(i int) [32]byte { return keccak(c[i][:]) }
	node := func(l, r [32]byte) [32]byte { return keccak(append(l[:], r[:]...)) }
	tests := []struct {
		name string
		in   []Commitment
		want [32]byte
	}{
		{"empty", nil, [32]byte{}},
		{"one", c[:1], leaf(0)},
		{"two", c[:2], node(leaf(0), leaf(1))},
		{"three padded", c[:3], node(node(leaf(0), leaf(1)), node(leaf(2), [32]byte{}))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CommitmentsRoot(tt.in); got != tt.want {
				t.Fatalf("root %x, want %x", got, tt.want)
			}
		})
	}
}

// FuzzHeaderDecode: any byte string either fails to decode or decodes to a
// header whose encoding is exactly the input (the encoding is canonical).
func FuzzHeaderDecode(f *testing.F) {
	now := time.Unix(1_800_000_000, 0)
	for _, k := range []uint32{1, 2} {
		enc, _ := testHeader(k, now).MarshalBinary()
		f.Add(enc)
	}
	f.Add([]byte{})
	f.Add(make([]byte, HeaderCoreSize))
	// Three payload rows in k = 4: row 3 known-zero, committed to the
	// identity.
	zh := testHeader(4, now)
	zh.Core.Size = 3*126976 - 5
	zh.Commitments[3] = kzg.IdentityCommitment
	zh.Core.CommitmentsRoot = CommitmentsRoot(zh.Commitments)
	enc, _ := zh.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, b []byte) {
		var h Header
		if err := h.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, ErrHeaderMalformed) && !errors.Is(err, ErrHeaderVersion) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		enc, err := h.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded header does not encode: %v", err)
		}
		if !bytes.Equal(enc, b) {
			t.Fatal("re-encoding differs from the input")
		}
		// The known-zero layout holds for any decoded header, valid or
		// not: stored rows are the rows that are not known-zero, in order.
		stored := h.StoredRows()
		if len(stored) < int(h.Core.K) || len(stored) > 2*int(h.Core.K) {
			t.Fatalf("%d stored rows for k=%d", len(stored), h.Core.K)
		}
		for i, r := range stored {
			if j, ok := h.StoredIndex(r); !ok || j != i || h.KnownZero(r) {
				t.Fatalf("stored row %d: index %d, %v, known-zero %v", r, j, ok, h.KnownZero(r))
			}
		}
		if err := h.Validate(testPolicy(now)); err == nil {
			for r := range h.Commitments {
				if h.KnownZero(r) && h.Commitments[r] != kzg.IdentityCommitment {
					t.Fatalf("valid header with known-zero row %d not the identity", r)
				}
			}
		}
	})
}

// TestHeaderValidateExtension runs the parity check with the real KZG
// context: for k=1 the column extension of one row is that row again, so
// commitments [c, c] extend and [c, c'] do not.
func TestHeaderValidateExtension(t *testing.T) {
	ctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	// Any G1 points will do as commitments for this check; multiples of
	// the generator avoid building the commitment tables.
	_, _, g1, _ := bls12381.Generators()
	commit := func(seed int64) Commitment {
		var p bls12381.G1Affine
		p.ScalarMultiplication(&g1, big.NewInt(seed))
		return kzg.CommitmentFromPoint(&p)
	}
	c1, c2 := commit(1), commit(2)
	now := time.Unix(1_800_000_000, 0)
	tests := []struct {
		name string
		cs   []Commitment
		want error
	}{
		{"extension", []Commitment{c1, c1}, nil},
		{"not an extension", []Commitment{c1, c2}, ErrNotExtension},
		{"parity not a point", []Commitment{c1, {0x01}}, ErrNotExtension},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := testHeader(1, now)
			h.Commitments = tt.cs
			h.Core.CommitmentsRoot = CommitmentsRoot(tt.cs)
			p := testPolicy(now)
			p.KZG, p.Seed = ctx, [32]byte{7}
			err := h.Validate(p)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("Validate = %v, want %v", err, tt.want)
			}
		})
	}
}
