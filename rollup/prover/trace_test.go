package prover

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// verifierClaims returns the claim after every global step as
// stf.ApplyBatch (the verifier node's path) records it with StepRoots.
func verifierClaims(t *testing.T, src *memSource) []common.Hash {
	t.Helper()
	var out []common.Hash
	for _, res := range src.results {
		for _, s := range res.Steps {
			c, err := s.Claim()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, c)
		}
	}
	return out
}

func TestTraceMatchesVerifier(t *testing.T) {
	ctx := context.Background()
	for _, seed := range []uint64{1, 2, 3, 4} {
		src := randomChain(t, seed, 4, 40)
		want := verifierClaims(t, src)
		cfg := DefaultTraceConfig(testParams)
		cfg.CacheBatches = 1 // force evictions and replays
		tr, err := NewTrace(cfg, src)
		if err != nil {
			t.Fatal(err)
		}
		// Random order of access: cached and replayed answers alike.
		for i := range want {
			n := uint64(i*7919%len(want)) + 1
			got, err := tr.ClaimAfter(ctx, n)
			if err != nil {
				t.Fatal(err)
			}
			if got != want[n-1] {
				t.Fatalf("seed %d: claim after %d steps: got %x, verifier %x", seed, n, got, want[n-1])
			}
			ps, err := tr.PreState(ctx, n-1)
			if err != nil {
				t.Fatal(err)
			}
			prev := stf.Claim(src.after[0], 0)
			if n > 1 {
				prev = want[n-2]
			}
			if ps.Claim() != prev {
				t.Fatalf("seed %d: pre-state of step %d: claim %x, want %x", seed, n-1, ps.Claim(), prev)
			}
		}
		for b := range uint64(len(src.batches)) + 1 {
			o, err := tr.Output(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			if o.Roots != src.after[b] || o.L2Block != src.heads[b].Hash {
				t.Fatalf("seed %d: output of batch %d differs from the derivation", seed, b)
			}
			if b > 0 && o.Root() != src.results[b-1].Output {
				t.Fatalf("seed %d: output root of batch %d differs", seed, b)
			}
		}
		tr.Reset()
		if got, err := tr.ClaimAfter(ctx, uint64(len(want))); err != nil || got != want[len(want)-1] {
			t.Fatalf("after Reset: %x %v", got, err)
		}
		if _, err := tr.ClaimAfter(ctx, uint64(len(want))+1); !errors.Is(err, ErrNotDerived) {
			t.Fatalf("beyond the safe batch: %v, want ErrNotDerived", err)
		}
	}
}

// TestTraceFaults checks that each fault makes the trace lie from one
// step on, consistently: the claims agree with the verifier's before it
// and differ at it, and the lying output differs.
func TestTraceFaults(t *testing.T) {
	ctx := context.Background()
	src := randomChain(t, 9, 4, 60)
	want := verifierClaims(t, src)
	from := src.batches[1].StepsStart + 3 // in batch 2
	for _, k := range FaultKinds {
		t.Run(k.String(), func(t *testing.T) {
			cfg := DefaultTraceConfig(testParams)
			cfg.Fault = &Fault{Kind: k, Step: from, Beneficiary: common.Address{0xbe}}
			tr, err := NewTrace(cfg, src)
			if err != nil {
				t.Fatal(err)
			}
			first := -1
			for i := range want {
				got, err := tr.ClaimAfter(ctx, uint64(i)+1)
				if err != nil {
					t.Fatal(err)
				}
				if got != want[i] && first < 0 {
					first = i
				}
			}
			if first < int(from) {
				t.Fatalf("first lie at step %d, fault from %d", first, from)
			}
			last := uint64(len(src.batches))
			o, err := tr.Output(ctx, last)
			if err != nil {
				t.Fatal(err)
			}
			if o.Roots == src.after[last] {
				t.Fatal("the lying output equals the honest one")
			}
			// The lying pre-state at the first lie is still honest.
			ps, err := tr.PreState(ctx, uint64(first))
			if err != nil {
				t.Fatal(err)
			}
			if ps.Claim() != want[first-1] {
				t.Fatal("pre-state of the first lie differs from the verifier's")
			}
			t.Logf("%s: first lying claim after step %d (fault from %d)", k, first, from)
		})
	}
}

// FuzzTraceClaims: for any payload bytes and declared record count, the
// trace's claims equal stf.ApplyBatch's step roots (the cursor after
// end-of-row, bad-length and beyond-rows records included).
func FuzzTraceClaims(f *testing.F) {
	f.Add([]byte{0, 3, 0xB1, 1, 2}, uint16(3), uint8(1))
	f.Add(append([]byte{0, 0, 0, 0}, make([]byte, 200)...), uint16(40), uint8(0))
	f.Add([]byte{0xff, 0xff, 1}, uint16(5000), uint8(2))
	f.Fuzz(func(t *testing.T, payload []byte, count uint16, deposits uint8) {
		b := &stf.Batch{Index: 1, L1Block: 1, L1Time: 1, RecordCount: uint64(count) % 4200,
			Payload: batch.FromBytes(payload, 1)}
		for i := range deposits % 4 {
			b.Queue = append(b.Queue, stf.QueueItem{Index: uint64(i), Kind: stf.QueueDeposit,
				To: common.Address{byte(i)}, Value: uint256.NewInt(uint64(i) + 1)})
		}
		src := &memSource{store: state.NewMemStore()}
		st := state.New(src.store)
		_, head := stf.Genesis(testParams)
		src.after, src.heads = []state.Roots{st.Roots()}, []stf.Head{head}
		res, err := stf.ApplyBatch(testParams, st, head, b, stf.Options{StepRoots: true})
		if err != nil {
			if errors.Is(err, stf.ErrRecordCount) {
				return
			}
			t.Fatal(err)
		}
		r, err := st.Commit()
		if err != nil {
			t.Fatal(err)
		}
		src.batches, src.results = []*stf.Batch{b}, []*stf.Result{res}
		src.after, src.heads = append(src.after, r), append(src.heads, res.Head)
		if b.StepsEnd() == 0 {
			return
		}
		tr, err := NewTrace(DefaultTraceConfig(testParams), src)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range res.Steps {
			want, _ := s.Claim()
			got, err := tr.ClaimAfter(context.Background(), uint64(i)+1)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("claim after step %d: %x, ApplyBatch %x", i, got, want)
			}
		}
	})
}
