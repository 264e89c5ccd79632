package node

import (
	"errors"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

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
	paced := &pacedStream{Stream: s, deadline: deadline, minRate: n.cfg.Limits.MinReadBytesPerSecond, grace: readGrace}
	rej, err := serve(paced, deadline)
	if err != nil {
		if isTimeout(err) {
			n.metrics.slowReaders.Inc()
		}
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
// openTimeout), then a read slot open to the peer (readSlots: per-peer
// share, capacity reserved for members and dispersers). On success the
// caller must call release when done; otherwise it gets a rejection to
// send or an error (the stream failed before the request).
func (n *Node) admitRead(s network.Stream, class readClass, deadline time.Time, max int, req wire.Message) (release func(), rej *wire.Rejection, err error) {
	if !n.limiter.allowRequest(s.Conn().RemotePeer(), class, n.now()) {
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
	p := s.Conn().RemotePeer()
	trusted := n.trusted(p)
	if !n.reads.acquire(p, trusted) {
		return nil, &wire.Rejection{Code: wire.CodeBusy, Message: "no read slot open to this peer"}, nil
	}
	return func() { n.reads.release(p, trusted) }, nil, nil
}

// trusted reports whether p is a member of the current committee or an
// authorized disperser: a peer that may read whole columns and use the
// reserved read slots.
func (n *Node) trusted(p peer.ID) bool {
	if n.allowed[p] {
		return true
	}
	st := n.state.Load()
	return st != nil && st.peers[p]
}

// isTimeout reports whether err is a stream deadline passing (yamux's and
// net's timeouts both say so through Timeout).
func isTimeout(err error) bool {
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}
