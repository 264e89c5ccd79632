package l1

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Contract is a handle on any deployed contract, described by its abigen
// metadata (bind.MetaData: ABI and bytecode): it sends transactions and
// waits for their receipts, makes read-only calls, and turns reverts into
// *RevertError decoded by the contract's own custom errors. It works the
// same over the simulated chain (NewSimulated, with WithMiner) and any
// JSON-RPC endpoint. Committee is built on it; other contracts use it
// directly with their bindings' Pack and Unpack functions:
//
//	c, receipt, err := l1.DeployContract(ctx, backend, from, contracts.FooMetaData, foo.PackConstructor(x))
//	r, err := c.Transact(ctx, from, "submit", foo.PackSubmit(y))
//	v, err := l1.Call(ctx, c, foo.PackValue(), foo.UnpackValue)
//	l1.RevertName(err) // "Unauthorized", for a custom error
//
// It is safe for concurrent use; every call is bounded by WithTimeout.
type Contract struct {
	backend  Backend
	address  common.Address
	chainID  uint64
	parsed   *abi.ABI
	errs     *abi.ABI // parsed's errors and WithErrorsOf's, for reverts
	instance *bind.BoundContract
	opts     options
}

// DeployContract deploys the contract of meta from `from` with the
// ABI-encoded constructor arguments input (nil when there are none), waits
// for it to be mined and returns a handle on it with the receipt.
func DeployContract(ctx context.Context, b Backend, from *bind.TransactOpts, meta *bind.MetaData, input []byte, opts ...Option) (*Contract, *types.Receipt, error) {
	o := buildOptions(opts)
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	parsed, err := meta.ParseABI()
	if err != nil {
		return nil, nil, fmt.Errorf("l1: contract ABI: %w", err)
	}
	addr, tx, err := bind.DeployContract(withContext(from, ctx), common.FromHex(meta.Bin), b, input)
	if err != nil {
		return nil, nil, asRevertWith(parsed, err)
	}
	if o.mine != nil {
		o.mine()
	}
	r, err := WaitForReceipt(ctx, b, tx.Hash(), o.poll)
	if err != nil {
		return nil, r, err
	}
	c, err := newContract(ctx, b, parsed, addr, o)
	return c, r, err
}

// BindContract returns a handle on the contract of meta at address. It
// reads the chain ID and checks that code is deployed there.
func BindContract(ctx context.Context, b Backend, meta *bind.MetaData, address common.Address, opts ...Option) (*Contract, error) {
	o := buildOptions(opts)
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	parsed, err := meta.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("l1: contract ABI: %w", err)
	}
	code, err := b.CodeAt(ctx, address, nil)
	if err != nil {
		return nil, fmt.Errorf("l1: code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("l1: no contract at %s", address)
	}
	return newContract(ctx, b, parsed, address, o)
}

func newContract(ctx context.Context, b Backend, parsed *abi.ABI, address common.Address, o options) (*Contract, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: chain id: %w", err)
	}
	if !id.IsUint64() {
		return nil, fmt.Errorf("l1: chain id %s does not fit 64 bits", id)
	}
	errs := parsed
	if len(o.errors) > 0 {
		merged := *parsed
		merged.Errors = maps.Clone(parsed.Errors)
		for _, m := range o.errors {
			other, err := m.ParseABI()
			if err != nil {
				return nil, fmt.Errorf("l1: contract ABI: %w", err)
			}
			for name, e := range other.Errors {
				if _, ok := merged.Errors[name]; !ok {
					merged.Errors[name] = e
				}
			}
		}
		errs = &merged
	}
	return &Contract{
		backend:  b,
		address:  address,
		chainID:  id.Uint64(),
		parsed:   parsed,
		errs:     errs,
		instance: bind.NewBoundContract(address, *parsed, b, b, b),
		opts:     o,
	}, nil
}

// Timeout is the bound of every call (WithTimeout).
func (c *Contract) Timeout() time.Duration { return c.opts.timeout }

// PollInterval is how often receipts and logs are polled (WithPollInterval).
func (c *Contract) PollInterval() time.Duration { return c.opts.poll }

// Address returns the contract's address.
func (c *Contract) Address() common.Address { return c.address }

// ChainID returns the chain the contract lives on.
func (c *Contract) ChainID() uint64 { return c.chainID }

// Backend returns the backend the handle talks to.
func (c *Contract) Backend() Backend { return c.backend }

// ABI returns the contract's parsed ABI.
func (c *Contract) ABI() *abi.ABI { return c.parsed }

func withContext(opts *bind.TransactOpts, ctx context.Context) *bind.TransactOpts {
	cp := *opts
	cp.Context = ctx
	return &cp
}

// Transact sends calldata (from the bindings' Pack functions) from
// `from`, waits for the receipt and decodes a revert (found while
// estimating gas) into a *RevertError. what names the call in errors. A
// mined transaction with status 0 is ErrTxFailed, with its receipt.
func (c *Contract) Transact(ctx context.Context, from *bind.TransactOpts, what string, data []byte) (*types.Receipt, error) {
	return c.TransactValue(ctx, from, what, data, nil)
}

// TransactValue is Transact with value wei sent along (nil for none).
func (c *Contract) TransactValue(ctx context.Context, from *bind.TransactOpts, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.timeout)
	defer cancel()
	opts := withContext(from, ctx)
	opts.Value = value
	tx, err := bind.Transact(c.instance, opts, data)
	if err != nil {
		return nil, fmt.Errorf("l1: %s: %w", what, asRevertWith(c.errs, err))
	}
	if c.opts.mine != nil {
		c.opts.mine()
	}
	r, err := WaitForReceipt(ctx, c.backend, tx.Hash(), c.opts.poll)
	if err != nil {
		return r, fmt.Errorf("l1: %s: %w", what, err)
	}
	return r, nil
}

// Call runs a read-only call of calldata data against the latest block
// and unpacks the result (with the bindings' Unpack function). A revert
// comes back as *RevertError.
func Call[T any](ctx context.Context, c *Contract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.timeout)
	defer cancel()
	v, err := bind.Call(c.instance, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return v, asRevertWith(c.errs, err)
	}
	return v, nil
}

// DecodeRevert decodes revert data by the contract's custom errors (see
// DecodeRevertWith).
func (c *Contract) DecodeRevert(data []byte) *RevertError { return DecodeRevertWith(c.errs, data) }

// DecodeLogs returns the logs that address emitted in blocks [from, to],
// in chain order and without removed ones, each decoded by decode. The
// first log decode refuses ends the call with its error. It works on any
// backend with eth_getLogs; ctx bounds the call.
func DecodeLogs[T any](ctx context.Context, b Backend, address common.Address, from, to uint64, decode func(*types.Log) (T, error)) ([]T, error) {
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{address},
	})
	if err != nil {
		return nil, fmt.Errorf("logs %d..%d: %w", from, to, err)
	}
	out := make([]T, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		v, err := decode(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}
