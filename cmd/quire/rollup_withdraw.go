package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/prover"
	rrpc "github.com/quire-da/quire/rollup/rpc"
	"github.com/quire-da/quire/rollup/state"
)

const rollupWithdrawUsage = `usage:
  quire rollup withdraw --l2-rpc URL --l2-key-file FILE --value AMOUNT
  quire rollup withdraw --finalize --sender ADDRESS --nonce N --l2-rpc URL
                        --inbox ADDRESS --rpc L1URL --key-file FILE [--wait]

Withdraws ETH from the rollup to L1 in two steps.

Without --finalize it initiates: it signs an L2 transfer of --value to the
withdrawal address W (0x4200000000000000000000000000000000000016) from
--l2-key-file's account, sends it through --l2-rpc (a node or the
sequencer), waits for its receipt and prints the withdrawal's sender and
nonce (the transfer's nonce), which --finalize takes.

With --finalize it pays the withdrawal on L1: it finds the newest
finalized output on RollupGame, asks the rollup node (--l2-rpc) for the
withdrawal's Merkle proof against that output's withdrawals root
(rollup_getWithdrawalProof at the output's L2 block), checks the root, and
sends RollupInbox.withdraw from --key-file's L1 account (anyone may send
it; the sender is paid). It refuses, with the reason, a withdrawal already
paid, one no finalized output contains yet (naming the pending output
that does, and when its challenge window ends), and never uses a pending
or rejected output. --wait waits (up to --timeout) until an output
containing it is finalized.

flags:
`

func runRollupWithdraw(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rollup withdraw", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, rollupWithdrawUsage)
		fs.PrintDefaults()
	}
	var f l1Flags
	f.register(fs, false, true)
	l2URL := fs.String("l2-rpc", "http://127.0.0.1:8548", "the rollup node's (or sequencer's) JSON-RPC `url`")
	l2Key := fs.String("l2-key-file", "", "initiate: the L2 account's key `file` (a V3 keystore or a hex key)")
	l2Pass := fs.String("l2-key-password-file", "", "`file` whose first line is --l2-key-file's passphrase")
	value := fs.String("value", "", "initiate: the `amount` to withdraw (wei, or 0.5ether, 3gwei)")
	finalize := fs.Bool("finalize", false, "pay the withdrawal on L1 against a finalized output")
	sender := fs.String("sender", "", "finalize: the withdrawal's L2 sender `address`")
	nonce := fs.Int64("nonce", -1, "finalize: the withdrawal's `nonce` (its transfer's nonce)")
	inbox := fs.String("inbox", "", "finalize: the RollupInbox `address`")
	wait := fs.Bool("wait", false, "finalize: wait until an output containing the withdrawal is finalized")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: rollup withdraw takes no arguments", errUsage)
	}
	if f.timeout <= 0 {
		return fmt.Errorf("%w: --timeout must be positive", errUsage)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	if !*finalize {
		if *l2Key == "" || *value == "" {
			return fmt.Errorf("%w: rollup withdraw needs --l2-key-file and --value (or --finalize)", errUsage)
		}
		v, err := parseValue(*value)
		if err != nil || v.Sign() == 0 {
			return fmt.Errorf("%w: --value: %v", errUsage, errors.Join(err, errIf(v != nil && v.Sign() == 0, "zero")))
		}
		return withdrawInitiate(ctx, *l2URL, *l2Key, *l2Pass, v, stdout, stderr)
	}
	switch {
	case !common.IsHexAddress(*sender):
		return fmt.Errorf("%w: --finalize needs --sender ADDRESS", errUsage)
	case *nonce < 0:
		return fmt.Errorf("%w: --finalize needs --nonce N", errUsage)
	case f.keyFile == "":
		return fmt.Errorf("%w: --finalize needs --key-file (the L1 account sending withdraw)", errUsage)
	}
	return withdrawFinalize(ctx, &f, *inbox, *l2URL, common.HexToAddress(*sender), uint64(*nonce), *wait, stdout)
}

// withdrawInitiate sends value to W on L2 and prints the withdrawal.
func withdrawInitiate(ctx context.Context, url, keyFile, passFile string, value *big.Int, stdout, stderr io.Writer) error {
	key, err := readL1Key(keyFile, passFile, stderr)
	if err != nil {
		return err
	}
	l2, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("l2 %s: %w", url, err)
	}
	defer l2.Close()
	chainID, err := l2.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("l2 %s: %w", url, err)
	}
	from := ethcrypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l2.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("l2 nonce: %w", err)
	}
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil || head.BaseFee == nil {
		return fmt.Errorf("l2 base fee: %v", errors.Join(err, errIf(err == nil, "the head has no base fee")))
	}
	to := rollup.WithdrawalAddress
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasFeeCap: head.BaseFee, GasTipCap: new(big.Int), Gas: rollup.TransferGas, To: &to, Value: value})
	if err := l2.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("send the withdrawal: %w", err)
	}
	var rc *types.Receipt
	for rc == nil {
		if rc, err = l2.TransactionReceipt(ctx, tx.Hash()); err != nil && ctx.Err() == nil {
			rc = nil
			time.Sleep(250 * time.Millisecond)
			continue
		}
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
		}
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("the withdrawal %s failed on L2 (insufficient funds?)", tx.Hash())
	}
	fmt.Fprintf(stdout, "withdrawal initiated: sender %s nonce %d, %s wei, L2 block %d, tx %s\n",
		from.Hex(), nonce, value, rc.BlockNumber.Uint64(), tx.Hash().Hex())
	fmt.Fprintf(stdout, "once an output covering L2 block %d is finalized on L1:\n  quire rollup withdraw --finalize --sender %s --nonce %d --l2-rpc %s --inbox ADDRESS --rpc L1URL --key-file FILE\n",
		rc.BlockNumber.Uint64(), from.Hex(), nonce, url)
	return nil
}

// errNotYet is what one finalize attempt returns when no finalized output
// contains the withdrawal yet (--wait tries again).
var errNotYet = errors.New("not yet finalized")

// withdrawFinalize proves and pays the withdrawal (sender, nonce).
func withdrawFinalize(ctx context.Context, f *l1Flags, inbox, l2URL string, sender common.Address, nonce uint64, wait bool, stdout io.Writer) error {
	ec, in, from, err := openInboxAs(ctx, f, inbox)
	if err != nil {
		return err
	}
	defer ec.Close()
	game, err := in.Game(ctx)
	if err != nil {
		return fmt.Errorf("the inbox's game: %w", err)
	}
	l2, err := gethrpc.DialContext(ctx, l2URL)
	if err != nil {
		return fmt.Errorf("l2 %s: %w", l2URL, err)
	}
	defer l2.Close()
	view := prover.NewGameL1(game, ec, from, nil, 0)
	said := ""
	for {
		if paid, err := in.Withdrawn(ctx, sender, nonce); err != nil {
			return err
		} else if paid {
			return fmt.Errorf("the withdrawal (sender %s, nonce %d) was already paid", sender.Hex(), nonce)
		}
		p, proof, err := findFinalOutput(ctx, view, l2, sender, nonce)
		if err == nil {
			r, err := in.Withdraw(ctx, from, p.ID, sender, nonce, proof.Amount.ToInt(), proof.Proof)
			if err != nil {
				return fmt.Errorf("withdraw against proposal %d: %w", p.ID, err)
			}
			fmt.Fprintf(stdout, "paid %s wei to %s (withdrawal nonce %d) against finalized proposal %d (L2 block %d): L1 block %d, tx %s, gas %d\n",
				proof.Amount.ToInt(), sender.Hex(), nonce, p.ID, uint64(proof.BlockNumber), r.BlockNumber.Uint64(), r.TxHash.Hex(), r.GasUsed)
			return nil
		}
		if !errors.Is(err, errNotYet) || !wait {
			return err
		}
		if msg := err.Error(); msg != said {
			fmt.Fprintf(stdout, "waiting: %s\n", msg)
			said = msg
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (last: %v)", ctx.Err(), err)
		case <-time.After(2 * time.Second):
		}
	}
}

// findFinalOutput returns the newest finalized proposal whose output
// contains the withdrawal, with its proof from the node; errNotYet (with
// the pending proposal that contains it, if any) when none does.
func findFinalOutput(ctx context.Context, view *prover.GameL1, l2 *gethrpc.Client, sender common.Address, nonce uint64) (prover.Proposal, *rrpc.WithdrawalProof, error) {
	n, err := view.ProposalCount(ctx)
	if err != nil {
		return prover.Proposal{}, nil, err
	}
	params, err := view.Params(ctx)
	if err != nil {
		return prover.Proposal{}, nil, err
	}
	var pending *prover.Proposal
	for id := n; id > 1; id-- {
		p, err := view.Proposal(ctx, id-1)
		if err != nil {
			return prover.Proposal{}, nil, err
		}
		if p.Status == prover.ProposalRejected {
			continue
		}
		var proof rrpc.WithdrawalProof
		err = l2.CallContext(ctx, &proof, "rollup_getWithdrawalProof", sender, fmt.Sprintf("0x%x", nonce),
			map[string]any{"blockHash": p.L2BlockHash})
		if err != nil {
			// The node does not know the block (a wrong output) or the
			// withdrawal is not in it (an older output).
			continue
		}
		if proof.WithdrawalsRoot != p.WithdrawalsRoot || !state.Verify(p.WithdrawalsRoot, proof.Key, proof.Leaf, proof.Proof) {
			continue // the node's state at that block is not the output's: never use it
		}
		if p.Status == prover.ProposalFinalized {
			return p, &proof, nil
		}
		if pending == nil {
			pending = &p
		}
	}
	if pending != nil {
		return prover.Proposal{}, nil, fmt.Errorf("%w: proposal %d contains the withdrawal and is pending; its challenge window ends at L1 time %d",
			errNotYet, pending.ID, pending.Time+params.ChallengeWindow)
	}
	return prover.Proposal{}, nil, fmt.Errorf("%w: no proposal on L1 contains the withdrawal (sender %s, nonce %d) yet; the next output after its L2 block will",
		errNotYet, sender.Hex(), nonce)
}
