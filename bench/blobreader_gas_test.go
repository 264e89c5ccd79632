package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// targetReadPerElement is the BlobReader target: execution gas per opened
// element of a 4-element read at k = 256 (gasUsed minus 21,000, over 4).
const targetReadPerElement = 60_000

var readerKs = []int{1, 16, 256}

// readerRow is one k's BlobReader figures (execution gas: gasUsed - 21,000).
type readerRow struct {
	k            int
	single, four uint64
}

func (r readerRow) perElement() float64 { return float64(r.four) / 4 }

// readerHeader returns a certified-shape header for a blob of k data rows
// whose row 0 holds the given values. Only row 0 is opened, so the other
// 2k-1 commitments are fixed filler bytes: the contract checks a commitment
// only through its Merkle proof, which these make exactly as long (and the
// calldata exactly as large) as for a real square.
func readerHeader(tb testing.TB, kctx *kzg.Context, g *gasCommittee, k int, row0 []fr.Element) *dac.Header {
	com, err := kctx.Commit(row0)
	if err != nil {
		tb.Fatal(err)
	}
	h := &dac.Header{Commitments: make([]dac.Commitment, 2*k)}
	h.Commitments[0] = com
	for i := 1; i < 2*k; i++ {
		copy(h.Commitments[i][:], fmt.Sprintf("filler commitment of row %05d of a k=%03d square", i, k))
	}
	h.Core = dac.HeaderCore{
		Version: dac.FormatVersion, ChainID: g.c.ChainID(), Size: uint64((k-1)*erasure.RowPayloadBytes + 1), K: uint32(k),
		CommitmentsRoot: dac.CommitmentsRoot(h.Commitments), ArchiveData: 32, ArchiveTotal: uint16(g.n),
		Expiry: 4_102_444_800, Epoch: g.ec.Epoch,
	}
	if _, _, err := g.c.Certify(g.ctx, g.from, &h.Core, g.certificate(tb, &h.Core, 0), g.ec); err != nil {
		tb.Fatal(err)
	}
	return h
}

// measureReader deploys BlobReader next to a 4-member committee and
// measures a one-element read (element 1000 of row 0) and a four-element
// read (elements 1000..1003, a 115-byte record) for each k. Row 0's bytes
// come from a fixed seed, so the figures are reproducible.
func measureReader(tb testing.TB, fork l1.Fork) []readerRow {
	// Build go-ethereum's KZG context before the first 0x0a call: the
	// simulated chain's eth_estimateGas gives up after 5 s.
	inf := kzg4844.Commitment{0xc0}
	if err := kzg4844.VerifyProof(inf, kzg4844.Point{}, kzg4844.Claim{}, kzg4844.Proof(inf)); err != nil {
		tb.Fatal(err)
	}
	g := newGasCommittee(tb, 4, fork)
	kctx, err := kzg.Default()
	if err != nil {
		tb.Fatal(err)
	}
	reader, err := l1.DeployBlobReader(g.ctx, g.sim.Client(), g.from, g.c.Address(), l1.WithMiner(func() { g.sim.Commit() }))
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(4844, 7594))
	raw := make([]byte, erasure.RowPayloadBytes)
	for i := range raw {
		raw[i] = byte(rng.Uint32())
	}
	rows, err := erasure.Pack(raw, 1)
	if err != nil {
		tb.Fatal(err)
	}
	var out []readerRow
	for _, k := range readerKs {
		h := readerHeader(tb, kctx, g, k, rows[0])
		r := readerRow{k: k}
		for _, n := range []int{1, 4} {
			elems := make([]int, n)
			for i := range elems {
				elems[i] = 1000 + i
			}
			o, err := dac.OpenElements(kctx, h, 0, rows[0], elems)
			if err != nil {
				tb.Fatal(err)
			}
			rc, err := reader.SendRead(g.ctx, g.from, h.BlobID(), o)
			if err != nil {
				tb.Fatal(err)
			}
			if n == 1 {
				r.single = rc.GasUsed - 21_000
			} else {
				r.four = rc.GasUsed - 21_000
			}
		}
		out = append(out, r)
	}
	return out
}

// checkReaderTarget fails t when the k = 256 four-element read costs more
// than the target per element.
func checkReaderTarget(t *testing.T, rows []readerRow) {
	for _, r := range rows {
		t.Logf("BlobReader k=%d: one element %d, four elements %d (%.0f each)", r.k, r.single, r.four, r.perElement())
		if r.k == 256 && r.perElement() > targetReadPerElement {
			t.Errorf("BlobReader k=256: %.0f gas per element over a 4-element read, target %d", r.perElement(), targetReadPerElement)
		}
	}
}

func readerGasTable(rows map[l1.Fork][]readerRow) string {
	var b strings.Builder
	b.WriteString(`## Blob reader (contracts/BlobReader.sol)

` + "`BlobReader.read`" + ` opens one element of a certified blob,
` + "`readMany`" + ` several elements of one row with the binding checks
(certification, blob ID, commitment in ` + "`commitmentsRoot`" + `) done once. Each
element costs one 0x0a point evaluation (50,000 gas) plus calldata and the
evaluation point. Execution gas as above (gasUsed - 21,000); row 0,
elements 1000..1003 of a fixed-seed row; the commitment proof has log2(2k)
hashes. Target: at most 60,000 per element over a 4-element read at k = 256.

`)
	for _, fork := range []l1.Fork{l1.Prague, l1.Osaka} {
		rs := rows[fork]
		if len(rs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "### Blob reader, %s rules\n\n", strings.ToUpper(string(fork[:1]))+string(fork[1:]))
		b.WriteString("| k | proof hashes | read, 1 element | readMany, 4 elements | per element (4) | target |\n")
		b.WriteString("|---:|---:|---:|---:|---:|---:|\n")
		for _, r := range rs {
			target := "-"
			if r.k == 256 {
				target = comma(targetReadPerElement)
			}
			depth := 0
			for 1<<depth < 2*r.k {
				depth++
			}
			fmt.Fprintf(&b, "| %d | %d | %s | %s | %s | %s |\n", r.k, depth, comma(r.single), comma(r.four), comma(uint64(r.perElement()+0.5)), target)
		}
		b.WriteString("\n")
	}
	return b.String()
}
