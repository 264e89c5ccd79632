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

// fetcher asks custodians for cells over /quire/cells/1 (dac/node's
// client), each request under its own deadline.
type fetcher struct {
	host    host.Host
	timeout time.Duration
	maxRows uint32
}

// ask requests cells of blob id from one peer. It returns the header the
// peer served (checked by the client to be the blob's: blob ID and
// commitments root), the cells in request order (not verified: the caller
// verifies every cell of a round in one batch) and the bytes the answer
// carried.
func (f *fetcher) ask(ctx context.Context, to peer.AddrInfo, id dac.BlobID, cells []wire.CellRef) (*dac.Header, []wire.CellItem, int64, error) {
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	h, items, err := p2p.FetchCells(ctx, f.host, to, &wire.CellsRequest{Blob: id, Cells: cells}, f.maxRows, nil)
	if err != nil {
		return nil, nil, 0, err
	}
	return h, items, answerBytes(h, len(items)), nil
}

// answerBytes is the size of a cells answer on the wire (frames, header,
// cells with positions and proofs), transport overhead aside.
func answerBytes(h *dac.Header, cells int) int64 {
	const frame = wire.FrameOverhead
	n := int64(frame + 4 + h.EncodedSize() + 4)
	for cells > 0 {
		b := min(cells, wire.MaxBatchCells)
		n += int64(frame + 2 + b*(3+erasure.BytesPerCell+wire.ProofSize))
		cells -= b
	}
	return n
}

// round sends every request of a round at once and collects the answers.
// peers maps member indexes to their addresses.
func (f *fetcher) round(ctx context.Context, id dac.BlobID, reqs []sampler.Request, peers []peer.AddrInfo) ([]sampler.Response, int64) {
	resps := make([]sampler.Response, len(reqs))
	bytes := make([]int64, len(reqs))
	var wg sync.WaitGroup
	for i := range reqs {
		resps[i].Request = reqs[i]
		wg.Go(func() {
			_, items, n, err := f.ask(ctx, peers[reqs[i].Member], id, reqs[i].Cells)
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
