package stf

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/txn"
)

// Params are the parameters the state transition reads.
type Params struct {
	ChainID       uint64
	BaseFee       uint64
	FeeRecipient  common.Address
	MaxRecord     int
	BlockGasLimit uint64
	GenesisTime   uint64

	// Decode, when set, replaces txn.Decode for record bodies and forced
	// transactions. It must return exactly what txn.Decode returns; it lets
	// a node recover senders on other cores ahead of the state transition
	// (a cache filled by workers), which this package never does itself.
	Decode func(raw []byte, p txn.Params) (*txn.Tx, error)
}

// ParamsOf returns the state transition parameters of a rollup config.
func ParamsOf(c rollup.Config) Params {
	return Params{ChainID: c.ChainID, BaseFee: c.BaseFee, FeeRecipient: c.FeeRecipient,
		MaxRecord: int(c.MaxRecord), BlockGasLimit: c.BlockGasLimit, GenesisTime: c.GenesisTime}
}

func (p Params) txParams() txn.Params { return txn.Params{ChainID: p.ChainID, BaseFee: p.BaseFee} }

// QueueKind is the kind of an L1 queue item (the inbox's numbering).
type QueueKind uint8

const (
	QueueDeposit  QueueKind = 0
	QueueForcedTx QueueKind = 1
)

// QueueItem is a deposit or forced transaction from the inbox's queue.
type QueueItem struct {
	Index uint64         `json:"index"`
	Kind  QueueKind      `json:"kind"`
	To    common.Address `json:"to,omitempty"`    // deposit
	Value *uint256.Int   `json:"value,omitempty"` // deposit
	Tx    []byte         `json:"tx,omitempty"`    // forced transaction, the signed bytes
}

// Input is what one step consumes: a queue item or a record.
type Input struct {
	Queue  *QueueItem
	Record *batch.Record
}

// StepKind says what a step did.
type StepKind uint8

const (
	StepDeposit  StepKind = iota + 1 // a queue deposit: credits To
	StepForcedTx                     // a queue forced transaction (applied or a no-op)
	StepTx                           // a record carrying a transaction (applied or a no-op)
	StepMarker                       // a record carrying an L2 block marker
	StepNoOp                         // any other record: end of row, bad length, beyond rows, unknown body
)

var stepNames = [...]string{StepDeposit: "deposit", StepForcedTx: "forced-tx", StepTx: "tx", StepMarker: "marker", StepNoOp: "no-op"}

func (k StepKind) String() string {
	if int(k) < len(stepNames) && stepNames[k] != "" {
		return stepNames[k]
	}
	return "unknown"
}

// MarkerTag is the first byte of an L2 block marker record:
// 0xB1 || timestamp (uint64) || l1Origin (uint64), exactly 17 bytes.
const (
	MarkerTag  = 0xB1
	MarkerSize = 17
)

// Marker opens an L2 block.
type Marker struct {
	Time     uint64 `json:"timestamp"`
	L1Origin uint64 `json:"l1Origin"`
}

// Encode returns the marker's record body.
func (m Marker) Encode() []byte {
	b := make([]byte, MarkerSize)
	b[0] = MarkerTag
	binary.BigEndian.PutUint64(b[1:], m.Time)
	binary.BigEndian.PutUint64(b[9:], m.L1Origin)
	return b
}

// Outcome is the result of one step.
type Outcome struct {
	Kind StepKind
	// Applied: the step changed the state (a deposit, an applied
	// transaction); a marker is never "applied".
	Applied bool
	// Reason says why a transaction step is a no-op (a txn.Reason).
	Reason error
	Tx     *txn.Tx
	Marker *Marker
	// Withdrawal is set when an applied transaction paid W.
	Withdrawal *state.Withdrawal
}

// Step applies one step to st and returns what happened. It never fails on
// its input (malformed input is a no-op); an error means the state's store
// failed, and st must then be discarded.
func Step(p Params, st *state.State, in Input) (Outcome, error) {
	switch {
	case in.Queue != nil && in.Queue.Kind == QueueDeposit:
		return deposit(st, in.Queue)
	case in.Queue != nil && in.Queue.Kind == QueueForcedTx:
		out := Outcome{Kind: StepForcedTx}
		return applyBytes(p, st, in.Queue.Tx, out)
	case in.Queue != nil:
		// The inbox only emits the two kinds; anything else changes nothing.
		return Outcome{Kind: StepNoOp}, nil
	case in.Record != nil && in.Record.Kind == batch.KindBody:
		body := in.Record.Body
		if body[0] == MarkerTag {
			if len(body) != MarkerSize {
				return Outcome{Kind: StepNoOp}, nil
			}
			return Outcome{Kind: StepMarker, Marker: &Marker{Time: binary.BigEndian.Uint64(body[1:]),
				L1Origin: binary.BigEndian.Uint64(body[9:])}}, nil
		}
		if body[0] != txn.TypeDynamic && body[0] < 0xc0 {
			return Outcome{Kind: StepNoOp}, nil
		}
		return applyBytes(p, st, body, Outcome{Kind: StepTx})
	default:
		return Outcome{Kind: StepNoOp}, nil
	}
}

func deposit(st *state.State, q *QueueItem) (Outcome, error) {
	out := Outcome{Kind: StepDeposit, Applied: true}
	a, err := st.Account(q.To)
	if err != nil {
		return out, err
	}
	if q.Value != nil {
		a.Balance.Add(&a.Balance, q.Value) // cannot wrap: the sum of balances <= the ETH the inbox holds
	}
	return out, st.SetAccount(q.To, a)
}

func applyBytes(p Params, st *state.State, raw []byte, out Outcome) (Outcome, error) {
	decode := p.Decode
	if decode == nil {
		decode = txn.Decode
	}
	tx, err := decode(raw, p.txParams())
	if err != nil {
		out.Reason = err
		return out, nil
	}
	out.Tx = tx
	return ApplyTx(p, st, tx, out)
}

// ApplyTx applies a decoded transaction (stateless rules already checked)
// with the stateful rules: nonce == the sender's nonce and balance >=
// value + 21000 x price. Effects, in order: the sender pays value + fee and
// its nonce grows by one; then the recipient is credited the value, or, for
// W, the withdrawal leaf (sender, nonce before the bump, value) is set;
// then the fee recipient is credited the fee. Each effect reads the state
// the previous one left, so a sender paying itself or the fee recipient
// nets out.
func ApplyTx(p Params, st *state.State, tx *txn.Tx, out Outcome) (Outcome, error) {
	from, err := st.Account(tx.From)
	if err != nil {
		return out, err
	}
	if tx.Nonce != from.Nonce {
		out.Reason = txn.ErrNonce
		return out, nil
	}
	cost, over := tx.Cost(p.BaseFee)
	if over || from.Balance.Lt(&cost) {
		out.Reason = txn.ErrInsufficientFunds
		return out, nil
	}
	fee, _ := tx.Fee(p.BaseFee)
	from.Balance.Sub(&from.Balance, &cost)
	from.Nonce++
	if err := st.SetAccount(tx.From, from); err != nil {
		return out, err
	}
	if tx.To == rollup.WithdrawalAddress {
		w := &state.Withdrawal{Sender: tx.From, Nonce: tx.Nonce, Amount: tx.Value}
		if err := st.AddWithdrawal(*w); err != nil {
			return out, fmt.Errorf("stf: withdrawal: %w", err)
		}
		out.Withdrawal = w
	} else if err := credit(st, tx.To, &tx.Value); err != nil {
		return out, err
	}
	if err := credit(st, p.FeeRecipient, &fee); err != nil {
		return out, err
	}
	out.Applied = true
	return out, nil
}

func credit(st *state.State, addr common.Address, v *uint256.Int) error {
	if v.IsZero() {
		return nil
	}
	a, err := st.Account(addr)
	if err != nil {
		return err
	}
	a.Balance.Add(&a.Balance, v)
	return st.SetAccount(addr, a)
}
