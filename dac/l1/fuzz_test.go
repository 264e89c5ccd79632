package l1

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Revert data comes from the chain (any contract at any address can answer
// a call): decoding must never panic, and a decoded name must be one the
// contract defines with a selector that matches.
func FuzzDecodeRevert(f *testing.F) {
	sel, _ := ErrorSelector("InsufficientSigners")
	f.Add(append(sel[:], make([]byte, 64)...))
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		re := DecodeRevert(data)
		if re.Name == "" || re.Name == "Error" || re.Name == "Panic" {
			return
		}
		s, ok := ErrorSelector(re.Name)
		if !ok || string(s[:]) != string(data[:4]) {
			t.Fatalf("decoded %x as %s", data, re.Name)
		}
		_ = re.Error()
	})
}

// Logs come from the chain: DecodeEvent must return an error, never panic,
// on any topics and data.
func FuzzDecodeEvent(f *testing.F) {
	certified := committeeABI.Events["Certified"].ID
	f.Add(certified.Bytes(), []byte{1}, make([]byte, 64), uint8(3))
	f.Add(committeeABI.Events["OperatorRegistered"].ID.Bytes(), []byte{2}, make([]byte, 200), uint8(3))
	f.Add([]byte{}, []byte{}, []byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, topic0, seed, data []byte, ntopics uint8) {
		l := &types.Log{Data: data, BlockNumber: 1}
		if ntopics%5 > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(topic0))
			for i := 1; i < int(ntopics%5); i++ {
				l.Topics = append(l.Topics, common.BigToHash(new(big.Int).SetBytes(append(seed, byte(i)))))
			}
		}
		ev, err := DecodeEvent(l)
		if err == nil && (ev.Name == "" || ev.Value == nil) {
			t.Fatalf("decoded without a name or value: %+v", ev)
		}
	})
}
