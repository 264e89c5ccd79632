package netem

import (
	crand "crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net/netip"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Port is one device the Emulator reads and writes: a TUN (see OpenTUN) or
// anything whose Read returns one whole packet and whose Write takes one.
type Port struct {
	Name  string
	Group string
	Dev   io.ReadWriteCloser
	// Addrs are the IPv4 addresses behind the device: packets to them
	// are written to it.
	Addrs []netip.Addr
}

// LinkStats counts the packets sent from one group to another.
type LinkStats struct {
	From, To string
	// Forwarded packets were written to the destination device.
	Forwarded uint64
	// Lost packets were dropped by the link's Loss draw.
	Lost uint64
	// Overflow packets found their pair's queue full.
	Overflow uint64
	// Failed packets could not be written (device down or gone).
	Failed uint64
}

// Stats is what the Emulator has done so far.
type Stats struct {
	// Links, sorted by From then To.
	Links []LinkStats
	// Unroutable packets were not IPv4 or went to an address no port
	// owns.
	Unroutable uint64
}

// Link returns the counters of from -> to (zero when nothing went that
// way).
func (s Stats) Link(from, to string) LinkStats {
	for _, l := range s.Links {
		if l.From == from && l.To == to {
			return l
		}
	}
	return LinkStats{From: from, To: to}
}

// Emulator forwards packets between its ports. Its methods are safe for
// concurrent use.
type Emulator struct {
	cfg  Config
	log  *slog.Logger
	done chan struct{}
	wg   sync.WaitGroup

	mu         sync.RWMutex
	closed     bool
	ports      []*port
	byAddr     map[netip.Addr]*port
	links      map[[2]string]Link
	pipes      []*pipe
	unroutable atomic.Uint64
}

type port struct {
	Port
	index int
	pipes map[*port]*pipe // owned by the port's reader
}

// pipe is the queue and writer of one ordered pair of ports.
type pipe struct {
	from, to                          *port
	q                                 chan packet
	last                              time.Time // release of the latest packet; the reader's
	forwarded, lost, overflow, failed atomic.Uint64
	// queued counts packets enqueued and not yet written: at zero, with
	// the release time already past, the reader writes the packet itself
	// (no order to keep, no goroutine hand-off).
	queued atomic.Int64
}

type packet struct {
	data    []byte
	release time.Time
}

// New returns an Emulator with no ports.
func New(cfg Config) (*Emulator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Seed == 0 {
		var b [8]byte
		crand.Read(b[:])
		cfg.Seed = binary.LittleEndian.Uint64(b[:]) | 1
	}
	log.Info("netem: emulator", "seed", cfg.Seed, "queue", cfg.QueueLen)
	return &Emulator{cfg: cfg, log: log, done: make(chan struct{}),
		byAddr: map[netip.Addr]*port{}, links: map[[2]string]Link{}}, nil
}

// Seed returns the seed of the loss and jitter draws.
func (e *Emulator) Seed() uint64 { return e.cfg.Seed }

// AddPort starts forwarding the packets read from p.Dev. The Emulator owns
// the device from then on and closes it on Close.
func (e *Emulator) AddPort(p Port) error {
	if p.Name == "" || p.Dev == nil {
		return fmt.Errorf("%w: a port needs a name and a device", ErrPort)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return ErrClosed
	}
	for _, q := range e.ports {
		if q.Name == p.Name {
			return fmt.Errorf("%w: name %q already used", ErrPort, p.Name)
		}
	}
	for _, a := range p.Addrs {
		if !a.Is4() {
			return fmt.Errorf("%w: %s is not IPv4", ErrPort, a)
		}
		if q, ok := e.byAddr[a]; ok {
			return fmt.Errorf("%w: %s already behind port %q", ErrPort, a, q.Name)
		}
	}
	pt := &port{Port: p, index: len(e.ports), pipes: map[*port]*pipe{}}
	pt.Addrs = append([]netip.Addr(nil), p.Addrs...)
	e.ports = append(e.ports, pt)
	for _, a := range pt.Addrs {
		e.byAddr[a] = pt
	}
	e.wg.Add(1)
	go e.read(pt)
	return nil
}

// SetLink sets what packets from group from to group to go through; it
// applies to packets read from then on. Pairs never set forward at once
// with no loss.
func (e *Emulator) SetLink(from, to string, l Link) error {
	if err := l.Validate(); err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.links[[2]string{from, to}] = l
	return nil
}

// SetLinks sets l both ways between groups a and b.
func (e *Emulator) SetLinks(a, b string, l Link) error {
	if err := e.SetLink(a, b, l); err != nil {
		return err
	}
	return e.SetLink(b, a, l)
}

// Stats returns the counters so far.
func (e *Emulator) Stats() Stats {
	e.mu.RLock()
	defer e.mu.RUnlock()
	by := map[[2]string]*LinkStats{}
	for _, p := range e.pipes {
		k := [2]string{p.from.Group, p.to.Group}
		s := by[k]
		if s == nil {
			s = &LinkStats{From: k[0], To: k[1]}
			by[k] = s
		}
		s.Forwarded += p.forwarded.Load()
		s.Lost += p.lost.Load()
		s.Overflow += p.overflow.Load()
		s.Failed += p.failed.Load()
	}
	st := Stats{Unroutable: e.unroutable.Load()}
	for _, s := range by {
		st.Links = append(st.Links, *s)
	}
	sort.Slice(st.Links, func(i, j int) bool {
		if st.Links[i].From != st.Links[j].From {
			return st.Links[i].From < st.Links[j].From
		}
		return st.Links[i].To < st.Links[j].To
	})
	return st
}

// Close stops forwarding, drops the packets still queued, closes every
// device and returns once every goroutine has ended.
func (e *Emulator) Close() error {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil
	}
	e.closed = true
	close(e.done)
	ports := e.ports
	e.mu.Unlock()
	var errs []error
	for _, p := range ports {
		if err := p.Dev.Close(); err != nil {
			errs = append(errs, fmt.Errorf("netem: closing %s: %w", p.Name, err))
		}
	}
	e.wg.Wait()
	return errors.Join(errs...)
}

func (e *Emulator) stopping() bool {
	select {
	case <-e.done:
		return true
	default:
		return false
	}
}

// read is port p's reader: it routes and schedules every packet read.
func (e *Emulator) read(p *port) {
	defer e.wg.Done()
	rng := mrand.New(mrand.NewPCG(e.cfg.Seed, uint64(p.index)))
	buf := make([]byte, e.cfg.MaxPacket)
	for {
		n, err := p.Dev.Read(buf)
		if err != nil {
			if !e.stopping() {
				e.log.Warn("netem: port stopped reading", "port", p.Name, "err", err)
			}
			return
		}
		dst, ok := Destination(buf[:n])
		e.mu.RLock()
		to := e.byAddr[dst]
		l := e.links[[2]string{p.Group, toGroup(to)}]
		e.mu.RUnlock()
		if !ok || to == nil || to == p {
			e.unroutable.Add(1)
			continue
		}
		pp := p.pipes[to]
		if pp == nil {
			if pp = e.newPipe(p, to); pp == nil {
				return // closed
			}
		}
		now := time.Now()
		release, lost := Schedule(l, now, pp.last, rng.Float64(), rng.Float64())
		if lost {
			pp.lost.Add(1)
			continue
		}
		if !release.After(now) && pp.queued.Load() == 0 {
			pp.last = release
			e.deliver(pp, buf[:n])
			continue
		}
		pp.queued.Add(1)
		select {
		case pp.q <- packet{data: append([]byte(nil), buf[:n]...), release: release}:
			pp.last = release
		default:
			pp.queued.Add(-1)
			pp.overflow.Add(1)
		}
	}
}

func toGroup(p *port) string {
	if p == nil {
		return ""
	}
	return p.Group
}

// newPipe makes and starts the pipe from -> to, or returns nil once the
// Emulator is closed.
func (e *Emulator) newPipe(from, to *port) *pipe {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	pp := &pipe{from: from, to: to, q: make(chan packet, e.cfg.QueueLen)}
	from.pipes[to] = pp
	e.pipes = append(e.pipes, pp)
	e.wg.Add(1)
	go e.write(pp)
	return pp
}

// write is a pipe's writer: it holds each packet until its release time.
func (e *Emulator) write(pp *pipe) {
	defer e.wg.Done()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		var pkt packet
		select {
		case <-e.done:
			return
		case pkt = <-pp.q:
		}
		if d := time.Until(pkt.release); d > 0 {
			timer.Reset(d)
			select {
			case <-e.done:
				timer.Stop()
				return
			case <-timer.C:
			}
		}
		e.deliver(pp, pkt.data)
		pp.queued.Add(-1)
	}
}

// deliver writes one packet to the pipe's destination and counts it.
func (e *Emulator) deliver(pp *pipe, pkt []byte) {
	if _, err := pp.to.Dev.Write(pkt); err != nil {
		if !e.stopping() {
			pp.failed.Add(1)
		}
		return
	}
	pp.forwarded.Add(1)
}
