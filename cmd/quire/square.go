package main

import (
	"context"
	crand "crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

func init() {
	register(command{
		name:    "square",
		summary: "encode a file into its extended data square and verify a sample of cells",
		run:     runSquare,
	})
}

// squareSamples is how many random cells `quire square` verifies.
const squareSamples = 30

func squareUsage(w io.Writer) {
	fmt.Fprint(w, `usage:
  quire square [--json] [--max-rows N] FILE
  quire square [--json] [--max-rows N] --generate N

Packs the blob (FILE, or N random bytes) into k data rows, commits to each
row and computes its 128 cell proofs (FK20), extends the square to 2k rows
(parity rows, commitments and proofs derived by linearity), and prints k,
the size, the blob ID, the commitments root and the time of each stage.
Then it verifies `+fmt.Sprint(squareSamples)+` cells drawn at random from the square in one
batched pairing check. --json prints the same as JSON, with the 2k row
commitments.

flags:
`)
}

// squareReport is what `quire square` prints (the JSON form verbatim).
type squareReport struct {
	Size int `json:"size"`
	K    int `json:"k"`
	Rows int `json:"rows"`
	// PayloadRows is how many of the k data rows carry the blob; the
	// other k - payload_rows are known-zero (never proven, sent, stored
	// or sampled).
	PayloadRows     int              `json:"payload_rows"`
	BlobID          dac.BlobID       `json:"blob_id"`
	CommitmentsRoot string           `json:"commitments_root"`
	Commitments     []kzg.Commitment `json:"commitments"`
	Workers         int              `json:"workers"`
	Stages          squareStages     `json:"stages_ms"`
	Verify          squareVerify     `json:"verify"`
}

type squareStages struct {
	Setup    float64 `json:"setup"`
	Pack     float64 `json:"pack"`
	DataRows float64 `json:"data_rows"`
	Parity   float64 `json:"parity"`
	Total    float64 `json:"total"`
}

type squareVerify struct {
	Samples int      `json:"samples"`
	Cells   [][2]int `json:"cells"` // [row, column]
	OK      bool     `json:"ok"`
	Error   string   `json:"error,omitempty"`
	Ms      float64  `json:"ms"`
}

var squareCtx = struct {
	once sync.Once
	c    *kzg.Context
	err  error
}{}

// squareContext loads the trusted setup and builds the FK20 tables once per
// process, so that they do not count in the encoding stages. Proving the
// zero row builds them (and costs little: every scalar is zero); Encode
// never needs the separate Commit table that kzg.WithEagerTables would
// also build.
func squareContext() (*kzg.Context, error) {
	squareCtx.once.Do(func() {
		c, err := kzg.New()
		if err == nil {
			_, err = c.CellProofs(make([]fr.Element, erasure.ElementsPerRow))
		}
		squareCtx.c, squareCtx.err = c, err
	})
	return squareCtx.c, squareCtx.err
}

func runSquare(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("square", stderr)
	fs.Usage = func() { squareUsage(stderr); fs.PrintDefaults() }
	jsonOut := fs.Bool("json", false, "print the report as JSON")
	maxRows := fs.Int("max-rows", erasure.DefaultMaxRows, "largest number of data rows k allowed")
	generate := fs.Int("generate", -1, "encode `N` random bytes instead of a file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *maxRows < 1 {
		return fmt.Errorf("%w: --max-rows must be at least 1, got %d", errUsage, *maxRows)
	}
	limit := erasure.MaxSize(*maxRows)
	var data []byte
	switch {
	case *generate >= 0 && fs.NArg() != 0:
		return fmt.Errorf("%w: give either FILE or --generate, not both", errUsage)
	case *generate >= 0:
		if *generate > limit {
			return fmt.Errorf("%w: --generate %d exceeds the %d bytes that %d rows hold", errUsage, *generate, limit, *maxRows)
		}
		data = randomBytes(*generate)
	case fs.NArg() == 1:
		var err error
		if data, err = readBlobFile(fs.Arg(0), limit); err != nil {
			return err
		}
	case fs.NArg() == 0:
		squareUsage(stderr)
		return fmt.Errorf("%w: square needs a FILE or --generate N", errUsage)
	default:
		return fmt.Errorf("%w: square takes one FILE, got %d arguments", errUsage, fs.NArg())
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	t0 := time.Now()
	c, err := squareContext()
	if err != nil {
		return err
	}
	setup := time.Since(t0)

	rep := squareReport{Size: len(data), Workers: runtime.GOMAXPROCS(0)}
	start := time.Now()
	var marks [4]time.Time // indexed by kzg.EncodeStage
	sq, err := c.Encode(data, kzg.WithMaxRows(*maxRows), kzg.WithProgress(func(s kzg.EncodeStage) {
		if int(s) < len(marks) {
			marks[s] = time.Now()
		}
	}))
	if err != nil {
		return err
	}
	end := time.Now()
	rep.K, rep.Rows, rep.PayloadRows = sq.K, sq.Rows(), min(erasure.PayloadRows(sq.Size), sq.K)
	rep.BlobID = dac.ComputeBlobID(dac.FormatVersion, uint64(sq.Size), uint32(sq.K), sq.Root)
	rep.CommitmentsRoot = fmt.Sprintf("0x%x", sq.Root)
	rep.Commitments = sq.Commitments
	rep.Stages = squareStages{
		Setup:    ms(setup),
		Pack:     ms(marks[kzg.StagePacked].Sub(start)),
		DataRows: ms(marks[kzg.StageDataRows].Sub(marks[kzg.StagePacked])),
		Parity:   ms(marks[kzg.StageParity].Sub(marks[kzg.StageDataRows])),
		Total:    ms(end.Sub(start)),
	}

	// A random sample of distinct cells, verified in one batch.
	rng := rand.New(rand.NewChaCha8(seed32()))
	positions := rng.Perm(sq.Rows() * erasure.CellsPerRow)[:squareSamples]
	items := make([]kzg.CellItem, len(positions))
	for i, p := range positions {
		r, col := p/erasure.CellsPerRow, p%erasure.CellsPerRow
		rep.Verify.Cells = append(rep.Verify.Cells, [2]int{r, col})
		items[i] = sq.Item(r, col)
	}
	v0 := time.Now()
	verr := c.VerifyCells(items)
	rep.Verify.Ms = ms(time.Since(v0))
	rep.Verify.Samples = len(items)
	rep.Verify.OK = verr == nil
	if verr != nil {
		rep.Verify.Error = verr.Error()
	}

	if *jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printSquare(stdout, &rep)
	}
	if verr != nil {
		return fmt.Errorf("sample verification failed: %w", verr)
	}
	return nil
}

func printSquare(w io.Writer, r *squareReport) {
	fmt.Fprintf(w, "size              %d bytes\n", r.Size)
	fmt.Fprintf(w, "k                 %d data rows (%d x %d cells extended), %d of them payload, %d known-zero\n",
		r.K, r.Rows, erasure.CellsPerRow, r.PayloadRows, r.K-r.PayloadRows)
	fmt.Fprintf(w, "blob ID           %s\n", r.BlobID)
	fmt.Fprintf(w, "commitments root  %s\n", r.CommitmentsRoot)
	fmt.Fprintf(w, "setup             %9.1f ms  (trusted setup and prover tables, once per process)\n", r.Stages.Setup)
	fmt.Fprintf(w, "pack              %9.1f ms\n", r.Stages.Pack)
	fmt.Fprintf(w, "commit+FK20 data  %9.1f ms  (%d rows, %d workers)\n", r.Stages.DataRows, r.PayloadRows, r.Workers)
	fmt.Fprintf(w, "extend parity     %9.1f ms  (columns, parity commitments and proofs)\n", r.Stages.Parity)
	fmt.Fprintf(w, "total             %9.1f ms  (%.2f MB/s)\n", r.Stages.Total, float64(r.Size)/1e3/r.Stages.Total)
	status := "ok"
	if !r.Verify.OK {
		status = "FAILED: " + r.Verify.Error
	}
	fmt.Fprintf(w, "verify            %d random cells in one batch: %s (%.1f ms)\n", r.Verify.Samples, status, r.Verify.Ms)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 }

// readBlobFile reads a file, refusing one longer than limit bytes without
// reading it all.
func readBlobFile(path string, limit int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("%s: %w: more than the %d bytes that --max-rows allows", path, erasure.ErrTooLarge, limit)
	}
	return data, nil
}

// seed32 returns 32 bytes from the operating system's randomness
// (crypto/rand.Read never fails since Go 1.24).
func seed32() (s [32]byte) {
	_, _ = crand.Read(s[:])
	return s
}

// randomBytes returns n pseudo-random bytes (ChaCha8 seeded from the OS).
func randomBytes(n int) []byte {
	b := make([]byte, n)
	rng := rand.NewChaCha8(seed32())
	_, _ = rng.Read(b)
	return b
}
