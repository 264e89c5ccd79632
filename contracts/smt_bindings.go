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

// SMTLibProof is an auto generated low-level Go binding around an user-defined struct.
type SMTLibProof struct {
	Bitmap    *big.Int
	Siblings  [][32]byte
	OtherKey  [32]byte
	OtherLeaf [32]byte
}

// SMTMetaData contains all meta data concerning the SMT contract.
var SMTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"SMTProofOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"SMTProofShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"bitmap\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"otherKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"otherLeaf\",\"type\":\"bytes32\"}],\"internalType\":\"structSMTLib.Proof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"computeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "SMT",
	Bin: "0x6080604052348015600e575f5ffd5b506104d38061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063555b133a1461002d575b5f5ffd5b61004061003b36600461037b565b610052565b60405190815260200160405180910390f35b5f61005e848484610066565b949350505050565b5f8135368261007860208601866103cd565b915091505f61008684610247565b90508181146100cf576040517fb245ebc0000000000000000000000000000000000000000000000000000000008152600481018290526024810183905260440160405180910390fd5b5f6100d985610283565b9050886060880135156101b857604088013581811890821480610109575061010083108015610109575080831c15155b15610140576040517f5e5c5de200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6101538a604001358b606001356102b0565b90508a610162578098506101b1565b5f61016c836102cd565b90505f6101798e8e6102b0565b9050600185831c161561019557610190838261035e565b61019f565b61019f818461035e565b9a506101ac826001610438565b955050505b50506101cb565b88156101cb576101c88a8a6102b0565b96505b5f825b610100811015610238575f8189901c600116600103610209578787848181106101f9576101f9610470565b9050602002013590508260010192505b600184831c16156102235761021e818b61035e565b61022d565b61022d8a8261035e565b9950506001016101ce565b50505050505050509392505050565b5f5b811561027e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820190911690600101610249565b919050565b5f815f036102945750610100919050565b6102aa6102a383196001610438565b83166102cd565b92915050565b5f6040516002815360018101939093525060218201526041902090565b5f608082901c156102e057608091821c91015b604082901c156102f257604091821c91015b602082901c1561030457602091821c91015b601082901c1561031657601091821c91015b600882901c1561032857600891821c91015b600482901c1561033a57600491821c91015b600282901c1561034c57600291821c91015b600182901c1561027e57600101919050565b5f6040516003815360018101939093525060218201526041902090565b5f5f5f6060848603121561038d575f5ffd5b8335925060208401359150604084013567ffffffffffffffff8111156103b1575f5ffd5b8401608081870312156103c2575f5ffd5b809150509250925092565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610400575f5ffd5b83018035915067ffffffffffffffff82111561041a575f5ffd5b6020019150600581901b3603821315610431575f5ffd5b9250929050565b808201808211156102aa577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea26469706673582212200fb871393157d1537b9c328637aef880f1546a8c0877038aeae10be06b7695e864736f6c634300081e0033",
}

// SMT is an auto generated Go binding around an Ethereum contract.
type SMT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SMT) GetABI() abi.ABI {
	return c.abi
}

// NewSMT creates a new instance of SMT.
func NewSMT() *SMT {
	parsed, err := SMTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SMT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SMT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackComputeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555b133a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeRoot(bytes32 key, bytes32 leaf, (uint256,bytes32[],bytes32,bytes32) p) pure returns(bytes32)
func (sMT *SMT) PackComputeRoot(key [32]byte, leaf [32]byte, p SMTLibProof) []byte {
	enc, err := sMT.abi.Pack("computeRoot", key, leaf, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555b133a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeRoot(bytes32 key, bytes32 leaf, (uint256,bytes32[],bytes32,bytes32) p) pure returns(bytes32)
func (sMT *SMT) TryPackComputeRoot(key [32]byte, leaf [32]byte, p SMTLibProof) ([]byte, error) {
	return sMT.abi.Pack("computeRoot", key, leaf, p)
}

// UnpackComputeRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x555b133a.
//
// Solidity: function computeRoot(bytes32 key, bytes32 leaf, (uint256,bytes32[],bytes32,bytes32) p) pure returns(bytes32)
func (sMT *SMT) UnpackComputeRoot(data []byte) ([32]byte, error) {
	out, err := sMT.abi.Unpack("computeRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sMT *SMT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sMT.abi.Errors["SMTProofOther"].ID.Bytes()[:4]) {
		return sMT.UnpackSMTProofOtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], sMT.abi.Errors["SMTProofShape"].ID.Bytes()[:4]) {
		return sMT.UnpackSMTProofShapeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SMTSMTProofOther represents a SMTProofOther error raised by the SMT contract.
type SMTSMTProofOther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SMTProofOther()
func SMTSMTProofOtherErrorID() common.Hash {
	return common.HexToHash("0x5e5c5de22259da56b7f80c589152f0df07e3974bf4f0d65816223051a3a188bc")
}

// UnpackSMTProofOtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SMTProofOther()
func (sMT *SMT) UnpackSMTProofOtherError(raw []byte) (*SMTSMTProofOther, error) {
	out := new(SMTSMTProofOther)
	if err := sMT.abi.UnpackIntoInterface(out, "SMTProofOther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SMTSMTProofShape represents a SMTProofShape error raised by the SMT contract.
type SMTSMTProofShape struct {
	Bits     *big.Int
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SMTProofShape(uint256 bits, uint256 siblings)
func SMTSMTProofShapeErrorID() common.Hash {
	return common.HexToHash("0xb245ebc0d6fb39b0a59009fe2695c5a524818b7394049b6f2036455fc54cd172")
}

// UnpackSMTProofShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SMTProofShape(uint256 bits, uint256 siblings)
func (sMT *SMT) UnpackSMTProofShapeError(raw []byte) (*SMTSMTProofShape, error) {
	out := new(SMTSMTProofShape)
	if err := sMT.abi.UnpackIntoInterface(out, "SMTProofShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}
