package disperser

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
)

// Receipt is what a mined certify transaction left.
type Receipt struct {
	TxHash string
	Block  uint64
	Gas    uint64
}

// Certifier submits certificates to the committee contract's certify.
type Certifier interface {
	// Certify sends certify(header, certificate) and waits until it is
	// mined. A revert or a failed transaction is an error.
	Certify(ctx context.Context, h *dac.HeaderCore, c *dac.Certificate) (Receipt, error)
}

// L1Certifier is the Certifier over a committee contract handle, sending
// from one account. Transactions from one account are sent one at a time
// so their nonces never collide.
type L1Certifier struct {
	c    *l1.Committee
	from *bind.TransactOpts

	mu     sync.Mutex
	epochs map[uint64]*l1.EpochCommittee
}

// NewL1Certifier returns a certifier sending from `from` to committee c.
func NewL1Certifier(c *l1.Committee, from *bind.TransactOpts) *L1Certifier {
	return &L1Certifier{c: c, from: from, epochs: map[uint64]*l1.EpochCommittee{}}
}

// Certify implements Certifier.
func (l *L1Certifier) Certify(ctx context.Context, h *dac.HeaderCore, cert *dac.Certificate) (Receipt, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ec, ok := l.epochs[cert.Epoch]
	if !ok {
		var err error
		ec, err = l.c.Committee(ctx, cert.Epoch)
		if err != nil {
			return Receipt{}, err
		}
		if len(l.epochs) > 16 {
			clear(l.epochs)
		}
		l.epochs[cert.Epoch] = ec
	}
	id, r, err := l.c.Certify(ctx, l.from, h, cert, ec)
	if err != nil {
		return Receipt{}, err
	}
	if id != h.BlobID() {
		return Receipt{}, fmt.Errorf("disperser: contract certified blob %s, header is blob %s", id, h.BlobID())
	}
	return Receipt{TxHash: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), Gas: r.GasUsed}, nil
}
