package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what this package needs from an L1 node. Both
// *ethclient.Client (any JSON-RPC endpoint) and the client of go-ethereum's
// simulated backend satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
}

// Errors. ErrTimeout and ErrNotMined may be retried; the others not with the
// same input.
var (
	// ErrReverted is wrapped by every *RevertError: the contract refused the
	// call or transaction.
	ErrReverted = errors.New("l1: execution reverted")
	// ErrTxFailed is returned when a mined transaction has status 0.
	ErrTxFailed = errors.New("l1: transaction failed")
	// ErrTimeout is returned when a call's deadline passes.
	ErrTimeout = errors.New("l1: timed out")
	// ErrUnknownEpoch is returned when the contract has no such epoch.
	ErrUnknownEpoch = errors.New("l1: unknown epoch")
	// ErrBadCommittee is returned when what the contract reports is
	// inconsistent (a key that does not decode, an aggregate whose hash is
	// not the stored one).
	ErrBadCommittee = errors.New("l1: inconsistent committee data")
	// ErrBadCertificate is returned when a certificate does not fit the
	// committee it is checked against (bitmap size) before any call is made.
	ErrBadCertificate = errors.New("l1: certificate does not fit the committee")
	// ErrNoEvent is returned when a receipt lacks the event a transaction
	// must emit.
	ErrNoEvent = errors.New("l1: expected event missing from receipt")
)

// options are the knobs every call shares.
type options struct {
	timeout time.Duration
	poll    time.Duration
	mine    func()
	errors  []*bind.MetaData // other contracts whose errors reverts may carry
}

// Option configures a Committee.
type Option func(*options)

// WithTimeout bounds every call (a transaction's timeout covers sending it
// and waiting for its receipt). The default is one minute.
func WithTimeout(d time.Duration) Option { return func(o *options) { o.timeout = d } }

// WithPollInterval sets how often receipts and logs are polled (default 200ms).
func WithPollInterval(d time.Duration) Option { return func(o *options) { o.poll = d } }

// WithMiner registers a function called after each transaction is sent and
// before its receipt is awaited: pass the simulated backend's Commit so that
// every transaction is mined at once.
func WithMiner(mine func()) Option { return func(o *options) { o.mine = mine } }

// WithErrorsOf has a Contract also decode the custom errors of the
// contracts of metas in its reverts: errors a call passes through from a
// contract it calls (the rollup inbox's certifyAndAppend reverts with the
// committee's errors).
func WithErrorsOf(metas ...*bind.MetaData) Option {
	return func(o *options) { o.errors = append(o.errors, metas...) }
}

func buildOptions(opts []Option) options {
	o := options{timeout: time.Minute, poll: 200 * time.Millisecond}
	for _, f := range opts {
		f(&o)
	}
	if o.timeout <= 0 {
		o.timeout = time.Minute
	}
	if o.poll <= 0 {
		o.poll = 200 * time.Millisecond
	}
	return o
}

// NewTransactor returns transaction options that sign with key on chainID.
func NewTransactor(key *ecdsa.PrivateKey, chainID uint64) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, new(big.Int).SetUint64(chainID))
}

// WaitForReceipt polls for the receipt of txHash every poll until it is
// mined or ctx ends. A receipt with status 0 is returned with ErrTxFailed.
// Errors from the node (not found, "transaction indexing is in progress",
// a dropped connection) are retried until ctx ends; the last one is
// reported with ErrTimeout.
func WaitForReceipt(ctx context.Context, b bind.DeployBackend, txHash common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = 200 * time.Millisecond
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	var last error
	for {
		r, err := b.TransactionReceipt(ctx, txHash)
		if err == nil && r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%w: %s (gas used %d)", ErrTxFailed, txHash, r.GasUsed)
			}
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("%w: waiting for %s: %v (last error: %v)", ErrTimeout, txHash, ctx.Err(), last)
			}
			return nil, fmt.Errorf("%w: waiting for %s: %v", ErrTimeout, txHash, ctx.Err())
		case <-t.C:
		}
	}
}

// u64 converts a *big.Int the contract returned as a uint48 or uint64.
func u64(x *big.Int) uint64 {
	if x == nil || !x.IsUint64() {
		return 0
	}
	return x.Uint64()
}
