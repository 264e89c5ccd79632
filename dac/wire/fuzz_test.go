package wire

import (
	"bytes"
	"errors"
	"testing"
)

// fuzzDecode checks a decoder: no panic on any input, only ErrMalformed
// (or a header error) on failure, and a canonical encoding on success:
// re-encoding the decoded message gives back the input exactly.
func fuzzDecode(f *testing.F, newMsg func() Message) {
	typ := newMsg().Type()
	for _, m := range testMessages() {
		if m.Type() == typ {
			b, err := m.AppendBinary(nil)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m := newMsg()
		if err := m.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error outside ErrMalformed: %v", err)
			}
			return
		}
		enc, err := m.AppendBinary(nil)
		if err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
		if !bytes.Equal(enc, b) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", b, enc)
		}
	})
}

func FuzzDisperseBegin(f *testing.F) { fuzzDecode(f, func() Message { return &DisperseBegin{} }) }
func FuzzColumn(f *testing.F)        { fuzzDecode(f, func() Message { return &Column{} }) }
func FuzzAttestation(f *testing.F)   { fuzzDecode(f, func() Message { return &Attestation{} }) }
func FuzzRejection(f *testing.F)     { fuzzDecode(f, func() Message { return &Rejection{} }) }
func FuzzCellsRequest(f *testing.F)  { fuzzDecode(f, func() Message { return &CellsRequest{} }) }
func FuzzCellsHeader(f *testing.F)   { fuzzDecode(f, func() Message { return &CellsHeader{} }) }
func FuzzCellsQuery(f *testing.F)    { fuzzDecode(f, func() Message { return &CellsQuery{} }) }
func FuzzCellsCount(f *testing.F)    { fuzzDecode(f, func() Message { return &CellsCount{} }) }
func FuzzCellBatch(f *testing.F)     { fuzzDecode(f, func() Message { return &CellBatch{} }) }
func FuzzArchiveShard(f *testing.F)  { fuzzDecode(f, func() Message { return &ArchiveShard{} }) }
func FuzzArchiveRequest(f *testing.F) {
	fuzzDecode(f, func() Message { return &ArchiveRequest{} })
}
func FuzzArchiveHeader(f *testing.F) { fuzzDecode(f, func() Message { return &ArchiveHeader{} }) }

// FuzzReadFrame feeds arbitrary streams to the frame reader with a small
// cap: it must never return a body larger than the cap, never panic, and
// a frame it accepts must re-frame to the bytes it consumed.
func FuzzReadFrame(f *testing.F) {
	for _, m := range testMessages() {
		b, _ := AppendFrame(nil, m)
		if len(b) < 4096 {
			f.Add(b)
		}
	}
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		const max = 4096
		r := bytes.NewReader(b)
		for {
			before := r.Len()
			typ, body, err := ReadFrame(r, max)
			if err != nil {
				return
			}
			if len(body)+1 > max {
				t.Fatalf("body of %d bytes above the cap", len(body))
			}
			consumed := b[len(b)-before : len(b)-r.Len()]
			re := append([]byte{0, 0, 0, 0, byte(typ)}, body...)
			n := len(body) + 1
			re[0], re[1], re[2], re[3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
			if !bytes.Equal(re, consumed) {
				t.Fatal("re-framing differs from the consumed bytes")
			}
		}
	})
}
