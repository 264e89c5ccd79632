package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrStaleHead is returned by ExecuteWhenDue when a change's ETA has
// passed by the wall clock but not by the head block's timestamp, which is
// what the contract compares: the chain has mined no block since (a chain
// that mines on demand, geth --dev --dev.period 0). Nudging helps.
var ErrStaleHead = errors.New("l1: the ETA has passed but the chain has mined no block since")

// Due says how ExecuteWhenDue treats a change that is not due yet.
type Due struct {
	// Wait waits for the ETA (within ctx) instead of returning the
	// ChangeNotReady revert at once.
	Wait bool
	// Nudge, with Wait, is the key of an account that sends a zero-value
	// transaction to itself once the ETA has passed but the head block
	// predates it, so that a chain mining on demand mines a block with
	// the current time. Nil never nudges.
	Nudge *ecdsa.PrivateKey
	// Note, when set, hears progress: the ETA when the wait starts, and
	// each nudge.
	Note func(string)
}

// ExecuteWhenDue executes queued change id and returns the epoch it
// starts, like ExecuteChange, but handles the time lock: while the
// contract reverts with ChangeNotReady it waits for the change's ETA (with
// due.Wait) and nudges a chain whose head predates a passed ETA (with
// due.Nudge). Other reverts come back as *RevertError at once. When the
// head is stale the error also wraps ErrStaleHead.
func (c *Committee) ExecuteWhenDue(ctx context.Context, from *bind.TransactOpts, id uint64, due Due) (uint64, error) {
	note := due.Note
	if note == nil {
		note = func(string) {}
	}
	announced, nudged := false, uint64(0)
	for {
		epoch, err := c.ExecuteChange(ctx, from, id)
		if err == nil {
			return epoch, nil
		}
		var re *RevertError
		if !errors.As(err, &re) || re.Name != "ChangeNotReady" {
			return 0, err
		}
		eta := uint64(0)
		if len(re.Args) == 2 {
			eta, _ = re.Args[1].(uint64)
		}
		head, headErr := c.backend.HeaderByNumber(ctx, nil)
		// The contract compares the ETA with the timestamp of the block
		// the call runs on: the head. A chain that mines only on demand
		// keeps an old head however long one waits, until some
		// transaction makes it mine.
		stale := headErr == nil && eta != 0 && head.Time < eta && uint64(time.Now().Unix()) >= eta
		if !due.Wait {
			if stale {
				return 0, fmt.Errorf("%w: %w", ErrStaleHead, err)
			}
			return 0, err
		}
		if stale && due.Nudge != nil && nudged != head.Number.Uint64()+1 {
			note(fmt.Sprintf("change %d is due but the head block (%d) predates it: sending an empty transaction so a block is mined", id, head.Number.Uint64()))
			if err := c.SendEmpty(ctx, due.Nudge); err != nil {
				return 0, fmt.Errorf("l1: nudging the chain: %w", err)
			}
			nudged = head.Number.Uint64() + 1
			continue
		}
		sleep := time.Second
		if d := time.Until(time.Unix(int64(eta), 0)); eta != 0 && d > 0 {
			sleep = d + time.Second
		}
		if !announced {
			note(fmt.Sprintf("change %d is not due yet (ETA %s); waiting", id, time.Unix(int64(eta), 0).UTC().Format(time.RFC3339)))
			announced = true
		}
		select {
		case <-ctx.Done():
			if stale {
				return 0, fmt.Errorf("%w: %w", ErrStaleHead, err)
			}
			return 0, err
		case <-time.After(sleep):
		}
	}
}

// SendEmpty sends a zero-value transfer from key to itself and waits for
// it to be mined: on a node that mines only when a transaction arrives, it
// produces a block with the current time.
func (c *Committee) SendEmpty(ctx context.Context, key *ecdsa.PrivateKey) error {
	ctx, cancel := context.WithTimeout(ctx, c.opts.timeout)
	defer cancel()
	b := c.backend
	self := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.PendingNonceAt(ctx, self)
	if err != nil {
		return err
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	cid := new(big.Int).SetUint64(c.chainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cid), &types.DynamicFeeTx{
		ChainID: cid, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &self, Value: new(big.Int),
	})
	if err != nil {
		return err
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if c.opts.mine != nil {
		c.opts.mine()
	}
	_, err = WaitForReceipt(ctx, b, tx.Hash(), c.opts.poll)
	return err
}
