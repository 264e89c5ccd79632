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

// RollupGameBatch is an auto generated low-level Go binding around an user-defined struct.
type RollupGameBatch struct {
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

// RollupGameGame is an auto generated low-level Go binding around an user-defined struct.
type RollupGameGame struct {
	Lo             *big.Int
	Hi             *big.Int
	LastMove       *big.Int
	ProposerUsed   *big.Int
	ChallengerUsed *big.Int
	State          uint8
	ProposalId     uint64
	Challenger     common.Address
	ClaimLo        [32]byte
	ClaimHi        [32]byte
	ClaimMid       [32]byte
}

// RollupGameParams is an auto generated low-level Go binding around an user-defined struct.
type RollupGameParams struct {
	ChallengeWindow uint64
	Clock           uint64
	ProposerBond    *big.Int
	ChallengerBond  *big.Int
}

// RollupGameProposal is an auto generated low-level Go binding around an user-defined struct.
type RollupGameProposal struct {
	ParentId        uint64
	BatchIndex      uint64
	StepsEnd        uint64
	ProposedAt      uint64
	Proposer        common.Address
	Status          uint8
	OpenGames       uint32
	ChildFinalized  bool
	Beaten          bool
	Claim           [32]byte
	WithdrawalsRoot [32]byte
}

// RollupGameMetaData contains all meta data concerning the RollupGame contract.
var RollupGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oneStep_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"proposerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"}],\"internalType\":\"structRollupGame.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BadBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"}],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentIndex\",\"type\":\"uint64\"}],\"name\":\"BatchNotAfterParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"clock\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"clock\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOneStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NoProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPlayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NotRejectable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"}],\"name\":\"ParentNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"}],\"name\":\"ParentRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"ProposalRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"}],\"name\":\"SiblingFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"midClaim\",\"type\":\"bytes32\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"agreeWithMid\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"Chosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"how\",\"type\":\"uint8\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"Rejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postClaim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"}],\"name\":\"Stepped\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHALLENGER_TO_MOVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHALLENGER_WON\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINALIZED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_TO_MOVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_WON\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REJECTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"midClaim\",\"type\":\"bytes32\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"agreeWithMid\",\"type\":\"bool\"}],\"name\":\"choose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"}],\"name\":\"claimOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"game\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"lo\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"hi\",\"type\":\"uint48\"},{\"internalType\":\"uint40\",\"name\":\"lastMove\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"proposerUsed\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"challengerUsed\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"claimLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimMid\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractIGameInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oneStep\",\"outputs\":[{\"internalType\":\"contractIOneStep\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"childFinalized\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"beaten\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupGame.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollupGame.Batch\",\"name\":\"batch\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gameId\",\"type\":\"uint64\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"proposalId\",\"type\":\"uint64\"}],\"name\":\"withdrawalsRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RollupGame",
	Bin: "0x610140604052348015610010575f5ffd5b50604051613dbf380380613dbf83398101604081905261002f9161038c565b826001600160a01b03163b5f03610076576040516387a33b2760e01b81526020600482015260056024820152640d2dcc4def60db1b60448201526064015b60405180910390fd5b306001600160a01b0316836001600160a01b031663c3fe3e286040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e09190610439565b6001600160a01b031614610124576040516387a33b2760e01b815260206004820152600a602482015269696e626f782e67616d6560b01b604482015260640161006d565b80516001600160401b03165f03610170576040516387a33b2760e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161006d565b60208101516001600160401b0316158061019e575064ffffffffff801681602001516001600160401b031610155b156101d4576040516387a33b2760e01b8152602060048201526005602482015264636c6f636b60d81b604482015260640161006d565b80604001515f03610217576040516387a33b2760e01b815260206004820152600c60248201526b1c1c9bdc1bdcd95c909bdb9960a21b604482015260640161006d565b80606001515f0361025c576040516387a33b2760e01b815260206004820152600e60248201526d18da185b1b195b99d95c909bdb9960921b604482015260640161006d565b6001600160a01b03838116608052821660a05280516001600160401b0390811660c052602080830151821660e05260408084015161010052606080850151610120525f80546001810182558180526004027f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56481018054600160a01b60ff60a01b199091161790557f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160c01b0316600160c01b4290971696909602959095178555825180850182905280840182905291820152815180820360480181526068909101909152805191012060029091015550610459915050565b80516001600160a01b0381168114610371575f5ffd5b919050565b80516001600160401b0381168114610371575f5ffd5b5f5f5f83850360c081121561039f575f5ffd5b6103a88561035b565b93506103b66020860161035b565b92506080603f19820112156103c9575f5ffd5b50604051608081016001600160401b03811182821017156103f857634e487b7160e01b5f52604160045260245ffd5b806040525061040960408601610376565b815261041760608601610376565b60208201526080850151604082015260a0909401516060850152509093909250565b5f60208284031215610449575f5ffd5b6104528261035b565b9392505050565b60805160a05160c05160e05161010051610120516138a161051e5f395f818161031f0152818161265f015281816126b201528181612dff0152612e7201525f81816104cc01528181610bf401528181610c47015281816119ca01528181611bed0152612f0701525f818161046601528181611448015281816114b701528181612c640152612cd401525f81816103bf015281816116f2015261276101525f818161056f015281816108e701526109be01525f81816105c70152610dc501526138a15ff3fe6080604052600436106101ba575f3560e01c80637afa0aa3116100f2578063cb7390b711610092578063db0f59f411610062578063db0f59f41461052c578063eff6fc121461054b578063f61740441461055e578063fb0e722b146105b6575f5ffd5b8063cb7390b71461036e578063d2e25d84146104bb578063d5d44d80146104ee578063da35c66414610519575f5ffd5b806391ddadf4116100cd57806391ddadf41461045557806395765cf314610488578063973901ae1461049c578063b4e65c8214610488575f5ffd5b80637afa0aa314610382578063861a1412146103ae57806388692bce146103e1575f5ffd5b8063359bc19e1161015d5780635044a760116101385780635044a760146102ef57806368ccdc861461030e5780636e1591ad1461034f578063729d25891461036e575f5ffd5b8063359bc19e146102a85780633d96d019146102c75780634d1975b4146102db575f5ffd5b8063157393a011610198578063157393a01461021e5780631b45c86a1461024a5780631f062a33146102695780632609e5f414610295575f5ffd5b806309b6cbe0146101be5780631156d462146101df5780631333db2e1461020a575b5f5ffd5b3480156101c9575f5ffd5b506101dd6101d83660046130f6565b6105e9565b005b3480156101ea575f5ffd5b506101f3600381565b60405160ff90911681526020015b60405180910390f35b348015610215575f5ffd5b506101dd610ad5565b61023161022c366004613197565b610bf1565b60405167ffffffffffffffff9091168152602001610201565b348015610255575f5ffd5b506101dd61026436600461320c565b611216565b348015610274575f5ffd5b5061028861028336600461320c565b6114fb565b604051610201919061322c565b3480156102a0575f5ffd5b506101f35f81565b3480156102b3575f5ffd5b506101dd6102c236600461320c565b61166f565b3480156102d2575f5ffd5b506101f3600481565b3480156102e6575f5ffd5b50600154610231565b3480156102fa575f5ffd5b506101dd61030936600461320c565b611a28565b348015610319575f5ffd5b506103417f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610201565b34801561035a575f5ffd5b5061034161036936600461320c565b611c4a565b348015610379575f5ffd5b506101f3600281565b34801561038d575f5ffd5b506103a161039c36600461320c565b611cc7565b6040516102019190613325565b3480156103b9575f5ffd5b506102317f000000000000000000000000000000000000000000000000000000000000000081565b3480156103ec575f5ffd5b506103416103fb366004613429565b604080516020808201959095528082019390935260c09190911b7fffffffffffffffff0000000000000000000000000000000000000000000000001660608301528051604881840301815260689092019052805191012090565b348015610460575f5ffd5b506102317f000000000000000000000000000000000000000000000000000000000000000081565b348015610493575f5ffd5b506101f3600181565b3480156104a7575f5ffd5b506101dd6104b636600461345b565b611e68565b3480156104c6575f5ffd5b506103417f000000000000000000000000000000000000000000000000000000000000000081565b3480156104f9575f5ffd5b50610341610508366004613494565b60026020525f908152604090205481565b348015610524575f5ffd5b505f54610231565b348015610537575f5ffd5b506101dd6105463660046134c7565b612267565b61023161055936600461320c565b61265c565b348015610569575f5ffd5b506105917f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610201565b3480156105c1575f5ffd5b506105917f000000000000000000000000000000000000000000000000000000000000000081565b5f6105f387612b23565b90505f6106d08260408051610160810182525f60c0820181905260e0820181905261010082018190526101208201819052610140820152915465ffffffffffff8082168452660100000000000082041660208401526c01000000000000000000000000810464ffffffffff9081169284019290925271010000000000000000000000000000000000810482166060840152760100000000000000000000000000000000000000000000810490911660808301527b01000000000000000000000000000000000000000000000000000000900460ff1660a082015290565b60a081015190915060ff166001146106f0576106f0888260a00151612ba6565b80516020820151610701919061351c565b65ffffffffffff1660011461077057805160208201516040517ff2d94cbf00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b16600482015265ffffffffffff9283166024820152911660448201526064015b60405180910390fd5b60018201545f80549091829167ffffffffffffffff90911690811061079757610797613540565b5f9182526020909120600490910201600181015490915060ff74010000000000000000000000000000000000000000909104167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016108345760018301546040517f3675629300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610767565b6108478983606001518460400151612c3c565b5060028301546040805160208082018c90528183018b90527fffffffffffffffff00000000000000000000000000000000000000000000000060c08b901b1660608301528251808303604801815260689092019092528051910120146108e5576040517f2fc2177a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8a166004820152602401610767565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16610952576040517fffd535f800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b815181545f8054909265ffffffffffff1691839167ffffffffffffffff90911690811061098157610981613540565b5f9182526020909120600490910201546109b99190700100000000000000000000000000000000900467ffffffffffffffff1661356d565b90505f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663659c1f0b8b8b8b868c8c6040518763ffffffff1660e01b8152600401610a1f9695949392919061358d565b602060405180830381865afa158015610a3a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a5e9190613609565b60038601546040805167ffffffffffffffff86811682526020820185905292841491810182905292935091908d16907fa2a28c8075c907ade40a5105e213156570ee4c026f350cb268255b551a1d58b89060600160405180910390a2610ac78c8786845f612d09565b505050505050505050505050565b335f9081526002602052604081205490819003610b20576040517f6385746f000000000000000000000000000000000000000000000000000000008152336004820152602401610767565b335f818152600260205260408082208290555190919083908381818185875af1925050503d805f8114610b6e576040519150601f19603f3d011682016040523d82523d5f602084013e610b73565b606091505b5050905080610bb7576040517f1c43b97600000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610767565b60405182815233907f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead906020015b60405180910390a25050565b5f7f00000000000000000000000000000000000000000000000000000000000000003414610c73576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610767565b5f610c7d87612fd9565b60018101549091507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7401000000000000000000000000000000000000000090910460ff1601610d05576040517f32b58d0f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602401610767565b805468010000000000000000900467ffffffffffffffff16610d2a602088018861320c565b67ffffffffffffffff1611610d9c57610d46602087018761320c565b81546040517f1e854f3d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9283166004820152680100000000000000009091049091166024820152604401610767565b85604051602001610dad9190613643565b604051602081830303815290604052805190602001207f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16633fdeb0b8885f016020810190610e11919061320c565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff9091166004820152602401602060405180830381865afa158015610e6c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e909190613609565b14610ee157610ea2602087018761320c565b6040517f3a1274ce00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610767565b80545f90700100000000000000000000000000000000900467ffffffffffffffff16610f1561014089016101208a0161320c565b610f1f919061378c565b905065ffffffffffff67ffffffffffffffff821610610f76576040517f9339861c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610767565b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563600482020180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8b16178155909350610fea602089018961320c565b815467ffffffffffffffff9190911668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90911617815561103d61014089016101208a0161320c565b81546fffffffffffffffffffffffffffffffff1670010000000000000000000000000000000067ffffffffffffffff9283160277ffffffffffffffffffffffffffffffffffffffffffffffff16177801000000000000000000000000000000000000000000000000429290921691909102178155600181018054337fffffffffffffffffffffffff00000000000000000000000000000000000000009091161790556040805160208082018a90528183018990525f60608301528251808303604801815260689092019092528051910120600282015560038101869055604080515f60208201819052918101899052606081018890526080810187905260a0016040516020818303038152906040528051906020012090503373ffffffffffffffffffffffffffffffffffffffff168a67ffffffffffffffff168667ffffffffffffffff167faa2eb2463983b560170b043524130268dab12e44312518fb5fb255a5eb23ac1e8c5f0160208101906111b5919061320c565b8d6101200160208101906111c9919061320c565b6040805167ffffffffffffffff938416815292909116602083015281018d9052606081018c9052608081018b905260a0810186905260c00160405180910390a45050505095945050505050565b5f61122082612b23565b90505f6112fd8260408051610160810182525f60c0820181905260e0820181905261010082018190526101208201819052610140820152915465ffffffffffff8082168452660100000000000082041660208401526c01000000000000000000000000810464ffffffffff9081169284019290925271010000000000000000000000000000000000810482166060840152760100000000000000000000000000000000000000000000810490911660808301527b01000000000000000000000000000000000000000000000000000000900460ff1660a082015290565b60a081015190915060ff16600114801590611320575060a081015160ff16600214155b15611363576040517ff482cc0500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610767565b60018201545f80549091829167ffffffffffffffff90911690811061138a5761138a613540565b5f9182526020909120600490910201600181015490915060ff74010000000000000000000000000000000000000000909104167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016113f7576113f18484835f6003612d09565b50505050565b60a0820151604083015160ff91909116600114905f9061141e9064ffffffffff16426137ac565b8261142d578460800151611433565b84606001515b64ffffffffff1661144491906137bf565b90507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681116114e4576040517f10791fba00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8088166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000166044820152606401610767565b6114f386868585156001612d09565b505050505050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081019190915261155c82612b23565b6040805161016081018252825465ffffffffffff8082168352660100000000000082041660208301526c01000000000000000000000000810464ffffffffff9081169383019390935271010000000000000000000000000000000000810483166060830152760100000000000000000000000000000000000000000000810490921660808201527b0100000000000000000000000000000000000000000000000000000090910460ff1660a0820152600182015467ffffffffffffffff811660c083015268010000000000000000900473ffffffffffffffffffffffffffffffffffffffff1660e08201526002820154610100820152600382015461012082015260049091015461014082015292915050565b5f61167982612fd9565b600181015490915074010000000000000000000000000000000000000000900460ff16156116df576040517f045373aa00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610767565b80545f906117369067ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081169178010000000000000000000000000000000000000000000000009004166137bf565b905080421015611785576040517f8a40733000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260248101829052604401610767565b60018201547501000000000000000000000000000000000000000000900463ffffffff16156118165760018201546040517f9533551a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152750100000000000000000000000000000000000000000090910463ffffffff166024820152604401610767565b81545f80549091829167ffffffffffffffff90911690811061183a5761183a613540565b5f918252602090912060016004909202018181015490925074010000000000000000000000000000000000000000900460ff16146118b35782546040517f772c4e5300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610767565b6001810154790100000000000000000000000000000000000000000000000000900460ff16156119265782546040517f6445087b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80871660048301529091166024820152604401610767565b600183810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000017815590820180547fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff16790100000000000000000000000000000000000000000000000000179055546119ee9073ffffffffffffffffffffffffffffffffffffffff167f0000000000000000000000000000000000000000000000000000000000000000613059565b60405167ffffffffffffffff8516907fbd5163d43b72b4647ac274170921af63ef51287b88522f8e15d1a24231b677b0905f90a250505050565b5f611a3282612fd9565b600181015490915074010000000000000000000000000000000000000000900460ff1615611a98576040517f045373aa00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610767565b80545f80549091829167ffffffffffffffff909116908110611abc57611abc613540565b5f918252602090912060016004909202019081015490915074010000000000000000000000000000000000000000900460ff16600214801590611b4b575060018181015474010000000000000000000000000000000000000000900460ff16148015611b4957506001810154790100000000000000000000000000000000000000000000000000900460ff165b155b15611b8e576040517f80820bbe00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610767565b600182018054740200000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff821617909155611c119073ffffffffffffffffffffffffffffffffffffffff167f0000000000000000000000000000000000000000000000000000000000000000613059565b60405167ffffffffffffffff8416907f75674d3cd6aa96c37f75035b858965fd64d8773ea14006d504eb9e29dffe2b4e905f90a2505050565b5f5f611c5583612fd9565b6001808201549192507401000000000000000000000000000000000000000090910460ff1614611cbd576040517f7bcbf35200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610767565b6003015492915050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152611d2882612fd9565b6040805161016081018252825467ffffffffffffffff8082168352680100000000000000008204811660208401527001000000000000000000000000000000008204811693830193909352780100000000000000000000000000000000000000000000000090049091166060820152600182015473ffffffffffffffffffffffffffffffffffffffff8116608083015260ff740100000000000000000000000000000000000000008204811660a084015263ffffffff750100000000000000000000000000000000000000000083041660c084015279010000000000000000000000000000000000000000000000000082048116151560e08401527a010000000000000000000000000000000000000000000000000000909104161515610100820152600282015461012082015260039091015461014082015292915050565b5f611e7283612b23565b90505f611f4f8260408051610160810182525f60c0820181905260e0820181905261010082018190526101208201819052610140820152915465ffffffffffff8082168452660100000000000082041660208401526c01000000000000000000000000810464ffffffffff9081169284019290925271010000000000000000000000000000000000810482166060840152760100000000000000000000000000000000000000000000810490911660808301527b01000000000000000000000000000000000000000000000000000000900460ff1660a082015290565b60a081015190915060ff16600214611f6f57611f6f848260a00151612ba6565b600182015468010000000000000000900473ffffffffffffffffffffffffffffffffffffffff163314611fe0576040517fd62e091000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152336024820152604401610767565b60018201545f805467ffffffffffffffff90921691600291908390811061200957612009613540565b5f91825260209091206004909102016001015474010000000000000000000000000000000000000000900460ff160361207a576040517f3675629300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610767565b5f61208e8684608001518560400151612c3c565b90505f6002846020015165ffffffffffff16855f015165ffffffffffff166120b691906137bf565b6120c091906137d2565b905085156120e2576004850154600286015565ffffffffffff811684526120fb565b6004850154600386015565ffffffffffff811660208501525b835185546020808701517b0100000000000000000000000000000000000000000000000000000065ffffffffffff9485167fffffffffffffffffffffffffffffffffffffffff0000000000000000000000009094168417660100000000000095909216948502919091177fffffffffff0000000000ffffffffff0000000000ffffffffffffffffffffffff166c010000000000000000000000004264ffffffffff908116919091027fffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffff169190911776010000000000000000000000000000000000000000000091881691909102177fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff16178855604080518a15158152918201929092529081019190915267ffffffffffffffff8816907fdd0663bb66a50bd49496bde3203f821a85b9d5f8430f0efb28a7079303d6eaa49060600160405180910390a250505050505050565b5f61227183612b23565b90505f61234e8260408051610160810182525f60c0820181905260e0820181905261010082018190526101208201819052610140820152915465ffffffffffff8082168452660100000000000082041660208401526c01000000000000000000000000810464ffffffffff9081169284019290925271010000000000000000000000000000000000810482166060840152760100000000000000000000000000000000000000000000810490911660808301527b01000000000000000000000000000000000000000000000000000000900460ff1660a082015290565b60a081015190915060ff1660011461236e5761236e848260a00151612ba6565b60018201545f80549091829167ffffffffffffffff90911690811061239557612395613540565b5f9182526020909120600490910201600181015490915073ffffffffffffffffffffffffffffffffffffffff16331461240c576040517fd62e091000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152336024820152604401610767565b60018101547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7401000000000000000000000000000000000000000090910460ff16016124975760018301546040517f3675629300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610767565b815160208301516124a8919061351c565b65ffffffffffff1660010361251257815160208301516040517ff2d94cbf00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8816600482015265ffffffffffff928316602482015291166044820152606401610767565b5f6125268684606001518560400151612c3c565b84547fffffffffffffffffffff00000000000000000000ffffffffffffffffffffffff166c010000000000000000000000004264ffffffffff908116919091027fffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffff16919091177101000000000000000000000000000000000091831691909102177fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff167b020000000000000000000000000000000000000000000000000000001785556004850186905583516020808601516040805165ffffffffffff94851681529390911691830191909152810187905290915067ffffffffffffffff8716907fd0633977843e0e1d9446648dcf56682e6f6b4a1c9573860973a2f21b9c6885b79060600160405180910390a2505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000034146126de576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610767565b5f6126e883612fd9565b600181015490915074010000000000000000000000000000000000000000900460ff161561274e576040517f045373aa00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610767565b80545f906127a59067ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081169178010000000000000000000000000000000000000000000000009004166137bf565b90508042106127f3576040517fe82f74c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015260248101829052604401610767565b81545f80549091829167ffffffffffffffff90911690811061281757612817613540565b5f918252602082206004909102018054855491935061285b9167ffffffffffffffff700100000000000000000000000000000000928390048116929091041661378c565b6001805480820182555f8290527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66005820290810180547b010000000000000000000000000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000000000000000ffffffffffff909116660100000000000065ffffffffffff8816027fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff16176c010000000000000000000000004264ffffffffff1602177fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff161781557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf78201805467ffffffffffffffff8d167fffffffff00000000000000000000000000000000000000000000000000000000909116173368010000000000000000021790556002878101547fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf88401558901547fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf983018190557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cfa9092019190915591870180549198509293509091750100000000000000000000000000000000000000000090910463ffffffff16906015612a5d8361380a565b91906101000a81548163ffffffff021916908363ffffffff160217905550503373ffffffffffffffffffffffffffffffffffffffff168767ffffffffffffffff168767ffffffffffffffff167f508ada02641ebe3470fa21a9860e976ec055e40b5955129992ad58fc6573275e85604051612ae8919067ffffffffffffffff91909116815260200190565b60405180910390a48167ffffffffffffffff165f03612b1957612b1986828784600301548560020154146002612d09565b5050505050919050565b6001545f9067ffffffffffffffff831610612b76576040517f46df171a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610767565b60018267ffffffffffffffff1681548110612b9357612b93613540565b905f5260205f2090600502019050919050565b60ff811660031480612bbb575060ff81166004145b15612bfe576040517ff482cc0500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610767565b6040517f4bf1a8e900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610767565b5f80612c4f64ffffffffff8416426137ac565b612c609064ffffffffff86166137bf565b90507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16811115612d01576040517ff2c2998000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8087166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000166044820152606401610767565b949350505050565b600184810154908401805467ffffffffffffffff909216917501000000000000000000000000000000000000000000900463ffffffff16906015612d4c8361382e565b825463ffffffff9182166101009390930a928302919092021990911617905550600185015473ffffffffffffffffffffffffffffffffffffffff68010000000000000000909104168315612e285785547fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff167b030000000000000000000000000000000000000000000000000000001786556001850154612e239073ffffffffffffffffffffffffffffffffffffffff167f0000000000000000000000000000000000000000000000000000000000000000613059565b612f60565b85547fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff167b04000000000000000000000000000000000000000000000000000000178655612e96817f0000000000000000000000000000000000000000000000000000000000000000613059565b600185015474010000000000000000000000000000000000000000900460ff16612f60576001850180547fffffffffff00ffffffffff00ffffffffffffffffffffffffffffffffffffffff167a010000000000020000000000000000000000000000000000000000179055612f2b817f0000000000000000000000000000000000000000000000000000000000000000613059565b60405167ffffffffffffffff8316907f75674d3cd6aa96c37f75035b858965fd64d8773ea14006d504eb9e29dffe2b4e905f90a25b85546040805160ff7b0100000000000000000000000000000000000000000000000000000090930483168152918516602083015267ffffffffffffffff80851692908a16917ffb052e3731bc490eb2d3a17f544ccd2092959cb5c2beca51fb132a8a9b1e0f29910160405180910390a350505050505050565b5f805467ffffffffffffffff83161061302a576040517fa3cb1a0100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610767565b5f8267ffffffffffffffff168154811061304657613046613540565b905f5260205f2090600402019050919050565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600260205260408120805483929061308d9084906137bf565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001610be5565b803567ffffffffffffffff811681146130f1575f5ffd5b919050565b5f5f5f5f5f5f60a0878903121561310b575f5ffd5b613114876130da565b95506020870135945060408701359350613130606088016130da565b9250608087013567ffffffffffffffff81111561314b575f5ffd5b8701601f8101891361315b575f5ffd5b803567ffffffffffffffff811115613171575f5ffd5b896020828401011115613182575f5ffd5b60208201935080925050509295509295509295565b5f5f5f5f5f8587036102208112156131ad575f5ffd5b6131b6876130da565b95506101a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0820112156131e8575f5ffd5b5093966020860196506101c0860135956101e0810135955061020001359350915050565b5f6020828403121561321c575f5ffd5b613225826130da565b9392505050565b815165ffffffffffff16815261016081016020830151613256602084018265ffffffffffff169052565b50604083015161326f604084018264ffffffffff169052565b506060830151613288606084018264ffffffffff169052565b5060808301516132a1608084018264ffffffffff169052565b5060a08301516132b660a084018260ff169052565b5060c08301516132d260c084018267ffffffffffffffff169052565b5060e08301516132fa60e084018273ffffffffffffffffffffffffffffffffffffffff169052565b5061010083015161010083015261012083015161012083015261014083015161014083015292915050565b815167ffffffffffffffff16815261016081016020830151613353602084018267ffffffffffffffff169052565b50604083015161336f604084018267ffffffffffffffff169052565b50606083015161338b606084018267ffffffffffffffff169052565b5060808301516133b3608084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060a08301516133c860a084018260ff169052565b5060c08301516133e060c084018263ffffffff169052565b5060e08301516133f460e084018215159052565b5061010083015161340a61010084018215159052565b5061012083015161012083015261014083015161014083015292915050565b5f5f5f6060848603121561343b575f5ffd5b8335925060208401359150613452604085016130da565b90509250925092565b5f5f6040838503121561346c575f5ffd5b613475836130da565b915060208301358015158114613489575f5ffd5b809150509250929050565b5f602082840312156134a4575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114613225575f5ffd5b5f5f604083850312156134d8575f5ffd5b6134e1836130da565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b65ffffffffffff828116828216039081111561353a5761353a6134ef565b92915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff818116838216019081111561353a5761353a6134ef565b86815285602082015267ffffffffffffffff8516604082015267ffffffffffffffff8416606082015260a060808201528160a0820152818360c08301375f81830160c090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010195945050505050565b5f60208284031215613619575f5ffd5b5051919050565b803560ff811681146130f1575f5ffd5b803563ffffffff811681146130f1575f5ffd5b6101a0810161366382613655856130da565b67ffffffffffffffff169052565b6020838101359083015261367960408401613620565b60ff1660408301526060838101359083015261369760808401613630565b63ffffffff1660808301526136ae60a084016130da565b67ffffffffffffffff1660a08301526136c960c084016130da565b67ffffffffffffffff1660c08301526136e460e084016130da565b67ffffffffffffffff1660e083015261370061010084016130da565b67ffffffffffffffff1661010083015261371d61012084016130da565b67ffffffffffffffff1661012083015261373a61014084016130da565b67ffffffffffffffff1661014083015261375761016084016130da565b67ffffffffffffffff1661016083015261377461018084016130da565b67ffffffffffffffff81166101808401525092915050565b67ffffffffffffffff828116828216039081111561353a5761353a6134ef565b8181038181111561353a5761353a6134ef565b8082018082111561353a5761353a6134ef565b5f82613805577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f63ffffffff821663ffffffff8103613825576138256134ef565b60010192915050565b5f63ffffffff821680613843576138436134ef565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff019291505056fea26469706673582212205a264d3321e1b0860537f533c539fcd857adac95ceea24306ba0c6402ce6373a64736f6c634300081e0033",
}

// RollupGame is an auto generated Go binding around an Ethereum contract.
type RollupGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RollupGame) GetABI() abi.ABI {
	return c.abi
}

// NewRollupGame creates a new instance of RollupGame.
func NewRollupGame() *RollupGame {
	parsed, err := RollupGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RollupGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RollupGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inbox_, address oneStep_, (uint64,uint64,uint256,uint256) p) returns()
func (rollupGame *RollupGame) PackConstructor(inbox_ common.Address, oneStep_ common.Address, p RollupGameParams) []byte {
	enc, err := rollupGame.abi.Pack("", inbox_, oneStep_, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHALLENGERTOMOVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x729d2589.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHALLENGER_TO_MOVE() view returns(uint8)
func (rollupGame *RollupGame) PackCHALLENGERTOMOVE() []byte {
	enc, err := rollupGame.abi.Pack("CHALLENGER_TO_MOVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHALLENGERTOMOVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x729d2589.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHALLENGER_TO_MOVE() view returns(uint8)
func (rollupGame *RollupGame) TryPackCHALLENGERTOMOVE() ([]byte, error) {
	return rollupGame.abi.Pack("CHALLENGER_TO_MOVE")
}

// UnpackCHALLENGERTOMOVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x729d2589.
//
// Solidity: function CHALLENGER_TO_MOVE() view returns(uint8)
func (rollupGame *RollupGame) UnpackCHALLENGERTOMOVE(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("CHALLENGER_TO_MOVE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCHALLENGERWON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d96d019.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHALLENGER_WON() view returns(uint8)
func (rollupGame *RollupGame) PackCHALLENGERWON() []byte {
	enc, err := rollupGame.abi.Pack("CHALLENGER_WON")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHALLENGERWON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d96d019.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHALLENGER_WON() view returns(uint8)
func (rollupGame *RollupGame) TryPackCHALLENGERWON() ([]byte, error) {
	return rollupGame.abi.Pack("CHALLENGER_WON")
}

// UnpackCHALLENGERWON is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d96d019.
//
// Solidity: function CHALLENGER_WON() view returns(uint8)
func (rollupGame *RollupGame) UnpackCHALLENGERWON(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("CHALLENGER_WON", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFINALIZED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95765cf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINALIZED() view returns(uint8)
func (rollupGame *RollupGame) PackFINALIZED() []byte {
	enc, err := rollupGame.abi.Pack("FINALIZED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINALIZED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95765cf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINALIZED() view returns(uint8)
func (rollupGame *RollupGame) TryPackFINALIZED() ([]byte, error) {
	return rollupGame.abi.Pack("FINALIZED")
}

// UnpackFINALIZED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95765cf3.
//
// Solidity: function FINALIZED() view returns(uint8)
func (rollupGame *RollupGame) UnpackFINALIZED(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("FINALIZED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2609e5f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PENDING() view returns(uint8)
func (rollupGame *RollupGame) PackPENDING() []byte {
	enc, err := rollupGame.abi.Pack("PENDING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2609e5f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PENDING() view returns(uint8)
func (rollupGame *RollupGame) TryPackPENDING() ([]byte, error) {
	return rollupGame.abi.Pack("PENDING")
}

// UnpackPENDING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2609e5f4.
//
// Solidity: function PENDING() view returns(uint8)
func (rollupGame *RollupGame) UnpackPENDING(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("PENDING", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPROPOSERTOMOVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e65c82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_TO_MOVE() view returns(uint8)
func (rollupGame *RollupGame) PackPROPOSERTOMOVE() []byte {
	enc, err := rollupGame.abi.Pack("PROPOSER_TO_MOVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERTOMOVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e65c82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_TO_MOVE() view returns(uint8)
func (rollupGame *RollupGame) TryPackPROPOSERTOMOVE() ([]byte, error) {
	return rollupGame.abi.Pack("PROPOSER_TO_MOVE")
}

// UnpackPROPOSERTOMOVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4e65c82.
//
// Solidity: function PROPOSER_TO_MOVE() view returns(uint8)
func (rollupGame *RollupGame) UnpackPROPOSERTOMOVE(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("PROPOSER_TO_MOVE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPROPOSERWON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1156d462.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_WON() view returns(uint8)
func (rollupGame *RollupGame) PackPROPOSERWON() []byte {
	enc, err := rollupGame.abi.Pack("PROPOSER_WON")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERWON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1156d462.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_WON() view returns(uint8)
func (rollupGame *RollupGame) TryPackPROPOSERWON() ([]byte, error) {
	return rollupGame.abi.Pack("PROPOSER_WON")
}

// UnpackPROPOSERWON is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1156d462.
//
// Solidity: function PROPOSER_WON() view returns(uint8)
func (rollupGame *RollupGame) UnpackPROPOSERWON(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("PROPOSER_WON", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREJECTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb7390b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REJECTED() view returns(uint8)
func (rollupGame *RollupGame) PackREJECTED() []byte {
	enc, err := rollupGame.abi.Pack("REJECTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREJECTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb7390b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REJECTED() view returns(uint8)
func (rollupGame *RollupGame) TryPackREJECTED() ([]byte, error) {
	return rollupGame.abi.Pack("REJECTED")
}

// UnpackREJECTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb7390b7.
//
// Solidity: function REJECTED() view returns(uint8)
func (rollupGame *RollupGame) UnpackREJECTED(data []byte) (uint8, error) {
	out, err := rollupGame.abi.Unpack("REJECTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb0f59f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint64 gameId, bytes32 midClaim) returns()
func (rollupGame *RollupGame) PackBisect(gameId uint64, midClaim [32]byte) []byte {
	enc, err := rollupGame.abi.Pack("bisect", gameId, midClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb0f59f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint64 gameId, bytes32 midClaim) returns()
func (rollupGame *RollupGame) TryPackBisect(gameId uint64, midClaim [32]byte) ([]byte, error) {
	return rollupGame.abi.Pack("bisect", gameId, midClaim)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff6fc12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint64 proposalId) payable returns(uint64 gameId)
func (rollupGame *RollupGame) PackChallenge(proposalId uint64) []byte {
	enc, err := rollupGame.abi.Pack("challenge", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff6fc12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint64 proposalId) payable returns(uint64 gameId)
func (rollupGame *RollupGame) TryPackChallenge(proposalId uint64) ([]byte, error) {
	return rollupGame.abi.Pack("challenge", proposalId)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeff6fc12.
//
// Solidity: function challenge(uint64 proposalId) payable returns(uint64 gameId)
func (rollupGame *RollupGame) UnpackChallenge(data []byte) (uint64, error) {
	out, err := rollupGame.abi.Unpack("challenge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (rollupGame *RollupGame) PackChallengeWindow() []byte {
	enc, err := rollupGame.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (rollupGame *RollupGame) TryPackChallengeWindow() ([]byte, error) {
	return rollupGame.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (rollupGame *RollupGame) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := rollupGame.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengerBond() view returns(uint256)
func (rollupGame *RollupGame) PackChallengerBond() []byte {
	enc, err := rollupGame.abi.Pack("challengerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengerBond() view returns(uint256)
func (rollupGame *RollupGame) TryPackChallengerBond() ([]byte, error) {
	return rollupGame.abi.Pack("challengerBond")
}

// UnpackChallengerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ccdc86.
//
// Solidity: function challengerBond() view returns(uint256)
func (rollupGame *RollupGame) UnpackChallengerBond(data []byte) (*big.Int, error) {
	out, err := rollupGame.abi.Unpack("challengerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x973901ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function choose(uint64 gameId, bool agreeWithMid) returns()
func (rollupGame *RollupGame) PackChoose(gameId uint64, agreeWithMid bool) []byte {
	enc, err := rollupGame.abi.Pack("choose", gameId, agreeWithMid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x973901ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function choose(uint64 gameId, bool agreeWithMid) returns()
func (rollupGame *RollupGame) TryPackChoose(gameId uint64, agreeWithMid bool) ([]byte, error) {
	return rollupGame.abi.Pack("choose", gameId, agreeWithMid)
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit() returns()
func (rollupGame *RollupGame) PackClaimCredit() []byte {
	enc, err := rollupGame.abi.Pack("claimCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCredit() returns()
func (rollupGame *RollupGame) TryPackClaimCredit() ([]byte, error) {
	return rollupGame.abi.Pack("claimCredit")
}

// PackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88692bce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOf(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor) pure returns(bytes32)
func (rollupGame *RollupGame) PackClaimOf(stateRoot [32]byte, withdrawalsRoot [32]byte, cursor uint64) []byte {
	enc, err := rollupGame.abi.Pack("claimOf", stateRoot, withdrawalsRoot, cursor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88692bce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOf(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor) pure returns(bytes32)
func (rollupGame *RollupGame) TryPackClaimOf(stateRoot [32]byte, withdrawalsRoot [32]byte, cursor uint64) ([]byte, error) {
	return rollupGame.abi.Pack("claimOf", stateRoot, withdrawalsRoot, cursor)
}

// UnpackClaimOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88692bce.
//
// Solidity: function claimOf(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor) pure returns(bytes32)
func (rollupGame *RollupGame) UnpackClaimOf(data []byte) ([32]byte, error) {
	out, err := rollupGame.abi.Unpack("claimOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (rollupGame *RollupGame) PackClock() []byte {
	enc, err := rollupGame.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (rollupGame *RollupGame) TryPackClock() ([]byte, error) {
	return rollupGame.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (rollupGame *RollupGame) UnpackClock(data []byte) (uint64, error) {
	out, err := rollupGame.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (rollupGame *RollupGame) PackCredit(arg0 common.Address) []byte {
	enc, err := rollupGame.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (rollupGame *RollupGame) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return rollupGame.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (rollupGame *RollupGame) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := rollupGame.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x359bc19e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint64 proposalId) returns()
func (rollupGame *RollupGame) PackFinalize(proposalId uint64) []byte {
	enc, err := rollupGame.abi.Pack("finalize", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x359bc19e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint64 proposalId) returns()
func (rollupGame *RollupGame) TryPackFinalize(proposalId uint64) ([]byte, error) {
	return rollupGame.abi.Pack("finalize", proposalId)
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f062a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game(uint64 id) view returns((uint48,uint48,uint40,uint40,uint40,uint8,uint64,address,bytes32,bytes32,bytes32))
func (rollupGame *RollupGame) PackGame(id uint64) []byte {
	enc, err := rollupGame.abi.Pack("game", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f062a33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game(uint64 id) view returns((uint48,uint48,uint40,uint40,uint40,uint8,uint64,address,bytes32,bytes32,bytes32))
func (rollupGame *RollupGame) TryPackGame(id uint64) ([]byte, error) {
	return rollupGame.abi.Pack("game", id)
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f062a33.
//
// Solidity: function game(uint64 id) view returns((uint48,uint48,uint40,uint40,uint40,uint8,uint64,address,bytes32,bytes32,bytes32))
func (rollupGame *RollupGame) UnpackGame(data []byte) (RollupGameGame, error) {
	out, err := rollupGame.abi.Unpack("game", data)
	if err != nil {
		return *new(RollupGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupGameGame)).(*RollupGameGame)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint64)
func (rollupGame *RollupGame) PackGameCount() []byte {
	enc, err := rollupGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint64)
func (rollupGame *RollupGame) TryPackGameCount() ([]byte, error) {
	return rollupGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint64)
func (rollupGame *RollupGame) UnpackGameCount(data []byte) (uint64, error) {
	out, err := rollupGame.abi.Unpack("gameCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (rollupGame *RollupGame) PackInbox() []byte {
	enc, err := rollupGame.abi.Pack("inbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inbox() view returns(address)
func (rollupGame *RollupGame) TryPackInbox() ([]byte, error) {
	return rollupGame.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (rollupGame *RollupGame) UnpackInbox(data []byte) (common.Address, error) {
	out, err := rollupGame.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6174044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oneStep() view returns(address)
func (rollupGame *RollupGame) PackOneStep() []byte {
	enc, err := rollupGame.abi.Pack("oneStep")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6174044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oneStep() view returns(address)
func (rollupGame *RollupGame) TryPackOneStep() ([]byte, error) {
	return rollupGame.abi.Pack("oneStep")
}

// UnpackOneStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6174044.
//
// Solidity: function oneStep() view returns(address)
func (rollupGame *RollupGame) UnpackOneStep(data []byte) (common.Address, error) {
	out, err := rollupGame.abi.Unpack("oneStep", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7afa0aa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposal(uint64 id) view returns((uint64,uint64,uint64,uint64,address,uint8,uint32,bool,bool,bytes32,bytes32))
func (rollupGame *RollupGame) PackProposal(id uint64) []byte {
	enc, err := rollupGame.abi.Pack("proposal", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7afa0aa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposal(uint64 id) view returns((uint64,uint64,uint64,uint64,address,uint8,uint32,bool,bool,bytes32,bytes32))
func (rollupGame *RollupGame) TryPackProposal(id uint64) ([]byte, error) {
	return rollupGame.abi.Pack("proposal", id)
}

// UnpackProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7afa0aa3.
//
// Solidity: function proposal(uint64 id) view returns((uint64,uint64,uint64,uint64,address,uint8,uint32,bool,bool,bytes32,bytes32))
func (rollupGame *RollupGame) UnpackProposal(data []byte) (RollupGameProposal, error) {
	out, err := rollupGame.abi.Unpack("proposal", data)
	if err != nil {
		return *new(RollupGameProposal), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupGameProposal)).(*RollupGameProposal)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint64)
func (rollupGame *RollupGame) PackProposalCount() []byte {
	enc, err := rollupGame.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint64)
func (rollupGame *RollupGame) TryPackProposalCount() ([]byte, error) {
	return rollupGame.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint64)
func (rollupGame *RollupGame) UnpackProposalCount(data []byte) (uint64, error) {
	out, err := rollupGame.abi.Unpack("proposalCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157393a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(uint64 parentId, (uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) batch, bytes32 stateRoot, bytes32 withdrawalsRoot, bytes32 l2BlockHash) payable returns(uint64 id)
func (rollupGame *RollupGame) PackPropose(parentId uint64, batch RollupGameBatch, stateRoot [32]byte, withdrawalsRoot [32]byte, l2BlockHash [32]byte) []byte {
	enc, err := rollupGame.abi.Pack("propose", parentId, batch, stateRoot, withdrawalsRoot, l2BlockHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157393a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(uint64 parentId, (uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) batch, bytes32 stateRoot, bytes32 withdrawalsRoot, bytes32 l2BlockHash) payable returns(uint64 id)
func (rollupGame *RollupGame) TryPackPropose(parentId uint64, batch RollupGameBatch, stateRoot [32]byte, withdrawalsRoot [32]byte, l2BlockHash [32]byte) ([]byte, error) {
	return rollupGame.abi.Pack("propose", parentId, batch, stateRoot, withdrawalsRoot, l2BlockHash)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x157393a0.
//
// Solidity: function propose(uint64 parentId, (uint64,bytes32,uint8,bytes32,uint32,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) batch, bytes32 stateRoot, bytes32 withdrawalsRoot, bytes32 l2BlockHash) payable returns(uint64 id)
func (rollupGame *RollupGame) UnpackPropose(data []byte) (uint64, error) {
	out, err := rollupGame.abi.Unpack("propose", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackProposerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e25d84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposerBond() view returns(uint256)
func (rollupGame *RollupGame) PackProposerBond() []byte {
	enc, err := rollupGame.abi.Pack("proposerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e25d84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposerBond() view returns(uint256)
func (rollupGame *RollupGame) TryPackProposerBond() ([]byte, error) {
	return rollupGame.abi.Pack("proposerBond")
}

// UnpackProposerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2e25d84.
//
// Solidity: function proposerBond() view returns(uint256)
func (rollupGame *RollupGame) UnpackProposerBond(data []byte) (*big.Int, error) {
	out, err := rollupGame.abi.Unpack("proposerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5044a760.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject(uint64 proposalId) returns()
func (rollupGame *RollupGame) PackReject(proposalId uint64) []byte {
	enc, err := rollupGame.abi.Pack("reject", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5044a760.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject(uint64 proposalId) returns()
func (rollupGame *RollupGame) TryPackReject(proposalId uint64) ([]byte, error) {
	return rollupGame.abi.Pack("reject", proposalId)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09b6cbe0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint64 gameId, bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, bytes proof) returns()
func (rollupGame *RollupGame) PackStep(gameId uint64, stateRoot [32]byte, withdrawalsRoot [32]byte, cursor uint64, proof []byte) []byte {
	enc, err := rollupGame.abi.Pack("step", gameId, stateRoot, withdrawalsRoot, cursor, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09b6cbe0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint64 gameId, bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, bytes proof) returns()
func (rollupGame *RollupGame) TryPackStep(gameId uint64, stateRoot [32]byte, withdrawalsRoot [32]byte, cursor uint64, proof []byte) ([]byte, error) {
	return rollupGame.abi.Pack("step", gameId, stateRoot, withdrawalsRoot, cursor, proof)
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b45c86a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint64 gameId) returns()
func (rollupGame *RollupGame) PackTimeout(gameId uint64) []byte {
	enc, err := rollupGame.abi.Pack("timeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b45c86a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint64 gameId) returns()
func (rollupGame *RollupGame) TryPackTimeout(gameId uint64) ([]byte, error) {
	return rollupGame.abi.Pack("timeout", gameId)
}

// PackWithdrawalsRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e1591ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalsRootOf(uint64 proposalId) view returns(bytes32)
func (rollupGame *RollupGame) PackWithdrawalsRootOf(proposalId uint64) []byte {
	enc, err := rollupGame.abi.Pack("withdrawalsRootOf", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalsRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e1591ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalsRootOf(uint64 proposalId) view returns(bytes32)
func (rollupGame *RollupGame) TryPackWithdrawalsRootOf(proposalId uint64) ([]byte, error) {
	return rollupGame.abi.Pack("withdrawalsRootOf", proposalId)
}

// UnpackWithdrawalsRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e1591ad.
//
// Solidity: function withdrawalsRootOf(uint64 proposalId) view returns(bytes32)
func (rollupGame *RollupGame) UnpackWithdrawalsRootOf(data []byte) ([32]byte, error) {
	out, err := rollupGame.abi.Unpack("withdrawalsRootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// RollupGameBisected represents a Bisected event raised by the RollupGame contract.
type RollupGameBisected struct {
	GameId   uint64
	Lo       uint64
	Hi       uint64
	MidClaim [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupGameBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (RollupGameBisected) ContractEventName() string {
	return RollupGameBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint64 indexed gameId, uint64 lo, uint64 hi, bytes32 midClaim)
func (rollupGame *RollupGame) UnpackBisectedEvent(log *types.Log) (*RollupGameBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameBisected)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameChallenged represents a Challenged event raised by the RollupGame contract.
type RollupGameChallenged struct {
	GameId     uint64
	ProposalId uint64
	Challenger common.Address
	Steps      uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupGameChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (RollupGameChallenged) ContractEventName() string {
	return RollupGameChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint64 indexed gameId, uint64 indexed proposalId, address indexed challenger, uint64 steps)
func (rollupGame *RollupGame) UnpackChallengedEvent(log *types.Log) (*RollupGameChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameChallenged)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameChosen represents a Chosen event raised by the RollupGame contract.
type RollupGameChosen struct {
	GameId       uint64
	AgreeWithMid bool
	Lo           uint64
	Hi           uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupGameChosenEventName = "Chosen"

// ContractEventName returns the user-defined event name.
func (RollupGameChosen) ContractEventName() string {
	return RollupGameChosenEventName
}

// UnpackChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Chosen(uint64 indexed gameId, bool agreeWithMid, uint64 lo, uint64 hi)
func (rollupGame *RollupGame) UnpackChosenEvent(log *types.Log) (*RollupGameChosen, error) {
	event := "Chosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameChosen)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameCreditClaimed represents a CreditClaimed event raised by the RollupGame contract.
type RollupGameCreditClaimed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupGameCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (RollupGameCreditClaimed) ContractEventName() string {
	return RollupGameCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(address indexed to, uint256 amount)
func (rollupGame *RollupGame) UnpackCreditClaimedEvent(log *types.Log) (*RollupGameCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameCreditClaimed)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameCredited represents a Credited event raised by the RollupGame contract.
type RollupGameCredited struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupGameCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (RollupGameCredited) ContractEventName() string {
	return RollupGameCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed to, uint256 amount)
func (rollupGame *RollupGame) UnpackCreditedEvent(log *types.Log) (*RollupGameCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameCredited)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameFinalized represents a Finalized event raised by the RollupGame contract.
type RollupGameFinalized struct {
	Id  uint64
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupGameFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (RollupGameFinalized) ContractEventName() string {
	return RollupGameFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint64 indexed id)
func (rollupGame *RollupGame) UnpackFinalizedEvent(log *types.Log) (*RollupGameFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameFinalized)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameGameResolved represents a GameResolved event raised by the RollupGame contract.
type RollupGameGameResolved struct {
	GameId     uint64
	ProposalId uint64
	State      uint8
	How        uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupGameGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (RollupGameGameResolved) ContractEventName() string {
	return RollupGameGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint64 indexed gameId, uint64 indexed proposalId, uint8 state, uint8 how)
func (rollupGame *RollupGame) UnpackGameResolvedEvent(log *types.Log) (*RollupGameGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameGameResolved)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameProposed represents a Proposed event raised by the RollupGame contract.
type RollupGameProposed struct {
	Id              uint64
	ParentId        uint64
	Proposer        common.Address
	BatchIndex      uint64
	StepsEnd        uint64
	StateRoot       [32]byte
	WithdrawalsRoot [32]byte
	L2BlockHash     [32]byte
	OutputRoot      [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const RollupGameProposedEventName = "Proposed"

// ContractEventName returns the user-defined event name.
func (RollupGameProposed) ContractEventName() string {
	return RollupGameProposedEventName
}

// UnpackProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Proposed(uint64 indexed id, uint64 indexed parentId, address indexed proposer, uint64 batchIndex, uint64 stepsEnd, bytes32 stateRoot, bytes32 withdrawalsRoot, bytes32 l2BlockHash, bytes32 outputRoot)
func (rollupGame *RollupGame) UnpackProposedEvent(log *types.Log) (*RollupGameProposed, error) {
	event := "Proposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameProposed)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameRejected represents a Rejected event raised by the RollupGame contract.
type RollupGameRejected struct {
	Id  uint64
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupGameRejectedEventName = "Rejected"

// ContractEventName returns the user-defined event name.
func (RollupGameRejected) ContractEventName() string {
	return RollupGameRejectedEventName
}

// UnpackRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rejected(uint64 indexed id)
func (rollupGame *RollupGame) UnpackRejectedEvent(log *types.Log) (*RollupGameRejected, error) {
	event := "Rejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameRejected)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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

// RollupGameStepped represents a Stepped event raised by the RollupGame contract.
type RollupGameStepped struct {
	GameId      uint64
	Step        uint64
	PostClaim   [32]byte
	ProposerWon bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupGameSteppedEventName = "Stepped"

// ContractEventName returns the user-defined event name.
func (RollupGameStepped) ContractEventName() string {
	return RollupGameSteppedEventName
}

// UnpackSteppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Stepped(uint64 indexed gameId, uint64 step, bytes32 postClaim, bool proposerWon)
func (rollupGame *RollupGame) UnpackSteppedEvent(log *types.Log) (*RollupGameStepped, error) {
	event := "Stepped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGameStepped)
	if len(log.Data) > 0 {
		if err := rollupGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupGame.abi.Events[event].Inputs {
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
func (rollupGame *RollupGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["BadBatch"].ID.Bytes()[:4]) {
		return rollupGame.UnpackBadBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return rollupGame.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return rollupGame.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["BatchNotAfterParent"].ID.Bytes()[:4]) {
		return rollupGame.UnpackBatchNotAfterParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return rollupGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return rollupGame.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["GameOver"].ID.Bytes()[:4]) {
		return rollupGame.UnpackGameOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return rollupGame.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNoCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NoGame"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNoGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NoOneStep"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNoOneStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NoProposal"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNoProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NotFinalized"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NotPlayer"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNotPlayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NotRejectable"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNotRejectableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return rollupGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["ParentNotFinalized"].ID.Bytes()[:4]) {
		return rollupGame.UnpackParentNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["ParentRejected"].ID.Bytes()[:4]) {
		return rollupGame.UnpackParentRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["ProposalRejected"].ID.Bytes()[:4]) {
		return rollupGame.UnpackProposalRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["SiblingFinalized"].ID.Bytes()[:4]) {
		return rollupGame.UnpackSiblingFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["TooManySteps"].ID.Bytes()[:4]) {
		return rollupGame.UnpackTooManyStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rollupGame.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return rollupGame.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return rollupGame.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return rollupGame.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupGame.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return rollupGame.UnpackWrongPhaseError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupGameBadBatch represents a BadBatch error raised by the RollupGame contract.
type RollupGameBadBatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBatch(uint64 index)
func RollupGameBadBatchErrorID() common.Hash {
	return common.HexToHash("0x3a1274ceb968bc4cd68257899b477dde7f1ed8e4e75f5ed133aa8ec10fd27855")
}

// UnpackBadBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBatch(uint64 index)
func (rollupGame *RollupGame) UnpackBadBatchError(raw []byte) (*RollupGameBadBatch, error) {
	out := new(RollupGameBadBatch)
	if err := rollupGame.abi.UnpackIntoInterface(out, "BadBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameBadParams represents a BadParams error raised by the RollupGame contract.
type RollupGameBadParams struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams(string what)
func RollupGameBadParamsErrorID() common.Hash {
	return common.HexToHash("0x87a33b27684f297cea1e18e1d41fcf399c8e0dbc38274d5e02b504924765634d")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams(string what)
func (rollupGame *RollupGame) UnpackBadParamsError(raw []byte) (*RollupGameBadParams, error) {
	out := new(RollupGameBadParams)
	if err := rollupGame.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameBadPreState represents a BadPreState error raised by the RollupGame contract.
type RollupGameBadPreState struct {
	GameId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState(uint64 gameId)
func RollupGameBadPreStateErrorID() common.Hash {
	return common.HexToHash("0x2fc2177a1aa7aa13f69748479897e81db23bfcb3435834e6b546b6df57fb0017")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState(uint64 gameId)
func (rollupGame *RollupGame) UnpackBadPreStateError(raw []byte) (*RollupGameBadPreState, error) {
	out := new(RollupGameBadPreState)
	if err := rollupGame.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameBatchNotAfterParent represents a BatchNotAfterParent error raised by the RollupGame contract.
type RollupGameBatchNotAfterParent struct {
	Index       uint64
	ParentIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotAfterParent(uint64 index, uint64 parentIndex)
func RollupGameBatchNotAfterParentErrorID() common.Hash {
	return common.HexToHash("0x1e854f3d1b97e424d74ee566ed0e07ac989c2068db7ff1834fe6e054d2dcd297")
}

// UnpackBatchNotAfterParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotAfterParent(uint64 index, uint64 parentIndex)
func (rollupGame *RollupGame) UnpackBatchNotAfterParentError(raw []byte) (*RollupGameBatchNotAfterParent, error) {
	out := new(RollupGameBatchNotAfterParent)
	if err := rollupGame.abi.UnpackIntoInterface(out, "BatchNotAfterParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameClockExpired represents a ClockExpired error raised by the RollupGame contract.
type RollupGameClockExpired struct {
	GameId uint64
	Used   *big.Int
	Clock  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint64 gameId, uint256 used, uint256 clock)
func RollupGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xf2c29980758b78113784b991eacece55e68b0600536a40252bd903f36777b32e")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint64 gameId, uint256 used, uint256 clock)
func (rollupGame *RollupGame) UnpackClockExpiredError(raw []byte) (*RollupGameClockExpired, error) {
	out := new(RollupGameClockExpired)
	if err := rollupGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameClockRunning represents a ClockRunning error raised by the RollupGame contract.
type RollupGameClockRunning struct {
	GameId uint64
	Used   *big.Int
	Clock  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint64 gameId, uint256 used, uint256 clock)
func RollupGameClockRunningErrorID() common.Hash {
	return common.HexToHash("0x10791fba3be362d41eca64b7d005260fbeabf0eeba833a23808906846d7cb9c2")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint64 gameId, uint256 used, uint256 clock)
func (rollupGame *RollupGame) UnpackClockRunningError(raw []byte) (*RollupGameClockRunning, error) {
	out := new(RollupGameClockRunning)
	if err := rollupGame.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameGameOver represents a GameOver error raised by the RollupGame contract.
type RollupGameGameOver struct {
	GameId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameOver(uint64 gameId)
func RollupGameGameOverErrorID() common.Hash {
	return common.HexToHash("0xf482cc055b4cf7a3bb62bdab4a0b44a6c7b42a6b7b749b3d927d2d03ee5f743f")
}

// UnpackGameOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameOver(uint64 gameId)
func (rollupGame *RollupGame) UnpackGameOverError(raw []byte) (*RollupGameGameOver, error) {
	out := new(RollupGameGameOver)
	if err := rollupGame.abi.UnpackIntoInterface(out, "GameOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameGamesOpen represents a GamesOpen error raised by the RollupGame contract.
type RollupGameGamesOpen struct {
	Id   uint64
	Open uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint64 id, uint32 open)
func RollupGameGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x9533551a9b8a33b512607e0eacfd4ebbc81e1d278ab5fc9c57f60023fe9e9873")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint64 id, uint32 open)
func (rollupGame *RollupGame) UnpackGamesOpenError(raw []byte) (*RollupGameGamesOpen, error) {
	out := new(RollupGameGamesOpen)
	if err := rollupGame.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNoCredit represents a NoCredit error raised by the RollupGame contract.
type RollupGameNoCredit struct {
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address who)
func RollupGameNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address who)
func (rollupGame *RollupGame) UnpackNoCreditError(raw []byte) (*RollupGameNoCredit, error) {
	out := new(RollupGameNoCredit)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNoGame represents a NoGame error raised by the RollupGame contract.
type RollupGameNoGame struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGame(uint64 id)
func RollupGameNoGameErrorID() common.Hash {
	return common.HexToHash("0x46df171a27debeaae353bf06fffc440861aa27794d71f3753a3aa7a51c99ecff")
}

// UnpackNoGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGame(uint64 id)
func (rollupGame *RollupGame) UnpackNoGameError(raw []byte) (*RollupGameNoGame, error) {
	out := new(RollupGameNoGame)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NoGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNoOneStep represents a NoOneStep error raised by the RollupGame contract.
type RollupGameNoOneStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOneStep()
func RollupGameNoOneStepErrorID() common.Hash {
	return common.HexToHash("0xffd535f8911da15599e8272afd25361b1a0213123f8c9a04b17bbc32066f5b00")
}

// UnpackNoOneStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOneStep()
func (rollupGame *RollupGame) UnpackNoOneStepError(raw []byte) (*RollupGameNoOneStep, error) {
	out := new(RollupGameNoOneStep)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NoOneStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNoProposal represents a NoProposal error raised by the RollupGame contract.
type RollupGameNoProposal struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoProposal(uint64 id)
func RollupGameNoProposalErrorID() common.Hash {
	return common.HexToHash("0xa3cb1a019932ec2e3c6d5231e07d63f1e9647bc81ae4e18b0dc09a9501e0c064")
}

// UnpackNoProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoProposal(uint64 id)
func (rollupGame *RollupGame) UnpackNoProposalError(raw []byte) (*RollupGameNoProposal, error) {
	out := new(RollupGameNoProposal)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NoProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNotFinalized represents a NotFinalized error raised by the RollupGame contract.
type RollupGameNotFinalized struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinalized(uint64 id)
func RollupGameNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x7bcbf352c816e0b4d02d5af284767baece77fca73b82b9a22fd9eb19afb9bf24")
}

// UnpackNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinalized(uint64 id)
func (rollupGame *RollupGame) UnpackNotFinalizedError(raw []byte) (*RollupGameNotFinalized, error) {
	out := new(RollupGameNotFinalized)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNotPending represents a NotPending error raised by the RollupGame contract.
type RollupGameNotPending struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint64 id)
func RollupGameNotPendingErrorID() common.Hash {
	return common.HexToHash("0x045373aaa166658558552df94473de14a4fa9a5616f06f68334e6725e596fd32")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint64 id)
func (rollupGame *RollupGame) UnpackNotPendingError(raw []byte) (*RollupGameNotPending, error) {
	out := new(RollupGameNotPending)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNotPlayer represents a NotPlayer error raised by the RollupGame contract.
type RollupGameNotPlayer struct {
	GameId uint64
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPlayer(uint64 gameId, address caller)
func RollupGameNotPlayerErrorID() common.Hash {
	return common.HexToHash("0xd62e0910f4f249ee47ae2704705cb1684fef358e4f4c914c2c180d9557dffa0d")
}

// UnpackNotPlayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPlayer(uint64 gameId, address caller)
func (rollupGame *RollupGame) UnpackNotPlayerError(raw []byte) (*RollupGameNotPlayer, error) {
	out := new(RollupGameNotPlayer)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NotPlayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNotRejectable represents a NotRejectable error raised by the RollupGame contract.
type RollupGameNotRejectable struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRejectable(uint64 id)
func RollupGameNotRejectableErrorID() common.Hash {
	return common.HexToHash("0x80820bbe537ad39b3258a29f8c66c985152982c4656382c16ebfe3922eb3471e")
}

// UnpackNotRejectableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRejectable(uint64 id)
func (rollupGame *RollupGame) UnpackNotRejectableError(raw []byte) (*RollupGameNotRejectable, error) {
	out := new(RollupGameNotRejectable)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NotRejectable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNotYourTurn represents a NotYourTurn error raised by the RollupGame contract.
type RollupGameNotYourTurn struct {
	GameId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(uint64 gameId)
func RollupGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x4bf1a8e928a7f59ffe4fe3215235a30e1cb831e2c4ec9710d4f7038574eba031")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(uint64 gameId)
func (rollupGame *RollupGame) UnpackNotYourTurnError(raw []byte) (*RollupGameNotYourTurn, error) {
	out := new(RollupGameNotYourTurn)
	if err := rollupGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameParentNotFinalized represents a ParentNotFinalized error raised by the RollupGame contract.
type RollupGameParentNotFinalized struct {
	ParentId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentNotFinalized(uint64 parentId)
func RollupGameParentNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x772c4e53e615688f3812e4a4cf7f8d6aa8a332e8e0b48ef770f05ee96bb5b45b")
}

// UnpackParentNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentNotFinalized(uint64 parentId)
func (rollupGame *RollupGame) UnpackParentNotFinalizedError(raw []byte) (*RollupGameParentNotFinalized, error) {
	out := new(RollupGameParentNotFinalized)
	if err := rollupGame.abi.UnpackIntoInterface(out, "ParentNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameParentRejected represents a ParentRejected error raised by the RollupGame contract.
type RollupGameParentRejected struct {
	ParentId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentRejected(uint64 parentId)
func RollupGameParentRejectedErrorID() common.Hash {
	return common.HexToHash("0x32b58d0f8320cf56db30d273c758ab161acf68bd28295b1875c6603ea5380e5d")
}

// UnpackParentRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentRejected(uint64 parentId)
func (rollupGame *RollupGame) UnpackParentRejectedError(raw []byte) (*RollupGameParentRejected, error) {
	out := new(RollupGameParentRejected)
	if err := rollupGame.abi.UnpackIntoInterface(out, "ParentRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameProposalRejected represents a ProposalRejected error raised by the RollupGame contract.
type RollupGameProposalRejected struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalRejected(uint64 id)
func RollupGameProposalRejectedErrorID() common.Hash {
	return common.HexToHash("0x367562932da8fcc6ccc48b2b135bac86ef327fb828759a98d3f3041409bbfc5c")
}

// UnpackProposalRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalRejected(uint64 id)
func (rollupGame *RollupGame) UnpackProposalRejectedError(raw []byte) (*RollupGameProposalRejected, error) {
	out := new(RollupGameProposalRejected)
	if err := rollupGame.abi.UnpackIntoInterface(out, "ProposalRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameSiblingFinalized represents a SiblingFinalized error raised by the RollupGame contract.
type RollupGameSiblingFinalized struct {
	Id       uint64
	ParentId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SiblingFinalized(uint64 id, uint64 parentId)
func RollupGameSiblingFinalizedErrorID() common.Hash {
	return common.HexToHash("0x6445087b31713b7d1cf48a3d2121e842b151ce5b94e0cb016b83aab51d08882c")
}

// UnpackSiblingFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SiblingFinalized(uint64 id, uint64 parentId)
func (rollupGame *RollupGame) UnpackSiblingFinalizedError(raw []byte) (*RollupGameSiblingFinalized, error) {
	out := new(RollupGameSiblingFinalized)
	if err := rollupGame.abi.UnpackIntoInterface(out, "SiblingFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameTooManySteps represents a TooManySteps error raised by the RollupGame contract.
type RollupGameTooManySteps struct {
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySteps(uint64 steps)
func RollupGameTooManyStepsErrorID() common.Hash {
	return common.HexToHash("0x9339861cdee58bbc1115859c65e129d80c9b26662a86a5c8168dd5f7cb7eb218")
}

// UnpackTooManyStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySteps(uint64 steps)
func (rollupGame *RollupGame) UnpackTooManyStepsError(raw []byte) (*RollupGameTooManySteps, error) {
	out := new(RollupGameTooManySteps)
	if err := rollupGame.abi.UnpackIntoInterface(out, "TooManySteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameTransferFailed represents a TransferFailed error raised by the RollupGame contract.
type RollupGameTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func RollupGameTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (rollupGame *RollupGame) UnpackTransferFailedError(raw []byte) (*RollupGameTransferFailed, error) {
	out := new(RollupGameTransferFailed)
	if err := rollupGame.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameWindowClosed represents a WindowClosed error raised by the RollupGame contract.
type RollupGameWindowClosed struct {
	Id       uint64
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint64 id, uint256 closedAt)
func RollupGameWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xe82f74c8926ae55d933326f82c719e5c3956e0818ce477a76da66f9cd0c27740")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint64 id, uint256 closedAt)
func (rollupGame *RollupGame) UnpackWindowClosedError(raw []byte) (*RollupGameWindowClosed, error) {
	out := new(RollupGameWindowClosed)
	if err := rollupGame.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameWindowOpen represents a WindowOpen error raised by the RollupGame contract.
type RollupGameWindowOpen struct {
	Id       uint64
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint64 id, uint256 closesAt)
func RollupGameWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x8a407330968a2e713663f8d524f566d4388b3ba9eb1fdda5143626b492587e0f")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint64 id, uint256 closesAt)
func (rollupGame *RollupGame) UnpackWindowOpenError(raw []byte) (*RollupGameWindowOpen, error) {
	out := new(RollupGameWindowOpen)
	if err := rollupGame.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameWrongBond represents a WrongBond error raised by the RollupGame contract.
type RollupGameWrongBond struct {
	Paid *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 paid, uint256 want)
func RollupGameWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 paid, uint256 want)
func (rollupGame *RollupGame) UnpackWrongBondError(raw []byte) (*RollupGameWrongBond, error) {
	out := new(RollupGameWrongBond)
	if err := rollupGame.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameWrongPhase represents a WrongPhase error raised by the RollupGame contract.
type RollupGameWrongPhase struct {
	GameId uint64
	Lo     uint64
	Hi     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint64 gameId, uint64 lo, uint64 hi)
func RollupGameWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0xf2d94cbf3138fc07536fb5e3e8ea08be55567de1ccec5cb0e698b2460c7e219e")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint64 gameId, uint64 lo, uint64 hi)
func (rollupGame *RollupGame) UnpackWrongPhaseError(raw []byte) (*RollupGameWrongPhase, error) {
	out := new(RollupGameWrongPhase)
	if err := rollupGame.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}
