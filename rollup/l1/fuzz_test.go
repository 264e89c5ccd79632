package l1

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
		names := []string{"BatchAppended", "Queued", "FeesClaimed"}
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
