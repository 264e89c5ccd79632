package bench

import (
	"bytes"
	"context"
	"fmt"
	mrand "math/rand/v2"
	"testing"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// Archive-tier benchmarks. Encode and reconstruct throughput of the codec
// alone are erasure's BenchmarkArchiveEncode and
// BenchmarkArchiveReconstruct (32 MiB, n = 16, 64, 128):
//
//	go test -run '^$' -bench Archive -benchtime 2s ./erasure/
//
// Here, end to end on loopback:
//
//	go test -run '^$' -bench 'ArchiveRestore|ArchiveStorage' -benchtime 3x ./bench/

// archiveHeader builds, for data, a header with real KZG row commitments
// (data rows committed, parity rows by ExtendG1) and an archive tier of
// k_a of n shards, and returns every member's shard: what a disperser
// would send, without the FK20 proofs a full dispersal of 32 MiB costs.
func archiveHeader(b *testing.B, k *kzg.Context, data []byte, kA, n int) (*dac.Header, []*wire.ArchiveShard) {
	rows, err := erasure.Pack(data, 0)
	if err != nil {
		b.Fatal(err)
	}
	pts := make([]bls12381.G1Affine, len(rows))
	for i, row := range rows {
		c, err := k.Commit(row)
		if err != nil {
			b.Fatal(err)
		}
		if pts[i], err = c.Point(); err != nil {
			b.Fatal(err)
		}
	}
	ext, err := kzg.ExtendG1(pts)
	if err != nil {
		b.Fatal(err)
	}
	coms := make([]dac.Commitment, len(ext))
	for i := range ext {
		coms[i] = kzg.CommitmentFromPoint(&ext[i])
	}
	h := &dac.Header{Core: dac.HeaderCore{
		Version: dac.FormatVersion, ChainID: dispersertest.ChainID, Size: uint64(len(data)), K: uint32(len(rows)),
		CommitmentsRoot: dac.CommitmentsRoot(coms), Expiry: uint64(time.Now().Add(time.Hour).Unix()), Epoch: 1,
	}, Commitments: coms}
	a, err := erasure.NewArchive(kA, n)
	if err != nil {
		b.Fatal(err)
	}
	shards, err := a.Encode(data)
	if err != nil {
		b.Fatal(err)
	}
	tree := erasure.ArchiveTree(shards)
	h.Core.ArchiveData, h.Core.ArchiveTotal, h.Core.ArchiveRoot = uint16(kA), uint16(n), tree.Root()
	out := make([]*wire.ArchiveShard, n)
	for i := range shards {
		proof, _ := tree.Proof(i)
		out[i] = &wire.ArchiveShard{Index: uint16(i), Proof: proof, Data: shards[i]}
	}
	return h, out
}

// BenchmarkArchiveRestore measures a full restore of the largest blob
// (erasure.MaxSize(256) = 31 MiB: 32 MiB needs 512 rows, above the
// default maximum) from
// the archive tier of a 16-member committee (threshold 11, so k_a = 11) of
// real nodes on loopback libp2p: Disperser.Get finds no live hot tier (one
// probe round to every member), fetches 11 verified shards over
// /quire/archive/1, decodes them and checks the bytes against the 256
// data-row commitments. The shards are put straight into the members'
// stores (a 32 MiB dispersal's FK20 proving would take minutes here and is
// measured elsewhere). "decode+check" is the local part alone, in the same
// run.
func BenchmarkArchiveRestore(b *testing.B) {
	const members, threshold = 16, 11
	size := erasure.MaxSize(erasure.DefaultMaxRows)
	e := dispersertest.New(b, dispersertest.Options{Members: members, Threshold: threshold, Config: patient})
	data := freshBlob(mrand.New(mrand.NewPCG(3, 4)), size)
	h, shards := archiveHeader(b, e.KZG, data, threshold, members)
	if err := e.StoreArchive(h, shards, time.Now().Add(time.Hour)); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	id := h.BlobID()
	b.Run("31MiB/n=16/k_a=11", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var lat []time.Duration
		for b.Loop() {
			t0 := time.Now()
			got, err := e.Disperser.Get(ctx, id)
			if err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
			if !bytes.Equal(got, data) {
				b.Fatal("restored bytes differ")
			}
		}
		b.ReportMetric(msOf(percentile(lat, 50)), "p50-ms")
	})
	b.Run("31MiB/n=16/k_a=11/decode+check", func(b *testing.B) {
		a, _ := erasure.NewArchive(threshold, members)
		in := make([][]byte, members)
		for i := members - threshold; i < members; i++ { // the worst case: 5 data shards lost
			in[i] = shards[i].Data
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			got, err := a.Reconstruct(in, size)
			if err != nil {
				b.Fatal(err)
			}
			if err := e.KZG.CheckBlob(got, int(h.Core.K), h.Commitments); err != nil {
				b.Fatalf("check: %v", err)
			}
		}
	})
}

// BenchmarkArchiveStorage disperses a blob through the real disperser to a
// committee and reports what one member stores of it, as fractions of the
// blob size: the hot tier (its custody columns, cells and proofs) against
// the expected 4r/n (hot/k-rows: relative to the bytes the blob's k
// padded data rows carry, which is what 4r/n describes), and the archive
// shard against the expected 1/k_a.
// Each iteration is one dispersal; the figures are means over members.
//
// The 3 and 17 MiB cases (9, 25 and 141 payload rows rounded up to k = 16,
// 32 and 256) measure what known-zero padding rows cost (docs/decisions.md);
// expected-hot/blob is what the stored rows alone account for.
func BenchmarkArchiveStorage(b *testing.B) {
	for _, tc := range []struct{ mib, n, t int }{{1, 16, 11}, {1, 32, 22}, {3, 16, 11}, {17, 16, 11}} {
		size := tc.mib << 20
		b.Run(fmt.Sprintf("%dMiB/n=%d/t=%d", tc.mib, tc.n, tc.t), func(b *testing.B) {
			e := dispersertest.New(b, dispersertest.Options{Members: tc.n, Threshold: tc.t, Config: patient})
			r := mrand.New(mrand.NewPCG(5, 6))
			ctx := context.Background()
			var hot, arch float64
			blobs := 0
			for b.Loop() {
				data := freshBlob(r, size)
				if _, err := e.Disperser.Put(ctx, data, disperser.PutOptions{}); err != nil {
					b.Fatal(err)
				}
				blobs++
			}
			// Members still storing after the certificate finish first.
			deadline := time.Now().Add(5 * time.Minute)
			for _, n := range e.Nodes {
				for {
					st, err := n.Stats()
					if err != nil {
						b.Fatal(err)
					}
					if st.ArchiveShards == blobs || time.Now().After(deadline) {
						hot += float64(st.HotBytes)
						arch += float64(st.ArchiveBytes)
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
			per := float64(tc.n) * float64(blobs) * float64(size)
			r2 := float64(dac.DefaultReplication)
			b.ReportMetric(hot/per, "hot/blob")
			// The square is padded to a power of two of rows: relative to
			// the bytes its k data rows can carry the hot tier is 4r/n
			// times (2048+48)/1984 (packing and proofs).
			capacity := float64(tc.n) * float64(blobs) * float64(erasure.RowsFor(size)*erasure.RowPayloadBytes)
			b.ReportMetric(hot/capacity, "hot/k-rows")
			// Known-zero rows are not stored: per stored row the hot tier
			// is r/n x 128 cells, so hot/blob is 128r/n x (2k - z) x
			// 2096 / size, z = k - PayloadRows(size).
			k, d := erasure.RowsFor(size), erasure.PayloadRows(size)
			b.ReportMetric(128*r2/float64(tc.n)*float64(2*k-(k-d))*(erasure.BytesPerCell+48)/float64(size), "expected-hot/blob")
			b.ReportMetric(4*r2/float64(tc.n), "expected-4r/n")
			b.ReportMetric(arch/per, "archive/blob")
			b.ReportMetric(1/float64(tc.t), "expected-1/k_a")
		})
	}
}
