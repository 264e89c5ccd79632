package netem

import (
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"time"
)

// Errors returned by the Emulator and by Config.Validate. None is helped by
// a retry.
var (
	// ErrConfig: a Config or Link field is out of range.
	ErrConfig = errors.New("netem: invalid config")
	// ErrPort: a port with no device or name, a name or address already
	// used, or an address that is not IPv4.
	ErrPort = errors.New("netem: invalid port")
	// ErrClosed: the Emulator is closed.
	ErrClosed = errors.New("netem: closed")
)

// Link is what one direction between two groups does to a packet.
type Link struct {
	// Delay is the one-way delay every packet is held for.
	Delay time.Duration
	// Jitter spreads the delay uniformly over [Delay - Jitter, Delay +
	// Jitter] (never below zero). Packets of one pair keep their order, so
	// a packet drawn earlier than its predecessor leaves right after it.
	Jitter time.Duration
	// Loss is the probability, in [0, 1], that a packet is dropped.
	Loss float64
}

// Validate reports whether the link's fields are in range.
func (l Link) Validate() error {
	switch {
	case l.Delay < 0:
		return fmt.Errorf("%w: delay %v is negative", ErrConfig, l.Delay)
	case l.Jitter < 0:
		return fmt.Errorf("%w: jitter %v is negative", ErrConfig, l.Jitter)
	case !(l.Loss >= 0 && l.Loss <= 1): // also refuses NaN
		return fmt.Errorf("%w: loss %v is not in [0, 1]", ErrConfig, l.Loss)
	}
	return nil
}

// String is the link as tc would print it.
func (l Link) String() string {
	s := fmt.Sprintf("delay %v", l.Delay)
	if l.Jitter > 0 {
		s += fmt.Sprintf(" ±%v", l.Jitter)
	}
	return s + fmt.Sprintf(" loss %g%%", l.Loss*100)
}

// Schedule decides the fate of one packet on link l arriving at now, when
// the previous packet of the same pair leaves at last: it returns when the
// packet leaves, or lost. loss and jitter are independent uniform draws in
// [0, 1). The release time is never before now nor before last.
func Schedule(l Link, now, last time.Time, loss, jitter float64) (release time.Time, lost bool) {
	if loss < l.Loss {
		return time.Time{}, true
	}
	d := l.Delay
	if l.Jitter > 0 {
		d += time.Duration((2*jitter - 1) * float64(l.Jitter))
	}
	release = now.Add(max(d, 0))
	if release.Before(last) {
		release = last
	}
	return release, false
}

// Destination returns the destination address of an IPv4 packet, or false
// when pkt is not one: shorter than its header, another version, a header
// length below 20 bytes or past the packet.
func Destination(pkt []byte) (netip.Addr, bool) {
	if len(pkt) < 20 || pkt[0]>>4 != 4 {
		return netip.Addr{}, false
	}
	if ihl := int(pkt[0]&0x0f) * 4; ihl < 20 || ihl > len(pkt) {
		return netip.Addr{}, false
	}
	return netip.AddrFrom4([4]byte(pkt[16:20])), true
}

// Config configures an Emulator.
type Config struct {
	// QueueLen is how many packets each ordered pair of ports holds in
	// flight; one more is dropped (tail drop).
	QueueLen int
	// MaxPacket is the read buffer: at least the MTU of every device.
	MaxPacket int
	// Seed seeds the loss and jitter draws (port i draws from PCG(Seed,
	// i)); 0 draws a random seed, which New logs.
	Seed uint64
	// Logger gets lifecycle lines; nil discards them.
	Logger *slog.Logger
}

// DefaultConfig holds 4,096 packets per pair (6 MB at a 1,500-byte MTU:
// more than one bandwidth-delay product of a 200 ms link at 200 Mbit/s),
// and reads packets of up to 64 KiB.
func DefaultConfig() Config {
	return Config{QueueLen: 4096, MaxPacket: 65536}
}

// Validate reports whether the config's fields are in range.
func (c Config) Validate() error {
	switch {
	case c.QueueLen < 1:
		return fmt.Errorf("%w: queue length %d", ErrConfig, c.QueueLen)
	case c.MaxPacket < 576 || c.MaxPacket > 1<<16:
		return fmt.Errorf("%w: max packet %d not in [576, 65536]", ErrConfig, c.MaxPacket)
	}
	return nil
}
