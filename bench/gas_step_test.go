package bench

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/prover/provertest"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// targetStep bounds the one-step proof of a transfer (issue 14: at most
// 400,000 gas, whole transaction).
const targetStep = 400_000

// stepAccounts is the number of funded accounts in the measured state
// tree (proofs of about log2 of it siblings).
const stepAccounts = 1000

// stepGas is one measured OneStep.run.
type stepGas struct {
	name, note string
	exec       uint64 // execution gas of the call
	tx         uint64 // as a transaction: intrinsic (21,000 + calldata, EIP-7623 floor) + exec
	intrinsic  uint64
	inbox      uint64 // RollupInbox calls (batch and queue hashes, chain ID, MAX_RECORD)
	openings   uint64 // 0x0a point evaluations + 0x02 versioned hashes
	ecrecover  uint64 // 0x01
	decode     uint64 // TxLib.decode behind TxDecoder on the same bytes, ecrecover included (0 for a deposit)
	smt        uint64 // SMT walks: SMT.sol's computeRoot on the same proofs, keys and leaves
	target     uint64
}

// rest is the part of exec outside the call frames and the SMT walks:
// transaction decode (without ecrecover), the row's commitment proof and
// OneStep's own bookkeeping.
func (s stepGas) rest() int64 {
	return int64(s.exec) - int64(s.inbox+s.openings+s.ecrecover+s.smt)
}

// touch is one account or withdrawal slot a step reads with a proof, in
// the proof's order (prover's witness: sender, recipient or withdrawal
// slot, fee recipient; a deposit's recipient).
type touch struct {
	key      state.Hash
	readOnly bool // a no-op reads its sender only: one walk, not two
}

// stepScenario is two batches on a tree of stepAccounts accounts: batch 1
// (forced) funds them; batch 2 (a blob of one row, real KZG openings on
// Ethereum's setup) holds a deposit and a forced transfer in its queue
// and four records: an EIP-1559 transfer, a legacy transfer, a withdrawal
// and a transaction with a wrong nonce (a no-op).
type stepScenario struct {
	p     stf.Params
	kctx  *kzg.Context
	src   *prover.StepSource
	store state.Store
	pre   state.Roots // before batch 2
	res   *stf.Result // batch 2 with step roots
	names []string    // per step of batch 2
	notes []string
	// What the inbox holds: batches 0..2 and the queue.
	batches []l1.Batch
	queue   []l1.QueueItem
	raw     [][]byte  // per step of batch 2: the transaction's bytes (nil for a deposit)
	touches [][]touch // per step of batch 2
}

func signedTx(k *ecdsa.PrivateKey, chain *big.Int, nonce uint64, to common.Address, value *big.Int, legacy bool) []byte {
	var inner types.TxData = &types.DynamicFeeTx{ChainID: chain, Nonce: nonce, GasTipCap: big.NewInt(1e8),
		GasFeeCap: big.NewInt(3e9), Gas: 21000, To: &to, Value: value}
	if legacy {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(2e9), Gas: 21000, To: &to, Value: value}
	}
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(chain), inner)
	if err != nil {
		panic(err)
	}
	b, err := tx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

func newStepScenario(tb testing.TB) *stepScenario {
	tb.Helper()
	kctx, err := kzg.Default()
	if err != nil {
		tb.Fatal(err)
	}
	p := stf.Params{ChainID: rollup.DevChainID, BaseFee: 1e9, FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		MaxRecord: l1.MaxRecord, BlockGasLimit: 30_000_000, GenesisTime: 1}
	chain := new(big.Int).SetUint64(p.ChainID)
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		keys[i] = ecdsaKey(tb, 40+i)
	}
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(keys[i].PublicKey) }
	s := &stepScenario{p: p, kctx: kctx, store: state.NewMemStore()}
	st := state.New(s.store)
	_, head := stf.Genesis(p)

	// Batch 1: deposits to the keys and to stepAccounts-3 other accounts.
	var q1 []l1.QueueItem
	for i := range stepAccounts {
		to := common.BigToAddress(big.NewInt(int64(0x10000 + i)))
		if i < len(keys) {
			to = addr(i)
		}
		q1 = append(q1, l1.QueueItem{Index: uint64(i), Kind: l1.ItemDeposit, L1Sender: common.Address{9}, To: to,
			Value: big.NewInt(1e18), L1Block: 1, Timestamp: 100})
	}
	b1 := &stf.Batch{Index: 1, L1Block: 1, L1Time: 500, Queue: stfQueue(q1)}
	r1, err := stf.ApplyBatch(p, st, head, b1, stf.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if s.pre, err = st.Commit(); err != nil {
		tb.Fatal(err)
	}
	genesis := l1.GenesisBatch(0)
	lb1 := l1.Batch{Index: 1, PrevHash: genesis.Hash(), Kind: l1.KindForced, QueueStart: 0, QueueEnd: stepAccounts,
		StepsStart: 0, StepsEnd: stepAccounts, L2BlockStart: 0, L2BlockEnd: 1, L1Timestamp: 500}

	// Batch 2.
	forced := signedTx(keys[2], chain, 0, addr(0), big.NewInt(3e15), false)
	q2 := []l1.QueueItem{
		{Index: stepAccounts, Kind: l1.ItemDeposit, L1Sender: common.Address{9}, To: addr(1), Value: big.NewInt(2e17), L1Block: 2, Timestamp: 101},
		{Index: stepAccounts + 1, Kind: l1.ItemForcedTx, L1Sender: addr(2), Data: forced, DataHash: crypto.Keccak256Hash(forced),
			Value: new(big.Int), L1Block: 2, Timestamp: 101},
	}
	bodies := [][]byte{
		signedTx(keys[0], chain, 0, addr(1), big.NewInt(1e15), false),
		signedTx(keys[1], chain, 0, common.BigToAddress(big.NewInt(0x10005)), big.NewInt(1e15), true),
		signedTx(keys[0], chain, 1, rollup.WithdrawalAddress, big.NewInt(1e16), false),
		signedTx(keys[1], chain, 7, addr(0), big.NewInt(1e15), false),
	}
	w := batch.NewWriter(1, p.MaxRecord)
	for _, b := range bodies {
		if err := w.Add(b); err != nil {
			tb.Fatal(err)
		}
	}
	blob := w.Bytes()
	sq, err := kctx.Encode(blob)
	if err != nil {
		tb.Fatal(err)
	}
	hdr := &dac.Header{Core: dac.HeaderCore{Version: dac.FormatVersion, ChainID: 1, Size: uint64(len(blob)),
		K: uint32(sq.K), CommitmentsRoot: sq.Root}, Commitments: sq.Commitments}
	lb2 := l1.Batch{Index: 2, PrevHash: lb1.Hash(), Kind: l1.KindQuire, DataRef: common.Hash(hdr.BlobID()), K: uint32(sq.K),
		RecordCount: w.RecordCount(), QueueStart: stepAccounts, QueueEnd: stepAccounts + 2, StepsStart: stepAccounts,
		L2BlockStart: 1, L2BlockEnd: 2, L1Timestamp: 501}
	lb2.StepsEnd = lb2.StepsStart + 2 + lb2.RecordCount
	s.src = &prover.StepSource{Params: p, Batch: lb2, Queue: q2, Header: hdr, Blob: blob}
	b2 := &stf.Batch{Index: 2, L1Block: 2, L1Time: 501, StepsStart: stepAccounts, Queue: stfQueue(q2),
		RecordCount: lb2.RecordCount, Payload: batch.FromBytes(blob, sq.K)}
	s.res, err = stf.ApplyBatch(p, state.Open(s.store, s.pre), r1.Head, b2, stf.Options{StepRoots: true})
	if err != nil {
		tb.Fatal(err)
	}
	s.names = []string{"deposit", "forced transaction", "transfer, EIP-1559", "transfer, legacy", "withdrawal", "invalid transaction"}
	s.notes = []string{"credits an existing account", "applied transfer from the L1 queue", "applied, to an existing account",
		"applied, to an existing account", "applied transfer to W: adds a withdrawal", "wrong nonce: a no-op"}
	if len(s.res.Steps) != len(s.names) {
		tb.Fatalf("batch 2 has %d steps, want %d", len(s.res.Steps), len(s.names))
	}
	for i, info := range s.res.Steps {
		if wantApplied := i != 5; info.Applied != wantApplied {
			tb.Fatalf("step %d (%s): applied %v (%s)", i, s.names[i], info.Applied, info.Reason)
		}
	}
	if s.res.Roots.Withdrawals == s.pre.Withdrawals {
		tb.Fatal("the withdrawal step added no withdrawal")
	}
	s.raw = append([][]byte{nil, forced}, bodies...)
	acct := func(a common.Address) touch { return touch{key: state.AccountKey(a)} }
	fee := acct(p.FeeRecipient)
	s.touches = [][]touch{
		{acct(addr(1))},
		{acct(addr(2)), acct(addr(0)), fee},
		{acct(addr(0)), acct(addr(1)), fee},
		{acct(addr(1)), acct(common.BigToAddress(big.NewInt(0x10005))), fee},
		{acct(addr(0)), {key: state.WithdrawalKey(addr(0), 1)}, fee},
		{{key: state.AccountKey(addr(1)), readOnly: true}},
	}
	s.batches = []l1.Batch{genesis, lb1, lb2}
	s.queue = append(q1, q2...)
	return s
}

func stfQueue(items []l1.QueueItem) []stf.QueueItem {
	out := make([]stf.QueueItem, len(items))
	for i, it := range items {
		out[i] = sequencer.QueueItemOf(it)
	}
	return out
}

// measureSteps builds the one-step proof of each step of batch 2 with
// prover.BuildStep, runs it through OneStep.run in provertest's EVM and
// checks the claim against the STF's.
func measureSteps(tb testing.TB) []stepGas {
	s := newStepScenario(tb)
	evm := provertest.NewEVMStep(tb, s.p)
	for i := range s.batches {
		evm.StoreBatch(&s.batches[i])
	}
	evm.StoreQueue(s.queue)
	dec := provertest.NewEVMTxDecoder(tb)
	smt := provertest.NewEVMSMT(tb)
	rules := params.MergedTestChainConfig.Rules(big.NewInt(1), true, 1)
	bld := state.Open(s.store, s.pre)
	pre, cursor := s.pre, uint64(0)
	var out []stepGas
	for i, info := range s.res.Steps {
		proof, err := prover.BuildStep(s.kctx, s.src, bld, cursor, info.Index)
		if err != nil {
			tb.Fatalf("%s: BuildStep: %v", s.names[i], err)
		}
		want, _ := info.Claim()
		got, exec, err := evm.Run(pre, cursor, info.Index, proof)
		if err != nil || got != want {
			tb.Fatalf("%s: OneStep.run = %x, %v; STF claim %x", s.names[i], got, err, want)
		}
		data := evm.RunInput(pre, cursor, info.Index, proof)
		to := common.Address{0xaa}
		in, err := core.IntrinsicGas(data, nil, nil, common.Address{}, &to, new(uint256.Int), rules)
		if err != nil {
			tb.Fatal(err)
		}
		floor, err := core.FloorDataGas(rules, common.Address{}, &to, new(uint256.Int), data, nil)
		if err != nil {
			tb.Fatal(err)
		}
		g := stepGas{name: s.names[i], note: s.notes[i], exec: exec, intrinsic: in, tx: max(in+exec, floor),
			inbox: evm.Parts[provertest.PartInbox], openings: evm.Parts[provertest.PartOpenings], ecrecover: evm.Parts[provertest.PartEcrecover]}
		g.smt = walksGas(tb, smt, proof, s.touches[i], pre)
		if raw := s.raw[i]; raw != nil {
			g.decode = dec.Decode(raw, s.p.ChainID, s.p.BaseFee)
		}
		if strings.HasPrefix(g.name, "transfer") {
			g.target = targetStep
		}
		out = append(out, g)
		pre, cursor = *info.Roots, info.Cursor
	}
	return out
}

// walksGas is the gas of the SMT walks OneStep makes for a step: per
// proof, the check of the read leaf against the root and (unless the
// step only reads it) the computation of the root with the new leaf,
// each measured as SMT.sol's computeRoot behind an external call on the
// same proof, key and leaf (the walk's length depends on the proof's
// lowest sibling level and, for a proof of absence, on the key).
func walksGas(tb testing.TB, e *provertest.EVMSMT, proof []byte, touches []touch, pre state.Roots) uint64 {
	tb.Helper()
	in, err := prover.DecodeStepInput(proof)
	if err != nil {
		tb.Fatal(err)
	}
	if len(in.Proofs) != len(touches) {
		tb.Fatalf("step proof has %d SMT proofs, the scenario lists %d", len(in.Proofs), len(touches))
	}
	var sum uint64
	for i, p := range in.Proofs {
		a := state.Account{Nonce: in.Accounts[i].Nonce}
		a.Balance.SetFromBig(in.Accounts[i].Balance)
		root, gas, ok := e.ComputeRoot(touches[i].key, a.Leaf(), p)
		if !ok {
			tb.Fatalf("SMT walk %d reverted", i)
		}
		if i == 0 && root != pre.State {
			tb.Fatalf("SMT walk 0 gives root %x, pre-state %x: wrong key for the proof", root, pre.State)
		}
		sum += gas
		if !touches[i].readOnly {
			_, gas, ok = e.ComputeRoot(touches[i].key, [32]byte{1}, p)
			if !ok {
				tb.Fatalf("SMT update walk %d reverted", i)
			}
			sum += gas
		}
	}
	return sum
}

func checkStepGas(t *testing.T, rows []stepGas) {
	for _, r := range rows {
		t.Logf("step %s: tx %d = intrinsic %d + exec %d (inbox %d, openings %d, ecrecover %d, SMT %d, rest %d; decode alone %d)",
			r.name, r.tx, r.intrinsic, r.exec, r.inbox, r.openings, r.ecrecover, r.smt, r.rest(), r.decode)
		if r.target > 0 && r.tx > r.target {
			t.Errorf("one-step proof of a %s costs %d gas, target %d", r.name, r.tx, r.target)
		}
	}
}

func stepGasTable(rows []stepGas) string {
	var b strings.Builder
	fmt.Fprintf(&b, `## One-step proofs (contracts/OneStep.sol run), Osaka rules

Each row is one step of a batch built by bench/gas_step_test.go: a state
tree of %s accounts, a blob of one row encoded with Ethereum's KZG setup,
the proof built by prover.BuildStep, run through the real OneStep and
RollupInbox in go-ethereum's core/vm/runtime (rollup/prover/provertest),
its claim checked against the STF's. "tx" is OneStep.run as a
transaction: intrinsic (21,000 + calldata, or the EIP-7623 floor when
higher) + execution. The parts are measured on the call frames with an
EVM tracer (OnEnter/OnExit): "binding" is the calls into RollupInbox
(batch or queue-item hash, chain ID, MAX_RECORD), "openings" the 0x0a
point evaluations and 0x02 versioned hashes (row binding: the row's
commitment against the batch's blob ID, and one opening per element the
record spans), "ecrecover" the 0x01 call. "SMT walks" (the two tree
updates of each account and withdrawal slot: check the read leaf against
the root, compute the root with the new leaf; a no-op only reads its
sender) is measured as SMT.sol's computeRoot behind an external call on
the same proofs, keys and leaves (so it carries that call's dispatch, a
few hundred gas per walk). "rest" is execution minus all of those:
transaction decoding without ecrecover, the commitment's Merkle proof,
and bookkeeping. "decode" is TxLib.decode alone on the same bytes (behind
contracts/TxDecoder.sol, ecrecover included), a separate call: it is
inside "rest" + "ecrecover", not added to them. RollupGame.step adds its
own checks and the game's resolution: see the game below. Target: the
one-step proof of a transfer at most %s gas.

| step | case | tx | target | intrinsic | execution | binding | openings | ecrecover | SMT walks | rest | decode (alone) |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
`, comma(stepAccounts), comma(targetStep))
	for _, r := range rows {
		target := ""
		if r.target > 0 {
			target = comma(r.target)
		}
		dec := "-"
		if r.decode > 0 {
			dec = comma(r.decode)
		}
		rest := comma(uint64(max(r.rest(), 0)))
		if r.rest() < 0 {
			rest = "-" + comma(uint64(-r.rest()))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", r.name, r.note, comma(r.tx), target,
			comma(r.intrinsic), comma(r.exec), comma(r.inbox), comma(r.openings), comma(r.ecrecover), comma(r.smt), rest, dec)
	}
	b.WriteString("\n")
	return b.String()
}

// BenchmarkBuildStep: one op builds the one-step proof of the EIP-1559
// transfer of stepScenario (prover.BuildStep: the row's commitment and
// its Merkle proof, KZG openings of the record's elements on Ethereum's
// setup, SMT proofs of sender, recipient and fee recipient) on a fresh
// view of the committed pre-state. CPU time (process, all goroutines) is
// reported beside wall time. The peer in the same run is the STF's
// replay of the whole 6-step batch with step roots (what the challenger's
// trace does to find the step).
func BenchmarkBuildStep(b *testing.B) {
	s := newStepScenario(b)
	st := state.Open(s.store, s.pre)
	const transfer = 2 // deposit, forced, then the EIP-1559 transfer
	for i := range transfer {
		if _, err := prover.BuildStep(s.kctx, s.src, st, 0, s.res.Steps[i].Index); err != nil {
			b.Fatal(err)
		}
	}
	pre, err := st.Commit()
	if err != nil {
		b.Fatal(err)
	}
	if pre != *s.res.Steps[transfer-1].Roots {
		b.Fatal("pre-state differs from the STF's")
	}
	g := s.res.Steps[transfer].Index
	run := func(name string, f func() error) {
		b.Run(name, func(b *testing.B) {
			cpu := disperserCPU()
			for b.Loop() {
				if err := f(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(disperserCPU()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
	run("transfer", func() error {
		_, err := prover.BuildStep(s.kctx, s.src, state.Open(s.store, pre), 0, g)
		return err
	})
	run("peer-stf-batch", func() error {
		b2 := &stf.Batch{Index: 2, L1Block: 2, L1Time: 501, StepsStart: stepAccounts, Queue: stfQueue(s.src.Queue),
			RecordCount: s.src.Batch.RecordCount, Payload: batch.FromBytes(s.src.Blob, int(s.src.Batch.K))}
		_, head := stf.Genesis(s.p)
		_, err := stf.ApplyBatch(s.p, state.Open(s.store, s.pre), head, b2, stf.Options{StepRoots: true})
		return err
	})
}
