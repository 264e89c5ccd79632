package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/node"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/internal/app/dashboard"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler/light"
)

// Errors.
var (
	// ErrClosed is returned by calls on a devnet that is shut down.
	ErrClosed = errors.New("devnet: closed")
	// ErrNoMember is returned by StopMember for an index outside the
	// committee.
	ErrNoMember = errors.New("devnet: no such member")
)

// Devnet is a whole quire network in one process: an L1 with the
// committee contract, the committee's storage nodes, a disperser, a light
// client and the dashboard. Start it, read Endpoints, Close it.
type Devnet struct {
	cfg      Config
	log      *slog.Logger
	chain    *chain
	contract *l1.Committee
	reader   *l1.BlobReader
	admin    *account
	dispAcct *account
	seqAcct  *account // the rollup sequencer's L1 account
	// The fault-proof agents' L1 accounts (with the rollup): an honest
	// proposer, an honest challenger, and the demo's dishonest proposer.
	propAcct, chalAcct, liarAcct *account
	rollup                       *rollupNet
	kzg                          *kzg.Context
	epoch                        uint64
	members                      []*member

	dispIdentity libp2pcrypto.PrivKey
	disp         *disperser.Disperser
	dispURL      string
	light        *light.Client
	lightURL     string
	dashURL      string
	source       *Source
	started      time.Time

	// Components stop in the reverse order of their start; each has its
	// own cancel and done.
	stops []func()

	closeOnce sync.Once
	closeErr  error
}

// account is an L1 account the devnet sends transactions from.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *bind.TransactOpts
}

func newAccount() (*account, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

// member is one committee member: its keys, its operator account and its
// node while it runs.
type member struct {
	index    int
	operator *account
	key      *bls.SecretKey
	identity libp2pcrypto.PrivKey
	peer     peer.ID

	mu      sync.RWMutex
	node    *node.Node // nil once stopped
	addrs   []string
	metrics string // the node's /metrics and /healthz base URL
	cancel  context.CancelFunc
	done    chan struct{}
}

// Start builds and starts a devnet: the L1 (embedded, or cfg.L1RPC with
// fresh funded accounts), the committee contract with Members fresh BLS
// keys and libp2p identities registered on it (with proofs of possession)
// and made epoch 1's committee, one storage node per member (in-memory
// badger, libp2p on cfg.Host, the committee read from the contract), the
// disperser (HTTP, certifying every certificate on L1), a light client
// following L1 and gossip, and the dashboard. On error everything started
// is stopped again. ctx bounds the start only.
func Start(ctx context.Context, cfg Config) (_ *Devnet, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	d := &Devnet{cfg: cfg, log: cfg.Logger, started: time.Now()}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()

	// The prover tables take a second or two to build: do it while the
	// L1 is set up.
	warm := make(chan error, 1)
	go func() {
		k, err := kzg.Default()
		if err == nil {
			_, err = k.Encode(nil)
		}
		d.kzg = k
		warm <- err
	}()

	if err := d.startL1(ctx); err != nil {
		<-warm
		return nil, err
	}
	if err := <-warm; err != nil {
		return nil, fmt.Errorf("devnet: kzg: %w", err)
	}
	if err := d.startMembers(ctx); err != nil {
		return nil, err
	}
	if err := d.startDisperser(); err != nil {
		return nil, err
	}
	if err := d.startLight(ctx); err != nil {
		return nil, err
	}
	if cfg.Rollup {
		if err := d.startRollup(ctx); err != nil {
			return nil, err
		}
	}
	d.source = newSource(d)
	if err := d.startDashboard(); err != nil {
		return nil, err
	}
	d.goRun(func(ctx context.Context) { d.source.poll(ctx, 250*time.Millisecond) })
	d.log.Info("devnet started", "version", version.String(), "members", len(d.members), "threshold", cfg.Threshold, "l1", d.chain.url,
		"disperser", d.dispURL, "dashboard", d.dashURL, "ms", time.Since(d.started).Milliseconds())
	return d, nil
}

// goRun runs fn in a goroutine until Close, which cancels it and waits.
func (d *Devnet) goRun(fn func(ctx context.Context)) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); fn(ctx) }()
	d.stops = append(d.stops, func() { cancel(); <-done })
}

// startL1 brings up the chain, funds the devnet's accounts, deploys the
// committee contract, registers the members and opens epoch 1.
func (d *Devnet) startL1(ctx context.Context) error {
	var err error
	if d.admin, err = newAccount(); err != nil {
		return err
	}
	if d.dispAcct, err = newAccount(); err != nil {
		return err
	}
	if d.seqAcct, err = newAccount(); err != nil {
		return err
	}
	d.members = make([]*member, d.cfg.Members)
	addrs := []common.Address{d.admin.addr, d.dispAcct.addr, d.seqAcct.addr}
	for i := range d.members {
		m := &member{index: i}
		if m.operator, err = newAccount(); err != nil {
			return err
		}
		if m.key, err = bls.GenerateKey(rand.Reader); err != nil {
			return err
		}
		if m.identity, err = p2p.GenerateIdentity(); err != nil {
			return err
		}
		if m.peer, err = peer.IDFromPrivateKey(m.identity); err != nil {
			return err
		}
		d.members[i] = m
		addrs = append(addrs, m.operator.addr)
	}
	// The prefunded accounts hold ETH on L1 too, so the printed keys can
	// deposit and force-include as well as transact on L2.
	if d.cfg.Rollup {
		for _, a := range []**account{&d.propAcct, &d.chalAcct, &d.liarAcct} {
			if *a, err = newAccount(); err != nil {
				return err
			}
			addrs = append(addrs, (*a).addr)
		}
		for i := range PrefundedAccounts {
			addrs = append(addrs, crypto.PubkeyToAddress(DevAccountKey(i).PublicKey))
		}
	}

	if d.cfg.L1RPC == "" {
		ether := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		alloc := types.GenesisAlloc{}
		for _, a := range addrs {
			alloc[a] = types.Account{Balance: ether}
		}
		if d.chain, err = startSimulated(d.cfg.Host, d.cfg.L1Port, alloc); err != nil {
			return err
		}
	} else {
		if d.chain, err = dialL1(ctx, d.cfg.L1RPC); err != nil {
			return err
		}
		d.log.Info("funding the devnet's accounts", "l1", d.cfg.L1RPC, "accounts", len(addrs))
	}
	ch := d.chain
	d.stops = append(d.stops, func() {
		if err := ch.close(); err != nil {
			d.log.Warn("closing the L1", "err", err)
		}
	})
	if d.cfg.L1RPC == "" {
		d.goRun(func(ctx context.Context) { ch.run(ctx, d.cfg.BlockPeriod) })
	} else if err := ch.fund(ctx, d.cfg.L1Key, addrs, fundAmount); err != nil {
		return err
	}
	tx := func(a *account) { a.tx = l1.NewTransactor(a.key, ch.chainID) }
	tx(d.admin)
	tx(d.dispAcct)
	tx(d.seqAcct)
	for _, a := range []*account{d.propAcct, d.chalAcct, d.liarAcct} {
		if a != nil {
			tx(a)
		}
	}
	for _, m := range d.members {
		tx(m.operator)
	}

	// A change delay of 0: membership changes apply from the next block.
	d.contract, err = l1.Deploy(ctx, ch.backend, d.admin.tx, l1.DeployParams{RotationWindow: time.Hour}, ch.options()...)
	if err != nil {
		return err
	}
	d.log.Info("committee contract deployed", "address", d.contract.Address())
	if d.reader, err = l1.DeployBlobReader(ctx, ch.backend, d.admin.tx, d.contract.Address(), ch.options()...); err != nil {
		return err
	}
	ops := make([]common.Address, len(d.members))
	for i, m := range d.members {
		ops[i] = m.operator.addr
	}
	if err := d.contract.ApproveOperators(ctx, d.admin.tx, true, ops...); err != nil {
		return fmt.Errorf("devnet: approve operators: %w", err)
	}
	if err := d.eachMember(func(m *member) error {
		_, err := d.contract.Register(ctx, m.operator.tx, l1.Registration{
			PublicKey: m.key.PublicKey(), ProofOfPossession: m.key.ProvePossession(), PeerID: []byte(m.peer),
		})
		if err != nil {
			return fmt.Errorf("devnet: register member %d: %w", m.index, err)
		}
		return nil
	}); err != nil {
		return err
	}
	add := make([]common.Address, len(d.members))
	for i, m := range d.members {
		add[i] = m.operator.addr
	}
	q, err := d.contract.QueueChange(ctx, d.admin.tx, l1.Change{Add: add, Threshold: uint8(d.cfg.Threshold), Replication: uint8(d.cfg.Replication)})
	if err != nil {
		return err
	}
	if d.epoch, err = d.executeChange(ctx, q.ID); err != nil {
		return err
	}
	ec, err := d.contract.Committee(ctx, d.epoch)
	if err != nil {
		return err
	}
	// Member i of certificates and custody is the contract's member i.
	ordered := make([]*member, 0, len(d.members))
	for _, op := range ec.Members {
		for _, m := range d.members {
			if m.operator.addr == op.Address {
				m.index = len(ordered)
				ordered = append(ordered, m)
			}
		}
	}
	if len(ordered) != len(d.members) || ec.Threshold != d.cfg.Threshold {
		return fmt.Errorf("devnet: epoch %d lists %d of %d members, threshold %d", d.epoch, len(ordered), len(d.members), ec.Threshold)
	}
	d.members = ordered
	return nil
}

// executeChange executes queued change id once a block past its ETA
// exists (the next one; the change delay is 0).
func (d *Devnet) executeChange(ctx context.Context, id uint64) (uint64, error) {
	for try := 0; ; try++ {
		epoch, err := d.contract.ExecuteChange(ctx, d.admin.tx, id)
		if err == nil {
			return epoch, nil
		}
		if l1.RevertName(err) != "ChangeNotDue" || try == 20 {
			return 0, err
		}
		d.chain.mine()
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// eachMember runs fn for every member at once and returns the first error.
func (d *Devnet) eachMember(fn func(m *member) error) error {
	errs := make([]error, len(d.members))
	var wg sync.WaitGroup
	for i, m := range d.members {
		wg.Go(func() { errs[i] = fn(m) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// startMembers starts every member's node and publishes its addresses on
// the contract.
func (d *Devnet) startMembers(ctx context.Context) error {
	dispID, err := p2p.GenerateIdentity()
	if err != nil {
		return err
	}
	d.dispIdentity = dispID
	dispPeer, err := peer.IDFromPrivateKey(dispID)
	if err != nil {
		return err
	}
	for _, m := range d.members {
		cfg := node.DevConfig()
		cfg.ChainID = d.chain.chainID
		cfg.CommitteeAddress = p2p.Address(d.contract.Address())
		cfg.Listen = []string{fmt.Sprintf("/ip4/%s/tcp/0", d.cfg.Host)}
		cfg.HTTPAddr = d.cfg.addr(0)
		cfg.Dispersers = []string{dispPeer.String()}
		cfg.Committee = p2p.CommitteeConfig{Source: "l1", RPC: d.chain.url, PollInterval: p2p.Duration(time.Second)}
		cfg.Store.MemTableSize = 16 << 20
		cfg.Store.BlockCacheSize = 8 << 20
		cfg.Store.IndexCacheSize = 4 << 20
		log := d.log.With("member", m.index)
		n, err := node.New(ctx, cfg, node.Deps{
			Key: m.key, Identity: m.identity, KZG: d.kzg, Logger: log, Registry: prometheus.NewRegistry(),
			Committee: p2p.NewL1Source(d.contract, time.Second, log),
		})
		if err != nil {
			return fmt.Errorf("devnet: member %d: %w", m.index, err)
		}
		for _, a := range n.Host().Addrs() {
			m.addrs = append(m.addrs, a.String())
		}
		m.node, m.metrics = n, "http://"+n.HTTPAddr()
		nctx, cancel := context.WithCancel(context.Background())
		m.cancel, m.done = cancel, make(chan struct{})
		go func() {
			defer close(m.done)
			if err := n.Run(nctx); err != nil {
				log.Warn("node stopped", "err", err)
			}
		}()
		d.stops = append(d.stops, func() { d.stopMember(m) })
	}
	// Where the disperser and light clients find them.
	return d.eachMember(func(m *member) error {
		if _, err := d.contract.UpdateNetwork(ctx, m.operator.tx, []byte(m.peer), m.addrs); err != nil {
			return fmt.Errorf("devnet: member %d: update network: %w", m.index, err)
		}
		return nil
	})
}

// stopMember stops m's node and waits for it; a no-op once stopped.
func (d *Devnet) stopMember(m *member) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.node == nil {
		return false
	}
	m.cancel()
	<-m.done
	m.node = nil
	return true
}

// startDisperser starts the disperser: HTTP on cfg.HTTPPort, the
// committee read from the contract, every certificate certified on L1 in
// the background.
func (d *Devnet) startDisperser() error {
	cfg := disperser.DevConfig()
	cfg.ChainID = d.chain.chainID
	cfg.CommitteeAddress = p2p.Address(d.contract.Address())
	cfg.HTTPAddr = d.cfg.addr(d.cfg.HTTPPort)
	cfg.Listen = []string{fmt.Sprintf("/ip4/%s/tcp/0", d.cfg.Host)}
	cfg.MaxBlobSize = d.cfg.MaxBlobSize
	cfg.L1Mode = api.L1Async
	src := disperser.NewCachedSource(p2p.NewL1Source(d.contract, time.Second, d.log), 2*time.Second)
	disp, err := disperser.New(cfg, disperser.Deps{
		Committee: src, Identity: d.dispIdentity, KZG: d.kzg, Registry: prometheus.NewRegistry(),
		Certifier: disperser.NewL1Certifier(d.contract, d.dispAcct.tx), Logger: d.log.With("service", "disperser"),
	})
	if err != nil {
		return err
	}
	d.disp, d.dispURL = disp, "http://"+disp.HTTPAddr()
	d.goRun(func(ctx context.Context) {
		if err := disp.Run(ctx); err != nil {
			d.log.Warn("disperser stopped", "err", err)
		}
	})
	return nil
}

// startLight starts the light client following L1 (and the gossip topic)
// and serves its status page on cfg.SamplerPort.
func (d *Devnet) startLight(ctx context.Context) error {
	cfg := light.DevConfig()
	cfg.ChainID = d.chain.chainID
	cfg.CommitteeAddress = light.Address(d.contract.Address())
	cfg.RPC = d.chain.url
	cfg.Samples = d.cfg.Samples
	cfg.Listen = []string{fmt.Sprintf("/ip4/%s/tcp/0", d.cfg.Host)}
	cfg.Gossip = true
	cfg.HTTPAddr = "" // served below, on a listener whose port is known
	if d.cfg.L1RPC != "" {
		cfg.PollInterval = light.Duration(time.Second)
	}
	ln, err := net.Listen("tcp", d.cfg.addr(d.cfg.SamplerPort))
	if err != nil {
		return fmt.Errorf("devnet: light client status port: %w", err)
	}
	c, err := light.New(ctx, cfg, light.Deps{L1: d.chain.backend, KZG: d.kzg, Registry: prometheus.NewRegistry(),
		Logger: d.log.With("service", "light")})
	if err != nil {
		ln.Close()
		return err
	}
	d.light, d.lightURL = c, "http://"+ln.Addr().String()
	d.goRun(func(ctx context.Context) {
		defer c.Close()
		if err := c.Run(ctx); err != nil {
			d.log.Warn("light client stopped", "err", err)
		}
	})
	d.serve(ln, c.HTTPHandler())
	// The disperser announces certified headers on gossip: a direct
	// connection puts the light client in its mesh at once.
	if h := d.disp.Host(); h != nil {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := c.Host().Connect(cctx, peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}); err != nil {
			d.log.Warn("light client: connecting to the disperser", "err", err)
		}
	}
	return nil
}

// startDashboard serves the dashboard on cfg.DashboardPort.
func (d *Devnet) startDashboard() error {
	ln, err := net.Listen("tcp", d.cfg.addr(d.cfg.DashboardPort))
	if err != nil {
		return fmt.Errorf("devnet: dashboard port: %w", err)
	}
	d.dashURL = "http://" + ln.Addr().String()
	d.serve(ln, dashboard.Handler(d.source))
	return nil
}

// serve serves h on ln until Close.
func (d *Devnet) serve(ln net.Listener, h http.Handler) {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			d.log.Warn("http server stopped", "addr", ln.Addr().String(), "err", err)
		}
	}()
	d.stops = append(d.stops, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		if srv.Shutdown(ctx) != nil {
			srv.Close() // event streams stay open until their clients leave
		}
		<-done
	})
}

// StopMember stops member i's node (it stays in the committee, so the
// network goes on with one member fewer). It reports whether the node was
// running.
func (d *Devnet) StopMember(i int) (bool, error) {
	if i < 0 || i >= len(d.members) {
		return false, fmt.Errorf("%w: %d (members 0 to %d)", ErrNoMember, i, len(d.members)-1)
	}
	stopped := d.stopMember(d.members[i])
	if stopped {
		d.log.Info("member stopped", "member", i)
		d.source.notify()
	}
	return stopped, nil
}

// Close stops everything in the reverse order of its start (dashboard,
// light client, disperser, members, block production, L1), each part
// with a bound on its shutdown. It is safe to call more than once.
func (d *Devnet) Close() error {
	d.closeOnce.Do(func() {
		for i := len(d.stops) - 1; i >= 0; i-- {
			d.stops[i]()
		}
		d.stops = nil
		d.log.Info("devnet stopped")
	})
	return d.closeErr
}
