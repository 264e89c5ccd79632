package node

import (
	"errors"
	"math/big"
	"reflect"
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

// TestPredecode checks that the one-pass sender recovery changes nothing:
// a batch with a deposit, a forced transaction, a marker, type-2 and
// legacy transfers, a transfer signed for another chain, a malformed
// transaction and a record no step reads as a transaction gives the same
// result (steps, no-op reasons, blocks, roots) with and without it; and
// the decoder it returns answers a request it did not predict exactly as
// txn.Decode does.
func TestPredecode(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	to := common.Address{0x42}
	sign := func(chainID uint64, nonce uint64, legacy bool) []byte {
		var inner types.TxData = &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce,
			GasFeeCap: new(big.Int).SetUint64(p.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(5)}
		if legacy {
			inner = &types.LegacyTx{Nonce: nonce, GasPrice: new(big.Int).SetUint64(p.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(5)}
		}
		b, err := types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), inner).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	bad := sign(p.ChainID, 3, false)
	bad[len(bad)-5] ^= 0xff // another signature: another sender, or none
	w := batch.NewWriter(1, p.MaxRecord)
	for _, body := range [][]byte{
		stf.Marker{Time: p.GenesisTime + 1, L1Origin: 1}.Encode(),
		sign(p.ChainID, 1, false),
		sign(p.ChainID, 2, true),
		sign(1, 3, false), // wrong chain: a no-op
		bad,
		{0x02, 0x01}, // malformed: a no-op
		{0x55, 0x01}, // not a transaction: a no-op
		sign(p.ChainID, 3, true),
	} {
		if err := w.Add(body); err != nil {
			t.Fatal(err)
		}
	}
	b := &stf.Batch{Index: 1, L1Block: 1, L1Time: p.GenesisTime + 1, RecordCount: w.RecordCount(),
		Payload: batch.FromBytes(w.Bytes(), 1),
		Queue: []stf.QueueItem{
			{Index: 0, Kind: stf.QueueDeposit, To: from, Value: uint256.NewInt(1e18)},
			{Index: 1, Kind: stf.QueueForcedTx, Tx: sign(p.ChainID, 0, false)},
		}}
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
	q.Decode = predecode(p, b)
	got := apply(q)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("with predecode:\n%+v\nwithout:\n%+v", got, want)
	}
	if n := len(want.Blocks[0].Txs); n != 4 {
		t.Fatalf("%d transactions included, want 4 (forced, type 2, legacy, legacy)", n)
	}

	// Requests out of the predicted order are decoded afresh.
	dec := predecode(p, b)
	tp := txn.Params{ChainID: p.ChainID, BaseFee: p.BaseFee}
	for _, raw := range [][]byte{sign(p.ChainID, 9, false), {0x02, 0x01}, b.Queue[1].Tx} {
		gotTx, gotErr := dec(raw, tp)
		wantTx, wantErr := txn.Decode(raw, tp)
		if !reflect.DeepEqual(gotTx, wantTx) || !errors.Is(gotErr, wantErr) && gotErr != wantErr {
			t.Errorf("%x: %v %v, txn.Decode %v %v", raw, gotTx, gotErr, wantTx, wantErr)
		}
	}
}
