package node

import (
	"errors"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/quire-da/quire/dac/wire"
)

// readServer answers one read request (cells or archive) on s, after the
// request has been read and admitted. It returns a rejection to send, or
// an error when the stream must be reset.
type readServer func(s network.Stream, deadline time.Time) (*wire.Rejection, error)

// handleRead runs one read stream: handler accounting, the read deadline,
// then serve; a rejection is sent and counted, a failure resets the
// stream. what names the protocol in logs.
func (n *Node) handleRead(s network.Stream, what string, serve readServer) {
	n.handlers.Add(1)
	defer n.handlers.Done()
	if n.closed.Load() {
		s.Reset()
		return
	}
	log := n.log.With("peer", s.Conn().RemotePeer())
	deadline := time.Now().Add(n.cfg.Limits.ReadTimeout.D())
	s.SetDeadline(deadline)
	rej, err := serve(s, deadline)
	if err != nil {
		log.Debug(what+" stream failed", "err", err)
		s.Reset()
		return
	}
	if rej != nil {
		n.metrics.rejections.WithLabelValues(rej.Code.String()).Inc()
		log.Debug(what+" request rejected", "code", rej.Code.String(), "msg", rej.Message)
		if err := wire.WriteMessage(s, rej); err != nil {
			s.Reset()
			return
		}
	}
	s.Close()
}

// admitRead applies what every read request goes through: the peer's
// request rate, reading the request (at most max bytes, within
// openTimeout), then a slot among the concurrent reads. On success the
// caller must call release when done; otherwise it gets a rejection to
// send or an error (the stream failed before the request).
func (n *Node) admitRead(s network.Stream, deadline time.Time, max int, req wire.Message) (release func(), rej *wire.Rejection, err error) {
	if !n.limiter.allowRequest(s.Conn().RemotePeer(), n.now()) {
		return nil, &wire.Rejection{Code: wire.CodeRateLimited, Message: "request rate exceeded"}, nil
	}
	s.SetReadDeadline(time.Now().Add(min(openTimeout, time.Until(deadline))))
	if rej := readMsg(s, max, req); rej != nil {
		if rej.Code == 0 {
			return nil, nil, errors.New("stream failed before the request")
		}
		return nil, rej, nil
	}
	s.SetReadDeadline(deadline)
	select {
	case n.reads <- struct{}{}:
		return func() { <-n.reads }, nil, nil
	default:
		return nil, &wire.Rejection{Code: wire.CodeRateLimited, Message: "busy"}, nil
	}
}
