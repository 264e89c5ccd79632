package retrieve

import (
	"context"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

type shardResult struct {
	member int
	hdr    *dac.Header
	shard  *wire.ArchiveShard
	err    error
}

// archive restores the blob from archive shards: it asks members for
// their shards, a few more at a time than still needed (memory stays near
// the blob's size), keeps shards that come with the certified header (the
// transport checked each against that header's archive root), decodes
// once k_a distinct shards are in, and checks the rows the bytes pack
// into against the row commitments. The archive holds bytes, so only a
// blob made by erasure.Pack can be restored from it.
func (g *get) archive(ctx context.Context) (*Blob, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := len(g.c.Members)
	results := make(chan shardResult, n) // every asked member can answer without blocking
	next, inflight := 0, 0
	have := map[int][]byte{}
	for {
		want := 1 // until the header says how many shards are needed
		if g.hdr != nil {
			if g.hdr.Core.ArchiveTotal == 0 {
				return nil, g.unavailable("the certified header has no archive tier", nil)
			}
			want = int(g.hdr.Core.ArchiveData) - len(have) + 2
		}
		for inflight < want && next < n {
			m := next
			next++
			if _, bad := g.faults[m]; bad {
				continue
			}
			inflight++
			go func() {
				fctx, fcancel := context.WithTimeout(ctx, g.r.cfg.FetchTimeout)
				defer fcancel()
				h, s, err := g.r.deps.Transport.FetchShard(fctx, &g.c.Members[m], g.t.id)
				results <- shardResult{member: m, hdr: h, shard: s, err: err}
			}()
		}
		if g.hdr != nil && len(have) >= int(g.hdr.Core.ArchiveData) {
			break
		}
		if inflight == 0 {
			need := "?"
			if g.hdr != nil {
				need = fmt.Sprint(g.hdr.Core.ArchiveData)
			}
			return nil, g.unavailable(fmt.Sprintf("archive: %d verified shards, need %s", len(have), need), nil)
		}
		select {
		case res := <-results:
			inflight--
			if res.err != nil {
				g.classify(res.member, "shard", res.err)
				continue
			}
			if err := g.checkHeader(res.hdr); err != nil {
				g.fault(res.member, "header", err)
				continue
			}
			if g.hdr == nil {
				g.hdr = res.hdr
			}
			if _, dup := have[int(res.shard.Index)]; !dup {
				have[int(res.shard.Index)] = res.shard.Data
				g.progress(TierArchive, len(have), int(g.hdr.Core.ArchiveData))
			}
		case <-ctx.Done():
			return nil, g.unavailable(fmt.Sprintf("archive: %d verified shards", len(have)), ctx.Err())
		}
	}
	cancel() // members still answering are not needed

	core := &g.hdr.Core
	a, err := erasure.NewArchive(int(core.ArchiveData), int(core.ArchiveTotal))
	if err != nil {
		return nil, fmt.Errorf("retrieve: archive of blob %s: %w", g.t.id, err)
	}
	shards := make([][]byte, core.ArchiveTotal)
	used := make([]int, 0, core.ArchiveData)
	for i, s := range have {
		if len(used) < int(core.ArchiveData) {
			shards[i] = s
			used = append(used, i)
		}
	}
	slices.Sort(used)
	data, err := a.Reconstruct(shards, int(core.Size))
	if err != nil {
		return nil, fmt.Errorf("retrieve: restoring blob %s from archive shards %v: %w", g.t.id, used, err)
	}
	rows, err := erasure.Pack(data, int(core.K))
	if err == nil && len(rows) != int(core.K) {
		err = fmt.Errorf("%d bytes pack into %d rows, the header has k=%d", len(data), len(rows), core.K)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: blob %s from archive shards %v: %w", ErrMismatch, g.t.id, used, err)
	}
	if err := g.r.kzg.CheckRows(rows, g.hdr.Commitments); err != nil {
		return nil, fmt.Errorf("%w: blob %s from archive shards %v: %w", ErrMismatch, g.t.id, used, err)
	}
	return &Blob{ID: g.t.id, Header: g.hdr, Rows: rows, Tier: TierArchive, Faults: sortedFaults(g.faults)}, nil
}
