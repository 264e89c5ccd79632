package batch

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

type goldenElement struct {
	Index uint64        `json:"index"`
	Data  hexutil.Bytes `json:"data"` // the element's 32 bytes (top byte junk, ignored)
}

type goldenRecord struct {
	Cursor uint64        `json:"cursor"`
	Next   uint64        `json:"next"`
	Kind   string        `json:"kind"`
	Length uint16        `json:"length"`
	First  uint64        `json:"first"`
	End    uint64        `json:"end"`
	Body   hexutil.Bytes `json:"body,omitempty"`
}

type goldenRecords struct {
	Note        string          `json:"note"`
	K           int             `json:"k"`
	MaxRecord   int             `json:"maxRecord"`
	Elements    []goldenElement `json:"elements"` // every element not listed has zero low 31 bytes
	RecordCount uint64          `json:"recordCount"`
	Records     []goldenRecord  `json:"records"`
}

// TestGoldenRecords covers every row of the cursor table on two rows with
// non-zero top bytes: bodies of 1, 29, 30 and 512 bytes, L = 513, a record
// crossing the row end, end of row, cursor beyond k.
func TestGoldenRecords(t *testing.T) {
	rows := [][]byte{make([]byte, RowSize), make([]byte, RowSize)}
	set := func(c int, b []byte) { // writes blob bytes from element c on
		for i, x := range b {
			e := c + i/BytesPerElement
			rows[e/ElementsPerRow][(e%ElementsPerRow)*ElementSize+1+i%BytesPerElement] = x
		}
	}
	rec := func(l int, fill byte) []byte {
		b := []byte{byte(l >> 8), byte(l)}
		for i := 0; i < l; i++ {
			b = append(b, fill+byte(i))
		}
		return b
	}
	set(0, rec(1, 0xaa))
	set(1, rec(29, 0x10))
	set(2, rec(30, 0x20))
	set(4, rec(512, 0x30))
	set(21, []byte{0x02, 0x01}) // L = 513
	set(ElementsPerRow, rec(3, 0x40))
	set(ElementsPerRow+1, []byte{0, 0})    // end of row
	set(2*ElementsPerRow-2, []byte{0, 62}) // 3 elements, 2 left: crosses
	for r := range rows {                  // junk top bytes everywhere
		for e := 0; e < ElementsPerRow; e += 1 {
			rows[r][e*ElementSize] = byte(e*31 + r + 1)
		}
	}
	g := goldenRecords{Note: "docs/rollup.md Records: element c = 4096 row + e, low 31 bytes; L = first 2 bytes (big-endian)",
		K: 2, MaxRecord: 512, RecordCount: 9}
	for r, row := range rows {
		for e := 0; e < ElementsPerRow; e++ {
			el := row[e*ElementSize : (e+1)*ElementSize]
			for _, x := range el[1:] {
				if x != 0 {
					g.Elements = append(g.Elements, goldenElement{uint64(r*ElementsPerRow + e), append([]byte{}, el...)})
					break
				}
			}
		}
	}
	p, err := FromRows(rows)
	if err != nil {
		t.Fatal(err)
	}
	c := uint64(0)
	cursors := []uint64{}
	for _, r := range ReadAll(p, g.RecordCount, g.MaxRecord) {
		cursors = append(cursors, r.Cursor)
		g.Records = append(g.Records, goldenRecord{r.Cursor, r.Next, r.Kind.String(), r.Length, r.First, r.End, r.Body})
		c = r.Next
	}
	// The crossing record is reached by reading at its cursor directly.
	r := Read(p, 2*ElementsPerRow-2, g.MaxRecord)
	g.Records = append(g.Records, goldenRecord{r.Cursor, r.Next, r.Kind.String(), r.Length, r.First, r.End, r.Body})
	_ = c
	path := filepath.Join("testdata", "records.json")
	if *update {
		b, _ := json.MarshalIndent(g, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want goldenRecords
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(want, g) {
		t.Fatal("computed records differ from testdata/records.json")
	}
	kinds := map[string]bool{}
	for _, r := range g.Records {
		kinds[r.Kind] = true
	}
	if len(kinds) != 4 {
		t.Fatalf("golden file covers kinds %v, want all four", kinds)
	}
}
