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
// Epoch changes. The node follows its committee source (p2p.L1Source polls
// the contract every committee.poll_interval) and switches to a new epoch
// as soon as it reads it; a disperser may still be on the previous one for
// up to its own cache period. The L1 source hands the node the previous
// epoch with its end time and the contract's rotation window
// (p2p.Committee.Previous, End, RotationWindow), and the node keeps
// admitting dispersals of the previous epoch while the contract would
// still certify them (p2p.Committee.Accepts, which is
// l1.CertificatesAccepted: now < end + rotationWindow, in whole seconds of
// the node's clock) and only if its key was a member of that epoch. Such a
// dispersal is checked and stored exactly as one of the current epoch,
// under the previous epoch's committee: its size for the archive shard
// count, its custody assignment for the expected columns, the node's index
// in it, and the signature is over the previous epoch's attest message
// (quire_node_previous_epoch_dispersals_total counts them). Outside the
// window, for older epochs, or when the node was not in the previous
// epoch, the header is refused with wrong_epoch naming the node's current
// epoch, as is any header of an epoch the node has not reached yet (the
// disperser then retries: it re-reads its committee when the named epoch
// is newer, and retries the member while it is older). Refusals always
// name the current epoch. Gossiped certificates of the previous epoch are
// verified against its keys inside the same window. A removed member keeps
// serving what it stores and still admits previous-epoch dispersals in the
// window; it attests nothing of the new epoch.
//
// Reads (cells and archive) take a slot (readSlots): at most
// Limits.MaxReadsPerPeer per peer, Limits.ReservedReads kept for members
// and authorized dispersers, and a reader slower than
// Limits.MinReadBytesPerSecond loses its slot; whole columns are served to
// members and dispersers only. With Gossip on, the node relays an
// announcement only when its certificate verifies against the current
// committee (or the previous one inside its rotation window).
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
