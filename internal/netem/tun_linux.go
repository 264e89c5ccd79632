package netem

import (
	"fmt"
	"os"
	"runtime"

	"golang.org/x/sys/unix"
)

// TUN is a layer-3 TUN device (IFF_TUN | IFF_NO_PI): each Read returns one
// IP packet and each Write sends one into the namespace's stack. The
// device disappears when it is closed.
type TUN struct {
	f    *os.File
	name string
}

// OpenTUN makes the TUN device name inside the network namespace at netns
// (a path such as /var/run/netns/NAME, as `ip netns add` makes; "" for the
// caller's own), sets its MTU (0 keeps the kernel's 1,500) and its
// transmit queue (10,000 packets) and brings it up. Addresses and routes are the caller's (`ip -n NAME route add ...`).
func OpenTUN(netns, name string, mtu int) (*TUN, error) {
	if len(name) >= unix.IFNAMSIZ {
		return nil, fmt.Errorf("netem: interface name %q is too long", name)
	}
	var t *TUN
	err := InNetns(netns, func() error {
		fd, err := unix.Open("/dev/net/tun", unix.O_RDWR|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
		if err != nil {
			return fmt.Errorf("netem: open /dev/net/tun: %w", err)
		}
		ifr, err := unix.NewIfreq(name)
		if err != nil {
			unix.Close(fd)
			return err
		}
		ifr.SetUint16(unix.IFF_TUN | unix.IFF_NO_PI)
		if err := unix.IoctlIfreq(fd, unix.TUNSETIFF, ifr); err != nil {
			unix.Close(fd)
			return fmt.Errorf("netem: TUNSETIFF %s: %w", name, err)
		}
		if err := up(ifr.Name(), mtu); err != nil {
			unix.Close(fd)
			return err
		}
		// A non-blocking descriptor goes to the runtime's poller, so Read
		// parks the goroutine rather than a thread and Close unblocks it.
		t = &TUN{f: os.NewFile(uintptr(fd), "tun:"+ifr.Name()), name: ifr.Name()}
		return nil
	})
	return t, err
}

const txQueueLen = 10000

// up sets the MTU of the interface and brings it up, in the calling
// thread's namespace.
func up(name string, mtu int) error {
	s, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return fmt.Errorf("netem: socket: %w", err)
	}
	defer unix.Close(s)
	ifr, err := unix.NewIfreq(name)
	if err != nil {
		return err
	}
	if mtu > 0 {
		ifr.SetUint32(uint32(mtu))
		if err := unix.IoctlIfreq(s, unix.SIOCSIFMTU, ifr); err != nil {
			return fmt.Errorf("netem: MTU %d on %s: %w", mtu, name, err)
		}
	}
	// The kernel's queue in front of the device: long enough that a burst
	// waits for the reader rather than being dropped before the emulator
	// sees it (the emulator's own queues are the ones that model a link).
	ifr.SetUint32(txQueueLen)
	if err := unix.IoctlIfreq(s, unix.SIOCSIFTXQLEN, ifr); err != nil {
		return fmt.Errorf("netem: txqueuelen of %s: %w", name, err)
	}
	if err := unix.IoctlIfreq(s, unix.SIOCGIFFLAGS, ifr); err != nil {
		return fmt.Errorf("netem: flags of %s: %w", name, err)
	}
	ifr.SetUint16(ifr.Uint16() | unix.IFF_UP)
	if err := unix.IoctlIfreq(s, unix.SIOCSIFFLAGS, ifr); err != nil {
		return fmt.Errorf("netem: bringing %s up: %w", name, err)
	}
	return nil
}

// Name is the interface's name.
func (t *TUN) Name() string { return t.name }

// Read reads one packet; a buffer shorter than the packet truncates it.
func (t *TUN) Read(p []byte) (int, error) { return t.f.Read(p) }

// Write sends one packet.
func (t *TUN) Write(p []byte) (int, error) { return t.f.Write(p) }

// Close removes the device and unblocks a pending Read.
func (t *TUN) Close() error { return t.f.Close() }

// InNetns runs fn on an OS thread switched into the network namespace at
// netns ("" runs it where the caller is): sockets and devices fn makes
// belong to that namespace for their life. The thread is switched back
// afterwards; if that fails it is locked to its goroutine, which then
// ends, and the runtime retires the thread. Goroutines fn starts run
// elsewhere.
func InNetns(netns string, fn func() error) error {
	if netns == "" {
		return fn()
	}
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		orig, err := unix.Open("/proc/thread-self/ns/net", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("netem: own namespace: %w", err)
			return
		}
		defer unix.Close(orig)
		target, err := unix.Open(netns, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("netem: namespace %s: %w", netns, err)
			return
		}
		defer unix.Close(target)
		if err := unix.Setns(target, unix.CLONE_NEWNET); err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("netem: setns %s: %w", netns, err)
			return
		}
		ferr := fn()
		if err := unix.Setns(orig, unix.CLONE_NEWNET); err != nil {
			errc <- fmt.Errorf("netem: back from %s: %w", netns, err) // thread stays locked: retired
			return
		}
		runtime.UnlockOSThread()
		errc <- ferr
	}()
	return <-errc
}
