// Package nodetest starts real committee members (package node, with
// in-memory stores, listening on loopback) for the test fixtures of other
// packages. It is the one place outside the applications that constructs
// the member server: fixtures such as dispersertest and samplertest start
// members through it and never import the server themselves.
package nodetest

import (
	"context"
	"errors"
	"fmt"
	"time"

	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/node"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

// Spec is one member to start. Committee, Key, Identity and KZG are
// required; the rest has defaults sized for tests.
type Spec struct {
	ChainID          uint64
	CommitteeAddress [20]byte
	// Committee is the static committee the member follows (its addresses
	// are not needed), unless Source is set.
	Committee *p2p.Committee
	// Source, when set, is where the member reads and follows its
	// committee instead (a p2p.L1Source on a simulated L1: the member then
	// moves to each new epoch as a production member does).
	Source p2p.CommitteeSource
	// Dispersers are the peers the member accepts dispersals from.
	Dispersers []peer.ID
	Key        *bls.SecretKey
	Identity   libp2pcrypto.PrivKey
	KZG        *kzg.Context
	// Now, when set, is the member's clock: tests move it past expiries.
	Now func() time.Time
	// NetworkMemory caps the member's libp2p resource manager memory (0:
	// the node's default).
	NetworkMemory int64
	// Generous lifts the member's per-peer request and byte rates, so a
	// fixture's single disperser is never throttled.
	Generous bool
}

// Member is a running member: the node (its methods, such as Stats,
// AddrInfo and Host, are promoted) and the goroutine serving it.
type Member struct {
	*node.Node
	cancel context.CancelFunc
	done   chan struct{}
}

// Start starts a member as s describes; it serves until Close.
func Start(ctx context.Context, s Spec) (*Member, error) {
	if (s.Committee == nil && s.Source == nil) || s.Key == nil || s.Identity == nil || s.KZG == nil {
		return nil, errors.New("nodetest: committee or source, key, identity and KZG context are required")
	}
	cfg := node.DevConfig()
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.ChainID = s.ChainID
	cfg.CommitteeAddress = p2p.Address(s.CommitteeAddress)
	for _, d := range s.Dispersers {
		cfg.Dispersers = append(cfg.Dispersers, d.String())
	}
	src := s.Source
	if src == nil {
		cfg.Committee.Static = s.Committee.StaticConfig()
		src = p2p.NewStaticSource(s.Committee)
	} else {
		// The source is given; the config only has to say it is L1's.
		cfg.Committee = p2p.CommitteeConfig{Source: "l1", RPC: "simulated", PollInterval: p2p.Duration(time.Second)}
	}
	cfg.LogLevel = "error"
	cfg.Store.MemTableSize = 8 << 20
	cfg.Store.BlockCacheSize = 4 << 20
	cfg.Store.IndexCacheSize = 2 << 20
	if s.NetworkMemory > 0 {
		cfg.Limits.NetworkMemory = s.NetworkMemory
	}
	if s.Generous {
		cfg.Limits.MaxConcurrentDispersals = 8
		cfg.Limits.RequestsPerSecond = 1000
		cfg.Limits.RequestBurst = 1000
		cfg.Limits.BytesPerSecond = 4 << 30
		cfg.Limits.ByteBurst = 1 << 30
	}
	n, err := node.New(ctx, cfg, node.Deps{
		Key: s.Key, Identity: s.Identity, Committee: src, KZG: s.KZG, Now: s.Now,
	})
	if err != nil {
		return nil, err
	}
	rctx, cancel := context.WithCancel(context.Background())
	m := &Member{Node: n, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(m.done)
		n.Run(rctx)
	}()
	return m, nil
}

// Close stops the member and closes its node and store.
func (m *Member) Close() error {
	m.cancel()
	<-m.done
	return m.Node.Close()
}

// StoreArchive puts archive shard of header h straight into the member's
// store as member index member, kept until expiry, as if a dispersal had
// brought it.
func (m *Member) StoreArchive(h *dac.Header, member int, shard *wire.ArchiveShard, expiry time.Time) error {
	d := &node.Dispersal{Header: h, Member: uint16(member), Archive: shard, ArchiveExpiry: uint64(expiry.Unix())}
	if _, err := m.Store().Put(d); err != nil {
		return fmt.Errorf("member %d: %w", member, err)
	}
	return nil
}

// DevConfig returns the member server's development configuration
// (dac/node.DevConfig), for harnesses that write the config file of a
// `quire node` process instead of starting a member in process.
func DevConfig() node.Config { return node.DevConfig() }
