package devnet_test

import (
	"context"
	"fmt"
	"os"

	"github.com/quire-da/quire/internal/app/devnet"
)

// A devnet on free ports, its endpoints, and the demo.
func Example() {
	cfg := devnet.DefaultConfig()
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	ctx := context.Background()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer d.Close()
	ep := d.Endpoints()
	fmt.Println("L1:", ep.L1RPC, "disperser:", ep.Disperser, "dashboard:", ep.Dashboard)
	report, err := d.RunDemo(ctx, os.Stdout)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ok:", report.OK())
}
