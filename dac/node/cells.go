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
func (n *Node) handleCells(s network.Stream) {
	n.handleRead(s, "cells", func(s network.Stream, deadline time.Time) (*wire.Rejection, error) {
		var req wire.CellsRequest
		release, rej, err := n.admitRead(s, readCells, deadline, wire.CellsRequestFrameMax, &req)
		if release == nil {
			return rej, err
		}
		defer release()
		return n.serveCells(s, &wire.CellsQuery{Blob: req.Blob, WantHeader: true, Cells: req.Cells, Columns: req.Columns})
	})
}

// handleCellsV2 serves one /quire/cells/2 stream: a CellsQuery in, then a
// rejection or the answer's opening (a CellsHeader when the query asked
// for the header, else a CellsCount) followed by the cells in CellBatch
// frames.
func (n *Node) handleCellsV2(s network.Stream) {
	n.handleRead(s, "cells", func(s network.Stream, deadline time.Time) (*wire.Rejection, error) {
		var q wire.CellsQuery
		release, rej, err := n.admitRead(s, readCells, deadline, wire.CellsQueryFrameMax, &q)
		if release == nil {
			return rej, err
		}
		defer release()
		return n.serveCells(s, &q)
	})
}

// serveCells answers one admitted query. It returns a rejection to send,
// or an error when the stream must be reset (it failed, or the store lost
// a cell it claimed to hold mid-answer).
func (n *Node) serveCells(s network.Stream, q *wire.CellsQuery) (*wire.Rejection, error) {
	remote := s.Conn().RemotePeer()
	now := n.now()
	if len(q.Columns) > 0 && !n.trusted(remote) {
		return &wire.Rejection{Code: wire.CodeUnauthorized,
			Message: "whole columns are served to committee members and authorized dispersers only"}, nil
	}
	info, err := n.store.Blob(q.Blob)
	switch {
	case errors.Is(err, ErrNotFound):
		return &wire.Rejection{Code: wire.CodeNotFound, Message: "blob not held"}, nil
	case err != nil:
		return &wire.Rejection{Code: wire.CodeStorageFailure, Message: clip(err.Error())}, nil
	}
	req := q.Request()
	items, rej := planRead(req, info, func(col uint8) bool { return info.Holds(col, now) })
	if rej != nil {
		return rej, nil
	}
	size := items * (3 + cellValueSize)
	if q.WantHeader {
		size += info.Header.EncodedSize()
	}
	if !n.limiter.allowBytes(remote, readCells, int64(size), now) {
		return &wire.Rejection{Code: wire.CodeRateLimited, Message: "byte rate exceeded"}, nil
	}
	var open wire.Message = &wire.CellsCount{Items: uint32(items)}
	if q.WantHeader {
		open = &wire.CellsHeader{Header: *info.Header, Items: uint32(items)}
	}
	if err := wire.WriteMessage(s, open); err != nil {
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
	// Known-zero cells (rows past the payload) are not in the store: they
	// are answered from the header, a zero cell with the identity proof,
	// so that every reader gets the full square it asked for.
	h := info.Header
	for _, ref := range req.Cells {
		if h.KnownZero(int(ref.Row)) {
			it := zeroItem(ref.Row, ref.Col)
			if err := add(&it); err != nil {
				return nil, err
			}
			continue
		}
		it, err := n.store.Cell(req.Blob, ref.Row, ref.Col)
		if err != nil {
			return nil, fmt.Errorf("cell (%d, %d): %w", ref.Row, ref.Col, err)
		}
		if err := add(&it); err != nil {
			return nil, err
		}
	}
	stored := len(h.StoredRows())
	for _, col := range req.Columns {
		// The store yields rows 0..d-1 then k..2k-1; the known-zero rows
		// d..k-1 go in between.
		next := 0
		fill := func(upto int) error {
			for ; next < upto; next++ {
				if !h.KnownZero(next) {
					return fmt.Errorf("%w: row %d of column %d missing", ErrStoreCorrupt, next, col)
				}
				it := zeroItem(uint16(next), col)
				if err := add(&it); err != nil {
					return err
				}
			}
			return nil
		}
		got, err := n.store.Column(req.Blob, col, func(it *wire.CellItem) error {
			if err := fill(int(it.Row)); err != nil {
				return err
			}
			next = int(it.Row) + 1
			return add(it)
		})
		if err != nil {
			return nil, fmt.Errorf("column %d: %w", col, err)
		}
		if got != stored || next != 2*int(h.Core.K) {
			return nil, fmt.Errorf("column %d: %d of %d cells in store", col, got, stored)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	n.metrics.cellsServed.Add(float64(sent))
	return nil, nil
}
