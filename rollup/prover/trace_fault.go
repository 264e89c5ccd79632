package prover

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// FaultKind is the lie a faulty trace tells (tests and the demo).
type FaultKind uint8

const (
	// FaultArithmetic credits the recipient of an applied transfer one wei
	// more than its value.
	FaultArithmetic FaultKind = iota + 1
	// FaultSkipTx leaves out a transaction that applies.
	FaultSkipTx
	// FaultInventTx adds a transaction nobody sent: Amount credited to
	// Beneficiary after the step.
	FaultInventTx
	// FaultReorder swaps a transaction that applies with the next
	// transaction of its batch.
	FaultReorder
	// FaultUncreditedDeposit leaves out a deposit.
	FaultUncreditedDeposit
	// FaultOmitForced leaves out a forced transaction that applies (one the
	// inbox made overdue and forced in).
	FaultOmitForced
	// FaultInflateWithdrawal records a withdrawal of Amount more than the
	// sender paid.
	FaultInflateWithdrawal
)

var faultNames = [...]string{FaultArithmetic: "arithmetic", FaultSkipTx: "skip-tx", FaultInventTx: "invent-tx",
	FaultReorder: "reorder", FaultUncreditedDeposit: "uncredited-deposit", FaultOmitForced: "omit-forced",
	FaultInflateWithdrawal: "inflate-withdrawal"}

// FaultKinds lists every kind.
var FaultKinds = []FaultKind{FaultArithmetic, FaultSkipTx, FaultInventTx, FaultReorder, FaultUncreditedDeposit,
	FaultOmitForced, FaultInflateWithdrawal}

func (k FaultKind) String() string {
	if int(k) < len(faultNames) && faultNames[k] != "" {
		return faultNames[k]
	}
	return fmt.Sprintf("fault(%d)", uint8(k))
}

// ParseFaultKind returns the kind named s (FaultKind.String).
func ParseFaultKind(s string) (FaultKind, error) {
	for _, k := range FaultKinds {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("prover: unknown fault %q", s)
}

// Fault makes a trace lie once, at the first step at or after Step where
// its kind applies (a transfer that applies for FaultArithmetic, a deposit
// for FaultUncreditedDeposit, and so on). From there on the trace plays
// its lie consistently: every later claim and output follows from it.
type Fault struct {
	Kind FaultKind
	Step uint64
	// Beneficiary and Amount: who FaultInventTx credits and how much, and
	// what FaultInflateWithdrawal adds (default 1 ether).
	Beneficiary common.Address
	Amount      *uint256.Int
}

// Validate checks the fault.
func (f *Fault) Validate() error {
	if f.Kind < FaultArithmetic || f.Kind > FaultInflateWithdrawal {
		return fmt.Errorf("prover: unknown fault kind %d", f.Kind)
	}
	return nil
}

func (f *Fault) amount() *uint256.Int {
	if f.Amount != nil && !f.Amount.IsZero() {
		return f.Amount
	}
	return uint256.NewInt(1e18)
}

// apply executes input i of in (which FaultReorder may permute) on st with
// the lie when it applies here, and reports whether it fired.
func (f *Fault) apply(p stf.Params, st *state.State, in []stf.Input, i int) (bool, error) {
	step := func() (stf.Outcome, error) { return stf.Step(p, st, in[i]) }
	switch f.Kind {
	case FaultArithmetic:
		out, err := step()
		if err != nil || !out.Applied || out.Tx == nil || out.Tx.To == rollup.WithdrawalAddress {
			return false, err
		}
		return true, credit(st, out.Tx.To, uint256.NewInt(1))
	case FaultSkipTx, FaultOmitForced:
		tx, err := applies(p, st, in[i])
		if err != nil || tx == nil || (f.Kind == FaultOmitForced) != (in[i].Queue != nil) {
			if err == nil {
				_, err = step()
			}
			return false, err
		}
		return true, nil
	case FaultInventTx:
		if _, err := step(); err != nil {
			return false, err
		}
		return true, credit(st, f.Beneficiary, f.amount())
	case FaultReorder:
		tx, err := applies(p, st, in[i])
		if err != nil {
			return false, err
		}
		if tx != nil {
			for j := i + 1; j < len(in); j++ {
				if isTx(in[j]) && !sameBytes(in[i], in[j]) {
					in[i], in[j] = in[j], in[i]
					_, err := step()
					return true, err
				}
			}
		}
		_, err = step()
		return false, err
	case FaultUncreditedDeposit:
		if q := in[i].Queue; q != nil && q.Kind == stf.QueueDeposit && q.Value != nil && !q.Value.IsZero() {
			return true, nil
		}
		_, err := step()
		return false, err
	case FaultInflateWithdrawal:
		tx, err := applies(p, st, in[i])
		if err != nil || tx == nil || tx.To != rollup.WithdrawalAddress {
			if err == nil {
				_, err = step()
			}
			return false, err
		}
		return true, inflatedWithdrawal(p, st, tx, f.amount())
	}
	return false, fmt.Errorf("prover: unknown fault kind %d", f.Kind)
}

// txBytes returns the transaction bytes a step would decode (nil for a
// step that never carries one), by stf.Step's dispatch.
func txBytes(in stf.Input) []byte {
	switch {
	case in.Queue != nil && in.Queue.Kind == stf.QueueForcedTx:
		return in.Queue.Tx
	case in.Record != nil && in.Record.Kind == batch.KindBody:
		b := in.Record.Body
		if b[0] == txn.TypeDynamic || (b[0] >= 0xc0 && b[0] != stf.MarkerTag) {
			return b
		}
	}
	return nil
}

func isTx(in stf.Input) bool { return txBytes(in) != nil }

func sameBytes(a, b stf.Input) bool { return string(txBytes(a)) == string(txBytes(b)) }

// applies returns the transaction of the step when it would apply on st
// (stf.ApplyTx's stateful rules), nil otherwise.
func applies(p stf.Params, st *state.State, in stf.Input) (*txn.Tx, error) {
	raw := txBytes(in)
	if raw == nil {
		return nil, nil
	}
	tx, err := txn.Decode(raw, txn.Params{ChainID: p.ChainID, BaseFee: p.BaseFee})
	if err != nil {
		return nil, nil
	}
	from, err := st.Account(tx.From)
	if err != nil {
		return nil, err
	}
	cost, over := tx.Cost(p.BaseFee)
	if tx.Nonce != from.Nonce || over || from.Balance.Lt(&cost) {
		return nil, nil
	}
	return tx, nil
}

// inflatedWithdrawal is stf.ApplyTx for a withdrawal whose leaf records
// extra more than the sender paid.
func inflatedWithdrawal(p stf.Params, st *state.State, tx *txn.Tx, extra *uint256.Int) error {
	from, err := st.Account(tx.From)
	if err != nil {
		return err
	}
	cost, _ := tx.Cost(p.BaseFee)
	fee, _ := tx.Fee(p.BaseFee)
	from.Balance.Sub(&from.Balance, &cost)
	from.Nonce++
	if err := st.SetAccount(tx.From, from); err != nil {
		return err
	}
	w := state.Withdrawal{Sender: tx.From, Nonce: tx.Nonce}
	w.Amount.Add(&tx.Value, extra)
	if err := st.AddWithdrawal(w); err != nil {
		return err
	}
	return credit(st, p.FeeRecipient, &fee)
}

func credit(st *state.State, addr common.Address, v *uint256.Int) error {
	a, err := st.Account(addr)
	if err != nil {
		return err
	}
	a.Balance.Add(&a.Balance, v)
	return st.SetAccount(addr, a)
}
