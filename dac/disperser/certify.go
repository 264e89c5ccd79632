package disperser

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

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

// ErrCertifiedElsewhere: the contract holds another header under the
// blob's ID (AlreadyCertified with a different header hash). Not
// retryable.
var ErrCertifiedElsewhere = errors.New("disperser: blob certified on L1 with another header")

// L1Certifier is the Certifier over a committee contract handle, sending
// from one account. It keeps several certify transactions in flight (so
// that several blobs are certified in one block under load): it assigns
// nonces itself, under a lock, from the account's pending nonce, and
// waits for receipts outside it. A send that fails on a nonce the node
// does not accept (too low, already known, a replacement underpriced)
// makes it read the pending nonce again for the next send.
//
// A certify that reverts with AlreadyCertified is a success when the
// contract's certification has this header's hash (an earlier attempt of
// ours was mined, e.g. before a restart), and ErrCertifiedElsewhere when
// it has another.
type L1Certifier struct {
	c    *l1.Committee
	from *bind.TransactOpts

	mu     sync.Mutex
	epochs map[uint64]*l1.EpochCommittee
	nonce  uint64
	synced bool // nonce holds the next nonce to use
}

// NewL1Certifier returns a certifier sending from `from` to committee c.
func NewL1Certifier(c *l1.Committee, from *bind.TransactOpts) *L1Certifier {
	return &L1Certifier{c: c, from: from, epochs: map[uint64]*l1.EpochCommittee{}}
}

// Certify implements Certifier.
func (l *L1Certifier) Certify(ctx context.Context, h *dac.HeaderCore, cert *dac.Certificate) (Receipt, error) {
	tx, err := l.send(ctx, h, cert)
	if err != nil {
		if ok, cerr := l.alreadyCertified(ctx, err, h); ok || cerr != nil {
			return Receipt{}, cerr
		}
		return Receipt{}, err
	}
	r, err := l.c.Wait(ctx, tx.Hash())
	if err != nil {
		if errors.Is(err, l1.ErrTxFailed) {
			// Another transaction may have certified it first.
			if c, ok, cerr := l.c.Certification(ctx, h.BlobID()); cerr == nil && ok && c.HeaderHash == h.Hash() {
				return Receipt{}, nil
			}
		}
		return Receipt{}, err
	}
	id, err := l.c.CertifiedBlob(r)
	if err != nil {
		return Receipt{}, err
	}
	if id != h.BlobID() {
		return Receipt{}, fmt.Errorf("disperser: contract certified blob %s, header is blob %s", id, h.BlobID())
	}
	return Receipt{TxHash: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), Gas: r.GasUsed}, nil
}

// send assigns the next nonce and sends certify.
func (l *L1Certifier) send(ctx context.Context, h *dac.HeaderCore, cert *dac.Certificate) (*types.Transaction, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ec, ok := l.epochs[cert.Epoch]
	if !ok {
		var err error
		ec, err = l.c.Committee(ctx, cert.Epoch)
		if err != nil {
			return nil, err
		}
		if len(l.epochs) > 16 {
			clear(l.epochs)
		}
		l.epochs[cert.Epoch] = ec
	}
	if !l.synced {
		n, err := l.c.PendingNonce(ctx, l.from.From)
		if err != nil {
			return nil, err
		}
		l.nonce, l.synced = n, true
	}
	from := *l.from
	from.Nonce = new(big.Int).SetUint64(l.nonce)
	tx, err := l.c.SendCertify(ctx, &from, h, cert, ec)
	if err != nil {
		var rev *l1.RevertError
		if !errors.As(err, &rev) && !errors.Is(err, l1.ErrBadCertificate) {
			// The nonce may be used (the node took the transaction
			// but the answer was lost) or wrong: read it again.
			l.synced = false
		}
		return nil, err
	}
	l.nonce++
	return tx, nil
}

// alreadyCertified reports whether err is an AlreadyCertified revert for
// h, and then whether the contract holds h (nil) or another header
// (ErrCertifiedElsewhere).
func (l *L1Certifier) alreadyCertified(ctx context.Context, err error, h *dac.HeaderCore) (bool, error) {
	var rev *l1.RevertError
	if !errors.As(err, &rev) || rev.Name != "AlreadyCertified" {
		return false, nil
	}
	c, ok, cerr := l.c.Certification(ctx, h.BlobID())
	if cerr != nil {
		return false, cerr
	}
	if !ok || c.HeaderHash != h.Hash() {
		return true, fmt.Errorf("%w: %s holds header %s, ours is %s", ErrCertifiedElsewhere, h.BlobID(), c.HeaderHash, h.Hash())
	}
	return true, nil
}
