package disperser

import (
	"slices"
	"sync"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/p2p"
)

// record is what the disperser remembers of one blob: enough to answer
// status and certificate queries, to find the custodians on retrieval and
// to recognize the same bytes posted again. It never holds the blob's
// bytes.
type record struct {
	id        dac.BlobID
	content   [32]byte
	committee *p2p.Committee // the epoch's committee it was dispersed to
	header    *dac.Header

	// Guarded by index.mu.
	state     string
	cert      *dac.Certificate
	signers   []int
	stored    []int
	certified time.Time
	stages    api.Stages
	l1        *api.L1Status
	err       *api.Error
	l1Done    chan struct{} // closed when an L1 submission ends; nil when none started
}

// index holds the records of the last max blobs, oldest evicted first.
type index struct {
	mu        sync.Mutex
	max       int
	byID      map[dac.BlobID]*record
	byContent map[[32]byte]*record
	order     []dac.BlobID
	disk      *store // nil without a data dir
}

func newIndex(max int) *index {
	return &index{max: max, byID: map[dac.BlobID]*record{}, byContent: map[[32]byte]*record{}}
}

// put adds or replaces the record of r.id.
func (x *index) put(r *record) {
	x.mu.Lock()
	var evicted []dac.BlobID
	if old, ok := x.byID[r.id]; ok {
		if x.byContent[old.content] == old {
			delete(x.byContent, old.content)
		}
		x.order = slices.DeleteFunc(x.order, func(id dac.BlobID) bool { return id == r.id })
	}
	x.byID[r.id] = r
	x.byContent[r.content] = r
	x.order = append(x.order, r.id)
	for len(x.order) > x.max {
		old := x.byID[x.order[0]]
		delete(x.byID, x.order[0])
		if x.byContent[old.content] == old {
			delete(x.byContent, old.content)
		}
		evicted = append(evicted, x.order[0])
		x.order = x.order[1:]
	}
	x.save(r, evicted) // unlocks x.mu
}

func (x *index) get(id dac.BlobID) *record {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.byID[id]
}

// reusable returns the certified record of these content bytes when it
// can stand for a new dispersal: same epoch as now, expiry more than
// margin away.
func (x *index) reusable(content [32]byte, epoch uint64, now time.Time, margin time.Duration) *record {
	x.mu.Lock()
	defer x.mu.Unlock()
	r := x.byContent[content]
	if r == nil || r.state != api.StateCertified || r.header.Core.Epoch != epoch {
		return nil
	}
	if int64(r.header.Core.Expiry) <= now.Add(margin).Unix() {
		return nil
	}
	return r
}

// update runs fn on r under the index lock.
func (x *index) update(r *record, fn func(r *record)) {
	x.mu.Lock()
	fn(r)
	x.save(r, nil) // unlocks x.mu
}

// save writes r (when it is still indexed) and deletes the evicted
// records from the data dir, if any. The caller holds x.mu; save releases
// it, taking the store's lock first so that writes land in the order of
// their snapshots.
func (x *index) save(r *record, evicted []dac.BlobID) {
	s := x.disk
	if s == nil {
		x.mu.Unlock()
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var puts map[dac.BlobID][]byte
	if x.byID[r.id] == r {
		puts = map[dac.BlobID][]byte{r.id: s.snapshot(r)}
	}
	x.mu.Unlock()
	s.write(puts, evicted)
}

// result builds the PutResult of a certified record.
func (x *index) result(r *record, cfg *Config, duplicate bool) *api.PutResult {
	x.mu.Lock()
	defer x.mu.Unlock()
	hdr, _ := r.header.MarshalBinary() // a header we built: always encodes
	var cert []byte
	if r.cert != nil {
		cert, _ = r.cert.MarshalBinary()
	}
	res := &api.PutResult{
		BlobID:      r.id,
		HeaderHash:  r.header.Hash(),
		Certificate: cert,
		Header:      hdr,
		Commitment:  api.NewCommitment(r.id).Bytes(),
		ChainID:     cfg.ChainID,
		Committee:   cfg.CommitteeAddress.String(),
		Epoch:       r.header.Core.Epoch,
		Size:        r.header.Core.Size,
		K:           r.header.Core.K,
		Expiry:      r.header.Core.Expiry,
		Signers:     slices.Clone(r.signers),
		Duplicate:   duplicate,
		Stages:      r.stages,
	}
	if r.l1 != nil {
		l := *r.l1
		res.L1 = &l
	}
	return res
}

// status builds the BlobStatus of r.
func (x *index) status(r *record) *api.BlobStatus {
	x.mu.Lock()
	defer x.mu.Unlock()
	s := &api.BlobStatus{
		BlobID:     r.id,
		State:      r.state,
		HeaderHash: r.header.Hash(),
		Epoch:      r.header.Core.Epoch,
		Size:       r.header.Core.Size,
		K:          r.header.Core.K,
		Expiry:     r.header.Core.Expiry,
		Signers:    slices.Clone(r.signers),
		Stored:     slices.Clone(r.stored),
		Certified:  r.certified,
		Error:      r.err,
	}
	if r.l1 != nil {
		l := *r.l1
		s.L1 = &l
	}
	return s
}
