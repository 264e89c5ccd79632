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

// BlobReaderBlob is an auto generated low-level Go binding around an user-defined struct.
type BlobReaderBlob struct {
	Version         uint8
	Size            uint64
	K               uint32
	CommitmentsRoot [32]byte
}

// BlobReaderRow is an auto generated low-level Go binding around an user-defined struct.
type BlobReaderRow struct {
	Index      *big.Int
	Commitment []byte
	Proof      [][32]byte
}

// BlobReaderMetaData contains all meta data concerning the BlobReader contract.
var BlobReaderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"committee_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"}],\"name\":\"BlobIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"}],\"name\":\"ElementOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"InvalidK\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"}],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"RootProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rows\",\"type\":\"uint256\"}],\"name\":\"RowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"}],\"name\":\"UncertifiedBlob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"}],\"name\":\"ValueNotCanonical\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structBlobReader.Blob\",\"name\":\"blob\",\"type\":\"tuple\"}],\"name\":\"blobIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"contractICertifications\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structBlobReader.Blob\",\"name\":\"blob\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"commitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structBlobReader.Row\",\"name\":\"row\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"read\",\"outputs\":[{\"internalType\":\"bytes31\",\"name\":\"payload\",\"type\":\"bytes31\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structBlobReader.Blob\",\"name\":\"blob\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"commitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structBlobReader.Row\",\"name\":\"row\",\"type\":\"tuple\"},{\"internalType\":\"uint256[]\",\"name\":\"elements\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"values\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"proofs\",\"type\":\"bytes\"}],\"name\":\"readMany\",\"outputs\":[{\"internalType\":\"bytes31[]\",\"name\":\"payloads\",\"type\":\"bytes31[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"commitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"zAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"zAtModexp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"z\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BlobReader",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516115c23803806115c2833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161153d6100855f395f8181610146015261090d015261153d5ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80639a1ec287116100585780639a1ec287146100ca5780639fb9abcd146100ea578063d563f74f1461012e578063d864e74014610141575f5ffd5b8063251808931461007e5780633f6dff7c146100a45780637e2db49f146100b7575b5f5ffd5b61009161008c366004610f41565b61018d565b6040519081526020015b60405180910390f35b6100916100b2366004610fde565b6101e0565b6100916100c536600461106d565b61024d565b6100dd6100d836600461109e565b610337565b60405161009b9190611185565b6100fd6100f83660046111e9565b610390565b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116815260200161009b565b61009161013c366004610f41565b610432565b6101687f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161009b565b5f61100082106101d1576040517f9ba15c78000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b6101da82610527565b92915050565b5f84846040516101f1929190611282565b6040519081900390209050815f5b81811015610242578060051b850135600189165f811461022557815f528460205261022d565b845f52816020525b505060405f20600198891c98909350016101ff565b505095945050505050565b5f61025b6020830183611291565b61026b60408401602085016112c9565b61027b60608501604086016112e4565b846060013560405160200161031a949392919060f89490941b7fff0000000000000000000000000000000000000000000000000000000000000016845260c09290921b7fffffffffffffffff00000000000000000000000000000000000000000000000016600184015260e01b7fffffffff00000000000000000000000000000000000000000000000000000000166009830152600d820152602d0190565b604051602081830303815290604052805190602001209050919050565b60605f6103638b8b8b3561034e60208e018e611307565b8e806040019061035e9190611368565b6108c5565b90506103818161037660208c018c611307565b8b8b8b8b8b8b610c65565b9b9a5050505050505050505050565b5f806103b3898989356103a660208c018c611307565b61035e60408e018e611368565b9050365f6103c460208a018a611307565b90925090506030851461040d576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101869052603060248201526044016101c8565b818661041c85838c8c85610e20565b50505060089590951b9998505050505050505050565b5f6110008210610471576040517f9ba15c78000000000000000000000000000000000000000000000000000000008152600481018390526024016101c8565b5f805b600c81101561049d5761048881600b6113f9565b600185831c811690911b929092179101610474565b505f601482901b905060405160208152602080820152602060408201527f16a2a19edfe81f20d09b681922c813b4b63683508c2280b93829971f439f0d2b60608201528160808201527f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff0000000160a082015260208160c08360055afa61051e575f5ffd5b51949350505050565b60018181161561055457507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000005b600282161561059c577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001778d51ccce760304d0ec030002760300000001000000000000820990505b60048216156105ec577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f345766f603fa66e78c0625cd70d77ce2b38b21c28713b7007228fd3397743f7a820990505b600882161561063c577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f20b1ce9140267af9dd1c0af834cec32c17beb312f20b6f7653ea61d87742bcce820990505b601082161561068c577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f50e0903a157988bab4bcd40e22f55448bf6e88fb4c38fb8a360c60997369df4e820990505b60208216156106dc577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f45af6345ec055e4d14a1e27164d8fdbd2d967f4be2f951558140d032f0a9ee53820990505b604082161561072c577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f6898111413588742b7c68b4d7fdd60d098d0caac87f5713c5130c2c1660125be820990505b608082161561077c577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f4f9b4098e2e9f12e6b368121ac0cf4ad0a0865a899e8deff4935bd2f817f694b820990505b6101008216156107cd577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f095166525526a65439feec240d80689fd697168a3a6000fe4541b8ff2ee0434e820990505b61020082161561081e577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f325db5c3debf77a18f4de02c0f776af3ea437f9626fc085e3c28d666a5c2d854820990505b61040082161561086f577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f6d031f1b5c49c83409f1ca610a08f16655ea6811be9c622d4a838b5d59cd79e5820990505b6108008216156108c0577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306820990505b919050565b6040517f2c5bfa1d000000000000000000000000000000000000000000000000000000008152600481018890525f90819073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690632c5bfa1d90602401606060405180830381865afa158015610952573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610976919061140c565b509091508190506109b6576040517f318ee449000000000000000000000000000000000000000000000000000000008152600481018a90526024016101c8565b5f6109c08961024d565b9050898114610a05576040517f2b0da319000000000000000000000000000000000000000000000000000000008152600481018b9052602481018290526044016101c8565b5f610a1660608b0160408c016112e4565b63ffffffff169050801580610a365750610a316001826113f9565b811615155b15610a70576040517f2b7cf014000000000000000000000000000000000000000000000000000000008152600481018290526024016101c8565b5f610a7c82600261144c565b9050808a10610ac1576040517f3730f998000000000000000000000000000000000000000000000000000000008152600481018b9052602481018290526044016101c8565b60308814610b05576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101899052603060248201526044016101c8565b5f5b81816001901b1015610b255780610b1d81611463565b915050610b07565b868114610b68576040517f6330ce0600000000000000000000000000000000000000000000000000000000815260048101889052602481018290526044016101c8565b8b60600135610b7a8c8c8c8c8c6101e0565b14610bb4576040517f299ec4a0000000000000000000000000000000000000000000000000000000008152600481018c90526024016101c8565b5f60405160308c823760205f60308360025afa9150505f51965080610c0e576040517f2e728bb20000000000000000000000000000000000000000000000000000000081525f6004820152603060248201526044016101c8565b505050507effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff929092167f0100000000000000000000000000000000000000000000000000000000000000179998505050505050505050565b606085848114610cab576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016101c8565b610cb681603061144c565b8314610d035782610cc882603061144c565b6040517f2e728bb2000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044016101c8565b8067ffffffffffffffff811115610d1c57610d1c61149a565b604051908082528060200260200182016040528015610d45578160200160208202803683370190505b50915089845f5b83811015610e0f57610da78e848d8d85818110610d6b57610d6b6114c7565b905060200201358c8c86818110610d8457610d846114c7565b90506020020135856030610d98919061144c565b610da290886114f4565b610e20565b6008898983818110610dbb57610dbb6114c7565b90506020020135901b858281518110610dd657610dd66114c7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0090921660209283029190910190910152600101610d4c565b505050509998505050505050505050565b6110008310610e5e576040517f9ba15c78000000000000000000000000000000000000000000000000000000008152600481018490526024016101c8565b7f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018210610eba576040517fb5c2d8e0000000000000000000000000000000000000000000000000000000008152600481018490526024016101c8565b5f610ec484610527565b90505f6040518781528260208201528460408201526030876060830137603084609083013760408160c083600a61d6d8fa3d604014169150819050610f38576040517f214888f0000000000000000000000000000000000000000000000000000000008152600481018690526024016101c8565b50505050505050565b5f60208284031215610f51575f5ffd5b5035919050565b5f5f83601f840112610f68575f5ffd5b50813567ffffffffffffffff811115610f7f575f5ffd5b602083019150836020828501011115610f96575f5ffd5b9250929050565b5f5f83601f840112610fad575f5ffd5b50813567ffffffffffffffff811115610fc4575f5ffd5b6020830191508360208260051b8501011115610f96575f5ffd5b5f5f5f5f5f60608688031215610ff2575f5ffd5b85359450602086013567ffffffffffffffff81111561100f575f5ffd5b61101b88828901610f58565b909550935050604086013567ffffffffffffffff81111561103a575f5ffd5b61104688828901610f9d565b969995985093965092949392505050565b5f60808284031215611067575f5ffd5b50919050565b5f6080828403121561107d575f5ffd5b6110878383611057565b9392505050565b5f60608284031215611067575f5ffd5b5f5f5f5f5f5f5f5f5f6101208a8c0312156110b7575f5ffd5b893598506110c88b60208c01611057565b975060a08a013567ffffffffffffffff8111156110e3575f5ffd5b6110ef8c828d0161108e565b97505060c08a013567ffffffffffffffff81111561110b575f5ffd5b6111178c828d01610f9d565b90975095505060e08a013567ffffffffffffffff811115611136575f5ffd5b6111428c828d01610f9d565b9095509350506101008a013567ffffffffffffffff811115611162575f5ffd5b61116e8c828d01610f58565b915080935050809150509295985092959850929598565b602080825282518282018190525f918401906040840190835b818110156111de5783517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001683526020938401939092019160010161119e565b509095945050505050565b5f5f5f5f5f5f5f610120888a031215611200575f5ffd5b873596506112118960208a01611057565b955060a088013567ffffffffffffffff81111561122c575f5ffd5b6112388a828b0161108e565b95505060c0880135935060e0880135925061010088013567ffffffffffffffff811115611263575f5ffd5b61126f8a828b01610f58565b989b979a50959850939692959293505050565b818382375f9101908152919050565b5f602082840312156112a1575f5ffd5b813560ff81168114611087575f5ffd5b67ffffffffffffffff811681146112c6575f5ffd5b50565b5f602082840312156112d9575f5ffd5b8135611087816112b1565b5f602082840312156112f4575f5ffd5b813563ffffffff81168114611087575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261133a575f5ffd5b83018035915067ffffffffffffffff821115611354575f5ffd5b602001915036819003821315610f96575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261139b575f5ffd5b83018035915067ffffffffffffffff8211156113b5575f5ffd5b6020019150600581901b3603821315610f96575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156101da576101da6113cc565b5f5f5f6060848603121561141e575f5ffd5b835192506020840151611430816112b1565b6040850151909250611441816112b1565b809150509250925092565b80820281158282048414176101da576101da6113cc565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203611493576114936113cc565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b808201808211156101da576101da6113cc56fea2646970667358221220dda683f0a9e6211a06c81386008fd13fa4914b1a4d0f70fa94e21d26f5fd518364736f6c634300081e0033",
}

// BlobReader is an auto generated Go binding around an Ethereum contract.
type BlobReader struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlobReader) GetABI() abi.ABI {
	return c.abi
}

// NewBlobReader creates a new instance of BlobReader.
func NewBlobReader() *BlobReader {
	parsed, err := BlobReaderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlobReader{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlobReader) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address committee_) returns()
func (blobReader *BlobReader) PackConstructor(committee_ common.Address) []byte {
	enc, err := blobReader.abi.Pack("", committee_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBlobIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2db49f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobIdOf((uint8,uint64,uint32,bytes32) blob) pure returns(bytes32)
func (blobReader *BlobReader) PackBlobIdOf(blob BlobReaderBlob) []byte {
	enc, err := blobReader.abi.Pack("blobIdOf", blob)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2db49f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobIdOf((uint8,uint64,uint32,bytes32) blob) pure returns(bytes32)
func (blobReader *BlobReader) TryPackBlobIdOf(blob BlobReaderBlob) ([]byte, error) {
	return blobReader.abi.Pack("blobIdOf", blob)
}

// UnpackBlobIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e2db49f.
//
// Solidity: function blobIdOf((uint8,uint64,uint32,bytes32) blob) pure returns(bytes32)
func (blobReader *BlobReader) UnpackBlobIdOf(data []byte) ([32]byte, error) {
	out, err := blobReader.abi.Unpack("blobIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee() view returns(address)
func (blobReader *BlobReader) PackCommittee() []byte {
	enc, err := blobReader.abi.Pack("committee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committee() view returns(address)
func (blobReader *BlobReader) TryPackCommittee() ([]byte, error) {
	return blobReader.abi.Pack("committee")
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd864e740.
//
// Solidity: function committee() view returns(address)
func (blobReader *BlobReader) UnpackCommittee(data []byte) (common.Address, error) {
	out, err := blobReader.abi.Unpack("committee", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fb9abcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function read(bytes32 blobId, (uint8,uint64,uint32,bytes32) blob, (uint256,bytes,bytes32[]) row, uint256 element, bytes32 value, bytes proof) view returns(bytes31 payload)
func (blobReader *BlobReader) PackRead(blobId [32]byte, blob BlobReaderBlob, row BlobReaderRow, element *big.Int, value [32]byte, proof []byte) []byte {
	enc, err := blobReader.abi.Pack("read", blobId, blob, row, element, value, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fb9abcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function read(bytes32 blobId, (uint8,uint64,uint32,bytes32) blob, (uint256,bytes,bytes32[]) row, uint256 element, bytes32 value, bytes proof) view returns(bytes31 payload)
func (blobReader *BlobReader) TryPackRead(blobId [32]byte, blob BlobReaderBlob, row BlobReaderRow, element *big.Int, value [32]byte, proof []byte) ([]byte, error) {
	return blobReader.abi.Pack("read", blobId, blob, row, element, value, proof)
}

// UnpackRead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fb9abcd.
//
// Solidity: function read(bytes32 blobId, (uint8,uint64,uint32,bytes32) blob, (uint256,bytes,bytes32[]) row, uint256 element, bytes32 value, bytes proof) view returns(bytes31 payload)
func (blobReader *BlobReader) UnpackRead(data []byte) ([31]byte, error) {
	out, err := blobReader.abi.Unpack("read", data)
	if err != nil {
		return *new([31]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([31]byte)).(*[31]byte)
	return out0, nil
}

// PackReadMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a1ec287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readMany(bytes32 blobId, (uint8,uint64,uint32,bytes32) blob, (uint256,bytes,bytes32[]) row, uint256[] elements, bytes32[] values, bytes proofs) view returns(bytes31[] payloads)
func (blobReader *BlobReader) PackReadMany(blobId [32]byte, blob BlobReaderBlob, row BlobReaderRow, elements []*big.Int, values [][32]byte, proofs []byte) []byte {
	enc, err := blobReader.abi.Pack("readMany", blobId, blob, row, elements, values, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a1ec287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readMany(bytes32 blobId, (uint8,uint64,uint32,bytes32) blob, (uint256,bytes,bytes32[]) row, uint256[] elements, bytes32[] values, bytes proofs) view returns(bytes31[] payloads)
func (blobReader *BlobReader) TryPackReadMany(blobId [32]byte, blob BlobReaderBlob, row BlobReaderRow, elements []*big.Int, values [][32]byte, proofs []byte) ([]byte, error) {
	return blobReader.abi.Pack("readMany", blobId, blob, row, elements, values, proofs)
}

// UnpackReadMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a1ec287.
//
// Solidity: function readMany(bytes32 blobId, (uint8,uint64,uint32,bytes32) blob, (uint256,bytes,bytes32[]) row, uint256[] elements, bytes32[] values, bytes proofs) view returns(bytes31[] payloads)
func (blobReader *BlobReader) UnpackReadMany(data []byte) ([][31]byte, error) {
	out, err := blobReader.abi.Unpack("readMany", data)
	if err != nil {
		return *new([][31]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][31]byte)).(*[][31]byte)
	return out0, nil
}

// PackRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f6dff7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootOf(uint256 index, bytes commitment, bytes32[] proof) pure returns(bytes32 h)
func (blobReader *BlobReader) PackRootOf(index *big.Int, commitment []byte, proof [][32]byte) []byte {
	enc, err := blobReader.abi.Pack("rootOf", index, commitment, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f6dff7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootOf(uint256 index, bytes commitment, bytes32[] proof) pure returns(bytes32 h)
func (blobReader *BlobReader) TryPackRootOf(index *big.Int, commitment []byte, proof [][32]byte) ([]byte, error) {
	return blobReader.abi.Pack("rootOf", index, commitment, proof)
}

// UnpackRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f6dff7c.
//
// Solidity: function rootOf(uint256 index, bytes commitment, bytes32[] proof) pure returns(bytes32 h)
func (blobReader *BlobReader) UnpackRootOf(data []byte) ([32]byte, error) {
	out, err := blobReader.abi.Unpack("rootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackZAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25180893.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zAt(uint256 i) pure returns(uint256)
func (blobReader *BlobReader) PackZAt(i *big.Int) []byte {
	enc, err := blobReader.abi.Pack("zAt", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25180893.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zAt(uint256 i) pure returns(uint256)
func (blobReader *BlobReader) TryPackZAt(i *big.Int) ([]byte, error) {
	return blobReader.abi.Pack("zAt", i)
}

// UnpackZAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25180893.
//
// Solidity: function zAt(uint256 i) pure returns(uint256)
func (blobReader *BlobReader) UnpackZAt(data []byte) (*big.Int, error) {
	out, err := blobReader.abi.Unpack("zAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackZAtModexp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd563f74f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zAtModexp(uint256 i) view returns(uint256 z)
func (blobReader *BlobReader) PackZAtModexp(i *big.Int) []byte {
	enc, err := blobReader.abi.Pack("zAtModexp", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZAtModexp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd563f74f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zAtModexp(uint256 i) view returns(uint256 z)
func (blobReader *BlobReader) TryPackZAtModexp(i *big.Int) ([]byte, error) {
	return blobReader.abi.Pack("zAtModexp", i)
}

// UnpackZAtModexp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd563f74f.
//
// Solidity: function zAtModexp(uint256 i) view returns(uint256 z)
func (blobReader *BlobReader) UnpackZAtModexp(data []byte) (*big.Int, error) {
	out, err := blobReader.abi.Unpack("zAtModexp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (blobReader *BlobReader) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blobReader.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return blobReader.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["BlobIdMismatch"].ID.Bytes()[:4]) {
		return blobReader.UnpackBlobIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["CommitmentNotInRoot"].ID.Bytes()[:4]) {
		return blobReader.UnpackCommitmentNotInRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["ElementOutOfRange"].ID.Bytes()[:4]) {
		return blobReader.UnpackElementOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["InvalidK"].ID.Bytes()[:4]) {
		return blobReader.UnpackInvalidKError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["InvalidOpening"].ID.Bytes()[:4]) {
		return blobReader.UnpackInvalidOpeningError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["RootProofLength"].ID.Bytes()[:4]) {
		return blobReader.UnpackRootProofLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["RowOutOfRange"].ID.Bytes()[:4]) {
		return blobReader.UnpackRowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["UncertifiedBlob"].ID.Bytes()[:4]) {
		return blobReader.UnpackUncertifiedBlobError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobReader.abi.Errors["ValueNotCanonical"].ID.Bytes()[:4]) {
		return blobReader.UnpackValueNotCanonicalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlobReaderBadLength represents a BadLength error raised by the BlobReader contract.
type BlobReaderBadLength struct {
	Length *big.Int
	Want   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 length, uint256 want)
func BlobReaderBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 length, uint256 want)
func (blobReader *BlobReader) UnpackBadLengthError(raw []byte) (*BlobReaderBadLength, error) {
	out := new(BlobReaderBadLength)
	if err := blobReader.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderBlobIdMismatch represents a BlobIdMismatch error raised by the BlobReader contract.
type BlobReaderBlobIdMismatch struct {
	BlobId   [32]byte
	Computed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobIdMismatch(bytes32 blobId, bytes32 computed)
func BlobReaderBlobIdMismatchErrorID() common.Hash {
	return common.HexToHash("0x2b0da319fc27235528a24eeaca608ef6dd19b0ca55cce491d46aeb5b91670c5c")
}

// UnpackBlobIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobIdMismatch(bytes32 blobId, bytes32 computed)
func (blobReader *BlobReader) UnpackBlobIdMismatchError(raw []byte) (*BlobReaderBlobIdMismatch, error) {
	out := new(BlobReaderBlobIdMismatch)
	if err := blobReader.abi.UnpackIntoInterface(out, "BlobIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderCommitmentNotInRoot represents a CommitmentNotInRoot error raised by the BlobReader contract.
type BlobReaderCommitmentNotInRoot struct {
	Row *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotInRoot(uint256 row)
func BlobReaderCommitmentNotInRootErrorID() common.Hash {
	return common.HexToHash("0x299ec4a06f4f11bd159b9df3c99ba9f5dbdb17c2f99ece332c69068772c64d08")
}

// UnpackCommitmentNotInRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotInRoot(uint256 row)
func (blobReader *BlobReader) UnpackCommitmentNotInRootError(raw []byte) (*BlobReaderCommitmentNotInRoot, error) {
	out := new(BlobReaderCommitmentNotInRoot)
	if err := blobReader.abi.UnpackIntoInterface(out, "CommitmentNotInRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderElementOutOfRange represents a ElementOutOfRange error raised by the BlobReader contract.
type BlobReaderElementOutOfRange struct {
	Element *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ElementOutOfRange(uint256 element)
func BlobReaderElementOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9ba15c78957f190a6591596e5335dced050c0ae911aa5e21a36c476ee3e25545")
}

// UnpackElementOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ElementOutOfRange(uint256 element)
func (blobReader *BlobReader) UnpackElementOutOfRangeError(raw []byte) (*BlobReaderElementOutOfRange, error) {
	out := new(BlobReaderElementOutOfRange)
	if err := blobReader.abi.UnpackIntoInterface(out, "ElementOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderInvalidK represents a InvalidK error raised by the BlobReader contract.
type BlobReaderInvalidK struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidK(uint256 k)
func BlobReaderInvalidKErrorID() common.Hash {
	return common.HexToHash("0x2b7cf0149e3c347d659b7df7194a09df63d82d439bb1dc6c38d4a214db278bde")
}

// UnpackInvalidKError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidK(uint256 k)
func (blobReader *BlobReader) UnpackInvalidKError(raw []byte) (*BlobReaderInvalidK, error) {
	out := new(BlobReaderInvalidK)
	if err := blobReader.abi.UnpackIntoInterface(out, "InvalidK", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderInvalidOpening represents a InvalidOpening error raised by the BlobReader contract.
type BlobReaderInvalidOpening struct {
	Element *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOpening(uint256 element)
func BlobReaderInvalidOpeningErrorID() common.Hash {
	return common.HexToHash("0x214888f0e01f8324000820819ba5a4a987b943fba19046361dcb3bf97b40edc8")
}

// UnpackInvalidOpeningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOpening(uint256 element)
func (blobReader *BlobReader) UnpackInvalidOpeningError(raw []byte) (*BlobReaderInvalidOpening, error) {
	out := new(BlobReaderInvalidOpening)
	if err := blobReader.abi.UnpackIntoInterface(out, "InvalidOpening", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderRootProofLength represents a RootProofLength error raised by the BlobReader contract.
type BlobReaderRootProofLength struct {
	Length *big.Int
	Want   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootProofLength(uint256 length, uint256 want)
func BlobReaderRootProofLengthErrorID() common.Hash {
	return common.HexToHash("0x6330ce06919d10d7d05c6d99d39e84252d0bae136edd9915795c430899e1f2cd")
}

// UnpackRootProofLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootProofLength(uint256 length, uint256 want)
func (blobReader *BlobReader) UnpackRootProofLengthError(raw []byte) (*BlobReaderRootProofLength, error) {
	out := new(BlobReaderRootProofLength)
	if err := blobReader.abi.UnpackIntoInterface(out, "RootProofLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderRowOutOfRange represents a RowOutOfRange error raised by the BlobReader contract.
type BlobReaderRowOutOfRange struct {
	Row  *big.Int
	Rows *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowOutOfRange(uint256 row, uint256 rows)
func BlobReaderRowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x3730f998e041c6d314751aef16dcc008ee7733c33dd640eb272bea1a99cfc30d")
}

// UnpackRowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowOutOfRange(uint256 row, uint256 rows)
func (blobReader *BlobReader) UnpackRowOutOfRangeError(raw []byte) (*BlobReaderRowOutOfRange, error) {
	out := new(BlobReaderRowOutOfRange)
	if err := blobReader.abi.UnpackIntoInterface(out, "RowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderUncertifiedBlob represents a UncertifiedBlob error raised by the BlobReader contract.
type BlobReaderUncertifiedBlob struct {
	BlobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UncertifiedBlob(bytes32 blobId)
func BlobReaderUncertifiedBlobErrorID() common.Hash {
	return common.HexToHash("0x318ee44998028fcaa076db85f304d31e9c16f16b27c128daf4b557d25de097f0")
}

// UnpackUncertifiedBlobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UncertifiedBlob(bytes32 blobId)
func (blobReader *BlobReader) UnpackUncertifiedBlobError(raw []byte) (*BlobReaderUncertifiedBlob, error) {
	out := new(BlobReaderUncertifiedBlob)
	if err := blobReader.abi.UnpackIntoInterface(out, "UncertifiedBlob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobReaderValueNotCanonical represents a ValueNotCanonical error raised by the BlobReader contract.
type BlobReaderValueNotCanonical struct {
	Element *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotCanonical(uint256 element)
func BlobReaderValueNotCanonicalErrorID() common.Hash {
	return common.HexToHash("0xb5c2d8e0ea1275c155ce0ef8897c6d13264099cf3ecf2dd4e15026fddf2225ae")
}

// UnpackValueNotCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotCanonical(uint256 element)
func (blobReader *BlobReader) UnpackValueNotCanonicalError(raw []byte) (*BlobReaderValueNotCanonical, error) {
	out := new(BlobReaderValueNotCanonical)
	if err := blobReader.abi.UnpackIntoInterface(out, "ValueNotCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}
