package light_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
	"github.com/quire-da/quire/sampler/samplertest"
)

// TestThrottledStaysPending: while every custodian answers "busy" (its
// read slots are taken), the client records no verdict: Sample returns
// ErrThrottled and the blob stays pending, never UNAVAILABLE. Once the
// members have room, the same blob samples AVAILABLE.
func TestThrottledStaysPending(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{Scripted: seq(8)})
	h, _ := nw.Publish(4)
	var busy atomic.Bool
	busy.Store(true)
	for _, m := range nw.Scripted {
		m.SetBehavior(samplertest.Behavior{Busy: busy.Load})
	}
	c := newClient(t, nw, func(cfg *light.Config) {
		cfg.Deadline = light.Duration(time.Second)
		cfg.RetryInterval = light.Duration(100 * time.Millisecond)
	}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := c.Sample(ctx, h.BlobID())
	if !errors.Is(err, light.ErrThrottled) {
		t.Fatalf("busy custodians: %+v, %v; want ErrThrottled", st, err)
	}
	if got, ok := c.Status(h.BlobID()); !ok || got.Status != sampler.StatusPending {
		t.Fatalf("recorded %s (%s) while custodians were busy, want pending", got.Status, got.Reason)
	}
	busy.Store(false)
	st, err = c.Sample(ctx, h.BlobID())
	if err != nil || st.Status != sampler.StatusAvailable {
		t.Fatalf("after the members have room: %+v, %v", st, err)
	}
}

// TestSlowReadersCannotStarveSampling: an outsider keeps every member's
// read slots under pressure (many streams asking for all the cells a
// member holds, never read, reopened as they are refused or cut off); an
// honest light client still samples the blob AVAILABLE within its
// deadline, against real storage nodes.
func TestSlowReadersCannotStarveSampling(t *testing.T) {
	nw := samplertest.NewNetwork(t, samplertest.Options{})
	h, _ := nw.Publish(4) // k = 4
	cust, err := nw.Committee.Custody()
	if err != nil {
		t.Fatal(err)
	}
	assign := cust.Assign(h.BlobID())
	priv, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	attacker, err := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer attacker.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	actx, stopAttack := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var opened atomic.Int64
	for m := range nw.Nodes {
		info := nw.AddrInfo(m)
		if err := attacker.Connect(ctx, info); err != nil {
			t.Fatal(err)
		}
		var all []wire.CellRef
		for r := range 2 * int(h.Core.K) {
			for _, col := range assign.Columns(m) {
				all = append(all, wire.CellRef{Row: uint16(r), Col: uint8(col)})
			}
		}
		for range 40 { // more than a member's 32 read slots
			wg.Go(func() {
				for actx.Err() == nil {
					s, err := attacker.NewStream(actx, info.ID, wire.ProtocolCellsV2)
					if err != nil {
						return
					}
					opened.Add(1)
					wire.WriteMessage(s, &wire.CellsQuery{Blob: h.BlobID(), Cells: all})
					// Never read: wait for the member to give up on us.
					buf := make([]byte, 1)
					s.SetReadDeadline(time.Now().Add(40 * time.Second))
					for actx.Err() == nil {
						if _, err := s.Read(buf[:0]); err != nil {
							break
						}
						time.Sleep(200 * time.Millisecond)
					}
					s.Reset()
					time.Sleep(100 * time.Millisecond)
				}
			})
		}
	}
	defer func() { stopAttack(); wg.Wait() }()
	time.Sleep(time.Second) // let the attack take every slot it can
	c := newClient(t, nw, func(cfg *light.Config) { cfg.Deadline = light.Duration(10 * time.Second) }, nil)
	st, err := c.Sample(ctx, h.BlobID())
	if err != nil || st.Status != sampler.StatusAvailable {
		t.Fatalf("under attack (%d attacker streams): %+v, %v", opened.Load(), st, err)
	}
	t.Logf("sampled AVAILABLE in %.0f ms while the attacker opened %d streams", st.Millis, opened.Load())
}
