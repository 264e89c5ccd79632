package disperser

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

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
// makes it read the pending nonce again for the next send. A transaction
// not mined within SetReplaceAfter is replaced by one with the same nonce
// and 25% higher fees.
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

	replaceAfter time.Duration
	replaced     atomic.Int64
}

// DefaultReplaceAfter is how long an L1Certifier waits for a certify
// transaction before it replaces it with higher fees.
const DefaultReplaceAfter = 45 * time.Second

// SetReplaceAfter sets how long a certify transaction may stay unmined
// before it is replaced with one paying 25% more (DefaultReplaceAfter).
// Call it before the first Certify.
func (l *L1Certifier) SetReplaceAfter(d time.Duration) { l.replaceAfter = d }

// Replaced returns how many stuck transactions were replaced.
func (l *L1Certifier) Replaced() int64 { return l.replaced.Load() }

// NewL1Certifier returns a certifier sending from `from` to committee c.
func NewL1Certifier(c *l1.Committee, from *bind.TransactOpts) *L1Certifier {
	return &L1Certifier{c: c, from: from, epochs: map[uint64]*l1.EpochCommittee{}, replaceAfter: DefaultReplaceAfter}
}

// Certify implements Certifier.
func (l *L1Certifier) Certify(ctx context.Context, h *dac.HeaderCore, cert *dac.Certificate) (Receipt, error) {
	tx, err := l.send(ctx, h, cert, nil)
	if err != nil {
		if ok, cerr := l.alreadyCertified(ctx, err, h); ok || cerr != nil {
			return Receipt{}, cerr
		}
		return Receipt{}, err
	}
	var r *types.Receipt
	for {
		wctx, cancel := context.WithTimeout(ctx, l.replaceAfter)
		r, err = l.c.Wait(wctx, tx.Hash())
		cancel()
		if err == nil || ctx.Err() != nil || !errors.Is(err, l1.ErrTimeout) {
			break
		}
		// Not mined in replaceAfter: replace it (same nonce, fees up
		// 25%). When the node refuses the replacement the first one was
		// mined meanwhile (nonce too low) or is being: wait for it again.
		ntx, serr := l.send(ctx, h, cert, tx)
		if serr != nil {
			if ok, cerr := l.alreadyCertified(ctx, serr, h); ok || cerr != nil {
				return Receipt{}, cerr
			}
			continue
		}
		tx = ntx
		l.replaced.Add(1)
	}
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

// send assigns the next nonce and sends certify; with old set, it sends a
// replacement of old instead: its nonce, its gas limit, fee caps 25%
// higher (nodes want at least 10% to replace).
func (l *L1Certifier) send(ctx context.Context, h *dac.HeaderCore, cert *dac.Certificate, old *types.Transaction) (*types.Transaction, error) {
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
	from := *l.from
	if old != nil {
		bump := func(x *big.Int) *big.Int {
			y := new(big.Int).Mul(x, big.NewInt(5))
			return y.Div(y, big.NewInt(4)).Add(y, big.NewInt(1))
		}
		from.Nonce = new(big.Int).SetUint64(old.Nonce())
		from.GasLimit = old.Gas()
		from.GasPrice = nil
		from.GasFeeCap, from.GasTipCap = bump(old.GasFeeCap()), bump(old.GasTipCap())
		return l.c.SendCertify(ctx, &from, h, cert, ec)
	}
	if !l.synced {
		n, err := l.c.PendingNonce(ctx, l.from.From)
		if err != nil {
			return nil, err
		}
		l.nonce, l.synced = n, true
	}
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
