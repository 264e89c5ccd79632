package node

import (
	"bufio"
	"context"
	crand "crypto/rand"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

var sustained = flag.Duration("sustained", 0,
	"run BenchmarkSustainedIngest for this long (e.g. 5m); it is skipped otherwise")

// squareSum makes many distinct valid squares cheaply: by linearity, a
// combination of extended squares with small coefficients (cells, proofs
// and commitments combined alike) is the extended square of the combined
// data, so every non-zero coefficient vector over a few encoded bases is a
// new blob with valid proofs.
type squareSum struct {
	bases []*kzg.Square
	coms  [][]bls12381.G1Affine   // [base][row]
	prfs  [][][]bls12381.G1Affine // [base][row][col]
}

func newSquareSum(tb testing.TB, bases []*kzg.Square) *squareSum {
	s := &squareSum{bases: bases}
	for _, sq := range bases {
		coms := make([]bls12381.G1Affine, sq.Rows())
		prfs := make([][]bls12381.G1Affine, sq.Rows())
		for r := range sq.Rows() {
			var err error
			if coms[r], err = sq.Commitments[r].Point(); err != nil {
				tb.Fatal(err)
			}
			prfs[r] = make([]bls12381.G1Affine, erasure.CellsPerRow)
			for c := range erasure.CellsPerRow {
				if prfs[r][c], err = sq.Proofs[r][c].Point(); err != nil {
					tb.Fatal(err)
				}
			}
		}
		s.coms = append(s.coms, coms)
		s.prfs = append(s.prfs, prfs)
	}
	return s
}

func sumPoints(pts []bls12381.G1Affine) [kzg.PointSize]byte {
	var acc bls12381.G1Jac
	for i := range pts {
		acc.AddMixed(&pts[i])
	}
	var a bls12381.G1Affine
	a.FromJacobian(&acc)
	return a.Bytes()
}

// combinations returns how many distinct non-zero coefficient vectors
// make can take (coefficients 0, 1 and 2).
func (s *squareSum) combinations() uint64 {
	n := uint64(1)
	for range s.bases {
		n *= 3
	}
	return n - 1
}

// make returns the commitments of combination i (1 <= i <= combinations(),
// read as base-3 coefficients) and a function building any of its columns.
func (s *squareSum) make(i uint64) ([]kzg.Commitment, func(col uint8) *wire.Column) {
	var sel []int // base b appears coefficient-many times
	for b := range s.bases {
		for range i % 3 {
			sel = append(sel, b)
		}
		i /= 3
	}
	rows := s.bases[0].Rows()
	coms := make([]kzg.Commitment, rows)
	pts := make([]bls12381.G1Affine, len(sel))
	for r := range rows {
		for j, b := range sel {
			pts[j] = s.coms[b][r]
		}
		coms[r] = sumPoints(pts)
	}
	column := func(col uint8) *wire.Column {
		c := &wire.Column{Index: col, Cells: make([]erasure.Cell, rows), Proofs: make([]kzg.Proof, rows)}
		pts := make([]bls12381.G1Affine, len(sel))
		for r := range rows {
			for j, b := range sel {
				cell := &s.bases[b].Cells[r][col]
				for e := range c.Cells[r] {
					c.Cells[r][e].Add(&c.Cells[r][e], &cell[e])
				}
				pts[j] = s.prfs[b][r][col]
			}
			c.Proofs[r] = sumPoints(pts)
		}
		return c
	}
	return coms, column
}

// memStatus is a process's resident memory from /proc/PID/status, in MiB:
// the total (VmRSS) and its anonymous (heap, stacks, memtables) and
// file-backed (badger's memory-mapped tables and value-log files) parts.
type memStatus struct{ rss, anon, file float64 }

func readMem(pid int) (memStatus, error) {
	var m memStatus
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return m, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	found := 0
	for sc.Scan() {
		for _, fld := range []struct {
			name string
			dst  *float64
		}{{"VmRSS:", &m.rss}, {"RssAnon:", &m.anon}, {"RssFile:", &m.file}} {
			if v, ok := strings.CutPrefix(sc.Text(), fld.name); ok {
				kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
				if err != nil {
					return m, err
				}
				*fld.dst = kb / 1024
				found++
			}
		}
	}
	if found != 3 {
		return m, fmt.Errorf("memory fields missing for %d", pid)
	}
	return m, nil
}

func dirSize(dir string) int64 {
	n, _ := diskUsage(dir)
	return n
}

// BenchmarkSustainedIngest runs a real `quire node` process (on-disk
// store, member 0 of a 16-member committee, r = 2) and disperses distinct
// k=64 blobs to it without pause, two at a time, for -sustained (e.g. 5m),
// sampling the node's memory every 5 seconds. It prints the RSS (total,
// anonymous, file-backed) and disk curve and reports the peak RSS and the
// ingest rate. Run it with
//
//	go test -run '^$' -bench SustainedIngest -benchtime 1x -timeout 30m ./dac/node -sustained 5m
func BenchmarkSustainedIngest(b *testing.B) {
	if *sustained <= 0 {
		b.Skip("set -sustained (e.g. -sustained 5m) to run")
	}
	const k, bases = 64, 5 // 242 distinct blobs
	kctx := testKZG(b)
	b.Logf("encoding %d base squares of k=%d", bases, k)
	var sqs []*kzg.Square
	for i := range bases {
		sqs = append(sqs, randomSquare(b, kctx, k, uint64(1000+i)))
	}
	sum := newSquareSum(b, sqs)

	bin := buildQuire(b)
	dir := b.TempDir()
	c, keys := testStaticCommittee(b, 16, 11)
	priv, _ := p2p.GenerateIdentity()
	c.Members[0].PeerID, _ = peer.IDFromPrivateKey(priv)
	identity := filepath.Join(dir, "identity.key")
	if err := p2p.WriteIdentity(identity, priv); err != nil {
		b.Fatal(err)
	}
	ks, err := keystore.EncryptKey(keys[0], "pw", crand.Reader, keystore.WithLightKDF())
	if err != nil {
		b.Fatal(err)
	}
	ksJSON, _ := ks.Marshal()
	ksPath := filepath.Join(dir, "keystore.json")
	if err := os.WriteFile(ksPath, ksJSON, 0o600); err != nil {
		b.Fatal(err)
	}
	dpriv, _ := p2p.GenerateIdentity()
	disp, err := p2p.NewHost(dpriv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		b.Fatal(err)
	}
	defer disp.Close()
	cfg := DefaultConfig()
	cfg.ChainID, cfg.CommitteeAddress = testChainID, testCommitteeAddr
	cfg.IdentityKeyFile, cfg.Keystore = identity, ksPath
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.HTTPAddr = ""
	cfg.Store.Dir = filepath.Join(dir, "data")
	cfg.Store.GCInterval = p2p.Duration(30 * time.Second)
	cfg.Committee = p2p.CommitteeConfig{Source: "static", Static: c.StaticConfig()}
	cfg.Dispersers = []string{disp.ID().String()}
	cfg.LogFormat = "json"
	raw, _ := json.Marshal(cfg)
	cfgPath := filepath.Join(dir, "node.json")
	if err := os.WriteFile(cfgPath, raw, 0o600); err != nil {
		b.Fatal(err)
	}
	proc := startNodeProcess(b, bin, cfgPath, []string{"QUIRE_KEYSTORE_PASSWORD=pw"})
	defer func() {
		proc.cmd.Process.Signal(os.Interrupt)
		proc.cmd.Wait()
	}()
	custody, _ := c.Custody()
	tn := &testNet{t: b}
	base := tn.header(sqs[0], c.Epoch)

	for b.Loop() {
		// stop ends the run; in-flight dispersals finish under ctx.
		stop, cancelStop := context.WithTimeout(context.Background(), *sustained)
		ctx, cancel := context.WithTimeout(context.Background(), *sustained+2*time.Minute)
		var blobs, bytes atomic.Int64
		var next atomic.Uint64
		type sample struct {
			at     time.Duration
			mem    memStatus
			blobs  int64
			diskMB float64
		}
		var samples []sample
		start := time.Now()
		var wg sync.WaitGroup
		wg.Go(func() {
			t := time.NewTicker(5 * time.Second)
			defer t.Stop()
			for {
				mem, err := readMem(proc.cmd.Process.Pid)
				if err == nil {
					samples = append(samples, sample{time.Since(start), mem, blobs.Load(), float64(dirSize(cfg.Store.Dir)) / (1 << 20)})
				}
				select {
				case <-stop.Done():
					return
				case <-t.C:
				}
			}
		})
		for range 2 {
			wg.Go(func() {
				for stop.Err() == nil {
					i := next.Add(1)
					coms, column := sum.make((i-1)%sum.combinations() + 1)
					h := &dac.Header{Core: base.Core, Commitments: coms}
					h.Core.CommitmentsRoot = kzg.CommitmentsRoot(coms)
					h.Core.Expiry += i // a later expiry if a combination comes round again
					var cols []*wire.Column
					for _, col := range custodyColumns(custody, h.BlobID(), 0) {
						cols = append(cols, column(col))
					}
					if _, err := p2p.Disperse(ctx, disp, proc.info, h, cols); err != nil {
						b.Errorf("blob %d: %v", i, err)
						return
					}
					blobs.Add(1)
					bytes.Add(int64(len(cols) * 2 * k * cellValueSize))
				}
			})
		}
		wg.Wait()
		cancel()
		cancelStop()
		elapsed := time.Since(start)
		var peak, peakAnon float64
		// The curve goes to stdout (benchmark logs are cut at ten lines).
		fmt.Printf("# %8s %9s %9s %9s %7s %9s\n", "t", "rss_MiB", "anon_MiB", "file_MiB", "blobs", "disk_MiB")
		for _, s := range samples {
			peak, peakAnon = max(peak, s.mem.rss), max(peakAnon, s.mem.anon)
			fmt.Printf("# %8s %9.1f %9.1f %9.1f %7d %9.1f\n", s.at.Round(time.Second), s.mem.rss, s.mem.anon, s.mem.file, s.blobs, s.diskMB)
		}
		b.ReportMetric(peak, "peak-rss-MiB")
		b.ReportMetric(peakAnon, "peak-anon-MiB")
		b.ReportMetric(float64(bytes.Load())/elapsed.Seconds()/1e6, "ingest-MB/s")
		b.ReportMetric(float64(blobs.Load()), "blobs")
	}
}
