package kzg

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// FuzzParsePoint decodes arbitrary bytes as a commitment and as a proof:
// no panic, the two agree, errors wrap the sentinels, and whatever decodes
// re-encodes to the same bytes (the encoding is canonical).
func FuzzParsePoint(f *testing.F) {
	pr := testRows(f)
	f.Add(pr[0].com[:])
	f.Add(pr[0].proofs[3][:])
	f.Add(append([]byte{0xc0}, make([]byte, 47)...))
	f.Add([]byte{0x80})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, errC := ParseCommitment(data)
		p, errP := ParseProof(data)
		// gnark's decoder is an independent oracle for the encoding.
		var g bls12381.G1Affine
		_, errG := g.SetBytes(data)
		if len(data) != PointSize || data[0]&flagCompressed == 0 {
			errG = errors.New("not a compressed point")
		}
		if (errC == nil) != (errG == nil) {
			t.Fatalf("ParseCommitment: %v, gnark SetBytes: %v", errC, errG)
		}
		if errC == nil {
			if q, _ := c.Point(); !q.Equal(&g) {
				t.Fatal("decoded point differs from gnark's")
			}
		}
		if (errC == nil) != (errP == nil) {
			t.Fatalf("commitment and proof decoding disagree: %v / %v", errC, errP)
		}
		if errC != nil {
			if !errors.Is(errC, ErrInvalidCommitment) || !errors.Is(errP, ErrInvalidProof) {
				t.Fatalf("errors do not wrap the sentinels: %v / %v", errC, errP)
			}
			var c2 Commitment
			if err := c2.UnmarshalText([]byte(hexPoint(data))); err == nil {
				t.Fatal("UnmarshalText accepted what ParseCommitment rejected")
			}
			return
		}
		if !bytes.Equal(c[:], data) || !bytes.Equal(p[:], data) {
			t.Fatal("decoded value differs from input")
		}
		pt, err := c.Point()
		if err != nil {
			t.Fatal(err)
		}
		if !pt.IsInSubGroup() && !pt.IsInfinity() {
			t.Fatal("accepted a point outside the subgroup")
		}
		if CommitmentFromPoint(&pt) != c {
			t.Fatal("re-encoding differs")
		}
		txt, _ := c.MarshalText()
		var c2 Commitment
		if err := c2.UnmarshalText(txt); err != nil || c2 != c {
			t.Fatalf("text round trip: %v", err)
		}
	})
}

// fuzzItems builds up to three CellItems from fuzz bytes: genuine items of
// a proven row, optionally altered, or items made of raw bytes. It reports
// which items are genuine and unaltered.
func fuzzItems(pr provenRow, data []byte) ([]CellItem, []bool) {
	pos := 0
	next := func() byte {
		if pos >= len(data) {
			return 0
		}
		pos++
		return data[pos-1]
	}
	raw48 := func() (b [PointSize]byte) {
		for i := range b {
			b[i] = next()
		}
		return b
	}
	n := int(next() % 4)
	items := make([]CellItem, n)
	genuine := make([]bool, n)
	for i := range items {
		kind := next()
		if kind&1 == 0 {
			k := int(next()) % cellsPerRow
			cell := pr.cells[k]
			items[i] = CellItem{Commitment: pr.com, Index: k, Cell: &cell, Proof: pr.proofs[k]}
			genuine[i] = kind&0x1e == 0
			if kind&2 != 0 {
				j := int(next()) % cellLen
				var d fr.Element
				d.SetUint64(uint64(next()) + 1)
				cell[j].Add(&cell[j], &d)
			}
			if kind&4 != 0 {
				items[i].Proof = raw48()
			}
			if kind&8 != 0 {
				items[i].Commitment = raw48()
			}
			if kind&16 != 0 {
				items[i].Index = int(int8(next()))
			}
			continue
		}
		var cell erasure.Cell
		for j := range cell {
			var b [32]byte
			for x := range b {
				b[x] = next()
			}
			cell[j].SetBytes(b[:]) // reduced mod r
		}
		items[i] = CellItem{Commitment: raw48(), Index: int(int8(next())), Cell: &cell, Proof: raw48()}
		if kind&2 != 0 {
			items[i].Cell = nil
		}
	}
	return items, genuine
}

// FuzzVerifyCells feeds VerifyCells and DataVerifier arbitrary items:
// neither may panic, each returns nil or an *InvalidCellError, neither
// blames a genuine item, and DataVerifier blames exactly the items
// VerifyCells blames except those whose proof only fails its subgroup
// check there (a proof outside G1 with the right G1 part passes).
func FuzzVerifyCells(f *testing.F) {
	c := testContext(f)
	pr := testRows(f)[0]
	f.Add([]byte{1, 0, 5})
	f.Add([]byte{2, 0, 5, 2, 7, 3, 1})
	f.Add([]byte{3, 0, 1, 4, 9, 0xc0, 1})
	f.Add([]byte{1, 1, 0x80})
	f.Fuzz(func(t *testing.T, data []byte) {
		items, genuine := fuzzItems(pr, data)
		named := func(err error) map[int]error {
			if err == nil {
				for i, it := range items {
					if it.Cell == nil || it.Index < 0 || it.Index >= cellsPerRow {
						t.Fatalf("item %d is malformed but the batch passed", i)
					}
				}
				return nil
			}
			var ice *InvalidCellError
			if !errors.As(err, &ice) {
				t.Fatalf("error is not an *InvalidCellError: %v", err)
			}
			if len(ice.Items) == 0 || len(ice.Items) != len(ice.Causes) || !slices.IsSorted(ice.Items) {
				t.Fatalf("malformed InvalidCellError %+v", ice)
			}
			m := map[int]error{}
			for k, i := range ice.Items {
				if i < 0 || i >= len(items) {
					t.Fatalf("named item %d of %d", i, len(items))
				}
				if genuine[i] {
					t.Fatalf("genuine item %d blamed: %v", i, err)
				}
				m[i] = ice.Causes[k]
			}
			return m
		}
		strict := named(c.VerifyCells(items))
		loose := named(c.DataVerifier().VerifyCells(items))
		for i, cause := range strict {
			_, also := loose[i]
			if !also && !errors.Is(cause, ErrInvalidProof) {
				t.Fatalf("item %d: VerifyCells blames it (%v), DataVerifier passes it", i, cause)
			}
		}
		for i := range loose {
			if _, also := strict[i]; !also {
				t.Fatalf("item %d: DataVerifier blames it, VerifyCells passes it", i)
			}
		}
	})
}
