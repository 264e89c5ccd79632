package light_test

import (
	"context"
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler/light"
)

// Sampling one blob by ID against an L1 endpoint.
func Example() {
	ctx := context.Background()
	cfg := light.DefaultConfig()
	cfg.ChainID = 1
	cfg.CommitteeAddress = light.Address{0xc0, 0xff, 0xee}
	cfg.Store = light.StoreConfig{Dir: "/var/lib/quire-sampler"}
	rpc, err := ethclient.DialContext(ctx, "http://127.0.0.1:8545")
	if err != nil {
		log.Fatal(err)
	}
	c, err := light.New(ctx, cfg, light.Deps{L1: rpc})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	id, _ := dac.ParseBlobID("0x…")
	st, err := c.Sample(ctx, id)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s, confidence %.4f%%\n", st.ID, st.Status, 100*st.Confidence)
}
