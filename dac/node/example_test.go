package node_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"os"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/node"
	"github.com/quire-da/quire/dac/p2p"
)

// ExampleNew shows a node wired by hand: the dev preset, a static
// committee, and Run under a context. (Compiled, not run: it would serve
// until cancelled.)
func ExampleNew() {
	ctx := context.Background()
	cfg := node.DevConfig()
	cfg.ChainID = 1337

	key, _ := bls.GenerateKey(rand.Reader)
	id, _ := p2p.GenerateIdentity()
	var committee *p2p.Committee // from L1, or a static one for devnets
	n, err := node.New(ctx, cfg, node.Deps{
		Key:       key,
		Identity:  id,
		Committee: p2p.NewStaticSource(committee),
		Registry:  prometheus.NewRegistry(),
		Logger:    slog.New(slog.NewTextHandler(os.Stderr, nil)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.AddrInfo())
	_ = n.Run(ctx)
}

func ExampleDefaultConfig() {
	cfg := node.DefaultConfig()
	fmt.Println(cfg.Listen)
	fmt.Println(cfg.Committee.Source, cfg.MaxRows, cfg.MaxRetention.D())
	// Output:
	// [/ip4/0.0.0.0/tcp/9400 /ip4/0.0.0.0/udp/9400/quic-v1]
	// l1 256 720h0m0s
}
