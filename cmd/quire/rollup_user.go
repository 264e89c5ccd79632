package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	dacl1 "github.com/quire-da/quire/dac/l1"
	rl1 "github.com/quire-da/quire/rollup/l1"
)

// parseValue reads an amount of ETH: plain wei ("1000"), or with a unit
// ("0.5ether", "3gwei", "12wei").
func parseValue(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	units := []struct {
		suffix string
		exp    int
	}{{"ether", 18}, {"eth", 18}, {"gwei", 9}, {"wei", 0}}
	exp := 0
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, exp = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.exp
			break
		}
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not an amount (wei, or with ether or gwei)", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q is a fraction of a wei", s)
	}
	return r.Num(), nil
}

func openInbox(ctx context.Context, f *l1Flags, inbox string) (*ethclient.Client, *rl1.Inbox, error) {
	if !common.IsHexAddress(inbox) {
		return nil, nil, fmt.Errorf("%w: --inbox: want the RollupInbox's 0x address", errUsage)
	}
	ec, err := ethclient.DialContext(ctx, rpcURL(f.rpc))
	if err != nil {
		return nil, nil, fmt.Errorf("l1 %s: %w", rpcURL(f.rpc), err)
	}
	in, err := rl1.New(ctx, ec, common.HexToAddress(inbox), rl1.WithTimeout(f.timeout))
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	return ec, in, nil
}

// openInboxAs reads the L1 key file of f and opens the inbox, returning
// the sender's transaction options on the inbox's chain.
func openInboxAs(ctx context.Context, f *l1Flags, inbox string) (*ethclient.Client, *rl1.Inbox, *bind.TransactOpts, error) {
	key, err := f.key()
	if err != nil {
		return nil, nil, nil, err
	}
	ec, in, err := openInbox(ctx, f, inbox)
	if err != nil {
		return nil, nil, nil, err
	}
	return ec, in, dacl1.NewTransactor(key, in.ChainID()), nil
}

func runRollupDeposit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rollup deposit", stderr)
	var f l1Flags
	f.register(fs, false, true)
	inbox := fs.String("inbox", "", "the RollupInbox (bridge) `address`")
	to := fs.String("to", "", "the L2 `address` credited")
	value := fs.String("value", "", "the `amount` (wei, or 0.5ether, 3gwei)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || !common.IsHexAddress(*to) || *value == "" {
		return fmt.Errorf("%w: rollup deposit needs --inbox, --to ADDRESS, --value AMOUNT and --key-file", errUsage)
	}
	v, err := parseValue(*value)
	if err != nil || v.Sign() == 0 {
		return fmt.Errorf("%w: --value: %v", errUsage, errors.Join(err, errIf(v != nil && v.Sign() == 0, "zero")))
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	ec, in, from, err := openInboxAs(ctx, &f, *inbox)
	if err != nil {
		return err
	}
	defer ec.Close()
	it, r, err := in.Deposit(ctx, from, common.HexToAddress(*to), v)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "deposited %s wei to %s: queue item %d, L1 block %d, tx %s\n", v, common.HexToAddress(*to).Hex(), it.Index, r.BlockNumber.Uint64(), r.TxHash.Hex())
	fmt.Fprintln(stdout, "it is credited in the first L2 block of the next batch the sequencer appends")
	return nil
}

func runRollupForceInclude(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rollup force-include", stderr)
	var f l1Flags
	f.register(fs, false, true)
	inbox := fs.String("inbox", "", "the RollupInbox (bridge) `address`")
	raw := fs.String("raw", "", "the signed L2 transaction, 0x hex (as eth_sendRawTransaction takes it; cast mktx makes one)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *raw == "" {
		return fmt.Errorf("%w: rollup force-include needs --inbox, --raw 0xSIGNEDTX and --key-file (the L1 payer)", errUsage)
	}
	b, err := hexutil.Decode(strings.TrimSpace(*raw))
	if err != nil {
		return fmt.Errorf("%w: --raw: %v", errUsage, err)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(b); err != nil {
		return fmt.Errorf("%w: --raw is not a signed Ethereum transaction: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	ec, in, from, err := openInboxAs(ctx, &f, *inbox)
	if err != nil {
		return err
	}
	defer ec.Close()
	fee, err := in.ForceTxFee(ctx)
	if err != nil {
		return err
	}
	it, r, err := in.ForceTx(ctx, from, b, fee)
	if err != nil {
		return err
	}
	head, err := ec.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		return err
	}
	delay, err := in.ForceDelay(ctx)
	if err != nil {
		return err
	}
	due := time.Unix(int64(head.Time), 0).Add(delay).UTC()
	fmt.Fprintf(stdout, "forced L2 transaction %s: queue item %d, fee %s wei, L1 block %d, tx %s\n", tx.Hash().Hex(), it.Index, fee, r.BlockNumber.Uint64(), r.TxHash.Hex())
	fmt.Fprintf(stdout, "every batch appended after %s must include it (derivation applies it even if the sequencer leaves it out)\n", due.Format(time.RFC3339))
	return nil
}

func errIf(cond bool, msg string) error {
	if cond {
		return errors.New(msg)
	}
	return nil
}
