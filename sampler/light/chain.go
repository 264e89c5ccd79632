package light

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/sampler"
)

// Backend is what the light client needs from an L1 node: the committee
// contract's calls and logs, and transactions by hash (to read the
// certificate back from certify calldata). Both *ethclient.Client and the
// client of go-ethereum's simulated backend satisfy it.
type Backend interface {
	l1.Backend
	ethereum.TransactionReader
}

// Chain errors.
var (
	// ErrNotCertified is returned by Client.Sample for a blob the committee
	// contract has no certification of. It may be certified later.
	ErrNotCertified = errors.New("light: blob not certified on L1")
	// errNoCertificate: the certificate cannot be read back from the
	// certify transaction: it is not a direct call of the contract's
	// certify (a contract called it), or the epoch's committee cannot
	// serve. The contract's record is then all there is.
	errNoCertificate = errors.New("light: no certificate in the certify transaction")
)

// committeeTTL is how long a committee read from L1 is reused before it is
// read again (members may update their network addresses).
const committeeTTL = 5 * time.Minute

// chain reads the committee contract.
type chain struct {
	c           *l1.Committee
	backend     Backend
	certified   common.Hash // topic of the Certified event
	replication int
	timeout     time.Duration

	mu     sync.Mutex
	epochs map[uint64]*epochEntry
}

type epochEntry struct {
	ec      *l1.EpochCommittee
	members *p2p.Committee
	read    time.Time
}

func newChain(c *l1.Committee, b Backend, replication int, timeout time.Duration) (*chain, error) {
	parsed, err := contracts.CommitteeMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("light: committee ABI: %w", err)
	}
	ev, ok := parsed.Events["Certified"]
	if !ok {
		return nil, errors.New("light: committee ABI lacks Certified")
	}
	return &chain{c: c, backend: b, certified: ev.ID, replication: replication,
		timeout: timeout, epochs: map[uint64]*epochEntry{}}, nil
}

// badCommittee reports whether a committee read failed for good: no such
// epoch, inconsistent contract data, or a committee custody cannot serve
// (with the configured replication). Other failures may pass.
func badCommittee(err error) bool {
	return errors.Is(err, l1.ErrUnknownEpoch) || errors.Is(err, l1.ErrBadCommittee) || errors.Is(err, p2p.ErrBadCommittee)
}

// committee returns the committee of an epoch as the contract records it
// and as a p2p.Committee (peers and custody), validated.
func (ch *chain) committee(ctx context.Context, epoch uint64, now time.Time) (*l1.EpochCommittee, *p2p.Committee, error) {
	ch.mu.Lock()
	e := ch.epochs[epoch]
	ch.mu.Unlock()
	if e != nil && now.Sub(e.read) < committeeTTL {
		return e.ec, e.members, nil
	}
	ec, err := ch.c.Committee(ctx, epoch)
	if err != nil {
		return nil, nil, err
	}
	members, err := p2p.FromEpoch(ec, ch.replication)
	if err != nil {
		return nil, nil, err
	}
	if err := members.Validate(); err != nil {
		return nil, nil, err
	}
	ch.mu.Lock()
	if len(ch.epochs) > 64 {
		clear(ch.epochs)
	}
	ch.epochs[epoch] = &epochEntry{ec: ec, members: members, read: now}
	ch.mu.Unlock()
	return ec, members, nil
}

// keys returns what certificates of the epoch are checked against.
func (ch *chain) keys(ec *l1.EpochCommittee) sampler.CommitteeKeys {
	return sampler.CommitteeKeys{Epoch: ec.Epoch, Keys: ec.Keys(), Threshold: ec.Threshold,
		ChainID: ch.c.ChainID(), Contract: ch.c.Address()}
}

// notice is how the client hears of a certified blob.
type notice struct {
	ID         dac.BlobID
	HeaderHash dac.HeaderHash
	Epoch      uint64
	Core       *dac.HeaderCore  // the certified header core, when known
	Cert       *dac.Certificate // the certificate, when known
	Source     string
	// OnL1 means the contract's record vouches for the header hash; with
	// no Cert it is the only certificate check possible.
	OnL1 bool
}

// fromEvent turns a Certified event into a notice, reading the certificate
// back from the certify calldata when the transaction is a direct call.
func (ch *chain) fromEvent(ctx context.Context, ev *contracts.CommitteeCertified, now time.Time) (*notice, error) {
	n := &notice{ID: dac.BlobID(ev.BlobId), HeaderHash: dac.HeaderHash(ev.HeaderHash), Epoch: ev.Epoch, Source: SourceL1, OnL1: true}
	if ev.Raw == nil {
		return n, nil
	}
	core, cert, err := ch.certificateFromTx(ctx, ev.Raw.TxHash, n.HeaderHash, now)
	switch {
	case errors.Is(err, errNoCertificate):
		return n, nil
	case err != nil:
		return nil, err
	}
	n.Core, n.Cert = core, cert
	return n, nil
}

// certificateFromTx reads a certify transaction's calldata and rebuilds
// the header core and the certificate it carried (translating the
// contract's slot-indexed signer bitmap to member indexes). It returns
// errNoCertificate when the transaction is not a call of certify on the
// contract, or its header does not hash to hh (a contract may have called
// certify on someone's behalf).
func (ch *chain) certificateFromTx(ctx context.Context, txHash common.Hash, hh dac.HeaderHash, now time.Time) (*dac.HeaderCore, *dac.Certificate, error) {
	cctx, cancel := context.WithTimeout(ctx, ch.timeout)
	tx, _, err := ch.backend.TransactionByHash(cctx, txHash)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("light: certify transaction %s: %w", txHash, err)
	}
	if tx.To() == nil || *tx.To() != ch.c.Address() {
		return nil, nil, errNoCertificate
	}
	call, err := l1.DecodeCertify(tx.Data())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errNoCertificate, err)
	}
	core := &call.Core
	if core.Hash() != hh {
		return nil, nil, fmt.Errorf("%w: calldata header hashes to %s, event says %s", errNoCertificate, core.Hash(), hh)
	}
	ec, _, err := ch.committee(ctx, core.Epoch, now)
	if err != nil {
		if badCommittee(err) {
			return nil, nil, fmt.Errorf("%w: %v", errNoCertificate, err)
		}
		return nil, nil, err
	}
	cert, err := ec.Certificate(call)
	if err != nil {
		return nil, nil, err
	}
	return core, cert, nil
}

// events returns the Certified events in blocks [from, to].
func (ch *chain) events(ctx context.Context, from, to uint64, blob *dac.BlobID) ([]*contracts.CommitteeCertified, error) {
	topics := [][]common.Hash{{ch.certified}}
	if blob != nil {
		topics = append(topics, []common.Hash{common.Hash(*blob)})
	}
	cctx, cancel := context.WithTimeout(ctx, ch.timeout)
	defer cancel()
	logs, err := ch.backend.FilterLogs(cctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{ch.c.Address()}, Topics: topics,
	})
	if err != nil {
		return nil, fmt.Errorf("light: logs %d..%d: %w", from, to, err)
	}
	var out []*contracts.CommitteeCertified
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := l1.DecodeEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		if c, ok := ev.Value.(*contracts.CommitteeCertified); ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// head returns the latest block number.
func (ch *chain) head(ctx context.Context) (uint64, error) {
	return ch.c.BlockNumber(ctx)
}

// lookup finds blob id's current certification: the contract's record,
// then the Certified event of that header (searching back from the head
// to floor in windows of maxRange) to read the certificate back.
func (ch *chain) lookup(ctx context.Context, id dac.BlobID, floor, maxRange uint64, now time.Time) (*notice, error) {
	rec, ok, err := ch.c.Certification(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotCertified, id)
	}
	n := &notice{ID: id, HeaderHash: rec.HeaderHash, Epoch: rec.Epoch, Source: SourceRequest, OnL1: true}
	head, err := ch.head(ctx)
	if err != nil {
		return nil, err
	}
	for to := head; ; {
		from := floor
		if to-floor+1 > maxRange {
			from = to - maxRange + 1
		}
		evs, err := ch.events(ctx, from, to, &id)
		if err != nil {
			return nil, err
		}
		for i := len(evs) - 1; i >= 0; i-- {
			if dac.HeaderHash(evs[i].HeaderHash) != rec.HeaderHash {
				continue
			}
			found, err := ch.fromEvent(ctx, evs[i], now)
			if err != nil {
				return nil, err
			}
			found.Source = SourceRequest
			return found, nil
		}
		if from == floor {
			return n, nil // no event found: the contract's record is all there is
		}
		to = from - 1
	}
}
