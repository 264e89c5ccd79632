package p2p

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// ErrBadResponse is returned by the clients for an answer that does not
// match the request: the wrong blob, a header whose root does not bind its
// commitments, too few or too many cells, cells that fail verification.
// The member answering is faulty; asking another custodian may help.
var ErrBadResponse = errors.New("p2p: bad response")

// ErrUnreachable is returned by the clients, before any dial, for a member
// that published no usable peer ID (Member.Reachable is false). Asking
// another member may help; asking this one again only after it fixes its
// record on L1.
var ErrUnreachable = errors.New("p2p: member has no usable peer ID")

// defaultClientTimeout bounds a client call whose context has no deadline.
const defaultClientTimeout = 2 * time.Minute

// Disperse sends one member the header and its custody columns over
// /quire/disperse/1 and returns its attestation. A refusal comes back as a
// *wire.RejectError (errors.Is(err, wire.CodeWrongEpoch) and so on). The
// columns are written while the reply is awaited, so an early refusal
// stops the upload. The attestation's signature is not checked here: the
// certificate aggregator does that against the member's key.
func Disperse(ctx context.Context, h host.Host, to peer.AddrInfo, hdr *dac.Header, cols []*wire.Column) (*wire.Attestation, error) {
	return DisperseArchive(ctx, h, to, hdr, cols, nil)
}

// DisperseArchive is Disperse for a header with an archive tier: shard,
// the member's archive shard with its proof, follows the columns. It must
// be nil exactly when the header has no archive tier (ArchiveTotal 0).
func DisperseArchive(ctx context.Context, h host.Host, to peer.AddrInfo, hdr *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	if (shard != nil) != (hdr.Core.ArchiveTotal > 0) {
		return nil, fmt.Errorf("p2p: disperse: archive shard given: %t, header archive shards: %d", shard != nil, hdr.Core.ArchiveTotal)
	}
	if to.ID == "" {
		return nil, ErrUnreachable
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultClientTimeout)
		defer cancel()
	}
	if len(to.Addrs) > 0 {
		if err := h.Connect(ctx, to); err != nil {
			return nil, fmt.Errorf("p2p: connect %s: %w", to.ID, err)
		}
	}
	s, err := h.NewStream(ctx, to.ID, wire.ProtocolDisperse)
	if err != nil {
		return nil, fmt.Errorf("p2p: open disperse stream to %s: %w", to.ID, err)
	}
	deadline, _ := ctx.Deadline()
	s.SetDeadline(deadline)
	begin := &wire.DisperseBegin{Header: *hdr, Columns: make([]uint8, len(cols))}
	for i, c := range cols {
		begin.Columns[i] = c.Index
	}
	wrote := make(chan error, 1)
	go func() {
		w := bufio.NewWriterSize(s, 256<<10)
		err := wire.WriteMessage(w, begin)
		for _, c := range cols {
			if err != nil {
				break
			}
			err = wire.WriteMessage(w, c)
		}
		if err == nil && shard != nil {
			err = wire.WriteMessage(w, shard)
		}
		if err == nil {
			err = w.Flush()
		}
		if err == nil {
			err = s.CloseWrite()
		}
		wrote <- err
	}()
	var att wire.Attestation
	err = wire.ReadMessage(s, wire.ReplyFrameMax, &att)
	if err != nil {
		s.Reset()
		<-wrote
		var rej *wire.RejectError
		if errors.As(err, &rej) {
			return nil, err
		}
		return nil, fmt.Errorf("p2p: disperse to %s: %w", to.ID, err)
	}
	// A member replies only after reading everything, so the writer is
	// done (or about to be); a failure to close our side no longer matters.
	<-wrote
	s.Close()
	if att.HeaderHash != hdr.Hash() || att.Epoch != hdr.Core.Epoch {
		return nil, fmt.Errorf("%w: attestation for another header", ErrBadResponse)
	}
	return &att, nil
}

// FetchCells asks a custodian for cells of a blob over /quire/cells/1. It
// returns the blob's header and the cells in answer order (the requested
// cells, then each requested column top to bottom). It checks that the
// header is the blob's (blob ID and commitments root) and, when kctx is
// not nil, verifies every cell against the header's commitments in one
// batch. maxRows bounds the header it accepts. A refusal is a
// *wire.RejectError: wire.CodeNotFound and wire.CodeNotCustodian are
// distinct answers.
func FetchCells(ctx context.Context, h host.Host, from peer.AddrInfo, req *wire.CellsRequest, maxRows uint32, kctx *kzg.Context) (*dac.Header, []wire.CellItem, error) {
	s, cancel, err := sendRequest(ctx, h, from, wire.ProtocolCells, "cells", req)
	if err != nil {
		return nil, nil, err
	}
	defer cancel()
	defer s.Reset() // after a clean Close this is a no-op
	var ch wire.CellsHeader
	if err := wire.ReadMessage(s, max(wire.BeginFrameMax(maxRows), wire.ReplyFrameMax), &ch); err != nil {
		var rej *wire.RejectError
		if errors.As(err, &rej) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("p2p: cells from %s: %w", from.ID, err)
	}
	hdr := &ch.Header
	if hdr.BlobID() != req.Blob || dac.CommitmentsRoot(hdr.Commitments) != hdr.Core.CommitmentsRoot {
		return nil, nil, fmt.Errorf("%w: header is not blob %s's", ErrBadResponse, req.Blob)
	}
	items, err := readCells(s, from, req, hdr, ch.Items, kctx)
	if err != nil {
		return nil, nil, err
	}
	s.Close()
	return hdr, items, nil
}

// FetchHeader asks a custodian for blob id's header alone over
// /quire/cells/2 (a CellsQuery that wants the header and names no cells)
// and checks that it is the blob's (blob ID and commitments root) and of
// at most maxRows data rows. A light client does this once per blob and
// checks the header against its certificate; FetchKnownCells then brings
// cells without it. A refusal is a *wire.RejectError (wire.CodeNotFound
// when the member holds no live column of the blob).
func FetchHeader(ctx context.Context, h host.Host, from peer.AddrInfo, id dac.BlobID, maxRows uint32) (*dac.Header, error) {
	q := &wire.CellsQuery{Blob: id, WantHeader: true}
	s, cancel, err := sendRequest(ctx, h, from, wire.ProtocolCellsV2, "cells", q)
	if err != nil {
		return nil, err
	}
	defer cancel()
	defer s.Reset() // after a clean Close this is a no-op
	var ch wire.CellsHeader
	if err := wire.ReadMessage(s, wire.CellsOpenFrameMax(maxRows), &ch); err != nil {
		var rej *wire.RejectError
		if errors.As(err, &rej) {
			return nil, err
		}
		return nil, fmt.Errorf("p2p: header from %s: %w", from.ID, err)
	}
	hdr := &ch.Header
	if hdr.BlobID() != id || dac.CommitmentsRoot(hdr.Commitments) != hdr.Core.CommitmentsRoot {
		return nil, fmt.Errorf("%w: header is not blob %s's", ErrBadResponse, id)
	}
	if hdr.Core.K > maxRows {
		return nil, fmt.Errorf("%w: header of k=%d, at most %d accepted", ErrBadResponse, hdr.Core.K, maxRows)
	}
	if ch.Items != 0 {
		return nil, fmt.Errorf("%w: %d cells announced for a header-only query", ErrBadResponse, ch.Items)
	}
	s.Close()
	return hdr, nil
}

// FetchKnownCells asks a custodian over /quire/cells/2 for cells of a blob
// whose header the caller already holds (hdr, checked by the caller): the
// answer carries no header, only a count and the cells, in answer order
// (the requested cells, then each requested column top to bottom). When
// kctx is not nil every cell is verified against hdr's commitments in one
// batch. Errors are as for FetchCells.
func FetchKnownCells(ctx context.Context, h host.Host, from peer.AddrInfo, req *wire.CellsRequest, hdr *dac.Header, kctx *kzg.Context) ([]wire.CellItem, error) {
	if hdr.BlobID() != req.Blob {
		return nil, fmt.Errorf("p2p: cells of blob %s asked with the header of %s", req.Blob, hdr.BlobID())
	}
	q := &wire.CellsQuery{Blob: req.Blob, Cells: req.Cells, Columns: req.Columns}
	s, cancel, err := sendRequest(ctx, h, from, wire.ProtocolCellsV2, "cells", q)
	if err != nil {
		return nil, err
	}
	defer cancel()
	defer s.Reset() // after a clean Close this is a no-op
	var cc wire.CellsCount
	if err := wire.ReadMessage(s, wire.ReplyFrameMax, &cc); err != nil {
		var rej *wire.RejectError
		if errors.As(err, &rej) {
			return nil, err
		}
		return nil, fmt.Errorf("p2p: cells from %s: %w", from.ID, err)
	}
	items, err := readCells(s, from, req, hdr, cc.Items, kctx)
	if err != nil {
		return nil, err
	}
	s.Close()
	return items, nil
}

// readCells reads the CellBatch frames of an answer that announced
// announced cells for req under hdr, checks that they answer req position
// for position and, when kctx is not nil, verifies them in one batch.
func readCells(s network.Stream, from peer.AddrInfo, req *wire.CellsRequest, hdr *dac.Header, announced uint32, kctx *kzg.Context) ([]wire.CellItem, error) {
	rows := 2 * int(hdr.Core.K)
	want := len(req.Cells) + len(req.Columns)*rows
	if int64(announced) != int64(want) {
		return nil, fmt.Errorf("%w: %d cells announced, %d requested", ErrBadResponse, announced, want)
	}
	items := make([]wire.CellItem, 0, want)
	for len(items) < want {
		var b wire.CellBatch
		if err := wire.ReadMessage(s, 1+wire.MaxBatchSize, &b); err != nil {
			return nil, fmt.Errorf("p2p: cells from %s: %w", from.ID, err)
		}
		if len(items)+len(b.Items) > want {
			return nil, fmt.Errorf("%w: more cells than announced", ErrBadResponse)
		}
		items = append(items, b.Items...)
	}
	if err := checkOrder(req, rows, items); err != nil {
		return nil, err
	}
	if kctx != nil {
		batch := make([]kzg.CellItem, len(items))
		for i := range items {
			if int(items[i].Row) >= rows {
				return nil, fmt.Errorf("%w: cell row %d of a %d-row square", ErrBadResponse, items[i].Row, rows)
			}
			batch[i] = items[i].KZG(hdr.Commitments)
		}
		if err := kctx.VerifyCells(batch); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadResponse, err)
		}
	}
	return items, nil
}

// checkOrder checks that the cells answer the request position for
// position.
func checkOrder(req *wire.CellsRequest, rows int, items []wire.CellItem) error {
	i := 0
	for _, ref := range req.Cells {
		if items[i].CellRef != ref {
			return fmt.Errorf("%w: cell %d is (%d, %d), asked (%d, %d)", ErrBadResponse, i, items[i].Row, items[i].Col, ref.Row, ref.Col)
		}
		i++
	}
	for _, col := range req.Columns {
		for r := range rows {
			if items[i].Col != col || int(items[i].Row) != r {
				return fmt.Errorf("%w: cell %d is (%d, %d), want (%d, %d)", ErrBadResponse, i, items[i].Row, items[i].Col, r, col)
			}
			i++
		}
	}
	return nil
}

// sendRequest opens a stream of proto to from (connecting first when from
// has addresses) under ctx, or under defaultClientTimeout when ctx has no
// deadline, writes req and half-closes the stream. The caller reads the
// answer, then closes (or resets) the stream and calls cancel.
func sendRequest(ctx context.Context, h host.Host, from peer.AddrInfo, proto protocol.ID, what string, req wire.Message) (network.Stream, context.CancelFunc, error) {
	if from.ID == "" {
		return nil, nil, ErrUnreachable
	}
	cancel := context.CancelFunc(func() {})
	if _, ok := ctx.Deadline(); !ok {
		ctx, cancel = context.WithTimeout(ctx, defaultClientTimeout)
	}
	if len(from.Addrs) > 0 {
		if err := h.Connect(ctx, from); err != nil {
			cancel()
			return nil, nil, fmt.Errorf("p2p: connect %s: %w", from.ID, err)
		}
	}
	s, err := h.NewStream(ctx, from.ID, proto)
	if err != nil {
		cancel()
		return nil, nil, fmt.Errorf("p2p: open %s stream to %s: %w", what, from.ID, err)
	}
	deadline, _ := ctx.Deadline()
	s.SetDeadline(deadline)
	if err := wire.WriteMessage(s, req); err != nil {
		s.Reset()
		cancel()
		return nil, nil, fmt.Errorf("p2p: %s request to %s: %w", what, from.ID, err)
	}
	// A member that rejects the request at once writes its answer and
	// closes the stream, which can race this CloseWrite ("close called for
	// canceled stream"); the answer is still there to read, so CloseWrite's
	// error is not the verdict: the caller's read is.
	_ = s.CloseWrite()
	return s, cancel, nil
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
	s, cancel, err := sendRequest(ctx, h, from, wire.ProtocolArchive, "archive", &wire.ArchiveRequest{Blob: id})
	if err != nil {
		return nil, nil, err
	}
	defer cancel()
	defer s.Reset() // after a clean Close this is a no-op
	var ah wire.ArchiveHeader
	if err := wire.ReadMessage(s, max(wire.BeginFrameMax(maxRows), wire.ReplyFrameMax), &ah); err != nil {
		var rej *wire.RejectError
		if errors.As(err, &rej) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("p2p: archive from %s: %w", from.ID, err)
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
	if err := wire.ReadMessage(s, wire.ArchiveFrameMax(c), &shard); err != nil {
		return nil, nil, fmt.Errorf("p2p: archive shard from %s: %w", from.ID, err)
	}
	size := erasure.ArchiveShardSize(int(c.Size), int(c.ArchiveData))
	if err := erasure.VerifyArchiveShard(c.ArchiveRoot, int(c.ArchiveTotal), size, int(shard.Index), shard.Data, shard.Proof); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	s.Close()
	return hdr, &shard, nil
}
