// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TxLibMetaData contains all meta data concerning the TxLib contract.
var TxLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"TxLibNotLanded\",\"type\":\"error\"}]",
	ID:  "TxLib",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220eef7c77b1a6fec3e7093cc382f9b17329a08ed2735859908ddc1ae15f7a6d4d264736f6c634300081e0033",
}

// TxLib is an auto generated Go binding around an Ethereum contract.
type TxLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TxLib) GetABI() abi.ABI {
	return c.abi
}

// NewTxLib creates a new instance of TxLib.
func NewTxLib() *TxLib {
	parsed, err := TxLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TxLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TxLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (txLib *TxLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], txLib.abi.Errors["TxLibNotLanded"].ID.Bytes()[:4]) {
		return txLib.UnpackTxLibNotLandedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TxLibTxLibNotLanded represents a TxLibNotLanded error raised by the TxLib contract.
type TxLibTxLibNotLanded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxLibNotLanded()
func TxLibTxLibNotLandedErrorID() common.Hash {
	return common.HexToHash("0x92a5839e130347a1b37cf66e8c13f299ea0b931a22ae1c4f9665b2d73052f1f8")
}

// UnpackTxLibNotLandedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxLibNotLanded()
func (txLib *TxLib) UnpackTxLibNotLandedError(raw []byte) (*TxLibTxLibNotLanded, error) {
	out := new(TxLibTxLibNotLanded)
	if err := txLib.abi.UnpackIntoInterface(out, "TxLibNotLanded", raw); err != nil {
		return nil, err
	}
	return out, nil
}
