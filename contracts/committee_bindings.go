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
	Replication      uint8
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"changeDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"rotationWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"AggregateKeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyCertified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"strayBits\",\"type\":\"uint256\"}],\"name\":\"BitmapOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"replication\",\"type\":\"uint256\"}],\"name\":\"CustodyUnsafe\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"EpochExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"HeaderExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidAddrs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPeerId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignaturePoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"KeyRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NonSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"missingBits\",\"type\":\"uint256\"}],\"name\":\"NonSignersMissing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPendingAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PeerIdTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PointNotInSubgroup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicKeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"UnknownEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"UnsupportedVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pendingAdmin\",\"type\":\"address\"}],\"name\":\"AdminTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"Certified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ChangeExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"add\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"remove\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"ChangeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"aggregateKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"members\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"EpochStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"OperatorApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"OperatorNetworkUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORMAT_VERSION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ADDRS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ADDR_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POP_DST\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIGNATURE_DST\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"ops\",\"type\":\"address[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"approveOperators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"approved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hh\",\"type\":\"bytes32\"}],\"name\":\"attestMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"blobId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"certification\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hh\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aggregateKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nonSignerKeys\",\"type\":\"bytes\"}],\"name\":\"certify\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"changeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"changeInfo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"add\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"remove\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"replication\",\"type\":\"uint256\"}],\"name\":\"custodyMinThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"aggregateKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"members\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"start\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"end\",\"type\":\"uint48\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"internalType\":\"structCommittee.EpochInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"ops\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.OperatorView[]\",\"name\":\"views\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"executeChange\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextChangeId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"operatorInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structCommittee.OperatorView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"add\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"remove\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"queueChange\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"publicKeyCompressed\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proofOfPossession\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registeredOperators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rotationWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"transferAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"addrs\",\"type\":\"string[]\"}],\"name\":\"updateNetwork\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aggregateKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nonSignerKeys\",\"type\":\"bytes\"}],\"name\":\"verifyCertificate\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Committee",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516159a73803806159a783398101604081905261002e916100d2565b6001600160a01b0383166100555760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03851690811782556001600160401b03848116608052831660a0526040519091907ff8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec6908290a350505061011f565b80516001600160401b03811681146100cd575f5ffd5b919050565b5f5f5f606084860312156100e4575f5ffd5b83516001600160a01b03811681146100fa575f5ffd5b9250610108602085016100b7565b9150610116604085016100b7565b90509250925092565b60805160a0516158526101555f395f81816104a501528181613bf50152613c3301525f8181610536015261257101526158525ff3fe608060405234801561000f575f5ffd5b5060043610610269575f3560e01c80639658b6c411610157578063d8b964e6116100d2578063f0b18a5311610088578063f66519a01161006e578063f66519a01461069e578063f851a440146106a6578063f9f3de7e146106c5575f5ffd5b8063f0b18a5314610678578063f4d9259a1461068b575f5ffd5b8063e69656d9116100b8578063e69656d91461059a578063ea0e35b1146105ad578063eb0c338f146105b5575f5ffd5b8063d8b964e614610560578063d9a6722014610592575f5ffd5b8063ab2dc8d211610127578063baf954de1161010d578063baf954de1461051e578063c55e4af814610531578063cf3e272b14610558575f5ffd5b8063ab2dc8d2146104f8578063b43e67c51461050b575f5ffd5b80639658b6c4146104a05780639d07c52e146104c7578063a4374158146104dc578063a825a680146104ef575f5ffd5b80635d51bda9116101e757806376671808116101b7578063855b41251161019d578063855b41251461047a5780638748fe461461048f57806394fc642214610498575f5ffd5b8063766718081461043b57806376d3c93114610467575f5ffd5b80635d51bda9146103d657806371289e3e146103e9578063726fe4b31461040e57806375829def14610428575f5ffd5b8063291a5abe1161023c57806348bcbe051161022257806348bcbe051461039b57806350c246d6146103a35780635b57a2ed146103c3575f5ffd5b8063291a5abe146103125780632c5bfa1d14610333575f5ffd5b806308a7e9371461026d5780630e18b68114610297578063196fe7b1146102a157806326782247146102cd575b5f5ffd5b61028061027b366004614533565b61080f565b60405161028e929190614725565b60405180910390f35b61029f6109d3565b005b6102b46102af3660046147b8565b610a9f565b60405167ffffffffffffffff909116815260200161028e565b6001546102ed9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161028e565b6103256103203660046147cf565b611318565b60405190815260200161028e565b6103756103413660046147b8565b5f9081526007602052604090208054600190910154909167ffffffffffffffff808316926801000000000000000090041690565b6040805193845267ffffffffffffffff928316602085015291169082015260600161028e565b610325601081565b6103b66103b1366004614812565b611433565b60405161028e919061482b565b61029f6103d13660046147b8565b611718565b61029f6103e43660046148c3565b611873565b6103fc6103f73660046147b8565b611a24565b60405161028e969594939291906149c3565b610416600181565b60405160ff909116815260200161028e565b61029f610436366004614812565b611bb8565b6001546102b49074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b610325610475366004614a37565b611cca565b610482611d8c565b60405161028e9190614a52565b61032561010081565b610325600881565b6102b47f000000000000000000000000000000000000000000000000000000000000000081565b6104cf611df9565b60405161028e9190614a64565b6103256104ea366004614a37565b611e15565b61032560025481565b61029f610506366004614a76565b611ee2565b61029f610519366004614acd565b6120b4565b61032561052c366004614b39565b612167565b6102b47f000000000000000000000000000000000000000000000000000000000000000081565b610325602c81565b61058261056e366004614812565b60086020525f908152604090205460ff1681565b604051901515815260200161028e565b610325600481565b6103256105a8366004614c07565b612455565b610325608081565b6103256105c3366004614c96565b6040517f71756972652f6174746573742f7631000000000000000000000000000000000060208201527fffffffffffffffff0000000000000000000000000000000000000000000000004660c090811b8216602f8401527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000003060601b16603784015284901b16604b820152605381018290525f9060730160405160208183030381529060405280519060200120905092915050565b6104cf610686366004614cbe565b6126c1565b61029f610699366004614d1e565b612782565b6104cf61279e565b5f546102ed9073ffffffffffffffffffffffffffffffffffffffff1681565b6108026106d3366004614533565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525067ffffffffffffffff165f90815260056020908152604091829020825160e081018452815481526001909101546fffffffffffffffffffffffffffffffff81169282019290925260ff70010000000000000000000000000000000083048116938201939093527101000000000000000000000000000000000082048316606082015265ffffffffffff7201000000000000000000000000000000000000830481166080830152780100000000000000000000000000000000000000000000000083041660a08201527e0100000000000000000000000000000000000000000000000000000000000090910490911660c082015290565b60405161028e9190614de1565b67ffffffffffffffff81165f908152600560205260409020546060908190610874576040517fa4e21e6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff841660048201526024015b60405180910390fd5b67ffffffffffffffff83165f908152600a6020908152604091829020805483518184028101840190945280845290918301828280156108e757602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116108bc575b50505050509150815167ffffffffffffffff81111561090857610908614e5a565b60405190808252806020026020018201604052801561097857816020015b604080516101008101825260608082525f60208301819052928201819052808201526080810182905260a0810182905260c0810182905260e08101919091528152602001906001900390816109265790505b5090505f5b82518110156109cd576109a883828151811061099b5761099b614e87565b6020026020010151611433565b8282815181106109ba576109ba614e87565b602090810291909101015260010161097d565b50915091565b60015473ffffffffffffffffffffffffffffffffffffffff163314610a24576040517f058d9a1b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8054604051339273ffffffffffffffffffffffffffffffffffffffff909216917ff8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec691a35f80547fffffffffffffffffffffffff00000000000000000000000000000000000000009081163317909155600180549091169055565b5f81815260066020526040812080546901000000000000000000900460ff168203610af9576040517fb6f3173b0000000000000000000000000000000000000000000000000000000081526004810184905260240161086b565b80546901000000000000000000900460ff16600114610b47576040517f31e863420000000000000000000000000000000000000000000000000000000081526004810184905260240161086b565b805467ffffffffffffffff16421015610ba25780546040517fd10c5e3d0000000000000000000000000000000000000000000000000000000081526004810185905267ffffffffffffffff909116602482015260440161086b565b80547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669020000000000000000001781556001805474010000000000000000000000000000000000000000900467ffffffffffffffff1690610c06908290614ee1565b67ffffffffffffffff82165f908152600560209081526040808320815160e081018352815481526001909101546fffffffffffffffffffffffffffffffff811693820184905260ff700100000000000000000000000000000000820481169383018490527101000000000000000000000000000000000082048116606084015265ffffffffffff7201000000000000000000000000000000000000830481166080850152780100000000000000000000000000000000000000000000000083041660a08401527e01000000000000000000000000000000000000000000000000000000000000909104811660c083015287549598509094929391926801000000000000000090041615610d2957855468010000000000000000900460ff16610d2f565b83606001515b865460ff91821692505f916a01000000000000000000009091041615610d675786546a0100000000000000000000900460ff16610d6d565b8460c001515b60408051610200808252610220820190925260ff9290921692505f91906020820181803683375050604080516101008101918290529293505f929150600b9060089082845b815481526020019060010190808311610db2575050505050905061010081602084015e505f5b6002890154811015610e3c57610e25896002018281548110610dfc57610dfc614e87565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff168b88856127ba565b955084610e3181614f01565b955050600101610dd8565b505f5b6001890154811015610ea357610e8c896001018281548110610e6357610e63614e87565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff168b888561297a565b955084610e9881614f35565b955050600101610e3f565b50821580610eb057508383115b15610ef1576040517f7b7a98f1000000000000000000000000000000000000000000000000000000008152600481018490526024810185905260440161086b565b610efb8483611318565b831015610f45576040517f7aa9d97a00000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044810183905260640161086b565b5f610f4e6143c4565b610100602084018181209350825e610f69600b8260086143e3565b5067ffffffffffffffff891615610fe15767ffffffffffffffff89165f90815260056020526040902060010180547fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff1678010000000000000000000000000000000000000000000000004265ffffffffffff16021790555b6040518060e00160405280838152602001886fffffffffffffffffffffffffffffffff1681526020018760ff1681526020018660ff1681526020014265ffffffffffff1681526020015f65ffffffffffff1681526020018560ff1681525060055f8d67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555060408201518160010160106101000a81548160ff021916908360ff16021790555060608201518160010160116101000a81548160ff021916908360ff16021790555060808201518160010160126101000a81548165ffffffffffff021916908365ffffffffffff16021790555060a08201518160010160186101000a81548165ffffffffffff021916908365ffffffffffff16021790555060c082015181600101601e6101000a81548160ff021916908360ff1602179055509050505f600a5f8d67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f2090505f8890505b801561121c578160136111a583612c49565b608081106111b5576111b5614e87565b01548154600181810184555f93845260209093200180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9092169190911790556112169082614f6c565b16611193565b50600180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8f16908102919091179091556040518e907f56a99a701f7ce8ce67513b4981ae5d67253ee35f1edda163a0dfaeeb5603329f905f90a3604080518481526fffffffffffffffffffffffffffffffff8a16602082015260ff89811682840152888116606083015287166080820152905167ffffffffffffffff8e16917fae073cd010f5db77fd500ce25796a6df0938e51cc79ae619b37763b686b836ea919081900360a00190a25050505050505050505050919050565b5f60048310806113285750608083115b80611331575081155b8061133c5750601082115b1561136857507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61142d565b8282111561139757507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61142d565b816001036113e2576040518060a00160405280607d815260200161574a607d91396113c3600485614f6c565b815181106113d3576113d3614e87565b016020015160f81c905061142d565b5f60026113f0856001614f7f565b6113fa9190614fbf565b611405906001614f7f565b9050611412836001614f7f565b811161141f576001611429565b6114298382614f6c565b9150505b92915050565b604080516101008101825260608082525f60208301819052928201819052808201526080810182905260a0810182905260c0810182905260e081019190915273ffffffffffffffffffffffffffffffffffffffff82165f90815260036020526040902060088101546114e9576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161086b565b5f6114f682600801545490565b604080516101008101918290529192505f9190849060089082845b81548152602001906001019080831161151157505050505090508060405160200161153c9190614fd2565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905284526008830154602085015260098301805461158590615006565b80601f01602080910402602001604051908101604052809291908181526020018280546115b190615006565b80156115fc5780601f106115d3576101008083540402835291602001916115fc565b820191905f5260205f20905b8154815290600101906020018083116115df57829003601f168201915b5050505060408087019290925250600a840180548251602080830282018101909452818152925f9084015b828210156116cf578382905f5260205f2001805461164490615006565b80601f016020809104026020016040519081016040528092919081815260200182805461167090615006565b80156116bb5780601f10611692576101008083540402835291602001916116bb565b820191905f5260205f20905b81548152906001019060200180831161169e57829003601f168201915b505050505081526020019060010190611627565b50505050606085015250600b9091015460ff90811615156080840152811660a083015267ffffffffffffffff600882901c811660c084015260489190911c1660e0820152919050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314611768576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81815260066020526040812080549091690100000000000000000090910460ff1690036117c5576040517fb6f3173b0000000000000000000000000000000000000000000000000000000081526004810183905260240161086b565b80546901000000000000000000900460ff16600114611813576040517f31e863420000000000000000000000000000000000000000000000000000000081526004810183905260240161086b565b80547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff16690300000000000000000017815560405182907f5edd520c0103960fbe1e1fc55ae80c123b61704fa2429473cef253e3c90ae27e905f90a25050565b335f9081526003602052604090206008810154156118bf576040517f866b0dcf00000000000000000000000000000000000000000000000000000000815233600482015260240161086b565b335f9081526008602052604090205460ff16611909576040517f0ca968d800000000000000000000000000000000000000000000000000000000815233600482015260240161086b565b5f6119188c8c8c8c8c8c612cab565b90506119268b8d018d615051565b61193390839060086143e3565b50600882018190556119488287878787613036565b710100000000000000000000000000000000008155600433908060018154018082558091505060019003905f5260205f20015f9091909190916101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff160217905550803373ffffffffffffffffffffffffffffffffffffffff167f497061f387931d53fbde8fc69fac56d1e4da0454d92566a79cc35fcd2b6b895b8e8e8a8a8a8a604051611a0e969594939291906151d9565b60405180910390a3505050505050505050505050565b5f81815260066020526040812080548291829160609182918491906901000000000000000000900460ff168203611a8a576040517fb6f3173b0000000000000000000000000000000000000000000000000000000081526004810189905260240161086b565b80546001820180546040805160208084028201810190925282815267ffffffffffffffff85169460ff68010000000000000000820481169569010000000000000000008304821695909460028a01946a01000000000000000000009094049092169291859190830182828015611b3457602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611b09575b5050505050925081805480602002602001604051908101604052809291908181526020018280548015611b9b57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611b70575b505050505091509650965096509650965096505091939550919395565b5f5473ffffffffffffffffffffffffffffffffffffffff163314611c08576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8116611c55576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8381169182179092555f8054604051929316917fe5cd1c804f1c9cc6d7009e4c0fb532f0e2d8863524c3323a6b3790c3f80bf25c9190a350565b5f611cd86020830183615221565b611ce86040840160208501614533565b611cf86060850160408601614533565b611d08608086016060870161523a565b6080860135611d1d60c0880160a0890161525d565b611d2d60e0890160c08a0161525d565b60e0890135611d446101208b016101008c01614533565b611d566101408c016101208d01614533565b604051602001611d6f9a9998979695949392919061527e565b604051602081830303815290604052805190602001209050919050565b60606004805480602002602001604051908101604052809291908181526020018280548015611def57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611dc4575b5050505050905090565b6040518060600160405280602b81526020016157c7602b913981565b5f611e236020830183615221565b611e336060840160408501614533565b611e43608085016060860161523a565b8460800135604051602001611d6f949392919060f89490941b7fff0000000000000000000000000000000000000000000000000000000000000016845260c09290921b7fffffffffffffffff00000000000000000000000000000000000000000000000016600184015260e01b7fffffffff00000000000000000000000000000000000000000000000000000000166009830152600d820152602d0190565b5f5473ffffffffffffffffffffffffffffffffffffffff163314611f32576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b828110156120ae575f848483818110611f4f57611f4f614e87565b9050602002016020810190611f649190614812565b73ffffffffffffffffffffffffffffffffffffffff1603611fb1576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8160085f868685818110611fc757611fc7614e87565b9050602002016020810190611fdc9190614812565b73ffffffffffffffffffffffffffffffffffffffff16815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001691151591909117905583838281811061204057612040614e87565b90506020020160208101906120559190614812565b73ffffffffffffffffffffffffffffffffffffffff167f49d13b3f4446630d8e5b7b18fad187497eb172f89d71c17ecc0e3ff12a7767138360405161209e911515815260200190565b60405180910390a2600101611f34565b50505050565b335f90815260036020526040902060088101546120ff576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815233600482015260240161086b565b61210c8186868686613036565b3373ffffffffffffffffffffffffffffffffffffffff167f63004519d7d4ecb38ed42510ba6c18fea93f71050a94be28dfb44218592ae140868686866040516121589493929190615408565b60405180910390a25050505050565b5f600161217760208b018b615221565b60ff16146121c45761218c60208a018a615221565b6040517f4fc7a24100000000000000000000000000000000000000000000000000000000815260ff909116600482015260240161086b565b466121d560408b0160208c01614533565b67ffffffffffffffff1614612233576121f460408a0160208b01614533565b6040517f4c5f37de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260240161086b565b426122466101208b016101008c01614533565b67ffffffffffffffff16116122a6576122676101208a016101008b01614533565b6040517ff35ce65f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260240161086b565b5f6122b08a611cca565b90506122d4816122c86101408d016101208e01614533565b8b8b8b8b8b8b8b6132ba565b6122dd8a611e15565b5f8181526007602052604090209092506122ff6101208c016101008d01614533565b600182015467ffffffffffffffff91821691161061234c576040517fe5b05b650000000000000000000000000000000000000000000000000000000081526004810184905260240161086b565b8181556123616101208c016101008d01614533565b6001820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556123ae6101408c016101208d01614533565b8160010160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555081837f0613b28f95c1c5ee5cc42a808cd65fc6b57000b79599a16317f2b330e3d69caa8d61012001602081019061240f9190614533565b8e6101000160208101906124239190614533565b6040805167ffffffffffffffff93841681529290911660208301520160405180910390a3505098975050505050505050565b5f805473ffffffffffffffffffffffffffffffffffffffff1633146124a6576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b851580156124b2575083155b80156124bf575060ff8316155b80156124cc575060ff8216155b15612503576040517fcc606e3200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60808611806125125750608084115b15612549576040517f5396a0e700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028054905f61255883614f35565b909155505f8181526006602052604090209091506125967f000000000000000000000000000000000000000000000000000000000000000042614ee1565b81547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff60ff8681166a010000000000000000000002919091167fffffffffffffffffffffffffffffffffffffffffff0000ffffffffffffffffff91881668010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090931667ffffffffffffffff94909416939093179190911716176901000000000000000000178155612655600182018989614421565b50612664600282018787614421565b50805460405183917f9f35ce6e01268e9d5f789732343c6b86fcfe7497824cf016ec62946d1e741c76916126ae9167ffffffffffffffff16908c908c908c908c908c908c90615482565b60405180910390a2509695505050505050565b606060ff821115612708576040517f2e728bb20000000000000000000000000000000000000000000000000000000081526004810183905260ff602482015260440161086b565b61277985858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f920191909152506133ea92505050565b95945050505050565b6127938989898989898989896132ba565b505050505050505050565b6040518060600160405280602b81526020016157f2602b913981565b73ffffffffffffffffffffffffffffffffffffffff84165f908152600360205260408120600b81015460ff16612834576040517f16d6142c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015260240161086b565b5f61284182600801545490565b9050805f601360ff83166080811061285b5761285b614e87565b0180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055600b830180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690556008830154604888901b70ffffffffffffffff00000000000000000016831790556128f48386613683565b612900856101006136c3565b61290985613759565b60405160ff8216815267ffffffffffffffff88169073ffffffffffffffffffffffffffffffffffffffff8a16907f2c391a1cb8bc3c206492eb19c380bc37c3dd45f9972ecbb8cf14e198ee9db4439060200160405180910390a3600160ff9091161b19851692505050949350505050565b73ffffffffffffffffffffffffffffffffffffffff84165f90815260036020526040812060088101546129f1576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015260240161086b565b600b81015460ff1615612a48576040517f0268f92900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015260240161086b565b6008818101545467ffffffffffffffff911c1615612aaa576040517f223ac9af00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015260240161086b565b5f5b608081108015612ac05750600185821c8116145b15612ad75780612acf81614f35565b915050612aac565b60808103612b11576040517f5396a0e700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8660138260808110612b2557612b25614e87565b01805473ffffffffffffffffffffffffffffffffffffffff929092167fffffffffffffffffffffffff0000000000000000000000000000000000000000909216919091179055600b820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055600880830154612bcb9168ffffffffffffffff009089901b16831771010000000000000000000000000000000000179055565b612bd58285613683565b612bde84613759565b60405160ff8216815267ffffffffffffffff87169073ffffffffffffffffffffffffffffffffffffffff8916907fd63e6d1a3286dba1b4dbf1f4e0cc27cb5bbd92452923dfed35487d693828c8999060200160405180910390a36001901b8417915050949350505050565b5f612c74827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff614f6c565b612c7f906001614f7f565b821691505b6001821115612ca65760019190911c9080612c9e81614f35565b915050612c84565b919050565b5f6101008614612cf2576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101879052610100602482015260440161086b565b60608414612d36576040517f2e728bb2000000000000000000000000000000000000000000000000000000008152600481018590526060602482015260440161086b565b60808214612d7a576040517f2e728bb2000000000000000000000000000000000000000000000000000000008152600481018390526080602482015260440161086b565b5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250604080516020601f8b0181900481028201810190925289815295965090949350889250879150819084018382808284375f92019190915250929350612df692508491506137ae9050565b15612e2d576040517fa2d0fee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612e38600d836137d8565b612e6e576040517fa2d0fee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612e79878784613808565b612eaf576040517fb18d744800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612eb8816137ae565b80612ecb5750612ec9600b826137d8565b155b15612f02576040517fbf5c918700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b815160208301209250612f13835490565b15612f4d576040517fb022f12a0000000000000000000000000000000000000000000000000000000081526004810184905260240161086b565b5f612fa688888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250506040805160608101909152602b80825290925090506157c760208301396133ea565b90505f5f612fb58484876138f8565b9150915080612ff0576040517fb28e789100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81613027576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050509695505050505050565b6130408484613a3b565b600881111561307e576040517f8a17030c0000000000000000000000000000000000000000000000000000000081526008600482015260240161086b565b5f5b81811015613101575f83838381811061309b5761309b614e87565b90506020028101906130ad91906154d9565b9150508015806130be575061010081115b156130f8576040517f8a17030c0000000000000000000000000000000000000000000000000000000081526004810183905260240161086b565b50600101613080565b5084600901805461311190615006565b15905061316b5760095f8660090160405161312c919061553a565b604080519182900390912082526020820192909252015f2080547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b821561323b575f84846040516131829291906155c5565b60408051918290039091205f8181526009602052919091205490915073ffffffffffffffffffffffffffffffffffffffff168015613204576040517fba387c5e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260240161086b565b505f90815260096020526040902080547fffffffffffffffffffffffff000000000000000000000000000000000000000016331790555b6009850161324a848683615620565b50613258600a86015f614497565b5f5b818110156132b25785600a0183838381811061327857613278614e87565b905060200281019061328a91906154d9565b82546001810184555f9384526020909320909201916132a99183615620565b5060010161325a565b505050505050565b5f5f5f5f6132c88c8c613b3f565b9194509250905060808914613313576040517f2e728bb2000000000000000000000000000000000000000000000000000000008152600481018a90526080602482015260440161086b565b6101008714613359576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101889052610100602482015260440161086b565b61336561010086615736565b156133a7576040517f2e728bb200000000000000000000000000000000000000000000000000000000815260048101869052610100602482015260440161086b565b6133b58c8b8b8b8b88613d26565b93506133d06133c685610200614f7f565b8d88888686613e8e565b5050506133de818a8c6141ba565b50505050505050505050565b60408051608080825260a082019092526060916020820181803683370190505090505f60019050825184516040515f81525f60208201528160208801604083015e81604082010161800060e81b81528360208801600383015e8384600383010153506044918301918201916063017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168101602081848460025afa8516945080519250602081019150508260208701602183015e828360218301015381815260228301926041017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810160016020830153602081858460025afa8516945060025b600581101561352557602060028203028201518418835280602084015360208060018303028301868560025afa909516946001016134ec565b506080810193506040845260016020850152603060408501528051606085015260208101516080850152600160a08501537f1a0111ea397fe69a4b1ba7b6434bacd70000000000000000000000000000000060a18501527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60b18501525f60e085019081529250603060f0850160d18660055afa8516945060303d1485169450604081015160608501526060810151608085015250505f604082015260306050820160d18460055afa90921660303d141691608080820192508260408360105afa3d6080908114919094161692828101604083810160105afa831692505060803d148216915060806020840161010083600b5afa90911660803d141690508061367c576040517ea485930000000000000000000000000000000000000000000000000000000081526010600482015260240161086b565b5092915050565b604080516101008101918290525f91849060089082845b81548152602001906001019080831161369a57505050505090506101008161012084015e505050565b80602083010160805b6101008110156120ae5780820151602082018301518082171561374f57807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab10826f1a0111ea397fe69a4b1ba7b6434bacd7030383850152807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab03602084018501525b50506040016136cc565b5f6101006020830161020081600d5afa3d61010014169050806137aa576040517ea48593000000000000000000000000000000000000000000000000000000008152600d600482015260240161086b565b5050565b5f5f82515f5b818110156137cf5760208186018101519390931792016137b4565b50501592915050565b80516040515f91908160208501825e8136838301378181600284028388612710fa3d909214909116949350505050565b5f833560208501356040860135825f1a600180607d1b038460801c168360801c8560801b17945060018060801b0384169350602087016001608060c0851614169650602081015184148151861416871696506060810151861460408201518314168716965060c0810151955060e08101519450848617613891576080810151955060a081015194505b50507fb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd55583116f0d0088f51cbff34d258dd3db21a5d66b8514166f0d0088f51cbff34d258dd3db21a5d66b851117935060018160051c16841485169450505050509392505050565b5f5f604051608060208701825e6f024aa2b2f08f0a91260805272dc5105160808201527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb860a08201526f13e02b6052719f607dacd3a088274f6560c08201527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e60e08201526f0d1b3cc2c7027888be51d9ef691d77bc6101008201527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6101208201526f13fa4d4a0ad8b1ce186ed5061789213d6101408201527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed61016082015260806020860161018083015e6101006020850161020083015e60205f61030083600f620493e0fa5f516001143d60201490911690811697909650945050505050565b805f819003613a4957505050565b6002811080613a585750602c81115b80613a8f5750613a69600282614f6c565b83836001818110613a7c57613a7c614e87565b9050013560f81c60f81b60f81c60ff1614155b15613ac6576040517ffd8b66e900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f83835f818110613ad957613ad9614e87565b919091013560f81c91505060128114613b025760ff8116151580613afd5750600382105b613b08565b81602214155b156120ae576040517ffd8b66e900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff82165f90815260056020526040812080549190819083613ba0576040517fa4e21e6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8716600482015260240161086b565b60018101546fffffffffffffffffffffffffffffffff8116907801000000000000000000000000000000000000000000000000900465ffffffffffff168015801590613c1f5750613c1b67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001682614f7f565b4210155b15613c9d5787613c5967ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001683614f7f565b6040517fc75cd20900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9092166004830152602482015260440161086b565b8119871615613cdd576040517f0521ef5f00000000000000000000000000000000000000000000000000000000815282198816600482015260240161086b565b506001919091015493969419169450505071010000000000000000000000000000000000810460ff1670010000000000000000000000000000000090910460081b61ff00161790565b6040805161030081019091525f60808783376f024aa2b2f08f0a91260805272dc5105160808301527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb860a08301526f13e02b6052719f607dacd3a088274f6560c08301527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e60e08301526f0d1b3cc2c7027888be51d9ef691d77bc6101008301527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6101208301526f13fa4d4a0ad8b1ce186ed5061789213d6101408301527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed610160830152610200820161010086823761010090208314905080613e83576040517f498a8adf00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8916600482015260240161086b565b509695505050505050565b5f613e9b61010085614fbf565b9050805f03613ee5578215613edf576040517fa2e63d460000000000000000000000000000000000000000000000000000000081526004810184905260240161086b565b506132b2565b600882901c60ff831681831180613f04575080613f028484614f6c565b105b15613f5e57818311613f1f57613f1a8383614f6c565b613f21565b5f5b6040517f9dd9e6d800000000000000000000000000000000000000000000000000000000815260048101919091526024810182905260440161086b565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9050600161010089015f5b848110156140e8576101008082028a018337610100822054600160ff82161b90600881901c67ffffffffffffffff908116808e1090151760489290921c16808d1015901515161788821615178015613fe75782955050506140e8565b50808818975050608082016020810151807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab1082516f1a0111ea397fe69a4b1ba7b6434bacd703038252807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab03602083015260c08401915060208201519050807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab1082516f1a0111ea397fe69a4b1ba7b6434bacd703038252807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab03602083015250506101008b6102008d600d5afa9092166101003d141691600101613f8b565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8214614146576040517f85ceac750000000000000000000000000000000000000000000000000000000081526004810183905260240161086b565b8061417f576040517ea48593000000000000000000000000000000000000000000000000000000008152600d600482015260240161086b565b8415612793576040517fa2e63d460000000000000000000000000000000000000000000000000000000081526004810186905260240161086b565b606083015160408401516020850151855117911717158015614208576040517fbf5c918700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61431f6142c685856040517f71756972652f6174746573742f7631000000000000000000000000000000000060208201527fffffffffffffffff0000000000000000000000000000000000000000000000004660c090811b8216602f8401527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000003060601b16603784015284901b16604b820152605381018290525f9060730160405160208183030381529060405280519060200120905092915050565b6040516020016142d891815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815260608301909152602b8083529091906157f260208301396133ea565b90505f5f60806020840161018089015e60205f61030089600f620493e0fa5f513d6020149091169250600114905081614384576040517fbf5c918700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806143bb576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050565b6040518061010001604052806008906020820280368337509192915050565b8260088101928215614411579160200282015b828111156144115782518255916020019190600101906143f6565b5061441d9291506144b5565b5090565b828054828255905f5260205f20908101928215614411579160200282015b828111156144115781547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84351617825560209092019160019091019061443f565b5080545f8255905f5260205f20908101906144b291906144c9565b50565b5b8082111561441d575f81556001016144b6565b8082111561441d575f6144dc82826144e5565b506001016144c9565b5080546144f190615006565b5f825580601f10614500575050565b601f0160209004905f5260205f20908101906144b291906144b5565b803567ffffffffffffffff81168114612ca6575f5ffd5b5f60208284031215614543575f5ffd5b61454c8261451c565b9392505050565b5f8151808452602084019350602083015f5b8281101561459957815173ffffffffffffffffffffffffffffffffffffffff16865260209586019590910190600101614565565b5093949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561465b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08584030188526146458383516145a3565b602098890198909350919091019060010161460b565b50909695505050505050565b5f8151610100845261467d6101008501826145a3565b905060208301516020850152604083015184820360408601526146a082826145a3565b915050606083015184820360608601526146ba82826145ef565b91505060808301516146d0608086018215159052565b5060a08301516146e560a086018260ff169052565b5060c083015161470160c086018267ffffffffffffffff169052565b5060e083015161471d60e086018267ffffffffffffffff169052565b509392505050565b604081525f6147376040830185614553565b828103602084015280845180835260208301915060208160051b840101602087015f5b838110156147aa577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0868403018552614794838351614667565b602095860195909350919091019060010161475a565b509098975050505050505050565b5f602082840312156147c8575f5ffd5b5035919050565b5f5f604083850312156147e0575f5ffd5b50508035926020909101359150565b803573ffffffffffffffffffffffffffffffffffffffff81168114612ca6575f5ffd5b5f60208284031215614822575f5ffd5b61454c826147ef565b602081525f61454c6020830184614667565b5f5f83601f84011261484d575f5ffd5b50813567ffffffffffffffff811115614864575f5ffd5b60208301915083602082850101111561487b575f5ffd5b9250929050565b5f5f83601f840112614892575f5ffd5b50813567ffffffffffffffff8111156148a9575f5ffd5b6020830191508360208260051b850101111561487b575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d0312156148dc575f5ffd5b8a3567ffffffffffffffff8111156148f2575f5ffd5b6148fe8d828e0161483d565b909b5099505060208b013567ffffffffffffffff81111561491d575f5ffd5b6149298d828e0161483d565b90995097505060408b013567ffffffffffffffff811115614948575f5ffd5b6149548d828e0161483d565b90975095505060608b013567ffffffffffffffff811115614973575f5ffd5b61497f8d828e0161483d565b90955093505060808b013567ffffffffffffffff81111561499e575f5ffd5b6149aa8d828e01614882565b915080935050809150509295989b9194979a5092959850565b67ffffffffffffffff8716815260ff8616602082015260ff8516604082015260c060608201525f6149f760c0830186614553565b8281036080840152614a098186614553565b91505060ff831660a0830152979650505050505050565b5f6101408284031215614a31575f5ffd5b50919050565b5f6101408284031215614a48575f5ffd5b61454c8383614a20565b602081525f61454c6020830184614553565b602081525f61454c60208301846145a3565b5f5f5f60408486031215614a88575f5ffd5b833567ffffffffffffffff811115614a9e575f5ffd5b614aaa86828701614882565b90945092505060208401358015158114614ac2575f5ffd5b809150509250925092565b5f5f5f5f60408587031215614ae0575f5ffd5b843567ffffffffffffffff811115614af6575f5ffd5b614b028782880161483d565b909550935050602085013567ffffffffffffffff811115614b21575f5ffd5b614b2d87828801614882565b95989497509550505050565b5f5f5f5f5f5f5f5f6101c0898b031215614b51575f5ffd5b614b5b8a8a614a20565b9750610140890135965061016089013567ffffffffffffffff811115614b7f575f5ffd5b614b8b8b828c0161483d565b90975095505061018089013567ffffffffffffffff811115614bab575f5ffd5b614bb78b828c0161483d565b9095509350506101a089013567ffffffffffffffff811115614bd7575f5ffd5b614be38b828c0161483d565b999c989b5096995094979396929594505050565b803560ff81168114612ca6575f5ffd5b5f5f5f5f5f5f60808789031215614c1c575f5ffd5b863567ffffffffffffffff811115614c32575f5ffd5b614c3e89828a01614882565b909750955050602087013567ffffffffffffffff811115614c5d575f5ffd5b614c6989828a01614882565b9095509350614c7c905060408801614bf7565b9150614c8a60608801614bf7565b90509295509295509295565b5f5f60408385031215614ca7575f5ffd5b614cb08361451c565b946020939093013593505050565b5f5f5f5f60408587031215614cd1575f5ffd5b843567ffffffffffffffff811115614ce7575f5ffd5b614cf38782880161483d565b909550935050602085013567ffffffffffffffff811115614d12575f5ffd5b614b2d8782880161483d565b5f5f5f5f5f5f5f5f5f60c08a8c031215614d36575f5ffd5b89359850614d4660208b0161451c565b975060408a0135965060608a013567ffffffffffffffff811115614d68575f5ffd5b614d748c828d0161483d565b90975095505060808a013567ffffffffffffffff811115614d93575f5ffd5b614d9f8c828d0161483d565b90955093505060a08a013567ffffffffffffffff811115614dbe575f5ffd5b614dca8c828d0161483d565b915080935050809150509295985092959850929598565b5f60e082019050825182526fffffffffffffffffffffffffffffffff602084015116602083015260ff604084015116604083015260ff606084015116606083015265ffffffffffff608084015116608083015265ffffffffffff60a08401511660a083015260c083015161367c60c084018260ff169052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561142d5761142d614eb4565b5f81614f0f57614f0f614eb4565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203614f6557614f65614eb4565b5060010190565b8181038181111561142d5761142d614eb4565b8082018082111561142d5761142d614eb4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614fcd57614fcd614f92565b500490565b5f8183825b6008811015614ff6578151835260209283019290910190600101614fd7565b5050506101008201905092915050565b600181811c9082168061501a57607f821691505b602082108103614a31577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f6101008284031215615062575f5ffd5b82601f830112615070575f5ffd5b604051610100810181811067ffffffffffffffff8211171561509457615094614e5a565b604052806101008401858111156150a9575f5ffd5b845b818110156150c35780358352602092830192016150ab565b509195945050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b5f8383855260208501945060208460051b820101835f5b8681101561465b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084840301885281357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe187360301811261518c575f5ffd5b860160208101903567ffffffffffffffff8111156151a8575f5ffd5b8036038213156151b6575f5ffd5b6151c18582846150ce565b60209a8b019a9095509390930192505060010161512c565b606081525f6151ec60608301888a6150ce565b82810360208401526151ff8187896150ce565b90508281036040840152615214818587615115565b9998505050505050505050565b5f60208284031215615231575f5ffd5b61454c82614bf7565b5f6020828403121561524a575f5ffd5b813563ffffffff8116811461454c575f5ffd5b5f6020828403121561526d575f5ffd5b813561ffff8116811461454c575f5ffd5b7fff000000000000000000000000000000000000000000000000000000000000008b60f81b1681527fffffffffffffffff0000000000000000000000000000000000000000000000008a60c01b1660018201527fffffffffffffffff0000000000000000000000000000000000000000000000008960c01b1660098201527fffffffff000000000000000000000000000000000000000000000000000000008860e01b16601182015286601582015261535e603582018760f01b7fffff000000000000000000000000000000000000000000000000000000000000169052565b61538f603782018660f01b7fffff000000000000000000000000000000000000000000000000000000000000169052565b8360398201526153c6605982018460c01b7fffffffffffffffff000000000000000000000000000000000000000000000000169052565b6153f7606182018360c01b7fffffffffffffffff000000000000000000000000000000000000000000000000169052565b6069019a9950505050505050505050565b604081525f61541b6040830186886150ce565b828103602084015261542e818587615115565b979650505050505050565b8183526020830192505f815f5b848110156145995773ffffffffffffffffffffffffffffffffffffffff61546c836147ef565b1686526020958601959190910190600101615446565b67ffffffffffffffff8816815260a060208201525f6154a560a08301888a615439565b82810360408401526154b8818789615439565b91505060ff8416606083015260ff8316608083015298975050505050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261550c575f5ffd5b83018035915067ffffffffffffffff821115615526575f5ffd5b60200191503681900382131561487b575f5ffd5b5f5f835461554781615006565b60018216801561555e5760018114615591576150c3565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00831686528115158202860193506150c3565b865f5260205f205f5b838110156155b65781548882015260019091019060200161559a565b50505093909301949350505050565b818382375f9101908152919050565b601f82111561561b57805f5260205f20601f840160051c810160208510156155f95750805b601f840160051c820191505b81811015615618575f8155600101615605565b50505b505050565b67ffffffffffffffff83111561563857615638614e5a565b61564c836156468354615006565b836155d4565b5f601f84116001811461569c575f85156156665750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355615618565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156156e957868501358255602094850194600190920191016156c9565b5086821015615724577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f8261574457615744614f92565b50069056fe02030404040506060707080808090a0a0b0b0c0d0d0d0e0f101010101011121314151616161616161718191a1b1c1d1e1f2020202020202020202020202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404040404040404040404040404040404040404040404040404040404040404040424c535f504f505f424c53313233383147315f584d443a5348412d3235365f535357555f524f5f504f505f424c535f5349475f424c53313233383147315f584d443a5348412d3235365f535357555f524f5f504f505fa2646970667358221220e7de5ba609802a5ac3ff300479671a84e9bafa2921c3fb78ae25d7e41bbb9c7b64736f6c634300081e0033",
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

// PackMAXADDRS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94fc6422.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ADDRS() view returns(uint256)
func (committee *Committee) PackMAXADDRS() []byte {
	enc, err := committee.abi.Pack("MAX_ADDRS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXADDRS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94fc6422.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ADDRS() view returns(uint256)
func (committee *Committee) TryPackMAXADDRS() ([]byte, error) {
	return committee.abi.Pack("MAX_ADDRS")
}

// UnpackMAXADDRS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94fc6422.
//
// Solidity: function MAX_ADDRS() view returns(uint256)
func (committee *Committee) UnpackMAXADDRS(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("MAX_ADDRS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXADDRBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8748fe46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ADDR_BYTES() view returns(uint256)
func (committee *Committee) PackMAXADDRBYTES() []byte {
	enc, err := committee.abi.Pack("MAX_ADDR_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXADDRBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8748fe46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ADDR_BYTES() view returns(uint256)
func (committee *Committee) TryPackMAXADDRBYTES() ([]byte, error) {
	return committee.abi.Pack("MAX_ADDR_BYTES")
}

// UnpackMAXADDRBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8748fe46.
//
// Solidity: function MAX_ADDR_BYTES() view returns(uint256)
func (committee *Committee) UnpackMAXADDRBYTES(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("MAX_ADDR_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMAXPEERIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf3e272b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (committee *Committee) PackMAXPEERIDBYTES() []byte {
	enc, err := committee.abi.Pack("MAX_PEER_ID_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf3e272b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (committee *Committee) TryPackMAXPEERIDBYTES() ([]byte, error) {
	return committee.abi.Pack("MAX_PEER_ID_BYTES")
}

// UnpackMAXPEERIDBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf3e272b.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (committee *Committee) UnpackMAXPEERIDBYTES(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("MAX_PEER_ID_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPLICATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48bcbe05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPLICATION() view returns(uint256)
func (committee *Committee) PackMAXREPLICATION() []byte {
	enc, err := committee.abi.Pack("MAX_REPLICATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPLICATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48bcbe05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPLICATION() view returns(uint256)
func (committee *Committee) TryPackMAXREPLICATION() ([]byte, error) {
	return committee.abi.Pack("MAX_REPLICATION")
}

// UnpackMAXREPLICATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint256)
func (committee *Committee) UnpackMAXREPLICATION(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("MAX_REPLICATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9a67220.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_MEMBERS() view returns(uint256)
func (committee *Committee) PackMINMEMBERS() []byte {
	enc, err := committee.abi.Pack("MIN_MEMBERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9a67220.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_MEMBERS() view returns(uint256)
func (committee *Committee) TryPackMINMEMBERS() ([]byte, error) {
	return committee.abi.Pack("MIN_MEMBERS")
}

// UnpackMINMEMBERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9a67220.
//
// Solidity: function MIN_MEMBERS() view returns(uint256)
func (committee *Committee) UnpackMINMEMBERS(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("MIN_MEMBERS", data)
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

// PackAcceptAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e18b681.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptAdmin() returns()
func (committee *Committee) PackAcceptAdmin() []byte {
	enc, err := committee.abi.Pack("acceptAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e18b681.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptAdmin() returns()
func (committee *Committee) TryPackAcceptAdmin() ([]byte, error) {
	return committee.abi.Pack("acceptAdmin")
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

// PackApproveOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab2dc8d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveOperators(address[] ops, bool allowed) returns()
func (committee *Committee) PackApproveOperators(ops []common.Address, allowed bool) []byte {
	enc, err := committee.abi.Pack("approveOperators", ops, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab2dc8d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveOperators(address[] ops, bool allowed) returns()
func (committee *Committee) TryPackApproveOperators(ops []common.Address, allowed bool) ([]byte, error) {
	return committee.abi.Pack("approveOperators", ops, allowed)
}

// PackApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8b964e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approved(address ) view returns(bool)
func (committee *Committee) PackApproved(arg0 common.Address) []byte {
	enc, err := committee.abi.Pack("approved", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8b964e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approved(address ) view returns(bool)
func (committee *Committee) TryPackApproved(arg0 common.Address) ([]byte, error) {
	return committee.abi.Pack("approved", arg0)
}

// UnpackApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8b964e6.
//
// Solidity: function approved(address ) view returns(bool)
func (committee *Committee) UnpackApproved(data []byte) (bool, error) {
	out, err := committee.abi.Unpack("approved", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
// Solidity: function changeInfo(uint256 id) view returns(uint64 eta, uint8 threshold, uint8 state, address[] add, address[] remove, uint8 replication)
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
// Solidity: function changeInfo(uint256 id) view returns(uint64 eta, uint8 threshold, uint8 state, address[] add, address[] remove, uint8 replication)
func (committee *Committee) TryPackChangeInfo(id *big.Int) ([]byte, error) {
	return committee.abi.Pack("changeInfo", id)
}

// ChangeInfoOutput serves as a container for the return parameters of contract
// method ChangeInfo.
type ChangeInfoOutput struct {
	Eta         uint64
	Threshold   uint8
	State       uint8
	Add         []common.Address
	Remove      []common.Address
	Replication uint8
}

// UnpackChangeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71289e3e.
//
// Solidity: function changeInfo(uint256 id) view returns(uint64 eta, uint8 threshold, uint8 state, address[] add, address[] remove, uint8 replication)
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
	outstruct.Replication = *abi.ConvertType(out[5], new(uint8)).(*uint8)
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

// PackCustodyMinThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x291a5abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function custodyMinThreshold(uint256 size, uint256 replication) pure returns(uint256)
func (committee *Committee) PackCustodyMinThreshold(size *big.Int, replication *big.Int) []byte {
	enc, err := committee.abi.Pack("custodyMinThreshold", size, replication)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCustodyMinThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x291a5abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function custodyMinThreshold(uint256 size, uint256 replication) pure returns(uint256)
func (committee *Committee) TryPackCustodyMinThreshold(size *big.Int, replication *big.Int) ([]byte, error) {
	return committee.abi.Pack("custodyMinThreshold", size, replication)
}

// UnpackCustodyMinThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x291a5abe.
//
// Solidity: function custodyMinThreshold(uint256 size, uint256 replication) pure returns(uint256)
func (committee *Committee) UnpackCustodyMinThreshold(data []byte) (*big.Int, error) {
	out, err := committee.abi.Unpack("custodyMinThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f3de7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochInfo(uint64 epoch) view returns((bytes32,uint128,uint8,uint8,uint48,uint48,uint8))
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
// Solidity: function epochInfo(uint64 epoch) view returns((bytes32,uint128,uint8,uint8,uint48,uint48,uint8))
func (committee *Committee) TryPackEpochInfo(epoch uint64) ([]byte, error) {
	return committee.abi.Pack("epochInfo", epoch)
}

// UnpackEpochInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9f3de7e.
//
// Solidity: function epochInfo(uint64 epoch) view returns((bytes32,uint128,uint8,uint8,uint48,uint48,uint8))
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

// PackPendingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26782247.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingAdmin() view returns(address)
func (committee *Committee) PackPendingAdmin() []byte {
	enc, err := committee.abi.Pack("pendingAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26782247.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingAdmin() view returns(address)
func (committee *Committee) TryPackPendingAdmin() ([]byte, error) {
	return committee.abi.Pack("pendingAdmin")
}

// UnpackPendingAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26782247.
//
// Solidity: function pendingAdmin() view returns(address)
func (committee *Committee) UnpackPendingAdmin(data []byte) (common.Address, error) {
	out, err := committee.abi.Unpack("pendingAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe69656d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueChange(address[] add, address[] remove, uint8 threshold, uint8 replication) returns(uint256 id)
func (committee *Committee) PackQueueChange(add []common.Address, remove []common.Address, threshold uint8, replication uint8) []byte {
	enc, err := committee.abi.Pack("queueChange", add, remove, threshold, replication)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe69656d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueChange(address[] add, address[] remove, uint8 threshold, uint8 replication) returns(uint256 id)
func (committee *Committee) TryPackQueueChange(add []common.Address, remove []common.Address, threshold uint8, replication uint8) ([]byte, error) {
	return committee.abi.Pack("queueChange", add, remove, threshold, replication)
}

// UnpackQueueChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe69656d9.
//
// Solidity: function queueChange(address[] add, address[] remove, uint8 threshold, uint8 replication) returns(uint256 id)
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

// CommitteeAdminTransferStarted represents a AdminTransferStarted event raised by the Committee contract.
type CommitteeAdminTransferStarted struct {
	Admin        common.Address
	PendingAdmin common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const CommitteeAdminTransferStartedEventName = "AdminTransferStarted"

// ContractEventName returns the user-defined event name.
func (CommitteeAdminTransferStarted) ContractEventName() string {
	return CommitteeAdminTransferStartedEventName
}

// UnpackAdminTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminTransferStarted(address indexed admin, address indexed pendingAdmin)
func (committee *Committee) UnpackAdminTransferStartedEvent(log *types.Log) (*CommitteeAdminTransferStarted, error) {
	event := "AdminTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeAdminTransferStarted)
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
	Id          *big.Int
	Eta         uint64
	Add         []common.Address
	Remove      []common.Address
	Threshold   uint8
	Replication uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const CommitteeChangeQueuedEventName = "ChangeQueued"

// ContractEventName returns the user-defined event name.
func (CommitteeChangeQueued) ContractEventName() string {
	return CommitteeChangeQueuedEventName
}

// UnpackChangeQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeQueued(uint256 indexed id, uint64 eta, address[] add, address[] remove, uint8 threshold, uint8 replication)
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
	Replication      uint8
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
// Solidity: event EpochStarted(uint64 indexed epoch, bytes32 aggregateKeyHash, uint128 members, uint8 size, uint8 threshold, uint8 replication)
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

// CommitteeOperatorApproved represents a OperatorApproved event raised by the Committee contract.
type CommitteeOperatorApproved struct {
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const CommitteeOperatorApprovedEventName = "OperatorApproved"

// ContractEventName returns the user-defined event name.
func (CommitteeOperatorApproved) ContractEventName() string {
	return CommitteeOperatorApprovedEventName
}

// UnpackOperatorApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorApproved(address indexed operator, bool approved)
func (committee *Committee) UnpackOperatorApprovedEvent(log *types.Log) (*CommitteeOperatorApproved, error) {
	event := "OperatorApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != committee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommitteeOperatorApproved)
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
	if bytes.Equal(raw[:4], committee.abi.Errors["CustodyUnsafe"].ID.Bytes()[:4]) {
		return committee.UnpackCustodyUnsafeError(raw[4:])
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
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidAddrs"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidAddrsError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["InvalidPeerId"].ID.Bytes()[:4]) {
		return committee.UnpackInvalidPeerIdError(raw[4:])
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
	if bytes.Equal(raw[:4], committee.abi.Errors["NotApproved"].ID.Bytes()[:4]) {
		return committee.UnpackNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NotMember"].ID.Bytes()[:4]) {
		return committee.UnpackNotMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NotPendingAdmin"].ID.Bytes()[:4]) {
		return committee.UnpackNotPendingAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return committee.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["OperatorAlreadyRegistered"].ID.Bytes()[:4]) {
		return committee.UnpackOperatorAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], committee.abi.Errors["PeerIdTaken"].ID.Bytes()[:4]) {
		return committee.UnpackPeerIdTakenError(raw[4:])
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
	if bytes.Equal(raw[:4], committee.abi.Errors["WrongChain"].ID.Bytes()[:4]) {
		return committee.UnpackWrongChainError(raw[4:])
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

// CommitteeCustodyUnsafe represents a CustodyUnsafe error raised by the Committee contract.
type CommitteeCustodyUnsafe struct {
	Size        *big.Int
	Threshold   *big.Int
	Replication *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CustodyUnsafe(uint256 size, uint256 threshold, uint256 replication)
func CommitteeCustodyUnsafeErrorID() common.Hash {
	return common.HexToHash("0x7aa9d97ac70598905e286d1ea53dd3ca113c1839370e4001e5b748e04b7e055f")
}

// UnpackCustodyUnsafeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CustodyUnsafe(uint256 size, uint256 threshold, uint256 replication)
func (committee *Committee) UnpackCustodyUnsafeError(raw []byte) (*CommitteeCustodyUnsafe, error) {
	out := new(CommitteeCustodyUnsafe)
	if err := committee.abi.UnpackIntoInterface(out, "CustodyUnsafe", raw); err != nil {
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

// CommitteeInvalidAddrs represents a InvalidAddrs error raised by the Committee contract.
type CommitteeInvalidAddrs struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAddrs(uint256 index)
func CommitteeInvalidAddrsErrorID() common.Hash {
	return common.HexToHash("0x8a17030c5740b82c09c4323e6e7f5634be8f4c3af3eec2fba963005acb9c857e")
}

// UnpackInvalidAddrsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAddrs(uint256 index)
func (committee *Committee) UnpackInvalidAddrsError(raw []byte) (*CommitteeInvalidAddrs, error) {
	out := new(CommitteeInvalidAddrs)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidAddrs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitteeInvalidPeerId represents a InvalidPeerId error raised by the Committee contract.
type CommitteeInvalidPeerId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPeerId()
func CommitteeInvalidPeerIdErrorID() common.Hash {
	return common.HexToHash("0xfd8b66e9cb95cc0afdc5e5906a677bf4c458ca3774712d3b5f890909773bae19")
}

// UnpackInvalidPeerIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPeerId()
func (committee *Committee) UnpackInvalidPeerIdError(raw []byte) (*CommitteeInvalidPeerId, error) {
	out := new(CommitteeInvalidPeerId)
	if err := committee.abi.UnpackIntoInterface(out, "InvalidPeerId", raw); err != nil {
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

// CommitteeNotApproved represents a NotApproved error raised by the Committee contract.
type CommitteeNotApproved struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotApproved(address operator)
func CommitteeNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x0ca968d85aad8bf06cd42a1fc764cd31157275cade83a16ca8aca8e7418159d2")
}

// UnpackNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotApproved(address operator)
func (committee *Committee) UnpackNotApprovedError(raw []byte) (*CommitteeNotApproved, error) {
	out := new(CommitteeNotApproved)
	if err := committee.abi.UnpackIntoInterface(out, "NotApproved", raw); err != nil {
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

// CommitteeNotPendingAdmin represents a NotPendingAdmin error raised by the Committee contract.
type CommitteeNotPendingAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPendingAdmin()
func CommitteeNotPendingAdminErrorID() common.Hash {
	return common.HexToHash("0x058d9a1b6fc4d376f228bc701286454c04d30f4cdd8f2974688d2248e95a30b1")
}

// UnpackNotPendingAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPendingAdmin()
func (committee *Committee) UnpackNotPendingAdminError(raw []byte) (*CommitteeNotPendingAdmin, error) {
	out := new(CommitteeNotPendingAdmin)
	if err := committee.abi.UnpackIntoInterface(out, "NotPendingAdmin", raw); err != nil {
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

// CommitteePeerIdTaken represents a PeerIdTaken error raised by the Committee contract.
type CommitteePeerIdTaken struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerIdTaken(address owner)
func CommitteePeerIdTakenErrorID() common.Hash {
	return common.HexToHash("0xba387c5e0345818b3b54c77f19016047c4b1aa0a0d961bceb9f0a54d81891c8b")
}

// UnpackPeerIdTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerIdTaken(address owner)
func (committee *Committee) UnpackPeerIdTakenError(raw []byte) (*CommitteePeerIdTaken, error) {
	out := new(CommitteePeerIdTaken)
	if err := committee.abi.UnpackIntoInterface(out, "PeerIdTaken", raw); err != nil {
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

// CommitteeWrongChain represents a WrongChain error raised by the Committee contract.
type CommitteeWrongChain struct {
	ChainId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChain(uint64 chainId)
func CommitteeWrongChainErrorID() common.Hash {
	return common.HexToHash("0x4c5f37de78f4a85d971f62220944d30703d3673512068b45b335fc5984a4de47")
}

// UnpackWrongChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChain(uint64 chainId)
func (committee *Committee) UnpackWrongChainError(raw []byte) (*CommitteeWrongChain, error) {
	out := new(CommitteeWrongChain)
	if err := committee.abi.UnpackIntoInterface(out, "WrongChain", raw); err != nil {
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
