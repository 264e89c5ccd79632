package node

import (
	"errors"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/quire-da/quire/dac/wire"
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
	release, rej, err := n.admitRead(s, readArchive, deadline, wire.ArchiveRequestFrameMax, &req)
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
	if !n.limiter.allowBytes(remote, readArchive, int64(len(info.Shard.Data)), now) {
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
