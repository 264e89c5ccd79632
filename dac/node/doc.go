// Package node is the committee storage node behind `quire node`: the
// member server and its store. It runs a libp2p host (dac/p2p.NewHost)
// serving /quire/disperse/1, /quire/cells/1, /quire/cells/2 and
// /quire/archive/1 (package wire) over a badger store, following its committee (a
// p2p.CommitteeSource) on L1, with Prometheus metrics, /healthz and
// structured logs.
//
// Only the applications (cmd/quire, internal/app/devnet), the test
// fixtures that stand up real members and tests import this package;
// clients of the protocols use dac/p2p (internal/archtest checks this).
//
// A dispersal is accepted only from an authorized disperser peer, within
// its request and byte rates, and only if the header passes
// dac.Header.Validate (chain, epoch, sizes, expiry window, commitments
// root, randomized parity-extension check), the announced columns are
// exactly this member's custody columns (dac.Custody) and every cell
// verifies in one batched KZG check. The node then writes the cells,
// proofs and header to badger with synchronous writes, and only then signs
// dac.AttestMessage and replies. An exact replay is answered with the same
// signature and writes nothing. Every refusal carries a stable wire.Code.
//
// Reads (cells and archive) take a slot (readSlots): at most
// Limits.MaxReadsPerPeer per peer, Limits.ReservedReads kept for members
// and authorized dispersers, and a reader slower than
// Limits.MinReadBytesPerSecond loses its slot; whole columns are served to
// members and dispersers only. With Gossip on, the node relays an
// announcement only when its certificate verifies against the current
// committee.
//
// The decisions (admit, planRead, badCells, headerCode) are pure functions
// of values; the handlers move bytes around them. The store keeps, per
// blob, the custody columns with their expiry; hot-tier entries carry a
// badger TTL at the header's expiry, value-log GC runs every
// Store.GCInterval, and disk use is exported.
//
// Driving it:
//
//	cfg, _ := node.ParseConfig(file)         // JSON over DefaultConfig
//	src, _ := p2p.DialL1Source(ctx, cfg.Committee.RPC, cfg.CommitteeAddress, cfg.ChainID, 2, cfg.Committee.PollInterval.D(), log)
//	n, _ := node.New(ctx, cfg, node.Deps{Key: blsKey, Identity: p2pKey, Committee: src, Registry: reg, Logger: log})
//	err := n.Run(ctx)                         // until ctx is done
//
// The client side of the protocols (p2p.DisperseArchive, p2p.FetchCells,
// p2p.FetchHeader, p2p.FetchKnownCells, p2p.FetchShard) lives in dac/p2p.
package node
