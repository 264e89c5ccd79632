package retrieve_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/erasure"
)

// FuzzRowBytes: for bytes packed by erasure.Pack the byte view is the
// bytes (what erasure.Unpack gives); for rows whose elements carry a
// non-zero top byte, the view is still defined and keeps the low 31 bytes
// of every element.
func FuzzRowBytes(f *testing.F) {
	f.Add([]byte{}, byte(0))
	f.Add([]byte("quire"), byte(1))
	f.Add(bytes.Repeat([]byte{0xff}, 100), byte(0x73))
	f.Fuzz(func(t *testing.T, data []byte, top byte) {
		rows, err := erasure.Pack(data, 1)
		if err != nil {
			t.Skip()
		}
		if got := retrieve.RowBytes(rows, len(data)); !bytes.Equal(got, data) {
			t.Fatal("byte view of packed rows differs from the bytes")
		}
		want, err := erasure.Unpack(rows, len(data))
		if err != nil || !bytes.Equal(want, data) {
			t.Fatalf("Unpack: %v", err)
		}
		// Set a top byte in the first element (reduced mod r, so its low
		// 31 bytes may change too: compare with the element's own bytes).
		b := rows[0][0].Bytes()
		b[0] = top & 0x3f
		rows[0][0].SetBytes(b[:])
		got := retrieve.RowBytes(rows, len(data))
		e := rows[0][0].Bytes()
		n := min(len(data), erasure.PayloadBytesPerElement)
		if !bytes.Equal(got[:n], e[1:1+n]) || !bytes.Equal(got[n:], data[n:]) {
			t.Fatal("byte view does not keep the low 31 bytes of each element")
		}
	})
}

func ExampleRowBytes() {
	rows, _ := erasure.Pack([]byte("hello, quire"), 1)
	var top fr.Element
	top.SetString("0x0100000000000000000000000000000000000000000000000000000000000000")
	rows[0][1].Add(&rows[0][1], &top) // a top byte no packing of bytes has
	fmt.Printf("%q\n", retrieve.RowBytes(rows, 12))
	_, err := erasure.Unpack(rows, 12)
	fmt.Println(err != nil)
	// Output:
	// "hello, quire"
	// true
}
