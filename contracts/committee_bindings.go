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

// CommitteeEpochInfo is an auto generated low-level Go binding around an user-defined struct.
type CommitteeEpochInfo struct {
	AggregateKeyHash [32]byte
	Members          *big.Int
	Size             uint8
	Threshold        uint8
	Start            *big.Int
	End              *big.Int
}

// CommitteeHeader is an auto generated low-level Go binding around an user-defined struct.
type CommitteeHeader struct {
	Version         uint8
	ChainId         uint64
	Size            uint64
	K               uint32
	CommitmentsRoot [32]byte
	ArchiveData     uint16
	ArchiveTotal    uint16
	ArchiveRoot     [32]byte
	Expiry          uint64
	Epoch           uint64
}

// CommitteeOperatorView is an auto generated low-level Go binding around an user-defined struct.
type CommitteeOperatorView struct {
	PublicKey []byte
	KeyHash   [32]byte
	PeerId    []byte
	Addrs     []string
	Active    bool
	Slot      uint8
	FromEpoch uint64
	ToEpoch   uint64
}

// CommitteeMetaData contains all meta data concerning the Committee contract.
var CommitteeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"changeDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"rotationWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"AggregateKeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyCertified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"strayBits\",\"type\":\"uint256\"}],\"name\":\"BitmapOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"EpochExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"HeaderExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignaturePoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"KeyRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NonSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"missingBits\",\"type\":\"uint256\"}],\"name\":\"NonSignersMissing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PointNotInSubgroup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicKeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"UnknownEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"UnsupportedVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"Certified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ChangeExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"add\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"remove\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ChangeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"aggregateKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"members\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"EpochStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"OperatorNetworkUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORMAT_VERSION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POP_DST\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIGNATURE_DST\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hh\",\"type\":\"bytes32\"}],\"name\":\"attestMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"blobId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"certification\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hh\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aggregateKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nonSignerKeys\",\"type\":\"bytes\"}],\"name\":\"certify\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"changeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"changeInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"add\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"remove\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"aggregateKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"members\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"start\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"end\",\"type\":\"uint48\"}],\"internalType\":\"structCommittee.EpochInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"ops\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.OperatorView[]\",\"name\":\"views\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"executeChange\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextChangeId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"operatorInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.OperatorView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"add\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"remove\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"queueChange\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"publicKeyCompressed\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proofOfPossession\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registeredOperators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rotationWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"transferAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"updateNetwork\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aggregateKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nonSignerKeys\",\"type\":\"bytes\"}],\"name\":\"verifyCertificate\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Committee",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051614d0e380380614d0e83398101604081905261002e916100d2565b6001600160a01b0383166100555760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03851690811782556001600160401b03848116608052831660a0526040519091907ff8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec6908290a350505061011f565b80516001600160401b03811681146100cd575f5ffd5b919050565b5f5f5f606084860312156100e4575f5ffd5b83516001600160a01b03811681146100fa575f5ffd5b9250610108602085016100b7565b9150610116604085016100b7565b90509250925092565b60805160a051614bb96101555f395f818161038401528181613232015261327001525f818161040201526111090152614bb95ff3fe608060405234801561000f575f5ffd5b50600436106101b0575f3560e01c80639658b6c4116100f3578063ea0e35b111610093578063f4d9259a1161006e578063f4d9259a14610452578063f66519a014610465578063f851a4401461046d578063f9f3de7e146104b1575f5ffd5b8063ea0e35b114610424578063eb0c338f1461042c578063f0b18a531461043f575f5ffd5b8063a825a680116100ce578063a825a680146103ce578063b43e67c5146103d7578063baf954de146103ea578063c55e4af8146103fd575f5ffd5b80639658b6c41461037f5780639d07c52e146103a6578063a4374158146103bb575f5ffd5b80635d51bda91161015e57806375829def1161013957806375829def14610319578063766718081461032c57806376d3c93114610357578063855b41251461036a575f5ffd5b80635d51bda9146102c857806371289e3e146102db578063726fe4b3146102ff575f5ffd5b80632c5bfa1d1161018e5780632c5bfa1d1461022b57806350c246d6146102935780635b57a2ed146102b3575f5ffd5b806308a7e937146101b4578063196fe7b1146101de5780631980f2721461020a575b5f5ffd5b6101c76101c2366004613ac5565b610631565b6040516101d5929190613cb7565b60405180910390f35b6101f16101ec366004613d4a565b610943565b60405167ffffffffffffffff90911681526020016101d5565b61021d610218366004613db9565b610ffa565b6040519081526020016101d5565b61026d610239366004613d4a565b5f9081526006602052604090208054600190910154909167ffffffffffffffff808316926801000000000000000090041690565b6040805193845267ffffffffffffffff92831660208501529116908201526060016101d5565b6102a66102a1366004613e5c565b611219565b6040516101d59190613e75565b6102c66102c1366004613d4a565b6114fe565b005b6102c66102d6366004613ec5565b611659565b6102ee6102e9366004613d4a565b6117c0565b6040516101d5959493929190613fc5565b610307600181565b60405160ff90911681526020016101d5565b6102c6610327366004613e5c565b61193b565b5f546101f19074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b61021d61036536600461402e565b611a63565b610372611b25565b6040516101d59190614049565b6101f17f000000000000000000000000000000000000000000000000000000000000000081565b6103ae611b92565b6040516101d5919061405b565b61021d6103c936600461402e565b611bae565b61021d60015481565b6102c66103e536600461406d565b611c7b565b61021d6103f83660046140d9565b611d2e565b6101f17f000000000000000000000000000000000000000000000000000000000000000081565b61021d608081565b61021d61043a366004614197565b611fad565b6103ae61044d3660046141bf565b612063565b6102c661046036600461421f565b612124565b6103ae612140565b5f5461048c9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101d5565b6105be6104bf366004613ac5565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525067ffffffffffffffff165f90815260046020908152604091829020825160c081018452815481526001909101546fffffffffffffffffffffffffffffffff81169282019290925260ff7001000000000000000000000000000000008304811693820193909352710100000000000000000000000000000000008204909216606083015265ffffffffffff720100000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000009091041660a082015290565b6040516101d591905f60c082019050825182526fffffffffffffffffffffffffffffffff602084015116602083015260ff604084015116604083015260ff606084015116606083015265ffffffffffff608084015116608083015265ffffffffffff60a08401511660a083015292915050565b67ffffffffffffffff81165f9081526004602052604090206001810154905460609182916fffffffffffffffffffffffffffffffff909116906106b1576040517fa4e21e6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024015b60405180910390fd5b67ffffffffffffffff8481165f90815260046020526040902060010154700100000000000000000000000000000000900460ff169081908111156106f7576106f76142e2565b604051908082528060200260200182016040528015610720578160200160208202803683370190505b5093508067ffffffffffffffff81111561073c5761073c6142e2565b6040519080825280602002602001820160405280156107ac57816020015b604080516101008101825260608082525f60208301819052928201819052808201526080810182905260a0810182905260c0810182905260e081019190915281526020019060019003908161075a5790505b5092505f5b60035481101561093b575f600382815481106107cf576107cf61430f565b5f9182526020808320919091015473ffffffffffffffffffffffffffffffffffffffff1680835260029091526040822060080154549092509050600881901c604882901c67ffffffffffffffff82161580159061084057508967ffffffffffffffff168267ffffffffffffffff1611155b8015610871575067ffffffffffffffff8116158061087157508067ffffffffffffffff168a67ffffffffffffffff16105b1561092b575f610888600160ff861681901b614369565b881690505f5b81156108b55761089f600183614369565b90911690806108ad8161437c565b91505061088e565b858b82815181106108c8576108c861430f565b602002602001019073ffffffffffffffffffffffffffffffffffffffff16908173ffffffffffffffffffffffffffffffffffffffff168152505061090b86611219565b8a828151811061091d5761091d61430f565b602002602001018190525050505b5050600190920191506107b19050565b505050915091565b5f81815260056020526040812080546901000000000000000000900460ff16820361099d576040517fb6f3173b000000000000000000000000000000000000000000000000000000008152600481018490526024016106a8565b80546901000000000000000000900460ff166001146109eb576040517f31e86342000000000000000000000000000000000000000000000000000000008152600481018490526024016106a8565b805467ffffffffffffffff16421015610a465780546040517fd10c5e3d0000000000000000000000000000000000000000000000000000000081526004810185905267ffffffffffffffff90911660248201526044016106a8565b80547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669020000000000000000001781555f5474010000000000000000000000000000000000000000900467ffffffffffffffff16610aa78160016143b3565b67ffffffffffffffff82165f908152600460209081526040808320815160c081018352815481526001909101546fffffffffffffffffffffffffffffffff811693820184905260ff700100000000000000000000000000000000820481169383018490527101000000000000000000000000000000000082048116606084015265ffffffffffff7201000000000000000000000000000000000000830481166080850152780100000000000000000000000000000000000000000000000090920490911660a083015287549598509094929391926801000000000000000090041615610ba357855468010000000000000000900460ff16610ba9565b83606001515b60408051610200808252610220820190925260ff9290921692505f91906020820181803683375050604080516101008101918290529293505f92915060079060089082845b815481526020019060010190808311610bee575050505050905061010081602084015e505f5b6002880154811015610c7857610c61886002018281548110610c3857610c3861430f565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff168a878561215c565b945083610c6d816143d3565b945050600101610c14565b505f5b6001880154811015610cdf57610cc8886001018281548110610c9f57610c9f61430f565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff168a878561231c565b945083610cd48161437c565b945050600101610c7b565b50811580610cec57508282115b15610d2d576040517f7b7a98f100000000000000000000000000000000000000000000000000000000815260048101839052602481018490526044016106a8565b5f610d36613951565b610100602084018181209350825e610d516007826008613970565b5067ffffffffffffffff881615610dc95767ffffffffffffffff88165f90815260046020526040902060010180547fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff1678010000000000000000000000000000000000000000000000004265ffffffffffff16021790555b6040518060c00160405280838152602001876fffffffffffffffffffffffffffffffff1681526020018660ff1681526020018560ff1681526020014265ffffffffffff1681526020015f65ffffffffffff1681525060045f8c67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555060408201518160010160106101000a81548160ff021916908360ff16021790555060608201518160010160116101000a81548160ff021916908360ff16021790555060808201518160010160126101000a81548165ffffffffffff021916908365ffffffffffff16021790555060a08201518160010160186101000a81548165ffffffffffff021916908365ffffffffffff160217905550905050895f60146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508967ffffffffffffffff168b7f56a99a701f7ce8ce67513b4981ae5d67253ee35f1edda163a0dfaeeb5603329f60405160405180910390a3604080518381526fffffffffffffffffffffffffffffffff8816602082015260ff8781168284015286166060820152905167ffffffffffffffff8c16917f3bd94cc44cf66aabf42056f63bf8f9fdaff375d9e230a70f78d97f22718974e9919081900360800190a2505050505050505050919050565b5f805473ffffffffffffffffffffffffffffffffffffffff16331461104b576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b84158015611057575082155b8015611064575060ff8216155b1561109b576040517fcc606e3200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60808511806110aa5750608083115b156110e1576040517f5396a0e700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018054905f6110f08361437c565b909155505f81815260056020526040902090915061112e7f0000000000000000000000000000000000000000000000000000000000000000426143b3565b8154690100000000000000000067ffffffffffffffff929092167fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000909116176801000000000000000060ff861602177fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff161781556111b06001820188886139ae565b506111bf6002820186866139ae565b50805460405183917f28c0327a2fe059fae8b914ec6752cf60ff7a4d43f237d976e1348f2b2edfe182916112079167ffffffffffffffff16908b908b908b908b908b90614450565b60405180910390a25095945050505050565b604080516101008101825260608082525f60208301819052928201819052808201526080810182905260a0810182905260c0810182905260e081019190915273ffffffffffffffffffffffffffffffffffffffff82165f90815260026020526040902060088101546112cf576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106a8565b5f6112dc82600801545490565b604080516101008101918290529192505f9190849060089082845b8154815260200190600101908083116112f7575050505050905080604051602001611322919061449d565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905284526008830154602085015260098301805461136b906144d1565b80601f0160208091040260200160405190810160405280929190818152602001828054611397906144d1565b80156113e25780601f106113b9576101008083540402835291602001916113e2565b820191905f5260205f20905b8154815290600101906020018083116113c557829003601f168201915b5050505060408087019290925250600a840180548251602080830282018101909452818152925f9084015b828210156114b5578382905f5260205f2001805461142a906144d1565b80601f0160208091040260200160405190810160405280929190818152602001828054611456906144d1565b80156114a15780601f10611478576101008083540402835291602001916114a1565b820191905f5260205f20905b81548152906001019060200180831161148457829003601f168201915b50505050508152602001906001019061140d565b50505050606085015250600b9091015460ff90811615156080840152811660a083015267ffffffffffffffff600882901c811660c084015260489190911c1660e0820152919050565b5f5473ffffffffffffffffffffffffffffffffffffffff16331461154e576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81815260056020526040812080549091690100000000000000000090910460ff1690036115ab576040517fb6f3173b000000000000000000000000000000000000000000000000000000008152600481018390526024016106a8565b80546901000000000000000000900460ff166001146115f9576040517f31e86342000000000000000000000000000000000000000000000000000000008152600481018390526024016106a8565b80547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff16690300000000000000000017815560405182907f5edd520c0103960fbe1e1fc55ae80c123b61704fa2429473cef253e3c90ae27e905f90a25050565b335f9081526002602052604090206008810154156116a5576040517f866b0dcf0000000000000000000000000000000000000000000000000000000081523360048201526024016106a8565b5f6116b48c8c8c8c8c8c6125eb565b90506116c28b8d018d61451c565b6116cf9083906008613970565b50600882018190556116e48287878787612976565b710100000000000000000000000000000000008155600333908060018154018082558091505060019003905f5260205f20015f9091909190916101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff160217905550803373ffffffffffffffffffffffffffffffffffffffff167f497061f387931d53fbde8fc69fac56d1e4da0454d92566a79cc35fcd2b6b895b8e8e8a8a8a8a6040516117aa969594939291906146a4565b60405180910390a3505050505050505050505050565b5f81815260056020526040812080548291829160609182916901000000000000000000900460ff168403611823576040517fb6f3173b000000000000000000000000000000000000000000000000000000008152600481018890526024016106a8565b80546001820180546040805160208084028201810190925282815267ffffffffffffffff85169460ff68010000000000000000820481169569010000000000000000009092041693909260028801929184918301828280156118b957602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff16815260019091019060200180831161188e575b505050505091508080548060200260200160405190810160405280929190818152602001828054801561192057602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116118f5575b50505050509050955095509550955095505091939590929450565b5f5473ffffffffffffffffffffffffffffffffffffffff16331461198b576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81166119d8576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f805460405173ffffffffffffffffffffffffffffffffffffffff808516939216917ff8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec691a35f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b5f611a7160208301836146ec565b611a816040840160208501613ac5565b611a916060850160408601613ac5565b611aa16080860160608701614705565b6080860135611ab660c0880160a08901614728565b611ac660e0890160c08a01614728565b60e0890135611add6101208b016101008c01613ac5565b611aef6101408c016101208d01613ac5565b604051602001611b089a99989796959493929190614749565b604051602081830303815290604052805190602001209050919050565b60606003805480602002602001604051908101604052809291908181526020018280548015611b8857602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611b5d575b5050505050905090565b6040518060600160405280602b8152602001614b2e602b913981565b5f611bbc60208301836146ec565b611bcc6060840160408501613ac5565b611bdc6080850160608601614705565b8460800135604051602001611b08949392919060f89490941b7fff0000000000000000000000000000000000000000000000000000000000000016845260c09290921b7fffffffffffffffff00000000000000000000000000000000000000000000000016600184015260e01b7fffffffff00000000000000000000000000000000000000000000000000000000166009830152600d820152602d0190565b335f9081526002602052604090206008810154611cc6576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081523360048201526024016106a8565b611cd38186868686612976565b3373ffffffffffffffffffffffffffffffffffffffff167f63004519d7d4ecb38ed42510ba6c18fea93f71050a94be28dfb44218592ae14086868686604051611d1f94939291906148d3565b60405180910390a25050505050565b5f6001611d3e60208b018b6146ec565b60ff1614611d8b57611d5360208a018a6146ec565b6040517f4fc7a24100000000000000000000000000000000000000000000000000000000815260ff90911660048201526024016106a8565b42611d9e6101208b016101008c01613ac5565b67ffffffffffffffff1611611dfe57611dbf6101208a016101008b01613ac5565b6040517ff35ce65f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016106a8565b5f611e088a611a63565b9050611e2c81611e206101408d016101208e01613ac5565b8b8b8b8b8b8b8b6129f5565b611e358a611bae565b5f818152600660205260409020909250611e576101208c016101008d01613ac5565b600182015467ffffffffffffffff918216911610611ea4576040517fe5b05b65000000000000000000000000000000000000000000000000000000008152600481018490526024016106a8565b818155611eb96101208c016101008d01613ac5565b6001820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055611f066101408c016101208d01613ac5565b8160010160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555081837f0613b28f95c1c5ee5cc42a808cd65fc6b57000b79599a16317f2b330e3d69caa8d610120016020810190611f679190613ac5565b8e610100016020810190611f7b9190613ac5565b6040805167ffffffffffffffff93841681529290911660208301520160405180910390a3505098975050505050505050565b6040517f71756972652f6174746573742f7631000000000000000000000000000000000060208201527fffffffffffffffff0000000000000000000000000000000000000000000000004660c090811b8216602f8401527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000003060601b16603784015284901b16604b820152605381018290525f906073016040516020818303038152906040528051906020012090505b92915050565b606060ff8211156120aa576040517f2e728bb20000000000000000000000000000000000000000000000000000000081526004810183905260ff60248201526044016106a8565b61211b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250612b2592505050565b95945050505050565b6121358989898989898989896129f5565b505050505050505050565b6040518060600160405280602b8152602001614b59602b913981565b73ffffffffffffffffffffffffffffffffffffffff84165f908152600260205260408120600b81015460ff166121d6576040517f16d6142c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff871660048201526024016106a8565b5f6121e382600801545490565b9050805f600f60ff8316608081106121fd576121fd61430f565b0180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055600b830180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690556008830154604888901b70ffffffffffffffff00000000000000000016831790556122968386612dbe565b6122a285610100612dfe565b6122ab85612e9a565b60405160ff8216815267ffffffffffffffff88169073ffffffffffffffffffffffffffffffffffffffff8a16907f2c391a1cb8bc3c206492eb19c380bc37c3dd45f9972ecbb8cf14e198ee9db4439060200160405180910390a3600160ff9091161b19851692505050949350505050565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526002602052604081206008810154612393576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff871660048201526024016106a8565b600b81015460ff16156123ea576040517f0268f92900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff871660048201526024016106a8565b6008818101545467ffffffffffffffff911c161561244c576040517f223ac9af00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff871660048201526024016106a8565b5f5b6080811080156124625750600185821c8116145b1561247957806124718161437c565b91505061244e565b608081036124b3576040517f5396a0e700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b86600f82608081106124c7576124c761430f565b01805473ffffffffffffffffffffffffffffffffffffffff929092167fffffffffffffffffffffffff0000000000000000000000000000000000000000909216919091179055600b820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905560088083015461256d9168ffffffffffffffff009089901b16831771010000000000000000000000000000000000179055565b6125778285612dbe565b61258084612e9a565b60405160ff8216815267ffffffffffffffff87169073ffffffffffffffffffffffffffffffffffffffff8916907fd63e6d1a3286dba1b4dbf1f4e0cc27cb5bbd92452923dfed35487d693828c8999060200160405180910390a36001901b8417915050949350505050565b5f6101008614612632576040517f2e728bb20000000000000000000000000000000000000000000000000000000081526004810187905261010060248201526044016106a8565b60608414612676576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101859052606060248201526044016106a8565b608082146126ba576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101839052608060248201526044016106a8565b5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250604080516020601f8b0181900481028201810190925289815295965090949350889250879150819084018382808284375f920191909152509293506127369250849150612eef9050565b1561276d576040517fa2d0fee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612778600d83612f19565b6127ae576040517fa2d0fee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6127b9878784612f49565b6127ef576040517fb18d744800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6127f881612eef565b8061280b5750612809600b82612f19565b155b15612842576040517fbf5c918700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b815160208301209250612853835490565b1561288d576040517fb022f12a000000000000000000000000000000000000000000000000000000008152600481018490526024016106a8565b5f6128e688888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250506040805160608101909152602b8082529092509050614b2e6020830139612b25565b90505f5f6128f5848487613039565b9150915080612930576040517fb28e789100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81612967576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050509695505050505050565b60098501612985848683614950565b50612993600a86015f613a24565b5f5b818110156129ed5785600a018383838181106129b3576129b361430f565b90506020028101906129c59190614a66565b82546001810184555f9384526020909320909201916129e49183614950565b50600101612995565b505050505050565b5f5f5f5f612a038c8c61317c565b9194509250905060808914612a4e576040517f2e728bb2000000000000000000000000000000000000000000000000000000008152600481018a9052608060248201526044016106a8565b6101008714612a94576040517f2e728bb20000000000000000000000000000000000000000000000000000000081526004810188905261010060248201526044016106a8565b612aa061010086614af4565b15612ae2576040517f2e728bb20000000000000000000000000000000000000000000000000000000081526004810186905261010060248201526044016106a8565b612af08c8b8b8b8b88613363565b9350612b0b612b0185610200614b07565b8d888886866134cb565b505050612b19818a8c6137f7565b50505050505050505050565b60408051608080825260a082019092526060916020820181803683370190505090505f60019050825184516040515f81525f60208201528160208801604083015e81604082010161800060e81b81528360208801600383015e8384600383010153506044918301918201916063017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168101602081848460025afa8516945080519250602081019150508260208701602183015e828360218301015381815260228301926041017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810160016020830153602081858460025afa8516945060025b6005811015612c6057602060028203028201518418835280602084015360208060018303028301868560025afa90951694600101612c27565b506080810193506040845260016020850152603060408501528051606085015260208101516080850152600160a08501537f1a0111ea397fe69a4b1ba7b6434bacd70000000000000000000000000000000060a18501527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60b18501525f60e085019081529250603060f0850160d18660055afa8516945060303d1485169450604081015160608501526060810151608085015250505f604082015260306050820160d18460055afa90921660303d141691608080820192508260408360105afa3d6080908114919094161692828101604083810160105afa831692505060803d148216915060806020840161010083600b5afa90911660803d1416905080612db7576040517ea48593000000000000000000000000000000000000000000000000000000008152601060048201526024016106a8565b5092915050565b604080516101008101918290525f91849060089082845b815481526020019060010190808311612dd557505050505090506101008161012084015e505050565b80602083010160805b610100811015612e9457808201516020820183015180821715612e8a57807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab10826f1a0111ea397fe69a4b1ba7b6434bacd7030383850152807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab03602084018501525b5050604001612e07565b50505050565b5f6101006020830161020081600d5afa3d6101001416905080612eeb576040517ea48593000000000000000000000000000000000000000000000000000000008152600d60048201526024016106a8565b5050565b5f5f82515f5b81811015612f10576020818601810151939093179201612ef5565b50501592915050565b80516040515f91908160208501825e8136838301378181600284028388612710fa3d909214909116949350505050565b5f833560208501356040860135825f1a600180607d1b038460801c168360801c8560801b17945060018060801b0384169350602087016001608060c0851614169650602081015184148151861416871696506060810151861460408201518314168716965060c0810151955060e08101519450848617612fd2576080810151955060a081015194505b50507fb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd55583116f0d0088f51cbff34d258dd3db21a5d66b8514166f0d0088f51cbff34d258dd3db21a5d66b851117935060018160051c16841485169450505050509392505050565b5f5f604051608060208701825e6f024aa2b2f08f0a91260805272dc5105160808201527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb860a08201526f13e02b6052719f607dacd3a088274f6560c08201527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e60e08201526f0d1b3cc2c7027888be51d9ef691d77bc6101008201527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6101208201526f13fa4d4a0ad8b1ce186ed5061789213d6101408201527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed61016082015260806020860161018083015e6101006020850161020083015e60205f61030083600f620493e0fa5f516001143d60201490911690811697909650945050505050565b67ffffffffffffffff82165f908152600460205260408120805491908190836131dd576040517fa4e21e6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201526024016106a8565b60018101546fffffffffffffffffffffffffffffffff8116907801000000000000000000000000000000000000000000000000900465ffffffffffff16801580159061325c575061325867ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001682614b07565b4210155b156132da578761329667ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001683614b07565b6040517fc75cd20900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909216600483015260248201526044016106a8565b811987161561331a576040517f0521ef5f0000000000000000000000000000000000000000000000000000000081528219881660048201526024016106a8565b506001919091015493969419169450505071010000000000000000000000000000000000810460ff1670010000000000000000000000000000000090910460081b61ff00161790565b6040805161030081019091525f60808783376f024aa2b2f08f0a91260805272dc5105160808301527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb860a08301526f13e02b6052719f607dacd3a088274f6560c08301527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e60e08301526f0d1b3cc2c7027888be51d9ef691d77bc6101008301527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6101208301526f13fa4d4a0ad8b1ce186ed5061789213d6101408301527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed6101608301526102008201610100868237610100902083149050806134c0576040517f498a8adf00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff891660048201526024016106a8565b509695505050505050565b5f6134d861010085614b1a565b9050805f0361352257821561351c576040517fa2e63d46000000000000000000000000000000000000000000000000000000008152600481018490526024016106a8565b506129ed565b600882901c60ff83168183118061354157508061353f8484614369565b105b1561359b5781831161355c576135578383614369565b61355e565b5f5b6040517f9dd9e6d80000000000000000000000000000000000000000000000000000000081526004810191909152602481018290526044016106a8565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9050600161010089015f5b84811015613725576101008082028a018337610100822054600160ff82161b90600881901c67ffffffffffffffff908116808e1090151760489290921c16808d1015901515161788821615178015613624578295505050613725565b50808818975050608082016020810151807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab1082516f1a0111ea397fe69a4b1ba7b6434bacd703038252807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab03602083015260c08401915060208201519050807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab1082516f1a0111ea397fe69a4b1ba7b6434bacd703038252807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab03602083015250506101008b6102008d600d5afa9092166101003d1416916001016135c8565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8214613783576040517f85ceac75000000000000000000000000000000000000000000000000000000008152600481018390526024016106a8565b806137bc576040517ea48593000000000000000000000000000000000000000000000000000000008152600d60048201526024016106a8565b8415612135576040517fa2e63d46000000000000000000000000000000000000000000000000000000008152600481018690526024016106a8565b606083015160408401516020850151855117911717158015613845576040517fbf5c918700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6138ac6138538585611fad565b60405160200161386591815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815260608301909152602b808352909190614b596020830139612b25565b90505f5f60806020840161018089015e60205f61030089600f620493e0fa5f513d6020149091169250600114905081613911576040517fbf5c918700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80613948576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050565b6040518061010001604052806008906020820280368337509192915050565b826008810192821561399e579160200282015b8281111561399e578251825591602001919060010190613983565b506139aa929150613a42565b5090565b828054828255905f5260205f2090810192821561399e579160200282015b8281111561399e5781547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8435161782556020909201916001909101906139cc565b5080545f8255905f5260205f2090810190613a3f9190613a56565b50565b5b808211156139aa575f8155600101613a43565b808211156139aa575f613a698282613a72565b50600101613a56565b508054613a7e906144d1565b5f825580601f10613a8d575050565b601f0160209004905f5260205f2090810190613a3f9190613a42565b803567ffffffffffffffff81168114613ac0575f5ffd5b919050565b5f60208284031215613ad5575f5ffd5b613ade82613aa9565b9392505050565b5f8151808452602084019350602083015f5b82811015613b2b57815173ffffffffffffffffffffffffffffffffffffffff16865260209586019590910190600101613af7565b5093949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015613bed577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0858403018852613bd7838351613b35565b6020988901989093509190910190600101613b9d565b50909695505050505050565b5f81516101008452613c0f610100850182613b35565b90506020830151602085015260408301518482036040860152613c328282613b35565b91505060608301518482036060860152613c4c8282613b81565b9150506080830151613c62608086018215159052565b5060a0830151613c7760a086018260ff169052565b5060c0830151613c9360c086018267ffffffffffffffff169052565b5060e0830151613caf60e086018267ffffffffffffffff169052565b509392505050565b604081525f613cc96040830185613ae5565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613d3c577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0868403018552613d26838351613bf9565b6020958601959093509190910190600101613cec565b509098975050505050505050565b5f60208284031215613d5a575f5ffd5b5035919050565b5f5f83601f840112613d71575f5ffd5b50813567ffffffffffffffff811115613d88575f5ffd5b6020830191508360208260051b8501011115613da2575f5ffd5b9250929050565b803560ff81168114613ac0575f5ffd5b5f5f5f5f5f60608688031215613dcd575f5ffd5b853567ffffffffffffffff811115613de3575f5ffd5b613def88828901613d61565b909650945050602086013567ffffffffffffffff811115613e0e575f5ffd5b613e1a88828901613d61565b9094509250613e2d905060408701613da9565b90509295509295909350565b803573ffffffffffffffffffffffffffffffffffffffff81168114613ac0575f5ffd5b5f60208284031215613e6c575f5ffd5b613ade82613e39565b602081525f613ade6020830184613bf9565b5f5f83601f840112613e97575f5ffd5b50813567ffffffffffffffff811115613eae575f5ffd5b602083019150836020828501011115613da2575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d031215613ede575f5ffd5b8a3567ffffffffffffffff811115613ef4575f5ffd5b613f008d828e01613e87565b909b5099505060208b013567ffffffffffffffff811115613f1f575f5ffd5b613f2b8d828e01613e87565b90995097505060408b013567ffffffffffffffff811115613f4a575f5ffd5b613f568d828e01613e87565b90975095505060608b013567ffffffffffffffff811115613f75575f5ffd5b613f818d828e01613e87565b90955093505060808b013567ffffffffffffffff811115613fa0575f5ffd5b613fac8d828e01613d61565b915080935050809150509295989b9194979a5092959850565b67ffffffffffffffff8616815260ff8516602082015260ff8416604082015260a060608201525f613ff960a0830185613ae5565b828103608084015261400b8185613ae5565b98975050505050505050565b5f6101408284031215614028575f5ffd5b50919050565b5f610140828403121561403f575f5ffd5b613ade8383614017565b602081525f613ade6020830184613ae5565b602081525f613ade6020830184613b35565b5f5f5f5f60408587031215614080575f5ffd5b843567ffffffffffffffff811115614096575f5ffd5b6140a287828801613e87565b909550935050602085013567ffffffffffffffff8111156140c1575f5ffd5b6140cd87828801613d61565b95989497509550505050565b5f5f5f5f5f5f5f5f6101c0898b0312156140f1575f5ffd5b6140fb8a8a614017565b9750610140890135965061016089013567ffffffffffffffff81111561411f575f5ffd5b61412b8b828c01613e87565b90975095505061018089013567ffffffffffffffff81111561414b575f5ffd5b6141578b828c01613e87565b9095509350506101a089013567ffffffffffffffff811115614177575f5ffd5b6141838b828c01613e87565b999c989b5096995094979396929594505050565b5f5f604083850312156141a8575f5ffd5b6141b183613aa9565b946020939093013593505050565b5f5f5f5f604085870312156141d2575f5ffd5b843567ffffffffffffffff8111156141e8575f5ffd5b6141f487828801613e87565b909550935050602085013567ffffffffffffffff811115614213575f5ffd5b6140cd87828801613e87565b5f5f5f5f5f5f5f5f5f60c08a8c031215614237575f5ffd5b8935985061424760208b01613aa9565b975060408a0135965060608a013567ffffffffffffffff811115614269575f5ffd5b6142758c828d01613e87565b90975095505060808a013567ffffffffffffffff811115614294575f5ffd5b6142a08c828d01613e87565b90955093505060a08a013567ffffffffffffffff8111156142bf575f5ffd5b6142cb8c828d01613e87565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561205d5761205d61433c565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036143ac576143ac61433c565b5060010190565b67ffffffffffffffff818116838216019081111561205d5761205d61433c565b5f816143e1576143e161433c565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b8183526020830192505f815f5b84811015613b2b5773ffffffffffffffffffffffffffffffffffffffff61443a83613e39565b1686526020958601959190910190600101614414565b67ffffffffffffffff87168152608060208201525f614473608083018789614407565b8281036040840152614486818688614407565b91505060ff83166060830152979650505050505050565b5f8183825b60088110156144c15781518352602092830192909101906001016144a2565b5050506101008201905092915050565b600181811c908216806144e557607f821691505b602082108103614028577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f610100828403121561452d575f5ffd5b82601f83011261453b575f5ffd5b604051610100810181811067ffffffffffffffff8211171561455f5761455f6142e2565b60405280610100840185811115614574575f5ffd5b845b8181101561458e578035835260209283019201614576565b509195945050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b5f8383855260208501945060208460051b820101835f5b86811015613bed577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084840301885281357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1873603018112614657575f5ffd5b860160208101903567ffffffffffffffff811115614673575f5ffd5b803603821315614681575f5ffd5b61468c858284614599565b60209a8b019a909550939093019250506001016145f7565b606081525f6146b760608301888a614599565b82810360208401526146ca818789614599565b905082810360408401526146df8185876145e0565b9998505050505050505050565b5f602082840312156146fc575f5ffd5b613ade82613da9565b5f60208284031215614715575f5ffd5b813563ffffffff81168114613ade575f5ffd5b5f60208284031215614738575f5ffd5b813561ffff81168114613ade575f5ffd5b7fff000000000000000000000000000000000000000000000000000000000000008b60f81b1681527fffffffffffffffff0000000000000000000000000000000000000000000000008a60c01b1660018201527fffffffffffffffff0000000000000000000000000000000000000000000000008960c01b1660098201527fffffffff000000000000000000000000000000000000000000000000000000008860e01b166011820152866015820152614829603582018760f01b7fffff000000000000000000000000000000000000000000000000000000000000169052565b61485a603782018660f01b7fffff000000000000000000000000000000000000000000000000000000000000169052565b836039820152614891605982018460c01b7fffffffffffffffff000000000000000000000000000000000000000000000000169052565b6148c2606182018360c01b7fffffffffffffffff000000000000000000000000000000000000000000000000169052565b6069019a9950505050505050505050565b604081525f6148e6604083018688614599565b82810360208401526148f98185876145e0565b979650505050505050565b601f82111561494b57805f5260205f20601f840160051c810160208510156149295750805b601f840160051c820191505b81811015614948575f8155600101614935565b50505b505050565b67ffffffffffffffff831115614968576149686142e2565b61497c8361497683546144d1565b83614904565b5f601f8411600181146149cc575f85156149965750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355614948565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015614a1957868501358255602094850194600190920191016149f9565b5086821015614a54577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614a99575f5ffd5b83018035915067ffffffffffffffff821115614ab3575f5ffd5b602001915036819003821315613da2575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614b0257614b02614ac7565b500690565b8082018082111561205d5761205d61433c565b5f82614b2857614b28614ac7565b50049056fe424c535f504f505f424c53313233383147315f584d443a5348412d3235365f535357555f524f5f504f505f424c535f5349475f424c53313233383147315f584d443a5348412d3235365f535357555f524f5f504f505fa264697066735822122097ce785144f7cca6864f92a5d43b1845f8e1be7b452c18715c2ee9bff1c68c4e64736f6c634300081e0033",
}

// Committee is an auto generated Go binding around an Ethereum contract.
type Committee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Committee) GetABI() abi.ABI {
	return c.abi
}

// NewCommittee creates a new instance of Committee.
func NewCommittee() *Committee {
	parsed, err := CommitteeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Committee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Committee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin_, uint64 changeDelay_, uint64 rotationWindow_) returns()
func (committee *Committee) PackConstructor(admin_ common.Address, changeDelay_ uint64, rotationWindow_ uint64) []byte {
	enc, err := committee.abi.Pack("", admin_, changeDelay_, rotationWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFORMATVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726fe4b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORMAT_VERSION() view returns(uint8)
func (committee *Committee) PackFORMATVERSION() []byte {
	enc, err := committee.abi.Pack("FORMAT_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORMATVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726fe4b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORMAT_VERSION() view returns(uint8)
func (committee *Committee) TryPackFORMATVERSION() ([]byte, error) {
	return committee.abi.Pack("FORMAT_VERSION")
}

// UnpackFORMATVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x726fe4b3.
//
// Solidity: function FORMAT_VERSION() view returns(uint8)
func (committee *Committee) UnpackFORMATVERSION(data []byte) (uint8, error) {
	out, err := committee.abi.Unpack("FORMAT_VERSION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0e35b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (committee *Committee) PackMAXMEMBERS() []byte {
	enc, err := committee.abi.Pack("MAX_MEMBERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0e35b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (committee *Committee) TryPackMAXMEMBERS() ([]byte, error) {
	return committee.abi.Pack("MAX_MEMBERS")
}

// UnpackMAXMEMBERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea0e35b1.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (committee *Committee) UnpackMAXMEMBERS(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("MAX_MEMBERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOPDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d07c52e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POP_DST() view returns(bytes)
func (committee *Committee) PackPOPDST() []byte {
	enc, err := committee.abi.Pack("POP_DST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOPDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d07c52e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POP_DST() view returns(bytes)
func (committee *Committee) TryPackPOPDST() ([]byte, error) {
	return committee.abi.Pack("POP_DST")
}

// UnpackPOPDST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d07c52e.
//
// Solidity: function POP_DST() view returns(bytes)
func (committee *Committee) UnpackPOPDST(data []byte) ([]byte, error) {
	out, err := committee.abi.Unpack("POP_DST", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSIGNATUREDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf66519a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIGNATURE_DST() view returns(bytes)
func (committee *Committee) PackSIGNATUREDST() []byte {
	enc, err := committee.abi.Pack("SIGNATURE_DST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIGNATUREDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf66519a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIGNATURE_DST() view returns(bytes)
func (committee *Committee) TryPackSIGNATUREDST() ([]byte, error) {
	return committee.abi.Pack("SIGNATURE_DST")
}

// UnpackSIGNATUREDST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf66519a0.
//
// Solidity: function SIGNATURE_DST() view returns(bytes)
func (committee *Committee) UnpackSIGNATUREDST(data []byte) ([]byte, error) {
	out, err := committee.abi.Unpack("SIGNATURE_DST", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (committee *Committee) PackAdmin() []byte {
	enc, err := committee.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (committee *Committee) TryPackAdmin() ([]byte, error) {
	return committee.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (committee *Committee) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := committee.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAttestMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb0c338f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestMessage(uint64 epoch, bytes32 hh) view returns(bytes32)
func (committee *Committee) PackAttestMessage(epoch uint64, hh [32]byte) []byte {
	enc, err := committee.abi.Pack("attestMessage", epoch, hh)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb0c338f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestMessage(uint64 epoch, bytes32 hh) view returns(bytes32)
func (committee *Committee) TryPackAttestMessage(epoch uint64, hh [32]byte) ([]byte, error) {
	return committee.abi.Pack("attestMessage", epoch, hh)
}

// UnpackAttestMessage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb0c338f.
//
// Solidity: function attestMessage(uint64 epoch, bytes32 hh) view returns(bytes32)
func (committee *Committee) UnpackAttestMessage(data []byte) ([32]byte, error) {
	out, err := committee.abi.Unpack("attestMessage", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4374158.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobId((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h) pure returns(bytes32)
func (committee *Committee) PackBlobId(h CommitteeHeader) []byte {
	enc, err := committee.abi.Pack("blobId", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4374158.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobId((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h) pure returns(bytes32)
func (committee *Committee) TryPackBlobId(h CommitteeHeader) ([]byte, error) {
	return committee.abi.Pack("blobId", h)
}

// UnpackBlobId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4374158.
//
// Solidity: function blobId((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h) pure returns(bytes32)
func (committee *Committee) UnpackBlobId(data []byte) ([32]byte, error) {
	out, err := committee.abi.Unpack("blobId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b57a2ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelChange(uint256 id) returns()
func (committee *Committee) PackCancelChange(id *big.Int) []byte {
	enc, err := committee.abi.Pack("cancelChange", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b57a2ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelChange(uint256 id) returns()
func (committee *Committee) TryPackCancelChange(id *big.Int) ([]byte, error) {
	return committee.abi.Pack("cancelChange", id)
}

// PackCertification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c5bfa1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certification(bytes32 id) view returns(bytes32 hh, uint64 expiry, uint64 epoch)
func (committee *Committee) PackCertification(id [32]byte) []byte {
	enc, err := committee.abi.Pack("certification", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c5bfa1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certification(bytes32 id) view returns(bytes32 hh, uint64 expiry, uint64 epoch)
func (committee *Committee) TryPackCertification(id [32]byte) ([]byte, error) {
	return committee.abi.Pack("certification", id)
}

// CertificationOutput serves as a container for the return parameters of contract
// method Certification.
type CertificationOutput struct {
	Hh     [32]byte
	Expiry uint64
	Epoch  uint64
}

// UnpackCertification is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c5bfa1d.
//
// Solidity: function certification(bytes32 id) view returns(bytes32 hh, uint64 expiry, uint64 epoch)
func (committee *Committee) UnpackCertification(data []byte) (CertificationOutput, error) {
	out, err := committee.abi.Unpack("certification", data)
	outstruct := new(CertificationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hh = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Expiry = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Epoch = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCertify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbaf954de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certify((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) header, uint256 signers, bytes signature, bytes aggregateKey, bytes nonSignerKeys) returns(bytes32 id)
func (committee *Committee) PackCertify(header CommitteeHeader, signers *big.Int, signature []byte, aggregateKey []byte, nonSignerKeys []byte) []byte {
	enc, err := committee.abi.Pack("certify", header, signers, signature, aggregateKey, nonSignerKeys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbaf954de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certify((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) header, uint256 signers, bytes signature, bytes aggregateKey, bytes nonSignerKeys) returns(bytes32 id)
func (committee *Committee) TryPackCertify(header CommitteeHeader, signers *big.Int, signature []byte, aggregateKey []byte, nonSignerKeys []byte) ([]byte, error) {
	return committee.abi.Pack("certify", header, signers, signature, aggregateKey, nonSignerKeys)
}

// UnpackCertify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbaf954de.
//
// Solidity: function certify((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) header, uint256 signers, bytes signature, bytes aggregateKey, bytes nonSignerKeys) returns(bytes32 id)
func (committee *Committee) UnpackCertify(data []byte) ([32]byte, error) {
	out, err := committee.abi.Unpack("certify", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChangeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc55e4af8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDelay() view returns(uint64)
func (committee *Committee) PackChangeDelay() []byte {
	enc, err := committee.abi.Pack("changeDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc55e4af8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDelay() view returns(uint64)
func (committee *Committee) TryPackChangeDelay() ([]byte, error) {
	return committee.abi.Pack("changeDelay")
}

// UnpackChangeDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc55e4af8.
//
// Solidity: function changeDelay() view returns(uint64)
func (committee *Committee) UnpackChangeDelay(data []byte) (uint64, error) {
	out, err := committee.abi.Unpack("changeDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChangeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71289e3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeInfo(uint256 id) view returns(uint64 eta, uint8 threshold, uint8 state, address[] add, address[] remove)
func (committee *Committee) PackChangeInfo(id *big.Int) []byte {
	enc, err := committee.abi.Pack("changeInfo", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71289e3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeInfo(uint256 id) view returns(uint64 eta, uint8 threshold, uint8 state, address[] add, address[] remove)
func (committee *Committee) TryPackChangeInfo(id *big.Int) ([]byte, error) {
	return committee.abi.Pack("changeInfo", id)
}

// ChangeInfoOutput serves as a container for the return parameters of contract
// method ChangeInfo.
type ChangeInfoOutput struct {
	Eta       uint64
	Threshold uint8
	State     uint8
	Add       []common.Address
	Remove    []common.Address
}

// UnpackChangeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71289e3e.
//
// Solidity: function changeInfo(uint256 id) view returns(uint64 eta, uint8 threshold, uint8 state, address[] add, address[] remove)
func (committee *Committee) UnpackChangeInfo(data []byte) (ChangeInfoOutput, error) {
	out, err := committee.abi.Unpack("changeInfo", data)
	outstruct := new(ChangeInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Eta = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.State = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Add = *abi.ConvertType(out[3], new([]common.Address)).(*[]common.Address)
	outstruct.Remove = *abi.ConvertType(out[4], new([]common.Address)).(*[]common.Address)
	return *outstruct, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (committee *Committee) PackCurrentEpoch() []byte {
	enc, err := committee.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (committee *Committee) TryPackCurrentEpoch() ([]byte, error) {
	return committee.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (committee *Committee) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := committee.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f3de7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochInfo(uint64 epoch) view returns((bytes32,uint128,uint8,uint8,uint48,uint48))
func (committee *Committee) PackEpochInfo(epoch uint64) []byte {
	enc, err := committee.abi.Pack("epochInfo", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f3de7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochInfo(uint64 epoch) view returns((bytes32,uint128,uint8,uint8,uint48,uint48))
func (committee *Committee) TryPackEpochInfo(epoch uint64) ([]byte, error) {
	return committee.abi.Pack("epochInfo", epoch)
}

// UnpackEpochInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9f3de7e.
//
// Solidity: function epochInfo(uint64 epoch) view returns((bytes32,uint128,uint8,uint8,uint48,uint48))
func (committee *Committee) UnpackEpochInfo(data []byte) (CommitteeEpochInfo, error) {
	out, err := committee.abi.Unpack("epochInfo", data)
	if err != nil {
		return *new(CommitteeEpochInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(CommitteeEpochInfo)).(*CommitteeEpochInfo)
	return out0, nil
}

// PackEpochMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a7e937.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochMembers(uint64 epoch) view returns(address[] ops, (bytes,bytes32,bytes,string[],bool,uint8,uint64,uint64)[] views)
func (committee *Committee) PackEpochMembers(epoch uint64) []byte {
	enc, err := committee.abi.Pack("epochMembers", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a7e937.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochMembers(uint64 epoch) view returns(address[] ops, (bytes,bytes32,bytes,string[],bool,uint8,uint64,uint64)[] views)
func (committee *Committee) TryPackEpochMembers(epoch uint64) ([]byte, error) {
	return committee.abi.Pack("epochMembers", epoch)
}

// EpochMembersOutput serves as a container for the return parameters of contract
// method EpochMembers.
type EpochMembersOutput struct {
	Ops   []common.Address
	Views []CommitteeOperatorView
}

// UnpackEpochMembers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08a7e937.
//
// Solidity: function epochMembers(uint64 epoch) view returns(address[] ops, (bytes,bytes32,bytes,string[],bool,uint8,uint64,uint64)[] views)
func (committee *Committee) UnpackEpochMembers(data []byte) (EpochMembersOutput, error) {
	out, err := committee.abi.Unpack("epochMembers", data)
	outstruct := new(EpochMembersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ops = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Views = *abi.ConvertType(out[1], new([]CommitteeOperatorView)).(*[]CommitteeOperatorView)
	return *outstruct, nil
}

// PackExecuteChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x196fe7b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeChange(uint256 id) returns(uint64 epoch)
func (committee *Committee) PackExecuteChange(id *big.Int) []byte {
	enc, err := committee.abi.Pack("executeChange", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x196fe7b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeChange(uint256 id) returns(uint64 epoch)
func (committee *Committee) TryPackExecuteChange(id *big.Int) ([]byte, error) {
	return committee.abi.Pack("executeChange", id)
}

// UnpackExecuteChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x196fe7b1.
//
// Solidity: function executeChange(uint256 id) returns(uint64 epoch)
func (committee *Committee) UnpackExecuteChange(data []byte) (uint64, error) {
	out, err := committee.abi.Unpack("executeChange", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76d3c931.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashHeader((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h) pure returns(bytes32)
func (committee *Committee) PackHashHeader(h CommitteeHeader) []byte {
	enc, err := committee.abi.Pack("hashHeader", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76d3c931.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashHeader((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h) pure returns(bytes32)
func (committee *Committee) TryPackHashHeader(h CommitteeHeader) ([]byte, error) {
	return committee.abi.Pack("hashHeader", h)
}

// UnpackHashHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76d3c931.
//
// Solidity: function hashHeader((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h) pure returns(bytes32)
func (committee *Committee) UnpackHashHeader(data []byte) ([32]byte, error) {
	out, err := committee.abi.Unpack("hashHeader", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashToG1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0b18a53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG1(bytes message, bytes dst) view returns(bytes)
func (committee *Committee) PackHashToG1(message []byte, dst []byte) []byte {
	enc, err := committee.abi.Pack("hashToG1", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0b18a53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG1(bytes message, bytes dst) view returns(bytes)
func (committee *Committee) TryPackHashToG1(message []byte, dst []byte) ([]byte, error) {
	return committee.abi.Pack("hashToG1", message, dst)
}

// UnpackHashToG1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0b18a53.
//
// Solidity: function hashToG1(bytes message, bytes dst) view returns(bytes)
func (committee *Committee) UnpackHashToG1(data []byte) ([]byte, error) {
	out, err := committee.abi.Unpack("hashToG1", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackNextChangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa825a680.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextChangeId() view returns(uint256)
func (committee *Committee) PackNextChangeId() []byte {
	enc, err := committee.abi.Pack("nextChangeId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextChangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa825a680.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextChangeId() view returns(uint256)
func (committee *Committee) TryPackNextChangeId() ([]byte, error) {
	return committee.abi.Pack("nextChangeId")
}

// UnpackNextChangeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa825a680.
//
// Solidity: function nextChangeId() view returns(uint256)
func (committee *Committee) UnpackNextChangeId(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("nextChangeId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperatorInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c246d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorInfo(address who) view returns((bytes,bytes32,bytes,string[],bool,uint8,uint64,uint64) v)
func (committee *Committee) PackOperatorInfo(who common.Address) []byte {
	enc, err := committee.abi.Pack("operatorInfo", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c246d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorInfo(address who) view returns((bytes,bytes32,bytes,string[],bool,uint8,uint64,uint64) v)
func (committee *Committee) TryPackOperatorInfo(who common.Address) ([]byte, error) {
	return committee.abi.Pack("operatorInfo", who)
}

// UnpackOperatorInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50c246d6.
//
// Solidity: function operatorInfo(address who) view returns((bytes,bytes32,bytes,string[],bool,uint8,uint64,uint64) v)
func (committee *Committee) UnpackOperatorInfo(data []byte) (CommitteeOperatorView, error) {
	out, err := committee.abi.Unpack("operatorInfo", data)
	if err != nil {
		return *new(CommitteeOperatorView), err
	}
	out0 := *abi.ConvertType(out[0], new(CommitteeOperatorView)).(*CommitteeOperatorView)
	return out0, nil
}

// PackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1980f272.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueChange(address[] add, address[] remove, uint8 threshold) returns(uint256 id)
func (committee *Committee) PackQueueChange(add []common.Address, remove []common.Address, threshold uint8) []byte {
	enc, err := committee.abi.Pack("queueChange", add, remove, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1980f272.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueChange(address[] add, address[] remove, uint8 threshold) returns(uint256 id)
func (committee *Committee) TryPackQueueChange(add []common.Address, remove []common.Address, threshold uint8) ([]byte, error) {
	return committee.abi.Pack("queueChange", add, remove, threshold)
}

// UnpackQueueChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1980f272.
//
// Solidity: function queueChange(address[] add, address[] remove, uint8 threshold) returns(uint256 id)
func (committee *Committee) UnpackQueueChange(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("queueChange", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d51bda9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes publicKey, bytes publicKeyCompressed, bytes proofOfPossession, bytes peerId, string[] addrs) returns()
func (committee *Committee) PackRegister(publicKey []byte, publicKeyCompressed []byte, proofOfPossession []byte, peerId []byte, addrs []string) []byte {
	enc, err := committee.abi.Pack("register", publicKey, publicKeyCompressed, proofOfPossession, peerId, addrs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d51bda9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes publicKey, bytes publicKeyCompressed, bytes proofOfPossession, bytes peerId, string[] addrs) returns()
func (committee *Committee) TryPackRegister(publicKey []byte, publicKeyCompressed []byte, proofOfPossession []byte, peerId []byte, addrs []string) ([]byte, error) {
	return committee.abi.Pack("register", publicKey, publicKeyCompressed, proofOfPossession, peerId, addrs)
}

// PackRegisteredOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x855b4125.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registeredOperators() view returns(address[])
func (committee *Committee) PackRegisteredOperators() []byte {
	enc, err := committee.abi.Pack("registeredOperators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisteredOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x855b4125.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registeredOperators() view returns(address[])
func (committee *Committee) TryPackRegisteredOperators() ([]byte, error) {
	return committee.abi.Pack("registeredOperators")
}

// UnpackRegisteredOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x855b4125.
//
// Solidity: function registeredOperators() view returns(address[])
func (committee *Committee) UnpackRegisteredOperators(data []byte) ([]common.Address, error) {
	out, err := committee.abi.Unpack("registeredOperators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRotationWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9658b6c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotationWindow() view returns(uint64)
func (committee *Committee) PackRotationWindow() []byte {
	enc, err := committee.abi.Pack("rotationWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotationWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9658b6c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotationWindow() view returns(uint64)
func (committee *Committee) TryPackRotationWindow() ([]byte, error) {
	return committee.abi.Pack("rotationWindow")
}

// UnpackRotationWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9658b6c4.
//
// Solidity: function rotationWindow() view returns(uint64)
func (committee *Committee) UnpackRotationWindow(data []byte) (uint64, error) {
	out, err := committee.abi.Unpack("rotationWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTransferAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75829def.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAdmin(address newAdmin) returns()
func (committee *Committee) PackTransferAdmin(newAdmin common.Address) []byte {
	enc, err := committee.abi.Pack("transferAdmin", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75829def.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAdmin(address newAdmin) returns()
func (committee *Committee) TryPackTransferAdmin(newAdmin common.Address) ([]byte, error) {
	return committee.abi.Pack("transferAdmin", newAdmin)
}

// PackUpdateNetwork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb43e67c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateNetwork(bytes peerId, string[] addrs) returns()
func (committee *Committee) PackUpdateNetwork(peerId []byte, addrs []string) []byte {
	enc, err := committee.abi.Pack("updateNetwork", peerId, addrs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateNetwork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb43e67c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateNetwork(bytes peerId, string[] addrs) returns()
func (committee *Committee) TryPackUpdateNetwork(peerId []byte, addrs []string) ([]byte, error) {
	return committee.abi.Pack("updateNetwork", peerId, addrs)
}

// PackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4d9259a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCertificate(bytes32 headerHash, uint64 epoch, uint256 signers, bytes signature, bytes aggregateKey, bytes nonSignerKeys) view returns()
func (committee *Committee) PackVerifyCertificate(headerHash [32]byte, epoch uint64, signers *big.Int, signature []byte, aggregateKey []byte, nonSignerKeys []byte) []byte {
	enc, err := committee.abi.Pack("verifyCertificate", headerHash, epoch, signers, signature, aggregateKey, nonSignerKeys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4d9259a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCertificate(bytes32 headerHash, uint64 epoch, uint256 signers, bytes signature, bytes aggregateKey, bytes nonSignerKeys) view returns()
func (committee *Committee) TryPackVerifyCertificate(headerHash [32]byte, epoch uint64, signers *big.Int, signature []byte, aggregateKey []byte, nonSignerKeys []byte) ([]byte, error) {
	return committee.abi.Pack("verifyCertificate", headerHash, epoch, signers, signature, aggregateKey, nonSignerKeys)
}

// CommitteeAdminTransferred represents a AdminTransferred event raised by the Committee contract.
type CommitteeAdminTransferred struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CommitteeAdminTransferredEventName = "AdminTransferred"

// ContractEventName returns the user-defined event name.
func (CommitteeAdminTransferred) ContractEventName() string {
	return CommitteeAdminTransferredEventName
}

// UnpackAdminTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminTransferred(address indexed previousAdmin, address indexed newAdmin)
func (committee *Committee) UnpackAdminTransferredEvent(log *types.Log) (*CommitteeAdminTransferred, error) {
	event := "AdminTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeAdminTransferred)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeCertified represents a Certified event raised by the Committee contract.
type CommitteeCertified struct {
	BlobId     [32]byte
	HeaderHash [32]byte
	Epoch      uint64
	Expiry     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommitteeCertifiedEventName = "Certified"

// ContractEventName returns the user-defined event name.
func (CommitteeCertified) ContractEventName() string {
	return CommitteeCertifiedEventName
}

// UnpackCertifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Certified(bytes32 indexed blobId, bytes32 indexed headerHash, uint64 epoch, uint64 expiry)
func (committee *Committee) UnpackCertifiedEvent(log *types.Log) (*CommitteeCertified, error) {
	event := "Certified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeCertified)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeChangeCancelled represents a ChangeCancelled event raised by the Committee contract.
type CommitteeChangeCancelled struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const CommitteeChangeCancelledEventName = "ChangeCancelled"

// ContractEventName returns the user-defined event name.
func (CommitteeChangeCancelled) ContractEventName() string {
	return CommitteeChangeCancelledEventName
}

// UnpackChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeCancelled(uint256 indexed id)
func (committee *Committee) UnpackChangeCancelledEvent(log *types.Log) (*CommitteeChangeCancelled, error) {
	event := "ChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeChangeCancelled)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeChangeExecuted represents a ChangeExecuted event raised by the Committee contract.
type CommitteeChangeExecuted struct {
	Id    *big.Int
	Epoch uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const CommitteeChangeExecutedEventName = "ChangeExecuted"

// ContractEventName returns the user-defined event name.
func (CommitteeChangeExecuted) ContractEventName() string {
	return CommitteeChangeExecutedEventName
}

// UnpackChangeExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeExecuted(uint256 indexed id, uint64 indexed epoch)
func (committee *Committee) UnpackChangeExecutedEvent(log *types.Log) (*CommitteeChangeExecuted, error) {
	event := "ChangeExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeChangeExecuted)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeChangeQueued represents a ChangeQueued event raised by the Committee contract.
type CommitteeChangeQueued struct {
	Id        *big.Int
	Eta       uint64
	Add       []common.Address
	Remove    []common.Address
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommitteeChangeQueuedEventName = "ChangeQueued"

// ContractEventName returns the user-defined event name.
func (CommitteeChangeQueued) ContractEventName() string {
	return CommitteeChangeQueuedEventName
}

// UnpackChangeQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeQueued(uint256 indexed id, uint64 eta, address[] add, address[] remove, uint8 threshold)
func (committee *Committee) UnpackChangeQueuedEvent(log *types.Log) (*CommitteeChangeQueued, error) {
	event := "ChangeQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeChangeQueued)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeEpochStarted represents a EpochStarted event raised by the Committee contract.
type CommitteeEpochStarted struct {
	Epoch            uint64
	AggregateKeyHash [32]byte
	Members          *big.Int
	Size             uint8
	Threshold        uint8
	Raw              *types.Log // Blockchain specific contextual infos
}

const CommitteeEpochStartedEventName = "EpochStarted"

// ContractEventName returns the user-defined event name.
func (CommitteeEpochStarted) ContractEventName() string {
	return CommitteeEpochStartedEventName
}

// UnpackEpochStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochStarted(uint64 indexed epoch, bytes32 aggregateKeyHash, uint128 members, uint8 size, uint8 threshold)
func (committee *Committee) UnpackEpochStartedEvent(log *types.Log) (*CommitteeEpochStarted, error) {
	event := "EpochStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeEpochStarted)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeMemberAdded represents a MemberAdded event raised by the Committee contract.
type CommitteeMemberAdded struct {
	Operator common.Address
	Epoch    uint64
	Slot     uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const CommitteeMemberAddedEventName = "MemberAdded"

// ContractEventName returns the user-defined event name.
func (CommitteeMemberAdded) ContractEventName() string {
	return CommitteeMemberAddedEventName
}

// UnpackMemberAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberAdded(address indexed operator, uint64 indexed epoch, uint8 slot)
func (committee *Committee) UnpackMemberAddedEvent(log *types.Log) (*CommitteeMemberAdded, error) {
	event := "MemberAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeMemberAdded)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeMemberRemoved represents a MemberRemoved event raised by the Committee contract.
type CommitteeMemberRemoved struct {
	Operator common.Address
	Epoch    uint64
	Slot     uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const CommitteeMemberRemovedEventName = "MemberRemoved"

// ContractEventName returns the user-defined event name.
func (CommitteeMemberRemoved) ContractEventName() string {
	return CommitteeMemberRemovedEventName
}

// UnpackMemberRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberRemoved(address indexed operator, uint64 indexed epoch, uint8 slot)
func (committee *Committee) UnpackMemberRemovedEvent(log *types.Log) (*CommitteeMemberRemoved, error) {
	event := "MemberRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeMemberRemoved)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeOperatorNetworkUpdated represents a OperatorNetworkUpdated event raised by the Committee contract.
type CommitteeOperatorNetworkUpdated struct {
	Operator common.Address
	PeerId   []byte
	Addrs    []string
	Raw      *types.Log // Blockchain specific contextual infos
}

const CommitteeOperatorNetworkUpdatedEventName = "OperatorNetworkUpdated"

// ContractEventName returns the user-defined event name.
func (CommitteeOperatorNetworkUpdated) ContractEventName() string {
	return CommitteeOperatorNetworkUpdatedEventName
}

// UnpackOperatorNetworkUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorNetworkUpdated(address indexed operator, bytes peerId, string[] addrs)
func (committee *Committee) UnpackOperatorNetworkUpdatedEvent(log *types.Log) (*CommitteeOperatorNetworkUpdated, error) {
	event := "OperatorNetworkUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeOperatorNetworkUpdated)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommitteeOperatorRegistered represents a OperatorRegistered event raised by the Committee contract.
type CommitteeOperatorRegistered struct {
	Operator  common.Address
	KeyHash   [32]byte
	PublicKey []byte
	PeerId    []byte
	Addrs     []string
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommitteeOperatorRegisteredEventName = "OperatorRegistered"

// ContractEventName returns the user-defined event name.
func (CommitteeOperatorRegistered) ContractEventName() string {
	return CommitteeOperatorRegisteredEventName
}

// UnpackOperatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorRegistered(address indexed operator, bytes32 indexed keyHash, bytes publicKey, bytes peerId, string[] addrs)
func (committee *Committee) UnpackOperatorRegisteredEvent(log *types.Log) (*CommitteeOperatorRegistered, error) {
	event := "OperatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeOperatorRegistered)
	if len(log.Data) > 0 {
		if err := committee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range committee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (committee *Committee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], committee.abi.Errors["AggregateKeyMismatch"].ID.Bytes()[:4]) {
		return committee.UnpackAggregateKeyMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["AlreadyCertified"].ID.Bytes()[:4]) {
		return committee.UnpackAlreadyCertifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["AlreadyMember"].ID.Bytes()[:4]) {
		return committee.UnpackAlreadyMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return committee.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["BitmapOutOfRange"].ID.Bytes()[:4]) {
		return committee.UnpackBitmapOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["ChangeNotPending"].ID.Bytes()[:4]) {
		return committee.UnpackChangeNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["ChangeNotReady"].ID.Bytes()[:4]) {
		return committee.UnpackChangeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["CommitteeFull"].ID.Bytes()[:4]) {
		return committee.UnpackCommitteeFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["EmptyChange"].ID.Bytes()[:4]) {
		return committee.UnpackEmptyChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["EpochExpired"].ID.Bytes()[:4]) {
		return committee.UnpackEpochExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["HeaderExpired"].ID.Bytes()[:4]) {
		return committee.UnpackHeaderExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InsufficientSigners"].ID.Bytes()[:4]) {
		return committee.UnpackInsufficientSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidProofOfPossession"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidProofOfPossessionError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidPublicKey"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidSignaturePoint"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidSignaturePointError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["KeyAlreadyRegistered"].ID.Bytes()[:4]) {
		return committee.UnpackKeyAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["KeyRetired"].ID.Bytes()[:4]) {
		return committee.UnpackKeyRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NonSignerMismatch"].ID.Bytes()[:4]) {
		return committee.UnpackNonSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NonSignersMissing"].ID.Bytes()[:4]) {
		return committee.UnpackNonSignersMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return committee.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NotMember"].ID.Bytes()[:4]) {
		return committee.UnpackNotMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return committee.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["OperatorAlreadyRegistered"].ID.Bytes()[:4]) {
		return committee.UnpackOperatorAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["PointNotInSubgroup"].ID.Bytes()[:4]) {
		return committee.UnpackPointNotInSubgroupError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["PrecompileFailed"].ID.Bytes()[:4]) {
		return committee.UnpackPrecompileFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["PublicKeyMismatch"].ID.Bytes()[:4]) {
		return committee.UnpackPublicKeyMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["UnknownChange"].ID.Bytes()[:4]) {
		return committee.UnpackUnknownChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["UnknownEpoch"].ID.Bytes()[:4]) {
		return committee.UnpackUnknownEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["UnsupportedVersion"].ID.Bytes()[:4]) {
		return committee.UnpackUnsupportedVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return committee.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommitteeAggregateKeyMismatch represents a AggregateKeyMismatch error raised by the Committee contract.
type CommitteeAggregateKeyMismatch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AggregateKeyMismatch(uint64 epoch)
func CommitteeAggregateKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0x498a8adf01a4f85f8dd70978e332f2c9c9ee2edeb0d0caa1574260cd9551d156")
}

// UnpackAggregateKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AggregateKeyMismatch(uint64 epoch)
func (committee *Committee) UnpackAggregateKeyMismatchError(raw []byte) (*CommitteeAggregateKeyMismatch, error) {
	out := new(CommitteeAggregateKeyMismatch)
	if err := committee.abi.UnpackIntoInterface(out, "AggregateKeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeAlreadyCertified represents a AlreadyCertified error raised by the Committee contract.
type CommitteeAlreadyCertified struct {
	BlobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCertified(bytes32 blobId)
func CommitteeAlreadyCertifiedErrorID() common.Hash {
	return common.HexToHash("0xe5b05b65732fad5fbd9b63f4f3dbbaf42e4e6ed4ff2f3d5329a1fff84d668abc")
}

// UnpackAlreadyCertifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCertified(bytes32 blobId)
func (committee *Committee) UnpackAlreadyCertifiedError(raw []byte) (*CommitteeAlreadyCertified, error) {
	out := new(CommitteeAlreadyCertified)
	if err := committee.abi.UnpackIntoInterface(out, "AlreadyCertified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeAlreadyMember represents a AlreadyMember error raised by the Committee contract.
type CommitteeAlreadyMember struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyMember(address operator)
func CommitteeAlreadyMemberErrorID() common.Hash {
	return common.HexToHash("0x0268f929b8e50dc801123bfb8b2a006b6c79575dd280e7d47371697a09340962")
}

// UnpackAlreadyMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyMember(address operator)
func (committee *Committee) UnpackAlreadyMemberError(raw []byte) (*CommitteeAlreadyMember, error) {
	out := new(CommitteeAlreadyMember)
	if err := committee.abi.UnpackIntoInterface(out, "AlreadyMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeBadLength represents a BadLength error raised by the Committee contract.
type CommitteeBadLength struct {
	Length *big.Int
	Want   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 length, uint256 want)
func CommitteeBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 length, uint256 want)
func (committee *Committee) UnpackBadLengthError(raw []byte) (*CommitteeBadLength, error) {
	out := new(CommitteeBadLength)
	if err := committee.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeBitmapOutOfRange represents a BitmapOutOfRange error raised by the Committee contract.
type CommitteeBitmapOutOfRange struct {
	StrayBits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BitmapOutOfRange(uint256 strayBits)
func CommitteeBitmapOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0521ef5fbe9fa1031a505f6bffd73513edf718998002436b232adf6b4ba6853e")
}

// UnpackBitmapOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BitmapOutOfRange(uint256 strayBits)
func (committee *Committee) UnpackBitmapOutOfRangeError(raw []byte) (*CommitteeBitmapOutOfRange, error) {
	out := new(CommitteeBitmapOutOfRange)
	if err := committee.abi.UnpackIntoInterface(out, "BitmapOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeChangeNotPending represents a ChangeNotPending error raised by the Committee contract.
type CommitteeChangeNotPending struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotPending(uint256 id)
func CommitteeChangeNotPendingErrorID() common.Hash {
	return common.HexToHash("0x31e8634212993c7d924fedd647c0ed6b7899dbd5f53024a6ddde7adb33c3707a")
}

// UnpackChangeNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotPending(uint256 id)
func (committee *Committee) UnpackChangeNotPendingError(raw []byte) (*CommitteeChangeNotPending, error) {
	out := new(CommitteeChangeNotPending)
	if err := committee.abi.UnpackIntoInterface(out, "ChangeNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeChangeNotReady represents a ChangeNotReady error raised by the Committee contract.
type CommitteeChangeNotReady struct {
	Id  *big.Int
	Eta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotReady(uint256 id, uint64 eta)
func CommitteeChangeNotReadyErrorID() common.Hash {
	return common.HexToHash("0xd10c5e3d95820c8c2cdcd4112c718344b420fd8305b061c9c3c402a8f3c9d086")
}

// UnpackChangeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotReady(uint256 id, uint64 eta)
func (committee *Committee) UnpackChangeNotReadyError(raw []byte) (*CommitteeChangeNotReady, error) {
	out := new(CommitteeChangeNotReady)
	if err := committee.abi.UnpackIntoInterface(out, "ChangeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeCommitteeFull represents a CommitteeFull error raised by the Committee contract.
type CommitteeCommitteeFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeFull()
func CommitteeCommitteeFullErrorID() common.Hash {
	return common.HexToHash("0x5396a0e75d18befaa8cf11630618384233e0a94639e995da783e5bfa0cdc2b17")
}

// UnpackCommitteeFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeFull()
func (committee *Committee) UnpackCommitteeFullError(raw []byte) (*CommitteeCommitteeFull, error) {
	out := new(CommitteeCommitteeFull)
	if err := committee.abi.UnpackIntoInterface(out, "CommitteeFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeEmptyChange represents a EmptyChange error raised by the Committee contract.
type CommitteeEmptyChange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyChange()
func CommitteeEmptyChangeErrorID() common.Hash {
	return common.HexToHash("0xcc606e32bfbfb6406637267fbf8f4a2a2fc640345307393eceb7ec3825005d20")
}

// UnpackEmptyChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyChange()
func (committee *Committee) UnpackEmptyChangeError(raw []byte) (*CommitteeEmptyChange, error) {
	out := new(CommitteeEmptyChange)
	if err := committee.abi.UnpackIntoInterface(out, "EmptyChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeEpochExpired represents a EpochExpired error raised by the Committee contract.
type CommitteeEpochExpired struct {
	Epoch    uint64
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochExpired(uint64 epoch, uint256 deadline)
func CommitteeEpochExpiredErrorID() common.Hash {
	return common.HexToHash("0xc75cd209e503fed5cb2ca8470b4d67ee44d28c4659d282fc424f9e26e064f9b3")
}

// UnpackEpochExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochExpired(uint64 epoch, uint256 deadline)
func (committee *Committee) UnpackEpochExpiredError(raw []byte) (*CommitteeEpochExpired, error) {
	out := new(CommitteeEpochExpired)
	if err := committee.abi.UnpackIntoInterface(out, "EpochExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeHeaderExpired represents a HeaderExpired error raised by the Committee contract.
type CommitteeHeaderExpired struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderExpired(uint64 expiry)
func CommitteeHeaderExpiredErrorID() common.Hash {
	return common.HexToHash("0xf35ce65f310daa4d21773bdd73df3cab8d6e9ec60161a23e13efa6913beb4f41")
}

// UnpackHeaderExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderExpired(uint64 expiry)
func (committee *Committee) UnpackHeaderExpiredError(raw []byte) (*CommitteeHeaderExpired, error) {
	out := new(CommitteeHeaderExpired)
	if err := committee.abi.UnpackIntoInterface(out, "HeaderExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInsufficientSigners represents a InsufficientSigners error raised by the Committee contract.
type CommitteeInsufficientSigners struct {
	Signers   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientSigners(uint256 signers, uint256 threshold)
func CommitteeInsufficientSignersErrorID() common.Hash {
	return common.HexToHash("0x9dd9e6d85d26bc482c0d47b1df97bce276112b4917a5bec4e3837ce480a0a47f")
}

// UnpackInsufficientSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientSigners(uint256 signers, uint256 threshold)
func (committee *Committee) UnpackInsufficientSignersError(raw []byte) (*CommitteeInsufficientSigners, error) {
	out := new(CommitteeInsufficientSigners)
	if err := committee.abi.UnpackIntoInterface(out, "InsufficientSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInvalidProofOfPossession represents a InvalidProofOfPossession error raised by the Committee contract.
type CommitteeInvalidProofOfPossession struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProofOfPossession()
func CommitteeInvalidProofOfPossessionErrorID() common.Hash {
	return common.HexToHash("0x92536faf1153f408422ef920697ee2d9d27f6ccade5bbefe6b7de0cacab986fc")
}

// UnpackInvalidProofOfPossessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProofOfPossession()
func (committee *Committee) UnpackInvalidProofOfPossessionError(raw []byte) (*CommitteeInvalidProofOfPossession, error) {
	out := new(CommitteeInvalidProofOfPossession)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidProofOfPossession", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInvalidPublicKey represents a InvalidPublicKey error raised by the Committee contract.
type CommitteeInvalidPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPublicKey()
func CommitteeInvalidPublicKeyErrorID() common.Hash {
	return common.HexToHash("0xa2d0fee854985cb3d3a394146b5df1c41d5b4d6fcede7fc57a3c05a49b2f3e73")
}

// UnpackInvalidPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPublicKey()
func (committee *Committee) UnpackInvalidPublicKeyError(raw []byte) (*CommitteeInvalidPublicKey, error) {
	out := new(CommitteeInvalidPublicKey)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInvalidSignature represents a InvalidSignature error raised by the Committee contract.
type CommitteeInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func CommitteeInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (committee *Committee) UnpackInvalidSignatureError(raw []byte) (*CommitteeInvalidSignature, error) {
	out := new(CommitteeInvalidSignature)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInvalidSignaturePoint represents a InvalidSignaturePoint error raised by the Committee contract.
type CommitteeInvalidSignaturePoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignaturePoint()
func CommitteeInvalidSignaturePointErrorID() common.Hash {
	return common.HexToHash("0xbf5c91877d81309dec3d9076ea3356fa01e32398aa3b76a85796a8822da61488")
}

// UnpackInvalidSignaturePointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignaturePoint()
func (committee *Committee) UnpackInvalidSignaturePointError(raw []byte) (*CommitteeInvalidSignaturePoint, error) {
	out := new(CommitteeInvalidSignaturePoint)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidSignaturePoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInvalidThreshold represents a InvalidThreshold error raised by the Committee contract.
type CommitteeInvalidThreshold struct {
	Threshold *big.Int
	Size      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint256 threshold, uint256 size)
func CommitteeInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x7b7a98f144b22ac349117faf884147efe6b9d8f459322b9ed0cb76310884f093")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint256 threshold, uint256 size)
func (committee *Committee) UnpackInvalidThresholdError(raw []byte) (*CommitteeInvalidThreshold, error) {
	out := new(CommitteeInvalidThreshold)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeKeyAlreadyRegistered represents a KeyAlreadyRegistered error raised by the Committee contract.
type CommitteeKeyAlreadyRegistered struct {
	KeyHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyAlreadyRegistered(bytes32 keyHash)
func CommitteeKeyAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xb022f12a9ea6d7cc2e85c08b44d66e1a4889790a786d155baf5a15712791af01")
}

// UnpackKeyAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyAlreadyRegistered(bytes32 keyHash)
func (committee *Committee) UnpackKeyAlreadyRegisteredError(raw []byte) (*CommitteeKeyAlreadyRegistered, error) {
	out := new(CommitteeKeyAlreadyRegistered)
	if err := committee.abi.UnpackIntoInterface(out, "KeyAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeKeyRetired represents a KeyRetired error raised by the Committee contract.
type CommitteeKeyRetired struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyRetired(address operator)
func CommitteeKeyRetiredErrorID() common.Hash {
	return common.HexToHash("0x223ac9afa6f4c7c5a56d3cc40327fba739a911363026aa3801abf0a3dbdee451")
}

// UnpackKeyRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyRetired(address operator)
func (committee *Committee) UnpackKeyRetiredError(raw []byte) (*CommitteeKeyRetired, error) {
	out := new(CommitteeKeyRetired)
	if err := committee.abi.UnpackIntoInterface(out, "KeyRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeNonSignerMismatch represents a NonSignerMismatch error raised by the Committee contract.
type CommitteeNonSignerMismatch struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonSignerMismatch(uint256 index)
func CommitteeNonSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0x85ceac752d0e47bbed48b93a9de74bb2775135da4809201b2fae14a3f19e6a2d")
}

// UnpackNonSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonSignerMismatch(uint256 index)
func (committee *Committee) UnpackNonSignerMismatchError(raw []byte) (*CommitteeNonSignerMismatch, error) {
	out := new(CommitteeNonSignerMismatch)
	if err := committee.abi.UnpackIntoInterface(out, "NonSignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeNonSignersMissing represents a NonSignersMissing error raised by the Committee contract.
type CommitteeNonSignersMissing struct {
	MissingBits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonSignersMissing(uint256 missingBits)
func CommitteeNonSignersMissingErrorID() common.Hash {
	return common.HexToHash("0xa2e63d465f5955281850d70bfa18aef31ee587ba533042135947a4cafe8e387b")
}

// UnpackNonSignersMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonSignersMissing(uint256 missingBits)
func (committee *Committee) UnpackNonSignersMissingError(raw []byte) (*CommitteeNonSignersMissing, error) {
	out := new(CommitteeNonSignersMissing)
	if err := committee.abi.UnpackIntoInterface(out, "NonSignersMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeNotAdmin represents a NotAdmin error raised by the Committee contract.
type CommitteeNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func CommitteeNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (committee *Committee) UnpackNotAdminError(raw []byte) (*CommitteeNotAdmin, error) {
	out := new(CommitteeNotAdmin)
	if err := committee.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeNotMember represents a NotMember error raised by the Committee contract.
type CommitteeNotMember struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMember(address operator)
func CommitteeNotMemberErrorID() common.Hash {
	return common.HexToHash("0x16d6142c051fd31eaf080eccdc319a6d11b659baa2266c1e4d7e444bd19c4a32")
}

// UnpackNotMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMember(address operator)
func (committee *Committee) UnpackNotMemberError(raw []byte) (*CommitteeNotMember, error) {
	out := new(CommitteeNotMember)
	if err := committee.abi.UnpackIntoInterface(out, "NotMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeNotRegistered represents a NotRegistered error raised by the Committee contract.
type CommitteeNotRegistered struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address operator)
func CommitteeNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address operator)
func (committee *Committee) UnpackNotRegisteredError(raw []byte) (*CommitteeNotRegistered, error) {
	out := new(CommitteeNotRegistered)
	if err := committee.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeOperatorAlreadyRegistered represents a OperatorAlreadyRegistered error raised by the Committee contract.
type CommitteeOperatorAlreadyRegistered struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorAlreadyRegistered(address operator)
func CommitteeOperatorAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x866b0dcfbdccbaea4b156b85087ed83b0f84b0efe2354deabde4ae47f1506107")
}

// UnpackOperatorAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorAlreadyRegistered(address operator)
func (committee *Committee) UnpackOperatorAlreadyRegisteredError(raw []byte) (*CommitteeOperatorAlreadyRegistered, error) {
	out := new(CommitteeOperatorAlreadyRegistered)
	if err := committee.abi.UnpackIntoInterface(out, "OperatorAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteePointNotInSubgroup represents a PointNotInSubgroup error raised by the Committee contract.
type CommitteePointNotInSubgroup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PointNotInSubgroup()
func CommitteePointNotInSubgroupErrorID() common.Hash {
	return common.HexToHash("0xb28e789154918a5643efb041895f9a2c86ab9f7d7fa99fb24997814c38ac026a")
}

// UnpackPointNotInSubgroupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PointNotInSubgroup()
func (committee *Committee) UnpackPointNotInSubgroupError(raw []byte) (*CommitteePointNotInSubgroup, error) {
	out := new(CommitteePointNotInSubgroup)
	if err := committee.abi.UnpackIntoInterface(out, "PointNotInSubgroup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteePrecompileFailed represents a PrecompileFailed error raised by the Committee contract.
type CommitteePrecompileFailed struct {
	Precompile *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrecompileFailed(uint256 precompile)
func CommitteePrecompileFailedErrorID() common.Hash {
	return common.HexToHash("0x00a48593f9c209d4d7e3b1ee4f754577225379f193a95f3a1400534a74238e14")
}

// UnpackPrecompileFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrecompileFailed(uint256 precompile)
func (committee *Committee) UnpackPrecompileFailedError(raw []byte) (*CommitteePrecompileFailed, error) {
	out := new(CommitteePrecompileFailed)
	if err := committee.abi.UnpackIntoInterface(out, "PrecompileFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteePublicKeyMismatch represents a PublicKeyMismatch error raised by the Committee contract.
type CommitteePublicKeyMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicKeyMismatch()
func CommitteePublicKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0xb18d7448330d143aaa40c3cc318b03bc9f1d0a56c257688aef31f4e0ca757afc")
}

// UnpackPublicKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicKeyMismatch()
func (committee *Committee) UnpackPublicKeyMismatchError(raw []byte) (*CommitteePublicKeyMismatch, error) {
	out := new(CommitteePublicKeyMismatch)
	if err := committee.abi.UnpackIntoInterface(out, "PublicKeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeUnknownChange represents a UnknownChange error raised by the Committee contract.
type CommitteeUnknownChange struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownChange(uint256 id)
func CommitteeUnknownChangeErrorID() common.Hash {
	return common.HexToHash("0xb6f3173bbf0cea674ff4b39c11ee2e45eefc1b6156b97eccaecfbdc808808ce2")
}

// UnpackUnknownChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownChange(uint256 id)
func (committee *Committee) UnpackUnknownChangeError(raw []byte) (*CommitteeUnknownChange, error) {
	out := new(CommitteeUnknownChange)
	if err := committee.abi.UnpackIntoInterface(out, "UnknownChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeUnknownEpoch represents a UnknownEpoch error raised by the Committee contract.
type CommitteeUnknownEpoch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEpoch(uint64 epoch)
func CommitteeUnknownEpochErrorID() common.Hash {
	return common.HexToHash("0xa4e21e6c8f881eff51b5764f98a67304231c1cb1ba8af636f941098552d2bd6c")
}

// UnpackUnknownEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEpoch(uint64 epoch)
func (committee *Committee) UnpackUnknownEpochError(raw []byte) (*CommitteeUnknownEpoch, error) {
	out := new(CommitteeUnknownEpoch)
	if err := committee.abi.UnpackIntoInterface(out, "UnknownEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeUnsupportedVersion represents a UnsupportedVersion error raised by the Committee contract.
type CommitteeUnsupportedVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedVersion(uint8 version)
func CommitteeUnsupportedVersionErrorID() common.Hash {
	return common.HexToHash("0x4fc7a2412e565d3edaae9683758965f54601d3bba5c53178fe7b901dab06db7c")
}

// UnpackUnsupportedVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedVersion(uint8 version)
func (committee *Committee) UnpackUnsupportedVersionError(raw []byte) (*CommitteeUnsupportedVersion, error) {
	out := new(CommitteeUnsupportedVersion)
	if err := committee.abi.UnpackIntoInterface(out, "UnsupportedVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeZeroAddress represents a ZeroAddress error raised by the Committee contract.
type CommitteeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CommitteeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (committee *Committee) UnpackZeroAddressError(raw []byte) (*CommitteeZeroAddress, error) {
	out := new(CommitteeZeroAddress)
	if err := committee.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
