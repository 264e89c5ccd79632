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
