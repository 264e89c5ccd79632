package txn

// Reason is why a record body or a forced transaction is not a valid
// transfer; the step is then a no-op. A Reason is an error, and the
// exported values below are the package's sentinel errors (compare with
// errors.Is). Retrying never helps: the verdict is a function of the bytes
// (and, for the last two, of the state).
type Reason uint8

// Reasons, in the order the checks run (docs/rollup.md, "Transactions").
// The verdict (valid or not) is what implementations must agree on; the
// reason is the first failing check in this order.
const (
	// ErrType: the first byte is neither 0x02 (EIP-1559) nor 0xc0..0xff (a
	// legacy RLP list).
	ErrType Reason = iota + 1
	// ErrEncoding: the RLP list header or an item header is malformed or
	// not of the allowed form, the list does not end exactly at the end of
	// the body, it has the wrong item count, or an item has the wrong kind
	// or length.
	ErrEncoding
	// ErrNonCanonical: an integer has a leading zero byte, or a single
	// byte below 0x80 is wrapped in a string header.
	ErrNonCanonical
	// ErrFieldSize: an integer is longer than its field allows (8 bytes
	// for nonce and gas, 32 for the others).
	ErrFieldSize
	// ErrChainID: the chain ID (type 2) or the chain ID encoded in v
	// (legacy) is not the rollup's.
	ErrChainID
	// ErrUnprotected: a legacy transaction without EIP-155 replay
	// protection (v = 27 or 28).
	ErrUnprotected
	// ErrNonceMax: nonce = 2^64 - 1 (EIP-2681).
	ErrNonceMax
	// ErrCreate: the to field is empty (contract creation).
	ErrCreate
	// ErrData: the data field is not empty.
	ErrData
	// ErrAccessList: the access list is not empty.
	ErrAccessList
	// ErrYParity: yParity is not 0 or 1, or a legacy v is not 2c+35 or
	// 2c+36.
	ErrYParity
	// ErrSignatureValues: r or s is 0, r >= n, or s >= n (secp256k1 order).
	ErrSignatureValues
	// ErrHighS: s > n/2 (EIP-2).
	ErrHighS
	// ErrIntrinsicGas: the gas limit is below 21,000.
	ErrIntrinsicGas
	// ErrFeeCapTooLow: maxFeePerGas (legacy: gasPrice) is below the base
	// fee.
	ErrFeeCapTooLow
	// ErrTipAboveFeeCap: maxPriorityFeePerGas > maxFeePerGas.
	ErrTipAboveFeeCap
	// ErrRecover: public key recovery fails or gives the zero address.
	ErrRecover
	// ErrNonce: the nonce is not the sender's account nonce (state).
	ErrNonce
	// ErrInsufficientFunds: the sender's balance is below value + 21000 x
	// price (state).
	ErrInsufficientFunds
)

var reasonNames = [...]string{
	ErrType:              "type",
	ErrEncoding:          "encoding",
	ErrNonCanonical:      "non-canonical",
	ErrFieldSize:         "field-size",
	ErrChainID:           "chain-id",
	ErrUnprotected:       "unprotected",
	ErrNonceMax:          "nonce-max",
	ErrCreate:            "create",
	ErrData:              "data",
	ErrAccessList:        "access-list",
	ErrYParity:           "y-parity",
	ErrSignatureValues:   "signature-values",
	ErrHighS:             "high-s",
	ErrIntrinsicGas:      "intrinsic-gas",
	ErrFeeCapTooLow:      "fee-cap-too-low",
	ErrTipAboveFeeCap:    "tip-above-fee-cap",
	ErrRecover:           "recover",
	ErrNonce:             "nonce",
	ErrInsufficientFunds: "insufficient-funds",
}

// String returns the reason's stable short name (used in golden vectors).
func (r Reason) String() string {
	if int(r) < len(reasonNames) && reasonNames[r] != "" {
		return reasonNames[r]
	}
	return "unknown"
}

// Error implements error.
func (r Reason) Error() string { return "txn: invalid transaction: " + r.String() }

// ParseReason returns the Reason with the given short name.
func ParseReason(s string) (Reason, bool) {
	for i, n := range reasonNames {
		if n == s && n != "" {
			return Reason(i), true
		}
	}
	return 0, false
}
