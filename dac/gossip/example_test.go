package gossip_test

import (
	"context"
	"log"

	"github.com/libp2p/go-libp2p/core/host"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/gossip"
)

// The disperser announces a certificate as soon as it has one.
func ExampleTopic_Announce() {
	var (
		ctx       = context.Background()
		h         host.Host // the disperser's libp2p host
		chainID   uint64    = 1
		committee [20]byte  // the committee contract
		header    *dac.Header
		cert      *dac.Certificate
	)
	ps, err := gossip.NewPubSub(ctx, h)
	if err != nil {
		log.Fatal(err)
	}
	topic, err := gossip.Join(ps, chainID, committee)
	if err != nil {
		log.Fatal(err)
	}
	if err := topic.Announce(ctx, &header.Core, cert); err != nil {
		log.Print(err) // light clients still learn of it from L1
	}
}

// A light client (or a member relaying) subscribes.
func ExampleTopic_Subscribe() {
	var topic *gossip.Topic // from gossip.Join
	ctx := context.Background()
	sub, err := topic.Subscribe()
	if err != nil {
		log.Fatal(err)
	}
	defer sub.Cancel()
	for {
		a, from, err := sub.Next(ctx)
		if err != nil {
			return
		}
		log.Printf("blob %s announced by %s; check its certificate before sampling", a.BlobID(), from)
	}
}
