package devnet

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/rollup"
)

// RollupReport is what the demo's rollup part did.
type RollupReport struct {
	Transfers  int      `json:"transfers"`
	Withdrawal string   `json:"withdrawal_tx"` // a transfer to the withdrawal address, initiated on L2
	Blocks     uint64   `json:"blocks"`
	Batches    int      `json:"batches"`
	BlobIDs    []string `json:"blob_ids"`
	// RootsEqual: at every batch the verifier derived (from L1 and the
	// members alone), its state and withdrawals roots and block hash are
	// the sequencer's.
	RootsEqual bool    `json:"roots_equal"`
	SafeMS     float64 `json:"safe_ms"` // last transfer sent to the verifier reaching it
	// Forced is the transfer of the censored account, refused by the
	// sequencer and forced in through the inbox on L1; ForcedMS from its
	// forceTx to the verifier deriving it.
	Forced   string  `json:"forced_tx"`
	ForcedMS float64 `json:"forced_ms"`
}

// demoRollup sends transfers from the prefunded accounts through ethclient
// on the sequencer's JSON-RPC, one withdrawal to the withdrawal address,
// waits until every transfer is in a certified batch recorded in the
// inbox, and checks that the verifier's roots equal the sequencer's at
// every batch.
func (d *Devnet) demoRollup(ctx context.Context, w io.Writer, transfers int) (*RollupReport, error) {
	r := d.rollup
	ec, err := ethclient.DialContext(ctx, r.seqURL)
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	rep := &RollupReport{}
	fmt.Fprintf(w, "\nrollup: %d transfers from %d prefunded accounts through ethclient (%s), one withdrawal\n", transfers, len(r.accounts), r.seqURL)
	addrs := make([]common.Address, len(r.accounts))
	for i, k := range r.accounts {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	if _, err := waitFor(ctx, 2*time.Minute, func() (bool, bool, error) {
		for _, a := range addrs {
			b, err := ec.BalanceAt(ctx, a, nil)
			if err != nil || b.Sign() == 0 {
				return false, false, nil
			}
		}
		return true, true, nil
	}); err != nil {
		return nil, fmt.Errorf("rollup: the prefund deposits: %w", err)
	}
	chainID := new(big.Int).SetUint64(r.cfg.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	fee := new(big.Int).SetUint64(r.cfg.BaseFee)
	nonces := make([]uint64, len(addrs))
	send := func(from int, to common.Address, value *big.Int) (*types.Transaction, error) {
		tx := types.MustSignNewTx(r.accounts[from], signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonces[from],
			GasFeeCap: fee, Gas: 21000, To: &to, Value: value})
		if err := ec.SendTransaction(ctx, tx); err != nil {
			return nil, err
		}
		nonces[from]++
		return tx, nil
	}
	var last *types.Transaction
	t0 := time.Now()
	for i := range transfers {
		if last, err = send(i%len(addrs), addrs[(i*7+3)%len(addrs)], big.NewInt(int64(1e12+i))); err != nil {
			return nil, fmt.Errorf("rollup: transfer %d: %w", i, err)
		}
	}
	wd, err := send(0, rollup.WithdrawalAddress, big.NewInt(1e15))
	if err != nil {
		return nil, fmt.Errorf("rollup: withdrawal: %w", err)
	}
	rep.Transfers, rep.Withdrawal = transfers, wd.Hash().Hex()
	var block uint64
	for _, tx := range []*types.Transaction{last, wd} {
		rc, err := waitFor(ctx, 2*time.Minute, func() (*types.Receipt, bool, error) {
			rc, err := ec.TransactionReceipt(ctx, tx.Hash())
			return rc, err == nil && rc != nil, nil
		})
		if err != nil {
			return nil, fmt.Errorf("rollup: receipt of %s: %w", tx.Hash(), err)
		}
		if rc.Status != 1 {
			return nil, fmt.Errorf("rollup: %s failed", tx.Hash())
		}
		block = max(block, rc.BlockNumber.Uint64())
	}
	if _, err := waitFor(ctx, 3*time.Minute, func() (bool, bool, error) {
		l, _, _ := r.verifier.Chain().Tags()
		return true, l >= block, nil
	}); err != nil {
		return nil, fmt.Errorf("rollup: the verifier did not reach block %d: %w", block, err)
	}
	rep.SafeMS = ms(time.Since(t0))
	forcedBlock, err := d.demoForced(ctx, w, ec, addrs[1], rep)
	if err != nil {
		return nil, fmt.Errorf("rollup: forced inclusion: %w", err)
	}
	rep.Blocks = max(block, forcedBlock)
	rep.RootsEqual = true
	for _, res := range r.verifier.Results() {
		rep.Batches++
		rep.BlobIDs = append(rep.BlobIDs, res.BlobID.String())
		want, ok := r.seqChain.Block(res.Head.Number)
		if !ok || want.Hash != res.Head.Hash || want.Roots != res.Roots {
			rep.RootsEqual = false
		}
	}
	fmt.Fprintf(w, "rollup: %d blocks in %d batches, every batch certified by the committee and recorded in the inbox;\n", rep.Blocks, rep.Batches)
	fmt.Fprintf(w, "        the verifier (L1 and members only) derived the same roots at every batch: %v (%.1f s to the last transfer)\n",
		rep.RootsEqual, rep.SafeMS/1000)
	return rep, nil
}

// demoForced tries the censored account: a deposit (the censoring
// sequencer takes deposits), a transfer the sequencer refuses, the same
// transfer forced through the inbox on L1, and its receipt once the
// inbox forced it into a batch after the delay and the sequencer rebuilt
// its chain; then the verifier deriving it. It returns the transfer's
// block.
func (d *Devnet) demoForced(ctx context.Context, w io.Writer, ec *ethclient.Client, to common.Address, rep *RollupReport) (uint64, error) {
	r := d.rollup
	key := CensoredAccountKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	fmt.Fprintf(w, "rollup: the sequencer censors %s; forcing its transfer in through the inbox on L1\n", from)
	if _, _, err := r.inbox.Deposit(ctx, d.seqAcct.tx, from, big.NewInt(1e16)); err != nil {
		return 0, fmt.Errorf("deposit: %w", err)
	}
	if _, err := waitFor(ctx, 2*time.Minute, func() (bool, bool, error) {
		b, err := ec.BalanceAt(ctx, from, nil)
		return true, err == nil && b.Sign() > 0, nil
	}); err != nil {
		return 0, fmt.Errorf("the deposit to the censored account: %w", err)
	}
	chainID := new(big.Int).SetUint64(r.cfg.ChainID)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, err
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasFeeCap: new(big.Int).SetUint64(r.cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(1e12)})
	if err := ec.SendTransaction(ctx, tx); err == nil {
		return 0, fmt.Errorf("the sequencer took the censored account's transaction")
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return 0, err
	}
	fee, err := r.inbox.ForceTxFee(ctx)
	if err != nil {
		return 0, err
	}
	t0 := time.Now()
	item, _, err := r.inbox.ForceTx(ctx, d.seqAcct.tx, raw, fee)
	if err != nil {
		return 0, fmt.Errorf("forceTx: %w", err)
	}
	rc, err := waitFor(ctx, 3*time.Minute, func() (*types.Receipt, bool, error) {
		rc, err := ec.TransactionReceipt(ctx, tx.Hash())
		return rc, err == nil && rc != nil, nil
	})
	if err != nil {
		return 0, fmt.Errorf("the forced transaction (queue item %d) never reached the sequencer's chain: %w", item.Index, err)
	}
	if rc.Status != 1 {
		return 0, fmt.Errorf("the forced transaction %s failed", tx.Hash())
	}
	block := rc.BlockNumber.Uint64()
	if _, err := waitFor(ctx, 3*time.Minute, func() (bool, bool, error) {
		_, _, ok := r.verifier.Chain().Tx(tx.Hash())
		return true, ok, nil
	}); err != nil {
		return 0, fmt.Errorf("the verifier did not derive the forced transaction: %w", err)
	}
	rep.Forced, rep.ForcedMS = tx.Hash().Hex(), ms(time.Since(t0))
	fmt.Fprintf(w, "rollup: forced transaction %s (queue item %d) in L2 block %d on the sequencer and the verifier, %.1f s after forceTx\n",
		tx.Hash(), item.Index, block, rep.ForcedMS/1000)
	return block, nil
}
