package l1

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"
)

// BatchKind says where a batch's records live.
type BatchKind uint8

// Batch kinds, as RollupInbox numbers them.
const (
	KindGenesis BatchKind = 0 // batch 0, written by the constructor: no steps, L2 block 0
	KindQuire   BatchKind = 1 // records in a quire blob certified in the Committee (DataRef = blob ID)
	KindBlobs   BatchKind = 2 // reserved: records in EIP-4844 blobs of the appending transaction
	KindForced  BatchKind = 3 // forceInclusion: queue items only, no records, one L2 block
)

// ItemKind is the kind of a queue item.
type ItemKind uint8

// Queue item kinds, as RollupInbox numbers them.
const (
	ItemDeposit  ItemKind = 0 // credit To with Value on L2
	ItemForcedTx ItemKind = 1 // apply the signed L2 transaction whose keccak256 is DataHash
)

// Contract constants mirrored in Go (RollupInbox.MAX_RECORD, MAX_K,
// ROW_ELEMENTS, MAX_CLAMP, FORMAT_VERSION).
const (
	MaxRecord   = 512
	MaxK        = 256
	RowElements = 4096
	MaxClamp    = 64
)

// Batch is one batch of the inbox, field for field as RollupInbox.Batch.
// Its steps are [StepsStart, StepsEnd): first the queue items [QueueStart,
// QueueEnd) in order, then RecordCount records from cursor 0. Its L2 blocks
// are [L2BlockStart, L2BlockEnd).
type Batch struct {
	Index        uint64
	PrevHash     common.Hash
	Kind         BatchKind
	DataRef      common.Hash // blob ID for KindQuire, zero otherwise
	K            uint32      // data rows of the blob (0 when there is no blob)
	RecordCount  uint64
	QueueStart   uint64
	QueueEnd     uint64
	StepsStart   uint64
	StepsEnd     uint64
	L2BlockStart uint64
	L2BlockEnd   uint64
	L1Timestamp  uint64 // the appending L1 block's timestamp

	L1Block uint64 // not hashed: the L1 block the batch was appended in (from its log)
}

// Hash returns keccak256(abi.encode(batch)): the 13 fields as 32-byte
// big-endian words in field order. It is what RollupInbox.batchHash stores
// and the next batch names as PrevHash.
func (b *Batch) Hash() common.Hash {
	var buf [13 * 32]byte
	w := words(buf[:])
	w.u64(0, b.Index)
	w.b32(1, b.PrevHash)
	w.u64(2, uint64(b.Kind))
	w.b32(3, b.DataRef)
	w.u64(4, uint64(b.K))
	w.u64(5, b.RecordCount)
	w.u64(6, b.QueueStart)
	w.u64(7, b.QueueEnd)
	w.u64(8, b.StepsStart)
	w.u64(9, b.StepsEnd)
	w.u64(10, b.L2BlockStart)
	w.u64(11, b.L2BlockEnd)
	w.u64(12, b.L1Timestamp)
	return keccak(buf[:])
}

// Steps returns the number of steps the batch adds to the trace.
func (b *Batch) Steps() uint64 { return b.StepsEnd - b.StepsStart }

// QueueItem is one item of the deposit and forced-transaction queue, field
// for field as RollupInbox.QueueItem. Data is not part of the item: it
// carries the signed transaction of a forced transaction (DataHash =
// keccak256(Data)) as the Queued event emits it, and is empty for a deposit.
type QueueItem struct {
	Index     uint64 // position in the queue (not hashed: the contract stores the hash at this index)
	Kind      ItemKind
	L1Sender  common.Address
	To        common.Address // deposit: the L2 account credited; zero for a forced transaction
	Value     *big.Int       // deposit: wei credited; zero for a forced transaction
	DataHash  common.Hash    // forced transaction: keccak256 of the signed bytes; zero for a deposit
	L1Block   uint64
	Timestamp uint64 // L1 time it was queued; due Timestamp + ForceDelay
	Data      []byte
}

// Hash returns keccak256(abi.encode(item)) over the seven contract fields
// (kind, l1Sender, to, value, dataHash, l1Block, timestamp): what
// RollupInbox.queueHash stores.
func (it *QueueItem) Hash() common.Hash {
	var buf [7 * 32]byte
	w := words(buf[:])
	w.u64(0, uint64(it.Kind))
	copy(buf[1*32+12:2*32], it.L1Sender[:])
	copy(buf[2*32+12:3*32], it.To[:])
	if it.Value != nil {
		it.Value.FillBytes(buf[3*32 : 4*32]) // panics above 2^256: the contract's values fit
	}
	w.b32(4, it.DataHash)
	w.u64(5, it.L1Block)
	w.u64(6, it.Timestamp)
	return keccak(buf[:])
}

type words []byte

func (w words) u64(i int, v uint64)      { binary.BigEndian.PutUint64(w[i*32+24:(i+1)*32], v) }
func (w words) b32(i int, v common.Hash) { copy(w[i*32:(i+1)*32], v[:]) }

func keccak(b []byte) (h common.Hash) {
	d := sha3.NewLegacyKeccak256()
	d.Write(b)
	d.Sum(h[:0])
	return h
}

// GenesisBatch returns batch 0 as the constructor writes it for a contract
// deployed in an L1 block with the given timestamp.
func GenesisBatch(l1Timestamp uint64) Batch {
	return Batch{Kind: KindGenesis, L2BlockEnd: 1, L1Timestamp: l1Timestamp}
}
