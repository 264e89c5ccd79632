package netem

import (
	"errors"
	"math"
	"net/netip"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"
)

// memDev is a device in memory: the test injects packets as if the
// namespace's stack had sent them and collects what the emulator writes.
type memDev struct {
	in     chan []byte
	out    chan got
	closed chan struct{}
	once   sync.Once
}

type got struct {
	pkt []byte
	at  time.Time
}

func newMemDev() *memDev {
	return &memDev{in: make(chan []byte, 1<<16), out: make(chan got, 1<<16), closed: make(chan struct{})}
}

func (d *memDev) Read(p []byte) (int, error) {
	select {
	case pkt := <-d.in:
		return copy(p, pkt), nil
	case <-d.closed:
		return 0, os.ErrClosed
	}
}

func (d *memDev) Write(p []byte) (int, error) {
	select {
	case <-d.closed:
		return 0, os.ErrClosed
	case d.out <- got{append([]byte(nil), p...), time.Now()}:
		return len(p), nil
	}
}

func (d *memDev) Close() error {
	d.once.Do(func() { close(d.closed) })
	return nil
}

var (
	addrA = netip.MustParseAddr("10.9.0.1")
	addrB = netip.MustParseAddr("10.9.0.2")
	addrC = netip.MustParseAddr("10.9.0.3")
)

func packetTo(dst netip.Addr, seq int) []byte {
	p := ipv4(dst.As4(), 5, 28)
	p[20], p[21] = byte(seq>>8), byte(seq)
	return p
}

// pair is an emulator with ports a (group x) and b (group y).
func pair(t *testing.T, cfg Config) (*Emulator, *memDev, *memDev) {
	t.Helper()
	em, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { em.Close() })
	a, b := newMemDev(), newMemDev()
	if err := em.AddPort(Port{Name: "a", Group: "x", Dev: a, Addrs: []netip.Addr{addrA}}); err != nil {
		t.Fatal(err)
	}
	if err := em.AddPort(Port{Name: "b", Group: "y", Dev: b, Addrs: []netip.Addr{addrB}}); err != nil {
		t.Fatal(err)
	}
	return em, a, b
}

func receive(t *testing.T, d *memDev) got {
	t.Helper()
	select {
	case g := <-d.out:
		return g
	case <-time.After(10 * time.Second):
		t.Fatal("no packet forwarded in 10 s")
		return got{}
	}
}

func TestEmulatorDelayAndOrder(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Seed = 1
	em, a, b := pair(t, cfg)
	const delay = 30 * time.Millisecond
	if err := em.SetLinks("x", "y", Link{Delay: delay, Jitter: 20 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	const n = 200
	sent := make([]time.Time, n)
	for i := range n {
		sent[i] = time.Now()
		a.in <- packetTo(addrB, i)
		if i%20 == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	var worst time.Duration
	for i := range n {
		g := receive(t, b)
		seq := int(g.pkt[20])<<8 | int(g.pkt[21])
		if seq != i {
			t.Fatalf("packet %d arrived in place %d: reordered", seq, i)
		}
		// Jitter draws as low as delay - 20 ms; order can only push later.
		if d := g.at.Sub(sent[i]); d < delay-20*time.Millisecond {
			t.Fatalf("packet %d held %v, below delay - jitter", i, d)
		} else {
			worst = max(worst, d)
		}
	}
	t.Logf("%d packets at %v ± 20 ms: in order, longest hold %v", n, delay, worst)
	// The way back has the same delay.
	t0 := time.Now()
	b.in <- packetTo(addrA, 0)
	if d := receive(t, a).at.Sub(t0); d < delay-20*time.Millisecond {
		t.Fatalf("b -> a held %v", d)
	}
	if s := em.Stats().Link("x", "y"); s.Forwarded != n || s.Lost != 0 {
		t.Fatalf("stats %+v", s)
	}
}

func TestEmulatorLoss(t *testing.T) {
	for _, loss := range []float64{0, 0.01, 0.1} {
		cfg := DefaultConfig()
		cfg.Seed = 42
		cfg.QueueLen = 1 << 16
		em, a, b := pair(t, cfg)
		if err := em.SetLink("x", "y", Link{Loss: loss}); err != nil {
			t.Fatal(err)
		}
		const n = 50000
		for i := range n {
			a.in <- packetTo(addrB, i)
		}
		// Wait until every packet is accounted for.
		deadline := time.Now().Add(20 * time.Second)
		var s LinkStats
		for {
			s = em.Stats().Link("x", "y")
			if s.Forwarded+s.Lost == n || time.Now().After(deadline) {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if s.Forwarded+s.Lost != n || s.Overflow != 0 {
			t.Fatalf("loss %g: %+v for %d packets", loss, s, n)
		}
		if len(b.out) != int(s.Forwarded) {
			t.Fatalf("loss %g: %d packets out, stats say %d", loss, len(b.out), s.Forwarded)
		}
		// Seven standard deviations of the binomial, at least 1 packet.
		sd := math.Sqrt(n * loss * (1 - loss))
		if dev := math.Abs(float64(s.Lost) - n*loss); dev > max(7*sd, 1) {
			t.Fatalf("loss %g: %d of %d lost (%.3f%%)", loss, s.Lost, n, 100*float64(s.Lost)/n)
		}
		t.Logf("loss %g: %d of %d lost (%.3f%%)", loss, s.Lost, n, 100*float64(s.Lost)/n)
		em.Close()
	}
}

func TestEmulatorRouting(t *testing.T) {
	em, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer em.Close()
	a, b, c := newMemDev(), newMemDev(), newMemDev()
	for _, p := range []Port{
		{Name: "a", Group: "eu", Dev: a, Addrs: []netip.Addr{addrA}},
		{Name: "b", Group: "us", Dev: b, Addrs: []netip.Addr{addrB}},
		{Name: "c", Group: "us", Dev: c, Addrs: []netip.Addr{addrC}},
	} {
		if err := em.AddPort(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []Port{
		{Name: "a", Group: "eu", Dev: newMemDev()},
		{Name: "d", Group: "eu", Dev: newMemDev(), Addrs: []netip.Addr{addrB}},
		{Name: "e", Group: "eu", Dev: newMemDev(), Addrs: []netip.Addr{netip.MustParseAddr("::1")}},
		{Name: "", Dev: newMemDev()},
		{Name: "f"},
	} {
		if err := em.AddPort(p); !errors.Is(err, ErrPort) {
			t.Fatalf("AddPort(%q) = %v, want ErrPort", p.Name, err)
		}
	}
	a.in <- packetTo(addrC, 1)
	a.in <- packetTo(addrB, 2)
	c.in <- packetTo(addrA, 3)
	a.in <- packetTo(netip.MustParseAddr("10.9.9.9"), 4) // nobody's
	a.in <- []byte{0x60, 0, 0, 0}                        // not IPv4
	a.in <- packetTo(addrA, 5)                           // back to itself
	if g := receive(t, c); g.pkt[21] != 1 {
		t.Fatalf("c got packet %d", g.pkt[21])
	}
	if g := receive(t, b); g.pkt[21] != 2 {
		t.Fatalf("b got packet %d", g.pkt[21])
	}
	if g := receive(t, a); g.pkt[21] != 3 {
		t.Fatalf("a got packet %d", g.pkt[21])
	}
	// A link counts a packet after handing it over, so the counters may
	// trail the deliveries just seen: wait for them.
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := em.Stats()
		if s.Unroutable == 3 && s.Link("eu", "us").Forwarded == 2 && s.Link("us", "eu").Forwarded == 1 && len(s.Links) == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stats %+v; want 3 unroutable, 2 forwarded eu->us, 1 us->eu", s)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestEmulatorOverflowAndClose(t *testing.T) {
	cfg := DefaultConfig()
	cfg.QueueLen = 10
	before := runtime.NumGoroutine()
	em, a, _ := pair(t, cfg)
	if err := em.SetLink("x", "y", Link{Delay: time.Hour}); err != nil {
		t.Fatal(err)
	}
	for i := range 25 {
		a.in <- packetTo(addrB, i)
	}
	deadline := time.Now().Add(5 * time.Second)
	// 10 queued, and one more if the writer took the first before the
	// rest came.
	for o := em.Stats().Link("x", "y").Overflow; o != 14 && o != 15; o = em.Stats().Link("x", "y").Overflow {
		if time.Now().After(deadline) {
			t.Fatalf("stats %+v, want 14 or 15 overflowing", em.Stats().Link("x", "y"))
		}
		time.Sleep(time.Millisecond)
	}
	// Close returns at once although packets are held for an hour, and
	// every goroutine (two readers, one writer) has ended.
	t0 := time.Now()
	if err := em.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(t0); d > 5*time.Second {
		t.Fatalf("Close took %v", d)
	}
	for runtime.NumGoroutine() > before && time.Since(t0) < 5*time.Second {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after Close, %d before it", n, before)
	}
	if err := em.AddPort(Port{Name: "z", Dev: newMemDev()}); !errors.Is(err, ErrClosed) {
		t.Fatalf("AddPort after Close = %v", err)
	}
	if err := em.Close(); err != nil {
		t.Fatalf("second Close = %v", err)
	}
}
