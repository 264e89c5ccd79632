package disperser_test

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/p2p"
)

// TestLateMembersCancelled: once the certificate is made, a member still
// uploading is cancelled after LateMemberGrace, or at once when its
// columns do not fit MaxLateBytes, instead of holding the columns until
// MemberTimeout.
func TestLateMembersCancelled(t *testing.T) {
	tests := []struct {
		name     string
		grace    time.Duration
		lateByte int64
		within   time.Duration
	}{
		{"grace", 300 * time.Millisecond, 1 << 30, 3 * time.Second},
		{"budget", time.Hour, 1, 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newFake(t, 4, 3, map[int]string{3: "block"}, func(c *disperser.Config) {
				c.MemberTimeout = p2p.Duration(50 * time.Second)
				c.DisperseTimeout = p2p.Duration(55 * time.Second)
				c.LateMemberGrace = p2p.Duration(tt.grace)
				c.MaxLateBytes = tt.lateByte
			})
			blob := make([]byte, 4000)
			rand.Read(blob)
			if _, err := e.d.Put(context.Background(), blob, disperser.PutOptions{}); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			for e.net.cancelled.Load() == 0 {
				if time.Since(start) > tt.within {
					t.Fatalf("the late member was not cancelled within %s", tt.within)
				}
				time.Sleep(10 * time.Millisecond)
			}
			t.Logf("late member cancelled %s after the certificate", time.Since(start).Round(time.Millisecond))
		})
	}
}
