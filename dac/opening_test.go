package dac

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// openingFixture encodes a random blob of k data rows (the last one partly
// filled) with kzg.Encode and returns its bytes, header and square.
func openingFixture(t testing.TB, k int, seed uint64) ([]byte, *Header, *kzg.Square, *kzg.Context) {
	t.Helper()
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	size := (k-1)*erasure.RowPayloadBytes + 1 + rng.IntN(erasure.RowPayloadBytes)
	if k == 1 {
		size = 1000 + rng.IntN(5000)
	}
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	sq, err := kctx.Encode(data)
	if err != nil {
		t.Fatal(err)
	}
	h := &Header{
		Core:        HeaderCore{Version: FormatVersion, Size: uint64(size), K: uint32(sq.K), CommitmentsRoot: sq.Root},
		Commitments: sq.Commitments,
	}
	return data, h, sq, kctx
}

func TestOpenBytes(t *testing.T) {
	data, h, _, kctx := openingFixture(t, 2, 1)
	for _, c := range []struct{ off, n int }{
		{0, 1}, {0, 31}, {30, 2}, {100, 115}, {erasure.RowPayloadBytes - 5, 5}, {erasure.RowPayloadBytes, 62}, {len(data) - 1, 1},
	} {
		o, err := OpenBytes(kctx, h, data, c.off, c.n)
		if err != nil {
			t.Fatalf("OpenBytes(%d, %d): %v", c.off, c.n, err)
		}
		if o.BlobID() != h.BlobID() {
			t.Fatalf("blob id differs")
		}
		if err := o.Verify(kctx); err != nil {
			t.Fatalf("OpenBytes(%d, %d): Verify: %v", c.off, c.n, err)
		}
		got, err := o.Bytes(c.off, c.n)
		if err != nil || !bytes.Equal(got, data[c.off:c.off+c.n]) {
			t.Fatalf("Bytes(%d, %d) = %x, %v; want %x", c.off, c.n, got, err, data[c.off:c.off+c.n])
		}
		enc, err := o.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Opening
		if err := back.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if enc2, _ := back.MarshalBinary(); !bytes.Equal(enc, enc2) {
			t.Fatal("round trip differs")
		}
		// Tampering with the value, the proof or the commitment is caught.
		bad := back
		bad.Elements = append([]OpenedElement(nil), back.Elements...)
		bad.Elements[0].Value[31] ^= 1
		if err := bad.Verify(kctx); !errors.Is(err, kzg.ErrVerify) {
			t.Fatalf("wrong value: %v", err)
		}
		bad.Elements[0] = back.Elements[0]
		bad.Elements[0].Proof = o.Elements[len(o.Elements)-1].Proof
		if len(o.Elements) > 1 {
			if err := bad.Verify(kctx); !errors.Is(err, kzg.ErrVerify) {
				t.Fatalf("wrong proof: %v", err)
			}
		}
		bad = back
		bad.Commitment = h.Commitments[(int(o.Row)+1)%len(h.Commitments)]
		if err := bad.Verify(kctx); !errors.Is(err, kzg.ErrCommitmentProof) {
			t.Fatalf("wrong commitment: %v", err)
		}
	}
	for _, c := range []struct{ off, n int }{{-1, 1}, {0, 0}, {len(data), 1}, {erasure.RowPayloadBytes - 1, 2}} {
		if _, err := OpenBytes(kctx, h, data, c.off, c.n); !errors.Is(err, ErrOpening) {
			t.Errorf("OpenBytes(%d, %d): %v", c.off, c.n, err)
		}
	}
}

// TestOpenParityRow checks RowValues against kzg.Encode (the parity row's
// commitment, computed there from the data commitments with ExtendG1, is
// the commitment of the column extension) and opens a parity element.
func TestOpenParityRow(t *testing.T) {
	data, h, sq, kctx := openingFixture(t, 2, 2)
	rows, err := erasure.Pack(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	for r := range 2 * sq.K {
		vals, err := RowValues(rows, r)
		if err != nil {
			t.Fatal(err)
		}
		com, err := kctx.Commit(vals)
		if err != nil {
			t.Fatal(err)
		}
		if com != sq.Commitments[r] {
			t.Fatalf("row %d: commitment of RowValues differs from the square's", r)
		}
		if r == sq.K+1 {
			o, err := OpenElements(kctx, h, r, vals, []int{9, 3, 4095})
			if err != nil {
				t.Fatal(err)
			}
			if err := o.Verify(kctx); err != nil {
				t.Fatalf("parity row %d: %v", r, err)
			}
			if o.Elements[0].Index != 3 || o.Elements[2].Index != 4095 {
				t.Fatalf("elements not sorted: %+v", o.Elements)
			}
		}
	}
	if _, err := RowValues(rows, 2*sq.K); !errors.Is(err, ErrOpening) {
		t.Fatalf("row 2k: %v", err)
	}
	if _, err := OpenElements(kctx, h, 0, rows[0], []int{1, 1}); !errors.Is(err, ErrOpening) {
		t.Fatalf("duplicate element: %v", err)
	}
}

// FuzzOpeningDecode: any byte string either fails to decode with
// ErrOpening or decodes to an opening whose encoding is the input.
func FuzzOpeningDecode(f *testing.F) {
	for _, o := range fuzzOpenings() {
		enc, err := o.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(enc)
	}
	f.Add([]byte{})
	f.Add([]byte{openingFormat})
	f.Fuzz(func(t *testing.T, b []byte) {
		var o Opening
		if err := o.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, ErrOpening) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		enc, err := o.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded opening does not encode: %v", err)
		}
		if !bytes.Equal(enc, b) {
			t.Fatal("re-encoding differs from the input")
		}
	})
}

// fuzzOpenings are small well-formed openings (not valid proofs: the
// decoder does not check points).
func fuzzOpenings() []*Opening {
	var out []*Opening
	for _, k := range []uint32{1, 4} {
		o := &Opening{Version: FormatVersion, Size: 5000, K: k, Row: k, RowProof: make([][32]byte, openingDepth(k))}
		o.CommitmentsRoot[0] = 1
		o.Commitment[0] = 0xc0
		for i := range o.RowProof {
			o.RowProof[i][i] = byte(i + 1)
		}
		for _, e := range []uint16{0, 7, 4095}[:k%3+1] {
			el := OpenedElement{Index: e}
			el.Value[31] = byte(e)
			el.Proof[0] = 0xc0
			o.Elements = append(o.Elements, el)
		}
		out = append(out, o)
	}
	return out
}
