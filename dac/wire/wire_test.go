package wire

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
)

func testHeader(k uint32) dac.Header {
	h := dac.Header{
		Core: dac.HeaderCore{
			Version: dac.FormatVersion, ChainID: 1337, Size: uint64(k) * 126976, K: k,
			Expiry: uint64(time.Unix(1_800_000_000, 0).Unix()), Epoch: 3,
		},
		Commitments: make([]dac.Commitment, 2*k),
	}
	for i := range h.Commitments {
		h.Commitments[i][0] = byte(i + 1)
	}
	h.Core.CommitmentsRoot = dac.CommitmentsRoot(h.Commitments)
	return h
}

func testCell(seed uint64) erasure.Cell {
	var c erasure.Cell
	for i := range c {
		c[i].SetUint64(seed*1000 + uint64(i))
	}
	return c
}

func testColumn(idx uint8, rows int) *Column {
	m := &Column{Index: idx, Cells: make([]erasure.Cell, rows), Proofs: make([]Proof, rows)}
	for i := range rows {
		m.Cells[i] = testCell(uint64(i))
		m.Proofs[i][0] = 0xa0
		m.Proofs[i][47] = byte(i)
	}
	return m
}

// testMessages returns one well-formed instance of every message.
func testMessages() []Message {
	return []Message{
		&DisperseBegin{Header: testHeader(2), Columns: []uint8{0, 5, 127}},
		testColumn(9, 4),
		&Attestation{HeaderHash: dac.HeaderHash{1, 2}, Epoch: 3, Member: 7, Signature: [48]byte{0xa0, 9}},
		&Rejection{Code: CodeBadCells, Epoch: 3, Message: "bad proof", Cells: []CellRef{{0, 1}, {0, 2}, {3, 0}}},
		&Rejection{Code: CodeNotFound},
		&CellsRequest{Blob: dac.BlobID{4}, Cells: []CellRef{{1, 1}, {2, 0}}, Columns: []uint8{3}},
		&CellsRequest{Blob: dac.BlobID{4}, Columns: []uint8{3, 4}},
		&CellsHeader{Header: testHeader(1), Items: 258},
		&CellsQuery{Blob: dac.BlobID{4}, WantHeader: true},
		&CellsQuery{Blob: dac.BlobID{4}, Cells: []CellRef{{1, 1}, {2, 0}}, Columns: []uint8{3}},
		&CellsQuery{Blob: dac.BlobID{5}, WantHeader: true, Cells: []CellRef{{0, 7}}},
		&CellsCount{Items: 30},
		&ArchiveShard{Index: 3, Proof: [][32]byte{{1}, {2, 3}}, Data: bytes.Repeat([]byte{0xab}, 128)},
		&ArchiveShard{Index: 0, Data: make([]byte, 64)},
		&ArchiveRequest{Blob: dac.BlobID{9, 9}},
		&ArchiveHeader{Header: testHeader(2)},
		&CellBatch{Items: []CellItem{
			{CellRef: CellRef{5, 1}, Cell: testCell(1), Proof: Proof{0xc0}},
			{CellRef: CellRef{0, 0}, Cell: testCell(2), Proof: Proof{0xa1}},
		}},
	}
}

// newOf returns a zero message of the same type as m.
func newOf(m Message) Message {
	return reflect.New(reflect.TypeOf(m).Elem()).Interface().(Message)
}

func TestRoundTrip(t *testing.T) {
	for _, m := range testMessages() {
		t.Run(m.Type().String(), func(t *testing.T) {
			enc, err := m.AppendBinary(nil)
			if err != nil {
				t.Fatal(err)
			}
			got := newOf(m)
			if err := got.UnmarshalBinary(enc); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, m) {
				t.Fatalf("round trip changed the message:\n got %+v\nwant %+v", got, m)
			}
			// Through a frame, too.
			var buf bytes.Buffer
			if err := WriteMessage(&buf, m); err != nil {
				t.Fatal(err)
			}
			if buf.Len() != len(enc)+FrameOverhead {
				t.Fatalf("frame is %d bytes for a %d-byte message", buf.Len(), len(enc))
			}
			got = newOf(m)
			if err := ReadMessage(&buf, 1<<20, got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, m) {
				t.Fatal("frame round trip changed the message")
			}
			// Every strict prefix and any extension fails to decode.
			for _, cut := range []int{0, 1, len(enc) / 2, len(enc) - 1} {
				if err := newOf(m).UnmarshalBinary(enc[:cut]); !errors.Is(err, ErrMalformed) {
					t.Fatalf("prefix of %d bytes: %v, want ErrMalformed", cut, err)
				}
			}
			if err := newOf(m).UnmarshalBinary(append(bytes.Clone(enc), 0)); !errors.Is(err, ErrMalformed) {
				t.Fatalf("trailing byte: %v, want ErrMalformed", err)
			}
		})
	}
}

func TestColumnSize(t *testing.T) {
	enc, _ := testColumn(1, 6).AppendBinary(nil)
	if len(enc) != ColumnSize(6) {
		t.Fatalf("column of 6 cells is %d bytes, ColumnSize says %d", len(enc), ColumnSize(6))
	}
}

func TestDecodeRejects(t *testing.T) {
	good := func(m Message) []byte { b, _ := m.AppendBinary(nil); return b }
	begin := good(&DisperseBegin{Header: testHeader(1), Columns: []uint8{1, 2}})
	col := good(testColumn(1, 2))
	noncanon := bytes.Clone(col)
	for i := 3; i < 3+32; i++ {
		noncanon[i] = 0xff // first element of the first cell >= modulus
	}
	tests := []struct {
		name string
		m    Message
		in   []byte
	}{
		{"begin unsorted columns", &DisperseBegin{}, append(bytes.Clone(begin[:len(begin)-3]), 2, 2, 1)},
		{"begin duplicate column", &DisperseBegin{}, append(bytes.Clone(begin[:len(begin)-3]), 2, 1, 1)},
		{"begin column 128", &DisperseBegin{}, append(bytes.Clone(begin[:len(begin)-3]), 1, 128)},
		{"begin no columns", &DisperseBegin{}, append(bytes.Clone(begin[:len(begin)-3]), 0)},
		{"begin huge header length", &DisperseBegin{}, append([]byte{0xff, 0xff, 0xff, 0xff}, begin[4:]...)},
		{"begin bad header version", &DisperseBegin{}, func() []byte { b := bytes.Clone(begin); b[4] = 9; return b }()},
		{"column index 128", &Column{}, func() []byte { b := bytes.Clone(col); b[0] = 128; return b }()},
		{"column zero cells", &Column{}, []byte{1, 0, 0}},
		{"column too many cells", &Column{}, []byte{1, 0x20, 0x01}},
		{"column count beyond data", &Column{}, func() []byte { b := bytes.Clone(col); b[2] = 3; return b }()},
		{"column non-canonical element", &Column{}, noncanon},
		{"rejection empty", &Rejection{}, nil},
		{"rejection zero code", &Rejection{}, append([]byte{0, 0}, make([]byte, 8+2+2)...)},
		{"rejection long message", &Rejection{}, append([]byte{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x01}, make([]byte, 513+2)...)},
		{"rejection unsorted cells", &Rejection{}, append([]byte{0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, 0, 1, 0, 0, 0, 0)},
		{"rejection col 200", &Rejection{}, append([]byte{0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 0, 1, 200)},
		{"cells request empty", &CellsRequest{}, append(make([]byte, 32), 0, 0, 0)},
		{"cells request too many", &CellsRequest{}, append(make([]byte, 32), 0x04, 0x01)},
		{"batch zero", &CellBatch{}, []byte{0, 0}},
		{"shard proof too deep", &ArchiveShard{}, append([]byte{0, 1, 17}, make([]byte, 17*32+4+64)...)},
		{"shard empty", &ArchiveShard{}, []byte{0, 1, 0, 0, 0, 0, 0}},
		{"shard not a multiple of 64", &ArchiveShard{}, append([]byte{0, 1, 0, 0, 0, 0, 65}, make([]byte, 65)...)},
		{"shard length beyond data", &ArchiveShard{}, append([]byte{0, 1, 0, 0, 0, 0, 128}, make([]byte, 64)...)},
		{"shard huge", &ArchiveShard{}, []byte{0, 1, 0, 0xff, 0xff, 0xff, 0xc0}},
		{"archive request short", &ArchiveRequest{}, make([]byte, 31)},
		{"archive header bad version", &ArchiveHeader{}, func() []byte { b := good(&ArchiveHeader{Header: testHeader(1)}); b[4] = 9; return b }()},
		{"batch too many", &CellBatch{}, []byte{0x01, 0x01}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.m.UnmarshalBinary(tt.in); !errors.Is(err, ErrMalformed) {
				t.Fatalf("UnmarshalBinary = %v, want ErrMalformed", err)
			}
		})
	}
}

func TestEncodeRejectsInvalid(t *testing.T) {
	tests := []struct {
		name string
		m    Message
	}{
		{"begin without columns", &DisperseBegin{Header: testHeader(1)}},
		{"begin bad header", &DisperseBegin{Header: dac.Header{}, Columns: []uint8{1}}},
		{"column proofs mismatch", &Column{Index: 1, Cells: make([]erasure.Cell, 2), Proofs: make([]Proof, 1)}},
		{"column index", &Column{Index: 200, Cells: make([]erasure.Cell, 1), Proofs: make([]Proof, 1)}},
		{"rejection no code", &Rejection{}},
		{"rejection unsorted", &Rejection{Code: CodeBadCells, Cells: []CellRef{{1, 0}, {0, 0}}}},
		{"request empty", &CellsRequest{}},
		{"request unsorted columns", &CellsRequest{Columns: []uint8{2, 1}}},
		{"query empty", &CellsQuery{}},
		{"query unsorted cells", &CellsQuery{WantHeader: true, Cells: []CellRef{{1, 0}, {0, 0}}}},
		{"batch empty", &CellBatch{}},
		{"shard empty", &ArchiveShard{}},
		{"shard odd size", &ArchiveShard{Data: make([]byte, 100)}},
		{"shard deep proof", &ArchiveShard{Data: make([]byte, 64), Proof: make([][32]byte, 17)}},
		{"archive header bad header", &ArchiveHeader{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if b, err := tt.m.AppendBinary([]byte{7}); err == nil {
				t.Fatal("AppendBinary accepted an invalid message")
			} else if !bytes.Equal(b, []byte{7}) {
				t.Fatalf("AppendBinary left %d bytes behind on error", len(b)-1)
			}
		})
	}
}

func TestReadFrame(t *testing.T) {
	frame := func(n uint32, body []byte) []byte {
		return append([]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, body...)
	}
	tests := []struct {
		name string
		in   []byte
		max  int
		want error
	}{
		{"clean eof", nil, 100, io.EOF},
		{"eof in prefix", []byte{0, 0}, 100, io.ErrUnexpectedEOF},
		{"eof in body", frame(10, []byte{1, 2}), 100, io.ErrUnexpectedEOF},
		{"empty frame", frame(0, nil), 100, ErrMalformed},
		{"too large", frame(101, nil), 100, ErrFrameTooLarge},
		{"huge", frame(0xffffffff, nil), 1 << 20, ErrFrameTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadFrame(bytes.NewReader(tt.in), tt.max)
			if !errors.Is(err, tt.want) {
				t.Fatalf("ReadFrame = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReadMessageRejection(t *testing.T) {
	var buf bytes.Buffer
	rej := &Rejection{Code: CodeWrongEpoch, Epoch: 9, Message: "epoch 9 now"}
	if err := WriteMessage(&buf, rej); err != nil {
		t.Fatal(err)
	}
	err := ReadMessage(&buf, 1024, &Attestation{})
	var re *RejectError
	if !errors.As(err, &re) || re.Code != CodeWrongEpoch || re.Epoch != 9 {
		t.Fatalf("ReadMessage = %v, want a wrong-epoch RejectError", err)
	}
	if !errors.Is(err, CodeWrongEpoch) || errors.Is(err, CodeNotFound) {
		t.Fatal("errors.Is does not match the rejection code")
	}
	if !re.Code.Retryable() || CodeBadCells.Retryable() {
		t.Fatal("Retryable is wrong")
	}

	buf.Reset()
	_ = WriteMessage(&buf, &Attestation{})
	if err := ReadMessage(&buf, 1024, &CellsHeader{}); !errors.Is(err, ErrUnexpectedType) {
		t.Fatalf("ReadMessage of the wrong type = %v, want ErrUnexpectedType", err)
	}
}

func TestCodeNames(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes() {
		s := c.String()
		if seen[s] || s == "" || s[0] == 'c' && s[:5] == "code(" {
			t.Fatalf("code %d has name %q", c, s)
		}
		seen[s] = true
	}
	if Code(999).String() != "code(999)" {
		t.Fatal("unknown code name")
	}
}

func TestCellsQueryDecodeRejects(t *testing.T) {
	valid, err := (&CellsQuery{Blob: dac.BlobID{1}, WantHeader: true}).AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	flags := append([]byte(nil), valid...)
	flags[32] = 0x03 // an unknown flag beside want-header
	empty := append([]byte(nil), valid...)
	empty[32] = 0 // neither the header nor any cell
	for name, b := range map[string][]byte{"unknown flag": flags, "empty": empty} {
		t.Run(name, func(t *testing.T) {
			if err := new(CellsQuery).UnmarshalBinary(b); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
	if err := new(CellsQuery).UnmarshalBinary(valid); err != nil {
		t.Fatalf("header-only query: %v", err)
	}
}

func TestThrottledCodes(t *testing.T) {
	for _, c := range Codes() {
		want := c == CodeRateLimited || c == CodeBusy
		if c.Throttled() != want {
			t.Errorf("%s: Throttled %t", c, c.Throttled())
		}
		if c.Throttled() && !c.Retryable() {
			t.Errorf("%s throttles but is not retryable", c)
		}
	}
}
