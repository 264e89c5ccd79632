package l1

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/rollup/state"
)

// encodeEvent builds a log of event name with its indexed topics and the
// ABI encoding of its data arguments, as the contract emits it.
func encodeEvent(t testing.TB, name string, topics []common.Hash, args ...any) *types.Log {
	ev := inboxOnly.Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{Topics: append([]common.Hash{ev.ID}, topics...), Data: data}
}

// DecodeEvent reads logs from the chain: it must never panic, and a log it
// accepts must carry a hash equal to the Go twin's hash of its fields.
func FuzzDecodeEvent(f *testing.F) {
	b := Batch{Index: 7, Kind: KindQuire, K: 4, RecordCount: 9, QueueEnd: 2, StepsEnd: 11, L2BlockStart: 3, L2BlockEnd: 5, L1Timestamp: 1700000000}
	bl := encodeEvent(f, "BatchAppended", []common.Hash{common.BigToHash(big.NewInt(7)), b.Hash()}, batchArg(&b))
	it := QueueItem{Index: 3, Kind: ItemForcedTx, Value: new(big.Int), Data: []byte{0x02, 0xc0}, L1Block: 12, Timestamp: 1700000001}
	it.DataHash = keccak(it.Data)
	ql := encodeEvent(f, "Queued", []common.Hash{common.BigToHash(big.NewInt(3)), it.Hash()}, itemArg(&it), it.Data)
	f.Add(byte(0), bl.Topics[1].Bytes(), bl.Topics[2].Bytes(), bl.Data)
	f.Add(byte(1), ql.Topics[1].Bytes(), ql.Topics[2].Bytes(), ql.Data)
	f.Add(byte(2), []byte{}, []byte{}, []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, which byte, t1, t2, data []byte) {
		names := []string{"BatchAppended", "Queued", "FeesClaimed", "WithdrawalPaid"}
		l := &types.Log{Data: data}
		if int(which) < len(names) {
			l.Topics = append(l.Topics, inboxOnly.Events[names[which]].ID)
		} else {
			l.Topics = append(l.Topics, common.BytesToHash([]byte{which}))
		}
		if len(t1) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(t1))
		}
		if len(t2) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(t2))
		}
		ev, err := DecodeEvent(l)
		if err != nil {
			return
		}
		switch {
		case ev.Batch != nil:
			if ev.Batch.Hash() != l.Topics[2] {
				t.Fatalf("accepted batch whose hash %s is not the topic %s", ev.Batch.Hash(), l.Topics[2])
			}
		case ev.Item != nil:
			if ev.Item.Hash() != l.Topics[2] {
				t.Fatalf("accepted item whose hash %s is not the topic %s", ev.Item.Hash(), l.Topics[2])
			}
			if len(ev.Item.Data) > 0 && ev.Item.DataHash != keccak(ev.Item.Data) {
				t.Fatal("accepted item whose data does not hash to dataHash")
			}
		case ev.Withdrawal != nil:
			if state.WithdrawalKey(ev.Withdrawal.Sender, ev.Withdrawal.Nonce) != ev.Withdrawal.Key {
				t.Fatal("accepted a withdrawal whose key is not its sender and nonce")
			}
		}
	})
}

// A decoded event with one field changed no longer matches its hash.
func TestDecodeEventRejectsTampering(t *testing.T) {
	b := Batch{Index: 7, Kind: KindQuire, K: 4, RecordCount: 9, StepsEnd: 9, L2BlockStart: 3, L2BlockEnd: 5}
	l := encodeEvent(t, "BatchAppended", []common.Hash{common.BigToHash(big.NewInt(7)), b.Hash()}, batchArg(&b))
	if ev, err := DecodeEvent(l); err != nil || *ev.Batch != b {
		t.Fatalf("decode: %+v %v", ev, err)
	}
	bad := b
	bad.RecordCount++
	l = encodeEvent(t, "BatchAppended", []common.Hash{common.BigToHash(big.NewInt(7)), b.Hash()}, batchArg(&bad))
	if _, err := DecodeEvent(l); err == nil {
		t.Fatal("tampered batch accepted")
	}
	it := QueueItem{Index: 1, Kind: ItemForcedTx, Value: new(big.Int), Data: []byte{1, 2, 3}}
	it.DataHash = keccak(it.Data)
	l = encodeEvent(t, "Queued", []common.Hash{common.BigToHash(big.NewInt(1)), it.Hash()}, itemArg(&it), []byte{1, 2, 4})
	if _, err := DecodeEvent(l); err == nil {
		t.Fatal("forced transaction with data not hashing to dataHash accepted")
	}
	l = encodeEvent(t, "Queued", []common.Hash{common.BigToHash(big.NewInt(1)), it.Hash()}, itemArg(&it), it.Data)
	if ev, err := DecodeEvent(l); err != nil || !bytes.Equal(ev.Item.Data, it.Data) {
		t.Fatalf("decode: %+v %v", ev, err)
	}
}

// encodeGameEvent is encodeEvent for RollupGame's events.
func encodeGameEvent(t testing.TB, name string, topics []common.Hash, args ...any) *types.Log {
	ev := gameOnly.Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{Topics: append([]common.Hash{ev.ID}, topics...), Data: data}
}

// DecodeGameEvent reads logs from the chain: it must never panic, and a
// Proposed log it accepts carries the output root of its fields.
func FuzzDecodeGameEvent(f *testing.F) {
	o := Output{StateRoot: common.Hash{1}, WithdrawalsRoot: common.Hash{2}, L2BlockHash: common.Hash{3}}
	pl := encodeGameEvent(f, "Proposed", []common.Hash{common.BigToHash(big.NewInt(4)), common.BigToHash(big.NewInt(1)), common.BytesToHash([]byte{0xaa})},
		uint64(9), uint64(120), o.StateRoot, o.WithdrawalsRoot, o.L2BlockHash, o.Root())
	bl := encodeGameEvent(f, "Bisected", []common.Hash{common.BigToHash(big.NewInt(2))}, uint64(0), uint64(64), [32]byte{7})
	rl := encodeGameEvent(f, "GameResolved", []common.Hash{common.BigToHash(big.NewInt(2)), common.BigToHash(big.NewInt(4))}, uint8(4), uint8(0))
	f.Add(byte(0), pl.Topics[1].Bytes(), pl.Topics[2].Bytes(), pl.Data)
	f.Add(byte(3), bl.Topics[1].Bytes(), []byte{}, bl.Data)
	f.Add(byte(5), rl.Topics[1].Bytes(), rl.Topics[2].Bytes(), rl.Data)
	f.Add(byte(200), []byte{}, []byte{}, []byte{1, 2, 3})
	names := make([]string, 0, len(gameOnly.Events))
	for _, n := range []string{"Proposed", "Challenged", "Bisected", "Chosen", "Stepped", "GameResolved", "Finalized", "Rejected", "Credited", "CreditClaimed"} {
		if _, ok := gameOnly.Events[n]; !ok {
			f.Fatalf("no event %s", n)
		}
		names = append(names, n)
	}
	f.Fuzz(func(t *testing.T, which byte, t1, t2, data []byte) {
		l := &types.Log{Data: data}
		if int(which) < len(names) {
			l.Topics = append(l.Topics, gameOnly.Events[names[which]].ID)
		} else {
			l.Topics = append(l.Topics, common.BytesToHash([]byte{which}))
		}
		if len(t1) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(t1))
		}
		if len(t2) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(t2))
		}
		ev, err := DecodeGameEvent(l)
		if err != nil {
			return
		}
		if ev.Name == "Proposed" && ev.Output.Root() != ev.OutputRoot {
			t.Fatal("accepted a Proposed log whose output root does not match its fields")
		}
	})
}

// Decoded game and withdrawal events carry their fields; tampered ones are
// refused.
func TestDecodeGameEventFields(t *testing.T) {
	o := Output{StateRoot: common.Hash{1}, WithdrawalsRoot: common.Hash{2}, L2BlockHash: common.Hash{3}}
	proposer := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	pl := encodeGameEvent(t, "Proposed", []common.Hash{common.BigToHash(big.NewInt(4)), common.BigToHash(big.NewInt(1)), common.BytesToHash(proposer[:])},
		uint64(9), uint64(120), o.StateRoot, o.WithdrawalsRoot, o.L2BlockHash, o.Root())
	ev, err := DecodeGameEvent(pl)
	if err != nil || ev.ProposalID != 4 || ev.ParentID != 1 || ev.Account != proposer || ev.BatchIndex != 9 || ev.StepsEnd != 120 || ev.Output != o {
		t.Fatalf("Proposed: %+v %v", ev, err)
	}
	pl = encodeGameEvent(t, "Proposed", pl.Topics[1:], uint64(9), uint64(120), o.StateRoot, o.WithdrawalsRoot, o.L2BlockHash, common.Hash{9})
	if _, err := DecodeGameEvent(pl); err == nil {
		t.Fatal("Proposed with a wrong output root accepted")
	}
	sender := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	key := state.WithdrawalKey(sender, 3)
	wl := encodeEvent(t, "WithdrawalPaid", []common.Hash{key, common.BytesToHash(sender[:])}, uint64(3), big.NewInt(5), uint64(8))
	iev, err := DecodeEvent(wl)
	if err != nil || iev.Withdrawal == nil || iev.Withdrawal.Nonce != 3 || iev.Withdrawal.Amount.Int64() != 5 || iev.Withdrawal.ProposalID != 8 || iev.Withdrawal.Sender != sender {
		t.Fatalf("WithdrawalPaid: %+v %v", iev, err)
	}
	wl = encodeEvent(t, "WithdrawalPaid", []common.Hash{key, common.BytesToHash(sender[:])}, uint64(4), big.NewInt(5), uint64(8))
	if _, err := DecodeEvent(wl); err == nil {
		t.Fatal("WithdrawalPaid whose key is not its sender and nonce accepted")
	}
}
