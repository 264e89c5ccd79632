package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

// handleArchive serves one /quire/archive/1 stream: an ArchiveRequest in,
// then a rejection (not found, rate limited, ...) or an ArchiveHeader
// followed by the member's shard with its Merkle proof. It runs under the
// same request and byte rates, concurrency bound and read deadline as the
// cells protocol.
func (n *Node) handleArchive(s network.Stream) { n.handleRead(s, "archive", n.serveArchive) }

// serveArchive answers one archive request: a rejection to send, or an
// error when the stream must be reset.
func (n *Node) serveArchive(s network.Stream, deadline time.Time) (*wire.Rejection, error) {
	remote := s.Conn().RemotePeer()
	now := n.now()
	var req wire.ArchiveRequest
	release, rej, err := n.admitRead(s, deadline, archiveRequestFrameMax, &req)
	if release == nil {
		return rej, err
	}
	defer release()
	info, err := n.store.Archive(req.Blob)
	switch {
	case errors.Is(err, ErrNotFound):
		return &wire.Rejection{Code: wire.CodeNotFound, Message: "no archive shard of this blob"}, nil
	case err != nil:
		return &wire.Rejection{Code: wire.CodeStorageFailure, Message: clip(err.Error())}, nil
	case info.Expiry <= uint64(now.Unix()):
		return &wire.Rejection{Code: wire.CodeNotFound, Message: "archive shard expired"}, nil
	}
	if !n.limiter.allowBytes(remote, int64(len(info.Shard.Data)), now) {
		return &wire.Rejection{Code: wire.CodeRateLimited, Message: "byte rate exceeded"}, nil
	}
	if err := wire.WriteMessage(s, &wire.ArchiveHeader{Header: *info.Header}); err != nil {
		return nil, err
	}
	if err := wire.WriteMessage(s, info.Shard); err != nil {
		return nil, err
	}
	n.metrics.archiveServed.Inc()
	return nil, nil
}

// FetchShard asks a member for its archive shard of blob id over
// /quire/archive/1 and checks the answer: the header must be blob id's
// (blob ID and commitments root) with an archive tier, and the shard must
// be of the size the header implies and under its archive root at the
// index it claims. It returns the header and the shard. maxRows bounds the
// header it accepts. A refusal is a *wire.RejectError (wire.CodeNotFound
// when the member holds no live shard); an answer that fails the checks is
// ErrBadResponse.
func FetchShard(ctx context.Context, h host.Host, from peer.AddrInfo, id dac.BlobID, maxRows uint32) (*dac.Header, *wire.ArchiveShard, error) {
	s, cancel, err := sendRequest(ctx, h, from, ProtocolArchive, "archive", &wire.ArchiveRequest{Blob: id})
	if err != nil {
		return nil, nil, err
	}
	defer cancel()
	defer s.Reset() // after a clean Close this is a no-op
	var ah wire.ArchiveHeader
	if err := wire.ReadMessage(s, max(beginFrameMax(maxRows), replyFrameMax), &ah); err != nil {
		var rej *wire.RejectError
		if errors.As(err, &rej) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("node: archive from %s: %w", from.ID, err)
	}
	hdr := &ah.Header
	if hdr.BlobID() != id || dac.CommitmentsRoot(hdr.Commitments) != hdr.Core.CommitmentsRoot {
		return nil, nil, fmt.Errorf("%w: header is not blob %s's", ErrBadResponse, id)
	}
	if hdr.Core.K > maxRows {
		return nil, nil, fmt.Errorf("%w: header of k=%d, at most %d accepted", ErrBadResponse, hdr.Core.K, maxRows)
	}
	c := &hdr.Core
	if c.ArchiveTotal == 0 || c.ArchiveData == 0 || c.ArchiveData > c.ArchiveTotal {
		return nil, nil, fmt.Errorf("%w: header has no archive tier", ErrBadResponse)
	}
	var shard wire.ArchiveShard
	if err := wire.ReadMessage(s, archiveFrameMax(c), &shard); err != nil {
		return nil, nil, fmt.Errorf("node: archive shard from %s: %w", from.ID, err)
	}
	size := erasure.ArchiveShardSize(int(c.Size), int(c.ArchiveData))
	if err := erasure.VerifyArchiveShard(c.ArchiveRoot, int(c.ArchiveTotal), size, int(shard.Index), shard.Data, shard.Proof); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	s.Close()
	return hdr, &shard, nil
}
