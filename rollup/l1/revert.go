package l1

import (
	"maps"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/quire-da/quire/contracts"
	dacl1 "github.com/quire-da/quire/dac/l1"
)

// revertABI holds RollupInbox's custom errors, the Committee's, which
// certifyAndAppend passes through, and RollupGame's, which withdraw passes
// through (NotFinalized).
var revertABI = func() abi.ABI {
	a := &inboxOnly
	merged := *a
	merged.Errors = maps.Clone(a.Errors)
	for _, meta := range []*bind.MetaData{&contracts.CommitteeMetaData, &contracts.RollupGameMetaData} {
		c, err := meta.ParseABI()
		if err != nil {
			panic("rollup/l1: committed ABI does not parse: " + err.Error()) // build-time invariant
		}
		for name, e := range c.Errors {
			if _, ok := merged.Errors[name]; !ok {
				merged.Errors[name] = e
			}
		}
	}
	return merged
}()

// inboxOnly is RollupInbox's own ABI.
var inboxOnly = func() abi.ABI {
	a, err := contracts.RollupInboxMetaData.ParseABI()
	if err != nil {
		panic("rollup/l1: committed ABI does not parse: " + err.Error()) // build-time invariant
	}
	return *a
}()

// ErrorSelector returns the 4-byte selector of RollupInbox's custom error
// name, and false when the contract has no such error.
func ErrorSelector(name string) ([4]byte, bool) {
	return dacl1.ErrorSelectorIn(&inboxOnly, name)
}

// GameErrorSelector returns the 4-byte selector of RollupGame's custom
// error name, and false when the contract has no such error.
func GameErrorSelector(name string) ([4]byte, bool) {
	return dacl1.ErrorSelectorIn(gameOnly, name)
}

// DecodeGameRevert decodes revert data of RollupGame (or of the one-step
// verifier's errors it passes through, as "" when unknown).
func DecodeGameRevert(data []byte) *dacl1.RevertError { return dacl1.DecodeRevertWith(gameOnly, data) }

// DecodeRevert decodes revert data of RollupInbox, or of the Committee
// (certifyAndAppend passes its reverts through) or RollupGame (withdraw
// does), into dac/l1's
// *RevertError (Name is the custom error, "Error", "Panic", or "" for data
// neither contract defines). It never fails.
func DecodeRevert(data []byte) *dacl1.RevertError { return dacl1.DecodeRevertWith(&revertABI, data) }

// RevertName returns the name of the contract error err carries, or "".
func RevertName(err error) string { return dacl1.RevertName(err) }
