package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// testBatch returns a batch with a deposit and a forced transaction in
// its queue, then a marker and rounds of records: a type-2 and a legacy
// transfer, a transfer signed for another chain, one with a broken
// signature, a malformed transaction and a record no step reads as a
// transaction. Each round's two good transfers are included.
func testBatch(tb testing.TB, p stf.Params, rounds int) *stf.Batch {
	tb.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce := uint64(0)
	w := batch.NewWriter(2, p.MaxRecord)
	add := func(body []byte) {
		if err := w.Add(body); err != nil {
			tb.Fatal(err)
		}
	}
	forced := signTransfer(tb, key, p, p.ChainID, nonce, false)
	nonce++
	add(stf.Marker{Time: p.GenesisTime + 1, L1Origin: 1}.Encode())
	for range rounds {
		add(signTransfer(tb, key, p, p.ChainID, nonce, false))
		add(signTransfer(tb, key, p, p.ChainID, nonce+1, true))
		nonce += 2
		add(signTransfer(tb, key, p, 1, nonce, false)) // wrong chain: a no-op
		bad := signTransfer(tb, key, p, p.ChainID, nonce, false)
		bad[len(bad)-5] ^= 0xff // another signature: another sender, or none
		add(bad)
		add([]byte{0x02, 0x01}) // malformed: a no-op
		add([]byte{0x55, 0x01}) // not a transaction: a no-op
	}
	return &stf.Batch{Index: 1, L1Block: 1, L1Time: p.GenesisTime + 1, RecordCount: w.RecordCount(),
		Payload: batch.FromBytes(w.Bytes(), 2),
		Queue: []stf.QueueItem{
			{Index: 0, Kind: stf.QueueDeposit, To: from, Value: uint256.NewInt(1e18)},
			{Index: 1, Kind: stf.QueueForcedTx, Tx: forced},
		}}
}

func signTransfer(tb testing.TB, key *ecdsa.PrivateKey, p stf.Params, chainID, nonce uint64, legacy bool) []byte {
	to := common.Address{0x42}
	var inner types.TxData = &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce,
		GasFeeCap: new(big.Int).SetUint64(p.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(5)}
	if legacy {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: new(big.Int).SetUint64(p.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(5)}
	}
	b, err := types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), inner).MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestPredecode checks that recovering senders ahead of the state
// transition, on one goroutine or several, changes nothing: the batch
// gives the same result (steps, no-op reasons, blocks, roots at every
// step) with and without it; and the decoder it returns answers a request
// it did not predict exactly as txn.Decode does.
func TestPredecode(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	for _, tc := range []struct {
		rounds, workers int
	}{{1, 1}, {1, 4}, {200, 1}, {200, 3}, {200, 16}} {
		t.Run(fmt.Sprintf("rounds=%d/workers=%d", tc.rounds, tc.workers), func(t *testing.T) {
			b := testBatch(t, p, tc.rounds)
			_, head := stf.Genesis(p)
			apply := func(p stf.Params) *stf.Result {
				res, err := stf.ApplyBatch(p, state.New(state.NewMemStore()), head, b, stf.Options{StepRoots: true})
				if err != nil {
					t.Fatal(err)
				}
				return res
			}
			want := apply(p)
			q := p
			q.Decode = predecode(p, b, tc.workers)
			got := apply(q)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("with predecode:\n%+v\nwithout:\n%+v", got, want)
			}
			if n, w := len(want.Blocks[0].Txs), 1+2*tc.rounds; n != w {
				t.Fatalf("%d transactions included, want %d", n, w)
			}

			// Requests out of the predicted order are decoded afresh.
			dec := predecode(p, b, tc.workers)
			tp := txn.Params{ChainID: p.ChainID, BaseFee: p.BaseFee}
			key, _ := crypto.GenerateKey()
			for _, raw := range [][]byte{signTransfer(t, key, p, p.ChainID, 9, false), {0x02, 0x01}, b.Queue[1].Tx} {
				gotTx, gotErr := dec(raw, tp)
				wantTx, wantErr := txn.Decode(raw, tp)
				if !reflect.DeepEqual(gotTx, wantTx) || !errors.Is(gotErr, wantErr) && gotErr != wantErr {
					t.Errorf("%x: %v %v, txn.Decode %v %v", raw, gotTx, gotErr, wantTx, wantErr)
				}
			}
		})
	}
}

// BenchmarkPredecode decodes the 2,001 transactions of a batch (801
// included transfers; 400 signed for another chain, 400 with a broken
// signature, 400 malformed) on one goroutine and on GOMAXPROCS: the node's
// Recover phase. decodes/s counts all 2,001.
//
//	go test ./rollup/node -run '^$' -bench Predecode
func BenchmarkPredecode(b *testing.B) {
	p := stf.ParamsOf(rollup.DevConfig())
	bt := testBatch(b, p, 400)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				predecode(p, bt, workers)
			}
			b.ReportMetric(float64(b.N*2001)/b.Elapsed().Seconds(), "decodes/s")
		})
	}
}
