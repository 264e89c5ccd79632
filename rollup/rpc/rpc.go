package rpc

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// Sender takes signed transactions (the sequencer).
type Sender interface {
	SendRawTransaction(raw []byte) (common.Hash, error)
	PendingNonce(from common.Address) (uint64, error)
}

// NewServer returns a JSON-RPC server over c; s may be nil (read only).
func NewServer(c *chain.Chain, s Sender) (*gethrpc.Server, error) {
	srv := gethrpc.NewServer()
	e := &EthAPI{c: c, s: s}
	for name, api := range map[string]any{"eth": e, "net": &NetAPI{c}, "web3": &Web3API{}, "rollup": &RollupAPI{c}} {
		if err := srv.RegisterName(name, api); err != nil {
			return nil, err
		}
	}
	return srv, nil
}

// ErrNotFound is returned for a block that does not exist.
var ErrNotFound = errors.New("not found")

// EthAPI is the eth namespace.
type EthAPI struct {
	c *chain.Chain
	s Sender
}

func (e *EthAPI) ChainId() hexutil.Uint64 { return hexutil.Uint64(e.c.Params().ChainID) }

func (e *EthAPI) BlockNumber() hexutil.Uint64 {
	l, _, _ := e.c.Tags()
	return hexutil.Uint64(l)
}

func (e *EthAPI) GasPrice() *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).SetUint64(e.c.Params().BaseFee))
}

func (e *EthAPI) MaxPriorityFeePerGas() *hexutil.Big { return (*hexutil.Big)(new(big.Int)) }

func (e *EthAPI) Syncing() bool { return false }

// EstimateGas returns 21000 for a plain transfer and refuses anything else.
func (e *EthAPI) EstimateGas(args map[string]any, _ *gethrpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	if d, ok := args["data"].(string); ok && d != "" && d != "0x" {
		return 0, txn.ErrRPCData
	}
	if d, ok := args["input"].(string); ok && d != "" && d != "0x" {
		return 0, txn.ErrRPCData
	}
	if to, ok := args["to"]; !ok || to == nil {
		return 0, txn.ErrRPCCreate
	}
	return txn.TransferGas, nil
}

// Call returns empty output: the rollup has no contracts.
func (e *EthAPI) Call(_ map[string]any, _ *gethrpc.BlockNumberOrHash, _ *json.RawMessage) hexutil.Bytes {
	return hexutil.Bytes{}
}

// GetCode returns empty code: the rollup has no contracts.
func (e *EthAPI) GetCode(_ common.Address, _ gethrpc.BlockNumberOrHash) hexutil.Bytes {
	return hexutil.Bytes{}
}

func (e *EthAPI) latestOnly(b gethrpc.BlockNumberOrHash) error {
	if n, ok := b.Number(); ok {
		l, _, _ := e.c.Tags()
		if n >= 0 && uint64(n) != l {
			return fmt.Errorf("historical state is not served: only latest and pending")
		}
		return nil
	}
	if h, ok := b.Hash(); ok && h != e.c.Head().Hash {
		return fmt.Errorf("historical state is not served: only latest and pending")
	}
	return nil
}

func (e *EthAPI) GetBalance(addr common.Address, b gethrpc.BlockNumberOrHash) (*hexutil.Big, error) {
	if err := e.latestOnly(b); err != nil {
		return nil, err
	}
	a, err := e.c.Account(addr)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(a.Balance.ToBig()), nil
}

func (e *EthAPI) GetTransactionCount(addr common.Address, b gethrpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	if n, ok := b.Number(); ok && n == gethrpc.PendingBlockNumber && e.s != nil {
		v, err := e.s.PendingNonce(addr)
		return hexutil.Uint64(v), err
	}
	if err := e.latestOnly(b); err != nil {
		return 0, err
	}
	a, err := e.c.Account(addr)
	return hexutil.Uint64(a.Nonce), err
}

func (e *EthAPI) SendRawTransaction(raw hexutil.Bytes) (common.Hash, error) {
	if e.s == nil {
		return common.Hash{}, errors.New("this node takes no transactions")
	}
	return e.s.SendRawTransaction(raw)
}

func (e *EthAPI) resolve(n gethrpc.BlockNumber) (stf.Block, bool) {
	l, safe, fin := e.c.Tags()
	var num uint64
	switch n {
	case gethrpc.LatestBlockNumber, gethrpc.PendingBlockNumber:
		num = l
	case gethrpc.SafeBlockNumber:
		num = safe
	case gethrpc.FinalizedBlockNumber:
		num = fin
	case gethrpc.EarliestBlockNumber:
		num = 0
	default:
		if n < 0 {
			return stf.Block{}, false
		}
		num = uint64(n)
	}
	return e.c.Block(num)
}

func (e *EthAPI) GetBlockByNumber(n gethrpc.BlockNumber, full bool) (map[string]any, error) {
	b, ok := e.resolve(n)
	if !ok {
		return nil, nil
	}
	return blockJSON(b, full)
}

func (e *EthAPI) GetBlockByHash(h common.Hash, full bool) (map[string]any, error) {
	b, ok := e.c.BlockByHash(h)
	if !ok {
		return nil, nil
	}
	return blockJSON(b, full)
}

func (e *EthAPI) GetTransactionByHash(h common.Hash) (map[string]any, error) {
	b, i, ok := e.c.Tx(h)
	if !ok {
		return nil, nil
	}
	return txJSON(b, i)
}

func (e *EthAPI) GetTransactionReceipt(h common.Hash) (map[string]any, error) {
	b, i, ok := e.c.Tx(h)
	if !ok {
		return nil, nil
	}
	r := b.Receipts[i]
	gr := &types.Receipt{Type: r.Type, Status: r.Status, CumulativeGasUsed: r.CumulativeGasUsed, Logs: []*types.Log{},
		TxHash: r.TxHash, GasUsed: r.GasUsed, EffectiveGasPrice: r.EffectiveGasPrice.ToBig(), BlockHash: b.Hash,
		BlockNumber: new(big.Int).SetUint64(b.Number), TransactionIndex: r.Index}
	m, err := toMap(gr)
	if err != nil {
		return nil, err
	}
	m["from"], m["to"] = r.From, r.To
	return m, nil
}

// FeeHistory reports the constant base fee and zero rewards.
func (e *EthAPI) FeeHistory(count hexutil.Uint64, last gethrpc.BlockNumber, percentiles []float64) (map[string]any, error) {
	b, ok := e.resolve(last)
	if !ok {
		return nil, ErrNotFound
	}
	n := uint64(count)
	if n > b.Number+1 {
		n = b.Number + 1
	}
	if n > 1024 {
		n = 1024
	}
	oldest := b.Number + 1 - n
	fee := (*hexutil.Big)(new(big.Int).SetUint64(e.c.Params().BaseFee))
	fees := make([]*hexutil.Big, n+1)
	ratios := make([]float64, n)
	var rewards [][]*hexutil.Big
	for i := range fees {
		fees[i] = fee
	}
	for i := uint64(0); i < n; i++ {
		blk, _ := e.c.Block(oldest + i)
		ratios[i] = float64(blk.Header.GasUsed) / float64(blk.Header.GasLimit)
		if len(percentiles) > 0 {
			r := make([]*hexutil.Big, len(percentiles))
			for j := range r {
				r[j] = (*hexutil.Big)(new(big.Int))
			}
			rewards = append(rewards, r)
		}
	}
	m := map[string]any{"oldestBlock": (*hexutil.Big)(new(big.Int).SetUint64(oldest)), "baseFeePerGas": fees, "gasUsedRatio": ratios}
	if rewards != nil {
		m["reward"] = rewards
	}
	return m, nil
}

func toMap(v any) (map[string]any, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(raw, &m)
}

func txJSON(b stf.Block, i int) (map[string]any, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(b.Txs[i].Raw); err != nil {
		return nil, err
	}
	m, err := toMap(&tx)
	if err != nil {
		return nil, err
	}
	m["blockHash"], m["blockNumber"] = b.Hash, hexutil.Uint64(b.Number)
	m["from"], m["transactionIndex"] = b.Txs[i].From, hexutil.Uint64(i)
	if b.Txs[i].Type == txn.TypeDynamic {
		m["gasPrice"] = (*hexutil.Big)(b.Receipts[i].EffectiveGasPrice.ToBig())
	}
	return m, nil
}

func blockJSON(b stf.Block, full bool) (map[string]any, error) {
	m, err := toMap(b.Header)
	if err != nil {
		return nil, err
	}
	txs := make([]any, len(b.Txs))
	for i, t := range b.Txs {
		if full {
			if txs[i], err = txJSON(b, i); err != nil {
				return nil, err
			}
		} else {
			txs[i] = t.Hash
		}
	}
	m["hash"] = b.Hash
	m["transactions"], m["uncles"] = txs, []common.Hash{}
	m["size"] = hexutil.Uint64(b.Header.Size())
	m["totalDifficulty"] = "0x0"
	return m, nil
}

// NetAPI is the net namespace.
type NetAPI struct{ c *chain.Chain }

func (n *NetAPI) Version() string { return fmt.Sprint(n.c.Params().ChainID) }

// Web3API is the web3 namespace.
type Web3API struct{}

func (Web3API) ClientVersion() string { return "quire-rollup/" + version.String() }

// RollupAPI is the rollup namespace.
type RollupAPI struct{ c *chain.Chain }

// SyncStatus reports the head tags.
func (r *RollupAPI) SyncStatus() map[string]hexutil.Uint64 {
	l, s, f := r.c.Tags()
	return map[string]hexutil.Uint64{"latest": hexutil.Uint64(l), "safe": hexutil.Uint64(s), "finalized": hexutil.Uint64(f)}
}

// OutputAtBlock returns the roots and the output root at block n.
func (r *RollupAPI) OutputAtBlock(n hexutil.Uint64) (map[string]any, error) {
	b, out, ok := r.c.Output(uint64(n))
	if !ok {
		return nil, ErrNotFound
	}
	return map[string]any{"blockHash": b.Hash, "blockNumber": n, "stateRoot": b.Roots.State,
		"withdrawalsRoot": b.Roots.Withdrawals, "outputRoot": out}, nil
}

// WithdrawalProof is what rollup_getWithdrawalProof returns: the leaf and
// its proof in the shape RollupInbox.withdraw takes (proof = (bitmap,
// siblings, otherKey, otherLeaf), bitmap a uint256 written as 32 bytes).
type WithdrawalProof struct {
	Sender          common.Address `json:"sender"`
	Nonce           hexutil.Uint64 `json:"nonce"`
	Amount          *hexutil.Big   `json:"amount"`
	Key             common.Hash    `json:"key"`
	Leaf            common.Hash    `json:"leaf"`
	BlockNumber     hexutil.Uint64 `json:"blockNumber"`
	BlockHash       common.Hash    `json:"blockHash"`
	WithdrawalsRoot common.Hash    `json:"withdrawalsRoot"`
	Proof           state.Proof    `json:"proof"`
}

// GetWithdrawalProof returns the withdrawal (sender, nonce) and its Merkle
// proof against the withdrawals root of block b (a number, a tag or a
// hash): pass the L2 block a finalized proposal names.
func (r *RollupAPI) GetWithdrawalProof(sender common.Address, nonce hexutil.Uint64, b gethrpc.BlockNumberOrHash) (*WithdrawalProof, error) {
	var n uint64
	if h, ok := b.Hash(); ok {
		blk, ok := r.c.BlockByHash(h)
		if !ok {
			return nil, fmt.Errorf("%w: block %s", ErrNotFound, h)
		}
		n = blk.Number
	} else if num, ok := b.Number(); ok {
		blk, ok := (&EthAPI{c: r.c}).resolve(num)
		if !ok {
			return nil, fmt.Errorf("%w: block %d", ErrNotFound, num)
		}
		n = blk.Number
	} else {
		return nil, errors.New("want a block number, tag or hash")
	}
	blk, w, p, err := r.c.WithdrawalProof(n, sender, uint64(nonce))
	if err != nil {
		return nil, err
	}
	if !state.Verify(blk.Roots.Withdrawals, w.Key(), w.Leaf(), p) {
		return nil, fmt.Errorf("withdrawal proof at block %d does not verify (store corrupt?)", n)
	}
	return &WithdrawalProof{Sender: sender, Nonce: nonce, Amount: (*hexutil.Big)(w.Amount.ToBig()), Key: w.Key(),
		Leaf: w.Leaf(), BlockNumber: hexutil.Uint64(n), BlockHash: blk.Hash, WithdrawalsRoot: blk.Roots.Withdrawals, Proof: p}, nil
}
