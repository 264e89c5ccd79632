package rate

import (
	"testing"
	"time"
)

func TestBucket(t *testing.T) {
	var b Bucket
	t0 := time.Unix(1000, 0)
	for i := range 3 {
		if !b.Take(t0, 1, 2, 3) {
			t.Fatalf("take %d within the burst refused", i)
		}
	}
	if b.Take(t0, 1, 2, 3) {
		t.Fatal("take beyond the burst allowed")
	}
	if w := b.Wait(t0, 1, 2, 3); w != 500*time.Millisecond {
		t.Fatalf("wait for one token at 2/s = %v", w)
	}
	if !b.Take(t0.Add(600*time.Millisecond), 1, 2, 3) {
		t.Fatal("no refill after 0.6 s at 2/s")
	}
	if b.Take(t0.Add(700*time.Millisecond), 1, 2, 3) {
		t.Fatal("refilled too fast")
	}
	if w := b.Wait(t0.Add(700*time.Millisecond), 4, 2, 3); w >= 0 {
		t.Fatalf("wait above the burst = %v, want never", w)
	}
	b.Give(10, 3)
	if !b.Take(t0.Add(700*time.Millisecond), 3, 2, 3) || b.Take(t0.Add(700*time.Millisecond), 0.5, 2, 3) {
		t.Fatal("Give does not cap at the burst")
	}
	if b.Full(t0.Add(time.Second), 2, 3) || !b.Full(t0.Add(3*time.Second), 2, 3) {
		t.Fatal("Full wrong")
	}
}
