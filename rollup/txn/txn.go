package txn

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Transaction types.
const (
	TypeLegacy  = 0x00
	TypeDynamic = 0x02 // EIP-1559
)

// TransferGas is the gas every transaction is charged.
const TransferGas = 21000

// Params are the chain parameters the stateless rules need.
type Params struct {
	ChainID uint64
	BaseFee uint64
}

// Tx is a decoded, signature-checked transfer.
type Tx struct {
	Type    uint8 // TypeDynamic or TypeLegacy
	ChainID uint64
	Nonce   uint64
	// TipCap and FeeCap are maxPriorityFeePerGas and maxFeePerGas; for a
	// legacy transaction both are its gasPrice.
	TipCap uint256.Int
	FeeCap uint256.Int
	Gas    uint64
	To     common.Address
	Value  uint256.Int
	// YParity is the recovery bit; V is the signature's v as encoded
	// (yParity for type 2, 2 chainID + 35 + yParity for legacy).
	YParity uint8
	V, R, S uint256.Int

	From common.Address
	// Hash is keccak256 of the encoding, the transaction hash wallets and
	// go-ethereum compute.
	Hash common.Hash
	// Raw is the encoding (aliases the decoded body).
	Raw []byte
}

// Price returns the gas price paid at base fee b: min(feeCap, b + tip) for
// type 2, the gasPrice for legacy (given the rules, both are >= b).
func (t *Tx) Price(baseFee uint64) uint256.Int {
	if t.Type == TypeLegacy {
		return t.FeeCap
	}
	var p uint256.Int
	p.AddUint64(&t.TipCap, baseFee) // tip <= feeCap < 2^256, and b small: see Decode
	if p.Lt(&t.TipCap) || p.Gt(&t.FeeCap) {
		return t.FeeCap
	}
	return p
}

// Fee returns 21000 x price and whether it overflowed 256 bits.
func (t *Tx) Fee(baseFee uint64) (uint256.Int, bool) {
	p := t.Price(baseFee)
	var f uint256.Int
	_, over := f.MulOverflow(&p, uint256.NewInt(TransferGas))
	return f, over
}

// Cost returns value + fee and whether it overflowed 256 bits (then no
// balance covers it).
func (t *Tx) Cost(baseFee uint64) (uint256.Int, bool) {
	f, over := t.Fee(baseFee)
	var c uint256.Int
	_, over2 := c.AddOverflow(&f, &t.Value)
	return c, over || over2
}

var (
	secp256k1N     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secp256k1HalfN = new(uint256.Int).Rsh(secp256k1N, 1)
)

func keccak(parts ...[]byte) common.Hash { return crypto.Keccak256Hash(parts...) }
