// Package p2p is what every quire process needs to talk to the committee,
// without the member server: the libp2p host every process runs
// (HostOptions, NewHost: TCP and QUIC, Noise, yamux, no relay, a resource
// manager with explicit Limits) and its identity (GenerateIdentity,
// LoadIdentity, WriteIdentity); the client side of the member protocols
// (Disperse, DisperseArchive, FetchCells, FetchShard), which check every
// answer against the request and return *wire.RejectError for a refusal;
// the committee as the network sees it (Committee, Member) and where it
// comes from (CommitteeSource: StaticSource, or L1Source polling the
// committee contract, with FromEpoch converting the contract's record);
// and the configuration primitives the services share (Limits, Duration,
// Address, CommitteeConfig).
//
// The member server is dac/node; the wire format, protocol IDs and frame
// bounds are dac/wire. The disperser, the light client, the devnet and
// the test fixtures build on this package:
//
//	priv, _ := p2p.GenerateIdentity()
//	h, _ := p2p.NewHost(priv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
//	src, _ := p2p.DialL1Source(ctx, rpc, contract, chainID, 2, 12*time.Second, log)
//	c, _ := src.Committee(ctx)
//	m := c.Members[0]
//	hdr, cells, err := p2p.FetchCells(ctx, h, peer.AddrInfo{ID: m.PeerID, Addrs: m.Addrs}, req, 256, kctx)
package p2p
