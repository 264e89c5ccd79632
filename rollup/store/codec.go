package store

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/txn"
)

// blockRecord is a block on disk: the header in RLP, the transactions as
// signed bytes (decoded again, sender recovery included, on read) and the
// receipts.
type blockRecord struct {
	Header    hexutil.Bytes   `json:"header"`
	L1Origin  uint64          `json:"l1Origin"`
	Roots     state.Roots     `json:"roots"`
	Txs       []hexutil.Bytes `json:"txs"`
	Receipts  []stf.Receipt   `json:"receipts"`
	FirstStep uint64          `json:"firstStep"`
	EndStep   uint64          `json:"endStep"`
}

// EncodeBlock returns the stored form of b.
func EncodeBlock(b *stf.Block) ([]byte, error) {
	if b.Header == nil {
		return nil, fmt.Errorf("store: block %d has no header", b.Number)
	}
	h, err := rlp.EncodeToBytes(b.Header)
	if err != nil {
		return nil, err
	}
	r := &blockRecord{Header: h, L1Origin: b.L1Origin, Roots: b.Roots, Receipts: b.Receipts,
		FirstStep: b.FirstStep, EndStep: b.EndStep, Txs: make([]hexutil.Bytes, len(b.Txs))}
	for i, tx := range b.Txs {
		r.Txs[i] = tx.Raw
	}
	return json.Marshal(r)
}

// DecodeBlock reads a block stored by EncodeBlock; p gives the chain ID
// and base fee the transactions are decoded under. Any inconsistency is
// ErrCorrupt.
func DecodeBlock(raw []byte, p stf.Params) (stf.Block, error) {
	var r blockRecord
	if err := json.Unmarshal(raw, &r); err != nil {
		return stf.Block{}, fmt.Errorf("%w: block: %v", ErrCorrupt, err)
	}
	h := new(types.Header)
	if err := rlp.DecodeBytes(r.Header, h); err != nil {
		return stf.Block{}, fmt.Errorf("%w: block header: %v", ErrCorrupt, err)
	}
	if h.Number == nil || !h.Number.IsUint64() {
		return stf.Block{}, fmt.Errorf("%w: block number", ErrCorrupt)
	}
	if len(r.Receipts) != len(r.Txs) {
		return stf.Block{}, fmt.Errorf("%w: %d receipts for %d transactions", ErrCorrupt, len(r.Receipts), len(r.Txs))
	}
	b := stf.Block{Header: h, Hash: h.Hash(), Number: h.Number.Uint64(), Time: h.Time, L1Origin: r.L1Origin,
		Roots: r.Roots, Receipts: r.Receipts, FirstStep: r.FirstStep, EndStep: r.EndStep}
	if b.Roots.State != h.Root {
		return stf.Block{}, fmt.Errorf("%w: block %d state root %s, header has %s", ErrCorrupt, b.Number, b.Roots.State, h.Root)
	}
	tp := txn.Params{ChainID: p.ChainID, BaseFee: p.BaseFee}
	for i, raw := range r.Txs {
		tx, err := txn.Decode(raw, tp)
		if err != nil {
			return stf.Block{}, fmt.Errorf("%w: block %d transaction %d: %v", ErrCorrupt, b.Number, i, err)
		}
		if tx.Hash != r.Receipts[i].TxHash {
			return stf.Block{}, fmt.Errorf("%w: block %d transaction %d hash differs from its receipt's", ErrCorrupt, b.Number, i)
		}
		b.Txs = append(b.Txs, tx)
	}
	return b, nil
}
