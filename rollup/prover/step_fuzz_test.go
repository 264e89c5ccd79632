package prover

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/contracts"
)

// seedStepInput returns a filled StepInput (values of every field kind).
func seedStepInput() *StepInput {
	return &StepInput{
		Batch: StepBatch{Index: 3, PrevHash: common.Hash{1}, Kind: 1, DataRef: common.Hash{2}, K: 2, RecordCount: 9,
			QueueStart: 4, QueueEnd: 6, StepsStart: 20, StepsEnd: 31, L2BlockStart: 5, L2BlockEnd: 7, L1Timestamp: 1e9},
		Item:       StepItem{Kind: 1, L1Sender: common.Address{3}, To: common.Address{4}, Value: big.NewInt(5), DataHash: common.Hash{6}, L1Block: 7, Timestamp: 8},
		Data:       []byte{0x02, 0xf8, 0x6b},
		Blob:       StepBlob{Version: 1, Size: 1000, K: 2, CommitmentsRoot: common.Hash{9}},
		Commitment: bytes.Repeat([]byte{0xc0}, 48),
		RowProof:   [][32]byte{{1}, {2}},
		Values:     [][32]byte{{0, 0, 5}, {0, 7}},
		Openings:   bytes.Repeat([]byte{0xa0}, 96),
		Accounts:   []StepAccount{{Balance: big.NewInt(100), Nonce: 2}, {Balance: new(big.Int)}},
		Proofs: []contracts.SMTLibProof{{Bitmap: big.NewInt(6), Siblings: [][32]byte{{1}, {2}}, OtherKey: common.Hash{3}, OtherLeaf: common.Hash{4}},
			{Bitmap: new(big.Int), OtherKey: common.Hash{}, OtherLeaf: common.Hash{}}},
	}
}

// TestStepInputRoundTrip checks the encoding's round trip and that
// DecodeStepInput rejects truncated, padded and non-canonical bytes.
func TestStepInputRoundTrip(t *testing.T) {
	in := seedStepInput()
	b, err := EncodeStepInput(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeStepInput(b)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := EncodeStepInput(out)
	if !bytes.Equal(again, b) || out.Batch != in.Batch || out.Accounts[0].Balance.Cmp(in.Accounts[0].Balance) != 0 {
		t.Fatalf("round trip changed the input")
	}
	bad := map[string][]byte{
		"empty":     nil,
		"truncated": b[:len(b)-1],
		"padded":    append(append([]byte(nil), b...), 0),
		"offset":    append([]byte{}, b...),
		"too long":  make([]byte, MaxStepInput+1),
	}
	bad["offset"][31] = 0x40 // the tuple's offset: not where the encoder puts it
	for name, x := range bad {
		if _, err := DecodeStepInput(x); !errors.Is(err, ErrStepInput) {
			t.Errorf("%s: err %v, want ErrStepInput", name, err)
		}
	}
}

// FuzzStepProofDecode: arbitrary bytes never panic the decoder; what it
// accepts re-encodes to the same bytes and decodes to the same value.
func FuzzStepProofDecode(f *testing.F) {
	b, err := EncodeStepInput(seedStepInput())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:100])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := DecodeStepInput(data)
		if err != nil {
			if !errors.Is(err, ErrStepInput) {
				t.Fatalf("error %v does not wrap ErrStepInput", err)
			}
			return
		}
		again, err := EncodeStepInput(in)
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("accepted bytes do not re-encode to themselves (%v)", err)
		}
		in2, err := DecodeStepInput(again)
		if err != nil || in2.Batch != in.Batch || len(in2.Proofs) != len(in.Proofs) {
			t.Fatalf("second decode differs (%v)", err)
		}
	})
}
