package kzg

import (
	"fmt"
	"math/big"
	"runtime"
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
	"github.com/quire-da/quire/erasure"
)

// Row and cell geometry, from package erasure (EIP-4844 / EIP-7594).
const (
	rowLen      = erasure.ElementsPerRow      // 4096
	extLen      = erasure.ExtendedRowElements // 8192
	cellLen     = erasure.ElementsPerCell     // 64
	cellsPerRow = erasure.CellsPerRow         // 128
	// numBlocks is the number of FK20 Toeplitz blocks (rowLen / cellLen).
	numBlocks = rowLen / cellLen // 64
)

// Context holds the checked trusted setup and the tables derived from it.
// It is safe for concurrent use. Tables for proving (FK20, about 24 MiB)
// and for Commit (about 9 MiB) are built on first use, or in New with
// WithEagerTables.
type Context struct {
	workers int // <= 0: runtime.GOMAXPROCS(0) at call time
	s       *setup

	dom64, dom128, dom4096 *fft.Domain

	// verification: precomputed Miller-loop lines for [1]_2 and [tau^64]_2.
	linesG2One  [2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff
	linesG2Cell [2][len(bls12381.LoopCounter) - 1]bls12381.LineEvaluationAff

	g1tw *g1Twiddles // twiddles of the 128-point G1 FFTs used by FK20

	// per cell index k: the inverse of the coset shift h_k and h_k^64.
	cosetShiftInv [cellsPerRow]fr.Element
	cosetPow64    [cellsPerRow]fr.Element

	fk20Once sync.Once
	fk20Tab  *fk20Tables

	commitOnce sync.Once
	commitTab  *fixedBaseTable

	// verification: fixed-base table over [tau^t]_1, t < 64, for the
	// interpolation term of the batched cell check (built in New).
	interpTab *fixedBaseTable

	comCache *comCache // decoded commitments; nil when disabled

	// specChallenge: batched cell checks weight cells by powers of
	// EIP-7594's Fiat-Shamir challenge instead of independent random
	// 128-bit coefficients (WithSpecChallenge).
	specChallenge bool
}

type config struct {
	workers       int
	eager         bool
	comCache      int
	specChallenge bool
}

// Option configures New.
type Option func(*config)

// WithParallelism bounds the goroutines one call may use. n <= 0 (the
// default) means runtime.GOMAXPROCS(0) at the time of the call; 1 keeps
// every call on the caller's goroutine.
func WithParallelism(n int) Option { return func(c *config) { c.workers = n } }

// WithEagerTables builds the prover tables in New instead of on first use,
// so that no later call pays for them (see BenchmarkTables: roughly half a
// second to a second of CPU for both).
func WithEagerTables() Option { return func(c *config) { c.eager = true } }

// WithCommitmentCache sets how many decoded commitments the Context
// remembers per generation (it keeps two; see DefaultCommitmentCache, the
// default). A commitment that decoded and passed the subgroup check once,
// in CheckExtension, VerifyCells or RecoverBlob, is then not decoded
// again: a header's row commitments are checked once when the header is
// validated, and sampling or custody checks of its cells only decode the
// proofs. n <= 0 disables the cache.
func WithCommitmentCache(n int) Option { return func(c *config) { c.comCache = n } }

// WithSpecChallenge makes VerifyCells (and the checks built on it) weight
// the cells of a batch exactly as EIP-7594's verify_cell_kzg_proof_batch
// does: by the powers r^0, r^1, ... of its Fiat-Shamir challenge r, a hash
// of the whole batch. By default a Context weights them by independent
// uniform 128-bit coefficients from crypto/rand instead, drawn after the
// batch is fixed. Both accept every valid batch; a batch with an invalid
// cell passes the random check with probability at most 2^-128 (the
// pairing check is an equation in a group of prime order r > 2^254, and
// the coefficient of the invalid cell is one of 2^128 residues), and the
// shorter coefficients halve the scalar work of the proof and commitment
// sums. The verdict is thus the specification's except with probability
// 2^-128 per check; this option gives the specification's arithmetic
// itself (the Ethereum test vectors run both). It also keeps the subgroup
// check of every proof separate: by default a batch of 256 or more proofs
// is checked with 128 random subset sums instead (see subgroup.go; again
// an error probability of at most 2^-128).
func WithSpecChallenge() Option { return func(c *config) { c.specChallenge = true } }

// New loads and checks the embedded Ethereum KZG ceremony setup (see
// setup.go for the checks) and returns a Context. Errors wrap ErrSetup;
// they mean the binary is broken, and retrying does not help.
func New(opts ...Option) (*Context, error) {
	cfg := config{comCache: DefaultCommitmentCache}
	for _, o := range opts {
		o(&cfg)
	}
	c := &Context{workers: cfg.workers, comCache: newComCache(cfg.comCache), specChallenge: cfg.specChallenge}
	s, err := loadSetup(trustedSetupJSON, c.par())
	if err != nil {
		return nil, err
	}
	c.s = s
	c.dom64 = fft.NewDomain(cellLen)
	c.dom128 = fft.NewDomain(2 * numBlocks)
	c.dom4096 = fft.NewDomain(rowLen)
	c.linesG2One = bls12381.PrecomputeLines(s.g2Monomial[0])
	c.linesG2Cell = bls12381.PrecomputeLines(s.g2Monomial[cellLen])
	c.g1tw = newG1Twiddles(2 * numBlocks)
	c.initCosets()
	c.interpTab = buildInterpTable(s.g1Monomial[:cellLen])
	if cfg.eager {
		c.fk20Tables()
		c.commitTable()
	}
	return c, nil
}

var (
	defaultOnce sync.Once
	defaultCtx  *Context
	defaultErr  error
)

// Default returns a process-wide Context, built by New() on first call.
func Default() (*Context, error) {
	defaultOnce.Do(func() { defaultCtx, defaultErr = New() })
	return defaultCtx, defaultErr
}

// par returns the number of goroutines a call may use.
func (c *Context) par() int {
	if c.workers > 0 {
		return c.workers
	}
	return runtime.GOMAXPROCS(0)
}

// initCosets computes the coset shift of every cell: h_k is the first
// element of cell k in the bit-reversed 8192-point domain, w^rev7(k).
func (c *Context) initCosets() {
	w, _ := fr.Generator(extLen)
	pow := make([]fr.Element, cellsPerRow)
	pow[0].SetOne()
	for j := 1; j < cellsPerRow; j++ {
		pow[j].Mul(&pow[j-1], &w)
	}
	for k := range cellsPerRow {
		h := pow[reverseBits(uint64(k))>>(64-7)]
		c.cosetShiftInv[k].Inverse(&h)
		c.cosetPow64[k].Exp(h, big.NewInt(cellLen))
	}
}

// parallelFor splits [0, n) into at most workers contiguous chunks and runs
// fn on each, on the caller's goroutine when there is one chunk.
func parallelFor(n, workers int, fn func(w, lo, hi int)) {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		if n > 0 {
			fn(0, 0, n)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		if w == workers-1 {
			fn(w, lo, hi)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(w, lo, hi)
		}()
	}
	wg.Wait()
}

func checkRow(row []fr.Element) error {
	if len(row) != rowLen {
		return fmt.Errorf("%w: got %d", ErrRowSize, len(row))
	}
	return nil
}
