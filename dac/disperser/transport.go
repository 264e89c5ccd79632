package disperser

import (
	"context"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

type blsKey = bls.PublicKey

// Transport carries the disperser's conversations with a member. Each
// call is bounded by ctx's deadline.
type Transport interface {
	// Disperse sends m the header and its custody columns over
	// /quire/disperse/1, and its archive shard after them when the header
	// has an archive tier (shard is nil otherwise), and returns its
	// attestation (not yet verified). A refusal is a *wire.RejectError.
	Disperse(ctx context.Context, m *p2p.Member, h *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error)
	// FetchCells asks m for cells over /quire/cells/1 and returns the
	// blob's header and the cells, verified against the header's
	// commitments, in answer order. A refusal is a *wire.RejectError.
	FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error)
	// FetchShard asks m for its archive shard of blob id over
	// /quire/archive/1 and returns the header it was dispersed under and
	// the shard, checked against that header's archive root. A refusal is
	// a *wire.RejectError.
	FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error)
}

// P2P is the libp2p Transport: it speaks the members' stream protocols
// from one host, with the clients in package node.
type P2P struct {
	host    host.Host
	kzg     *kzg.Context
	maxRows uint32
}

// NewP2P returns a transport over h that verifies fetched cells with k and
// accepts headers of at most maxRows data rows.
func NewP2P(h host.Host, k *kzg.Context, maxRows uint32) *P2P {
	return &P2P{host: h, kzg: k, maxRows: maxRows}
}

func addrInfo(m *p2p.Member) peer.AddrInfo {
	return peer.AddrInfo{ID: m.PeerID, Addrs: m.Addrs}
}

// Disperse implements Transport.
func (p *P2P) Disperse(ctx context.Context, m *p2p.Member, h *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	return p2p.DisperseArchive(ctx, p.host, addrInfo(m), h, cols, shard)
}

// FetchShard implements Transport.
func (p *P2P) FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error) {
	return p2p.FetchShard(ctx, p.host, addrInfo(m), id, p.maxRows)
}

// FetchCells implements Transport.
func (p *P2P) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	return p2p.FetchCells(ctx, p.host, addrInfo(m), req, p.maxRows, p.kzg)
}
