package prover

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// StepBatch is OneStep.Batch: RollupInbox.Batch field for field.
type StepBatch struct {
	Index        uint64
	PrevHash     [32]byte
	Kind         uint8
	DataRef      [32]byte
	K            uint32
	RecordCount  uint64
	QueueStart   uint64
	QueueEnd     uint64
	StepsStart   uint64
	StepsEnd     uint64
	L2BlockStart uint64
	L2BlockEnd   uint64
	L1Timestamp  uint64
}

// StepItem is OneStep.QueueItem: RollupInbox.QueueItem field for field.
type StepItem struct {
	Kind      uint8
	L1Sender  common.Address
	To        common.Address
	Value     *big.Int
	DataHash  [32]byte
	L1Block   uint64
	Timestamp uint64
}

// StepBlob is OneStep.Blob: the blob core the blob ID hashes.
type StepBlob struct {
	Version         uint8
	Size            uint64
	K               uint32
	CommitmentsRoot [32]byte
}

// StepAccount is OneStep.Account: an account leaf's preimage (zero for an
// absent account, and in the withdrawal slot's place).
type StepAccount struct {
	Balance *big.Int
	Nonce   uint64
}

// StepInput is OneStep.Input, what OneStep.run reads besides the pre-state
// (docs/faultproof.md, "Proof format"). Its packed form is abi.encode of
// the tuple (EncodeStepInput).
type StepInput struct {
	Batch      StepBatch
	Item       StepItem
	Data       []byte
	Blob       StepBlob
	Commitment []byte
	RowProof   [][32]byte
	Values     [][32]byte
	Openings   []byte
	Accounts   []StepAccount
	Proofs     []contracts.SMTLibProof
}

// stepInputABI is the ABI type of OneStep.Input.
const stepInputABI = `[{"type":"function","name":"input","inputs":[{"name":"in","type":"tuple","components":[
{"name":"batch","type":"tuple","components":[{"name":"index","type":"uint64"},{"name":"prevHash","type":"bytes32"},
 {"name":"kind","type":"uint8"},{"name":"dataRef","type":"bytes32"},{"name":"k","type":"uint32"},
 {"name":"recordCount","type":"uint64"},{"name":"queueStart","type":"uint64"},{"name":"queueEnd","type":"uint64"},
 {"name":"stepsStart","type":"uint64"},{"name":"stepsEnd","type":"uint64"},{"name":"l2BlockStart","type":"uint64"},
 {"name":"l2BlockEnd","type":"uint64"},{"name":"l1Timestamp","type":"uint64"}]},
{"name":"item","type":"tuple","components":[{"name":"kind","type":"uint8"},{"name":"l1Sender","type":"address"},
 {"name":"to","type":"address"},{"name":"value","type":"uint256"},{"name":"dataHash","type":"bytes32"},
 {"name":"l1Block","type":"uint64"},{"name":"timestamp","type":"uint64"}]},
{"name":"data","type":"bytes"},
{"name":"blob","type":"tuple","components":[{"name":"version","type":"uint8"},{"name":"size","type":"uint64"},
 {"name":"k","type":"uint32"},{"name":"commitmentsRoot","type":"bytes32"}]},
{"name":"commitment","type":"bytes"},
{"name":"rowProof","type":"bytes32[]"},
{"name":"values","type":"bytes32[]"},
{"name":"openings","type":"bytes"},
{"name":"accounts","type":"tuple[]","components":[{"name":"balance","type":"uint256"},{"name":"nonce","type":"uint64"}]},
{"name":"proofs","type":"tuple[]","components":[{"name":"bitmap","type":"uint256"},{"name":"siblings","type":"bytes32[]"},
 {"name":"otherKey","type":"bytes32"},{"name":"otherLeaf","type":"bytes32"}]}
]}]}]`

var stepArgs = func() abi.Arguments {
	a, err := abi.JSON(strings.NewReader(stepInputABI))
	if err != nil {
		panic(err)
	}
	return a.Methods["input"].Inputs
}()

// ErrStepInput is returned by DecodeStepInput for bytes that are not the
// canonical abi.encode of a StepInput.
var ErrStepInput = errors.New("prover: malformed step input")

// MaxStepInput bounds the packed input DecodeStepInput accepts (a record
// of MAX_RECORD bytes with its openings and four proofs is about 8 KiB).
const MaxStepInput = 1 << 16

// EncodeStepInput returns the packed proof: abi.encode(in), what
// OneStep.run takes as `proof`.
func EncodeStepInput(in *StepInput) ([]byte, error) {
	b, err := stepArgs.Pack(in)
	if err != nil {
		return nil, fmt.Errorf("prover: encode step input: %w", err)
	}
	return b, nil
}

// DecodeStepInput decodes a packed proof. It accepts exactly the bytes
// EncodeStepInput produces (canonical ABI encoding, at most MaxStepInput
// bytes); anything else wraps ErrStepInput.
func DecodeStepInput(b []byte) (*StepInput, error) {
	if len(b) > MaxStepInput {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrStepInput, len(b), MaxStepInput)
	}
	// The canonical layout first (linear time): abi's decoder follows
	// offsets wherever they point, so aliased offsets could make it decode
	// the same region many times over.
	if len(b) < 32 || word(b, 0) != 32 {
		return nil, fmt.Errorf("%w: bad head", ErrStepInput)
	}
	if end, err := canonical(stepArgs[0].Type, b, 32); err != nil {
		return nil, err
	} else if end != len(b) {
		return nil, fmt.Errorf("%w: %d bytes after the encoding", ErrStepInput, len(b)-end)
	}
	vals, err := stepArgs.Unpack(b)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("%w: %v", ErrStepInput, err)
	}
	in, ok := abi.ConvertType(vals[0], new(StepInput)).(*StepInput)
	if !ok {
		return nil, fmt.Errorf("%w: unexpected type", ErrStepInput)
	}
	again, err := EncodeStepInput(in)
	if err != nil || !bytes.Equal(again, b) {
		return nil, fmt.Errorf("%w: not the canonical encoding", ErrStepInput)
	}
	return in, nil
}

// word reads the 32-byte word at p as an offset or length: -1 when it does
// not fit in 32 bits or p is out of range.
func word(b []byte, p int) int {
	if p < 0 || p+32 > len(b) {
		return -1
	}
	for _, x := range b[p : p+28] {
		if x != 0 {
			return -1
		}
	}
	return int(binary.BigEndian.Uint32(b[p+28 : p+32]))
}

func dynamic(t *abi.Type) bool {
	switch t.T {
	case abi.BytesTy, abi.StringTy, abi.SliceTy:
		return true
	case abi.TupleTy:
		for _, e := range t.TupleElems {
			if dynamic(e) {
				return true
			}
		}
	case abi.ArrayTy:
		return dynamic(t.Elem)
	}
	return false
}

// headSize is the size of t in a head: 32 for a dynamic type, its encoding
// for a static one.
func headSize(t *abi.Type) int {
	if dynamic(t) {
		return 32
	}
	switch t.T {
	case abi.TupleTy:
		n := 0
		for _, e := range t.TupleElems {
			n += headSize(e)
		}
		return n
	case abi.ArrayTy:
		return t.Size * headSize(t.Elem)
	}
	return 32
}

// canonical checks that the dynamic value of type t encoded at p is laid out
// as abi.encode lays it out (every offset points just past the previous
// tail, no gaps or overlaps) and returns where it ends. Values are checked
// later by decoding.
func canonical(t abi.Type, b []byte, p int) (int, error) {
	bad := func(what string) (int, error) { return 0, fmt.Errorf("%w: %s at %d", ErrStepInput, what, p) }
	switch t.T {
	case abi.BytesTy, abi.StringTy:
		n := word(b, p)
		if n < 0 || n > len(b) {
			return bad("length")
		}
		end := p + 32 + (n+31)/32*32
		if end > len(b) {
			return bad("bytes past the end")
		}
		return end, nil
	case abi.SliceTy:
		n := word(b, p)
		if n < 0 || n > len(b)/32 {
			return bad("length")
		}
		return canonicalSeq(b, p+32, n, func(int) *abi.Type { return t.Elem })
	case abi.TupleTy:
		return canonicalSeq(b, p, len(t.TupleElems), func(i int) *abi.Type { return t.TupleElems[i] })
	}
	return bad("type")
}

// canonicalSeq checks n heads starting at base (types elem(i)) and the
// tails of the dynamic ones, in order.
func canonicalSeq(b []byte, base, n int, elem func(int) *abi.Type) (int, error) {
	head := 0
	for i := range n {
		head += headSize(elem(i))
		if base+head > len(b) {
			return 0, fmt.Errorf("%w: heads past the end at %d", ErrStepInput, base)
		}
	}
	tail, h := base+head, base
	for i := range n {
		t := elem(i)
		if dynamic(t) {
			if off := word(b, h); off < 0 || base+off != tail {
				return 0, fmt.Errorf("%w: offset at %d is not canonical", ErrStepInput, h)
			}
			end, err := canonical(*t, b, tail)
			if err != nil {
				return 0, err
			}
			tail = end
		}
		h += headSize(t)
	}
	return tail, nil
}

// StepSource is what BuildStep reads besides the state: the batch as the
// inbox stores it, its queue items (QueueStart..QueueEnd-1 in order, with
// a forced transaction's bytes in Data) and, for a quire batch, the blob's
// header (core and 2k commitments) and bytes.
type StepSource struct {
	Params stf.Params
	Batch  l1.Batch
	Queue  []l1.QueueItem
	Header *dac.Header
	Blob   []byte
}

// ErrStepSource is returned by BuildStep when the source does not describe
// step g (the step is outside the batch, a queue item or the blob is
// missing or inconsistent).
var ErrStepSource = errors.New("prover: step source does not fit the step")

// BuildStep builds the packed OneStep proof of global step g from the
// state before it (st: stf.Replay of the batch's first g - stepsStart
// steps on the state at the batch checkpoint) and the record cursor before
// it. It applies the step to st as stf.Step does (so st is the state after
// step g on success) and takes each Merkle proof against the root the
// previous effect left. kctx computes the KZG openings of the record's
// elements.
func BuildStep(kctx *kzg.Context, src *StepSource, st *state.State, cursor, g uint64) ([]byte, error) {
	b := &src.Batch
	if g < b.StepsStart || g >= b.StepsEnd {
		return nil, fmt.Errorf("%w: step %d outside [%d, %d)", ErrStepSource, g, b.StepsStart, b.StepsEnd)
	}
	in := &StepInput{Batch: stepBatch(b), Item: StepItem{Value: new(big.Int)}}
	w := &witness{p: src.Params, st: st, in: in}
	i := g - b.StepsStart
	if i < b.QueueEnd-b.QueueStart {
		if i >= uint64(len(src.Queue)) || src.Queue[i].Index != b.QueueStart+i {
			return nil, fmt.Errorf("%w: queue item %d missing", ErrStepSource, b.QueueStart+i)
		}
		it := &src.Queue[i]
		in.Item = stepItem(it)
		switch it.Kind {
		case l1.ItemDeposit:
			v, over := uint256.FromBig(in.Item.Value)
			if over {
				return nil, fmt.Errorf("%w: deposit value above 2^256", ErrStepSource)
			}
			if err := w.credit(it.To, v); err != nil {
				return nil, err
			}
		case l1.ItemForcedTx:
			in.Data = it.Data
			if err := w.applyTx(it.Data); err != nil {
				return nil, err
			}
		}
		return EncodeStepInput(in)
	}
	if err := w.record(kctx, src, cursor); err != nil {
		return nil, err
	}
	return EncodeStepInput(in)
}

func stepBatch(b *l1.Batch) StepBatch {
	return StepBatch{Index: b.Index, PrevHash: b.PrevHash, Kind: uint8(b.Kind), DataRef: b.DataRef, K: b.K,
		RecordCount: b.RecordCount, QueueStart: b.QueueStart, QueueEnd: b.QueueEnd, StepsStart: b.StepsStart,
		StepsEnd: b.StepsEnd, L2BlockStart: b.L2BlockStart, L2BlockEnd: b.L2BlockEnd, L1Timestamp: b.L1Timestamp}
}

func stepItem(it *l1.QueueItem) StepItem {
	v := new(big.Int)
	if it.Value != nil {
		v.Set(it.Value)
	}
	return StepItem{Kind: uint8(it.Kind), L1Sender: it.L1Sender, To: it.To, Value: v, DataHash: it.DataHash,
		L1Block: it.L1Block, Timestamp: it.Timestamp}
}

// witness collects the accounts and proofs of a step while applying it.
type witness struct {
	p  stf.Params
	st *state.State
	in *StepInput
}

// record reads the record at cursor, opens its elements and applies it.
func (w *witness) record(kctx *kzg.Context, src *StepSource, cursor uint64) error {
	b := &src.Batch
	if b.Kind != l1.KindQuire {
		return fmt.Errorf("%w: record step of a kind %d batch", ErrStepSource, b.Kind)
	}
	h := src.Header
	if h == nil || h.Core.K != b.K || dac.BlobID(b.DataRef) != h.BlobID() || len(h.Commitments) != 2*int(b.K) {
		return fmt.Errorf("%w: header does not match the batch's blob", ErrStepSource)
	}
	r := batch.Read(batch.FromBytes(src.Blob, int(b.K)), cursor, w.p.MaxRecord)
	if r.Kind == batch.KindBeyondRows {
		return nil
	}
	row := int(cursor / batch.ElementsPerRow)
	lo := row * erasure.RowPayloadBytes
	chunk := src.Blob[min(lo, len(src.Blob)):min(lo+erasure.RowPayloadBytes, len(src.Blob))]
	var vals []fr.Element
	if len(chunk) == 0 {
		vals = make([]fr.Element, erasure.ElementsPerRow) // a zero row
	} else {
		rows, err := erasure.Pack(chunk, 1)
		if err != nil {
			return fmt.Errorf("prover: pack row %d: %w", row, err)
		}
		vals = rows[0]
	}
	proof, err := h.CommitmentProof(row)
	if err != nil {
		return fmt.Errorf("prover: commitment proof: %w", err)
	}
	w.in.Blob = StepBlob{Version: h.Core.Version, Size: h.Core.Size, K: h.Core.K, CommitmentsRoot: h.Core.CommitmentsRoot}
	w.in.Commitment = append([]byte(nil), h.Commitments[row][:]...)
	w.in.RowProof = proof
	for c := r.First; c < r.End; c++ {
		e := int(c % batch.ElementsPerRow)
		p, err := kctx.ComputeProofAt(vals, e)
		if err != nil {
			return fmt.Errorf("prover: opening of element %d: %w", c, err)
		}
		w.in.Values = append(w.in.Values, vals[e].Bytes())
		w.in.Openings = append(w.in.Openings, p[:]...)
	}
	if r.Kind != batch.KindBody {
		return nil
	}
	if tag := r.Body[0]; tag != txn.TypeDynamic && tag < 0xc0 {
		return nil // a marker or an unknown body: no state change
	}
	return w.applyTx(r.Body)
}

// applyTx applies a transaction's bytes as stf.applyBytes / stf.ApplyTx,
// recording a witness before each effect.
func (w *witness) applyTx(raw []byte) error {
	tx, err := txn.Decode(raw, txn.Params{ChainID: w.p.ChainID, BaseFee: w.p.BaseFee})
	if err != nil {
		return nil // malformed: a no-op
	}
	from, err := w.account(tx.From)
	if err != nil {
		return err
	}
	cost, over := tx.Cost(w.p.BaseFee)
	if tx.Nonce != from.Nonce || over || from.Balance.Lt(&cost) {
		return nil
	}
	fee, _ := tx.Fee(w.p.BaseFee)
	from.Balance.Sub(&from.Balance, &cost)
	from.Nonce++
	if err := w.st.SetAccount(tx.From, from); err != nil {
		return err
	}
	if tx.To == rollup.WithdrawalAddress {
		p, err := w.st.ProveWithdrawal(tx.From, tx.Nonce)
		if err != nil {
			return err
		}
		w.in.Accounts = append(w.in.Accounts, StepAccount{Balance: new(big.Int)})
		w.in.Proofs = append(w.in.Proofs, SMTProof(p))
		if err := w.st.AddWithdrawal(state.Withdrawal{Sender: tx.From, Nonce: tx.Nonce, Amount: tx.Value}); err != nil {
			return err
		}
	} else if err := w.credit(tx.To, &tx.Value); err != nil {
		return err
	}
	return w.credit(w.p.FeeRecipient, &fee)
}

// credit adds v to addr's balance (nothing when v is 0), as stf.credit.
func (w *witness) credit(addr common.Address, v *uint256.Int) error {
	if v.IsZero() {
		return nil
	}
	a, err := w.account(addr)
	if err != nil {
		return err
	}
	a.Balance.Add(&a.Balance, v)
	return w.st.SetAccount(addr, a)
}

// account reads addr with its proof against the current root.
func (w *witness) account(addr common.Address) (state.Account, error) {
	a, p, err := w.st.ProveAccount(addr)
	if err != nil {
		return state.Account{}, err
	}
	w.in.Accounts = append(w.in.Accounts, StepAccount{Balance: a.Balance.ToBig(), Nonce: a.Nonce})
	w.in.Proofs = append(w.in.Proofs, SMTProof(p))
	return a, nil
}
