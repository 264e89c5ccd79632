package p2p

import (
	"crypto/rand"
	"fmt"
	"os"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	yamux "github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	noise "github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"

	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/internal/version"
)

// HostOptions returns the libp2p options every quire process uses: TCP and
// QUIC only, Noise, yamux, no relay, no libp2p metrics in the global
// registry, and a resource manager with explicit limits from l. Callers add
// the identity and listen addresses.
func HostOptions(l Limits) ([]libp2p.Option, error) {
	rm, err := newResourceManager(l)
	if err != nil {
		return nil, err
	}
	return []libp2p.Option{
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ResourceManager(rm),
		libp2p.DisableRelay(),
		libp2p.DisableMetrics(),
		libp2p.UserAgent("quire/" + version.String()),
	}, nil
}

// newResourceManager builds libp2p's resource manager with explicit
// limits: libp2p's default scaling, scaled to l.NetworkMemory and 4096 file
// descriptors, with the connection and stream counts from l on top (system
// wide, per peer, and for each quire protocol).
func newResourceManager(l Limits) (network.ResourceManager, error) {
	scaling := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&scaling)
	base := scaling.Scale(l.NetworkMemory, 4096)
	lv := func(n int) rcmgr.LimitVal { return rcmgr.LimitVal(n) }
	proto := rcmgr.ResourceLimits{
		Streams:         lv(l.MaxStreams / 2),
		StreamsInbound:  lv(l.MaxStreams / 2),
		StreamsOutbound: lv(l.MaxStreams / 2),
	}
	protoPeer := rcmgr.ResourceLimits{
		Streams:         lv(l.MaxStreamsPerPeer),
		StreamsInbound:  lv(l.MaxStreamsPerPeer),
		StreamsOutbound: lv(l.MaxStreamsPerPeer),
	}
	partial := rcmgr.PartialLimitConfig{
		System: rcmgr.ResourceLimits{
			Conns:           lv(l.MaxConns),
			ConnsInbound:    lv(l.MaxConns),
			ConnsOutbound:   lv(l.MaxConns),
			Streams:         lv(l.MaxStreams),
			StreamsInbound:  lv(l.MaxStreams),
			StreamsOutbound: lv(l.MaxStreams),
			Memory:          rcmgr.LimitVal64(l.NetworkMemory),
		},
		PeerDefault: rcmgr.ResourceLimits{
			Conns:           lv(l.MaxConnsPerPeer),
			ConnsInbound:    lv(l.MaxConnsPerPeer),
			ConnsOutbound:   lv(l.MaxConnsPerPeer),
			Streams:         lv(l.MaxStreamsPerPeer),
			StreamsInbound:  lv(l.MaxStreamsPerPeer),
			StreamsOutbound: lv(l.MaxStreamsPerPeer),
		},
		Protocol: map[protocol.ID]rcmgr.ResourceLimits{
			wire.ProtocolDisperse: proto,
			wire.ProtocolCells:    proto,
			wire.ProtocolArchive:  proto,
		},
		ProtocolPeer: map[protocol.ID]rcmgr.ResourceLimits{
			wire.ProtocolDisperse: protoPeer,
			wire.ProtocolCells:    protoPeer,
			wire.ProtocolArchive:  protoPeer,
		},
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(partial.Build(base)))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	return rm, nil
}

// NewHost starts a libp2p host with identity priv listening on listen,
// with HostOptions(l).
func NewHost(priv crypto.PrivKey, listen []string, l Limits) (host.Host, error) {
	opts, err := HostOptions(l)
	if err != nil {
		return nil, err
	}
	opts = append(opts, libp2p.Identity(priv), libp2p.ListenAddrStrings(listen...))
	h, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("p2p: libp2p host: %w", err)
	}
	return h, nil
}

// GenerateIdentity returns a fresh Ed25519 libp2p identity.
func GenerateIdentity() (crypto.PrivKey, error) {
	priv, _, err := crypto.GenerateEd25519Key(rand.Reader)
	return priv, err
}

// LoadIdentity reads a libp2p private key written by WriteIdentity.
func LoadIdentity(path string) (crypto.PrivKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	priv, err := crypto.UnmarshalPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity %s: %w", path, err)
	}
	return priv, nil
}

// WriteIdentity writes priv to path (mode 0600) in libp2p's protobuf
// encoding. It refuses to overwrite an existing file.
func WriteIdentity(path string, priv crypto.PrivKey) error {
	b, err := crypto.MarshalPrivateKey(priv)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("p2p: identity: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("p2p: identity: %w", err)
	}
	return f.Close()
}
