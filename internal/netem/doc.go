// Package netem is a packet-level link emulator in user space: it moves
// IPv4 packets between TUN devices, each made inside its own Linux network
// namespace, and holds each packet for a configurable one-way delay (plus
// optional jitter) or drops it with a configurable probability. It stands in
// for `tc qdisc ... netem` on kernels built without sch_netem.
//
// Each device is a Port: a name, a group (a "continent") and the IPv4
// addresses that live behind it. A packet read from one port goes to the
// port that owns its destination address, through the Link set for the
// pair (source group, destination group); packets to an address no port
// owns are dropped and counted. Every ordered pair of ports has its own
// bounded FIFO queue and writer, so a packet is never reordered within a
// pair (jitter only stretches gaps, as netem does with a rate) and a full
// queue drops at the tail, like a router.
//
// The decisions are pure: Schedule takes a Link, the time, the previous
// release time and two uniform draws and says when the packet leaves or
// that it is lost; Destination reads an IPv4 header. The Emulator drives
// them with the wall clock, one reader goroutine per port and one writer
// per pair:
//
//	em, _ := netem.New(netem.DefaultConfig())
//	defer em.Close()
//	a, _ := netem.OpenTUN("/var/run/netns/a", "tun0", 1500)
//	b, _ := netem.OpenTUN("/var/run/netns/b", "tun0", 1500)
//	em.AddPort(netem.Port{Name: "a", Group: "eu", Dev: a, Addrs: []netip.Addr{ipA}})
//	em.AddPort(netem.Port{Name: "b", Group: "us", Dev: b, Addrs: []netip.Addr{ipB}})
//	em.SetLinks("eu", "us", netem.Link{Delay: 100 * time.Millisecond, Loss: 0.01})
//
// Routing inside the namespaces stays with the caller (`ip route add
// ipB/32 dev tun0` in a, and back in b). OpenTUN and InNetns switch one
// locked OS thread into the namespace with setns(2) and back, so the
// device (or a socket made in InNetns) belongs to that namespace while the
// rest of the process stays where it was.
package netem
