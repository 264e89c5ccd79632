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
	ABI: "[]",
	ID:  "TxLib",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220c4459d744e8fa2446251500dbc126e9347cad36143ca81daa54f906438bf3dd964736f6c634300081e0033",
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
