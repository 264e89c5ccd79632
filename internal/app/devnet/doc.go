// Package devnet runs a whole quire network in one process on loopback,
// for `quire devnet`, demos and end-to-end tests.
//
// Start brings up, in order:
//
//   - an L1: go-ethereum's simulated backend (Prague rules, chain 1337)
//     serving eth, net and web3 over JSON-RPC on Config.L1Port and sealing
//     a block every Config.BlockPeriod (and at once for the devnet's own
//     transactions), or an external node at Config.L1RPC whose funded key
//     (Config.L1Key) or first unlocked account pays for fresh accounts;
//   - the committee contract, deployed by a fresh admin account, with
//     Config.Members fresh BLS keys and libp2p identities registered on it
//     (each with its proof of possession) and made epoch 1's committee
//     with Config.Threshold;
//   - one storage node per member (package dac/node, in-memory badger,
//     libp2p over TCP on Config.Host, the committee read from the
//     contract), which then publish their addresses on the contract;
//   - the disperser (package dac/disperser) with its HTTP API on
//     Config.HTTPPort, certifying every certificate on L1 in the
//     background;
//   - a light client (package sampler/light) following L1 and the gossip
//     topic, its status page on Config.SamplerPort;
//   - the dashboard (package internal/app/dashboard) on Config.DashboardPort,
//     over the devnet's Source.
//
// Endpoints says where each listens. RunDemo pushes blobs through the
// network, checks each step and writes a report; StopMember takes a member
// down; Close stops everything in reverse order.
//
//	d, err := devnet.Start(ctx, devnet.DefaultConfig())
//	defer d.Close()
//	fmt.Println(d.Endpoints().Dashboard)
//	report, err := d.RunDemo(ctx, os.Stdout)
package devnet
