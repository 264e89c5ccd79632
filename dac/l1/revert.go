package l1

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/quire-da/quire/contracts"
)

// RevertError is a contract revert, decoded: Name is the Solidity custom
// error ("InvalidSignature", "EpochExpired", ...), "Error"
// for a revert string, "Panic" for a Solidity panic, and "" when the data
// matches nothing the contract defines (then only Data is set). It wraps
// ErrReverted. Committee calls decode by the committee contract's errors,
// Contract calls by their own contract's.
type RevertError struct {
	Name string
	Args []any
	Data []byte
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		if len(e.Data) == 0 {
			return "l1: execution reverted (no data)"
		}
		return fmt.Sprintf("l1: execution reverted with unknown data %s", hexutil.Encode(e.Data))
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("l1: execution reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

func (e *RevertError) Unwrap() error { return ErrReverted }

var committeeABI = func() abi.ABI {
	a, err := contracts.CommitteeMetaData.ParseABI()
	if err != nil {
		panic("l1: committed ABI does not parse: " + err.Error()) // build-time invariant
	}
	return *a
}()

// ErrorSelector returns the 4-byte selector of the committee contract's
// custom error name, and false when the contract has no such error.
func ErrorSelector(name string) ([4]byte, bool) { return ErrorSelectorIn(&committeeABI, name) }

// ErrorSelectorIn returns the 4-byte selector of a's custom error name,
// and false when a has no such error.
func ErrorSelectorIn(a *abi.ABI, name string) ([4]byte, bool) {
	e, ok := a.Errors[name]
	if !ok {
		return [4]byte{}, false
	}
	var sel [4]byte
	copy(sel[:], e.ID[:4])
	return sel, true
}

var (
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector       = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// DecodeRevert decodes revert data returned by the committee contract
// (DecodeRevertWith its ABI).
func DecodeRevert(data []byte) *RevertError { return DecodeRevertWith(&committeeABI, data) }

// DecodeRevertWith decodes revert data by the custom errors of a, and the
// Error(string) and Panic(uint256) of Solidity. It never fails: data it
// cannot decode is kept raw in a RevertError with an empty Name. The
// bytes come from the chain (any contract can answer a call): it never
// panics.
func DecodeRevertWith(a *abi.ABI, data []byte) *RevertError {
	e := &RevertError{Data: bytes.Clone(data)}
	if len(data) < 4 {
		return e
	}
	switch {
	case bytes.Equal(data[:4], errorStringSelector), bytes.Equal(data[:4], panicSelector):
		if reason, err := abi.UnpackRevert(data); err == nil {
			e.Args = []any{reason}
			if bytes.Equal(data[:4], panicSelector) {
				e.Name = "Panic"
			} else {
				e.Name = "Error"
			}
		}
		return e
	}
	for name, ae := range a.Errors {
		if !bytes.Equal(ae.ID[:4], data[:4]) {
			continue
		}
		args, err := ae.Inputs.Unpack(data[4:])
		if err != nil {
			return e
		}
		e.Name = name
		e.Args = args
		return e
	}
	return e
}

// dataError is what go-ethereum's RPC client returns for a revert: the
// revert data as a hex string.
type dataError interface {
	error
	ErrorData() any
}

// asRevertWith turns an RPC error carrying revert data into a
// *RevertError decoded by a's errors, and returns err unchanged otherwise.
func asRevertWith(a *abi.ABI, err error) error {
	if err == nil {
		return nil
	}
	var de dataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, decErr := hexutil.Decode(s)
	if decErr != nil {
		return err
	}
	return DecodeRevertWith(a, data)
}

// RevertName returns the name of the contract error err carries, or "".
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}
