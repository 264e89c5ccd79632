package l1

import (
	"bytes"
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/quire-da/quire/contracts"
	dacl1 "github.com/quire-da/quire/dac/l1"
)

var inboxABI = func() abi.ABI {
	a, err := contracts.RollupInboxMetaData.ParseABI()
	if err != nil {
		panic("rollup/l1: committed ABI does not parse: " + err.Error()) // build-time invariant
	}
	return *a
}()

// ErrorSelector returns the 4-byte selector of RollupInbox's custom error
// name, and false when the contract has no such error.
func ErrorSelector(name string) ([4]byte, bool) {
	e, ok := inboxABI.Errors[name]
	if !ok {
		return [4]byte{}, false
	}
	var sel [4]byte
	copy(sel[:], e.ID[:4])
	return sel, true
}

// DecodeRevert decodes revert data of RollupInbox, or of the Committee
// (certifyAndAppend passes its reverts through), into dac/l1's
// *RevertError (Name is the custom error, "Error", "Panic", or "" for data
// neither contract defines). It never fails.
func DecodeRevert(data []byte) *dacl1.RevertError {
	if len(data) >= 4 {
		for name, e := range inboxABI.Errors {
			if !bytes.Equal(e.ID[:4], data[:4]) {
				continue
			}
			args, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				break
			}
			return &dacl1.RevertError{Name: name, Args: args, Data: bytes.Clone(data)}
		}
	}
	return dacl1.DecodeRevert(data)
}

// RevertName returns the name of the contract error err carries, or "".
func RevertName(err error) string { return dacl1.RevertName(err) }

type dataError interface {
	error
	ErrorData() any
}

// asRevert turns an RPC error carrying revert data into a *RevertError and
// returns other errors unchanged.
func asRevert(err error) error {
	var de dataError
	if err == nil || !errors.As(err, &de) {
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
	return DecodeRevert(data)
}
