package kzg

import (
	"errors"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/quire-da/quire/erasure"
)

// provenRow is a random row with its commitment, cells and proofs.
type provenRow struct {
	row    []fr.Element
	com    Commitment
	cells  []erasure.Cell
	proofs []Proof
}

var (
	provenOnce sync.Once
	proven     [2]provenRow
)

// testRows proves two random rows once per test binary.
func testRows(t testing.TB) [2]provenRow {
	t.Helper()
	c := testContext(t)
	provenOnce.Do(func() {
		r := rand.New(rand.NewPCG(7, 7))
		for i := range proven {
			row := randomRow(r)
			com, cells, proofs, err := c.ProveRow(row)
			if err != nil {
				panic(err)
			}
			proven[i] = provenRow{row, com, cells, proofs}
		}
	})
	return proven
}

// mixedItems returns n items drawn from both rows, with random indices.
func mixedItems(rows [2]provenRow, r *rand.Rand, n int) []CellItem {
	items := make([]CellItem, n)
	for i := range items {
		pr := &rows[r.IntN(2)]
		k := r.IntN(cellsPerRow)
		cell := pr.cells[k]
		items[i] = CellItem{Commitment: pr.com, Index: k, Cell: &cell, Proof: pr.proofs[k]}
	}
	return items
}

func TestVerifyCellsValid(t *testing.T) {
	c := testContext(t)
	rows := testRows(t)
	r := testRand(t)
	if err := c.VerifyCells(nil); err != nil {
		t.Fatalf("empty batch: %v", err)
	}
	for _, n := range []int{1, 2, 17, 128} {
		if err := c.VerifyCells(mixedItems(rows, r, n)); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
	}
	all := make([]CellItem, 0, 2*cellsPerRow)
	for _, pr := range rows {
		for k := range cellsPerRow {
			all = append(all, CellItem{pr.com, k, &pr.cells[k], pr.proofs[k]})
		}
	}
	if err := c.VerifyCells(all); err != nil {
		t.Fatalf("all cells of two rows: %v", err)
	}
	it := all[5]
	if err := c.VerifyCell(it.Commitment, it.Index, it.Cell, it.Proof); err != nil {
		t.Fatalf("VerifyCell: %v", err)
	}
}

// TestVerifyCellsNamesTampered tampers with chosen items of a valid batch
// and checks that InvalidCellError names exactly those items.
func TestVerifyCellsNamesTampered(t *testing.T) {
	c := testContext(t)
	rows := testRows(t)
	r := testRand(t)
	type tamper func(it *CellItem)
	bumpCell := func(it *CellItem) {
		cell := *it.Cell
		j := r.IntN(cellLen)
		one := fr.One()
		cell[j].Add(&cell[j], &one)
		it.Cell = &cell
	}
	otherProof := func(it *CellItem) {
		pr := rows[0]
		if it.Commitment == pr.com {
			pr = rows[1]
		}
		it.Proof = pr.proofs[r.IntN(cellsPerRow)]
	}
	otherCommitment := func(it *CellItem) {
		if it.Commitment == rows[0].com {
			it.Commitment = rows[1].com
		} else {
			it.Commitment = rows[0].com
		}
	}
	otherIndex := func(it *CellItem) { it.Index = (it.Index + 1 + r.IntN(cellsPerRow-1)) % cellsPerRow }
	cases := []struct {
		name    string
		n       int
		tampers []tamper
		cause   error
	}{
		{"cell", 30, []tamper{bumpCell}, ErrVerify},
		{"proof", 30, []tamper{otherProof}, ErrVerify},
		{"commitment", 30, []tamper{otherCommitment}, ErrVerify},
		{"index", 30, []tamper{otherIndex}, ErrVerify},
		{"single item", 1, []tamper{bumpCell}, ErrVerify},
		{"three of 64", 64, []tamper{bumpCell, otherProof, otherIndex}, ErrVerify},
		{"all of 4", 4, []tamper{bumpCell, bumpCell, otherCommitment, otherProof}, ErrVerify},
		{"bad proof bytes", 10, []tamper{func(it *CellItem) { it.Proof[0] ^= 0x80 }}, ErrInvalidProof},
		{"bad commitment bytes", 10, []tamper{func(it *CellItem) { it.Commitment = Commitment{0xc0, 1} }}, ErrInvalidCommitment},
		{"index out of range", 10, []tamper{func(it *CellItem) { it.Index = cellsPerRow }}, ErrCellIndex},
		{"negative index", 10, []tamper{func(it *CellItem) { it.Index = -1 }}, ErrCellIndex},
		{"nil cell", 10, []tamper{func(it *CellItem) { it.Cell = nil }}, ErrNilCell},
	}
	verifiers := []struct {
		name   string
		verify func([]CellItem) error
	}{{"VerifyCells", c.VerifyCells}, {"DataVerifier", c.DataVerifier().VerifyCells}}
	for _, tc := range cases {
		for _, vf := range verifiers {
			t.Run(tc.name+"/"+vf.name, func(t *testing.T) {
				items := mixedItems(rows, r, tc.n)
				pos := r.Perm(tc.n)[:len(tc.tampers)]
				for i, p := range pos {
					tc.tampers[i](&items[p])
				}
				slices.Sort(pos)
				err := vf.verify(items)
				var ice *InvalidCellError
				if !errors.As(err, &ice) {
					t.Fatalf("want *InvalidCellError, got %v", err)
				}
				if !slices.Equal(ice.Items, pos) {
					t.Fatalf("named items %v, tampered %v", ice.Items, pos)
				}
				if !errors.Is(err, tc.cause) {
					t.Fatalf("error %v does not wrap %v", err, tc.cause)
				}
				if tc.n == 1 || len(pos) == 1 {
					it := items[pos[0]]
					if err := c.VerifyCell(it.Commitment, it.Index, it.Cell, it.Proof); !errors.Is(err, tc.cause) {
						t.Fatalf("VerifyCell: %v, want %v", err, tc.cause)
					}
				}
			})
		}
	}
}

// TestVerifyCellsAgreesWithGeth compares verdicts with kzg4844.VerifyCells
// on valid and tampered batches from one row.
func TestVerifyCellsAgreesWithGeth(t *testing.T) {
	c := testContext(t)
	pr := testRows(t)[0]
	r := testRand(t)
	for trial := range 6 {
		n := 1 + r.IntN(40)
		idx := r.Perm(cellsPerRow)[:n]
		slices.Sort(idx)
		items := make([]CellItem, n)
		gCells := make([]kzg4844.Cell, n)
		gProofs := make([]kzg4844.Proof, n)
		gIdx := make([]uint64, n)
		for i, k := range idx {
			cell := pr.cells[k]
			items[i] = CellItem{pr.com, k, &cell, pr.proofs[k]}
		}
		if trial%2 == 1 { // tamper with one cell
			i := r.IntN(n)
			items[i].Cell[r.IntN(cellLen)].SetUint64(r.Uint64())
		}
		for i := range items {
			gCells[i] = kzg4844.Cell(items[i].Cell.Bytes())
			gProofs[i] = kzg4844.Proof(items[i].Proof)
			gIdx[i] = uint64(items[i].Index)
		}
		want := kzg4844.VerifyCells(gCells, []kzg4844.Commitment{kzg4844.Commitment(pr.com)}, gProofs, gIdx)
		got := c.VerifyCells(items)
		if (got == nil) != (want == nil) {
			t.Fatalf("trial %d (n=%d): ours %v, geth %v", trial, n, got, want)
		}
	}
}

// TestConcurrentUse runs proving, committing, verifying and extending from
// several goroutines on one Context (meaningful under -race).
func TestConcurrentUse(t *testing.T) {
	c := testContext(t)
	rows := testRows(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	wg.Add(3)
	go func() {
		defer wg.Done()
		proofs, err := c.CellProofs(rows[0].row)
		if err == nil && !slices.Equal(proofs, rows[0].proofs) {
			err = errors.New("concurrent CellProofs differ")
		}
		errs <- err
	}()
	go func() {
		defer wg.Done()
		com, err := c.Commit(rows[1].row)
		if err == nil && com != rows[1].com {
			err = errors.New("concurrent Commit differs")
		}
		errs <- err
	}()
	go func() {
		defer wg.Done()
		items := make([]CellItem, 16)
		for i := range items {
			items[i] = CellItem{rows[i%2].com, i, &rows[i%2].cells[i], rows[i%2].proofs[i]}
		}
		errs <- c.VerifyCells(items)
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}
