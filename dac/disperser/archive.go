package disperser

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// ErrArchiveMismatch is matched by *ArchiveMismatchError: bytes restored
// from archive shards do not match the header's row commitments, so the
// archive root was built over shards that are not the blob's (a faulty
// disperser) or the header served with the shards is not the certified
// one. Not retryable with the same shards.
var ErrArchiveMismatch = errors.New("disperser: archive shards do not match the blob's commitments")

// ArchiveMismatchError names the archive shards a restore used and the
// data rows whose restored content does not match its KZG commitment.
// errors.Is(err, ErrArchiveMismatch) holds.
type ArchiveMismatchError struct {
	Blob   dac.BlobID
	Shards []int // shard indexes used, ascending
	Rows   []int // data rows that do not match, ascending
}

func (e *ArchiveMismatchError) Error() string {
	return fmt.Sprintf("disperser: blob %s restored from archive shards %v does not match its commitments in data rows %v",
		e.Blob, e.Shards, e.Rows)
}

// Is makes errors.Is(err, ErrArchiveMismatch) hold.
func (e *ArchiveMismatchError) Is(target error) bool { return target == ErrArchiveMismatch }

// archive cuts data into k_a of n archive shards, puts k_a, n and the
// archive root in core, and returns every member's shard message.
func (d *Disperser) archive(data []byte, kA, n int, core *dac.HeaderCore) ([]*wire.ArchiveShard, error) {
	a, err := erasure.NewArchive(kA, n)
	if err != nil {
		return nil, err
	}
	// The data shards alias the bytes they are cut from
	// (erasure.Archive.Encode), and uploads to members outlive Put, whose
	// caller may reuse its buffer once Put returns: cut them from a copy.
	shards, err := a.Encode(slices.Clone(data))
	if err != nil {
		return nil, err
	}
	if d.tamperArchive != nil {
		d.tamperArchive(shards)
	}
	tree := erasure.ArchiveTree(shards)
	core.ArchiveData, core.ArchiveTotal, core.ArchiveRoot = uint16(kA), uint16(n), tree.Root()
	out := make([]*wire.ArchiveShard, n)
	for i := range shards {
		proof, err := tree.Proof(i)
		if err != nil {
			return nil, err
		}
		out[i] = &wire.ArchiveShard{Index: uint16(i), Proof: proof, Data: shards[i]}
	}
	return out, nil
}

// shardResult is one member's answer to an archive request.
type shardResult struct {
	member int
	hdr    *dac.Header
	shard  *wire.ArchiveShard
	err    error
}

// getArchive restores blob id from archive shards: it asks members for
// their shards, a few more at a time than still needed (so memory stays
// near the blob's size), keeps shards that verify against the archive root
// of the reference header (hdr, or the first answer's when hdr is nil),
// decodes once k_a distinct shards are in, and checks the bytes against
// the header's data-row commitments before returning them.
func (d *Disperser) getArchive(ctx context.Context, id dac.BlobID, c *p2p.Committee, hdr *dac.Header) ([]byte, error) {
	if hdr != nil && hdr.Core.ArchiveTotal == 0 {
		return nil, fmt.Errorf("%w: blob %s has no archive tier", ErrNotFound, id)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := len(c.Members)
	results := make(chan shardResult, n) // every asked member can answer without blocking
	next, inflight := 0, 0
	have := map[int][]byte{}
	failed := map[int]error{}
	ref := hdr
	for {
		want := 1 // until a header says how many shards are needed
		if ref != nil {
			want = int(ref.Core.ArchiveData) - len(have) + 2
		}
		for inflight < want && next < n {
			m := next
			next, inflight = next+1, inflight+1
			go func() {
				fctx, fcancel := context.WithTimeout(ctx, d.cfg.FetchTimeout.D())
				defer fcancel()
				h, s, err := d.tr.FetchShard(fctx, &c.Members[m], id)
				results <- shardResult{member: m, hdr: h, shard: s, err: err}
			}()
		}
		if ref != nil && len(have) >= int(ref.Core.ArchiveData) {
			break
		}
		if inflight == 0 {
			if len(have) == 0 && notFound(c, failed) {
				return nil, fmt.Errorf("%w: no member holds an archive shard of it", ErrNotFound)
			}
			need := "?"
			if ref != nil {
				need = fmt.Sprint(ref.Core.ArchiveData)
			}
			return nil, &MembersError{Kind: ErrUnavailable, Detail: fmt.Sprintf("archive: %d verified shards, need %s", len(have), need),
				Failures: toFailures(c, failed)}
		}
		select {
		case r := <-results:
			inflight--
			if r.err != nil {
				failed[r.member] = r.err
				continue
			}
			if ref == nil {
				ref = r.hdr
			} else if !sameArchive(&ref.Core, &r.hdr.Core) {
				failed[r.member] = fmt.Errorf("%w: shard under header %s, not %s", p2p.ErrBadResponse, r.hdr.Hash(), ref.Hash())
				continue
			}
			if _, dup := have[int(r.shard.Index)]; !dup {
				have[int(r.shard.Index)] = r.shard.Data
			}
		case <-ctx.Done():
			return nil, &MembersError{Kind: ErrTimeout, Detail: fmt.Sprintf("archive: %d verified shards after %v", len(have), ctx.Err()),
				Failures: toFailures(c, failed)}
		}
	}
	cancel() // members still answering are not needed

	core := &ref.Core
	a, err := erasure.NewArchive(int(core.ArchiveData), int(core.ArchiveTotal))
	if err != nil {
		return nil, fmt.Errorf("disperser: archive of blob %s: %w", id, err)
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
		return nil, fmt.Errorf("disperser: restoring blob %s from archive shards %v: %w", id, used, err)
	}
	if err := d.kzg.CheckBlob(data, int(core.K), ref.Commitments); err != nil {
		var mm *kzg.RowMismatchError
		if errors.As(err, &mm) {
			return nil, &ArchiveMismatchError{Blob: id, Shards: used, Rows: mm.Rows}
		}
		return nil, fmt.Errorf("disperser: checking restored blob %s: %w", id, err)
	}
	return data, nil
}

// sameArchive reports whether two headers describe the same archive: the
// same blob shape and the same archive parameters and root.
func sameArchive(a, b *dac.HeaderCore) bool {
	return a.Size == b.Size && a.K == b.K && a.CommitmentsRoot == b.CommitmentsRoot &&
		a.ArchiveData == b.ArchiveData && a.ArchiveTotal == b.ArchiveTotal && a.ArchiveRoot == b.ArchiveRoot
}
