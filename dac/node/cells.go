package node

import (
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/quire-da/quire/dac/wire"
)

// handleCells serves one /quire/cells/1 stream: a CellsRequest in, then a
// rejection (not found, not custodian, ...) or a CellsHeader followed by
// the cells in CellBatch frames.
func (n *Node) handleCells(s network.Stream) { n.handleRead(s, "cells", n.serveCells) }

// serveCells answers one request. It returns a rejection to send, or an
// error when the stream must be reset (it failed, or the store lost a cell
// it claimed to hold mid-answer).
func (n *Node) serveCells(s network.Stream, deadline time.Time) (*wire.Rejection, error) {
	remote := s.Conn().RemotePeer()
	now := n.now()
	var req wire.CellsRequest
	release, rej, err := n.admitRead(s, deadline, wire.CellsRequestFrameMax, &req)
	if release == nil {
		return rej, err
	}
	defer release()
	info, err := n.store.Blob(req.Blob)
	switch {
	case errors.Is(err, ErrNotFound):
		return &wire.Rejection{Code: wire.CodeNotFound, Message: "blob not held"}, nil
	case err != nil:
		return &wire.Rejection{Code: wire.CodeStorageFailure, Message: clip(err.Error())}, nil
	}
	items, rej := planRead(&req, info, func(col uint8) bool { return info.Holds(col, now) })
	if rej != nil {
		return rej, nil
	}
	if !n.limiter.allowBytes(remote, int64(items*(3+cellValueSize)), now) {
		return &wire.Rejection{Code: wire.CodeRateLimited, Message: "byte rate exceeded"}, nil
	}
	if err := wire.WriteMessage(s, &wire.CellsHeader{Header: *info.Header, Items: uint32(items)}); err != nil {
		return nil, err
	}

	batch := make([]wire.CellItem, 0, wire.MaxBatchCells)
	sent := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := wire.WriteMessage(s, &wire.CellBatch{Items: batch}); err != nil {
			return err
		}
		sent += len(batch)
		batch = batch[:0]
		return nil
	}
	add := func(it *wire.CellItem) error {
		batch = append(batch, *it)
		if len(batch) == wire.MaxBatchCells {
			return flush()
		}
		return nil
	}
	for _, ref := range req.Cells {
		it, err := n.store.Cell(req.Blob, ref.Row, ref.Col)
		if err != nil {
			return nil, fmt.Errorf("cell (%d, %d): %w", ref.Row, ref.Col, err)
		}
		if err := add(&it); err != nil {
			return nil, err
		}
	}
	rows := 2 * int(info.Header.Core.K)
	for _, col := range req.Columns {
		got, err := n.store.Column(req.Blob, col, add)
		if err != nil {
			return nil, fmt.Errorf("column %d: %w", col, err)
		}
		if got != rows {
			return nil, fmt.Errorf("column %d: %d of %d cells in store", col, got, rows)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	n.metrics.cellsServed.Add(float64(sent))
	return nil, nil
}
