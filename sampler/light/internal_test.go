package light

import (
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
)

// The in-memory statuses stay bounded; pending ones are never dropped.
func TestTrimStatuses(t *testing.T) {
	c := &Client{status: map[dac.BlobID]*BlobStatus{}}
	t0 := time.Unix(1_700_000_000, 0)
	for i := range maxStatuses + 10 {
		var id dac.BlobID
		id[0], id[1] = byte(i), byte(i>>8)
		st := sampler.StatusAvailable
		if i%100 == 0 {
			st = sampler.StatusPending
		}
		c.status[id] = &BlobStatus{ID: id, Status: st, FirstSeen: t0.Add(time.Duration(i) * time.Second)}
		c.trimStatuses()
	}
	if len(c.status) > maxStatuses {
		t.Fatalf("%d statuses in memory", len(c.status))
	}
	oldest := t0.Add(time.Hour * 24)
	pending := 0
	for _, st := range c.status {
		if st.Status == sampler.StatusPending {
			pending++
		} else if st.FirstSeen.Before(oldest) {
			oldest = st.FirstSeen
		}
	}
	if pending != (maxStatuses+10+99)/100 {
		t.Fatalf("%d pending statuses kept", pending)
	}
	if oldest.Before(t0.Add(maxStatuses / 4 * time.Second)) {
		t.Fatalf("an old decided status survived: %v", oldest.Sub(t0))
	}
}

func TestVerdictsBounded(t *testing.T) {
	v := newVerdicts(3)
	for i := range 10 {
		v.put(BlobStatus{ID: dac.BlobID{byte(i)}})
	}
	if v.len() != 3 {
		t.Fatalf("%d verdicts kept, bound 3", v.len())
	}
	for i := range 10 {
		_, ok := v.get(dac.BlobID{byte(i)})
		if want := i >= 7; ok != want {
			t.Fatalf("verdict %d kept %t, want %t (the newest three)", i, ok, want)
		}
	}
}

// TestStoreBounded: past MaxRecords the oldest decided records go, down to
// nine tenths of the bound; pending ones stay whatever their age.
func TestStoreBounded(t *testing.T) {
	s, err := OpenStore(StoreConfig{InMemory: true, MaxRecords: 10}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t0 := time.Unix(1_700_000_000, 0)
	put := func(i int, st sampler.Status) {
		if err := s.put(&record{BlobStatus: BlobStatus{ID: dac.BlobID{byte(i)}, Status: st, FirstSeen: t0.Add(time.Duration(i) * time.Second)}}); err != nil {
			t.Fatal(err)
		}
	}
	put(0, sampler.StatusPending)
	put(1, sampler.StatusPending)
	for i := 2; i < 40; i++ {
		put(i, sampler.StatusAvailable)
		put(i, sampler.StatusAvailable) // an update is not a new record
	}
	n, err := s.Count()
	if err != nil {
		t.Fatal(err)
	}
	if n > 10 {
		t.Fatalf("%d records, bound 10", n)
	}
	for i, want := range map[int]bool{0: true, 1: true, 2: false, 39: true} {
		r, err := s.get(dac.BlobID{byte(i)})
		if err != nil || (r != nil) != want {
			t.Fatalf("record %d kept %t, want %t (%v)", i, r != nil, want, err)
		}
	}
}
