package netem

import (
	"errors"
	"math"
	"net/netip"
	"testing"
	"time"
)

func TestSchedule(t *testing.T) {
	t0 := time.Unix(1000, 0)
	ms := time.Millisecond
	tests := []struct {
		name         string
		link         Link
		last         time.Time
		loss, jitter float64
		wantLost     bool
		want         time.Duration // release - t0
	}{
		{"no link", Link{}, time.Time{}, 0.5, 0.5, false, 0},
		{"delay", Link{Delay: 100 * ms}, time.Time{}, 0.5, 0.5, false, 100 * ms},
		{"lost below the loss", Link{Delay: 100 * ms, Loss: 0.01}, time.Time{}, 0.0099, 0.5, true, 0},
		{"kept at the loss", Link{Delay: 100 * ms, Loss: 0.01}, time.Time{}, 0.01, 0.5, false, 100 * ms},
		{"all lost", Link{Loss: 1}, time.Time{}, 0.999999, 0.5, true, 0},
		{"jitter low end", Link{Delay: 100 * ms, Jitter: 10 * ms}, time.Time{}, 0.5, 0, false, 90 * ms},
		{"jitter middle", Link{Delay: 100 * ms, Jitter: 10 * ms}, time.Time{}, 0.5, 0.5, false, 100 * ms},
		{"jitter high end", Link{Delay: 100 * ms, Jitter: 10 * ms}, time.Time{}, 0.5, 0.75, false, 105 * ms},
		{"jitter never below zero", Link{Delay: 5 * ms, Jitter: 10 * ms}, time.Time{}, 0.5, 0, false, 0},
		{"no overtaking", Link{Delay: 100 * ms, Jitter: 10 * ms}, t0.Add(108 * ms), 0.5, 0, false, 108 * ms},
		{"later than last", Link{Delay: 100 * ms}, t0.Add(50 * ms), 0.5, 0.5, false, 100 * ms},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, lost := Schedule(tt.link, t0, tt.last, tt.loss, tt.jitter)
			if lost != tt.wantLost {
				t.Fatalf("lost = %v, want %v", lost, tt.wantLost)
			}
			if !lost && got.Sub(t0) != tt.want {
				t.Fatalf("release = t0 + %v, want t0 + %v", got.Sub(t0), tt.want)
			}
		})
	}
}

func ipv4(dst [4]byte, ihl byte, n int) []byte {
	p := make([]byte, n)
	p[0] = 4<<4 | ihl
	copy(p[16:20], dst[:])
	return p
}

func TestDestination(t *testing.T) {
	dst := [4]byte{10, 1, 2, 3}
	tests := []struct {
		name string
		pkt  []byte
		ok   bool
	}{
		{"header only", ipv4(dst, 5, 20), true},
		{"with payload", ipv4(dst, 5, 1500), true},
		{"with options", ipv4(dst, 15, 60), true},
		{"empty", nil, false},
		{"short", ipv4(dst, 5, 20)[:19], false},
		{"ipv6", append([]byte{6 << 4}, make([]byte, 39)...), false},
		{"ihl below 5", ipv4(dst, 4, 20), false},
		{"options past the end", ipv4(dst, 15, 40), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Destination(tt.pkt)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && got != netip.AddrFrom4(dst) {
				t.Fatalf("destination %s", got)
			}
		})
	}
}

func FuzzDestination(f *testing.F) {
	f.Add(ipv4([4]byte{10, 231, 7, 12}, 5, 40))
	f.Add([]byte{0x45})
	f.Fuzz(func(t *testing.T, pkt []byte) {
		a, ok := Destination(pkt)
		if !ok {
			return
		}
		if !a.Is4() || len(pkt) < 20 || pkt[0]>>4 != 4 || int(pkt[0]&15)*4 > len(pkt) {
			t.Fatalf("accepted %x as %s", pkt, a)
		}
		if a.As4() != [4]byte(pkt[16:20]) {
			t.Fatalf("destination %s, header says %v", a, pkt[16:20])
		}
	})
}

func TestValidate(t *testing.T) {
	links := []struct {
		name string
		l    Link
		ok   bool
	}{
		{"zero", Link{}, true},
		{"continents", Link{Delay: 100 * time.Millisecond, Jitter: time.Millisecond, Loss: 0.01}, true},
		{"all lost", Link{Loss: 1}, true},
		{"negative delay", Link{Delay: -1}, false},
		{"negative jitter", Link{Jitter: -1}, false},
		{"loss above 1", Link{Loss: 1.01}, false},
		{"negative loss", Link{Loss: -0.1}, false},
		{"NaN loss", Link{Loss: math.NaN()}, false},
	}
	for _, tt := range links {
		t.Run("link/"+tt.name, func(t *testing.T) {
			if err := tt.l.Validate(); (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrConfig)) {
				t.Fatalf("Validate = %v, want ok %v", err, tt.ok)
			}
		})
	}
	configs := []struct {
		name string
		edit func(*Config)
		ok   bool
	}{
		{"default", func(*Config) {}, true},
		{"no queue", func(c *Config) { c.QueueLen = 0 }, false},
		{"tiny packets", func(c *Config) { c.MaxPacket = 100 }, false},
		{"huge packets", func(c *Config) { c.MaxPacket = 1 << 17 }, false},
	}
	for _, tt := range configs {
		t.Run("config/"+tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.edit(&c)
			if err := c.Validate(); (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrConfig)) {
				t.Fatalf("Validate = %v, want ok %v", err, tt.ok)
			}
		})
	}
}
