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

// RollupInboxMetaData contains all meta data concerning the RollupInbox contract.
var RollupInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"contractCommittee\",\"name\":\"committee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forceDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minRetention\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"forceTxFee\",\"type\":\"uint256\"}],\"internalType\":\"structRollupInbox.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"BadBatchIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadForcedTxLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"BadK\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wantStart\",\"type\":\"uint64\"}],\"name\":\"BadL2Range\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BadPrevHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"}],\"name\":\"NotCertified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"}],\"name\":\"NotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueNext\",\"type\":\"uint64\"}],\"name\":\"NothingToForce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueLength\",\"type\":\"uint64\"}],\"name\":\"QueueEndAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueNext\",\"type\":\"uint64\"}],\"name\":\"QueueEndBehind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"RetentionTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyRecords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"WrongForceFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structRollupInbox.Batch\",\"name\":\"batch\",\"type\":\"tuple\"}],\"name\":\"BatchAppended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"l1Sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structRollupInbox.QueueItem\",\"name\":\"item\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"Queued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORMAT_VERSION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ITEM_DEPOSIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ITEM_FORCED_TX\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BLOBS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FORCED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_GENESIS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_QUIRE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLAMP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_K\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RECORD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROW_ELEMENTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.BatchArgs\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"appendBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"batchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"archiveData\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"archiveTotal\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"archiveRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.BlobHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aggregateKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nonSignerKeys\",\"type\":\"bytes\"}],\"internalType\":\"structRollupInbox.Certificate\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.BatchArgs\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"certifyAndAppend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"contractCommittee\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"}],\"name\":\"forceInclusion\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"forceTx\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceTxFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"l1Sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.QueueItem\",\"name\":\"it\",\"type\":\"tuple\"}],\"name\":\"hashQueueItem\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"head\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nextBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueNext\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollupInbox.Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minRetention\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"queueHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"queueTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RollupInbox",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612fd7380380612fd783398101604081905261002f91610376565b80516001600160a01b0316610078576040516387a33b2760e01b8152602060048201526009602482015268636f6d6d697474656560b81b60448201526064015b60405180910390fd5b60208101516001600160a01b03166100bf576040516387a33b2760e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b604482015260640161006f565b60408101516001600160a01b0316610109576040516387a33b2760e01b815260206004820152600c60248201526b199959549958da5c1a595b9d60a21b604482015260640161006f565b60608101516001600160401b0316158061012f57504681606001516001600160401b0316145b15610169576040516387a33b2760e01b81526020600482015260096024820152681b0c90da185a5b925960ba1b604482015260640161006f565b80608001516001600160401b03165f036101b3576040516387a33b2760e01b815260206004820152600a602482015269666f72636544656c617960b01b604482015260640161006f565b80516001600160a01b039081166080908152602080840151831660a090815260408086015190941660c09081526060808701516001600160401b0390811660e0908152868901518216610100908152858a01518316610120908152858b01516101409081528a516101a081018c525f808252818b01819052818d01819052968101879052998a0186905296890185905294880184905290870183905286018290529185018190529184018290526001610160850152421661018084015292519192916102819184910161042c565b60408051601f1981840301815282825280516020918201205f80805260018084527fa6eef7e35abe7026729641147f7915573c7e97b47efa546f5f6e3230263bcb498390556080860185528086529285018190528484018190526060909401919091527801000000000000000000000000000000000000000000000001835590519092508291907fd84cfa11bd29d8359ff1325b3187466e8ff532db04c148a8c8f44242d0ca7df89061033590869061042c565b60405180910390a3505050610567565b80516001600160a01b038116811461035b575f5ffd5b919050565b80516001600160401b038116811461035b575f5ffd5b5f60e0828403128015610387575f5ffd5b5060405160e081016001600160401b03811182821017156103b657634e487b7160e01b5f52604160045260245ffd5b6040526103c283610345565b81526103d060208401610345565b60208201526103e160408401610345565b60408201526103f260608401610360565b606082015261040360808401610360565b608082015261041460a08401610360565b60a082015260c0928301519281019290925250919050565b81516001600160401b031681526101a0810160208301516020830152604083015161045c604084018260ff169052565b5060608301516060830152608083015161047e608084018263ffffffff169052565b5060a083015161049960a08401826001600160401b03169052565b5060c08301516104b460c08401826001600160401b03169052565b5060e08301516104cf60e08401826001600160401b03169052565b506101008301516104ec6101008401826001600160401b03169052565b506101208301516105096101208401826001600160401b03169052565b506101408301516105266101408401826001600160401b03169052565b506101608301516105436101608401826001600160401b03169052565b506101808301516105606101808401826001600160401b03169052565b5092915050565b60805160a05160c05160e0516101005161012051610140516129c46106135f395f8181610595015281816110ff015261115201525f81816103b8015261152e01525f818161069e01528181610e9a0152611e8f01525f6105dc01525f81816102bc015281816112cc0152818161137001526113a601525f8181610333015281816106eb0152610b5301525f818161062301528181610892015281816109500152610cb501526129c45ff3fe6080604052600436106101da575f3560e01c8063a5dcfadf116100fd578063d6ae3cd511610092578063ddc3a38a11610062578063ddc3a38a1461065a578063de49ba9b14610679578063e6d7128a1461068d578063f340fa01146106c0575f5ffd5b8063d6ae3cd5146105cb578063d6ecae67146105fe578063d864e74014610612578063d9ef52d114610645575f5ffd5b8063b7975970116100cd578063b797597014610565578063bc4b49e114610584578063d294f093146105b7578063d5c0d31314610355575f5ffd5b8063a5dcfadf1461050b578063ab91c7b01461052a578063b00268201461053e578063b4d9af3d14610552575f5ffd5b80635c1bba38116101735780638ebe5b39116101435780638ebe5b39146103a75780638f7dcfa3146103f3578063900c90131461035557806394db0595146104f6575f5ffd5b80635c1bba3814610322578063726fe4b3146103555780637af9daad146103695780637e2e835714610388575f5ffd5b80633e4c6ab0116101ae5780633e4c6ab01461024c5780633fdeb0b81461027657806346904840146102ab5780634fa4506614610303575f5ffd5b8062867fba146101de5780631763a69a146101ff5780631ade616c146102295780632c67b799146101ff575b5f5ffd5b3480156101e9575f5ffd5b506101fd6101f8366004611f40565b6106d3565b005b34801561020a575f5ffd5b506102125f81565b60405160ff90911681526020015b60405180910390f35b348015610234575f5ffd5b5061023e61100081565b604051908152602001610220565b348015610257575f5ffd5b5061026161010081565b60405163ffffffff9091168152602001610220565b348015610281575f5ffd5b5061023e610290366004611fd2565b67ffffffffffffffff165f9081526001602052604090205490565b3480156102b6575f5ffd5b506102de7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610220565b34801561030e575f5ffd5b506101fd61031d366004612000565b610b3b565b34801561032d575f5ffd5b506102de7f000000000000000000000000000000000000000000000000000000000000000081565b348015610360575f5ffd5b50610212600181565b348015610374575f5ffd5b5061023e610383366004611fd2565b610d3f565b348015610393575f5ffd5b506101fd6103a2366004611fd2565b610d6d565b3480156103b2575f5ffd5b506103da7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610220565b3480156103fe575f5ffd5b50610497604080516080810182525f80825260208201819052918101829052606081019190915250604080516080810182525f5467ffffffffffffffff808216835268010000000000000000820481166020840152700100000000000000000000000000000000820481169383019390935278010000000000000000000000000000000000000000000000009004909116606082015290565b60405161022091905f60808201905067ffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b348015610501575f5ffd5b5061023e60045481565b348015610516575f5ffd5b506103da610525366004611fd2565b611067565b348015610535575f5ffd5b506002546103da565b348015610549575f5ffd5b5061023e604081565b6103da61056036600461204e565b6110b4565b348015610570575f5ffd5b5061023e61057f3660046120bc565b611240565b34801561058f575f5ffd5b5061023e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105c2575f5ffd5b506101fd61126f565b3480156105d6575f5ffd5b506103da7f000000000000000000000000000000000000000000000000000000000000000081565b348015610609575f5ffd5b50610212600281565b34801561061d575f5ffd5b506102de7f000000000000000000000000000000000000000000000000000000000000000081565b348015610650575f5ffd5b5061023e61020081565b348015610665575f5ffd5b5061023e6106743660046120d6565b611418565b348015610684575f5ffd5b50610212600381565b348015610698575f5ffd5b506103da7f000000000000000000000000000000000000000000000000000000000000000081565b6103da6106ce36600461210a565b61142a565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610749576040517f059678770000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6107576020850185612133565b6107676060860160408701611fd2565b610777608087016060880161214c565b8660800135604051602001610816949392919060f89490941b7fff0000000000000000000000000000000000000000000000000000000000000016845260c09290921b7fffffffffffffffff00000000000000000000000000000000000000000000000016600184015260e01b7fffffffff00000000000000000000000000000000000000000000000000000000166009830152600d820152602d0190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529082905280516020909101207f2c5bfa1d0000000000000000000000000000000000000000000000000000000082526004820181905291505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690632c5bfa1d90602401606060405180830381865afa1580156108d7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108fb9190612165565b509150610912905061012086016101008701611fd2565b67ffffffffffffffff168167ffffffffffffffff161015610b105760408051610140810190915273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063baf954de908061098560208a018a612133565b60ff1681526020018860200160208101906109a09190611fd2565b67ffffffffffffffff1681526020016109bf60608a0160408b01611fd2565b67ffffffffffffffff1681526020016109de60808a0160608b0161214c565b63ffffffff16815260808901356020820152604001610a0360c08a0160a08b016121a6565b61ffff168152602001610a1c60e08a0160c08b016121a6565b61ffff16815260e08901356020820152604001610a416101208a016101008b01611fd2565b67ffffffffffffffff168152602001610a626101408a016101208b01611fd2565b67ffffffffffffffff1690528635610a7d60208901896121c7565b610a8a60408b018b6121c7565b610a9760608d018d6121c7565b6040518963ffffffff1660e01b8152600401610aba989796959493929190612276565b6020604051808303815f875af1158015610ad6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610afa91906123a2565b50610b0d61012086016101008701611fd2565b90505b610b1a82826114d9565b610b3482610b2e608088016060890161214c565b856115b9565b5050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610bac576040517f05967877000000000000000000000000000000000000000000000000000000008152336004820152602401610740565b6040517f010000000000000000000000000000000000000000000000000000000000000060208201527fffffffffffffffff00000000000000000000000000000000000000000000000060c086901b1660218201527fffffffff0000000000000000000000000000000000000000000000000000000060e085901b166029820152602d81018390525f90604d01604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529082905280516020909101207f2c5bfa1d0000000000000000000000000000000000000000000000000000000082526004820181905291505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690632c5bfa1d90602401606060405180830381865afa158015610cfa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d1e9190612165565b50915050610d2c82826114d9565b610d378286856115b9565b505050505050565b5f60028267ffffffffffffffff1681548110610d5d57610d5d6123b9565b905f5260205f2001549050919050565b604080516080810182525f5467ffffffffffffffff80821683526801000000000000000082048116602084018190527001000000000000000000000000000000008304821694840194909452780100000000000000000000000000000000000000000000000090910481166060830152909190831611610e335760208101516040517f5ffc0f9500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80851660048301529091166024820152604401610740565b60035467ffffffffffffffff8316811015610e8e576040517fc03df26500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808516600483015282166024820152604401610740565b5f67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166003610ec7600187612413565b67ffffffffffffffff1681548110610ee157610ee16123b9565b905f5260205f2090600491828204019190066008029054906101000a900467ffffffffffffffff1667ffffffffffffffff16610f1d9190612433565b905080421015610f6c576040517f0f5feab600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015260248101829052604401610740565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101829052845167ffffffffffffffff16815284519091600191610ff3908390612413565b67ffffffffffffffff908116825260208083019390935260409182015f20548484015260039184019190915290850151811660c083015285811660e08301526060850180519091166101408301525161104d906001612446565b67ffffffffffffffff16610160820152610b348185611a50565b5f60038267ffffffffffffffff1681548110611085576110856123b9565b905f5260205f2090600491828204019190066008029054906101000a900467ffffffffffffffff169050919050565b5f8115806110c3575061020082115b156110fd576040517f98d563d900000000000000000000000000000000000000000000000000000000815260048101839052602401610740565b7f0000000000000000000000000000000000000000000000000000000000000000341461117e576040517ffbd162a70000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610740565b3460045f82825461118f9190612433565b90915550506040805160e081018252600181523360208201525f81830181905260608201819052915160808201906111ca9087908790612466565b604051809103902081526020014367ffffffffffffffff1681526020014267ffffffffffffffff1681525090506112368185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c6e92505050565b9150505b92915050565b5f816040516020016112529190612475565b604051602081830303815290604052805190602001209050919050565b6004545f8190036112ac576040517f7f7d9be000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f600481905560405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083908381818185875af1925050503d805f8114611325576040519150601f19603f3d011682016040523d82523d5f602084013e61132a565b606091505b50509050806113a4576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600482015260248101839052604401610740565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f9493e5bbe4e8e0ac67284469a2d677403d0378a85a59e341d3abc433d0d9a2098360405161140c91815260200190565b60405180910390a25050565b5f8160405160200161125291906125bf565b5f345f03611464576040517f56316e8700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040805160e0810182525f8082523360208084019190915273ffffffffffffffffffffffffffffffffffffffff8616838501523460608401526080830182905267ffffffffffffffff43811660a0850152421660c084015283519081019093528252906114d2908290611c6e565b9392505050565b8067ffffffffffffffff165f0361151f576040517f9105e92000000000000000000000000000000000000000000000000000000000815260048101839052602401610740565b5f61155467ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642612433565b9050808267ffffffffffffffff1610156115b4576040517fc5b341790000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff8316602482015260448101829052606401610740565b505050565b63ffffffff821615806115d3575061010063ffffffff8316115b806115f057506115e460018361266f565b821663ffffffff165f14155b1561162f576040517f45bf515e00000000000000000000000000000000000000000000000000000000815263ffffffff83166004820152602401610740565b61164163ffffffff831661100061268b565b6116516060830160408401611fd2565b67ffffffffffffffff1611156116c7576116716060820160408301611fd2565b61168363ffffffff841661100061268b565b6040517fa23ff61900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610740565b604080516080810182525f5467ffffffffffffffff808216808452680100000000000000008304821660208086019190915270010000000000000000000000000000000084048316958501959095527801000000000000000000000000000000000000000000000000909204166060830152909161174790840184611fd2565b67ffffffffffffffff16146117ab576117636020830183611fd2565b81516040517f897bd58600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610740565b5f60015f6001845f01516117bf9190612413565b67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205490508083602001351461182d576040517fd23a53160000000000000000000000000000000000000000000000000000000081526020840135600482015260248101829052604401610740565b606082015167ffffffffffffffff1661184c60a0850160808601611fd2565b67ffffffffffffffff16141580611894575061186e60a0840160808501611fd2565b67ffffffffffffffff1661188860c0850160a08601611fd2565b67ffffffffffffffff16105b1561190e576118a960a0840160808501611fd2565b6118b960c0850160a08601611fd2565b60608401516040517f9b4be26e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff93841660048201529183166024830152919091166044820152606401610740565b604080516101a0810182525f8082526020808301829052928201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101808201529061198190850185611fd2565b67ffffffffffffffff168152602081018290526001604080830191909152606080830188905263ffffffff871660808401526119c291908601908601611fd2565b67ffffffffffffffff90811660a083015260208401511660c08201526119fb6119f16080860160608701611fd2565b8460200151611d95565b67ffffffffffffffff1660e0820152611a1a60a0850160808601611fd2565b67ffffffffffffffff16610140820152611a3a60c0850160a08601611fd2565b67ffffffffffffffff16610160820152610d3781845b604081015167ffffffffffffffff1661010083015260a082015160c083015160e0840151611a7e9190612413565b8260400151611a8d9190612446565b611a979190612446565b67ffffffffffffffff90811661012084015242166101808301526040515f90611ac49084906020016126a2565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120865167ffffffffffffffff165f9081526001928390528390208190556080840190925285519193508291611b2d91612446565b67ffffffffffffffff908116825260e086015181166020808401919091526101208701518216604080850191909152610160880151831660609485015284515f805493870151878401519790960151851678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff97861670010000000000000000000000000000000002979097166fffffffffffffffffffffffffffffffff96861668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909516928616929092179390931794909416939093179390931790925584519051839291909116907fd84cfa11bd29d8359ff1325b3187466e8ff532db04c148a8c8f44242d0ca7df890611c619087906126a2565b60405180910390a3505050565b6002546040515f90611c849085906020016127df565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815290829052805160209091012060028054600180820183555f9283527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace90910183905560c0880151600380549283018155928390527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60048304018054929093166008026101000a67ffffffffffffffff8181021990931691831602179091559092508291908416907f22c8131fec7a3714c956acfaa3fd439c9b257f1f00e1f6e687c4e68000f9c40590611d86908890889061286f565b60405180910390a35092915050565b5f8167ffffffffffffffff168367ffffffffffffffff161015611df8576040517fdce35ae200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808516600483015283166024820152604401610740565b60035467ffffffffffffffff8416811015611e53576040517fc03df26500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610740565b5f611e69604067ffffffffffffffff8716612433565b905081811115611e765750805b67ffffffffffffffff85165b8181108015611f0a5750427f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1660038381548110611ecb57611ecb6123b9565b905f5260205f2090600491828204019190066008029054906101000a900467ffffffffffffffff1667ffffffffffffffff16611f079190612433565b11155b15611f215780611f1981612957565b915050611e82565b95945050505050565b5f60c08284031215611f3a575f5ffd5b50919050565b5f5f5f838503610220811215611f54575f5ffd5b610140811215611f62575f5ffd5b5083925061014084013567ffffffffffffffff811115611f80575f5ffd5b840160808187031215611f91575f5ffd5b9150611fa1856101608601611f2a565b90509250925092565b67ffffffffffffffff81168114611fbf575f5ffd5b50565b8035611fcd81611faa565b919050565b5f60208284031215611fe2575f5ffd5b81356114d281611faa565b803563ffffffff81168114611fcd575f5ffd5b5f5f5f5f6101208587031215612014575f5ffd5b843561201f81611faa565b935061202d60208601611fed565b9250604085013591506120438660608701611f2a565b905092959194509250565b5f5f6020838503121561205f575f5ffd5b823567ffffffffffffffff811115612075575f5ffd5b8301601f81018513612085575f5ffd5b803567ffffffffffffffff81111561209b575f5ffd5b8560208284010111156120ac575f5ffd5b6020919091019590945092505050565b5f6101a08284031280156120ce575f5ffd5b509092915050565b5f60e08284031280156120ce575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff81168114611fcd575f5ffd5b5f6020828403121561211a575f5ffd5b6114d2826120e7565b803560ff81168114611fcd575f5ffd5b5f60208284031215612143575f5ffd5b6114d282612123565b5f6020828403121561215c575f5ffd5b6114d282611fed565b5f5f5f60608486031215612177575f5ffd5b8351602085015190935061218a81611faa565b604085015190925061219b81611faa565b809150509250925092565b5f602082840312156121b6575f5ffd5b813561ffff811681146114d2575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126121fa575f5ffd5b83018035915067ffffffffffffffff821115612214575f5ffd5b602001915036819003821315612228575f5ffd5b9250929050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b885160ff1681525f60208a0151612299602084018267ffffffffffffffff169052565b5060408a01516122b5604084018267ffffffffffffffff169052565b5060608a01516122cd606084018263ffffffff169052565b5060808a0151608083015260a08a01516122ed60a084018261ffff169052565b5060c08a015161230360c084018261ffff169052565b5060e08a015160e08301526101008a015161232b61010084018267ffffffffffffffff169052565b506101208a015161234961012084018267ffffffffffffffff169052565b50886101408301526101c06101608301526123696101c08301888a61222f565b82810361018084015261237d81878961222f565b90508281036101a084015261239381858761222f565b9b9a5050505050505050505050565b5f602082840312156123b2575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff828116828216039081111561123a5761123a6123e6565b8082018082111561123a5761123a6123e6565b67ffffffffffffffff818116838216019081111561123a5761123a6123e6565b818382375f9101908152919050565b6101a081016124958261248785611fc2565b67ffffffffffffffff169052565b602083810135908301526124ab60408401612123565b60ff166040830152606083810135908301526124c960808401611fed565b63ffffffff1660808301526124e060a08401611fc2565b67ffffffffffffffff1660a08301526124fb60c08401611fc2565b67ffffffffffffffff1660c083015261251660e08401611fc2565b67ffffffffffffffff1660e08301526125326101008401611fc2565b67ffffffffffffffff1661010083015261254f6101208401611fc2565b67ffffffffffffffff1661012083015261256c6101408401611fc2565b67ffffffffffffffff166101408301526125896101608401611fc2565b67ffffffffffffffff166101608301526125a66101808401611fc2565b67ffffffffffffffff81166101808401525b5092915050565b60e0810160ff6125ce84612123565b16825273ffffffffffffffffffffffffffffffffffffffff6125f2602085016120e7565b16602083015273ffffffffffffffffffffffffffffffffffffffff612619604085016120e7565b166040830152606083810135908301526080808401359083015261263f60a08401611fc2565b67ffffffffffffffff1660a083015261265a60c08401611fc2565b67ffffffffffffffff811660c08401526125b8565b63ffffffff828116828216039081111561123a5761123a6123e6565b808202811582820484141761123a5761123a6123e6565b815167ffffffffffffffff1681526101a081016020830151602083015260408301516126d3604084018260ff169052565b506060830151606083015260808301516126f5608084018263ffffffff169052565b5060a083015161271160a084018267ffffffffffffffff169052565b5060c083015161272d60c084018267ffffffffffffffff169052565b5060e083015161274960e084018267ffffffffffffffff169052565b5061010083015161276761010084018267ffffffffffffffff169052565b5061012083015161278561012084018267ffffffffffffffff169052565b506101408301516127a361014084018267ffffffffffffffff169052565b506101608301516127c161016084018267ffffffffffffffff169052565b506101808301516125b861018084018267ffffffffffffffff169052565b60e0810161123a828460ff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a083015267ffffffffffffffff60c08201511660c08301525050565b6128fb818460ff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a083015267ffffffffffffffff60c08201511660c08301525050565b61010060e08201525f825180610100840152806020850161012085015e5f61012082850101526101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168401019150509392505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612987576129876123e6565b506001019056fea2646970667358221220690b339a501aafa9ccd3db2e77cd9f8d158522434167ee7afd91cb720151c8a864736f6c634300081e0033",
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
// Solidity: constructor((address,address,address,uint64,uint64,uint64,uint256) p) returns()
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollupInbox *RollupInbox) UnpackError(raw []byte) (any, error) {
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
	return nil, errors.New("Unknown error")
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
