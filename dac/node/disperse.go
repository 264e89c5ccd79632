package node

import (
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
)

// openTimeout bounds the wait for a stream's opening message.
const openTimeout = 10 * time.Second

// handleDisperse serves one /quire/disperse/1 stream: authorize, admit
// the header, read the custody columns (and the archive shard when the
// header has an archive tier), check the shard against the archive root,
// verify every cell in one batch, store and sync, and only then sign and
// reply. Every refusal is a typed
// rejection; nothing is stored unless everything checked out.
func (n *Node) handleDisperse(s network.Stream) {
	n.handlers.Add(1)
	defer n.handlers.Done()
	if n.closed.Load() {
		s.Reset()
		return
	}
	start := time.Now()
	remote := s.Conn().RemotePeer()
	log := n.log.With("peer", remote)
	deadline := start.Add(n.cfg.Limits.DisperseTimeout.D())
	s.SetDeadline(deadline)

	att, rej := n.serveDisperse(s, remote, deadline, log)
	var reply wire.Message
	switch {
	case att != nil:
		reply = att
		n.metrics.totalSeconds.Observe(time.Since(start).Seconds())
	case rej != nil:
		reply = rej
		n.metrics.rejections.WithLabelValues(rej.Code.String()).Inc()
		log.Debug("dispersal rejected", "code", rej.Code.String(), "msg", rej.Message, "cells", len(rej.Cells))
	default:
		// The stream broke (or timed out) before a reply made sense.
		s.Reset()
		return
	}
	if err := wire.WriteMessage(s, reply); err != nil {
		log.Debug("disperse reply", "err", err)
		s.Reset()
		return
	}
	s.Close()
}

// serveDisperse runs the protocol up to the reply. It returns an
// attestation, a rejection, or neither when the stream failed.
func (n *Node) serveDisperse(s network.Stream, remote peer.ID, deadline time.Time, log *slog.Logger) (*wire.Attestation, *wire.Rejection) {
	st := n.state.Load()
	reject := func(code wire.Code, format string, args ...any) (*wire.Attestation, *wire.Rejection) {
		return nil, &wire.Rejection{Code: code, Epoch: st.c.Epoch, Message: clip(fmt.Sprintf(format, args...))}
	}
	if !n.allowed[remote] {
		return reject(wire.CodeUnauthorized, "peer %s is not an authorized disperser", remote)
	}
	// No request or byte rate here: reads have their own budgets
	// (readClass), and the dispersal slots below bound an authorized
	// disperser, so its GET probes never rate-limit its dispersals.
	// The opening message is small: read it under a short deadline before
	// taking a dispersal slot, so a silent peer cannot hold one.
	s.SetReadDeadline(time.Now().Add(min(openTimeout, time.Until(deadline))))
	var begin wire.DisperseBegin
	if rej := readMsg(s, wire.BeginFrameMax(n.cfg.MaxRows), &begin); rej != nil {
		if rej.Code == 0 {
			return nil, nil
		}
		rej.Epoch = st.c.Epoch
		return nil, rej
	}
	s.SetReadDeadline(deadline)
	select {
	case n.disperses <- struct{}{}:
		defer func() { <-n.disperses }()
	default:
		return reject(wire.CodeRateLimited, "busy: %d dispersals in flight", cap(n.disperses))
	}
	h := &begin.Header
	hh, id := h.Hash(), h.BlobID()
	log = log.With("blob", id)

	// An exact replay is answered from the store: same header, same
	// signature (BLS signing is deterministic), nothing written.
	if _, member, err := n.store.Header(hh); err == nil {
		n.metrics.replays.Inc()
		log.Debug("dispersal replayed")
		return n.attest(h, member), nil
	} else if !errors.Is(err, ErrNotFound) {
		return reject(wire.CodeStorageFailure, "store: %v", err)
	}
	// A full disk refuses before the columns are read.
	if err := n.store.SpaceError(); err != nil {
		n.checkSpace()
		return reject(wire.CodeStorageFailure, "store: %v", err)
	}

	// Right after an epoch change a disperser may still be on the
	// previous epoch: its header is admitted under that epoch's committee
	// (custody, member index, archive shard count) while L1 accepts the
	// certificate, and only if this node was a member of it.
	now := n.now()
	est := st.forEpoch(h.Core.Epoch, now)
	var seed [32]byte
	rand.Read(seed[:])
	policy := dac.HeaderPolicy{
		ChainID:      n.cfg.ChainID,
		Epoch:        est.c.Epoch,
		MaxRows:      n.cfg.MaxRows,
		Members:      len(est.c.Members),
		Now:          now,
		MinRetention: n.cfg.MinRetention.D(),
		MaxRetention: n.cfg.MaxRetention.D(),
		KZG:          n.kzg,
		Seed:         seed,
	}
	adm, rej := admit(est, &begin, policy)
	if rej != nil {
		rej.Epoch = st.c.Epoch // refusals name the node's current epoch
		return nil, rej
	}
	if est != st {
		n.metrics.previousEpoch.Inc()
		log.Debug("admitting a dispersal of the previous epoch", "epoch", est.c.Epoch, "current", st.c.Epoch)
	}
	k := h.Core.K
	frame := wire.ColumnFrameMax(k)
	if q := n.quotas[remote]; q > 0 {
		incoming := int64(len(adm.expected))*int64(len(h.StoredRows()))*cellValueSize + int64(wire.ArchiveFrameMax(&h.Core))
		used, err := n.store.DisperserUsage(remote, n.now())
		if err != nil {
			return reject(wire.CodeStorageFailure, "store: %v", err)
		}
		if used+incoming > q {
			return reject(wire.CodeQuotaExceeded, "disperser holds %d bytes here, this blob needs %d, quota %d", used, incoming, q)
		}
	}

	cols := make([]*wire.Column, len(adm.expected))
	for i, want := range adm.expected {
		var c wire.Column
		if rej := readMsg(s, frame-4, &c); rej != nil {
			if rej.Code == 0 {
				return nil, nil
			}
			rej.Epoch = st.c.Epoch
			return nil, rej
		}
		if rej := checkColumn(&c, want, h); rej != nil {
			rej.Epoch = st.c.Epoch
			return nil, rej
		}
		cols[i] = &c
	}
	// The archive shard follows the columns when the header has an archive
	// tier; it is checked against the archive root before any KZG work.
	var shard *wire.ArchiveShard
	if h.Core.ArchiveTotal > 0 {
		shard = new(wire.ArchiveShard)
		if rej := readMsg(s, wire.ArchiveFrameMax(&h.Core), shard); rej != nil {
			if rej.Code == 0 {
				return nil, nil
			}
			if rej.Code == wire.CodeMalformed || rej.Code == wire.CodeOversize {
				rej.Code = wire.CodeBadArchiveShard
			}
			rej.Epoch = st.c.Epoch
			return nil, rej
		}
		if rej := checkArchiveShard(&h.Core, adm.member, shard); rej != nil {
			rej.Epoch = st.c.Epoch
			return nil, rej
		}
	}

	t0 := time.Now()
	// One batch: VerifyCells already spreads its multi-scalar
	// multiplication over the cores; splitting the batch measured slower.
	err := n.kzg.VerifyCells(cellItems(h, cols))
	n.metrics.verifySeconds.Observe(time.Since(t0).Seconds())
	if err != nil {
		rej := badCells(err, h.StoredRows(), cols)
		rej.Epoch = st.c.Epoch
		return nil, rej
	}

	t0 = time.Now()
	d := &Dispersal{Header: h, Member: uint16(adm.member), Columns: cols, From: remote}
	if shard != nil {
		d.Archive = shard
		d.ArchiveExpiry = uint64(n.now().Add(n.cfg.ArchiveRetention.D()).Unix())
	}
	res, err := n.putWithin(d)
	n.metrics.storeSeconds.Observe(time.Since(t0).Seconds())
	if err != nil {
		log.Error("store dispersal", "err", err)
		return reject(wire.CodeStorageFailure, "store: %v", err)
	}
	if res.Replay {
		n.metrics.replays.Inc()
	} else {
		n.metrics.blobsStored.Inc()
		n.metrics.bytesStored.Add(float64(res.CellBytes))
		n.metrics.archiveStored.Add(float64(res.ArchiveBytes))
	}
	log.Debug("dispersal stored", "member", res.Member, "cols", len(cols), "bytes", res.CellBytes, "archive_bytes", res.ArchiveBytes)
	return n.attest(h, res.Member), nil
}

// attest signs the attest message of h as member.
func (n *Node) attest(h *dac.Header, member uint16) *wire.Attestation {
	t0 := time.Now()
	hh := h.Hash()
	msg := dac.AttestMessage(n.cfg.ChainID, n.cfg.CommitteeAddress, h.Core.Epoch, hh)
	sig := n.key.Sign(msg[:])
	n.metrics.signSeconds.Observe(time.Since(t0).Seconds())
	return &wire.Attestation{HeaderHash: hh, Epoch: h.Core.Epoch, Member: member, Signature: sig.Bytes()}
}

// readMsg reads the next message of a stream into m, with a frame
// cap of max bytes (type byte included). It returns nil on success, a
// rejection for a bad frame, or a rejection with Code 0 when the stream
// itself failed and no reply should be attempted.
func readMsg(s network.Stream, max int, m wire.Message) *wire.Rejection {
	typ, body, err := wire.ReadFrame(s, max)
	switch {
	case errors.Is(err, wire.ErrFrameTooLarge):
		return &wire.Rejection{Code: wire.CodeOversize, Message: clip(err.Error())}
	case errors.Is(err, wire.ErrMalformed):
		return &wire.Rejection{Code: wire.CodeMalformed, Message: clip(err.Error())}
	case err != nil:
		return &wire.Rejection{}
	case typ != m.Type():
		return &wire.Rejection{Code: wire.CodeMalformed, Message: fmt.Sprintf("got %s, want %s", typ, m.Type())}
	}
	if err := m.UnmarshalBinary(body); err != nil {
		code := wire.CodeMalformed
		if errors.Is(err, dac.ErrHeaderVersion) || errors.Is(err, dac.ErrHeaderMalformed) {
			code = wire.CodeBadHeader
		}
		return &wire.Rejection{Code: code, Message: clip(err.Error())}
	}
	return nil
}
