package light

import (
	"context"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/sampler"
)

// fetcher talks /quire/cells/2 to custodians (dac/p2p's client), each
// request under its own deadline: the header once per blob, then cells
// without it.
type fetcher struct {
	host    host.Host
	timeout time.Duration
	maxRows uint32
}

// header asks one peer for blob id's header alone. It returns the header
// (checked by the client to be the blob's: blob ID and commitments root;
// the caller checks it against the certificate) and the bytes the answer
// carried.
func (f *fetcher) header(ctx context.Context, to peer.AddrInfo, id dac.BlobID) (*dac.Header, int64, error) {
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	h, err := p2p.FetchHeader(ctx, f.host, to, id, f.maxRows)
	if err != nil {
		return nil, 0, err
	}
	return h, headerAnswerBytes(h), nil
}

// ask requests cells of the blob of header h (already checked) from one
// peer. It returns the cells in request order (not verified: the caller
// verifies every cell of a round in one batch) and the bytes the answer
// carried.
func (f *fetcher) ask(ctx context.Context, to peer.AddrInfo, h *dac.Header, cells []wire.CellRef) ([]wire.CellItem, int64, error) {
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	items, err := p2p.FetchKnownCells(ctx, f.host, to, &wire.CellsRequest{Blob: h.BlobID(), Cells: cells}, h, nil)
	if err != nil {
		return nil, 0, err
	}
	return items, cellsAnswerBytes(len(items)), nil
}

// headerAnswerBytes is the size on the wire of a header-only answer
// (frame, length-prefixed header, item count), transport overhead aside.
func headerAnswerBytes(h *dac.Header) int64 {
	return int64(wire.FrameOverhead + 4 + h.EncodedSize() + 4)
}

// cellsAnswerBytes is the size on the wire of a header-less cells answer
// (the CellsCount frame, then the cells with positions and proofs in
// CellBatch frames), transport overhead aside.
func cellsAnswerBytes(cells int) int64 {
	const frame = wire.FrameOverhead
	n := int64(frame + 4)
	for cells > 0 {
		b := min(cells, wire.MaxBatchCells)
		n += int64(frame + 2 + b*(3+erasure.BytesPerCell+wire.ProofSize))
		cells -= b
	}
	return n
}

// round sends every request of a round at once and collects the answers.
// peers maps member indexes to their addresses.
func (f *fetcher) round(ctx context.Context, h *dac.Header, reqs []sampler.Request, peers []peer.AddrInfo) ([]sampler.Response, int64) {
	resps := make([]sampler.Response, len(reqs))
	bytes := make([]int64, len(reqs))
	var wg sync.WaitGroup
	for i := range reqs {
		resps[i].Request = reqs[i]
		wg.Go(func() {
			items, n, err := f.ask(ctx, peers[reqs[i].Member], h, reqs[i].Cells)
			resps[i].Items, resps[i].Err, bytes[i] = items, err, n
		})
	}
	wg.Wait()
	var total int64
	for _, n := range bytes {
		total += n
	}
	return resps, total
}
