package dac

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The oracle for this file is go-ethereum's Keccak256 (its own keccak
// package) over packed encodings built here with fmt, independently of the
// encoding/binary code in ids.go. Solidity's abi.encodePacked writes the
// same bytes for the same types: each uintN as N/8 big-endian bytes, bytes32
// and address as they are.

func packHex(t *testing.T, format string, args ...any) []byte {
	t.Helper()
	b, err := hex.DecodeString(fmt.Sprintf(format, args...))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestKeccakKnownAnswers(t *testing.T) {
	// Keccak-256 (not SHA3-256) of "" and "abc".
	for in, want := range map[string]string{
		"":    "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
		"abc": "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
	} {
		got := keccak([]byte(in))
		if hex.EncodeToString(got[:]) != want {
			t.Errorf("keccak(%q) = %x, want %s", in, got, want)
		}
		if !bytes.Equal(got[:], crypto.Keccak256([]byte(in))) {
			t.Errorf("keccak(%q) differs from go-ethereum", in)
		}
	}
}

var idVectors = []struct {
	version uint8
	size    uint64
	k       uint32
	root    [32]byte
}{
	{1, 0, 1, [32]byte{}},
	{1, 1, 1, [32]byte{0xff}},
	{1, 126976, 1, [32]byte{1, 2, 3, 31: 4}},
	{1, 31 << 20, 256, common.HexToHash("0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")},
	{255, ^uint64(0), ^uint32(0), common.HexToHash("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")},
}

func TestComputeBlobIDAgainstGeth(t *testing.T) {
	for i, v := range idVectors {
		packed := packHex(t, "%02x%016x%08x%x", v.version, v.size, v.k, v.root)
		if len(packed) != 45 {
			t.Fatalf("packed length %d", len(packed))
		}
		want := crypto.Keccak256(packed)
		got := ComputeBlobID(v.version, v.size, v.k, v.root)
		if !bytes.Equal(got[:], want) {
			t.Errorf("#%d: blob ID %x, want %x", i, got, want)
		}
		h := HeaderCore{Version: v.version, Size: v.size, K: v.k, CommitmentsRoot: v.root, ChainID: 5, Epoch: 9}
		if h.BlobID() != got {
			t.Errorf("#%d: HeaderCore.BlobID differs from ComputeBlobID", i)
		}
	}
}

func TestHeaderCoreHashAgainstGeth(t *testing.T) {
	tests := []HeaderCore{
		{},
		{Version: 1, ChainID: 1, Size: 1000, K: 1, CommitmentsRoot: [32]byte{9}, Expiry: 1_700_000_000, Epoch: 1},
		{
			Version: 1, ChainID: 17000, Size: 5 << 20, K: 64,
			CommitmentsRoot: common.HexToHash("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
			ArchiveData:     43, ArchiveTotal: 128,
			ArchiveRoot: common.HexToHash("0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
			Expiry:      ^uint64(0) - 1, Epoch: 1 << 40,
		},
		{Version: 0xff, ChainID: ^uint64(0), Size: ^uint64(0), K: ^uint32(0), ArchiveData: 0xffff, ArchiveTotal: 0xfffe, Expiry: ^uint64(0), Epoch: ^uint64(0)},
	}
	for i, h := range tests {
		packed := packHex(t, "%02x%016x%016x%08x%x%04x%04x%x%016x%016x",
			h.Version, h.ChainID, h.Size, h.K, h.CommitmentsRoot, h.ArchiveData, h.ArchiveTotal, h.ArchiveRoot, h.Expiry, h.Epoch)
		if len(packed) != HeaderCoreSize || HeaderCoreSize != 105 {
			t.Fatalf("packed length %d, HeaderCoreSize %d, want 105", len(packed), HeaderCoreSize)
		}
		if got := h.AppendPacked(nil); !bytes.Equal(got, packed) {
			t.Errorf("#%d: AppendPacked\n got %x\nwant %x", i, got, packed)
		}
		prefix := []byte("prefix")
		if got := h.AppendPacked(prefix); !bytes.Equal(got, append([]byte("prefix"), packed...)) {
			t.Errorf("#%d: AppendPacked does not append", i)
		}
		got := h.Hash()
		if want := crypto.Keccak256(packed); !bytes.Equal(got[:], want) {
			t.Errorf("#%d: Hash %x, want %x", i, got, want)
		}
	}
}

// TestHeaderCoreHashCoversEveryField changes one field at a time.
func TestHeaderCoreHashCoversEveryField(t *testing.T) {
	base := HeaderCore{Version: 1, ChainID: 2, Size: 3, K: 4, CommitmentsRoot: [32]byte{5}, ArchiveData: 6, ArchiveTotal: 7, ArchiveRoot: [32]byte{8}, Expiry: 9, Epoch: 10}
	mutations := map[string]func(h *HeaderCore){
		"Version":         func(h *HeaderCore) { h.Version++ },
		"ChainID":         func(h *HeaderCore) { h.ChainID++ },
		"Size":            func(h *HeaderCore) { h.Size++ },
		"K":               func(h *HeaderCore) { h.K++ },
		"CommitmentsRoot": func(h *HeaderCore) { h.CommitmentsRoot[31]++ },
		"ArchiveData":     func(h *HeaderCore) { h.ArchiveData++ },
		"ArchiveTotal":    func(h *HeaderCore) { h.ArchiveTotal++ },
		"ArchiveRoot":     func(h *HeaderCore) { h.ArchiveRoot[0]++ },
		"Expiry":          func(h *HeaderCore) { h.Expiry++ },
		"Epoch":           func(h *HeaderCore) { h.Epoch++ },
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			h := base
			mutate(&h)
			if h.Hash() == base.Hash() {
				t.Fatal("hash does not cover the field")
			}
		})
	}
}

func TestAttestMessageAgainstGeth(t *testing.T) {
	tests := []struct {
		chainID   uint64
		committee common.Address
		epoch     uint64
		header    HeaderHash
	}{
		{0, common.Address{}, 0, HeaderHash{}},
		{1, common.HexToAddress("0x00000000000000000000000000000000000000c0"), 7, HeaderHash{1, 2, 3}},
		{^uint64(0), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), ^uint64(0), HeaderHash(common.HexToHash("0x" + strings.Repeat("ee", 32)))},
	}
	for i, tc := range tests {
		packed := append([]byte("quire/attest/v1"), packHex(t, "%016x%x%016x%x", tc.chainID, tc.committee.Bytes(), tc.epoch, tc.header[:])...)
		if len(packed) != 15+8+20+8+32 {
			t.Fatalf("packed length %d", len(packed))
		}
		got := AttestMessage(tc.chainID, tc.committee, tc.epoch, tc.header)
		if want := crypto.Keccak256(packed); !bytes.Equal(got[:], want) {
			t.Errorf("#%d: AttestMessage %x, want %x", i, got, want)
		}
	}
	// Each input separates the domain.
	base := AttestMessage(1, [20]byte{1}, 1, HeaderHash{1})
	for name, m := range map[string][32]byte{
		"chain":     AttestMessage(2, [20]byte{1}, 1, HeaderHash{1}),
		"committee": AttestMessage(1, [20]byte{2}, 1, HeaderHash{1}),
		"epoch":     AttestMessage(1, [20]byte{1}, 2, HeaderHash{1}),
		"header":    AttestMessage(1, [20]byte{1}, 1, HeaderHash{2}),
	} {
		if m == base {
			t.Errorf("changing the %s does not change the message", name)
		}
	}
}

func TestIDText(t *testing.T) {
	id := ComputeBlobID(1, 42, 1, [32]byte{7})
	s := id.String()
	if !strings.HasPrefix(s, "0x") || len(s) != 66 || s != common.Hash(id).Hex() {
		t.Fatalf("String = %q, geth Hex = %q", s, common.Hash(id).Hex())
	}
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"0x prefix", s, true},
		{"0X prefix", "0X" + s[2:], true},
		{"bare", s[2:], true},
		{"upper case hex", "0x" + strings.ToUpper(s[2:]), true},
		{"short", s[:65], false},
		{"long", s + "0", false},
		{"odd bare", s[3:], false},
		{"not hex", "0x" + strings.Repeat("zz", 32), false},
		{"empty", "", false},
		{"only prefix", "0x", false},
		{"double prefix", "0x0x" + s[4:], false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseBlobID(tc.in)
			if tc.ok != (err == nil) {
				t.Fatalf("ParseBlobID(%q) err = %v, want ok=%v", tc.in, err, tc.ok)
			}
			if tc.ok && got != id {
				t.Fatalf("ParseBlobID(%q) = %v", tc.in, got)
			}
			var h HeaderHash
			if err := h.UnmarshalText([]byte(tc.in)); tc.ok != (err == nil) || (tc.ok && [32]byte(h) != [32]byte(id)) {
				t.Fatalf("HeaderHash.UnmarshalText(%q) = %v", tc.in, err)
			}
		})
	}

	type wire struct {
		ID     BlobID
		Header HeaderHash
	}
	in := wire{ID: id, Header: HeaderHash{0xab, 31: 0xcd}}
	raw, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`{"ID":%q,"Header":%q}`, id.String(), in.Header.String())
	if string(raw) != want {
		t.Fatalf("JSON %s, want %s", raw, want)
	}
	var out wire
	if err := json.Unmarshal(raw, &out); err != nil || out != in {
		t.Fatalf("JSON round trip: %v, %+v", err, out)
	}
}

// FuzzParseBlobID: the parser never panics, and what it accepts prints back
// as the canonical lower-case 0x form of the same value.
func FuzzParseBlobID(f *testing.F) {
	f.Add("0x" + strings.Repeat("ab", 32))
	f.Add(strings.Repeat("0", 64))
	f.Add("0x")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseBlobID(s)
		if err != nil {
			return
		}
		back, err := ParseBlobID(id.String())
		if err != nil || back != id {
			t.Fatalf("round trip of %q: %v", s, err)
		}
		if !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"), id.String()[2:]) {
			t.Fatalf("%q parsed to %v", s, id)
		}
	})
}
