package prover

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Source is the derived chain a Trace replays: the batches as the verifier
// node derived them from L1 and quire, and the roots and L2 head after
// each (the node's per-batch checkpoints). rollup/node's store answers it;
// tests build one with stf.ApplyBatch.
type Source interface {
	// Safe returns the latest derived batch (0 when none).
	Safe(ctx context.Context) (uint64, error)
	// Steps returns batch index's global step range [start, end) as the
	// inbox counts it; cheap (no payload).
	Steps(ctx context.Context, index uint64) (start, end uint64, err error)
	// Batch returns batch index (>= 1) with its queue items and payload.
	Batch(ctx context.Context, index uint64) (*stf.Batch, error)
	// After returns the roots and the L2 head after batch index (0: the
	// genesis), whose state Store holds.
	After(ctx context.Context, index uint64) (state.Roots, stf.Head, error)
	// Store is the state store holding every After state.
	Store() state.Store
}

// ErrNotDerived is returned by a Trace for a step or batch beyond the
// source's safe batch. Retrying after the node derived it helps.
var ErrNotDerived = errors.New("prover: step not derived yet")

// ErrSourceMismatch is returned when replaying a batch does not reach the
// roots the source stored after it: the source's store is corrupt or was
// derived with other parameters. Retrying does not help.
var ErrSourceMismatch = errors.New("prover: replay disagrees with the source's checkpoint")

// TraceConfig tunes a Trace.
type TraceConfig struct {
	Params stf.Params
	// CacheBatches is how many batches' per-step claims are kept in
	// memory (each costs 32 bytes per step).
	CacheBatches int
	// Fault, when set, makes the trace lie (tests and the demo only).
	Fault *Fault
}

// DefaultTraceConfig returns the defaults for params.
func DefaultTraceConfig(p stf.Params) TraceConfig { return TraceConfig{Params: p, CacheBatches: 4} }

// Validate checks the config.
func (c *TraceConfig) Validate() error {
	if c.CacheBatches < 1 {
		return fmt.Errorf("prover: CacheBatches %d < 1", c.CacheBatches)
	}
	if c.Params.MaxRecord <= 0 {
		return fmt.Errorf("prover: MaxRecord %d <= 0", c.Params.MaxRecord)
	}
	if c.Fault != nil {
		return c.Fault.Validate()
	}
	return nil
}

// Output is the output a trace holds after a batch: what a proposal of
// that batch carries.
type Output struct {
	Batch    uint64      `json:"batch"`
	StepsEnd uint64      `json:"stepsEnd"`
	Roots    state.Roots `json:"roots"`
	L2Block  common.Hash `json:"l2BlockHash"`
}

// Claim is the claim after the batch (cursor 0).
func (o Output) Claim() common.Hash { return stf.Claim(o.Roots, 0) }

// Root is the output root.
func (o Output) Root() common.Hash { return stf.OutputRoot(o.Roots, o.L2Block) }

// PreState is the state before one global step: what a step proof is built
// from.
type PreState struct {
	Step   uint64     // the global step
	Batch  *stf.Batch // the batch holding it
	Index  int        // its position in the batch's inputs
	State  *state.State
	Roots  state.Roots
	Cursor uint64
}

// Claim is keccak(roots || cursor) of the pre-state.
func (p *PreState) Claim() common.Hash { return stf.Claim(p.Roots, p.Cursor) }

// Trace answers the claim after any number of global steps of the derived
// chain (stf.Claim of the roots and record cursor after the step), by
// replaying one batch from the checkpoint before it on an uncommitted
// state opened over the source's store. The claims of the last
// CacheBatches batches replayed are kept. With a Fault it is the chain of
// a lying proposer: from the batch of the fault on, its states live in an
// in-memory overlay over the source's store.
//
// A Trace is not safe for concurrent use.
type Trace struct {
	cfg   TraceConfig
	src   Source
	cache map[uint64]*batchClaims
	order []uint64 // cache, oldest first
	steps map[uint64][2]uint64

	lie *lieChain
}

type batchClaims struct {
	index  uint64
	start  uint64
	claims []common.Hash // claim after step i of the batch
	post   state.Roots
}

// NewTrace returns a trace over src.
func NewTrace(cfg TraceConfig, src Source) (*Trace, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	t := &Trace{cfg: cfg, src: src, cache: make(map[uint64]*batchClaims), steps: make(map[uint64][2]uint64)}
	if cfg.Fault != nil {
		t.lie = &lieChain{store: newOverlay(src.Store()), after: make(map[uint64]lieAfter)}
	}
	return t, nil
}

// Reset drops everything the trace cached (claims, step ranges, a liar's
// states): call it when the source rewound (an L1 reorg replaced
// batches).
func (t *Trace) Reset() {
	t.cache, t.order, t.steps = make(map[uint64]*batchClaims), nil, make(map[uint64][2]uint64)
	if t.lie != nil {
		t.lie = &lieChain{store: newOverlay(t.src.Store()), after: make(map[uint64]lieAfter)}
	}
}

// Fault returns the trace's fault (nil for an honest trace).
func (t *Trace) Fault() *Fault { return t.cfg.Fault }

func (t *Trace) stepRange(ctx context.Context, index uint64) (uint64, uint64, error) {
	if r, ok := t.steps[index]; ok {
		return r[0], r[1], nil
	}
	s, e, err := t.src.Steps(ctx, index)
	if err != nil {
		return 0, 0, err
	}
	t.steps[index] = [2]uint64{s, e}
	return s, e, nil
}

// Locate returns the batch holding global step g.
func (t *Trace) Locate(ctx context.Context, g uint64) (uint64, error) {
	safe, err := t.src.Safe(ctx)
	if err != nil {
		return 0, err
	}
	if safe == 0 {
		return 0, fmt.Errorf("%w: step %d, no batch derived", ErrNotDerived, g)
	}
	_, end, err := t.stepRange(ctx, safe)
	if err != nil {
		return 0, err
	}
	if g >= end {
		return 0, fmt.Errorf("%w: step %d, derived up to %d", ErrNotDerived, g, end)
	}
	var serr error
	i := sort.Search(int(safe), func(i int) bool { // first batch whose end > g
		if serr != nil {
			return true
		}
		_, e, err := t.stepRange(ctx, uint64(i)+1)
		if err != nil {
			serr = err
			return true
		}
		return e > g
	})
	if serr != nil {
		return 0, serr
	}
	return uint64(i) + 1, nil
}

// ClaimAfter returns the claim after the first n global steps (n = 0: the
// genesis claim).
func (t *Trace) ClaimAfter(ctx context.Context, n uint64) (common.Hash, error) {
	if n == 0 {
		r, _, err := t.after(ctx, 0)
		return stf.Claim(r, 0), err
	}
	b, err := t.Locate(ctx, n-1)
	if err != nil {
		return common.Hash{}, err
	}
	bc, err := t.batch(ctx, b)
	if err != nil {
		return common.Hash{}, err
	}
	return bc.claims[n-1-bc.start], nil
}

// Output returns the output after batch index as this trace holds it.
// A lying trace reports the honest L2 block hash (the game does not
// dispute it).
func (t *Trace) Output(ctx context.Context, index uint64) (Output, error) {
	safe, err := t.src.Safe(ctx)
	if err != nil {
		return Output{}, err
	}
	if index > safe {
		return Output{}, fmt.Errorf("%w: batch %d, derived up to %d", ErrNotDerived, index, safe)
	}
	r, head, err := t.after(ctx, index)
	if err != nil {
		return Output{}, err
	}
	o := Output{Batch: index, Roots: r, L2Block: head.Hash}
	if index > 0 {
		if _, o.StepsEnd, err = t.stepRange(ctx, index); err != nil {
			return Output{}, err
		}
	}
	return o, nil
}

// after returns the trace's roots after batch index.
func (t *Trace) after(ctx context.Context, index uint64) (state.Roots, stf.Head, error) {
	r, head, err := t.src.After(ctx, index)
	if err != nil || t.lie == nil {
		return r, head, err
	}
	if err := t.extendLie(ctx, index); err != nil {
		return state.Roots{}, stf.Head{}, err
	}
	if la, ok := t.lie.after[index]; ok {
		r = la.roots
	}
	return r, head, nil
}

// pre returns the store, roots and whether the fault already fired before
// batch index.
func (t *Trace) pre(ctx context.Context, index uint64) (state.Store, state.Roots, bool, error) {
	if t.lie != nil {
		if err := t.extendLie(ctx, index-1); err != nil {
			return nil, state.Roots{}, false, err
		}
		if la, ok := t.lie.after[index-1]; ok {
			return t.lie.store, la.roots, la.fired, nil
		}
	}
	r, _, err := t.src.After(ctx, index-1)
	return t.src.Store(), r, false, err
}

// PreState returns the state before global step g (uncommitted: the caller
// may read proofs from it and must not commit it).
func (t *Trace) PreState(ctx context.Context, g uint64) (*PreState, error) {
	b, err := t.Locate(ctx, g)
	if err != nil {
		return nil, err
	}
	bt, err := t.src.Batch(ctx, b)
	if err != nil {
		return nil, err
	}
	store, roots, fired, err := t.pre(ctx, b)
	if err != nil {
		return nil, err
	}
	st := state.Open(store, roots)
	n := int(g - bt.StepsStart)
	ps := &PreState{Step: g, Batch: bt, Index: n, State: st}
	_, err = t.replay(st, bt, n, fired, func(i int, cursor uint64) {
		ps.Cursor = cursor
	})
	if err != nil {
		return nil, err
	}
	if n == 0 {
		ps.Cursor = 0
	}
	ps.Roots = st.Roots()
	return ps, nil
}

func (t *Trace) batch(ctx context.Context, index uint64) (*batchClaims, error) {
	if bc, ok := t.cache[index]; ok {
		return bc, nil
	}
	bt, err := t.src.Batch(ctx, index)
	if err != nil {
		return nil, err
	}
	store, roots, fired, err := t.pre(ctx, index)
	if err != nil {
		return nil, err
	}
	st := state.Open(store, roots)
	bc := &batchClaims{index: index, start: bt.StepsStart, claims: make([]common.Hash, 0, bt.StepsEnd()-bt.StepsStart)}
	if _, err := t.replay(st, bt, -1, fired, func(i int, cursor uint64) {
		bc.claims = append(bc.claims, stf.Claim(st.Roots(), cursor))
	}); err != nil {
		return nil, err
	}
	bc.post = st.Roots()
	want, _, err := t.after(ctx, index)
	if err != nil {
		return nil, err
	}
	if want != bc.post {
		return nil, fmt.Errorf("%w: batch %d", ErrSourceMismatch, index)
	}
	t.cache[index] = bc
	t.order = append(t.order, index)
	if len(t.order) > t.cfg.CacheBatches {
		delete(t.cache, t.order[0])
		t.order = t.order[1:]
	}
	return bc, nil
}

// replay applies the first n inputs of b (all when n < 0) to st, calling
// each after every step with the step's position and the cursor after it.
// It returns whether the fault fired (always false for an honest trace).
func (t *Trace) replay(st *state.State, b *stf.Batch, n int, fired bool, each func(i int, cursor uint64)) (bool, error) {
	inputs := b.Inputs(t.cfg.Params.MaxRecord)
	if n < 0 {
		n = len(inputs)
	}
	if n > len(inputs) {
		return fired, fmt.Errorf("prover: replay of %d steps, batch %d has %d", n, b.Index, len(inputs))
	}
	exec := inputs
	if t.cfg.Fault != nil && !fired && t.cfg.Fault.Kind == FaultReorder {
		exec = append([]stf.Input(nil), inputs...)
	}
	for i := range n {
		g := b.StepsStart + uint64(i)
		var err error
		if t.cfg.Fault != nil && !fired && g >= t.cfg.Fault.Step {
			fired, err = t.cfg.Fault.apply(t.cfg.Params, st, exec, i)
		} else {
			_, err = stf.Step(t.cfg.Params, st, exec[i])
		}
		if err != nil {
			return fired, fmt.Errorf("prover: batch %d step %d: %w", b.Index, g, err)
		}
		var cursor uint64
		if inputs[i].Record != nil && i != len(inputs)-1 {
			cursor = inputs[i].Record.Next
		}
		each(i, cursor)
	}
	return fired, nil
}

// lieChain holds a lying trace's states from the batch of its fault on.
type lieChain struct {
	store *overlay
	after map[uint64]lieAfter
	upTo  uint64 // after[b] computed for b <= upTo (0: none)
}

type lieAfter struct {
	roots state.Roots
	fired bool
}

// extendLie computes the lying roots after every batch up to index, from
// the batch holding the fault's step.
func (t *Trace) extendLie(ctx context.Context, index uint64) error {
	l := t.lie
	for b := l.upTo + 1; b <= index; b++ {
		_, end, err := t.stepRange(ctx, b)
		if err != nil {
			return err
		}
		prev, ok := l.after[b-1]
		if !ok && end <= t.cfg.Fault.Step {
			l.upTo = b // before the fault: the honest chain
			continue
		}
		var store state.Store = l.store
		roots := prev.roots
		if !ok {
			if roots, _, err = t.src.After(ctx, b-1); err != nil {
				return err
			}
		}
		bt, err := t.src.Batch(ctx, b)
		if err != nil {
			return err
		}
		st := state.Open(store, roots)
		fired, err := t.replay(st, bt, -1, prev.fired, func(int, uint64) {})
		if err != nil {
			return err
		}
		r, err := st.Commit()
		if err != nil {
			return err
		}
		l.after[b] = lieAfter{roots: r, fired: fired}
		l.upTo = b
	}
	return nil
}

// overlay is a store whose writes stay in memory over a read-only base.
type overlay struct {
	base state.Store
	m    map[string][]byte
}

func newOverlay(base state.Store) *overlay { return &overlay{base: base, m: make(map[string][]byte)} }

func (o *overlay) Get(key []byte) ([]byte, error) {
	if v, ok := o.m[string(key)]; ok {
		return v, nil
	}
	return o.base.Get(key)
}

func (o *overlay) Put(key, value []byte) error {
	o.m[string(key)] = value
	return nil
}
