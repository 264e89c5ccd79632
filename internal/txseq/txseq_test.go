package txseq

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// nonces is a NonceReader whose answers a test scripts: each read returns
// the next value, the last one repeating.
type nonces struct{ answers []uint64 }

func (n *nonces) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	v := n.answers[0]
	if len(n.answers) > 1 {
		n.answers = n.answers[1:]
	}
	return v, nil
}

// TestSend checks that Send numbers the transactions
// itself, retries a send refused for a nonce clash from a fresh (never
// lower) nonce, and stops at once on any other refusal.
func TestSend(t *testing.T) {
	ctx := context.Background()
	from := common.HexToAddress("0x01")

	t.Run("clash", func(t *testing.T) {
		// The first read is stale (3 while 3 and 4 are pending): the send
		// at 3 is refused, the second read gives 5.
		r := &nonces{answers: []uint64{3, 5}}
		pending := map[uint64]bool{3: true, 4: true}
		var sent []uint64
		hashes, err := Send(ctx, r, from, 3, func(i int, nonce uint64) (common.Hash, error) {
			if pending[nonce] {
				return common.Hash{}, errors.New("replacement transaction underpriced")
			}
			pending[nonce] = true
			sent = append(sent, nonce)
			return common.Hash{byte(i)}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(sent, []uint64{5, 6, 7}) || len(hashes) != 3 || hashes[2] != (common.Hash{2}) {
			t.Fatalf("sent nonces %v, hashes %v", sent, hashes)
		}
	})

	t.Run("stale-lower", func(t *testing.T) {
		// A later read lower than the nonce in hand does not move it back.
		r := &nonces{answers: []uint64{7, 2}}
		var sent []uint64
		fail := true
		_, err := Send(ctx, r, from, 2, func(_ int, nonce uint64) (common.Hash, error) {
			if fail {
				fail = false
				return common.Hash{}, fmt.Errorf("send: %w", errors.New("nonce too low: next nonce 7, tx nonce 7"))
			}
			sent = append(sent, nonce)
			return common.Hash{}, nil
		})
		if err != nil || !slices.Equal(sent, []uint64{7, 8}) {
			t.Fatalf("sent %v, %v", sent, err)
		}
	})

	for _, tc := range []struct {
		msg   string
		calls int
	}{
		{"insufficient funds for gas * price + value", 1},
		{"replacement transaction underpriced", 5}, // a clash that never clears
	} {
		t.Run(tc.msg, func(t *testing.T) {
			calls := 0
			hashes, err := Send(ctx, &nonces{answers: []uint64{0}}, from, 3, func(i int, _ uint64) (common.Hash, error) {
				if i == 0 {
					return common.Hash{1}, nil
				}
				calls++
				return common.Hash{}, errors.New(tc.msg)
			})
			if err == nil || calls != tc.calls || len(hashes) != 1 {
				t.Fatalf("err %v after %d sends of the second, hashes %v; want an error after %d", err, calls, hashes, tc.calls)
			}
		})
	}
}
