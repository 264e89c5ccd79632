package netem

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// nsPair is two network namespaces, a and b, each with a TUN device tun0
// on the emulator: a at 10.232.T.1 (group "a"), b at 10.232.T.2 (group
// "b"), each routing the other's address through tun0.
type nsPair struct {
	em           *Emulator
	nsA, nsB     string
	addrA, addrB netip.Addr
}

func run(t testing.TB, args ...string) {
	t.Helper()
	if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v: %s", strings.Join(args, " "), err, out)
	}
}

func newNSPair(t *testing.T) *nsPair {
	t.Helper()
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("netem: needs root on Linux for network namespaces and TUN devices")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("netem: needs iproute2 (ip)")
	}
	if _, err := os.Stat("/dev/net/tun"); err != nil {
		t.Skipf("netem: no TUN devices here: %v", err)
	}
	var b [2]byte
	crand.Read(b[:])
	tag := fmt.Sprintf("%02x%02x", b[0], b[1])
	p := &nsPair{nsA: "ne" + tag + "a", nsB: "ne" + tag + "b",
		addrA: netip.AddrFrom4([4]byte{10, 232, b[0], 1}), addrB: netip.AddrFrom4([4]byte{10, 232, b[0], 2})}
	if out, err := exec.Command("ip", "netns", "add", p.nsA).CombinedOutput(); err != nil {
		t.Skipf("netem: cannot make a network namespace here: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("ip", "netns", "del", p.nsA).Run() })
	run(t, "ip", "netns", "add", p.nsB)
	t.Cleanup(func() { exec.Command("ip", "netns", "del", p.nsB).Run() })
	cfg := DefaultConfig()
	cfg.Seed = uint64(b[0])<<8 | uint64(b[1]) | 1
	em, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { em.Close() })
	p.em = em
	for _, side := range []struct {
		ns        string
		own, peer netip.Addr
	}{{p.nsA, p.addrA, p.addrB}, {p.nsB, p.addrB, p.addrA}} {
		tun, err := OpenTUN("/var/run/netns/"+side.ns, "tun0", 1500)
		if err != nil {
			t.Skipf("netem: cannot make a TUN device in a namespace: %v", err)
		}
		if err := em.AddPort(Port{Name: side.ns, Group: side.ns[len(side.ns)-1:], Dev: tun, Addrs: []netip.Addr{side.own}}); err != nil {
			t.Fatal(err)
		}
		run(t, "ip", "-n", side.ns, "link", "set", "lo", "up")
		run(t, "ip", "-n", side.ns, "addr", "add", side.own.String()+"/32", "dev", "tun0")
		run(t, "ip", "-n", side.ns, "route", "add", side.peer.String()+"/32", "dev", "tun0")
	}
	return p
}

func netnsPath(ns string) string { return "/var/run/netns/" + ns }

// tcpEcho listens on b and echoes every connection.
func (p *nsPair) tcpEcho(t *testing.T) string {
	t.Helper()
	var ln net.Listener
	if err := InNetns(netnsPath(p.nsB), func() (err error) {
		ln, err = net.Listen("tcp", netip.AddrPortFrom(p.addrB, 0).String())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { io.Copy(c, c); c.Close() }()
		}
	}()
	return ln.Addr().String()
}

// rtts dials addr from a and returns the connect time (one round trip) and
// n round trips of 64 bytes, sorted.
func (p *nsPair) rtts(t *testing.T, addr string, n int) (time.Duration, []time.Duration) {
	t.Helper()
	var c net.Conn
	var connect time.Duration
	if err := InNetns(netnsPath(p.nsA), func() (err error) {
		t0 := time.Now()
		c, err = net.DialTimeout("tcp", addr, 10*time.Second)
		connect = time.Since(t0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Minute))
	msg, back := make([]byte, 64), make([]byte, 64)
	var out []time.Duration
	for i := range n {
		msg[0] = byte(i)
		t0 := time.Now()
		if _, err := c.Write(msg); err != nil {
			t.Fatal(err)
		}
		if _, err := io.ReadFull(c, back); err != nil {
			t.Fatal(err)
		}
		out = append(out, time.Since(t0))
		if back[0] != byte(i) {
			t.Fatalf("echo %d came back as %d", i, back[0])
		}
	}
	slices.Sort(out)
	return connect, out
}

// TestTCPAcrossNamespaces measures TCP round trips between two namespaces
// through the emulator, first with no delay, then with 25 ms each way:
// every round trip then takes at least 50 ms (the rest, above 50 ms, is
// the forwarding and scheduling cost, reported).
func TestTCPAcrossNamespaces(t *testing.T) {
	p := newNSPair(t)
	addr := p.tcpEcho(t)
	_, base := p.rtts(t, addr, 20)
	t.Logf("no delay: TCP round trip p50 %v, max %v", base[len(base)/2], base[len(base)-1])

	// 8 MiB through the emulator with no delay: its throughput ceiling.
	var c net.Conn
	if err := InNetns(netnsPath(p.nsA), func() (err error) {
		c, err = net.Dial("tcp", addr)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	src, dst := make([]byte, 8<<20), make([]byte, 8<<20)
	t0 := time.Now()
	go c.Write(src)
	if _, err := io.ReadFull(c, dst); err != nil {
		t.Fatal(err)
	}
	el := time.Since(t0)
	c.Close()
	t.Logf("no delay: 8 MiB echoed (16 MiB through the emulator) in %v: %.0f MB/s each way", el, 8.388608/el.Seconds())

	const oneWay = 25 * time.Millisecond
	if err := p.em.SetLinks("a", "b", Link{Delay: oneWay}); err != nil {
		t.Fatal(err)
	}
	connect, rtt := p.rtts(t, addr, 20)
	if connect < 2*oneWay {
		t.Fatalf("connect took %v, below the %v round trip", connect, 2*oneWay)
	}
	if rtt[0] < 2*oneWay {
		t.Fatalf("round trip %v, below the %v configured", rtt[0], 2*oneWay)
	}
	t.Logf("%v each way: connect %v, round trip min %v p50 %v max %v (p50 %v above the configured %v)",
		oneWay, connect, rtt[0], rtt[len(rtt)/2], rtt[len(rtt)-1], rtt[len(rtt)/2]-2*oneWay, 2*oneWay)
}

// TestUDPLossAcrossNamespaces sends 20,000 UDP datagrams from a to b over
// a link with 1% loss and 5 ms delay: between 0.5% and 1.5% must be lost
// (seven standard deviations of the binomial either side, so 0% and 10%
// both fail), and the emulator's own count agrees with what b saw.
func TestUDPLossAcrossNamespaces(t *testing.T) {
	p := newNSPair(t)
	if err := p.em.SetLink("a", "b", Link{Delay: 5 * time.Millisecond, Loss: 0.01}); err != nil {
		t.Fatal(err)
	}
	var rx, tx *net.UDPConn
	if err := InNetns(netnsPath(p.nsB), func() (err error) {
		rx, err = net.ListenUDP("udp", net.UDPAddrFromAddrPort(netip.AddrPortFrom(p.addrB, 0)))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	defer rx.Close()
	rx.SetReadBuffer(8 << 20)
	if err := InNetns(netnsPath(p.nsA), func() (err error) {
		tx, err = net.DialUDP("udp", nil, rx.LocalAddr().(*net.UDPAddr))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	defer tx.Close()

	const n = 20000
	seen := make([]bool, n)
	received := make(chan int)
	go func() {
		buf := make([]byte, 2048)
		count := 0
		for {
			rx.SetReadDeadline(time.Now().Add(2 * time.Second))
			k, err := rx.Read(buf)
			if err != nil {
				received <- count
				return
			}
			if k >= 4 {
				if i := binary.BigEndian.Uint32(buf); i < n && !seen[i] {
					seen[i] = true
					count++
				}
			}
		}
	}()
	msg := make([]byte, 512)
	for i := range n {
		binary.BigEndian.PutUint32(msg, uint32(i))
		if _, err := tx.Write(msg); err != nil {
			t.Fatal(err)
		}
		if i%100 == 99 {
			time.Sleep(time.Millisecond) // about 100k packets/s at most: no socket overflows
		}
	}
	got := <-received
	lost := n - got
	s := p.em.Stats().Link("a", "b")
	t.Logf("1%% loss: %d of %d UDP datagrams lost (%.2f%%); emulator: %d lost, %d forwarded, %d overflowed",
		lost, n, 100*float64(lost)/n, s.Lost, s.Forwarded, s.Overflow)
	if lost < n/200 || lost > n*3/200 {
		t.Fatalf("%d of %d lost (%.2f%%), want 0.5%% to 1.5%%", lost, n, 100*float64(lost)/n)
	}
	// The emulator's draws alone are in the same bound, and b missed at
	// least what the emulator dropped.
	if s.Lost < n/200 || s.Lost > n*3/200 || s.Lost > uint64(lost) {
		t.Fatalf("emulator counted %d lost and %d forwarded of %d; b missed %d", s.Lost, s.Forwarded, n, lost)
	}
}
