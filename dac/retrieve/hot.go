package retrieve

import (
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/plan"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

// classify records a member's failed call: a bad answer is a fault, any
// other failure (refusal, unreachable, timeout) only a failure.
func (g *get) classify(m int, what string, err error) {
	if errors.Is(err, p2p.ErrBadResponse) {
		g.fault(m, what, err)
		return
	}
	g.failed[m] = err
}

// probeWave is how many members probeHeader asks at first; each one
// that fails brings in the next.
const probeWave = 3

// probeHeader asks custodians for one cell of one of their columns,
// probeWave at a time (each failure asks one more, so a few byzantine or
// dead members only delay it), and keeps the first header that is the
// certified one; members that send another header are faults. It returns
// false when no member sent the certified header.
func (g *get) probeHeader(ctx context.Context, a *dac.Assignment) bool {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type probe struct {
		member int
		hdr    *dac.Header
		err    error
	}
	var order []int
	for m := range g.c.Members {
		if len(a.Columns(m)) > 0 {
			order = append(order, m)
		}
	}
	results := make(chan probe, len(order))
	next, inflight := 0, 0
	ask := func() {
		m := order[next]
		next, inflight = next+1, inflight+1
		req := &wire.CellsRequest{Blob: g.t.id, Cells: []wire.CellRef{{Row: 0, Col: uint8(a.Columns(m)[0])}}}
		go func() {
			fctx, fcancel := context.WithTimeout(ctx, g.r.cfg.FetchTimeout)
			defer fcancel()
			h, _, err := g.r.deps.Transport.FetchCells(fctx, &g.c.Members[m], req)
			results <- probe{member: m, hdr: h, err: err}
		}()
	}
	for next < len(order) && next < probeWave {
		ask()
	}
	for inflight > 0 {
		var p probe
		select {
		case p = <-results:
			inflight--
		case <-ctx.Done():
			return false
		}
		switch err := p.err; {
		case err != nil:
			g.classify(p.member, "cells", err)
		case g.checkHeader(p.hdr) != nil:
			g.fault(p.member, "header", g.checkHeader(p.hdr))
		default:
			g.hdr = p.hdr
			return true
		}
		if next < len(order) {
			ask()
		}
	}
	return false
}

// cellsResult is one member's answer to a column fetch.
type cellsResult struct {
	member int
	cols   []uint8
	items  []wire.CellItem
	what   string
	err    error
}

// hot rebuilds the blob from its custodians' cells.
func (g *get) hot(ctx context.Context) (*Blob, error) {
	custody, err := g.c.Custody()
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d: %v", ErrCommittee, g.t.epoch, err)
	}
	a := custody.Assign(g.t.id)
	if !g.probeHeader(ctx, a) {
		return nil, g.unavailable("no custodian sent the certified header", ctx.Err())
	}
	// Only the payload rows 0..d-1 are fetched; the known-zero rows d..k-1
	// are zero, from the header alone.
	k := int(g.hdr.Core.K)
	d := min(g.hdr.PayloadRows(), k)
	grid := make([][]*erasure.Cell, d)
	for r := range grid {
		grid[r] = make([]*erasure.Cell, erasure.CellsPerRow)
	}
	rt := plan.NewRetrieval(a)
	for m := range g.faults {
		rt.Failed(m)
	}
	for m := range g.failed {
		rt.Failed(m)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make(chan cellsResult)
	for !rt.Done() {
		fetches, err := rt.Next()
		if err != nil {
			return nil, g.unavailable(err.Error(), nil)
		}
		for _, f := range fetches {
			m := f.Member
			go func() {
				items, what, err := g.fetchColumns(ctx, m, f.Columns, d)
				select {
				case results <- cellsResult{member: m, cols: f.Columns, items: items, what: what, err: err}:
				case <-ctx.Done():
				}
			}()
		}
		select {
		case res := <-results:
			if res.err != nil {
				if res.what == "header" {
					g.fault(res.member, "header", res.err)
				} else {
					g.classify(res.member, "cells", res.err)
				}
				rt.Failed(res.member)
				continue
			}
			for i := range res.items {
				it := &res.items[i]
				grid[it.Row][it.Col] = &it.Cell
			}
			rt.Got(res.member, res.cols)
			g.progress(TierHot, len(rt.Have()), dac.RecoveryColumns)
		case <-ctx.Done():
			return nil, g.unavailable(fmt.Sprintf("%d of %d columns in", len(rt.Have()), dac.RecoveryColumns), ctx.Err())
		}
	}
	cancel()
	rows := make([][]fr.Element, k)
	for r := d; r < k; r++ {
		rows[r] = make([]fr.Element, erasure.ElementsPerRow) // known-zero
	}
	for r := range grid {
		if err := erasure.RecoverRow(grid[r]); err != nil {
			return nil, fmt.Errorf("retrieve: blob %s: data row %d from verified cells: %w", g.t.id, r, err)
		}
		row := make([]fr.Element, erasure.ElementsPerRow)
		for j := range erasure.DataCellsPerRow {
			copy(row[j*erasure.ElementsPerCell:], grid[r][j][:])
		}
		rows[r] = row
		grid[r] = nil
	}
	if err := g.r.kzg.CheckRows(rows, g.hdr.Commitments); err != nil {
		return nil, fmt.Errorf("%w: blob %s from cells: %w", ErrMismatch, g.t.id, err)
	}
	return &Blob{ID: g.t.id, Header: g.hdr, Rows: rows, Tier: TierHot, Faults: sortedFaults(g.faults)}, nil
}

// fetchColumns fetches the payload rows (0..k-1, k here the header's
// PayloadRows: the known-zero rows are not fetched) of cols from member m, in
// requests of at most wire.MaxRequestCells cells, each within
// FetchTimeout, and checks that every answer carries the certified header
// and exactly the cells asked (the transport verified them against that
// header's commitments). what is "header" when the member sent another
// header.
func (g *get) fetchColumns(ctx context.Context, m int, cols []uint8, k int) ([]wire.CellItem, string, error) {
	rowsPer := max(1, wire.MaxRequestCells/len(cols))
	items := make([]wire.CellItem, 0, k*len(cols))
	for r0 := 0; r0 < k; r0 += rowsPer {
		req := &wire.CellsRequest{Blob: g.t.id}
		for r := r0; r < min(k, r0+rowsPer); r++ {
			for _, col := range cols {
				req.Cells = append(req.Cells, wire.CellRef{Row: uint16(r), Col: col})
			}
		}
		fctx, cancel := context.WithTimeout(ctx, g.r.cfg.FetchTimeout)
		h, got, err := g.r.deps.Transport.FetchCells(fctx, &g.c.Members[m], req)
		cancel()
		if err != nil {
			return nil, "cells", err
		}
		if err := g.checkHeader(h); err != nil {
			return nil, "header", err
		}
		if len(got) != len(req.Cells) {
			return nil, "cells", fmt.Errorf("%w: %d cells for %d asked", p2p.ErrBadResponse, len(got), len(req.Cells))
		}
		for i := range got {
			if got[i].CellRef != req.Cells[i] {
				return nil, "cells", fmt.Errorf("%w: cell %d is (%d, %d), asked (%d, %d)", p2p.ErrBadResponse, i,
					got[i].Row, got[i].Col, req.Cells[i].Row, req.Cells[i].Col)
			}
		}
		items = append(items, got...)
	}
	return items, "", nil
}
