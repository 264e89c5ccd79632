package disperser

import "github.com/quire-da/quire/dac/disperser/api"

// Recent returns the status of the n blobs most recently dispersed (or
// re-dispersed) that the disperser still remembers, newest first; n <= 0
// returns every record kept (at most Config.MaxRecords). Dashboards and
// devnets list blobs with it; a status is a copy, safe to keep.
func (d *Disperser) Recent(n int) []*api.BlobStatus {
	x := d.idx
	x.mu.Lock()
	count := len(x.order)
	if n > 0 && n < count {
		count = n
	}
	recs := make([]*record, 0, count)
	for i := len(x.order) - 1; i >= 0 && len(recs) < count; i-- {
		if r := x.byID[x.order[i]]; r != nil {
			recs = append(recs, r)
		}
	}
	x.mu.Unlock()
	out := make([]*api.BlobStatus, len(recs))
	for i, r := range recs {
		out[i] = x.status(r)
	}
	return out
}
