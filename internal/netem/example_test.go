package netem_test

import (
	"fmt"
	"net/netip"
	"time"

	"github.com/quire-da/quire/internal/netem"
)

// Schedule is the whole decision: a packet on a 100 ms link with 1% loss
// leaves 100 ms after it came, unless the loss draw is below 0.01.
func ExampleSchedule() {
	link := netem.Link{Delay: 100 * time.Millisecond, Loss: 0.01}
	now := time.Unix(0, 0)
	release, lost := netem.Schedule(link, now, time.Time{}, 0.5, 0.5)
	fmt.Println(release.Sub(now), lost)
	_, lost = netem.Schedule(link, now, time.Time{}, 0.005, 0.5)
	fmt.Println(lost)
	// Output:
	// 100ms false
	// true
}

// Two namespaces made with `ip netns add a` and `ip netns add b`, 200 ms
// apart with 1% loss (needs root; each side then routes the other's
// address through tun0: `ip -n a addr add 10.0.0.1/32 dev tun0; ip -n a
// route add 10.0.0.2/32 dev tun0`, and the same in b).
func ExampleEmulator() {
	em, err := netem.New(netem.DefaultConfig())
	if err != nil {
		panic(err)
	}
	defer em.Close()
	for _, side := range []struct{ ns, group, addr string }{{"a", "eu", "10.0.0.1"}, {"b", "ap", "10.0.0.2"}} {
		tun, err := netem.OpenTUN("/var/run/netns/"+side.ns, "tun0", 1500)
		if err != nil {
			fmt.Println(err)
			return
		}
		em.AddPort(netem.Port{Name: side.ns, Group: side.group, Dev: tun,
			Addrs: []netip.Addr{netip.MustParseAddr(side.addr)}})
	}
	em.SetLinks("eu", "ap", netem.Link{Delay: 100 * time.Millisecond, Loss: 0.01})
	// ... traffic between a and b ...
	fmt.Printf("%+v\n", em.Stats().Link("eu", "ap"))
}
