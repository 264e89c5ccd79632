package kzg

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/erasure"
)

// The Ethereum KZG reference vectors (c-kzg-4844's tests folder) live
// outside the repository, next to it in this workplace.
const vectorsDir = "../../shared/testdata/ethereum-kzg"

// vectorCases returns the data.yaml files of one handler, skipping the test
// when the vectors are absent.
func vectorCases(t *testing.T, handler string) map[string]map[string]any {
	t.Helper()
	dir := filepath.Join(vectorsDir, handler, "kzg-mainnet")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("Ethereum KZG vectors not found at %s (%v); they are kept outside the repository", dir, err)
	}
	out := map[string]map[string]any{}
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(dir, e.Name(), "data.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		m, err := parseYAML(string(raw))
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		out[e.Name()] = m
	}
	if len(out) == 0 {
		t.Fatalf("no cases in %s", dir)
	}
	return out
}

func vecInput(m map[string]any, key string) any {
	in, _ := m["input"].(map[string]any)
	return in[key]
}

func vecHex(v any) ([]byte, error) {
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("not a string: %v", v)
	}
	return hex.DecodeString(strings.TrimPrefix(s, "0x"))
}

func vecHexList(v any) ([][]byte, error) {
	l, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("not a list: %v", v)
	}
	out := make([][]byte, len(l))
	for i := range l {
		b, err := vecHex(l[i])
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func vecInts(v any) ([]int, error) {
	l, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("not a list: %v", v)
	}
	out := make([]int, len(l))
	for i := range l {
		s, _ := l[i].(string)
		n, err := strconv.ParseUint(s, 10, 63)
		if err != nil {
			return nil, err
		}
		out[i] = int(n)
	}
	return out, nil
}

// rowFromBlob decodes a 131072-byte EIP-4844 blob: 4096 canonical
// big-endian field elements.
func rowFromBlob(b []byte) ([]fr.Element, error) {
	if len(b) != rowLen*32 {
		return nil, fmt.Errorf("blob is %d bytes", len(b))
	}
	row := make([]fr.Element, rowLen)
	for i := range row {
		if err := row[i].SetBytesCanonical(b[i*32 : (i+1)*32]); err != nil {
			return nil, err
		}
	}
	return row, nil
}

func cellsFromHex(l [][]byte) ([]erasure.Cell, error) {
	cells := make([]erasure.Cell, len(l))
	for i := range l {
		if err := cells[i].SetBytes(l[i]); err != nil {
			return nil, err
		}
	}
	return cells, nil
}

func point48(b []byte) ([PointSize]byte, error) {
	var p [PointSize]byte
	if len(b) != PointSize {
		return p, fmt.Errorf("%d bytes", len(b))
	}
	copy(p[:], b)
	return p, nil
}

// checkCellsProofs compares cells and proofs with an expected [cells, proofs]
// output.
func checkCellsProofs(t *testing.T, cells []erasure.Cell, proofs []Proof, out any) {
	t.Helper()
	pair, ok := out.([]any)
	if !ok || len(pair) != 2 {
		t.Fatalf("bad expected output %T", out)
	}
	wantCells, err := vecHexList(pair[0])
	if err != nil {
		t.Fatal(err)
	}
	wantProofs, err := vecHexList(pair[1])
	if err != nil {
		t.Fatal(err)
	}
	checkCells(t, cells, wantCells)
	if len(proofs) != len(wantProofs) {
		t.Fatalf("%d proofs, want %d", len(proofs), len(wantProofs))
	}
	for i := range proofs {
		if hex.EncodeToString(proofs[i][:]) != hex.EncodeToString(wantProofs[i]) {
			t.Errorf("proof %d = %v, want 0x%x", i, proofs[i], wantProofs[i])
		}
	}
}

func checkCells(t *testing.T, cells []erasure.Cell, want [][]byte) {
	t.Helper()
	if len(cells) != len(want) {
		t.Fatalf("%d cells, want %d", len(cells), len(want))
	}
	for i := range cells {
		got := cells[i].Bytes()
		if string(got[:]) != string(want[i]) {
			t.Errorf("cell %d differs", i)
		}
	}
}

func TestVectorsBlobToCommitment(t *testing.T) {
	c := testContext(t)
	for name, m := range vectorCases(t, "blob_to_kzg_commitment") {
		t.Run(name, func(t *testing.T) {
			com, err := func() (Commitment, error) {
				b, err := vecHex(vecInput(m, "blob"))
				if err != nil {
					return Commitment{}, err
				}
				row, err := rowFromBlob(b)
				if err != nil {
					return Commitment{}, err
				}
				return c.Commit(row)
			}()
			if m["output"] == nil {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want, _ := vecHex(m["output"])
			if hex.EncodeToString(com[:]) != hex.EncodeToString(want) {
				t.Fatalf("commitment %v, want 0x%x", com, want)
			}
		})
	}
}

func TestVectorsComputeCells(t *testing.T) {
	c := testContext(t)
	for name, m := range vectorCases(t, "compute_cells") {
		t.Run(name, func(t *testing.T) {
			cells, err := func() ([]erasure.Cell, error) {
				b, err := vecHex(vecInput(m, "blob"))
				if err != nil {
					return nil, err
				}
				row, err := rowFromBlob(b)
				if err != nil {
					return nil, err
				}
				return c.ComputeCells(row)
			}()
			if m["output"] == nil {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want, err := vecHexList(m["output"])
			if err != nil {
				t.Fatal(err)
			}
			checkCells(t, cells, want)
		})
	}
}

func TestVectorsComputeCellsAndProofs(t *testing.T) {
	c := testContext(t)
	for name, m := range vectorCases(t, "compute_cells_and_kzg_proofs") {
		t.Run(name, func(t *testing.T) {
			b, err := vecHex(vecInput(m, "blob"))
			var row []fr.Element
			if err == nil {
				row, err = rowFromBlob(b)
			}
			var cells []erasure.Cell
			var proofs []Proof
			if err == nil {
				cells, proofs, err = c.ComputeCellsAndProofs(row)
			}
			if m["output"] == nil {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkCellsProofs(t, cells, proofs, m["output"])
		})
	}
}

// verifyBatchFromVector maps a verify_cell_kzg_proof_batch input onto
// VerifyCells. Malformed inputs (length mismatches, non-canonical cells)
// are reported as decodeErr, the vectors' "null".
func verifyBatchFromVector(c *Context, m map[string]any) (err, decodeErr error) {
	coms, err1 := vecHexList(vecInput(m, "commitments"))
	idx, err2 := vecInts(vecInput(m, "cell_indices"))
	cellsHex, err3 := vecHexList(vecInput(m, "cells"))
	proofs, err4 := vecHexList(vecInput(m, "proofs"))
	if e := errors.Join(err1, err2, err3, err4); e != nil {
		return nil, e
	}
	if len(coms) != len(idx) || len(idx) != len(cellsHex) || len(idx) != len(proofs) {
		return nil, fmt.Errorf("length mismatch")
	}
	cells, err := cellsFromHex(cellsHex)
	if err != nil {
		return nil, err
	}
	items := make([]CellItem, len(idx))
	for i := range items {
		cb, e1 := point48(coms[i])
		pb, e2 := point48(proofs[i])
		if e := errors.Join(e1, e2); e != nil {
			return nil, e
		}
		items[i] = CellItem{Commitment: cb, Index: idx[i], Cell: &cells[i], Proof: pb}
	}
	return c.VerifyCells(items), nil
}

// TestVectorsVerifyCellBatch runs the vectors with both weightings: the
// default random 128-bit weights and WithSpecChallenge's Fiat-Shamir
// powers.
func TestVectorsVerifyCellBatch(t *testing.T) {
	bothModes(t, testVectorsVerifyCellBatch)
}

func testVectorsVerifyCellBatch(t *testing.T, c *Context) {
	for name, m := range vectorCases(t, "verify_cell_kzg_proof_batch") {
		t.Run(name, func(t *testing.T) {
			err, decodeErr := verifyBatchFromVector(c, m)
			malformed := decodeErr != nil || errors.Is(err, ErrInvalidCommitment) ||
				errors.Is(err, ErrInvalidProof) || errors.Is(err, ErrCellIndex)
			switch m["output"] {
			case nil:
				if !malformed {
					t.Fatalf("want a decoding error, got %v", err)
				}
			case "true":
				if malformed || err != nil {
					t.Fatalf("want valid, got %v / %v", decodeErr, err)
				}
			case "false":
				if malformed || !errors.Is(err, ErrVerify) {
					t.Fatalf("want ErrVerify, got %v / %v", decodeErr, err)
				}
				var ice *InvalidCellError
				if !errors.As(err, &ice) || len(ice.Items) == 0 {
					t.Fatalf("want an InvalidCellError naming items, got %v", err)
				}
			default:
				t.Fatalf("bad output %v", m["output"])
			}
		})
	}
}

func TestVectorsRecover(t *testing.T) {
	c := testContext(t)
	for name, m := range vectorCases(t, "recover_cells_and_kzg_proofs") {
		t.Run(name, func(t *testing.T) {
			idx, err := vecInts(vecInput(m, "cell_indices"))
			var cells []erasure.Cell
			if err == nil {
				var l [][]byte
				l, err = vecHexList(vecInput(m, "cells"))
				if err == nil {
					cells, err = cellsFromHex(l)
				}
			}
			var all []erasure.Cell
			var proofs []Proof
			if err == nil {
				all, proofs, err = c.RecoverCellsAndProofs(idx, cells)
			}
			if m["output"] == nil {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkCellsProofs(t, all, proofs, m["output"])
		})
	}
}

func TestVectorsVerifyProof(t *testing.T) {
	c := testContext(t)
	for name, m := range vectorCases(t, "verify_kzg_proof") {
		t.Run(name, func(t *testing.T) {
			err := func() error {
				cb, err := vecHex(vecInput(m, "commitment"))
				if err != nil {
					return err
				}
				pb, err := vecHex(vecInput(m, "proof"))
				if err != nil {
					return err
				}
				zb, err := vecHex(vecInput(m, "z"))
				if err != nil {
					return err
				}
				yb, err := vecHex(vecInput(m, "y"))
				if err != nil {
					return err
				}
				com, err := point48(cb)
				if err != nil {
					return err
				}
				p, err := point48(pb)
				if err != nil {
					return err
				}
				var z, y fr.Element
				if len(zb) != 32 || len(yb) != 32 {
					return fmt.Errorf("scalar length")
				}
				if err := errors.Join(z.SetBytesCanonical(zb), y.SetBytesCanonical(yb)); err != nil {
					return err
				}
				return c.VerifyProof(com, z, y, p)
			}()
			switch m["output"] {
			case nil:
				if err == nil || errors.Is(err, ErrVerify) {
					t.Fatalf("want a decoding error, got %v", err)
				}
			case "true":
				if err != nil {
					t.Fatal(err)
				}
			case "false":
				if !errors.Is(err, ErrVerify) {
					t.Fatalf("want ErrVerify, got %v", err)
				}
			}
		})
	}
}
