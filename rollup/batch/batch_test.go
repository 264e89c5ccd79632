package batch

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

const maxRecord = 512

// toRows lays blob bytes out as k rows of 32-byte elements, filling each
// element's top byte with junk (which readers must ignore).
func toRows(r *rand.Rand, blob []byte, k int) [][]byte {
	rows := make([][]byte, k)
	for i := range rows {
		rows[i] = make([]byte, RowSize)
		for e := 0; e < ElementsPerRow; e++ {
			rows[i][e*ElementSize] = byte(r.Uint32())
			off := (i*ElementsPerRow + e) * BytesPerElement
			if off < len(blob) {
				copy(rows[i][e*ElementSize+1:(e+1)*ElementSize], blob[off:min(len(blob), off+BytesPerElement)])
			}
		}
	}
	return rows
}

func TestRoundTrip(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 1))
	for trial := 0; trial < 20; trial++ {
		k := 1 + r.IntN(3)
		w := NewWriter(k, maxRecord)
		var bodies [][]byte
		for {
			b := make([]byte, 1+r.IntN(maxRecord))
			for i := range b {
				b[i] = byte(r.Uint32())
			}
			if err := w.Add(b); err != nil {
				if !errors.Is(err, ErrFull) || w.Fits(len(b)) {
					t.Fatalf("Add: %v", err)
				}
				break
			}
			bodies = append(bodies, b)
		}
		blob := w.Bytes()
		p, err := FromRows(toRows(r, blob, k))
		if err != nil {
			t.Fatal(err)
		}
		for _, pl := range []Payload{p, FromBytes(blob, k)} {
			recs := ReadAll(pl, w.RecordCount(), maxRecord)
			var got [][]byte
			for i, rec := range recs {
				switch rec.Kind {
				case KindBody:
					got = append(got, rec.Body)
				case KindEndOfRow:
					if rec.Next%ElementsPerRow != 0 {
						t.Fatal("end of row does not jump to a row start")
					}
				default:
					t.Fatalf("record %d: kind %v", i, rec.Kind)
				}
				if rec.Kind == KindBody && rec.First/ElementsPerRow != (rec.End-1)/ElementsPerRow {
					t.Fatal("record crosses a row")
				}
			}
			if len(got) != len(bodies) {
				t.Fatalf("%d bodies back, wrote %d", len(got), len(bodies))
			}
			for i := range got {
				if !bytes.Equal(got[i], bodies[i]) {
					t.Fatalf("body %d differs", i)
				}
			}
			// Over-declaring: the rest are end-of-row or beyond-rows no-ops.
			more := ReadAll(pl, w.RecordCount()+5, maxRecord)
			for _, rec := range more[len(recs):] {
				if rec.Kind == KindBody {
					t.Fatal("over-declared record has a body")
				}
			}
		}
	}
}

func TestReadRules(t *testing.T) {
	put := func(blob []byte, c int, l int) {
		blob[c*BytesPerElement] = byte(l >> 8)
		blob[c*BytesPerElement+1] = byte(l)
	}
	blob := make([]byte, 2*ElementsPerRow*BytesPerElement)
	put(blob, 0, 29)                  // exactly one element
	put(blob, 1, 30)                  // two elements
	put(blob, 3, 513)                 // too long
	put(blob, ElementsPerRow, 512)    // 17 elements
	put(blob, ElementsPerRow+17, 0)   // end of row
	put(blob, 2*ElementsPerRow-1, 29) // never reached
	p := FromBytes(blob, 2)
	tests := []struct {
		c          uint64
		kind       Kind
		next       uint64
		first, end uint64
	}{
		{0, KindBody, 1, 0, 1},
		{1, KindBody, 3, 1, 3},
		{3, KindBadLength, ElementsPerRow, 3, 4},
		{ElementsPerRow, KindBody, ElementsPerRow + 17, ElementsPerRow, ElementsPerRow + 17},
		{ElementsPerRow + 17, KindEndOfRow, 2 * ElementsPerRow, ElementsPerRow + 17, ElementsPerRow + 18},
		{2*ElementsPerRow - 1, KindBody, 2 * ElementsPerRow, 2*ElementsPerRow - 1, 2 * ElementsPerRow},
		{2 * ElementsPerRow, KindBeyondRows, 2 * ElementsPerRow, 2 * ElementsPerRow, 2 * ElementsPerRow},
	}
	for _, tt := range tests {
		got := Read(p, tt.c, maxRecord)
		if got.Kind != tt.kind || got.Next != tt.next || got.First != tt.first || got.End != tt.end {
			t.Errorf("cursor %d: %+v, want kind %v next %d [%d,%d)", tt.c, got, tt.kind, tt.next, tt.first, tt.end)
		}
	}
	// A record that would cross the row end.
	put(blob, ElementsPerRow-2, 62) // needs 3 elements, 2 left
	if got := Read(FromBytes(blob, 2), ElementsPerRow-2, maxRecord); got.Kind != KindBadLength || got.Next != ElementsPerRow {
		t.Fatalf("crossing record: %+v", got)
	}
}

func signedTransfer(r *rand.Rand, key *ecdsa.PrivateKey, legacy bool) []byte {
	chain := big.NewInt(29045)
	to := common.Address{}
	for i := range to {
		to[i] = byte(r.Uint32())
	}
	value := new(big.Int).Mul(big.NewInt(int64(1+r.IntN(1000))), big.NewInt(1e15))
	var inner types.TxData = &types.DynamicFeeTx{ChainID: chain, Nonce: uint64(r.IntN(1000)), GasTipCap: big.NewInt(1e8),
		GasFeeCap: big.NewInt(2e9), Gas: 21000, To: &to, Value: value}
	if legacy {
		inner = &types.LegacyTx{Nonce: uint64(r.IntN(1000)), GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: value}
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain), inner)
	if err != nil {
		panic(err)
	}
	b, _ := tx.MarshalBinary()
	return b
}

// TestPaddingOverhead packs realistic transfer batches (go-ethereum-signed
// type-2 and legacy transfers, a block marker every 100) into one row and
// reports the bytes against a dense encoding (2-byte length + body, no
// alignment).
func TestPaddingOverhead(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	key, _ := crypto.ToECDSA(common.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"))
	for _, legacyShare := range []int{0, 50} {
		w := NewWriter(1, maxRecord)
		dense, n := 0, 0
		for {
			var body []byte
			if n%100 == 0 {
				body = make([]byte, 17)
				body[0] = 0xB1
			} else {
				body = signedTransfer(r, key, r.IntN(100) < legacyShare)
			}
			if err := w.Add(body); err != nil {
				break
			}
			dense += 2 + len(body)
			n++
		}
		used := int(w.Elements()) * BytesPerElement
		t.Logf("legacy %d%%: %d records in one row; dense %d B, packed %d B (%d elements, %.1f%% overhead; %d B of row incl. top bytes)",
			legacyShare, n, dense, used, w.Elements(), 100*float64(used-dense)/float64(dense), w.Elements()*ElementSize)
		if n < 900 {
			t.Fatalf("only %d records fit a row", n)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte{0, 3, 1, 2, 3}, uint8(1), uint16(0), uint16(5))
	f.Add([]byte{0x02, 0x01, 0xff}, uint8(2), uint16(4095), uint16(3))
	f.Fuzz(func(t *testing.T, seed []byte, k uint8, start uint16, count uint16) {
		kk := int(k%3) + 1
		// Expand the seed over the rows so that lengths land everywhere.
		blob := make([]byte, kk*ElementsPerRow*BytesPerElement)
		for i := 0; len(seed) > 0 && i < len(blob); i += 1 + int(seed[i%len(seed)])*7 {
			blob[i] = seed[i%len(seed)]
		}
		p := FromBytes(blob, kk)
		c := uint64(start)
		for i := 0; i < int(count%64); i++ {
			rec := Read(p, c, maxRecord)
			switch {
			case rec.Next < rec.Cursor:
				t.Fatal("cursor went back")
			case rec.Kind == KindBody && (len(rec.Body) != int(rec.Length) || rec.Length == 0 || int(rec.Length) > maxRecord):
				t.Fatal("body length")
			case rec.Kind == KindBody && rec.First/ElementsPerRow != (rec.End-1)/ElementsPerRow:
				t.Fatal("record crosses a row")
			case rec.Kind != KindBeyondRows && rec.End <= rec.First:
				t.Fatal("no element read")
			case rec.Kind == KindBeyondRows && rec.Next != rec.Cursor:
				t.Fatal("cursor moved beyond the rows")
			}
			c = rec.Next
		}
	})
}

func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{5, 1, 2, 3, 4, 5, 200, 7}, uint64(1))
	f.Fuzz(func(t *testing.T, data []byte, junk uint64) {
		w := NewWriter(1, maxRecord)
		var bodies [][]byte
		for len(data) > 0 {
			l := 1 + int(data[0])*2
			data = data[1:]
			b := make([]byte, l)
			copy(b, data)
			if err := w.Add(b); err != nil {
				break
			}
			bodies = append(bodies, b)
		}
		p, err := FromRows(toRows(rand.New(rand.NewPCG(junk, 0)), w.Bytes(), 1))
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		for _, rec := range ReadAll(p, w.RecordCount(), maxRecord) {
			if rec.Kind == KindBody {
				if i >= len(bodies) || !bytes.Equal(rec.Body, bodies[i]) {
					t.Fatalf("body %d differs", i)
				}
				i++
			}
		}
		if i != len(bodies) {
			t.Fatalf("%d of %d bodies back", i, len(bodies))
		}
	})
}
