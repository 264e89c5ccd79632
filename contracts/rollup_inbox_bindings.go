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

// RollupInboxBatch is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxBatch struct {
	Index        uint64
	PrevHash     [32]byte
	Kind         uint8
	DataRef      [32]byte
	K            uint32
	RecordCount  uint64
	QueueStart   uint64
	QueueEnd     uint64
	StepsStart   uint64
	StepsEnd     uint64
	L2BlockStart uint64
	L2BlockEnd   uint64
	L1Timestamp  uint64
}

// RollupInboxBatchArgs is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxBatchArgs struct {
	Index        uint64
	PrevHash     [32]byte
	RecordCount  uint64
	QueueEnd     uint64
	L2BlockStart uint64
	L2BlockEnd   uint64
}

// RollupInboxBlobHeader is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxBlobHeader struct {
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

// RollupInboxCertificate is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxCertificate struct {
	Signers       *big.Int
	Signature     []byte
	AggregateKey  []byte
	NonSignerKeys []byte
}

// RollupInboxHead is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxHead struct {
	NextBatch  uint64
	QueueNext  uint64
	StepsEnd   uint64
	L2BlockEnd uint64
}

// RollupInboxParams is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxParams struct {
	Committee    common.Address
	Sequencer    common.Address
	FeeRecipient common.Address
	L2ChainId    uint64
	ForceDelay   uint64
	MinRetention uint64
	ForceTxFee   *big.Int
	Game         common.Address
}

// RollupInboxQueueItem is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxQueueItem struct {
	Kind      uint8
	L1Sender  common.Address
	To        common.Address
	Value     *big.Int
	DataHash  [32]byte
	L1Block   uint64
	Timestamp uint64
}

// RollupInboxWithdrawalProof is an auto generated low-level Go binding around an user-defined struct.
type RollupInboxWithdrawalProof struct {
	Bitmap    *big.Int
	Siblings  [][32]byte
	OtherKey  [32]byte
	OtherLeaf [32]byte
}

// RollupInboxMetaData contains all meta data concerning the RollupInbox contract.
var RollupInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"contractCommittee\",\"name\":\"committee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forceDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minRetention\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"forceTxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"internalType\":\"structRollupInbox.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"AlreadyWithdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"BadBatchIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadForcedTxLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"BadK\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wantStart\",\"type\":\"uint64\"}],\"name\":\"BadL2Range\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BadPrevHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"}],\"name\":\"NotCertified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"}],\"name\":\"NotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueNext\",\"type\":\"uint64\"}],\"name\":\"NothingToForce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueLength\",\"type\":\"uint64\"}],\"name\":\"QueueEndAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueNext\",\"type\":\"uint64\"}],\"name\":\"QueueEndBehind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"RetentionTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SMTProofOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"SMTProofShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyRecords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"WrongForceFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroWithdrawal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structRollupInbox.Batch\",\"name\":\"batch\",\"type\":\"tuple\"}],\"name\":\"BatchAppended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"l1Sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structRollupInbox.QueueItem\",\"name\":\"item\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"Queued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"}],\"name\":\"WithdrawalPaid\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORMAT_VERSION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ITEM_DEPOSIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ITEM_FORCED_TX\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BLOBS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FORCED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_GENESIS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_QUIRE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLAMP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_K\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RECORD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROW_ELEMENTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.BatchArgs\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"appendBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"batchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.BlobHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aggregateKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nonSignerKeys\",\"type\":\"bytes\"}],\"internalType\":\"structRollupInbox.Certificate\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.BatchArgs\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"certifyAndAppend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"contractCommittee\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"}],\"name\":\"forceInclusion\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"forceTx\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceTxFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"l1Sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.QueueItem\",\"name\":\"it\",\"type\":\"tuple\"}],\"name\":\"hashQueueItem\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"head\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nextBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueNext\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minRetention\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"queueHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"queueTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"bitmap\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"otherKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"otherLeaf\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupInbox.WithdrawalProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"withdrawn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RollupInbox",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161399938038061399983398101604081905261002f916103c8565b80516001600160a01b0316610078576040516387a33b2760e01b8152602060048201526009602482015268636f6d6d697474656560b81b60448201526064015b60405180910390fd5b60208101516001600160a01b03166100bf576040516387a33b2760e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b604482015260640161006f565b60408101516001600160a01b0316610109576040516387a33b2760e01b815260206004820152600c60248201526b199959549958da5c1a595b9d60a21b604482015260640161006f565b60608101516001600160401b0316158061012f57504681606001516001600160401b0316145b15610169576040516387a33b2760e01b81526020600482015260096024820152681b0c90da185a5b925960ba1b604482015260640161006f565b80608001516001600160401b03165f036101b3576040516387a33b2760e01b815260206004820152600a602482015269666f72636544656c617960b01b604482015260640161006f565b60e08101516001600160a01b03166101f7576040516387a33b2760e01b815260040161006f9060208082526004908201526367616d6560e01b604082015260600190565b80516001600160a01b039081166080908152602080840151831660a0908152604080860151851660c09081526060808801516001600160401b0390811660e0908152878a01518216610100908152868b01518316610120908152858c0151610140908152838d0151909b1661016090815287516101a0810189525f808252818c01819052818a018190529681018790529a8b01869052978a01859052948901849052908801839052870182905291860181905295850186905260019285019290925242909116610180840152519192916102d39184910161048f565b60408051601f1981840301815282825280516020918201205f80805260018084527fa6eef7e35abe7026729641147f7915573c7e97b47efa546f5f6e3230263bcb498390556080860185528086529285018190528484018190526060909401919091527801000000000000000000000000000000000000000000000001835590519092508291907fd84cfa11bd29d8359ff1325b3187466e8ff532db04c148a8c8f44242d0ca7df89061038790869061048f565b60405180910390a35050506105ca565b80516001600160a01b03811681146103ad575f5ffd5b919050565b80516001600160401b03811681146103ad575f5ffd5b5f6101008284031280156103da575f5ffd5b5060405161010081016001600160401b038111828210171561040a57634e487b7160e01b5f52604160045260245ffd5b60405261041683610397565b815261042460208401610397565b602082015261043560408401610397565b6040820152610446606084016103b2565b6060820152610457608084016103b2565b608082015261046860a084016103b2565b60a082015260c0838101519082015261048360e08401610397565b60e08201529392505050565b81516001600160401b031681526101a081016020830151602083015260408301516104bf604084018260ff169052565b506060830151606083015260808301516104e1608084018263ffffffff169052565b5060a08301516104fc60a08401826001600160401b03169052565b5060c083015161051760c08401826001600160401b03169052565b5060e083015161053260e08401826001600160401b03169052565b5061010083015161054f6101008401826001600160401b03169052565b5061012083015161056c6101208401826001600160401b03169052565b506101408301516105896101408401826001600160401b03169052565b506101608301516105a66101608401826001600160401b03169052565b506101808301516105c36101808401826001600160401b03169052565b5092915050565b60805160a05160c05160e051610100516101205161014051610160516133126106875f395f81816106730152610db901525f818161064001528181611642015261169501525f81816104630152611a7101525f818161077c015281816113dd01526125b301525f6106ba01525f81816103670152818161180f015281816118b301526118e901525f81816103de015281816107c9015261109601525f81816107010152818161097001528181610a2e01526111f801526133125ff3fe608060405260043610610228575f3560e01c806394db059511610131578063d5c0d313116100ac578063d9ef52d11161007c578063de49ba9b11610062578063de49ba9b14610757578063e6d7128a1461076b578063f340fa011461079e575f5ffd5b8063d9ef52d114610723578063ddc3a38a14610738575f5ffd5b8063d5c0d31314610400578063d6ae3cd5146106a9578063d6ecae67146106dc578063d864e740146106f0575f5ffd5b8063b4d9af3d11610101578063bc4b49e1116100e7578063bc4b49e11461062f578063c3fe3e2814610662578063d294f09314610695575f5ffd5b8063b4d9af3d146105fd578063b797597014610610575f5ffd5b806394db0595146105a1578063a5dcfadf146105b6578063ab91c7b0146105d5578063b0026820146105e9575f5ffd5b806346904840116101c15780637af9daad116101915780638ebe5b39116101775780638ebe5b39146104525780638f7dcfa31461049e578063900c901314610400575f5ffd5b80637af9daad146104145780637e2e835714610433575f5ffd5b806346904840146103565780634fa45066146103ae5780635c1bba38146103cd578063726fe4b314610400575f5ffd5b80632c67b799116101fc5780632c67b7991461026c5780633823d66c146102b95780633e4c6ab0146102f75780633fdeb0b814610321575f5ffd5b8062867fba1461022c57806303d234471461024d5780631763a69a1461026c5780631ade616c14610296575b5f5ffd5b348015610237575f5ffd5b5061024b6102463660046127a2565b6107b1565b005b348015610258575f5ffd5b5061024b61026736600461284e565b610c19565b348015610277575f5ffd5b5061027f5f81565b60405160ff90911681526020015b60405180910390f35b3480156102a1575f5ffd5b506102ab61100081565b60405190815260200161028d565b3480156102c4575f5ffd5b506102e76102d33660046128c6565b60056020525f908152604090205460ff1681565b604051901515815260200161028d565b348015610302575f5ffd5b5061030c61010081565b60405163ffffffff909116815260200161028d565b34801561032c575f5ffd5b506102ab61033b3660046128dd565b67ffffffffffffffff165f9081526001602052604090205490565b348015610361575f5ffd5b506103897f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161028d565b3480156103b9575f5ffd5b5061024b6103c836600461290b565b61107e565b3480156103d8575f5ffd5b506103897f000000000000000000000000000000000000000000000000000000000000000081565b34801561040b575f5ffd5b5061027f600181565b34801561041f575f5ffd5b506102ab61042e3660046128dd565b611282565b34801561043e575f5ffd5b5061024b61044d3660046128dd565b6112b0565b34801561045d575f5ffd5b506104857f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161028d565b3480156104a9575f5ffd5b50610542604080516080810182525f80825260208201819052918101829052606081019190915250604080516080810182525f5467ffffffffffffffff808216835268010000000000000000820481166020840152700100000000000000000000000000000000820481169383019390935278010000000000000000000000000000000000000000000000009004909116606082015290565b60405161028d91905f60808201905067ffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b3480156105ac575f5ffd5b506102ab60045481565b3480156105c1575f5ffd5b506104856105d03660046128dd565b6115aa565b3480156105e0575f5ffd5b50600254610485565b3480156105f4575f5ffd5b506102ab604081565b61048561060b366004612959565b6115f7565b34801561061b575f5ffd5b506102ab61062a3660046129c7565b611783565b34801561063a575f5ffd5b506102ab7f000000000000000000000000000000000000000000000000000000000000000081565b34801561066d575f5ffd5b506103897f000000000000000000000000000000000000000000000000000000000000000081565b3480156106a0575f5ffd5b5061024b6117b2565b3480156106b4575f5ffd5b506104857f000000000000000000000000000000000000000000000000000000000000000081565b3480156106e7575f5ffd5b5061027f600281565b3480156106fb575f5ffd5b506103897f000000000000000000000000000000000000000000000000000000000000000081565b34801561072e575f5ffd5b506102ab61020081565b348015610743575f5ffd5b506102ab6107523660046129e1565b61195b565b348015610762575f5ffd5b5061027f600381565b348015610776575f5ffd5b506104857f000000000000000000000000000000000000000000000000000000000000000081565b6104856107ac3660046129f2565b61196d565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610827576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6108356020850185612a1b565b61084560608601604087016128dd565b6108556080870160608801612a34565b86608001356040516020016108f4949392919060f89490941b7fff0000000000000000000000000000000000000000000000000000000000000016845260c09290921b7fffffffffffffffff00000000000000000000000000000000000000000000000016600184015260e01b7fffffffff00000000000000000000000000000000000000000000000000000000166009830152600d820152602d0190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529082905280516020909101207f2c5bfa1d0000000000000000000000000000000000000000000000000000000082526004820181905291505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690632c5bfa1d90602401606060405180830381865afa1580156109b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109d99190612a4d565b5091506109f09050610120860161010087016128dd565b67ffffffffffffffff168167ffffffffffffffff161015610bee5760408051610140810190915273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063baf954de9080610a6360208a018a612a1b565b60ff168152602001886020016020810190610a7e91906128dd565b67ffffffffffffffff168152602001610a9d60608a0160408b016128dd565b67ffffffffffffffff168152602001610abc60808a0160608b01612a34565b63ffffffff16815260808901356020820152604001610ae160c08a0160a08b01612a8e565b61ffff168152602001610afa60e08a0160c08b01612a8e565b61ffff16815260e08901356020820152604001610b1f6101208a016101008b016128dd565b67ffffffffffffffff168152602001610b406101408a016101208b016128dd565b67ffffffffffffffff1690528635610b5b6020890189612aaf565b610b6860408b018b612aaf565b610b7560608d018d612aaf565b6040518963ffffffff1660e01b8152600401610b98989796959493929190612b5e565b6020604051808303815f875af1158015610bb4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bd89190612c8a565b50610beb610120860161010087016128dd565b90505b610bf88282611a1c565b610c1282610c0c6080880160608901612a34565b85611afc565b5050505050565b815f03610c52576040517fc60050c000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f010000000000000000000000000000000000000000000000000000000000000060208201527fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606086901b1660218201527fffffffffffffffff00000000000000000000000000000000000000000000000060c085901b1660358201525f90603d01604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600590935291205490915060ff1615610d7f576040517f470e9b8600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616600482015267ffffffffffffffff8516602482015260440161081e565b6040517f6e1591ad00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636e1591ad90602401602060405180830381865afa158015610e13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e379190612c8a565b6040517f010000000000000000000000000000000000000000000000000000000000000060208201527fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606089901b166021820152603581018690529091505f90605501604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905280516020909101209050835f610ee0858484611f97565b9050838114610f25576040517f978b86b0000000000000000000000000000000000000000000000000000000008152600481018290526024810185905260440161081e565b5f8581526005602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555173ffffffffffffffffffffffffffffffffffffffff8b169089908381818185875af1925050503d805f8114610fad576040519150601f19603f3d011682016040523d82523d5f602084013e610fb2565b606091505b505090508061100c576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8b1660048201526024810189905260440161081e565b6040805167ffffffffffffffff8b81168252602082018b90528d1681830152905173ffffffffffffffffffffffffffffffffffffffff8c169188917f3508bd3213cd09eb29be8d18120ecd6a71f046bc5a77d7f56e011a0e98ba1f569181900360600190a35050505050505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146110ef576040517f0596787700000000000000000000000000000000000000000000000000000000815233600482015260240161081e565b6040517f010000000000000000000000000000000000000000000000000000000000000060208201527fffffffffffffffff00000000000000000000000000000000000000000000000060c086901b1660218201527fffffffff0000000000000000000000000000000000000000000000000000000060e085901b166029820152602d81018390525f90604d01604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529082905280516020909101207f2c5bfa1d0000000000000000000000000000000000000000000000000000000082526004820181905291505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690632c5bfa1d90602401606060405180830381865afa15801561123d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112619190612a4d565b5091505061126f8282611a1c565b61127a828685611afc565b505050505050565b5f60028267ffffffffffffffff16815481106112a0576112a0612ca1565b905f5260205f2001549050919050565b604080516080810182525f5467ffffffffffffffff808216835268010000000000000000820481166020840181905270010000000000000000000000000000000083048216948401949094527801000000000000000000000000000000000000000000000000909104811660608301529091908316116113765760208101516040517f5ffc0f9500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8085166004830152909116602482015260440161081e565b60035467ffffffffffffffff83168110156113d1576040517fc03df26500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80851660048301528216602482015260440161081e565b5f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600361140a600187612cfb565b67ffffffffffffffff168154811061142457611424612ca1565b905f5260205f2090600491828204019190066008029054906101000a900467ffffffffffffffff1667ffffffffffffffff166114609190612d1b565b9050804210156114af576040517f0f5feab600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024810182905260440161081e565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101829052845167ffffffffffffffff16815284519091600191611536908390612cfb565b67ffffffffffffffff908116825260208083019390935260409182015f20548484015260039184019190915290850151811660c083015285811660e083015260608501805190911661014083015251611590906001612d2e565b67ffffffffffffffff16610160820152610c128185612174565b5f60038267ffffffffffffffff16815481106115c8576115c8612ca1565b905f5260205f2090600491828204019190066008029054906101000a900467ffffffffffffffff169050919050565b5f811580611606575061020082115b15611640576040517f98d563d90000000000000000000000000000000000000000000000000000000081526004810183905260240161081e565b7f000000000000000000000000000000000000000000000000000000000000000034146116c1576040517ffbd162a70000000000000000000000000000000000000000000000000000000081523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161081e565b3460045f8282546116d29190612d1b565b90915550506040805160e081018252600181523360208201525f818301819052606082018190529151608082019061170d9087908790612d4e565b604051809103902081526020014367ffffffffffffffff1681526020014267ffffffffffffffff1681525090506117798185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061239292505050565b9150505b92915050565b5f816040516020016117959190612d5d565b604051602081830303815290604052805190602001209050919050565b6004545f8190036117ef576040517f7f7d9be000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f600481905560405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083908381818185875af1925050503d805f8114611868576040519150601f19603f3d011682016040523d82523d5f602084013e61186d565b606091505b50509050806118e7576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201526024810183905260440161081e565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f9493e5bbe4e8e0ac67284469a2d677403d0378a85a59e341d3abc433d0d9a2098360405161194f91815260200190565b60405180910390a25050565b5f816040516020016117959190612ea7565b5f345f036119a7576040517f56316e8700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040805160e0810182525f8082523360208084019190915273ffffffffffffffffffffffffffffffffffffffff8616838501523460608401526080830182905267ffffffffffffffff43811660a0850152421660c08401528351908101909352825290611a15908290612392565b9392505050565b8067ffffffffffffffff165f03611a62576040517f9105e9200000000000000000000000000000000000000000000000000000000081526004810183905260240161081e565b5f611a9767ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642612d1b565b9050808267ffffffffffffffff161015611af7576040517fc5b341790000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff831660248201526044810182905260640161081e565b505050565b63ffffffff82161580611b16575061010063ffffffff8316115b80611b335750611b27600183612f59565b821663ffffffff165f14155b15611b72576040517f45bf515e00000000000000000000000000000000000000000000000000000000815263ffffffff8316600482015260240161081e565b611b8463ffffffff8316611000612f75565b611b9460608301604084016128dd565b67ffffffffffffffff161115611c0a57611bb460608201604083016128dd565b611bc663ffffffff8416611000612f75565b6040517fa23ff61900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9092166004830152602482015260440161081e565b604080516080810182525f5467ffffffffffffffff8082168084526801000000000000000083048216602080860191909152700100000000000000000000000000000000840483169585019590955278010000000000000000000000000000000000000000000000009092041660608301529091611c8a908401846128dd565b67ffffffffffffffff1614611cee57611ca660208301836128dd565b81516040517f897bd58600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161081e565b5f60015f6001845f0151611d029190612cfb565b67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f2054905080836020013514611d70576040517fd23a5316000000000000000000000000000000000000000000000000000000008152602084013560048201526024810182905260440161081e565b606082015167ffffffffffffffff16611d8f60a08501608086016128dd565b67ffffffffffffffff16141580611dd75750611db160a08401608085016128dd565b67ffffffffffffffff16611dcb60c0850160a086016128dd565b67ffffffffffffffff16105b15611e5157611dec60a08401608085016128dd565b611dfc60c0850160a086016128dd565b60608401516040517f9b4be26e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9384166004820152918316602483015291909116604482015260640161081e565b604080516101a0810182525f8082526020808301829052928201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082015290611ec4908501856128dd565b67ffffffffffffffff168152602081018290526001604080830191909152606080830188905263ffffffff87166080840152611f05919086019086016128dd565b67ffffffffffffffff90811660a083015260208401511660c0820152611f3e611f3460808601606087016128dd565b84602001516124b9565b67ffffffffffffffff1660e0820152611f5d60a08501608086016128dd565b67ffffffffffffffff16610140820152611f7d60c0850160a086016128dd565b67ffffffffffffffff1661016082015261127a8184612174565b5f81353682611fa96020860186612f8c565b915091505f611fb78461264e565b9050818114611ffc576040517fb245ebc0000000000000000000000000000000000000000000000000000000008152600481018290526024810183905260440161081e565b5f6120068561268a565b9050886060880135156120e557604088013581811890821480612036575061010083108015612036575080831c15155b1561206d576040517f5e5c5de200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6120808a604001358b606001356126b1565b90508a61208f578098506120de565b5f612099836126ce565b90505f6120a68e8e6126b1565b9050600185831c16156120c2576120bd838261275f565b6120cc565b6120cc818461275f565b9a506120d9826001612d1b565b955050505b50506120f8565b88156120f8576120f58a8a6126b1565b96505b5f825b610100811015612165575f8189901c6001166001036121365787878481811061212657612126612ca1565b9050602002013590508260010192505b600184831c16156121505761214b818b61275f565b61215a565b61215a8a8261275f565b9950506001016120fb565b50505050505050509392505050565b604081015167ffffffffffffffff1661010083015260a082015160c083015160e08401516121a29190612cfb565b82604001516121b19190612d2e565b6121bb9190612d2e565b67ffffffffffffffff90811661012084015242166101808301526040515f906121e8908490602001612ff0565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120865167ffffffffffffffff165f908152600192839052839020819055608084019092528551919350829161225191612d2e565b67ffffffffffffffff908116825260e086015181166020808401919091526101208701518216604080850191909152610160880151831660609485015284515f805493870151878401519790960151851678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff97861670010000000000000000000000000000000002979097166fffffffffffffffffffffffffffffffff96861668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909516928616929092179390931794909416939093179390931790925584519051839291909116907fd84cfa11bd29d8359ff1325b3187466e8ff532db04c148a8c8f44242d0ca7df890612385908790612ff0565b60405180910390a3505050565b6002546040515f906123a890859060200161312d565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815290829052805160209091012060028054600180820183555f9283527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace90910183905560c0880151600380549283018155928390527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60048304018054929093166008026101000a67ffffffffffffffff8181021990931691831602179091559092508291908416907f22c8131fec7a3714c956acfaa3fd439c9b257f1f00e1f6e687c4e68000f9c405906124aa90889088906131bd565b60405180910390a35092915050565b5f8167ffffffffffffffff168367ffffffffffffffff16101561251c576040517fdce35ae200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80851660048301528316602482015260440161081e565b60035467ffffffffffffffff8416811015612577576040517fc03df26500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80861660048301528216602482015260440161081e565b5f61258d604067ffffffffffffffff8716612d1b565b90508181111561259a5750805b67ffffffffffffffff85165b818110801561262e5750427f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16600383815481106125ef576125ef612ca1565b905f5260205f2090600491828204019190066008029054906101000a900467ffffffffffffffff1667ffffffffffffffff1661262b9190612d1b565b11155b15612645578061263d816132a5565b9150506125a6565b95945050505050565b5f5b8115612685577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820190911690600101612650565b919050565b5f815f0361269b5750610100919050565b61177d6126aa83196001612d1b565b83166126ce565b5f6040516002815360018101939093525060218201526041902090565b5f608082901c156126e157608091821c91015b604082901c156126f357604091821c91015b602082901c1561270557602091821c91015b601082901c1561271757601091821c91015b600882901c1561272957600891821c91015b600482901c1561273b57600491821c91015b600282901c1561274d57600291821c91015b600182901c1561268557600101919050565b5f6040516003815360018101939093525060218201526041902090565b5f6080828403121561278c575f5ffd5b50919050565b5f60c0828403121561278c575f5ffd5b5f5f5f8385036102208112156127b6575f5ffd5b6101408112156127c4575f5ffd5b5083925061014084013567ffffffffffffffff8111156127e2575f5ffd5b6127ee8682870161277c565b9250506127ff856101608601612792565b90509250925092565b67ffffffffffffffff8116811461281d575f5ffd5b50565b803561268581612808565b803573ffffffffffffffffffffffffffffffffffffffff81168114612685575f5ffd5b5f5f5f5f5f60a08688031215612862575f5ffd5b853561286d81612808565b945061287b6020870161282b565b9350604086013561288b81612808565b925060608601359150608086013567ffffffffffffffff8111156128ad575f5ffd5b6128b98882890161277c565b9150509295509295909350565b5f602082840312156128d6575f5ffd5b5035919050565b5f602082840312156128ed575f5ffd5b8135611a1581612808565b803563ffffffff81168114612685575f5ffd5b5f5f5f5f610120858703121561291f575f5ffd5b843561292a81612808565b9350612938602086016128f8565b92506040850135915061294e8660608701612792565b905092959194509250565b5f5f6020838503121561296a575f5ffd5b823567ffffffffffffffff811115612980575f5ffd5b8301601f81018513612990575f5ffd5b803567ffffffffffffffff8111156129a6575f5ffd5b8560208284010111156129b7575f5ffd5b6020919091019590945092505050565b5f6101a08284031280156129d9575f5ffd5b509092915050565b5f60e08284031280156129d9575f5ffd5b5f60208284031215612a02575f5ffd5b611a158261282b565b803560ff81168114612685575f5ffd5b5f60208284031215612a2b575f5ffd5b611a1582612a0b565b5f60208284031215612a44575f5ffd5b611a15826128f8565b5f5f5f60608486031215612a5f575f5ffd5b83516020850151909350612a7281612808565b6040850151909250612a8381612808565b809150509250925092565b5f60208284031215612a9e575f5ffd5b813561ffff81168114611a15575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612ae2575f5ffd5b83018035915067ffffffffffffffff821115612afc575f5ffd5b602001915036819003821315612b10575f5ffd5b9250929050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b885160ff1681525f60208a0151612b81602084018267ffffffffffffffff169052565b5060408a0151612b9d604084018267ffffffffffffffff169052565b5060608a0151612bb5606084018263ffffffff169052565b5060808a0151608083015260a08a0151612bd560a084018261ffff169052565b5060c08a0151612beb60c084018261ffff169052565b5060e08a015160e08301526101008a0151612c1361010084018267ffffffffffffffff169052565b506101208a0151612c3161012084018267ffffffffffffffff169052565b50886101408301526101c0610160830152612c516101c08301888a612b17565b828103610180840152612c65818789612b17565b90508281036101a0840152612c7b818587612b17565b9b9a5050505050505050505050565b5f60208284031215612c9a575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff828116828216039081111561177d5761177d612cce565b8082018082111561177d5761177d612cce565b67ffffffffffffffff818116838216019081111561177d5761177d612cce565b818382375f9101908152919050565b6101a08101612d7d82612d6f85612820565b67ffffffffffffffff169052565b60208381013590830152612d9360408401612a0b565b60ff16604083015260608381013590830152612db1608084016128f8565b63ffffffff166080830152612dc860a08401612820565b67ffffffffffffffff1660a0830152612de360c08401612820565b67ffffffffffffffff1660c0830152612dfe60e08401612820565b67ffffffffffffffff1660e0830152612e1a6101008401612820565b67ffffffffffffffff16610100830152612e376101208401612820565b67ffffffffffffffff16610120830152612e546101408401612820565b67ffffffffffffffff16610140830152612e716101608401612820565b67ffffffffffffffff16610160830152612e8e6101808401612820565b67ffffffffffffffff81166101808401525b5092915050565b60e0810160ff612eb684612a0b565b16825273ffffffffffffffffffffffffffffffffffffffff612eda6020850161282b565b16602083015273ffffffffffffffffffffffffffffffffffffffff612f016040850161282b565b166040830152606083810135908301526080808401359083015260a0830135612f2981612808565b67ffffffffffffffff1660a0830152612f4460c08401612820565b67ffffffffffffffff811660c0840152612ea0565b63ffffffff828116828216039081111561177d5761177d612cce565b808202811582820484141761177d5761177d612cce565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612fbf575f5ffd5b83018035915067ffffffffffffffff821115612fd9575f5ffd5b6020019150600581901b3603821315612b10575f5ffd5b815167ffffffffffffffff1681526101a08101602083015160208301526040830151613021604084018260ff169052565b50606083015160608301526080830151613043608084018263ffffffff169052565b5060a083015161305f60a084018267ffffffffffffffff169052565b5060c083015161307b60c084018267ffffffffffffffff169052565b5060e083015161309760e084018267ffffffffffffffff169052565b506101008301516130b561010084018267ffffffffffffffff169052565b506101208301516130d361012084018267ffffffffffffffff169052565b506101408301516130f161014084018267ffffffffffffffff169052565b5061016083015161310f61016084018267ffffffffffffffff169052565b50610180830151612ea061018084018267ffffffffffffffff169052565b60e0810161177d828460ff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a083015267ffffffffffffffff60c08201511660c08301525050565b613249818460ff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a083015267ffffffffffffffff60c08201511660c08301525050565b61010060e08201525f825180610100840152806020850161012085015e5f61012082850101526101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168401019150509392505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036132d5576132d5612cce565b506001019056fea264697066735822122057919225e15344480198a0a9453fd3a0998968cbdaff506682d887a3fa946f6c64736f6c634300081e0033",
}

// RollupInbox is an auto generated Go binding around an Ethereum contract.
type RollupInbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RollupInbox) GetABI() abi.ABI {
	return c.abi
}

// NewRollupInbox creates a new instance of RollupInbox.
func NewRollupInbox() *RollupInbox {
	parsed, err := RollupInboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RollupInbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RollupInbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address,uint64,uint64,uint64,uint256,address) p) returns()
func (rollupInbox *RollupInbox) PackConstructor(p RollupInboxParams) []byte {
	enc, err := rollupInbox.abi.Pack("", p)
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
func (rollupInbox *RollupInbox) PackFORMATVERSION() []byte {
	enc, err := rollupInbox.abi.Pack("FORMAT_VERSION")
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
func (rollupInbox *RollupInbox) TryPackFORMATVERSION() ([]byte, error) {
	return rollupInbox.abi.Pack("FORMAT_VERSION")
}

// UnpackFORMATVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x726fe4b3.
//
// Solidity: function FORMAT_VERSION() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackFORMATVERSION(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("FORMAT_VERSION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackITEMDEPOSIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1763a69a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ITEM_DEPOSIT() view returns(uint8)
func (rollupInbox *RollupInbox) PackITEMDEPOSIT() []byte {
	enc, err := rollupInbox.abi.Pack("ITEM_DEPOSIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackITEMDEPOSIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1763a69a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ITEM_DEPOSIT() view returns(uint8)
func (rollupInbox *RollupInbox) TryPackITEMDEPOSIT() ([]byte, error) {
	return rollupInbox.abi.Pack("ITEM_DEPOSIT")
}

// UnpackITEMDEPOSIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1763a69a.
//
// Solidity: function ITEM_DEPOSIT() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackITEMDEPOSIT(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("ITEM_DEPOSIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackITEMFORCEDTX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900c9013.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ITEM_FORCED_TX() view returns(uint8)
func (rollupInbox *RollupInbox) PackITEMFORCEDTX() []byte {
	enc, err := rollupInbox.abi.Pack("ITEM_FORCED_TX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackITEMFORCEDTX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900c9013.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ITEM_FORCED_TX() view returns(uint8)
func (rollupInbox *RollupInbox) TryPackITEMFORCEDTX() ([]byte, error) {
	return rollupInbox.abi.Pack("ITEM_FORCED_TX")
}

// UnpackITEMFORCEDTX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900c9013.
//
// Solidity: function ITEM_FORCED_TX() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackITEMFORCEDTX(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("ITEM_FORCED_TX", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDBLOBS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ecae67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_BLOBS() view returns(uint8)
func (rollupInbox *RollupInbox) PackKINDBLOBS() []byte {
	enc, err := rollupInbox.abi.Pack("KIND_BLOBS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDBLOBS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ecae67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_BLOBS() view returns(uint8)
func (rollupInbox *RollupInbox) TryPackKINDBLOBS() ([]byte, error) {
	return rollupInbox.abi.Pack("KIND_BLOBS")
}

// UnpackKINDBLOBS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ecae67.
//
// Solidity: function KIND_BLOBS() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackKINDBLOBS(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("KIND_BLOBS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDFORCED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde49ba9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_FORCED() view returns(uint8)
func (rollupInbox *RollupInbox) PackKINDFORCED() []byte {
	enc, err := rollupInbox.abi.Pack("KIND_FORCED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDFORCED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde49ba9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_FORCED() view returns(uint8)
func (rollupInbox *RollupInbox) TryPackKINDFORCED() ([]byte, error) {
	return rollupInbox.abi.Pack("KIND_FORCED")
}

// UnpackKINDFORCED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde49ba9b.
//
// Solidity: function KIND_FORCED() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackKINDFORCED(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("KIND_FORCED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDGENESIS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c67b799.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_GENESIS() view returns(uint8)
func (rollupInbox *RollupInbox) PackKINDGENESIS() []byte {
	enc, err := rollupInbox.abi.Pack("KIND_GENESIS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDGENESIS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c67b799.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_GENESIS() view returns(uint8)
func (rollupInbox *RollupInbox) TryPackKINDGENESIS() ([]byte, error) {
	return rollupInbox.abi.Pack("KIND_GENESIS")
}

// UnpackKINDGENESIS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c67b799.
//
// Solidity: function KIND_GENESIS() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackKINDGENESIS(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("KIND_GENESIS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDQUIRE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5c0d313.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_QUIRE() view returns(uint8)
func (rollupInbox *RollupInbox) PackKINDQUIRE() []byte {
	enc, err := rollupInbox.abi.Pack("KIND_QUIRE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDQUIRE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5c0d313.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_QUIRE() view returns(uint8)
func (rollupInbox *RollupInbox) TryPackKINDQUIRE() ([]byte, error) {
	return rollupInbox.abi.Pack("KIND_QUIRE")
}

// UnpackKINDQUIRE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5c0d313.
//
// Solidity: function KIND_QUIRE() view returns(uint8)
func (rollupInbox *RollupInbox) UnpackKINDQUIRE(data []byte) (uint8, error) {
	out, err := rollupInbox.abi.Unpack("KIND_QUIRE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXCLAMP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0026820.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CLAMP() view returns(uint256)
func (rollupInbox *RollupInbox) PackMAXCLAMP() []byte {
	enc, err := rollupInbox.abi.Pack("MAX_CLAMP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCLAMP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0026820.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CLAMP() view returns(uint256)
func (rollupInbox *RollupInbox) TryPackMAXCLAMP() ([]byte, error) {
	return rollupInbox.abi.Pack("MAX_CLAMP")
}

// UnpackMAXCLAMP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0026820.
//
// Solidity: function MAX_CLAMP() view returns(uint256)
func (rollupInbox *RollupInbox) UnpackMAXCLAMP(data []byte) (*big.Int, error) {
	out, err := rollupInbox.abi.Unpack("MAX_CLAMP", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c6ab0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_K() view returns(uint32)
func (rollupInbox *RollupInbox) PackMAXK() []byte {
	enc, err := rollupInbox.abi.Pack("MAX_K")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c6ab0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_K() view returns(uint32)
func (rollupInbox *RollupInbox) TryPackMAXK() ([]byte, error) {
	return rollupInbox.abi.Pack("MAX_K")
}

// UnpackMAXK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4c6ab0.
//
// Solidity: function MAX_K() view returns(uint32)
func (rollupInbox *RollupInbox) UnpackMAXK(data []byte) (uint32, error) {
	out, err := rollupInbox.abi.Unpack("MAX_K", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXRECORD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9ef52d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RECORD() view returns(uint256)
func (rollupInbox *RollupInbox) PackMAXRECORD() []byte {
	enc, err := rollupInbox.abi.Pack("MAX_RECORD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRECORD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9ef52d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RECORD() view returns(uint256)
func (rollupInbox *RollupInbox) TryPackMAXRECORD() ([]byte, error) {
	return rollupInbox.abi.Pack("MAX_RECORD")
}

// UnpackMAXRECORD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9ef52d1.
//
// Solidity: function MAX_RECORD() view returns(uint256)
func (rollupInbox *RollupInbox) UnpackMAXRECORD(data []byte) (*big.Int, error) {
	out, err := rollupInbox.abi.Unpack("MAX_RECORD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackROWELEMENTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ade616c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROW_ELEMENTS() view returns(uint256)
func (rollupInbox *RollupInbox) PackROWELEMENTS() []byte {
	enc, err := rollupInbox.abi.Pack("ROW_ELEMENTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROWELEMENTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ade616c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROW_ELEMENTS() view returns(uint256)
func (rollupInbox *RollupInbox) TryPackROWELEMENTS() ([]byte, error) {
	return rollupInbox.abi.Pack("ROW_ELEMENTS")
}

// UnpackROWELEMENTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ade616c.
//
// Solidity: function ROW_ELEMENTS() view returns(uint256)
func (rollupInbox *RollupInbox) UnpackROWELEMENTS(data []byte) (*big.Int, error) {
	out, err := rollupInbox.abi.Unpack("ROW_ELEMENTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAppendBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fa45066.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appendBatch(uint64 size, uint32 k, bytes32 commitmentsRoot, (uint64,bytes32,uint64,uint64,uint64,uint64) a) returns()
func (rollupInbox *RollupInbox) PackAppendBatch(size uint64, k uint32, commitmentsRoot [32]byte, a RollupInboxBatchArgs) []byte {
	enc, err := rollupInbox.abi.Pack("appendBatch", size, k, commitmentsRoot, a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppendBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fa45066.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appendBatch(uint64 size, uint32 k, bytes32 commitmentsRoot, (uint64,bytes32,uint64,uint64,uint64,uint64) a) returns()
func (rollupInbox *RollupInbox) TryPackAppendBatch(size uint64, k uint32, commitmentsRoot [32]byte, a RollupInboxBatchArgs) ([]byte, error) {
	return rollupInbox.abi.Pack("appendBatch", size, k, commitmentsRoot, a)
}

// PackBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fdeb0b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchHash(uint64 index) view returns(bytes32)
func (rollupInbox *RollupInbox) PackBatchHash(index uint64) []byte {
	enc, err := rollupInbox.abi.Pack("batchHash", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fdeb0b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchHash(uint64 index) view returns(bytes32)
func (rollupInbox *RollupInbox) TryPackBatchHash(index uint64) ([]byte, error) {
	return rollupInbox.abi.Pack("batchHash", index)
}

// UnpackBatchHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fdeb0b8.
//
// Solidity: function batchHash(uint64 index) view returns(bytes32)
func (rollupInbox *RollupInbox) UnpackBatchHash(data []byte) ([32]byte, error) {
	out, err := rollupInbox.abi.Unpack("batchHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCertifyAndAppend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00867fba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certifyAndAppend((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h, (uint256,bytes,bytes,bytes) c, (uint64,bytes32,uint64,uint64,uint64,uint64) a) returns()
func (rollupInbox *RollupInbox) PackCertifyAndAppend(h RollupInboxBlobHeader, c RollupInboxCertificate, a RollupInboxBatchArgs) []byte {
	enc, err := rollupInbox.abi.Pack("certifyAndAppend", h, c, a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertifyAndAppend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00867fba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certifyAndAppend((uint8,uint64,uint64,uint32,bytes32,uint16,uint16,bytes32,uint64,uint64) h, (uint256,bytes,bytes,bytes) c, (uint64,bytes32,uint64,uint64,uint64,uint64) a) returns()
func (rollupInbox *RollupInbox) TryPackCertifyAndAppend(h RollupInboxBlobHeader, c RollupInboxCertificate, a RollupInboxBatchArgs) ([]byte, error) {
	return rollupInbox.abi.Pack("certifyAndAppend", h, c, a)
}

// PackClaimFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd294f093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimFees() returns()
func (rollupInbox *RollupInbox) PackClaimFees() []byte {
	enc, err := rollupInbox.abi.Pack("claimFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd294f093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimFees() returns()
func (rollupInbox *RollupInbox) TryPackClaimFees() ([]byte, error) {
	return rollupInbox.abi.Pack("claimFees")
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee() view returns(address)
func (rollupInbox *RollupInbox) PackCommittee() []byte {
	enc, err := rollupInbox.abi.Pack("committee")
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
func (rollupInbox *RollupInbox) TryPackCommittee() ([]byte, error) {
	return rollupInbox.abi.Pack("committee")
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd864e740.
//
// Solidity: function committee() view returns(address)
func (rollupInbox *RollupInbox) UnpackCommittee(data []byte) (common.Address, error) {
	out, err := rollupInbox.abi.Unpack("committee", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to) payable returns(uint64 index)
func (rollupInbox *RollupInbox) PackDeposit(to common.Address) []byte {
	enc, err := rollupInbox.abi.Pack("deposit", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to) payable returns(uint64 index)
func (rollupInbox *RollupInbox) TryPackDeposit(to common.Address) ([]byte, error) {
	return rollupInbox.abi.Pack("deposit", to)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf340fa01.
//
// Solidity: function deposit(address to) payable returns(uint64 index)
func (rollupInbox *RollupInbox) UnpackDeposit(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("deposit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (rollupInbox *RollupInbox) PackFeeRecipient() []byte {
	enc, err := rollupInbox.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (rollupInbox *RollupInbox) TryPackFeeRecipient() ([]byte, error) {
	return rollupInbox.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (rollupInbox *RollupInbox) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := rollupInbox.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94db0595.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feesAccrued() view returns(uint256)
func (rollupInbox *RollupInbox) PackFeesAccrued() []byte {
	enc, err := rollupInbox.abi.Pack("feesAccrued")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94db0595.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feesAccrued() view returns(uint256)
func (rollupInbox *RollupInbox) TryPackFeesAccrued() ([]byte, error) {
	return rollupInbox.abi.Pack("feesAccrued")
}

// UnpackFeesAccrued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94db0595.
//
// Solidity: function feesAccrued() view returns(uint256)
func (rollupInbox *RollupInbox) UnpackFeesAccrued(data []byte) (*big.Int, error) {
	out, err := rollupInbox.abi.Unpack("feesAccrued", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6d7128a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceDelay() view returns(uint64)
func (rollupInbox *RollupInbox) PackForceDelay() []byte {
	enc, err := rollupInbox.abi.Pack("forceDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6d7128a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceDelay() view returns(uint64)
func (rollupInbox *RollupInbox) TryPackForceDelay() ([]byte, error) {
	return rollupInbox.abi.Pack("forceDelay")
}

// UnpackForceDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6d7128a.
//
// Solidity: function forceDelay() view returns(uint64)
func (rollupInbox *RollupInbox) UnpackForceDelay(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("forceDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForceInclusion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2e8357.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceInclusion(uint64 queueEnd) returns()
func (rollupInbox *RollupInbox) PackForceInclusion(queueEnd uint64) []byte {
	enc, err := rollupInbox.abi.Pack("forceInclusion", queueEnd)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceInclusion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2e8357.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceInclusion(uint64 queueEnd) returns()
func (rollupInbox *RollupInbox) TryPackForceInclusion(queueEnd uint64) ([]byte, error) {
	return rollupInbox.abi.Pack("forceInclusion", queueEnd)
}

// PackForceTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d9af3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceTx(bytes signedTx) payable returns(uint64 index)
func (rollupInbox *RollupInbox) PackForceTx(signedTx []byte) []byte {
	enc, err := rollupInbox.abi.Pack("forceTx", signedTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d9af3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceTx(bytes signedTx) payable returns(uint64 index)
func (rollupInbox *RollupInbox) TryPackForceTx(signedTx []byte) ([]byte, error) {
	return rollupInbox.abi.Pack("forceTx", signedTx)
}

// UnpackForceTx is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4d9af3d.
//
// Solidity: function forceTx(bytes signedTx) payable returns(uint64 index)
func (rollupInbox *RollupInbox) UnpackForceTx(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("forceTx", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForceTxFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc4b49e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceTxFee() view returns(uint256)
func (rollupInbox *RollupInbox) PackForceTxFee() []byte {
	enc, err := rollupInbox.abi.Pack("forceTxFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceTxFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc4b49e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceTxFee() view returns(uint256)
func (rollupInbox *RollupInbox) TryPackForceTxFee() ([]byte, error) {
	return rollupInbox.abi.Pack("forceTxFee")
}

// UnpackForceTxFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc4b49e1.
//
// Solidity: function forceTxFee() view returns(uint256)
func (rollupInbox *RollupInbox) UnpackForceTxFee(data []byte) (*big.Int, error) {
	out, err := rollupInbox.abi.Unpack("forceTxFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (rollupInbox *RollupInbox) PackGame() []byte {
	enc, err := rollupInbox.abi.Pack("game")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game() view returns(address)
func (rollupInbox *RollupInbox) TryPackGame() ([]byte, error) {
	return rollupInbox.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (rollupInbox *RollupInbox) UnpackGame(data []byte) (common.Address, error) {
	out, err := rollupInbox.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7975970.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBatch((uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) b) pure returns(bytes32)
func (rollupInbox *RollupInbox) PackHashBatch(b RollupInboxBatch) []byte {
	enc, err := rollupInbox.abi.Pack("hashBatch", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7975970.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBatch((uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) b) pure returns(bytes32)
func (rollupInbox *RollupInbox) TryPackHashBatch(b RollupInboxBatch) ([]byte, error) {
	return rollupInbox.abi.Pack("hashBatch", b)
}

// UnpackHashBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7975970.
//
// Solidity: function hashBatch((uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) b) pure returns(bytes32)
func (rollupInbox *RollupInbox) UnpackHashBatch(data []byte) ([32]byte, error) {
	out, err := rollupInbox.abi.Unpack("hashBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashQueueItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc3a38a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashQueueItem((uint8,address,address,uint256,bytes32,uint64,uint64) it) pure returns(bytes32)
func (rollupInbox *RollupInbox) PackHashQueueItem(it RollupInboxQueueItem) []byte {
	enc, err := rollupInbox.abi.Pack("hashQueueItem", it)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashQueueItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc3a38a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashQueueItem((uint8,address,address,uint256,bytes32,uint64,uint64) it) pure returns(bytes32)
func (rollupInbox *RollupInbox) TryPackHashQueueItem(it RollupInboxQueueItem) ([]byte, error) {
	return rollupInbox.abi.Pack("hashQueueItem", it)
}

// UnpackHashQueueItem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddc3a38a.
//
// Solidity: function hashQueueItem((uint8,address,address,uint256,bytes32,uint64,uint64) it) pure returns(bytes32)
func (rollupInbox *RollupInbox) UnpackHashQueueItem(data []byte) ([32]byte, error) {
	out, err := rollupInbox.abi.Unpack("hashQueueItem", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f7dcfa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function head() view returns((uint64,uint64,uint64,uint64))
func (rollupInbox *RollupInbox) PackHead() []byte {
	enc, err := rollupInbox.abi.Pack("head")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f7dcfa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function head() view returns((uint64,uint64,uint64,uint64))
func (rollupInbox *RollupInbox) TryPackHead() ([]byte, error) {
	return rollupInbox.abi.Pack("head")
}

// UnpackHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f7dcfa3.
//
// Solidity: function head() view returns((uint64,uint64,uint64,uint64))
func (rollupInbox *RollupInbox) UnpackHead(data []byte) (RollupInboxHead, error) {
	out, err := rollupInbox.abi.Unpack("head", data)
	if err != nil {
		return *new(RollupInboxHead), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupInboxHead)).(*RollupInboxHead)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollupInbox *RollupInbox) PackL2ChainId() []byte {
	enc, err := rollupInbox.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollupInbox *RollupInbox) TryPackL2ChainId() ([]byte, error) {
	return rollupInbox.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollupInbox *RollupInbox) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinRetention is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ebe5b39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minRetention() view returns(uint64)
func (rollupInbox *RollupInbox) PackMinRetention() []byte {
	enc, err := rollupInbox.abi.Pack("minRetention")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinRetention is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ebe5b39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minRetention() view returns(uint64)
func (rollupInbox *RollupInbox) TryPackMinRetention() ([]byte, error) {
	return rollupInbox.abi.Pack("minRetention")
}

// UnpackMinRetention is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ebe5b39.
//
// Solidity: function minRetention() view returns(uint64)
func (rollupInbox *RollupInbox) UnpackMinRetention(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("minRetention", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7af9daad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueHash(uint64 index) view returns(bytes32)
func (rollupInbox *RollupInbox) PackQueueHash(index uint64) []byte {
	enc, err := rollupInbox.abi.Pack("queueHash", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7af9daad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueHash(uint64 index) view returns(bytes32)
func (rollupInbox *RollupInbox) TryPackQueueHash(index uint64) ([]byte, error) {
	return rollupInbox.abi.Pack("queueHash", index)
}

// UnpackQueueHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7af9daad.
//
// Solidity: function queueHash(uint64 index) view returns(bytes32)
func (rollupInbox *RollupInbox) UnpackQueueHash(data []byte) ([32]byte, error) {
	out, err := rollupInbox.abi.Unpack("queueHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab91c7b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueLength() view returns(uint64)
func (rollupInbox *RollupInbox) PackQueueLength() []byte {
	enc, err := rollupInbox.abi.Pack("queueLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab91c7b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueLength() view returns(uint64)
func (rollupInbox *RollupInbox) TryPackQueueLength() ([]byte, error) {
	return rollupInbox.abi.Pack("queueLength")
}

// UnpackQueueLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab91c7b0.
//
// Solidity: function queueLength() view returns(uint64)
func (rollupInbox *RollupInbox) UnpackQueueLength(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("queueLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5dcfadf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueTime(uint64 index) view returns(uint64)
func (rollupInbox *RollupInbox) PackQueueTime(index uint64) []byte {
	enc, err := rollupInbox.abi.Pack("queueTime", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5dcfadf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueTime(uint64 index) view returns(uint64)
func (rollupInbox *RollupInbox) TryPackQueueTime(index uint64) ([]byte, error) {
	return rollupInbox.abi.Pack("queueTime", index)
}

// UnpackQueueTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5dcfadf.
//
// Solidity: function queueTime(uint64 index) view returns(uint64)
func (rollupInbox *RollupInbox) UnpackQueueTime(data []byte) (uint64, error) {
	out, err := rollupInbox.abi.Unpack("queueTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (rollupInbox *RollupInbox) PackSequencer() []byte {
	enc, err := rollupInbox.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (rollupInbox *RollupInbox) TryPackSequencer() ([]byte, error) {
	return rollupInbox.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (rollupInbox *RollupInbox) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := rollupInbox.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d23447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint64 proposalId, address sender, uint64 nonce, uint256 amount, (uint256,bytes32[],bytes32,bytes32) proof) returns()
func (rollupInbox *RollupInbox) PackWithdraw(proposalId uint64, sender common.Address, nonce uint64, amount *big.Int, proof RollupInboxWithdrawalProof) []byte {
	enc, err := rollupInbox.abi.Pack("withdraw", proposalId, sender, nonce, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d23447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint64 proposalId, address sender, uint64 nonce, uint256 amount, (uint256,bytes32[],bytes32,bytes32) proof) returns()
func (rollupInbox *RollupInbox) TryPackWithdraw(proposalId uint64, sender common.Address, nonce uint64, amount *big.Int, proof RollupInboxWithdrawalProof) ([]byte, error) {
	return rollupInbox.abi.Pack("withdraw", proposalId, sender, nonce, amount, proof)
}

// PackWithdrawn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3823d66c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawn(bytes32 ) view returns(bool)
func (rollupInbox *RollupInbox) PackWithdrawn(arg0 [32]byte) []byte {
	enc, err := rollupInbox.abi.Pack("withdrawn", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3823d66c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawn(bytes32 ) view returns(bool)
func (rollupInbox *RollupInbox) TryPackWithdrawn(arg0 [32]byte) ([]byte, error) {
	return rollupInbox.abi.Pack("withdrawn", arg0)
}

// UnpackWithdrawn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3823d66c.
//
// Solidity: function withdrawn(bytes32 ) view returns(bool)
func (rollupInbox *RollupInbox) UnpackWithdrawn(data []byte) (bool, error) {
	out, err := rollupInbox.abi.Unpack("withdrawn", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// RollupInboxBatchAppended represents a BatchAppended event raised by the RollupInbox contract.
type RollupInboxBatchAppended struct {
	Index uint64
	Hash  [32]byte
	Batch RollupInboxBatch
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupInboxBatchAppendedEventName = "BatchAppended"

// ContractEventName returns the user-defined event name.
func (RollupInboxBatchAppended) ContractEventName() string {
	return RollupInboxBatchAppendedEventName
}

// UnpackBatchAppendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAppended(uint64 indexed index, bytes32 indexed hash, (uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) batch)
func (rollupInbox *RollupInbox) UnpackBatchAppendedEvent(log *types.Log) (*RollupInboxBatchAppended, error) {
	event := "BatchAppended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupInboxBatchAppended)
	if len(log.Data) > 0 {
		if err := rollupInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupInbox.abi.Events[event].Inputs {
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

// RollupInboxFeesClaimed represents a FeesClaimed event raised by the RollupInbox contract.
type RollupInboxFeesClaimed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupInboxFeesClaimedEventName = "FeesClaimed"

// ContractEventName returns the user-defined event name.
func (RollupInboxFeesClaimed) ContractEventName() string {
	return RollupInboxFeesClaimedEventName
}

// UnpackFeesClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesClaimed(address indexed to, uint256 amount)
func (rollupInbox *RollupInbox) UnpackFeesClaimedEvent(log *types.Log) (*RollupInboxFeesClaimed, error) {
	event := "FeesClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupInboxFeesClaimed)
	if len(log.Data) > 0 {
		if err := rollupInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupInbox.abi.Events[event].Inputs {
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

// RollupInboxQueued represents a Queued event raised by the RollupInbox contract.
type RollupInboxQueued struct {
	Index uint64
	Hash  [32]byte
	Item  RollupInboxQueueItem
	Data  []byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupInboxQueuedEventName = "Queued"

// ContractEventName returns the user-defined event name.
func (RollupInboxQueued) ContractEventName() string {
	return RollupInboxQueuedEventName
}

// UnpackQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Queued(uint64 indexed index, bytes32 indexed hash, (uint8,address,address,uint256,bytes32,uint64,uint64) item, bytes data)
func (rollupInbox *RollupInbox) UnpackQueuedEvent(log *types.Log) (*RollupInboxQueued, error) {
	event := "Queued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupInboxQueued)
	if len(log.Data) > 0 {
		if err := rollupInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupInbox.abi.Events[event].Inputs {
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

// RollupInboxWithdrawalPaid represents a WithdrawalPaid event raised by the RollupInbox contract.
type RollupInboxWithdrawalPaid struct {
	Key        [32]byte
	Sender     common.Address
	Nonce      uint64
	Amount     *big.Int
	ProposalId uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupInboxWithdrawalPaidEventName = "WithdrawalPaid"

// ContractEventName returns the user-defined event name.
func (RollupInboxWithdrawalPaid) ContractEventName() string {
	return RollupInboxWithdrawalPaidEventName
}

// UnpackWithdrawalPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalPaid(bytes32 indexed key, address indexed sender, uint64 nonce, uint256 amount, uint64 proposalId)
func (rollupInbox *RollupInbox) UnpackWithdrawalPaidEvent(log *types.Log) (*RollupInboxWithdrawalPaid, error) {
	event := "WithdrawalPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupInboxWithdrawalPaid)
	if len(log.Data) > 0 {
		if err := rollupInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupInbox.abi.Events[event].Inputs {
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
func (rollupInbox *RollupInbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["AlreadyWithdrawn"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackAlreadyWithdrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadBatchIndex"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadBatchIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadForcedTxLength"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadForcedTxLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadK"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadKError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadL2Range"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadL2RangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadPrevHash"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadPrevHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["BadWithdrawalProof"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackBadWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["NoFees"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackNoFeesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["NotCertified"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackNotCertifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["NotDue"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["NothingToForce"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackNothingToForceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["QueueEndAhead"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackQueueEndAheadError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["QueueEndBehind"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackQueueEndBehindError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["RetentionTooShort"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackRetentionTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["SMTProofOther"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackSMTProofOtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["SMTProofShape"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackSMTProofShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["TooManyRecords"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackTooManyRecordsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["WrongForceFee"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackWrongForceFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["ZeroDeposit"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackZeroDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupInbox.abi.Errors["ZeroWithdrawal"].ID.Bytes()[:4]) {
		return rollupInbox.UnpackZeroWithdrawalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupInboxAlreadyWithdrawn represents a AlreadyWithdrawn error raised by the RollupInbox contract.
type RollupInboxAlreadyWithdrawn struct {
	Sender common.Address
	Nonce  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyWithdrawn(address sender, uint64 nonce)
func RollupInboxAlreadyWithdrawnErrorID() common.Hash {
	return common.HexToHash("0x470e9b86e98ac427f6166dcad45e7a10e9db46a1ceebfefe8ce89a9df3b18442")
}

// UnpackAlreadyWithdrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyWithdrawn(address sender, uint64 nonce)
func (rollupInbox *RollupInbox) UnpackAlreadyWithdrawnError(raw []byte) (*RollupInboxAlreadyWithdrawn, error) {
	out := new(RollupInboxAlreadyWithdrawn)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "AlreadyWithdrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadBatchIndex represents a BadBatchIndex error raised by the RollupInbox contract.
type RollupInboxBadBatchIndex struct {
	Index uint64
	Want  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBatchIndex(uint64 index, uint64 want)
func RollupInboxBadBatchIndexErrorID() common.Hash {
	return common.HexToHash("0x897bd58698cba618e1c48d0fcb5509eb1a529d06e5c36e69616d53c476128630")
}

// UnpackBadBatchIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBatchIndex(uint64 index, uint64 want)
func (rollupInbox *RollupInbox) UnpackBadBatchIndexError(raw []byte) (*RollupInboxBadBatchIndex, error) {
	out := new(RollupInboxBadBatchIndex)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadBatchIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadForcedTxLength represents a BadForcedTxLength error raised by the RollupInbox contract.
type RollupInboxBadForcedTxLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadForcedTxLength(uint256 length)
func RollupInboxBadForcedTxLengthErrorID() common.Hash {
	return common.HexToHash("0x98d563d97a39747b84502b3ea7de12480ee2838d8806be9701dc5fa6d79f9c31")
}

// UnpackBadForcedTxLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadForcedTxLength(uint256 length)
func (rollupInbox *RollupInbox) UnpackBadForcedTxLengthError(raw []byte) (*RollupInboxBadForcedTxLength, error) {
	out := new(RollupInboxBadForcedTxLength)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadForcedTxLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadK represents a BadK error raised by the RollupInbox contract.
type RollupInboxBadK struct {
	K uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadK(uint32 k)
func RollupInboxBadKErrorID() common.Hash {
	return common.HexToHash("0x45bf515e7876846257b72201b8f220275a778e0b9a46694ead4f7de5767db456")
}

// UnpackBadKError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadK(uint32 k)
func (rollupInbox *RollupInbox) UnpackBadKError(raw []byte) (*RollupInboxBadK, error) {
	out := new(RollupInboxBadK)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadK", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadL2Range represents a BadL2Range error raised by the RollupInbox contract.
type RollupInboxBadL2Range struct {
	Start     uint64
	End       uint64
	WantStart uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadL2Range(uint64 start, uint64 end, uint64 wantStart)
func RollupInboxBadL2RangeErrorID() common.Hash {
	return common.HexToHash("0x9b4be26e937ce7fe4fc8b6bc384583f80fbc5247fef96f3a4fbf2a7168387824")
}

// UnpackBadL2RangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadL2Range(uint64 start, uint64 end, uint64 wantStart)
func (rollupInbox *RollupInbox) UnpackBadL2RangeError(raw []byte) (*RollupInboxBadL2Range, error) {
	out := new(RollupInboxBadL2Range)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadL2Range", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadParams represents a BadParams error raised by the RollupInbox contract.
type RollupInboxBadParams struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams(string what)
func RollupInboxBadParamsErrorID() common.Hash {
	return common.HexToHash("0x87a33b27684f297cea1e18e1d41fcf399c8e0dbc38274d5e02b504924765634d")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams(string what)
func (rollupInbox *RollupInbox) UnpackBadParamsError(raw []byte) (*RollupInboxBadParams, error) {
	out := new(RollupInboxBadParams)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadPrevHash represents a BadPrevHash error raised by the RollupInbox contract.
type RollupInboxBadPrevHash struct {
	PrevHash [32]byte
	Want     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPrevHash(bytes32 prevHash, bytes32 want)
func RollupInboxBadPrevHashErrorID() common.Hash {
	return common.HexToHash("0xd23a5316f0dfb5ecc2b33987b80f89608216de0cd3ee2caac4d2993f9562dd76")
}

// UnpackBadPrevHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPrevHash(bytes32 prevHash, bytes32 want)
func (rollupInbox *RollupInbox) UnpackBadPrevHashError(raw []byte) (*RollupInboxBadPrevHash, error) {
	out := new(RollupInboxBadPrevHash)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadPrevHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxBadWithdrawalProof represents a BadWithdrawalProof error raised by the RollupInbox contract.
type RollupInboxBadWithdrawalProof struct {
	Root [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWithdrawalProof(bytes32 root, bytes32 want)
func RollupInboxBadWithdrawalProofErrorID() common.Hash {
	return common.HexToHash("0x978b86b01199cc8cda526fd5a50ef0f4648eac14cd917a89f0d33af55f1ffaf5")
}

// UnpackBadWithdrawalProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWithdrawalProof(bytes32 root, bytes32 want)
func (rollupInbox *RollupInbox) UnpackBadWithdrawalProofError(raw []byte) (*RollupInboxBadWithdrawalProof, error) {
	out := new(RollupInboxBadWithdrawalProof)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "BadWithdrawalProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxNoFees represents a NoFees error raised by the RollupInbox contract.
type RollupInboxNoFees struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFees()
func RollupInboxNoFeesErrorID() common.Hash {
	return common.HexToHash("0x7f7d9be0039ff9d871d28cd8d8ed8d32d7bc56c3ec20ec4461d0ef46a833f981")
}

// UnpackNoFeesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFees()
func (rollupInbox *RollupInbox) UnpackNoFeesError(raw []byte) (*RollupInboxNoFees, error) {
	out := new(RollupInboxNoFees)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "NoFees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxNotCertified represents a NotCertified error raised by the RollupInbox contract.
type RollupInboxNotCertified struct {
	BlobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCertified(bytes32 blobId)
func RollupInboxNotCertifiedErrorID() common.Hash {
	return common.HexToHash("0x9105e92013898cd49331e024a89fba3435b48b623d7c14343e39a3d53a748b5b")
}

// UnpackNotCertifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCertified(bytes32 blobId)
func (rollupInbox *RollupInbox) UnpackNotCertifiedError(raw []byte) (*RollupInboxNotCertified, error) {
	out := new(RollupInboxNotCertified)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "NotCertified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxNotDue represents a NotDue error raised by the RollupInbox contract.
type RollupInboxNotDue struct {
	QueueEnd uint64
	DueAt    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDue(uint64 queueEnd, uint256 dueAt)
func RollupInboxNotDueErrorID() common.Hash {
	return common.HexToHash("0x0f5feab624b552a89b4270af6363e001ee58be71da2f80999908a309ef44ba22")
}

// UnpackNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDue(uint64 queueEnd, uint256 dueAt)
func (rollupInbox *RollupInbox) UnpackNotDueError(raw []byte) (*RollupInboxNotDue, error) {
	out := new(RollupInboxNotDue)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "NotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxNotSequencer represents a NotSequencer error raised by the RollupInbox contract.
type RollupInboxNotSequencer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer(address caller)
func RollupInboxNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x0596787718e4a3212038e1b1501f602a660a34700b149722180893ceaca0f8ed")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer(address caller)
func (rollupInbox *RollupInbox) UnpackNotSequencerError(raw []byte) (*RollupInboxNotSequencer, error) {
	out := new(RollupInboxNotSequencer)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxNothingToForce represents a NothingToForce error raised by the RollupInbox contract.
type RollupInboxNothingToForce struct {
	QueueEnd  uint64
	QueueNext uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToForce(uint64 queueEnd, uint64 queueNext)
func RollupInboxNothingToForceErrorID() common.Hash {
	return common.HexToHash("0x5ffc0f9527e248dbb177ba505c013585867ead1c61336f442cf3cc37914a039d")
}

// UnpackNothingToForceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToForce(uint64 queueEnd, uint64 queueNext)
func (rollupInbox *RollupInbox) UnpackNothingToForceError(raw []byte) (*RollupInboxNothingToForce, error) {
	out := new(RollupInboxNothingToForce)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "NothingToForce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxQueueEndAhead represents a QueueEndAhead error raised by the RollupInbox contract.
type RollupInboxQueueEndAhead struct {
	QueueEnd    uint64
	QueueLength uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueEndAhead(uint64 queueEnd, uint64 queueLength)
func RollupInboxQueueEndAheadErrorID() common.Hash {
	return common.HexToHash("0xc03df26559240bf48773ad379c97f000791d528574b0fc8cd6d706618bc7a8e0")
}

// UnpackQueueEndAheadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueEndAhead(uint64 queueEnd, uint64 queueLength)
func (rollupInbox *RollupInbox) UnpackQueueEndAheadError(raw []byte) (*RollupInboxQueueEndAhead, error) {
	out := new(RollupInboxQueueEndAhead)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "QueueEndAhead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxQueueEndBehind represents a QueueEndBehind error raised by the RollupInbox contract.
type RollupInboxQueueEndBehind struct {
	QueueEnd  uint64
	QueueNext uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueEndBehind(uint64 queueEnd, uint64 queueNext)
func RollupInboxQueueEndBehindErrorID() common.Hash {
	return common.HexToHash("0xdce35ae2447797b35112212588a6d6715938acc225523a4def13ac98462a3ae0")
}

// UnpackQueueEndBehindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueEndBehind(uint64 queueEnd, uint64 queueNext)
func (rollupInbox *RollupInbox) UnpackQueueEndBehindError(raw []byte) (*RollupInboxQueueEndBehind, error) {
	out := new(RollupInboxQueueEndBehind)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "QueueEndBehind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxRetentionTooShort represents a RetentionTooShort error raised by the RollupInbox contract.
type RollupInboxRetentionTooShort struct {
	BlobId [32]byte
	Expiry uint64
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RetentionTooShort(bytes32 blobId, uint64 expiry, uint256 needed)
func RollupInboxRetentionTooShortErrorID() common.Hash {
	return common.HexToHash("0xc5b341799bc094fff41d5d3ae97b45992be7a795798f1cdde0916a003149107d")
}

// UnpackRetentionTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RetentionTooShort(bytes32 blobId, uint64 expiry, uint256 needed)
func (rollupInbox *RollupInbox) UnpackRetentionTooShortError(raw []byte) (*RollupInboxRetentionTooShort, error) {
	out := new(RollupInboxRetentionTooShort)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "RetentionTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxSMTProofOther represents a SMTProofOther error raised by the RollupInbox contract.
type RollupInboxSMTProofOther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SMTProofOther()
func RollupInboxSMTProofOtherErrorID() common.Hash {
	return common.HexToHash("0x5e5c5de22259da56b7f80c589152f0df07e3974bf4f0d65816223051a3a188bc")
}

// UnpackSMTProofOtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SMTProofOther()
func (rollupInbox *RollupInbox) UnpackSMTProofOtherError(raw []byte) (*RollupInboxSMTProofOther, error) {
	out := new(RollupInboxSMTProofOther)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "SMTProofOther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxSMTProofShape represents a SMTProofShape error raised by the RollupInbox contract.
type RollupInboxSMTProofShape struct {
	Bits     *big.Int
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SMTProofShape(uint256 bits, uint256 siblings)
func RollupInboxSMTProofShapeErrorID() common.Hash {
	return common.HexToHash("0xb245ebc0d6fb39b0a59009fe2695c5a524818b7394049b6f2036455fc54cd172")
}

// UnpackSMTProofShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SMTProofShape(uint256 bits, uint256 siblings)
func (rollupInbox *RollupInbox) UnpackSMTProofShapeError(raw []byte) (*RollupInboxSMTProofShape, error) {
	out := new(RollupInboxSMTProofShape)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "SMTProofShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxTooManyRecords represents a TooManyRecords error raised by the RollupInbox contract.
type RollupInboxTooManyRecords struct {
	RecordCount uint64
	Max         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyRecords(uint64 recordCount, uint256 max)
func RollupInboxTooManyRecordsErrorID() common.Hash {
	return common.HexToHash("0xa23ff619d41b5692320cc815a33311a1b65d303e68b24ed3a66ab3bb7f103bab")
}

// UnpackTooManyRecordsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyRecords(uint64 recordCount, uint256 max)
func (rollupInbox *RollupInbox) UnpackTooManyRecordsError(raw []byte) (*RollupInboxTooManyRecords, error) {
	out := new(RollupInboxTooManyRecords)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "TooManyRecords", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxTransferFailed represents a TransferFailed error raised by the RollupInbox contract.
type RollupInboxTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func RollupInboxTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (rollupInbox *RollupInbox) UnpackTransferFailedError(raw []byte) (*RollupInboxTransferFailed, error) {
	out := new(RollupInboxTransferFailed)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxWrongForceFee represents a WrongForceFee error raised by the RollupInbox contract.
type RollupInboxWrongForceFee struct {
	Paid *big.Int
	Fee  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongForceFee(uint256 paid, uint256 fee)
func RollupInboxWrongForceFeeErrorID() common.Hash {
	return common.HexToHash("0xfbd162a7e9b4697c5b13ce89b88ecc3a6b8a4ac24cd95cad66592ff4d2eafea5")
}

// UnpackWrongForceFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongForceFee(uint256 paid, uint256 fee)
func (rollupInbox *RollupInbox) UnpackWrongForceFeeError(raw []byte) (*RollupInboxWrongForceFee, error) {
	out := new(RollupInboxWrongForceFee)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "WrongForceFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxZeroDeposit represents a ZeroDeposit error raised by the RollupInbox contract.
type RollupInboxZeroDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDeposit()
func RollupInboxZeroDepositErrorID() common.Hash {
	return common.HexToHash("0x56316e877e9063fd05b03c347d61a4639470c3199f0bdddd28efee0a5f8b6b02")
}

// UnpackZeroDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDeposit()
func (rollupInbox *RollupInbox) UnpackZeroDepositError(raw []byte) (*RollupInboxZeroDeposit, error) {
	out := new(RollupInboxZeroDeposit)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "ZeroDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInboxZeroWithdrawal represents a ZeroWithdrawal error raised by the RollupInbox contract.
type RollupInboxZeroWithdrawal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroWithdrawal()
func RollupInboxZeroWithdrawalErrorID() common.Hash {
	return common.HexToHash("0xc60050c0a34b8b98b87f4e5b7a9a363b17796ed528bac602c840c48bd7ea4a95")
}

// UnpackZeroWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroWithdrawal()
func (rollupInbox *RollupInbox) UnpackZeroWithdrawalError(raw []byte) (*RollupInboxZeroWithdrawal, error) {
	out := new(RollupInboxZeroWithdrawal)
	if err := rollupInbox.abi.UnpackIntoInterface(out, "ZeroWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}
