package disperser

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

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
	bad, err := CheckRows(d.kzg, ref, data)
	if err != nil {
		return nil, fmt.Errorf("disperser: checking restored blob %s: %w", id, err)
	}
	if len(bad) > 0 {
		return nil, &ArchiveMismatchError{Blob: id, Shards: used, Rows: bad}
	}
	return data, nil
}

// sameArchive reports whether two headers describe the same archive: the
// same blob shape and the same archive parameters and root.
func sameArchive(a, b *dac.HeaderCore) bool {
	return a.Size == b.Size && a.K == b.K && a.CommitmentsRoot == b.CommitmentsRoot &&
		a.ArchiveData == b.ArchiveData && a.ArchiveTotal == b.ArchiveTotal && a.ArchiveRoot == b.ArchiveRoot
}

// CheckRows packs data (blob bytes restored from somewhere other than
// verified cells, such as the archive tier) into the header's k data rows
// and checks them against the header's data-row commitments with one
// randomized check: with fresh local random coefficients r_i,
// Commit(sum r_i row_i) must equal sum r_i C_i (a wrong row passes with
// probability about 2^-255). When it fails, each row is committed on its
// own to name the rows that differ. It returns those rows, ascending (none
// when the bytes are the blob's), or an error when data does not pack
// into k rows or a commitment does not decode.
func CheckRows(kctx *kzg.Context, h *dac.Header, data []byte) ([]int, error) {
	k := int(h.Core.K)
	if erasure.RowsFor(len(data)) != k {
		return nil, fmt.Errorf("%d bytes pack into %d rows, the header has k=%d", len(data), erasure.RowsFor(len(data)), k)
	}
	rows, err := erasure.Pack(data, k)
	if err != nil {
		return nil, err
	}
	if len(rows) != k || len(h.Commitments) < k {
		return nil, fmt.Errorf("%d bytes pack into %d rows, the header has k=%d", len(data), len(rows), k)
	}
	pts := make([]bls12381.G1Affine, k)
	for i := range pts {
		if pts[i], err = h.Commitments[i].Point(); err != nil {
			return nil, fmt.Errorf("commitment %d: %w", i, err)
		}
	}
	coef := make([]fr.Element, k)
	for i := range coef {
		var b [32]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		coef[i].SetBytes(b[:])
	}
	combined := make([]fr.Element, erasure.ElementsPerRow)
	for i, row := range rows {
		for j := range row {
			var t fr.Element
			t.Mul(&row[j], &coef[i])
			combined[j].Add(&combined[j], &t)
		}
	}
	lhs, err := kctx.Commit(combined)
	if err != nil {
		return nil, err
	}
	var rhs bls12381.G1Jac
	if _, err := rhs.MultiExp(pts, coef, ecc.MultiExpConfig{}); err != nil {
		return nil, err
	}
	var rhsAff bls12381.G1Affine
	rhsAff.FromJacobian(&rhs)
	if kzg.CommitmentFromPoint(&rhsAff) == lhs {
		return nil, nil
	}
	var bad []int
	for i, row := range rows {
		c, err := kctx.Commit(row)
		if err != nil {
			return nil, err
		}
		if c != h.Commitments[i] {
			bad = append(bad, i)
		}
	}
	if len(bad) == 0 { // the combination failed but no row does: cannot happen
		return nil, errors.New("randomized row check failed but every row matches its commitment")
	}
	return bad, nil
}
