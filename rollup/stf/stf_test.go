package stf

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/txn"
)

var testP = ParamsOf(rollup.DevConfig())

func key(i int) *ecdsa.PrivateKey {
	var b [32]byte
	b[31] = byte(i + 1)
	b[0] = 0x51
	k, err := crypto.ToECDSA(b[:])
	if err != nil {
		panic(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

var l2Chain = big.NewInt(rollup.DevChainID)

func transfer(k *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, legacy bool) []byte {
	var inner types.TxData = &types.DynamicFeeTx{ChainID: l2Chain, Nonce: nonce, GasTipCap: big.NewInt(1e8),
		GasFeeCap: big.NewInt(3e9), Gas: 21000, To: &to, Value: value}
	if legacy {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(2e9), Gas: 21000, To: &to, Value: value}
	}
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(l2Chain), inner)
	if err != nil {
		panic(err)
	}
	b, _ := tx.MarshalBinary()
	return b
}

func ether(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e18)).Int(nil)
	return v
}

func u256(b *big.Int) *uint256.Int { v, _ := uint256.FromBig(b); return v }

func makeBatch(t testing.TB, idx, stepsStart uint64, queue []QueueItem, bodies [][]byte, extra uint64) *Batch {
	w := batch.NewWriter(1, testP.MaxRecord)
	for _, b := range bodies {
		if err := w.Add(b); err != nil {
			t.Fatal(err)
		}
	}
	return &Batch{Index: idx, L1Block: 100 + idx, L1Time: 1_000 + 12*idx, StepsStart: stepsStart, Queue: queue,
		RecordCount: w.RecordCount() + extra, Payload: batch.FromBytes(w.Bytes(), 1)}
}

// scenario builds two batches exercising every step kind.
func scenario(t testing.TB) []*Batch {
	a, b, c := key(0), key(1), key(2)
	q1 := []QueueItem{
		{Index: 0, Kind: QueueDeposit, To: addr(a), Value: u256(ether(10))},
		{Index: 1, Kind: QueueDeposit, To: addr(b), Value: u256(ether(1))},
		{Index: 2, Kind: QueueForcedTx, Tx: transfer(b, 0, addr(c), ether(0.5), false)},
		{Index: 3, Kind: QueueForcedTx, Tx: transfer(b, 0, addr(c), ether(0.5), false)}, // replay: nonce no-op
	}
	badChain, _ := types.SignNewTx(a, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{ChainID: big.NewInt(1337),
		Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2e9), Gas: 21000, To: &common.Address{9}, Value: big.NewInt(1)})
	badChainRaw, _ := badChain.MarshalBinary()
	r1 := [][]byte{
		Marker{Time: 2000, L1Origin: 99}.Encode(),
		transfer(a, 0, addr(c), ether(1), false),
		transfer(a, 1, addr(b), ether(2), true),
		transfer(a, 1, addr(b), ether(2), true), // replay
		badChainRaw,
		transfer(c, 0, rollup.WithdrawalAddress, ether(0.25), false),
		{0xB1, 1, 2}, // short marker: no-op
		{0x77, 1},    // unknown kind: no-op
		Marker{Time: 2001, L1Origin: 99}.Encode(),
		transfer(b, 1, addr(b), ether(0.1), false), // self transfer
		transfer(c, 1, addr(a), ether(100), false), // insufficient funds
		transfer(a, 2, testP.FeeRecipient, ether(1), false),
	}
	b1 := makeBatch(t, 1, 0, q1, r1, 2) // two over-declared records
	// Batch 2: no marker before its first tx -> implicit block; a deposit.
	q2 := []QueueItem{{Index: 4, Kind: QueueDeposit, To: addr(c), Value: u256(ether(3))}}
	r2 := [][]byte{transfer(c, 1, addr(a), ether(1), false)}
	b2 := makeBatch(t, 2, b1.StepsEnd(), q2, r2, 0)
	return []*Batch{b1, b2}
}

func runScenario(t testing.TB, opt Options) (*state.State, []*Result) {
	st := state.New(state.NewMemStore())
	_, head := Genesis(testP)
	var out []*Result
	for _, b := range scenario(t) {
		res, err := ApplyBatch(testP, st, head, b, opt)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Commit(); err != nil {
			t.Fatal(err)
		}
		head = res.Head
		out = append(out, res)
	}
	return st, out
}

func TestScenario(t *testing.T) {
	st, res := runScenario(t, Options{StepRoots: true})
	a, b, c := addr(key(0)), addr(key(1)), addr(key(2))
	r1 := res[0]
	wantKinds := []string{"deposit", "deposit", "forced-tx", "forced-tx", "marker", "tx", "tx", "tx", "tx", "tx", "no-op", "no-op",
		"marker", "tx", "tx", "tx", "no-op", "no-op"}
	wantApplied := []bool{true, true, true, false, false, true, true, false, false, true, false, false, false, true, false, true, false, false}
	wantReason := map[int]string{3: "nonce", 7: "nonce", 8: "chain-id", 14: "insufficient-funds"}
	if len(r1.Steps) != len(wantKinds) {
		t.Fatalf("%d steps, want %d", len(r1.Steps), len(wantKinds))
	}
	for i, s := range r1.Steps {
		if s.Kind.String() != wantKinds[i] || s.Applied != wantApplied[i] || s.Reason != wantReason[i] || s.Index != uint64(i) {
			t.Errorf("step %d: %s applied=%v reason=%q", i, s.Kind, s.Applied, s.Reason)
		}
	}
	if last := r1.Steps[len(r1.Steps)-1]; last.Cursor != 0 {
		t.Fatal("last step's cursor is not 0")
	}
	// Blocks: two markers; queue steps go in the first.
	if len(r1.Blocks) != 2 || r1.Blocks[0].Time != 2000 || r1.Blocks[0].L1Origin != 99 || len(r1.Blocks[0].Txs) != 4 ||
		len(r1.Blocks[1].Txs) != 2 || r1.Blocks[0].FirstStep != 0 || r1.Blocks[0].EndStep != 12 || r1.Blocks[1].EndStep != 18 {
		t.Fatalf("blocks: %+v", r1.Blocks)
	}
	if r1.Blocks[0].Receipts[0].Step != 2 || r1.Blocks[0].Receipts[1].Step != 5 {
		t.Fatalf("receipt steps %d %d", r1.Blocks[0].Receipts[0].Step, r1.Blocks[0].Receipts[1].Step)
	}
	r2 := res[1]
	if len(r2.Blocks) != 1 || r2.Blocks[0].Time != 1024 || r2.Blocks[0].L1Origin != 102 || r2.Blocks[0].Number != 3 ||
		r2.Blocks[0].Header.ParentHash != r1.Head.Hash {
		t.Fatalf("implicit block: %+v", r2.Blocks[0])
	}
	// Balances: every amount by hand.
	fee := func(price int64, n int64) *big.Int { return new(big.Int).Mul(big.NewInt(21000*price), big.NewInt(n)) }
	price2 := int64(1e9 + 1e8) // min(3 gwei, 1 gwei + 0.1 gwei)
	wantA := new(big.Int).Sub(ether(10), ether(1+2+1))
	wantA.Sub(wantA, fee(price2, 2)).Sub(wantA, fee(2e9, 1)).Add(wantA, ether(1))
	wantB := new(big.Int).Sub(ether(1), ether(0.5))
	wantB.Add(wantB, ether(2)).Sub(wantB, fee(price2, 2))
	wantC := new(big.Int).Add(ether(0.5), ether(1))
	wantC.Sub(wantC, ether(0.25)).Sub(wantC, fee(price2, 2)).Add(wantC, ether(3)).Sub(wantC, ether(1))
	wantFee := new(big.Int).Add(fee(price2, 6), fee(2e9, 1))
	wantFee.Add(wantFee, ether(1))
	for _, x := range []struct {
		a     common.Address
		bal   *big.Int
		nonce uint64
	}{{a, wantA, 3}, {b, wantB, 2}, {c, wantC, 2}, {testP.FeeRecipient, wantFee, 0}} {
		acc, err := st.Account(x.a)
		if err != nil || acc.Balance.ToBig().Cmp(x.bal) != 0 || acc.Nonce != x.nonce {
			t.Errorf("%s: balance %s nonce %d, want %s nonce %d (%v)", x.a, acc.Balance.Dec(), acc.Nonce, x.bal, x.nonce, err)
		}
	}
	// Accounting: deposits = balances + withdrawals.
	total := new(big.Int).Add(wantA, wantB)
	total.Add(total, wantC).Add(total, wantFee).Add(total, ether(0.25))
	if total.Cmp(ether(14)) != 0 {
		t.Fatalf("accounting: %s != 14 ether", total)
	}
	w, ok, err := st.Withdrawal(c, 0)
	if err != nil || !ok || w.Amount.ToBig().Cmp(ether(0.25)) != 0 {
		t.Fatalf("withdrawal: %+v %v %v", w, ok, err)
	}
	// Proofs at the end state verify.
	roots := st.Roots()
	acc, p, err := st.ProveAccount(a)
	if err != nil || !state.Verify(roots.State, state.AccountKey(a), acc.Leaf(), p) {
		t.Fatalf("account proof: %v", err)
	}
	wp, _ := st.ProveWithdrawal(c, 0)
	if !state.Verify(roots.Withdrawals, w.Key(), w.Leaf(), wp) {
		t.Fatal("withdrawal proof")
	}
	if res[1].Output != OutputRoot(roots, res[1].Head.Hash) {
		t.Fatal("output root")
	}
}

// TestHeadersMatchGeth rebuilds every block with go-ethereum's types
// (transactions decoded by go-ethereum, types.NewBlock) and compares the
// roots and the hash.
func TestHeadersMatchGeth(t *testing.T) {
	_, res := runScenario(t, Options{})
	for _, r := range res {
		for _, blk := range r.Blocks {
			var txs types.Transactions
			var rcpts types.Receipts
			for i, tx := range blk.Txs {
				g := new(types.Transaction)
				if err := g.UnmarshalBinary(tx.Raw); err != nil {
					t.Fatal(err)
				}
				txs = append(txs, g)
				rcpts = append(rcpts, &types.Receipt{Type: g.Type(), Status: 1, CumulativeGasUsed: 21000 * uint64(i+1)})
			}
			h := types.CopyHeader(blk.Header)
			gb := types.NewBlock(h, &types.Body{Transactions: txs}, rcpts, trie.NewStackTrie(nil))
			if gb.Hash() != blk.Hash || gb.TxHash() != blk.Header.TxHash || gb.ReceiptHash() != blk.Header.ReceiptHash {
				t.Fatalf("block %d: hash %s, geth %s", blk.Number, blk.Hash, gb.Hash())
			}
			if len(txs) == 0 && blk.Header.TxHash != types.EmptyTxsHash {
				t.Fatal("empty block without the empty root")
			}
		}
	}
}

func TestStepRootsAndReplay(t *testing.T) {
	stFast, fast := runScenario(t, Options{})
	_, slow := runScenario(t, Options{StepRoots: true})
	for i := range fast {
		if fast[i].Output != slow[i].Output || fast[i].Head != slow[i].Head {
			t.Fatal("StepRoots changes the result")
		}
	}
	_ = stFast
	// Replay from the genesis checkpoint to each step of batch 1 gives the
	// recorded roots; proofs of the sender verify against them.
	store := state.NewMemStore()
	bs := scenario(t)
	for n := uint64(1); n <= uint64(len(slow[0].Steps)); n++ {
		st := state.New(store)
		if err := Replay(testP, st, bs[0], n); err != nil {
			t.Fatal(err)
		}
		want := *slow[0].Steps[n-1].Roots
		if st.Roots() != want {
			t.Fatalf("replay to %d: roots differ", n)
		}
		a := addr(key(0))
		acc, p, err := st.ProveAccount(a)
		if err != nil || !state.Verify(want.State, state.AccountKey(a), acc.Leaf(), p) {
			t.Fatalf("proof at step %d", n)
		}
	}
}

func TestDeterministicOnRandomPayloads(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 5))
	for trial := 0; trial < 30; trial++ {
		blob := make([]byte, 31*r.IntN(4096))
		for i := range blob {
			blob[i] = byte(r.Uint32())
			if r.IntN(8) == 0 {
				blob[i] = 0
			}
		}
		b := &Batch{Index: 1, RecordCount: uint64(r.IntN(4097)), Payload: batch.FromBytes(blob, 1)}
		var outs [2]string
		for i := range outs {
			st := state.New(state.NewMemStore())
			_, head := Genesis(testP)
			res, err := ApplyBatch(testP, st, head, b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			j, _ := json.Marshal(res)
			outs[i] = string(j)
		}
		if outs[0] != outs[1] {
			t.Fatal("two runs differ")
		}
	}
}

// TestDecodeHook: a node-supplied decoder (here a cache filled ahead of
// time, as parallel workers would) gives the same result as txn.Decode.
func TestDecodeHook(t *testing.T) {
	_, want := runScenario(t, Options{})
	cache := map[string]*txn.Tx{}
	calls := 0
	p := testP
	p.Decode = func(raw []byte, tp txn.Params) (*txn.Tx, error) {
		calls++
		if tx, ok := cache[string(raw)]; ok {
			return tx, nil
		}
		return txn.Decode(raw, tp)
	}
	for _, b := range scenario(t) {
		for _, in := range b.Inputs(p.MaxRecord) {
			if in.Record != nil && in.Record.Kind == batch.KindBody {
				if tx, err := txn.Decode(in.Record.Body, p.txParams()); err == nil {
					cache[string(in.Record.Body)] = tx
				}
			}
		}
	}
	st := state.New(state.NewMemStore())
	_, head := Genesis(p)
	for i, b := range scenario(t) {
		res, err := ApplyBatch(p, st, head, b, Options{})
		if err != nil || res.Output != want[i].Output {
			t.Fatalf("batch %d: output differs with the decode hook (%v)", i, err)
		}
		head = res.Head
	}
	if calls == 0 {
		t.Fatal("hook not called")
	}
}

func TestRecordCountBound(t *testing.T) {
	st := state.New(state.NewMemStore())
	b := &Batch{Index: 1, RecordCount: 4097, Payload: batch.FromBytes(nil, 1)}
	if _, err := ApplyBatch(testP, st, Head{}, b, Options{}); !errors.Is(err, ErrRecordCount) {
		t.Fatalf("recordCount 4097 over one row: %v", err)
	}
	b.RecordCount = 4096
	res, err := ApplyBatch(testP, st, Head{}, b, Options{})
	if err != nil || len(res.Steps) != 4096 || len(res.Blocks) != 1 {
		t.Fatalf("4096 end-of-row records: %v", err)
	}
}

func FuzzStep(f *testing.F) {
	f.Add([]byte{0, 17, 0xB1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2}, uint16(3))
	f.Add(append([]byte{0, 120}, transfer(key(0), 0, common.Address{1}, big.NewInt(1), false)...), uint16(2))
	f.Fuzz(func(t *testing.T, blob []byte, count uint16) {
		if len(blob) > 31*4096 {
			return
		}
		st := state.New(state.NewMemStore())
		_ = st.SetAccount(addr(key(0)), state.Account{Balance: *uint256.NewInt(1e18)})
		_, head := Genesis(testP)
		b := &Batch{Index: 1, RecordCount: uint64(count % 512), Payload: batch.FromBytes(blob, 1)}
		res, err := ApplyBatch(testP, st, head, b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if uint64(len(res.Steps)) != b.StepsEnd()-b.StepsStart {
			t.Fatal("step count")
		}
	})
}
