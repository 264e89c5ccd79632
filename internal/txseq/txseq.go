// Package txseq sends a run of transactions from one account with nonces
// it assigns itself, surviving a node whose pending nonce lags.
package txseq

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// NonceReader reads an account's next nonce, counting transactions still
// in the pool (ethclient.Client and the simulated backend's client are
// NonceReaders).
type NonceReader interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// Send sends n transactions from `from` with consecutive nonces
// that it assigns itself, starting at the pending nonce: send(i, nonce)
// sends the i-th and returns its hash. A node's pending nonce can lag
// while its pool resets to a new head (geth --dev answers with the state
// nonce for a moment, so a transaction lands on a nonce already pending
// and is refused as an underpriced replacement). A refused send changed
// nothing, so on a nonce clash (NonceTaken) the nonce is read again and
// the send retried, up to 5 times with a growing pause; any other error
// stops the sequence. It returns the hashes of the sent transactions.
func Send(ctx context.Context, r NonceReader, from common.Address, n int, send func(i int, nonce uint64) (common.Hash, error)) ([]common.Hash, error) {
	nonce, err := r.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("txseq: nonce of %s: %w", from, err)
	}
	hashes := make([]common.Hash, 0, n)
	for i := range n {
		for attempt := 1; ; attempt++ {
			h, err := send(i, nonce)
			if err == nil {
				hashes = append(hashes, h)
				nonce++
				break
			}
			if attempt == 5 || !NonceTaken(err) {
				return hashes, fmt.Errorf("txseq: transaction %d of %d from %s (nonce %d): %w", i+1, n, from, nonce, err)
			}
			select {
			case <-ctx.Done():
				return hashes, fmt.Errorf("txseq: transaction %d of %d from %s: %w", i+1, n, from, ctx.Err())
			case <-time.After(time.Duration(attempt) * 250 * time.Millisecond):
			}
			p, err := r.PendingNonceAt(ctx, from)
			if err != nil {
				return hashes, fmt.Errorf("txseq: nonce of %s: %w", from, err)
			}
			nonce = max(nonce, p)
		}
	}
	return hashes, nil
}

// NonceTaken reports whether a node refused a transaction because its
// nonce is already used, by a pending or a mined transaction. Nodes
// answer in text only; these are geth's words.
func NonceTaken(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "replacement transaction underpriced") || strings.Contains(msg, "nonce too low")
}
