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

// OneStepMetaData contains all meta data concerning the OneStep contract.
var OneStepMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"baseFee_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"BadAccountProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRowProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BatchMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BlobMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"accounts\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"ExtraWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"}],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"NoRecords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OpeningCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"QueueDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"QueueItemMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SMTProofOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"SMTProofShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stepsEnd\",\"type\":\"uint64\"}],\"name\":\"StepOutOfBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TxLibNotLanded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"}],\"name\":\"ValueNotCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WITHDRAWAL_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractIStepInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postClaim\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OneStep",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161277838038061277883398101604081905261002f9161014b565b6001600160a01b03831660808190526040805163d6ae3cd560e01b8152905163d6ae3cd5916004808201926020929091908290030181865afa158015610077573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009b9190610185565b6001600160401b031660a0816001600160401b031681525050826001600160a01b031663d9ef52d16040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061011491906101b2565b60c05260e0919091526001600160a01b031661010052506101c9565b80516001600160a01b0381168114610146575f5ffd5b919050565b5f5f5f6060848603121561015d575f5ffd5b61016684610130565b6020850151909350915061017c60408501610130565b90509250925092565b5f60208284031215610195575f5ffd5b81516001600160401b03811681146101ab575f5ffd5b9392505050565b5f602082840312156101c2575f5ffd5b5051919050565b60805160a05160c05160e0516101005161254961022f5f395f818160c80152610de901525f81816101100152610c9c01525f81816101770152610abd01525f81816101370152610c7b01525f818161019e0152818161039c015261072c01526125495ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80636ef25c3a116100585780636ef25c3a1461010b578063d6ae3cd514610132578063db7099d814610172578063fb0e722b14610199575f5ffd5b80632601d3c71461007e57806346904840146100c3578063659c1f0b146100ea575b5f5ffd5b61009973420000000000000000000000000000000000001681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6100997f000000000000000000000000000000000000000000000000000000000000000081565b6100fd6100f8366004611edb565b6101c0565b6040519081526020016100ba565b6100fd7f000000000000000000000000000000000000000000000000000000000000000081565b6101597f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016100ba565b6100fd7f000000000000000000000000000000000000000000000000000000000000000081565b6100997f000000000000000000000000000000000000000000000000000000000000000081565b5f3660208310156101fd576040517f2bb9acf700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b833560208114610239576040517f2bb9acf700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516060810182528a815260208181018b90525f928201839052870193509061026682858b8b610383565b604083015190915061027c6103a0860186611f7c565b905014158061029e575060408201516102996103c0860186611fe7565b905014155b1561030f576102b16103a0850185611f7c565b90506102c16103c0860186611fe7565b60408581015190517f1d34cb8f000000000000000000000000000000000000000000000000000000008152600481019490945260248401919091526044830152506064015b60405180910390fd5b815160208084015160405161035d9392859101928352602083019190915260c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016604082015260480190565b604051602081830303815290604052805190602001209450505050509695505050505050565b5f8373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016633fdeb0b86103ce602084018461204b565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff9091166004820152602401602060405180830381865afa158015610429573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061044d9190612064565b8160405160200161045e919061209e565b60405160208183030381529060405280519060200120146104c557610486602082018261204b565b6040517f0ad0f8e700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610306565b6104d76101208201610100830161204b565b67ffffffffffffffff168367ffffffffffffffff16108061051d57506105056101408201610120830161204b565b67ffffffffffffffff168367ffffffffffffffff1610155b1561059657826105356101208301610100840161204b565b6105476101408401610120850161204b565b6040517f111f86e800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff938416600482015291831660248301529091166044820152606401610306565b5f60016105ab6101408401610120850161204b565b6105b59190612215565b90505f6105ca6101208401610100850161204b565b6105d49086612215565b90506105e660e0840160c0850161204b565b6105f7610100850160e0860161204b565b6106019190612215565b67ffffffffffffffff168167ffffffffffffffff16101561064c5761064188888361063260e0880160c0890161204b565b61063c9190612235565b6106ee565b5f93505050506106e6565b600161065e6060850160408601612255565b60ff16146106ae576106766060840160408501612255565b6040517f4a0e653200000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610306565b5f6106ba898989610922565b90508267ffffffffffffffff168667ffffffffffffffff16146106dd57806106df565b5f5b9450505050505b949350505050565b6040517f7af9daad00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526101a08301907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637af9daad90602401602060405180830381865afa158015610786573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107aa9190612064565b816040516020016107bb9190612291565b6040516020818303038152906040528051906020012014610814576040517f5d9153b600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610306565b5f6108226020830183612255565b60ff160361084e57610849848461083f6060850160408601612341565b8460600135610c32565b61091c565b600161085d6020830183612255565b60ff160361091c57365f61087561028086018661235a565b915091508260800135828260405161088e9291906123bb565b6040518091039020146108d9576040517fd20a030800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610306565b610919868684848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610c7392505050565b50505b50505050565b5f8061093460a08501608086016123ca565b63ffffffff1690505f61095361100067ffffffffffffffff8616612410565b90508181106109c75761096a610360860186611fe7565b1590506109bd5761097f610360860186611fe7565b6040517f08cd929400000000000000000000000000000000000000000000000000000000815261030692505f90600401918252602082015260400190565b8392505050610c2b565b5f6109d3868385610e1d565b90505f6109ec61100067ffffffffffffffff8816612423565b90505f6109fd610360890189611fe7565b90509050805f03610a43576040517f08cd92940000000000000000000000000000000000000000000000000000000081525f600482015260016024820152604401610306565b610a4f83895f85611126565b5f610a5e6103608a018a611fe7565b5f818110610a6e57610a6e612436565b602002919091013591505061ffff60e882901c165f601f600181610a93856002612463565b610a9d9190612463565b610aa79190612476565b610ab19190612410565b9050811580610adf57507f000000000000000000000000000000000000000000000000000000000000000082115b80610af45750611000610af28287612463565b115b15610b8157836001141580610b195750610b126103808c018c61235a565b9050603014155b15610b5a576040517f08cd92940000000000000000000000000000000000000000000000000000000081526004810185905260016024820152604401610306565b611000610b68886001612463565b610b729190612489565b98505050505050505050610c2b565b808414610bc4576040517f08cd92940000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610306565b5f610bd2878d8885876112d3565b90505f815f81518110610be757610be7612436565b016020015160f81c90506002811480610c04575060c08160ff1610155b15610c1457610c148e8e84610c73565b610c1e838d612235565b9a50505050505050505050505b9392505050565b801561091c57365f610c458686866113f8565b909250905081358301610c6a87878484610c656040890160208a0161204b565b611539565b50505050505050565b5f5f610cc0837f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611587565b9150915081610cd0575050505050565b365f610ce08787855f01516113f8565b91509150826040015167ffffffffffffffff16826020016020810190610d06919061204b565b67ffffffffffffffff16141580610d1e57508260c001515b80610d2d575060a08301518235105b15610d3b5750505050505050565b60a08301518235035f610d54604085016020860161204b565b6001019050610d668989858585611539565b73420000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff16856020015173ffffffffffffffffffffffffffffffffffffffff1603610dce57610dc98989875f0151886040015189606001516115f8565b610de2565b610de2898987602001518860600151610c32565b610e1289897f00000000000000000000000000000000000000000000000000000000000000008860800151610c32565b505050505050505050565b5f6102a0840182610e3661030087016102e088016123ca565b63ffffffff16141580610f2e57506060850135610e566020830183612255565b610e66604084016020850161204b565b610e7660608501604086016123ca565b8460600135604051602001610f15949392919060f89490941b7fff0000000000000000000000000000000000000000000000000000000000000016845260c09290921b7fffffffffffffffff00000000000000000000000000000000000000000000000016600184015260e01b7fffffffff00000000000000000000000000000000000000000000000000000000166009830152600d820152602d0190565b6040516020818303038152906040528051906020012014155b15610f65576040517f01c94f2a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b365f610f7561032088018861235a565b9092509050365f610f8a6103408a018a611fe7565b90925090505f5b610f9c886002612489565b6001821b1015610fb85780610fb0816124a0565b915050610f91565b603084141580610fc85750818114155b15610fff576040517fcde0913300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f85856040516110109291906123bb565b6040519081900390209050895f5b83811015611075575f86868381811061103957611039612436565b905060200201359050600183165f811461105957815f5284602052611061565b845f52816020525b505060405f209250600191821c910161101e565b50876060013582146110b6576040517f299ec4a0000000000000000000000000000000000000000000000000000000008152600481018c9052602401610306565b604051603088823760205f60308360025afa6110d0575f5ffd5b50505f517effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0100000000000000000000000000000000000000000000000000000000000000179b9a5050505050505050505050565b5f611135610360850185611fe7565b8481811061114557611145612436565b905060200201355f1c90507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff0000000181106111ac576040517fb5c2d8e000000000000000000000000000000000000000000000000000000000815260048101839052602401610306565b365f6111bc61038087018761235a565b90925090506111cc856001612463565b6111d7906030612489565b81101561122f576111e9603082612410565b6111f4866001612463565b6040517f08cd929400000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610306565b365f61123f61032089018961235a565b915091505f61124d876117da565b90505f6040518b8152826020820152876040820152603085606083013760308a6030028801609083013760408160c083600a61d6d8fa3d6040141691508190506112c6576040517f214888f000000000000000000000000000000000000000000000000000000000815260048101899052602401610306565b5050505050505050505050565b60606112e0836030612489565b6112ee61038087018761235a565b90501461134d57603061130561038087018761235a565b611310929150612410565b6040517f08cd9294000000000000000000000000000000000000000000000000000000008152600481019190915260248101849052604401610306565b60015b838110156113755761136d878783611368818a612463565b611126565b600101611350565b50365f611386610360880188611fe7565b915091506040515f5b868110156113b457600581901b84013560081b601f820283016020015260010161138f565b5060028101948552601f95909502909401605f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016604052509095945050505050565b604083015136905f9061140f6103a0860186611f7c565b90508110158061142e57506114286103c0860186611fe7565b90508110155b15611468576040517f16f8ddee00000000000000000000000000000000000000000000000000000000815260048101829052602401610306565b6114766103a0860186611f7c565b8281811061148657611486612436565b90506040020192508360581b5f5260155f209150855f01516114f6836114c1865f01358760200160208101906114bc919061204b565b611b78565b6114cf6103c08a018a611fe7565b868181106114df576114df612436565b90506020028101906114f191906124d7565b611bbe565b14611530576040517f16f8ddee00000000000000000000000000000000000000000000000000000000815260048101829052602401610306565b50935093915050565b604085015161156a8461154c8585611b78565b61155a6103c0890189611fe7565b858181106114df576114df612436565b8652611577816001612463565b6040909601959095525050505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526040517f92a5839e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604085015161160b6103a0860186611f7c565b90508110158061162a57506116246103c0860186611fe7565b90508110155b15611661576040517fd8f10a2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b366116706103a0870187611f7c565b8381811061168057611680612436565b6040029190910191505080351515806116b157506116a4604082016020830161204b565b67ffffffffffffffff1615155b156116e8576040517fd8f10a2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f0100000000000000000000000000000000000000000000000000000000000000605887901b1780825260c086901b60158301908152601d832091835285905260359091203661173f6103c08a018a611fe7565b8681811061174f5761174f612436565b905060200281019061176191906124d7565b60208b0151909150611774845f84611bbe565b146117ab576040517fd8f10a2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6117b6838383611bbe565b60208b01526117c6856001612463565b6040909a0199909952505050505050505050565b60018181161561180757507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000005b600282161561184f577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001778d51ccce760304d0ec030002760300000001000000000000820990505b600482161561189f577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f345766f603fa66e78c0625cd70d77ce2b38b21c28713b7007228fd3397743f7a820990505b60088216156118ef577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f20b1ce9140267af9dd1c0af834cec32c17beb312f20b6f7653ea61d87742bcce820990505b601082161561193f577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f50e0903a157988bab4bcd40e22f55448bf6e88fb4c38fb8a360c60997369df4e820990505b602082161561198f577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f45af6345ec055e4d14a1e27164d8fdbd2d967f4be2f951558140d032f0a9ee53820990505b60408216156119df577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f6898111413588742b7c68b4d7fdd60d098d0caac87f5713c5130c2c1660125be820990505b6080821615611a2f577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f4f9b4098e2e9f12e6b368121ac0cf4ad0a0865a899e8deff4935bd2f817f694b820990505b610100821615611a80577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f095166525526a65439feec240d80689fd697168a3a6000fe4541b8ff2ee0434e820990505b610200821615611ad1577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f325db5c3debf77a18f4de02c0f776af3ea437f9626fc085e3c28d666a5c2d854820990505b610400821615611b22577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f6d031f1b5c49c83409f1ca610a08f16655ea6811be9c622d4a838b5d59cd79e5820990505b610800821615611b73577f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000017f564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306820990505b919050565b5f82158015611b8f575067ffffffffffffffff8216155b15611b9b57505f611bb8565b6040515f81528360018201528260c01b6021820152602981209150505b92915050565b5f81353682611bd06020860186611fe7565b915091505f611bde84611d9b565b9050818114611c23576040517fb245ebc00000000000000000000000000000000000000000000000000000000081526004810182905260248101839052604401610306565b5f611c2d85611dd2565b905088606088013515611d0c57604088013581811890821480611c5d575061010083108015611c5d575080831c15155b15611c94576040517f5e5c5de200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611ca78a604001358b60600135611df9565b90508a611cb657809850611d05565b5f611cc083611e16565b90505f611ccd8e8e611df9565b9050600185831c1615611ce957611ce48382611ea7565b611cf3565b611cf38184611ea7565b9a50611d00826001612463565b955050505b5050611d1f565b8815611d1f57611d1c8a8a611df9565b96505b5f825b610100811015611d8c575f8189901c600116600103611d5d57878784818110611d4d57611d4d612436565b9050602002013590508260010192505b600184831c1615611d7757611d72818b611ea7565b611d81565b611d818a82611ea7565b995050600101611d22565b50505050505050509392505050565b5f5b8115611b73577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820190911690600101611d9d565b5f815f03611de35750610100919050565b611bb8611df283196001612463565b8316611e16565b5f6040516002815360018101939093525060218201526041902090565b5f608082901c15611e2957608091821c91015b604082901c15611e3b57604091821c91015b602082901c15611e4d57602091821c91015b601082901c15611e5f57601091821c91015b600882901c15611e7157600891821c91015b600482901c15611e8357600491821c91015b600282901c15611e9557600291821c91015b600182901c15611b7357600101919050565b5f6040516003815360018101939093525060218201526041902090565b803567ffffffffffffffff81168114611b73575f5ffd5b5f5f5f5f5f5f60a08789031215611ef0575f5ffd5b8635955060208701359450611f0760408801611ec4565b9350611f1560608801611ec4565b9250608087013567ffffffffffffffff811115611f30575f5ffd5b8701601f81018913611f40575f5ffd5b803567ffffffffffffffff811115611f56575f5ffd5b896020828401011115611f67575f5ffd5b60208201935080925050509295509295509295565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611faf575f5ffd5b83018035915067ffffffffffffffff821115611fc9575f5ffd5b6020019150600681901b3603821315611fe0575f5ffd5b9250929050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261201a575f5ffd5b83018035915067ffffffffffffffff821115612034575f5ffd5b6020019150600581901b3603821315611fe0575f5ffd5b5f6020828403121561205b575f5ffd5b610c2b82611ec4565b5f60208284031215612074575f5ffd5b5051919050565b803560ff81168114611b73575f5ffd5b803563ffffffff81168114611b73575f5ffd5b6101a081016120be826120b085611ec4565b67ffffffffffffffff169052565b602083810135908301526120d46040840161207b565b60ff166040830152606083810135908301526120f26080840161208b565b63ffffffff16608083015261210960a08401611ec4565b67ffffffffffffffff1660a083015261212460c08401611ec4565b67ffffffffffffffff1660c083015261213f60e08401611ec4565b67ffffffffffffffff1660e083015261215b6101008401611ec4565b67ffffffffffffffff166101008301526121786101208401611ec4565b67ffffffffffffffff166101208301526121956101408401611ec4565b67ffffffffffffffff166101408301526121b26101608401611ec4565b67ffffffffffffffff166101608301526121cf6101808401611ec4565b67ffffffffffffffff81166101808401525b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff8281168282160390811115611bb857611bb86121e8565b67ffffffffffffffff8181168382160190811115611bb857611bb86121e8565b5f60208284031215612265575f5ffd5b610c2b8261207b565b803573ffffffffffffffffffffffffffffffffffffffff81168114611b73575f5ffd5b60e0810160ff6122a08461207b565b16825273ffffffffffffffffffffffffffffffffffffffff6122c46020850161226e565b16602083015273ffffffffffffffffffffffffffffffffffffffff6122eb6040850161226e565b166040830152606083810135908301526080808401359083015261231160a08401611ec4565b67ffffffffffffffff1660a083015261232c60c08401611ec4565b67ffffffffffffffff811660c08401526121e1565b5f60208284031215612351575f5ffd5b610c2b8261226e565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261238d575f5ffd5b83018035915067ffffffffffffffff8211156123a7575f5ffd5b602001915036819003821315611fe0575f5ffd5b818382375f9101908152919050565b5f602082840312156123da575f5ffd5b610c2b8261208b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f8261241e5761241e6123e3565b500490565b5f82612431576124316123e3565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115611bb857611bb86121e8565b81810381811115611bb857611bb86121e8565b8082028115828204841417611bb857611bb86121e8565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036124d0576124d06121e8565b5060010190565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81833603018112612509575f5ffd5b919091019291505056fea264697066735822122041250c864dda9959efba46e586b808821f732b0beb33e5053a441d9baf6f598a64736f6c634300081e0033",
}

// OneStep is an auto generated Go binding around an Ethereum contract.
type OneStep struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OneStep) GetABI() abi.ABI {
	return c.abi
}

// NewOneStep creates a new instance of OneStep.
func NewOneStep() *OneStep {
	parsed, err := OneStepMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStep{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStep) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inbox_, uint256 baseFee_, address feeRecipient_) returns()
func (oneStep *OneStep) PackConstructor(inbox_ common.Address, baseFee_ *big.Int, feeRecipient_ common.Address) []byte {
	enc, err := oneStep.abi.Pack("", inbox_, baseFee_, feeRecipient_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackWITHDRAWALADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2601d3c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WITHDRAWAL_ADDRESS() view returns(address)
func (oneStep *OneStep) PackWITHDRAWALADDRESS() []byte {
	enc, err := oneStep.abi.Pack("WITHDRAWAL_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWITHDRAWALADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2601d3c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WITHDRAWAL_ADDRESS() view returns(address)
func (oneStep *OneStep) TryPackWITHDRAWALADDRESS() ([]byte, error) {
	return oneStep.abi.Pack("WITHDRAWAL_ADDRESS")
}

// UnpackWITHDRAWALADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2601d3c7.
//
// Solidity: function WITHDRAWAL_ADDRESS() view returns(address)
func (oneStep *OneStep) UnpackWITHDRAWALADDRESS(data []byte) (common.Address, error) {
	out, err := oneStep.abi.Unpack("WITHDRAWAL_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStep *OneStep) PackBaseFee() []byte {
	enc, err := oneStep.abi.Pack("baseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStep *OneStep) TryPackBaseFee() ([]byte, error) {
	return oneStep.abi.Pack("baseFee")
}

// UnpackBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStep *OneStep) UnpackBaseFee(data []byte) (*big.Int, error) {
	out, err := oneStep.abi.Unpack("baseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (oneStep *OneStep) PackFeeRecipient() []byte {
	enc, err := oneStep.abi.Pack("feeRecipient")
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
func (oneStep *OneStep) TryPackFeeRecipient() ([]byte, error) {
	return oneStep.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (oneStep *OneStep) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := oneStep.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (oneStep *OneStep) PackInbox() []byte {
	enc, err := oneStep.abi.Pack("inbox")
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
func (oneStep *OneStep) TryPackInbox() ([]byte, error) {
	return oneStep.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (oneStep *OneStep) UnpackInbox(data []byte) (common.Address, error) {
	out, err := oneStep.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint64)
func (oneStep *OneStep) PackL2ChainId() []byte {
	enc, err := oneStep.abi.Pack("l2ChainId")
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
func (oneStep *OneStep) TryPackL2ChainId() ([]byte, error) {
	return oneStep.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (oneStep *OneStep) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := oneStep.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7099d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRecord() view returns(uint256)
func (oneStep *OneStep) PackMaxRecord() []byte {
	enc, err := oneStep.abi.Pack("maxRecord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7099d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRecord() view returns(uint256)
func (oneStep *OneStep) TryPackMaxRecord() ([]byte, error) {
	return oneStep.abi.Pack("maxRecord")
}

// UnpackMaxRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7099d8.
//
// Solidity: function maxRecord() view returns(uint256)
func (oneStep *OneStep) UnpackMaxRecord(data []byte) (*big.Int, error) {
	out, err := oneStep.abi.Unpack("maxRecord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x659c1f0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, uint64 step, bytes proof) view returns(bytes32 postClaim)
func (oneStep *OneStep) PackRun(stateRoot [32]byte, withdrawalsRoot [32]byte, cursor uint64, step uint64, proof []byte) []byte {
	enc, err := oneStep.abi.Pack("run", stateRoot, withdrawalsRoot, cursor, step, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x659c1f0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, uint64 step, bytes proof) view returns(bytes32 postClaim)
func (oneStep *OneStep) TryPackRun(stateRoot [32]byte, withdrawalsRoot [32]byte, cursor uint64, step uint64, proof []byte) ([]byte, error) {
	return oneStep.abi.Pack("run", stateRoot, withdrawalsRoot, cursor, step, proof)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x659c1f0b.
//
// Solidity: function run(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, uint64 step, bytes proof) view returns(bytes32 postClaim)
func (oneStep *OneStep) UnpackRun(data []byte) ([32]byte, error) {
	out, err := oneStep.abi.Unpack("run", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStep *OneStep) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStep.abi.Errors["BadAccountProof"].ID.Bytes()[:4]) {
		return oneStep.UnpackBadAccountProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["BadInput"].ID.Bytes()[:4]) {
		return oneStep.UnpackBadInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["BadRowProof"].ID.Bytes()[:4]) {
		return oneStep.UnpackBadRowProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["BadWithdrawalProof"].ID.Bytes()[:4]) {
		return oneStep.UnpackBadWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["BatchMismatch"].ID.Bytes()[:4]) {
		return oneStep.UnpackBatchMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["BlobMismatch"].ID.Bytes()[:4]) {
		return oneStep.UnpackBlobMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["CommitmentNotInRoot"].ID.Bytes()[:4]) {
		return oneStep.UnpackCommitmentNotInRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["ExtraWitness"].ID.Bytes()[:4]) {
		return oneStep.UnpackExtraWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["InvalidOpening"].ID.Bytes()[:4]) {
		return oneStep.UnpackInvalidOpeningError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["NoRecords"].ID.Bytes()[:4]) {
		return oneStep.UnpackNoRecordsError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["OpeningCount"].ID.Bytes()[:4]) {
		return oneStep.UnpackOpeningCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["QueueDataMismatch"].ID.Bytes()[:4]) {
		return oneStep.UnpackQueueDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["QueueItemMismatch"].ID.Bytes()[:4]) {
		return oneStep.UnpackQueueItemMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["SMTProofOther"].ID.Bytes()[:4]) {
		return oneStep.UnpackSMTProofOtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["SMTProofShape"].ID.Bytes()[:4]) {
		return oneStep.UnpackSMTProofShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["StepOutOfBatch"].ID.Bytes()[:4]) {
		return oneStep.UnpackStepOutOfBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["TxLibNotLanded"].ID.Bytes()[:4]) {
		return oneStep.UnpackTxLibNotLandedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStep.abi.Errors["ValueNotCanonical"].ID.Bytes()[:4]) {
		return oneStep.UnpackValueNotCanonicalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepBadAccountProof represents a BadAccountProof error raised by the OneStep contract.
type OneStepBadAccountProof struct {
	I *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAccountProof(uint256 i)
func OneStepBadAccountProofErrorID() common.Hash {
	return common.HexToHash("0x16f8ddeef55346b36c11293e2ba02460939c0dbc1cf701c3f542cc14dfac2b5d")
}

// UnpackBadAccountProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAccountProof(uint256 i)
func (oneStep *OneStep) UnpackBadAccountProofError(raw []byte) (*OneStepBadAccountProof, error) {
	out := new(OneStepBadAccountProof)
	if err := oneStep.abi.UnpackIntoInterface(out, "BadAccountProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepBadInput represents a BadInput error raised by the OneStep contract.
type OneStepBadInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInput()
func OneStepBadInputErrorID() common.Hash {
	return common.HexToHash("0x2bb9acf7e2364aff268657b789bab0c1fdc67be64e6b8fdbe17a827202700471")
}

// UnpackBadInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInput()
func (oneStep *OneStep) UnpackBadInputError(raw []byte) (*OneStepBadInput, error) {
	out := new(OneStepBadInput)
	if err := oneStep.abi.UnpackIntoInterface(out, "BadInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepBadRowProof represents a BadRowProof error raised by the OneStep contract.
type OneStepBadRowProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRowProof()
func OneStepBadRowProofErrorID() common.Hash {
	return common.HexToHash("0xcde09133cd08fef483c8381a7ba255543585aba37ae140592a1dcd2ee87e45b9")
}

// UnpackBadRowProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRowProof()
func (oneStep *OneStep) UnpackBadRowProofError(raw []byte) (*OneStepBadRowProof, error) {
	out := new(OneStepBadRowProof)
	if err := oneStep.abi.UnpackIntoInterface(out, "BadRowProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepBadWithdrawalProof represents a BadWithdrawalProof error raised by the OneStep contract.
type OneStepBadWithdrawalProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWithdrawalProof()
func OneStepBadWithdrawalProofErrorID() common.Hash {
	return common.HexToHash("0xd8f10a2754789c62b8264cf827b20ac0f42d32d6e83e4ff40a5646608e82392e")
}

// UnpackBadWithdrawalProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWithdrawalProof()
func (oneStep *OneStep) UnpackBadWithdrawalProofError(raw []byte) (*OneStepBadWithdrawalProof, error) {
	out := new(OneStepBadWithdrawalProof)
	if err := oneStep.abi.UnpackIntoInterface(out, "BadWithdrawalProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepBatchMismatch represents a BatchMismatch error raised by the OneStep contract.
type OneStepBatchMismatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchMismatch(uint64 index)
func OneStepBatchMismatchErrorID() common.Hash {
	return common.HexToHash("0x0ad0f8e7c799d1bca5cb7796a9d2478deefcd3c1cc71919891a8add2cacc4963")
}

// UnpackBatchMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchMismatch(uint64 index)
func (oneStep *OneStep) UnpackBatchMismatchError(raw []byte) (*OneStepBatchMismatch, error) {
	out := new(OneStepBatchMismatch)
	if err := oneStep.abi.UnpackIntoInterface(out, "BatchMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepBlobMismatch represents a BlobMismatch error raised by the OneStep contract.
type OneStepBlobMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobMismatch()
func OneStepBlobMismatchErrorID() common.Hash {
	return common.HexToHash("0x01c94f2a2a7d975863cac75425e7f61e382117d2e539bee04d1fd618635fcdc2")
}

// UnpackBlobMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobMismatch()
func (oneStep *OneStep) UnpackBlobMismatchError(raw []byte) (*OneStepBlobMismatch, error) {
	out := new(OneStepBlobMismatch)
	if err := oneStep.abi.UnpackIntoInterface(out, "BlobMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepCommitmentNotInRoot represents a CommitmentNotInRoot error raised by the OneStep contract.
type OneStepCommitmentNotInRoot struct {
	Row *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotInRoot(uint256 row)
func OneStepCommitmentNotInRootErrorID() common.Hash {
	return common.HexToHash("0x299ec4a06f4f11bd159b9df3c99ba9f5dbdb17c2f99ece332c69068772c64d08")
}

// UnpackCommitmentNotInRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotInRoot(uint256 row)
func (oneStep *OneStep) UnpackCommitmentNotInRootError(raw []byte) (*OneStepCommitmentNotInRoot, error) {
	out := new(OneStepCommitmentNotInRoot)
	if err := oneStep.abi.UnpackIntoInterface(out, "CommitmentNotInRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepExtraWitness represents a ExtraWitness error raised by the OneStep contract.
type OneStepExtraWitness struct {
	Accounts *big.Int
	Proofs   *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExtraWitness(uint256 accounts, uint256 proofs, uint256 used)
func OneStepExtraWitnessErrorID() common.Hash {
	return common.HexToHash("0x1d34cb8f82c5823e780ccb3ec7805653af64c52f4030e863bd30091d9ed35283")
}

// UnpackExtraWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExtraWitness(uint256 accounts, uint256 proofs, uint256 used)
func (oneStep *OneStep) UnpackExtraWitnessError(raw []byte) (*OneStepExtraWitness, error) {
	out := new(OneStepExtraWitness)
	if err := oneStep.abi.UnpackIntoInterface(out, "ExtraWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepInvalidOpening represents a InvalidOpening error raised by the OneStep contract.
type OneStepInvalidOpening struct {
	Element *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOpening(uint256 element)
func OneStepInvalidOpeningErrorID() common.Hash {
	return common.HexToHash("0x214888f0e01f8324000820819ba5a4a987b943fba19046361dcb3bf97b40edc8")
}

// UnpackInvalidOpeningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOpening(uint256 element)
func (oneStep *OneStep) UnpackInvalidOpeningError(raw []byte) (*OneStepInvalidOpening, error) {
	out := new(OneStepInvalidOpening)
	if err := oneStep.abi.UnpackIntoInterface(out, "InvalidOpening", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepNoRecords represents a NoRecords error raised by the OneStep contract.
type OneStepNoRecords struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRecords(uint8 kind)
func OneStepNoRecordsErrorID() common.Hash {
	return common.HexToHash("0x4a0e653256004f5bf7d72546b1f9783240df6bccdb0212aee672b97d89118dc3")
}

// UnpackNoRecordsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRecords(uint8 kind)
func (oneStep *OneStep) UnpackNoRecordsError(raw []byte) (*OneStepNoRecords, error) {
	out := new(OneStepNoRecords)
	if err := oneStep.abi.UnpackIntoInterface(out, "NoRecords", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepOpeningCount represents a OpeningCount error raised by the OneStep contract.
type OneStepOpeningCount struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpeningCount(uint256 got, uint256 want)
func OneStepOpeningCountErrorID() common.Hash {
	return common.HexToHash("0x08cd92945d40946f23f3d094b6d96c410a6976fdb4a390cce65b75c78e521ea7")
}

// UnpackOpeningCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpeningCount(uint256 got, uint256 want)
func (oneStep *OneStep) UnpackOpeningCountError(raw []byte) (*OneStepOpeningCount, error) {
	out := new(OneStepOpeningCount)
	if err := oneStep.abi.UnpackIntoInterface(out, "OpeningCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepQueueDataMismatch represents a QueueDataMismatch error raised by the OneStep contract.
type OneStepQueueDataMismatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueDataMismatch(uint64 index)
func OneStepQueueDataMismatchErrorID() common.Hash {
	return common.HexToHash("0xd20a030817cf1e511535c203eab3d3134b503ba387f5ea66a2d65bbb24230773")
}

// UnpackQueueDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueDataMismatch(uint64 index)
func (oneStep *OneStep) UnpackQueueDataMismatchError(raw []byte) (*OneStepQueueDataMismatch, error) {
	out := new(OneStepQueueDataMismatch)
	if err := oneStep.abi.UnpackIntoInterface(out, "QueueDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepQueueItemMismatch represents a QueueItemMismatch error raised by the OneStep contract.
type OneStepQueueItemMismatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueItemMismatch(uint64 index)
func OneStepQueueItemMismatchErrorID() common.Hash {
	return common.HexToHash("0x5d9153b6eeb6e180311886b42d1c3544af1f8b96c4d2f7f15ba1570d6b26d3bf")
}

// UnpackQueueItemMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueItemMismatch(uint64 index)
func (oneStep *OneStep) UnpackQueueItemMismatchError(raw []byte) (*OneStepQueueItemMismatch, error) {
	out := new(OneStepQueueItemMismatch)
	if err := oneStep.abi.UnpackIntoInterface(out, "QueueItemMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepSMTProofOther represents a SMTProofOther error raised by the OneStep contract.
type OneStepSMTProofOther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SMTProofOther()
func OneStepSMTProofOtherErrorID() common.Hash {
	return common.HexToHash("0x5e5c5de22259da56b7f80c589152f0df07e3974bf4f0d65816223051a3a188bc")
}

// UnpackSMTProofOtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SMTProofOther()
func (oneStep *OneStep) UnpackSMTProofOtherError(raw []byte) (*OneStepSMTProofOther, error) {
	out := new(OneStepSMTProofOther)
	if err := oneStep.abi.UnpackIntoInterface(out, "SMTProofOther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepSMTProofShape represents a SMTProofShape error raised by the OneStep contract.
type OneStepSMTProofShape struct {
	Bits     *big.Int
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SMTProofShape(uint256 bits, uint256 siblings)
func OneStepSMTProofShapeErrorID() common.Hash {
	return common.HexToHash("0xb245ebc0d6fb39b0a59009fe2695c5a524818b7394049b6f2036455fc54cd172")
}

// UnpackSMTProofShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SMTProofShape(uint256 bits, uint256 siblings)
func (oneStep *OneStep) UnpackSMTProofShapeError(raw []byte) (*OneStepSMTProofShape, error) {
	out := new(OneStepSMTProofShape)
	if err := oneStep.abi.UnpackIntoInterface(out, "SMTProofShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepStepOutOfBatch represents a StepOutOfBatch error raised by the OneStep contract.
type OneStepStepOutOfBatch struct {
	Step       uint64
	StepsStart uint64
	StepsEnd   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfBatch(uint64 step, uint64 stepsStart, uint64 stepsEnd)
func OneStepStepOutOfBatchErrorID() common.Hash {
	return common.HexToHash("0x111f86e8953b3001fe511a9d62e16a4012060bd5f2d83a7484df3a3ed03cfb67")
}

// UnpackStepOutOfBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfBatch(uint64 step, uint64 stepsStart, uint64 stepsEnd)
func (oneStep *OneStep) UnpackStepOutOfBatchError(raw []byte) (*OneStepStepOutOfBatch, error) {
	out := new(OneStepStepOutOfBatch)
	if err := oneStep.abi.UnpackIntoInterface(out, "StepOutOfBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepTxLibNotLanded represents a TxLibNotLanded error raised by the OneStep contract.
type OneStepTxLibNotLanded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxLibNotLanded()
func OneStepTxLibNotLandedErrorID() common.Hash {
	return common.HexToHash("0x92a5839e130347a1b37cf66e8c13f299ea0b931a22ae1c4f9665b2d73052f1f8")
}

// UnpackTxLibNotLandedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxLibNotLanded()
func (oneStep *OneStep) UnpackTxLibNotLandedError(raw []byte) (*OneStepTxLibNotLanded, error) {
	out := new(OneStepTxLibNotLanded)
	if err := oneStep.abi.UnpackIntoInterface(out, "TxLibNotLanded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepValueNotCanonical represents a ValueNotCanonical error raised by the OneStep contract.
type OneStepValueNotCanonical struct {
	Element *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotCanonical(uint256 element)
func OneStepValueNotCanonicalErrorID() common.Hash {
	return common.HexToHash("0xb5c2d8e0ea1275c155ce0ef8897c6d13264099cf3ecf2dd4e15026fddf2225ae")
}

// UnpackValueNotCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotCanonical(uint256 element)
func (oneStep *OneStep) UnpackValueNotCanonicalError(raw []byte) (*OneStepValueNotCanonical, error) {
	out := new(OneStepValueNotCanonical)
	if err := oneStep.abi.UnpackIntoInterface(out, "ValueNotCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}
