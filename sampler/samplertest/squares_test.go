package samplertest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/quire-da/quire/kzg"
)

var update = flag.Bool("update", false, "rewrite testdata/squares from kzg.Encode")

// TestFixturesMatchEncoder checks every rebuilt test square against
// kzg.Encode of the same blob, cell for cell and proof for proof (or
// rewrites the fixtures with -update). FK20's tables take about a minute
// to build under -race, so it runs in the plain, non-short run.
func TestFixturesMatchEncoder(t *testing.T) {
	if (testing.Short() || raceEnabled) && !*update {
		t.Skip("FK20 is slow under -race and -short; checked in the plain run")
	}
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	for i := range BlobSizes {
		want, err := kctx.Encode(Blob(i))
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			path := filepath.Join("testdata", "squares", FixtureName(i))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, FixtureBytes(want), 0o644); err != nil {
				t.Fatal(err)
			}
			// The embedded copy is the old one until the next build.
			got, err := Rebuild(Blob(i), FixtureBytes(want))
			if err != nil {
				t.Fatal(err)
			}
			compareSquares(t, i, got, want)
			continue
		}
		got, err := Square(i)
		if err != nil {
			t.Fatal(err)
		}
		compareSquares(t, i, got, want)
	}
}

func compareSquares(t *testing.T, i int, got, want *kzg.Square) {
	t.Helper()
	if got.K != want.K || got.Size != want.Size || got.Root != want.Root {
		t.Fatalf("blob %d: k=%d size %d root %x, encoder k=%d size %d root %x", i, got.K, got.Size, got.Root, want.K, want.Size, want.Root)
	}
	for r := range want.Rows() {
		if got.Commitments[r] != want.Commitments[r] {
			t.Fatalf("blob %d: commitment of row %d differs", i, r)
		}
		for j := range want.Cells[r] {
			gb, wb := got.Cells[r][j].Bytes(), want.Cells[r][j].Bytes()
			if !bytes.Equal(gb[:], wb[:]) || got.Proofs[r][j] != want.Proofs[r][j] {
				t.Fatalf("blob %d: cell (%d, %d) differs", i, r, j)
			}
		}
	}
}

// TestSquaresVerify checks every cell of the test squares against its row
// commitment in one batch: the fixtures are real KZG data, whatever the
// build mode (under -race, blob 0 only).
func TestSquaresVerify(t *testing.T) {
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	for i := range BlobSizes {
		sq, err := Square(i)
		if err != nil {
			t.Fatal(err)
		}
		if (sq.K > 2 && testing.Short()) || (i > 0 && raceEnabled) {
			continue // the rebuild is the same code for every blob
		}
		var items []kzg.CellItem
		for r := range sq.Rows() {
			for j := range sq.Cells[r] {
				items = append(items, sq.Item(r, j))
			}
		}
		if err := kctx.VerifyCells(items); err != nil {
			t.Fatalf("blob %d: %v", i, err)
		}
	}
}
