package txn

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

// Errors of the JSON-RPC-facing validation, with go-ethereum's strings for
// the same faults (core/error.go, core/txpool/errors.go,
// core/types/transaction.go, internal/ethapi) so wallets and tools that
// match on them behave as against geth. The last four are the rollup's own
// (go-ethereum accepts these transactions; the rollup carries value
// transfers only).
var (
	ErrRPCTxTypeNotSupported = errors.New("transaction type not supported")
	ErrRPCInvalidSender      = errors.New("invalid sender")
	ErrRPCInvalidChainID     = errors.New("invalid chain id for signer")
	ErrRPCInvalidSig         = errors.New("invalid transaction v, r, s values")
	ErrRPCUnprotected        = errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	ErrRPCNonceTooLow        = errors.New("nonce too low")
	ErrRPCNonceTooHigh       = errors.New("nonce too high")
	ErrRPCNonceMax           = errors.New("nonce has max value")
	ErrRPCInsufficientFunds  = errors.New("insufficient funds for gas * price + value")
	ErrRPCIntrinsicGas       = errors.New("intrinsic gas too low")
	ErrRPCFeeCapTooLow       = errors.New("max fee per gas less than block base fee")
	ErrRPCTipAboveFeeCap     = errors.New("max priority fee per gas higher than max fee per gas")
	ErrRPCOversized          = errors.New("oversized data")

	ErrRPCEncoding   = errors.New("rlp: invalid transaction encoding (canonical RLP required)")
	ErrRPCCreate     = errors.New("contract creation is not supported: the rollup carries value transfers only")
	ErrRPCData       = errors.New("transaction data is not supported: the rollup carries value transfers only")
	ErrRPCAccessList = errors.New("access lists are not supported: the rollup carries value transfers only")
)

// rpcErrors maps each stateless Reason to the error eth_sendRawTransaction
// returns.
var rpcErrors = map[Reason]error{
	ErrType:            ErrRPCTxTypeNotSupported,
	ErrEncoding:        ErrRPCEncoding,
	ErrNonCanonical:    ErrRPCEncoding,
	ErrFieldSize:       ErrRPCEncoding,
	ErrChainID:         fmt.Errorf("%w: %w", ErrRPCInvalidSender, ErrRPCInvalidChainID),
	ErrUnprotected:     ErrRPCUnprotected,
	ErrNonceMax:        ErrRPCNonceMax,
	ErrCreate:          ErrRPCCreate,
	ErrData:            ErrRPCData,
	ErrAccessList:      ErrRPCAccessList,
	ErrYParity:         fmt.Errorf("%w: %w", ErrRPCInvalidSender, ErrRPCInvalidSig),
	ErrSignatureValues: fmt.Errorf("%w: %w", ErrRPCInvalidSender, ErrRPCInvalidSig),
	ErrHighS:           fmt.Errorf("%w: %w", ErrRPCInvalidSender, ErrRPCInvalidSig),
	ErrIntrinsicGas:    ErrRPCIntrinsicGas,
	ErrFeeCapTooLow:    ErrRPCFeeCapTooLow,
	ErrTipAboveFeeCap:  ErrRPCTipAboveFeeCap,
	ErrRecover:         ErrRPCInvalidSender,
}

// DecodeRPC decodes a raw transaction sent to eth_sendRawTransaction with
// the consensus rules (Decode) and returns go-ethereum's error for the
// fault. maxSize is MAX_RECORD: a longer transaction could never be
// sequenced.
func DecodeRPC(raw []byte, p Params, maxSize int) (*Tx, error) {
	if len(raw) > maxSize {
		return nil, fmt.Errorf("%w: transaction size %d, limit %d", ErrRPCOversized, len(raw), maxSize)
	}
	if len(raw) > 0 && raw[0] < 0x80 && raw[0] != TypeDynamic {
		return nil, fmt.Errorf("%w: type %d; the rollup accepts types 0 and 2", ErrRPCTxTypeNotSupported, raw[0])
	}
	t, err := Decode(raw, p)
	if err != nil {
		var r Reason
		if errors.As(err, &r) {
			return nil, rpcErrors[r]
		}
		return nil, err
	}
	return t, nil
}

// CheckState applies the stateful rules for admission: next is the nonce
// the sender's next transaction must carry (the pool's pending nonce) and
// balance what it can still spend. Errors carry go-ethereum's wording and
// details.
func CheckState(t *Tx, baseFee uint64, next uint64, balance *uint256.Int) error {
	switch {
	case t.Nonce < next:
		return fmt.Errorf("%w: next nonce %d, tx nonce %d", ErrRPCNonceTooLow, next, t.Nonce)
	case t.Nonce > next:
		return fmt.Errorf("%w: tx nonce %d, gapped nonce %d", ErrRPCNonceTooHigh, t.Nonce, next)
	}
	cost, over := t.Cost(baseFee)
	if over || balance.Lt(&cost) {
		var overshot uint256.Int
		overshot.Sub(&cost, balance)
		return fmt.Errorf("%w: balance %s, tx cost %s, overshot %s", ErrRPCInsufficientFunds, balance.Dec(), cost.Dec(), overshot.Dec())
	}
	return nil
}
