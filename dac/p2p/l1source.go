package p2p

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac/l1"
)

// L1Source reads the committee from the committee contract on L1 and
// follows it by polling: every interval it reads the current epoch and that
// epoch's members (keys, peer IDs, addresses) and reports any difference,
// so both epoch changes and members' network updates reach the node. The
// replication r comes from the contract's epoch record, like the threshold,
// so every node, disperser and light client uses the same one.
//
// Each committee it returns carries the contract's rotation window and the
// previous epoch (Committee.Previous, with its end time), so that a member
// can keep admitting dispersals of the previous epoch while the contract
// still accepts its certificates. The window is read once (it is
// immutable) and the previous epoch once per epoch change (its members'
// network data is therefore as of that read; only its keys, threshold and
// replication matter to a member).
type L1Source struct {
	c        *l1.Committee
	interval time.Duration
	log      *slog.Logger

	mu     sync.Mutex
	window time.Duration
	known  bool       // window was read
	prev   *Committee // the last previous epoch read, kept across polls
}

// NewL1Source returns a source reading c, polling every interval. log may
// be nil; it receives transient read failures while following.
func NewL1Source(c *l1.Committee, interval time.Duration, log *slog.Logger) *L1Source {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &L1Source{c: c, interval: interval, log: log}
}

// DialL1Source connects to the JSON-RPC endpoint rpc and returns a source
// for the committee contract at addr. It checks that the endpoint's chain
// is chainID.
func DialL1Source(ctx context.Context, rpc string, addr Address, chainID uint64, interval time.Duration, log *slog.Logger) (*L1Source, error) {
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return nil, fmt.Errorf("p2p: l1 %s: %w", rpc, err)
	}
	c, err := l1.New(ctx, client, common.Address(addr))
	if err != nil {
		client.Close()
		return nil, err
	}
	if c.ChainID() != chainID {
		client.Close()
		return nil, fmt.Errorf("p2p: l1 %s is chain %d, config says %d", rpc, c.ChainID(), chainID)
	}
	return NewL1Source(c, interval, log), nil
}

// Committee implements CommitteeSource: the current epoch's committee,
// with the rotation window and the previous epoch (nil for epoch 1). A
// failure to read any of them fails the read.
func (s *L1Source) Committee(ctx context.Context) (*Committee, error) {
	epoch, err := s.c.CurrentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	ec, err := s.c.Committee(ctx, epoch)
	if err != nil {
		return nil, err
	}
	c := FromEpoch(ec)
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.known {
		if s.window, err = s.c.RotationWindow(ctx); err != nil {
			return nil, err
		}
		s.known = true
	}
	c.RotationWindow = s.window
	if epoch > 1 {
		if s.prev == nil || s.prev.Epoch != epoch-1 {
			pc, err := s.c.Committee(ctx, epoch-1)
			if err != nil {
				return nil, fmt.Errorf("p2p: previous epoch: %w", err)
			}
			if pc.End.IsZero() {
				// Read between the two calls' blocks across a change:
				// the next poll sees a consistent pair.
				return nil, fmt.Errorf("p2p: epoch %d is current again on L1 (a reorg?)", epoch-1)
			}
			s.prev = FromEpoch(pc)
			s.prev.RotationWindow = s.window
		}
		c.Previous = s.prev
	}
	return c, nil
}

// Watch implements CommitteeSource. Read failures are logged and retried
// at the next poll; only ctx ends it.
func (s *L1Source) Watch(ctx context.Context, fn func(*Committee)) error {
	last, err := s.Committee(ctx)
	if err != nil {
		s.log.Warn("reading committee", "err", err)
	}
	t := time.NewTicker(s.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		cur, err := s.Committee(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("reading committee", "err", err)
			}
			continue
		}
		if last == nil || !last.Equal(cur) {
			fn(cur)
			last = cur
		}
	}
}

// FromEpoch converts the committee contract's record of an epoch into a
// Committee, with the epoch's threshold, replication and end (the rotation
// window and previous epoch are the source's to fill). Network data is
// the operators' own and cannot make the committee invalid: a member whose
// peer ID does not parse, or whose peer ID another member of the epoch
// also names, keeps its place (custody and signer bitmaps depend on it)
// with an empty PeerID, which every client treats as unreachable; an
// address that does not parse is dropped. The result is not validated:
// call Validate before relying on custody.
func FromEpoch(ec *l1.EpochCommittee) *Committee {
	c := &Committee{Epoch: ec.Epoch, Threshold: ec.Threshold, Replication: ec.Replication, End: ec.End}
	seen := map[peer.ID]int{}
	for i, op := range ec.Members {
		m := Member{PublicKey: op.PublicKey}
		if id, err := peer.IDFromBytes(op.PeerID); err == nil && id != "" {
			if j, dup := seen[id]; dup {
				c.Members[j].PeerID = "" // neither may claim the other's traffic
			} else {
				seen[id] = i
				m.PeerID = id
			}
		}
		if m.PeerID != "" {
			for _, a := range op.Addrs {
				if addr, err := ma.NewMultiaddr(a); err == nil {
					m.Addrs = append(m.Addrs, addr)
				}
			}
		}
		c.Members = append(c.Members, m)
	}
	return c
}
