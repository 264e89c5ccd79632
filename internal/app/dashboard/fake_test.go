package dashboard

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// fakeSource is an in-memory Source for the tests: blobs are added by hand
// and every change closes the Changed channel, as the devnet's does.
type fakeSource struct {
	mu      sync.Mutex
	state   State
	details map[string]*BlobDetail
	changed chan struct{}
	err     error // returned by State and Blob when set
}

func newFakeSource(members int) *fakeSource {
	f := &fakeSource{
		details: map[string]*BlobDetail{},
		changed: make(chan struct{}),
		state: State{
			ChainID:     1337,
			L1RPC:       "http://127.0.0.1:8545",
			Disperser:   "http://127.0.0.1:9000",
			Contract:    "0x5fbdb2315678afecb367f032d93f642f64180aa3",
			Epoch:       1,
			Threshold:   (2*members + 2) / 3,
			Replication: 2,
		},
	}
	for i := range members {
		f.state.Members = append(f.state.Members, Member{
			Index:    i,
			PeerID:   fmt.Sprintf("12D3KooWFake%040d", i),
			Addrs:    []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", 4000+i)},
			Operator: fmt.Sprintf("0x%040x", 0xabc0+i),
			Online:   i != members-1, // the last one is down
			HotBytes: int64(i) << 20,
		})
	}
	return f
}

func (f *fakeSource) State(ctx context.Context) (*State, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	st := f.state
	st.Members = append([]Member(nil), f.state.Members...)
	st.Blobs = append([]Blob(nil), f.state.Blobs...)
	st.Updated = time.Now()
	return &st, nil
}

func (f *fakeSource) Blob(ctx context.Context, id string) (*BlobDetail, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	d, ok := f.details[id]
	if !ok {
		return nil, ErrNotFound
	}
	c := *d
	return &c, nil
}

func (f *fakeSource) Changed() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.changed
}

// fire signals a change.
func (f *fakeSource) fire() {
	f.mu.Lock()
	defer f.mu.Unlock()
	close(f.changed)
	f.changed = make(chan struct{})
}

// addBlob makes a certified blob of k data rows from seed, with samples
// distinct sampled cells of which failed did not verify, adds it as the
// newest and fires a change.
func (f *fakeSource) addBlob(seed uint64, k, samples, failed int) *BlobDetail {
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	f.mu.Lock()
	n := len(f.state.Members)
	var id [32]byte
	for i := range id {
		id[i] = byte(rng.Uint32())
	}
	d := &BlobDetail{
		Blob: Blob{
			ID:         fmt.Sprintf("0x%x", id),
			Size:       uint64(k)*126976 - uint64(rng.IntN(1000)),
			K:          k,
			State:      "certified",
			Epoch:      f.state.Epoch,
			HeaderHash: fmt.Sprintf("0x%064x", seed),
			Created:    time.Now(),
			L1: &L1Tx{
				Hash:  fmt.Sprintf("0x%064x", seed*7919),
				Block: 10 + seed,
				Gas:   180000 + uint64(rng.IntN(20000)),
			},
			Sampling: "available",
		},
		Rows:    2 * k,
		Cols:    128,
		Custody: make([][]int, 128),
	}
	for i := range f.state.Threshold + 1 {
		d.Signers = append(d.Signers, i)
	}
	for c := range d.Custody {
		// replication 2: each column with two distinct members
		d.Custody[c] = []int{c % n, (c + 1 + c/n) % n}
		if d.Custody[c][1] == d.Custody[c][0] {
			d.Custody[c][1] = (d.Custody[c][0] + 1) % n
		}
	}
	// Samples on distinct cells (the browser test draws cells large enough
	// that no marker covers another's centre).
	used := map[[2]int]bool{}
	for len(d.Samples) < samples && len(used) < d.Rows*d.Cols {
		row, col := rng.IntN(d.Rows), rng.IntN(d.Cols)
		if used[[2]int{row, col}] {
			continue
		}
		used[[2]int{row, col}] = true
		ok := len(d.Samples) >= failed
		d.Samples = append(d.Samples, Sample{Row: row, Col: col, OK: ok, Member: d.Custody[col][0]})
	}
	if failed > 0 {
		d.Sampling = "unavailable"
	} else {
		d.Confidence = 1 - pow(0.75, samples)
	}
	f.details[d.ID] = d
	f.state.Blobs = append([]Blob{d.Blob}, f.state.Blobs...)
	for i := range f.state.Members {
		f.state.Members[i].Blobs++
	}
	f.mu.Unlock()
	f.fire()
	return d
}

func pow(x float64, n int) float64 {
	r := 1.0
	for range n {
		r *= x
	}
	return r
}
