package sequencer

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup/txn"
)

func tx(from byte, nonce uint64, tip uint64) *txn.Tx {
	t := &txn.Tx{From: common.Address{from}, Nonce: nonce}
	t.TipCap.SetUint64(tip)
	t.FeeCap.SetUint64(1e9 + tip)
	t.Hash = common.Hash{from, byte(nonce), byte(tip)}
	return t
}

func TestPool(t *testing.T) {
	zero := func(common.Address) uint64 { return 0 }
	tests := []struct {
		name    string
		add     []*txn.Tx
		errs    []error
		max     int
		nonce   func(common.Address) uint64
		want    []common.Hash
		pending uint64 // of sender 1 from nonce 0
	}{
		{name: "in order", add: []*txn.Tx{tx(1, 0, 0), tx(1, 1, 0)}, max: 10, nonce: zero,
			want: []common.Hash{tx(1, 0, 0).Hash, tx(1, 1, 0).Hash}, pending: 2},
		{name: "gap held", add: []*txn.Tx{tx(1, 0, 0), tx(1, 2, 0)}, max: 10, nonce: zero,
			want: []common.Hash{tx(1, 0, 0).Hash}, pending: 1},
		{name: "gap filled", add: []*txn.Tx{tx(1, 2, 0), tx(1, 0, 0), tx(1, 1, 0)}, max: 10, nonce: zero,
			want: []common.Hash{tx(1, 0, 0).Hash, tx(1, 1, 0).Hash, tx(1, 2, 0).Hash}, pending: 3},
		{name: "replacement by higher tip", add: []*txn.Tx{tx(1, 0, 0), tx(1, 0, 5)}, max: 10, nonce: zero,
			want: []common.Hash{tx(1, 0, 5).Hash}, pending: 1},
		{name: "replacement underpriced", add: []*txn.Tx{tx(1, 0, 5), tx(1, 0, 5), tx(1, 0, 4)}, max: 10, nonce: zero,
			errs: []error{nil, ErrAlreadyKnown, ErrUnderpriced}, want: []common.Hash{tx(1, 0, 5).Hash}, pending: 1},
		{name: "full", add: []*txn.Tx{tx(1, 0, 0), tx(2, 0, 0), tx(3, 0, 0)}, max: 2, nonce: zero,
			errs: []error{nil, nil, ErrPoolFull}, want: []common.Hash{tx(1, 0, 0).Hash, tx(2, 0, 0).Hash}, pending: 1},
		{name: "senders interleaved", add: []*txn.Tx{tx(2, 0, 0), tx(2, 1, 0), tx(1, 0, 0)}, max: 10, nonce: zero,
			want: []common.Hash{tx(1, 0, 0).Hash, tx(2, 0, 0).Hash, tx(2, 1, 0).Hash}, pending: 1},
		{name: "stale dropped", add: []*txn.Tx{tx(1, 0, 0), tx(1, 1, 0)}, max: 10,
			nonce: func(common.Address) uint64 { return 1 }, want: []common.Hash{tx(1, 1, 0).Hash}, pending: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := NewPool(tc.max)
			for i, x := range tc.add {
				err := p.Add(x)
				var want error
				if i < len(tc.errs) {
					want = tc.errs[i]
				}
				if !errors.Is(err, want) {
					t.Fatalf("add %d: %v, want %v", i, err, want)
				}
			}
			if got := p.Pending(common.Address{1}, 0); got != tc.pending {
				t.Errorf("pending %d, want %d", got, tc.pending)
			}
			got := p.Select(10, tc.nonce)
			if len(got) != len(tc.want) {
				t.Fatalf("selected %d, want %d", len(got), len(tc.want))
			}
			for i := range got {
				if got[i].Hash != tc.want[i] {
					t.Fatalf("selected %d: %x, want %x", i, got[i].Hash, tc.want[i])
				}
			}
			p.Remove(got)
			if p.Select(10, tc.nonce) != nil {
				t.Fatal("removed transactions selected again")
			}
		})
	}
}

func TestAdmit(t *testing.T) {
	x := tx(1, 3, 0)
	x.Value.SetUint64(10)
	rich := uint256.NewInt(1e18)
	if err := admit(x, 1e9, 4, rich); !errors.Is(err, txn.ErrRPCNonceTooLow) {
		t.Errorf("low nonce: %v", err)
	}
	if err := admit(x, 1e9, 1, rich); err != nil {
		t.Errorf("gap must be held: %v", err)
	}
	if err := admit(x, 1e9, 3, uint256.NewInt(21000*1e9)); !errors.Is(err, txn.ErrRPCInsufficientFunds) {
		t.Errorf("funds: %v", err)
	}
}
