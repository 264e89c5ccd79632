package devnet

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/internal/app/dashboard"
	"github.com/quire-da/quire/sampler"
)

// maxDashboardBlobs is how many recent blobs State lists.
const maxDashboardBlobs = 50

// Source is the devnet's dashboard.Source: the committee from the
// contract and the members' stores, blobs from the disperser's records,
// samples from the light client. Its Changed channel is closed whenever
// any of it changes (polled four times a second, and at once when a member
// is stopped).
type Source struct {
	d *Devnet

	mu        sync.Mutex
	changed   chan struct{}
	last      [32]byte
	firstSeen map[dac.BlobID]time.Time
	custody   map[uint64]dac.Custody // by epoch
}

var _ dashboard.Source = (*Source)(nil)

func newSource(d *Devnet) *Source {
	return &Source{d: d, changed: make(chan struct{}), firstSeen: map[dac.BlobID]time.Time{}, custody: map[uint64]dac.Custody{}}
}

// Source returns the devnet's dashboard source.
func (d *Devnet) Source() *Source { return d.source }

// Changed implements dashboard.Source.
func (s *Source) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// notify closes the Changed channel and replaces it.
func (s *Source) notify() {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.changed)
	s.changed = make(chan struct{})
}

// poll notifies whenever the fingerprint of the state changes, until ctx
// ends.
func (s *Source) poll(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		fp := s.fingerprint()
		s.mu.Lock()
		changed := fp != s.last
		s.last = fp
		s.mu.Unlock()
		if changed {
			s.notify()
		}
	}
}

// fingerprint hashes what the dashboard shows that can change: each
// recent blob's state, signers, acknowledgments, L1 state and sampling
// progress, and which members are online.
func (s *Source) fingerprint() [32]byte {
	h := sha256.New()
	for _, st := range s.d.disp.Recent(maxDashboardBlobs) {
		s.seen(st.BlobID)
		fmt.Fprintf(h, "%s %s %d %d", st.BlobID, st.State, len(st.Signers), len(st.Stored))
		if st.L1 != nil {
			fmt.Fprintf(h, " %s", st.L1.State)
		}
		if ls, ok := s.d.light.Status(st.BlobID); ok {
			fmt.Fprintf(h, " %s %d %d", ls.Status, ls.Verified, len(ls.Samples))
		}
		h.Write([]byte{'\n'})
	}
	for _, m := range s.d.members {
		m.mu.RLock()
		fmt.Fprintf(h, "%v ", m.node != nil)
		m.mu.RUnlock()
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// seen returns when the devnet first saw blob id.
func (s *Source) seen(id dac.BlobID) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.firstSeen[id]; ok {
		return t
	}
	if len(s.firstSeen) >= 4096 {
		// Forget the older half.
		times := make([]time.Time, 0, len(s.firstSeen))
		for _, t := range s.firstSeen {
			times = append(times, t)
		}
		slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
		cut := times[len(times)/2]
		for k, t := range s.firstSeen {
			if t.Before(cut) {
				delete(s.firstSeen, k)
			}
		}
	}
	now := time.Now()
	s.firstSeen[id] = now
	return now
}

// State implements dashboard.Source.
func (s *Source) State(ctx context.Context) (*dashboard.State, error) {
	d := s.d
	recent := d.disp.Recent(maxDashboardBlobs)
	st := &dashboard.State{
		ChainID:     d.chain.chainID,
		L1RPC:       d.chain.url,
		Disperser:   d.dispURL,
		Contract:    d.contract.Address().Hex(),
		Epoch:       d.epoch,
		Threshold:   d.cfg.Threshold,
		Replication: d.cfg.Replication,
		Members:     s.members(),
		Blobs:       make([]dashboard.Blob, 0, len(recent)),
		Updated:     time.Now(),
	}
	for _, b := range recent {
		st.Blobs = append(st.Blobs, s.blob(b))
	}
	st.Rollup = d.rollup.dashboard(ctx)
	return st, nil
}

// members describes the committee: each member's identity, whether its
// node runs, and what its store holds live: blobs with custody columns,
// their hot-tier bytes (cells and proofs) and its archive-shard bytes.
func (s *Source) members() []dashboard.Member {
	out := make([]dashboard.Member, len(s.d.members))
	for i, m := range s.d.members {
		m.mu.RLock()
		dm := dashboard.Member{
			Index:    m.index,
			PeerID:   m.peer.String(),
			Addrs:    slices.Clone(m.addrs),
			Operator: m.operator.addr.Hex(),
			Online:   m.node != nil,
		}
		if m.node != nil {
			if ns, err := m.node.Stats(); err == nil {
				dm.Blobs = ns.Blobs
				dm.HotBytes = ns.HotBytes
				dm.ArchiveBytes = ns.ArchiveBytes
			}
		}
		m.mu.RUnlock()
		out[i] = dm
	}
	return out
}

// blob converts one disperser record, with the light client's verdict.
func (s *Source) blob(st *api.BlobStatus) dashboard.Blob {
	b := dashboard.Blob{
		ID:         st.BlobID.String(),
		Size:       st.Size,
		K:          int(st.K),
		State:      st.State,
		Epoch:      st.Epoch,
		HeaderHash: st.HeaderHash.String(),
		Signers:    slices.Clone(st.Signers),
		Created:    s.seen(st.BlobID),
	}
	if b.Signers == nil {
		b.Signers = []int{}
	}
	if st.L1 != nil && st.L1.State == api.L1Confirmed {
		b.L1 = &dashboard.L1Tx{Hash: st.L1.TxHash, Block: st.L1.Block, Gas: st.L1.Gas}
	}
	if ls, ok := s.d.light.Status(st.BlobID); ok {
		b.Sampling = ls.Status.String()
		b.Confidence = ls.Confidence
	}
	return b
}

// Blob implements dashboard.Source: the blob's row, its square's shape,
// the custodians of each column in its epoch's committee and the cells
// the light client sampled.
func (s *Source) Blob(ctx context.Context, id string) (*dashboard.BlobDetail, error) {
	bid, err := dac.ParseBlobID(id)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", dashboard.ErrNotFound, err)
	}
	st, err := s.d.disp.Status(bid)
	if err != nil {
		return nil, fmt.Errorf("%w: blob %s", dashboard.ErrNotFound, bid)
	}
	c, err := s.custodyOf(ctx, st.Epoch)
	if err != nil {
		return nil, err
	}
	a := c.Assign(bid)
	det := &dashboard.BlobDetail{
		Blob:    s.blob(st),
		Rows:    2 * int(st.K),
		Cols:    sampler.Columns,
		Custody: make([][]int, sampler.Columns),
		Samples: []dashboard.Sample{},
	}
	for col := range det.Custody {
		det.Custody[col] = slices.Clone(a.Custodians(col))
	}
	if ls, ok := s.d.light.Status(bid); ok {
		for _, sm := range ls.Samples {
			det.Samples = append(det.Samples, dashboard.Sample{Row: sm.Row, Col: sm.Col, OK: sm.Verified, Member: sm.Member, Peer: sm.Peer})
		}
	}
	return det, nil
}

// custodyOf returns the custody scheme of an epoch's committee.
func (s *Source) custodyOf(ctx context.Context, epoch uint64) (dac.Custody, error) {
	s.mu.Lock()
	c, ok := s.custody[epoch]
	s.mu.Unlock()
	if ok {
		return c, nil
	}
	ec, err := s.d.contract.Committee(ctx, epoch)
	if err != nil {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return dac.Custody{}, err
		}
		return dac.Custody{}, fmt.Errorf("devnet: committee of epoch %d: %w", epoch, err)
	}
	c, err = dac.NewCustody(len(ec.Members), ec.Replication)
	if err != nil {
		return dac.Custody{}, err
	}
	s.mu.Lock()
	s.custody[epoch] = c
	s.mu.Unlock()
	return c, nil
}
