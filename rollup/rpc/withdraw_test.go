package rpc

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// TestGetWithdrawalProof: two batches, each a forced withdrawal (a
// transfer to W) from one account; rollup_getWithdrawalProof, served for
// real, proves the first against the first batch's past withdrawals root
// (which differs from the latest), refuses the second there, and proves
// both at latest. Every proof is checked with state.Verify against the
// block's root read through rollup_outputAtBlock.
func TestGetWithdrawalProof(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	c := chain.New(p, state.New(state.NewMemStore()))
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(p.ChainID))
	w := rollup.WithdrawalAddress
	withdraw := func(nonce uint64, amount int64) []byte {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(p.ChainID), Nonce: nonce,
			GasFeeCap: new(big.Int).SetUint64(p.BaseFee), Gas: 21000, To: &w, Value: big.NewInt(amount)})
		raw, _ := tx.MarshalBinary()
		return raw
	}
	apply := func(index uint64, q []stf.QueueItem, l1 uint64) uint64 {
		t.Helper()
		bw := batch.NewWriter(1, p.MaxRecord)
		if err := bw.Add((&stf.Marker{Time: 10 * l1, L1Origin: l1}).Encode()); err != nil {
			t.Fatal(err)
		}
		b := &stf.Batch{Index: index, Queue: q, RecordCount: bw.RecordCount(), Payload: batch.FromBytes(bw.Bytes(), 1)}
		var res *stf.Result
		if err := c.WithState(func(st *state.State) error {
			var err error
			if res, err = stf.ApplyBatch(p, st, c.Head(), b, stf.Options{}); err != nil {
				return err
			}
			if _, err := st.Commit(); err != nil {
				return err
			}
			return c.Append(res.Blocks)
		}); err != nil {
			t.Fatal(err)
		}
		return res.Head.Number
	}
	end1 := apply(1, []stf.QueueItem{
		{Index: 0, Kind: stf.QueueDeposit, To: from, Value: uint256.NewInt(1e18)},
		{Index: 1, Kind: stf.QueueForcedTx, Tx: withdraw(0, 1000)},
	}, 1)
	apply(2, []stf.QueueItem{{Index: 2, Kind: stf.QueueForcedTx, Tx: withdraw(1, 2000)}}, 2)

	srv, err := NewServer(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	cl := gethrpc.DialInProc(srv)
	defer cl.Close()
	ctx := context.Background()
	root := func(n uint64) common.Hash {
		var out struct {
			WithdrawalsRoot common.Hash `json:"withdrawalsRoot"`
		}
		if err := cl.CallContext(ctx, &out, "rollup_outputAtBlock", hexutil.Uint64(n)); err != nil {
			t.Fatal(err)
		}
		return out.WithdrawalsRoot
	}
	latest, _, _ := c.Tags()
	if root(end1) == root(latest) {
		t.Fatal("the two batches left one withdrawals root")
	}
	for _, tc := range []struct {
		name   string
		nonce  uint64
		block  any
		at     uint64
		amount int64
		err    string
	}{
		{"first at batch 1", 0, hexutil.Uint64(end1), end1, 1000, ""},
		{"first at latest", 0, "latest", latest, 1000, ""},
		{"second at latest by hash", 1, c.Head().Hash, latest, 2000, ""},
		{"second not yet at batch 1", 1, hexutil.Uint64(end1), 0, 0, "no such withdrawal"},
		{"never made", 9, "latest", 0, 0, "no such withdrawal"},
		{"block beyond head", 0, hexutil.Uint64(latest + 5), 0, 0, "not found"},
		{"unknown hash", 0, common.Hash{1}, 0, 0, "not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got WithdrawalProof
			err := cl.CallContext(ctx, &got, "rollup_getWithdrawalProof", from, hexutil.Uint64(tc.nonce), tc.block)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := state.Withdrawal{Sender: from, Nonce: tc.nonce, Amount: *uint256.NewInt(uint64(tc.amount))}
			if uint64(got.BlockNumber) != tc.at || got.WithdrawalsRoot != root(tc.at) || got.Amount.ToInt().Int64() != tc.amount ||
				got.Key != want.Key() || got.Leaf != want.Leaf() {
				t.Fatalf("got %+v", got)
			}
			if !state.Verify(root(tc.at), want.Key(), want.Leaf(), got.Proof) {
				t.Fatal("proof does not verify against the block's withdrawals root")
			}
		})
	}
}
