package prover

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/prover/provertest"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// ---------------------------------------------------------------------
// A random history: keys, queue items, batches with blobs.

func stepKey(i int) *ecdsa.PrivateKey {
	var b [32]byte
	b[0] = 0x5e
	b[31] = byte(i + 1)
	k, err := crypto.ToECDSA(b[:])
	if err != nil {
		panic(err)
	}
	return k
}

var stepChain = big.NewInt(rollup.DevChainID)

func stepSignTx(k *ecdsa.PrivateKey, chain *big.Int, nonce uint64, to common.Address, value *big.Int, legacy bool) []byte {
	var inner types.TxData = &types.DynamicFeeTx{ChainID: chain, Nonce: nonce, GasTipCap: big.NewInt(1e8),
		GasFeeCap: big.NewInt(3e9), Gas: 21000, To: &to, Value: value}
	if legacy {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(2e9), Gas: 21000, To: &to, Value: value}
	}
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(chain), inner)
	if err != nil {
		panic(err)
	}
	b, _ := tx.MarshalBinary()
	return b
}

// history generates signed transactions and other bodies at random.
type history struct {
	r      *rand.Rand
	p      stf.Params
	keys   []*ecdsa.PrivateKey
	nonce  []uint64
	fresh  int
	labels map[string]int // what was generated (a coverage check of the generator)
}

func newHistory(r *rand.Rand, p stf.Params, n int) *history {
	h := &history{r: r, p: p, nonce: make([]uint64, n), labels: map[string]int{}}
	for i := range n {
		h.keys = append(h.keys, stepKey(i))
	}
	return h
}

func (h *history) addr(i int) common.Address { return crypto.PubkeyToAddress(h.keys[i].PublicKey) }

// tx returns a transaction body, mostly valid.
func (h *history) tx() []byte {
	i := h.r.IntN(len(h.keys))
	k := h.keys[i]
	value := big.NewInt(int64(h.r.IntN(1e6)) * 1e9)
	if h.r.IntN(10) == 0 {
		value = new(big.Int)
	}
	var to common.Address
	kind := h.r.IntN(20)
	switch {
	case kind < 8:
		to = h.addr(h.r.IntN(len(h.keys)))
		h.labels["transfer existing"]++
	case kind < 10:
		h.fresh++
		to = common.BigToAddress(big.NewInt(int64(0xf000 + h.fresh)))
		h.labels["transfer new"]++
	case kind < 11:
		to = h.addr(i)
		h.labels["to self"]++
	case kind < 12:
		to = h.p.FeeRecipient
		h.labels["to fee recipient"]++
	case kind < 15:
		to = rollup.WithdrawalAddress
		h.labels["withdrawal"]++
	default:
		to = h.addr(h.r.IntN(len(h.keys)))
	}
	nonce := h.nonce[i]
	switch h.r.IntN(16) {
	case 0:
		nonce += 3
		h.labels["bad nonce"]++
	case 1:
		value = new(big.Int).Lsh(big.NewInt(1), 100)
		h.labels["no funds"]++
	case 2:
		b := stepSignTx(k, stepChain, nonce, to, value, h.r.IntN(2) == 0)
		b[len(b)-1-h.r.IntN(30)] ^= 0x40 // the signature's s
		h.labels["bad signature"]++
		return b
	case 3:
		h.labels["wrong chain"]++
		return stepSignTx(k, big.NewInt(1337), nonce, to, value, false)
	default:
		h.nonce[i]++
	}
	return stepSignTx(k, stepChain, nonce, to, value, h.r.IntN(4) == 0)
}

// body returns a random record body.
func (h *history) body() []byte {
	switch n := h.r.IntN(20); {
	case n == 0:
		h.labels["marker"]++
		return stf.Marker{Time: uint64(1000 + h.r.IntN(100)), L1Origin: uint64(h.r.IntN(100))}.Encode()
	case n == 1:
		h.labels["short marker"]++
		return []byte{stf.MarkerTag, 1, 2, 3}
	case n == 2:
		h.labels["unknown tag"]++
		b := make([]byte, 1+h.r.IntN(60))
		for i := range b {
			b[i] = byte(h.r.Uint32())
		}
		b[0] = byte(0x03 + h.r.IntN(0xb0-3))
		return b
	case n == 3:
		h.labels["garbage tx"]++
		b := make([]byte, 1+h.r.IntN(120))
		for i := range b {
			b[i] = byte(h.r.Uint32())
		}
		b[0] = []byte{0x02, 0xc5, 0xf8}[h.r.IntN(3)]
		return b
	default:
		return h.tx()
	}
}

// payload writes records into k rows by the cursor rules.
type payload struct {
	k    int
	buf  []byte
	c    uint64 // element cursor
	recs uint64
	// filler marks the cursors of records written by fill.
	filler map[uint64]bool
}

func newPayload(k int) *payload {
	return &payload{k: k, buf: make([]byte, k*batch.ElementsPerRow*batch.BytesPerElement)}
}

func (p *payload) nextRow() { p.c = (p.c/batch.ElementsPerRow + 1) * batch.ElementsPerRow }

// add writes a record; false when it does not fit in the current row.
func (p *payload) add(body []byte) bool {
	n := uint64(batch.Elements(len(body)))
	if p.c%batch.ElementsPerRow+n > batch.ElementsPerRow || p.c/batch.ElementsPerRow >= uint64(p.k) {
		return false
	}
	off := p.c * batch.BytesPerElement
	binary.BigEndian.PutUint16(p.buf[off:], uint16(len(body)))
	copy(p.buf[off+2:], body)
	p.c += n
	p.recs++
	return true
}

// fill writes no-op bodies (an unknown tag) up to fewer than 16 elements
// before the row's end; their cursors are marked filler.
func (p *payload) fill(r *rand.Rand) {
	if p.filler == nil {
		p.filler = map[uint64]bool{}
	}
	for {
		left := batch.ElementsPerRow - p.c%batch.ElementsPerRow
		l := 20 // one element
		if left >= 17+16 {
			l = 512 // 17 elements
		} else if left < 16 {
			return
		}
		b := make([]byte, l)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		b[0] = 0x55
		p.filler[p.c] = true
		p.add(b)
	}
}

// endOfRow reads as L = 0 (the buffer is zero there).
func (p *payload) endOfRow() { p.nextRow(); p.recs++ }

// badLength writes L over MAX_RECORD or a record crossing its row.
func (p *payload) badLength(r *rand.Rand, maxRecord int) {
	left := batch.ElementsPerRow - p.c%batch.ElementsPerRow
	l := maxRecord + 1 + r.IntN(60000)
	if left < 16 {
		l = int(left) * batch.BytesPerElement // needs left + 1 elements
	}
	binary.BigEndian.PutUint16(p.buf[p.c*batch.BytesPerElement:], uint16(l))
	p.nextRow()
	p.recs++
}

// blob returns the blob bytes: up to the last element written.
func (p *payload) blob() []byte {
	return p.buf[:min(p.c, uint64(p.k)*batch.ElementsPerRow)*batch.BytesPerElement]
}

// scenario is one batch with its data.
type scenario struct {
	src *StepSource
	stf *stf.Batch
}

func stfQueue(items []l1.QueueItem) []stf.QueueItem {
	out := make([]stf.QueueItem, len(items))
	for i, it := range items {
		q := stf.QueueItem{Index: it.Index, Kind: stf.QueueKind(it.Kind), To: it.To, Tx: it.Data}
		if it.Value != nil {
			q.Value, _ = uint256.FromBig(it.Value)
		}
		out[i] = q
	}
	return out
}

// stepCases returns the number of steps to check, about:
// QUIRE_STEP_CASES overrides the default (1,200; 300 with -short). A fifth
// are record steps of blob batches (each opens its elements, about 70 ms of
// CPU per opening to build), the rest queue steps of forced batches.
func stepCases(t *testing.T) int {
	if s := os.Getenv("QUIRE_STEP_CASES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 20 {
			t.Fatalf("QUIRE_STEP_CASES: %q (at least 20)", s)
		}
		return n
	}
	if testing.Short() {
		return 300
	}
	return 1200
}

// TestStepCrossCheck runs every step of random batches (blob batches of
// one and two rows and a forced, data-less batch) through Go's stf (the
// claims ApplyBatch records) and through OneStep.run with the proof
// BuildStep builds: the post-claims must be equal. A sample of steps is
// also run with tampered proofs, which must all revert.
func TestStepCrossCheck(t *testing.T) {
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(14, 2))
	p := stf.Params{ChainID: rollup.DevChainID, BaseFee: 1e9, FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		MaxRecord: l1.MaxRecord, BlockGasLimit: 30_000_000, GenesisTime: 1}
	evm := provertest.NewEVMStep(t, p)
	h := newHistory(r, p, 8)
	cases := stepCases(t)

	ref := state.New(state.NewMemStore())
	bld := state.New(state.NewMemStore())
	head := stf.Head{}
	prev := l1.GenesisBatch(0)
	evm.StoreBatch(&prev)
	var queue uint64
	var stepsEnd uint64
	coverage := map[string]int{}
	gas := map[string][]uint64{}
	partGas := map[string]map[string]uint64{}
	smt := provertest.NewEVMSMT(t)
	var tampered, steps, noTxLib int

	newItems := func(n int, forced bool) []l1.QueueItem {
		var items []l1.QueueItem
		for range n {
			it := l1.QueueItem{Index: queue, Kind: l1.ItemDeposit, L1Sender: common.Address{9}, Value: new(big.Int), L1Block: queue, Timestamp: 100 + queue}
			if forced && r.IntN(3) > 0 {
				it.Kind = l1.ItemForcedTx
				it.Data = h.tx()
				it.DataHash = crypto.Keccak256Hash(it.Data)
			} else {
				it.To = h.addr(int(queue) % len(h.keys)) // the first batch funds every key
				if queue >= uint64(len(h.keys)) && r.IntN(8) == 0 {
					it.To = common.BigToAddress(big.NewInt(int64(0xd000 + queue)))
				}
				it.Value = new(big.Int).Mul(big.NewInt(int64(10+r.IntN(50))), big.NewInt(1e17))
			}
			items = append(items, it)
			queue++
		}
		evm.StoreQueue(items)
		return items
	}

	// Each blob batch lists, per row, how it ends: "" (the last row: the
	// rest reads as end-of-row), "eor" (an explicit end of row), "bad" (a
	// length over MAX_RECORD), "cross" (filled to the row's end, then a
	// record crossing it); extra records past the last are read beyond it.
	plans := []struct {
		kind   l1.BatchKind
		rows   []string
		queue  int
		forced bool
		extra  int
	}{
		{l1.KindQuire, []string{""}, len(h.keys), false, 0},
		{l1.KindForced, nil, cases * 2 / 5, true, 0},
		{l1.KindQuire, []string{"cross", ""}, 12, true, 1},
		{l1.KindQuire, []string{""}, 0, false, 3},
		{l1.KindForced, nil, cases * 2 / 5, true, 0},
		{l1.KindQuire, []string{"eor", "bad"}, 3, true, 2},
	}
	for bi, plan := range plans {
		items := newItems(plan.queue, plan.forced)
		b := l1.Batch{Index: uint64(bi + 1), PrevHash: prev.Hash(), Kind: plan.kind, QueueStart: items0(items, queue),
			QueueEnd: queue, StepsStart: stepsEnd, L2BlockStart: prev.L2BlockEnd, L2BlockEnd: prev.L2BlockEnd + 1,
			L1Timestamp: 500 + uint64(bi)}
		src := &StepSource{Params: p, Queue: items}
		sb := &stf.Batch{Index: b.Index, L1Block: uint64(bi), L1Time: b.L1Timestamp, StepsStart: b.StepsStart, Queue: stfQueue(items)}
		var pl *payload
		if plan.kind == l1.KindQuire {
			k := len(plan.rows)
			pl = newPayload(k)
			per := cases / 20 / k
			for _, end := range plan.rows {
				for n := 0; n < per && pl.add(h.body()); n++ {
				}
				switch end {
				case "eor":
					pl.endOfRow()
				case "bad":
					pl.badLength(r, p.MaxRecord)
				case "cross":
					pl.fill(r)
					pl.badLength(r, p.MaxRecord)
				}
			}
			blob := pl.blob()
			sq, err := kctx.Encode(blob)
			if err != nil {
				t.Fatal(err)
			}
			if sq.K != k {
				t.Fatalf("blob of %d bytes has k = %d, want %d", len(blob), sq.K, k)
			}
			hdr := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, ChainID: 1, Size: uint64(len(blob)),
				K: uint32(sq.K), CommitmentsRoot: sq.Root}, Commitments: sq.Commitments}
			b.DataRef, b.K = common.Hash(hdr.BlobID()), uint32(sq.K)
			b.RecordCount = pl.recs + uint64(plan.extra)
			src.Header, src.Blob = hdr, blob
			sb.RecordCount, sb.Payload = b.RecordCount, batch.FromBytes(blob, sq.K)
		}
		b.StepsEnd = b.StepsStart + uint64(len(items)) + b.RecordCount
		src.Batch = b
		evm.StoreBatch(&b)
		prev, stepsEnd = b, b.StepsEnd

		pre := ref.Roots()
		res, err := stf.ApplyBatch(p, ref, head, sb, stf.Options{StepRoots: true})
		if err != nil {
			t.Fatal(err)
		}
		head = res.Head
		if uint64(len(res.Steps)) != b.StepsEnd-b.StepsStart {
			t.Fatalf("batch %d: %d steps, inbox counts %d", b.Index, len(res.Steps), b.StepsEnd-b.StepsStart)
		}
		cursor := uint64(0)
		for _, info := range res.Steps {
			label := info.Kind.String()
			if info.Record != nil && info.Record.Kind != batch.KindBody {
				label = info.Record.Kind.String()
			} else if info.Kind == stf.StepTx || info.Kind == stf.StepForcedTx {
				label += fmt.Sprintf(" applied=%v %s", info.Applied, info.Reason)
			}
			coverage[label]++
			if info.Record != nil && pl.filler[info.Record.Cursor] && r.IntN(40) != 0 {
				// Most filler records (no-ops: the state stays) are skipped.
				pre, cursor = *info.Roots, info.Cursor
				continue
			}
			proof, err := BuildStep(kctx, src, bld, cursor, info.Index)
			if err != nil {
				t.Fatalf("step %d (%s): BuildStep: %v", info.Index, label, err)
			}
			if got := bld.Roots(); got != *info.Roots {
				t.Fatalf("step %d (%s): builder's state %+v, stf's %+v", info.Index, label, got, *info.Roots)
			}
			want, _ := info.Claim()
			got, g, err := evm.Run(pre, cursor, info.Index, proof)
			if err != nil && err.Error() == "revert TxLibNotLanded" {
				noTxLib++ // the placeholder TxLib: counted, reported below
				pre, cursor = *info.Roots, info.Cursor
				continue
			}
			if err != nil || got != want {
				t.Fatalf("step %d (%s, cursor %d): OneStep.run = %x, %v; stf claim %x", info.Index, label, cursor, got, err, want)
			}
			gas[label] = append(gas[label], g)
			pg := partGas[label]
			if pg == nil {
				pg = map[string]uint64{}
				partGas[label] = pg
			}
			for k, v := range evm.Parts {
				pg[k] += v
			}
			pg["smt"] += smtGas(t, smt, proof)
			steps++
			if r.IntN(4) == 0 {
				tampered += checkTampered(t, evm, pre, cursor, info.Index, proof, label)
			}
			pre, cursor = *info.Roots, info.Cursor
		}
	}
	keys := make([]string, 0, len(coverage))
	for k := range coverage {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var sum uint64
		for _, g := range gas[k] {
			sum += g
		}
		if len(gas[k]) > 0 {
			sum /= uint64(len(gas[k]))
		}
		n := max(uint64(len(gas[k])), 1)
		pg := partGas[k]
		t.Logf("%-44s %5d steps, %5d run, gas: total %7d = inbox %5d + openings %6d + ecrecover %4d + SMT walks %5d + rest %5d",
			k, coverage[k], len(gas[k]), sum, pg["inbox"]/n, pg["openings"]/n, pg["ecrecover"]/n, pg["smt"]/n,
			int64(sum)-int64((pg["inbox"]+pg["openings"]+pg["ecrecover"]+pg["smt"])/n))
	}
	t.Logf("%d steps checked, %d tampered proofs reverted; generated: %v", steps, tampered, h.labels)
	if noTxLib > 0 {
		defer t.Skipf("%d transaction steps not checked: contracts/TxLib.sol is the placeholder (the txlib branch has not landed); every other step was", noTxLib)
	}
	for _, want := range []string{"deposit", "marker", "no-op", "end-of-row", "bad-length", "beyond-rows",
		"tx applied=true ", "tx applied=false nonce", "tx applied=false insufficient-funds",
		"forced-tx applied=true ", "forced-tx applied=false nonce"} {
		if coverage[want] == 0 {
			t.Errorf("no step of kind %q (coverage %v)", want, coverage)
		}
	}
}

// smtGas is the gas of the SMT walks a step's proof makes, measured with
// contracts/SMT.sol on the same proofs: the last proof of a step that ends
// with a read only (a no-op transaction reads its sender) is walked once,
// every other proof twice (check, then update).
func smtGas(t *testing.T, e *provertest.EVMSMT, proof []byte) uint64 {
	in, err := DecodeStepInput(proof)
	if err != nil {
		t.Fatal(err)
	}
	return e.WalksGas(in.Proofs)
}

func items0(items []l1.QueueItem, end uint64) uint64 { return end - uint64(len(items)) }

// checkTampered runs the step with each applicable tampering of its proof;
// every one must revert. It returns the number run.
func checkTampered(t *testing.T, evm *provertest.EVMStep, pre state.Roots, cursor, step uint64, proof []byte, label string) int {
	t.Helper()
	type tamper struct {
		name string
		f    func(in *StepInput) bool // false: not applicable
	}
	tampers := []tamper{
		{"batch field", func(in *StepInput) bool { in.Batch.L1Timestamp++; return true }},
		{"opening value", func(in *StepInput) bool {
			if len(in.Values) == 0 {
				return false
			}
			in.Values[len(in.Values)-1][31] ^= 1
			return true
		}},
		{"opening proof", func(in *StepInput) bool {
			if len(in.Openings) == 0 {
				return false
			}
			in.Openings[len(in.Openings)-3] ^= 1
			return true
		}},
		{"commitment proof", func(in *StepInput) bool {
			if len(in.RowProof) == 0 {
				return false
			}
			in.RowProof[len(in.RowProof)-1][7] ^= 1
			return true
		}},
		{"blob core", func(in *StepInput) bool {
			if len(in.Values) == 0 {
				return false
			}
			in.Blob.Size++
			return true
		}},
		{"SMT sibling", func(in *StepInput) bool {
			for i := range in.Proofs {
				if n := len(in.Proofs[i].Siblings); n > 0 {
					in.Proofs[i].Siblings[n-1][3] ^= 1
					return true
				}
			}
			return false
		}},
		{"account witness", func(in *StepInput) bool {
			if len(in.Accounts) == 0 {
				return false
			}
			in.Accounts[0].Balance = new(big.Int).Add(in.Accounts[0].Balance, big.NewInt(1))
			return true
		}},
		{"queue item", func(in *StepInput) bool {
			if in.Item.Kind != uint8(l1.ItemDeposit) || in.Item.To == (common.Address{}) {
				return false
			}
			in.Item.Value = new(big.Int).Add(in.Item.Value, big.NewInt(1))
			return true
		}},
		{"queue data", func(in *StepInput) bool {
			if len(in.Data) == 0 {
				return false
			}
			in.Data[len(in.Data)-1] ^= 1
			return true
		}},
	}
	n := 0
	// The same proof at a step outside its batch.
	in, err := DecodeStepInput(proof)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := evm.Run(pre, cursor, in.Batch.StepsEnd, proof); err == nil || err.Error() != "revert StepOutOfBatch" {
		t.Fatalf("step %d: proof run at step %d: %v, want StepOutOfBatch", step, in.Batch.StepsEnd, err)
	}
	n++
	for _, tc := range tampers {
		in, err := DecodeStepInput(proof)
		if err != nil {
			t.Fatalf("step %d: DecodeStepInput of BuildStep's output: %v", step, err)
		}
		if !tc.f(in) {
			continue
		}
		bad, err := EncodeStepInput(in)
		if err != nil {
			t.Fatal(err)
		}
		if got, _, err := evm.Run(pre, cursor, step, bad); err == nil {
			t.Fatalf("step %d (%s): tampered %s returned %x, want a revert", step, label, tc.name, got)
		} else if !strings.HasPrefix(err.Error(), "revert ") {
			t.Fatalf("step %d: %v", step, err)
		}
		n++
	}
	return n
}

// TestBuildStepRejects: BuildStep refuses a source that does not describe
// the step.
func TestBuildStepRejects(t *testing.T) {
	p := stf.Params{ChainID: rollup.DevChainID, BaseFee: 1e9, MaxRecord: l1.MaxRecord}
	quire := l1.Batch{Index: 1, Kind: l1.KindQuire, K: 1, DataRef: common.Hash{1}, RecordCount: 2, QueueStart: 0, QueueEnd: 1, StepsStart: 10, StepsEnd: 13}
	hdr := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, K: 1}, Commitments: make([]dac.Commitment, 2)}
	for _, tc := range []struct {
		name string
		src  StepSource
		step uint64
	}{
		{"before the batch", StepSource{Params: p, Batch: quire}, 9},
		{"after the batch", StepSource{Params: p, Batch: quire}, 13},
		{"queue item missing", StepSource{Params: p, Batch: quire}, 10},
		{"queue item of another index", StepSource{Params: p, Batch: quire, Queue: []l1.QueueItem{{Index: 5}}}, 10},
		{"no header", StepSource{Params: p, Batch: quire}, 11},
		{"header of another blob", StepSource{Params: p, Batch: quire, Header: hdr}, 11},
		{"record of a forced batch", StepSource{Params: p, Batch: l1.Batch{Kind: l1.KindForced, StepsStart: 0, StepsEnd: 2, RecordCount: 2}}, 0},
	} {
		_, err := BuildStep(nil, &tc.src, state.New(state.NewMemStore()), 0, tc.step)
		if !errors.Is(err, ErrStepSource) {
			t.Errorf("%s: err %v, want ErrStepSource", tc.name, err)
		}
	}
}
