// Package dispersertest builds, in one process on loopback, what tests and
// benchmarks of the disperser need: n committee nodes (real members started
// through nodetest, with in-memory stores), optionally a simulated L1 with the committee contract
// deployed and the members registered on it, members that lie about their
// signatures, and a disperser serving HTTP. Everything is torn down by the
// test's Cleanup.
package dispersertest

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/node/nodetest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
)

// ChainID is the chain of the environment (the simulated L1's, too).
const ChainID = 1337

// Options shape an environment. The zero value is 16 members, threshold
// 11, replication 2, no L1.
type Options struct {
	Members     int
	Threshold   int
	Replication int
	// L1 deploys the committee contract on a simulated L1 (Prague rules),
	// registers every member on it and has the disperser read its
	// committee from the contract (disperser.L1Source) and certify on it.
	L1 bool
	// Byzantine lists members that run no node but a host answering every
	// dispersal with a well-formed signature over the wrong message.
	Byzantine []int
	// Liars lists members that run no node but a host that stores what it
	// is sent and signs honestly, yet answers every cells request with
	// corrupted cells (each cell's first element plus one) and the
	// original proofs.
	Liars []int
	// Config adjusts the disperser's configuration.
	Config func(*disperser.Config)
	// Registry, when set, receives the disperser's metrics.
	Registry *prometheus.Registry
	// NodeClock, when set, is every node's clock (node.Deps.Now): tests
	// move it past expiries.
	NodeClock func() time.Time
	// WrapTransport, when set, wraps the disperser's libp2p transport (the
	// environment then starts the disperser's host itself, and the
	// disperser announces nothing on gossip): tests put faults between
	// the disperser and the members with it.
	WrapTransport func(disperser.Transport) disperser.Transport
	// WrapSource, when set, wraps the disperser's committee source.
	WrapSource func(disperser.CommitteeSource) disperser.CommitteeSource
	// MemberPoll, with L1, makes every member read and follow its
	// committee from the contract (p2p.L1Source polling every MemberPoll)
	// instead of keeping the committee it started with, so members move
	// to each epoch ChangeCommittee opens.
	MemberPoll time.Duration
	// CommitteeTTL, with L1, is how long the disperser caches the
	// committee it reads from the contract (default a minute).
	CommitteeTTL time.Duration
	// BlockTime, with L1, makes the disperser's certify transactions wait
	// for blocks mined every BlockTime (several then share a block)
	// instead of each being mined at once. PauseMining stops the miner.
	BlockTime time.Duration
}

// Env is a running committee with a disperser.
type Env struct {
	T         testing.TB
	KZG       *kzg.Context
	Committee *p2p.Committee
	Address   [20]byte
	Keys      []*bls.SecretKey
	Nodes     []*nodetest.Member // nil for byzantine members and stopped nodes
	Disperser *disperser.Disperser
	URL       string // the disperser's HTTP base URL
	// DisperserKey is the disperser's libp2p identity, the one the nodes
	// accept dispersals from.
	DisperserKey libp2pcrypto.PrivKey

	// With Options.L1:
	Sim      *simulated.Backend
	Contract *l1.Committee
	Epoch    *l1.EpochCommittee
	L1Mine   func() // mines a block
	// Admin is the committee contract's admin account (ChangeCommittee
	// queues changes with it; tests may send other transactions from it).
	Admin *bind.TransactOpts
	// Operators are the members' operator accounts, in member order.
	Operators []common.Address

	// LiarReads counts the cells requests the liars answered.
	LiarReads atomic.Int64

	// What the disperser was built from, for RestartDisperser.
	dcfg    disperser.Config
	ddeps   disperser.Deps
	dcancel context.CancelFunc
	ddone   chan struct{}
	paused  atomic.Bool

	cancels []context.CancelFunc
	dones   []chan struct{}
}

func (o *Options) defaults() {
	if o.Members == 0 {
		o.Members = 16
	}
	if o.Threshold == 0 {
		o.Threshold = 11
	}
	if o.Replication == 0 {
		o.Replication = dac.DefaultReplication
	}
}

// New starts an environment; t.Cleanup stops it.
func New(t testing.TB, o Options) *Env {
	t.Helper()
	o.defaults()
	k, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := &Env{T: t, KZG: k}
	t.Cleanup(e.close)
	ctx := context.Background()

	dispID, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	e.DisperserKey = dispID
	dispPeer, err := peer.IDFromPrivateKey(dispID)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]libp2pcrypto.PrivKey, o.Members)
	for i := range o.Members {
		if ids[i], err = p2p.GenerateIdentity(); err != nil {
			t.Fatal(err)
		}
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		e.Keys = append(e.Keys, sk)
	}

	var (
		src       disperser.CommitteeSource
		certifier disperser.Certifier
		operators []*operator
	)
	if o.L1 {
		operators = e.setupL1(ctx, o, ids)
		e.Address = e.Contract.Address()
		// The registered committee, still without addresses.
		e.Committee, err = p2p.NewL1Source(e.Contract, time.Second, nil).Committee(ctx)
		if err == nil {
			err = e.Committee.Validate()
		}
		if err != nil {
			t.Fatal(err)
		}
		// The nodes' static configs need the proofs of possession the
		// contract checked at registration.
		for i := range e.Committee.Members {
			for _, sk := range e.Keys {
				if sk.PublicKey().Bytes() == e.Committee.Members[i].PublicKey.Bytes() {
					e.Committee.Members[i].ProofOfPossession = sk.ProvePossession()
				}
			}
		}
	} else {
		e.Address = [20]byte{0xda, 0xc0, 0x01}
		e.Committee = &p2p.Committee{Epoch: 1, Threshold: o.Threshold, Replication: o.Replication}
		for i := range o.Members {
			pid, _ := peer.IDFromPrivateKey(ids[i])
			e.Committee.Members = append(e.Committee.Members, p2p.Member{PublicKey: e.Keys[i].PublicKey(), PeerID: pid, ProofOfPossession: e.Keys[i].ProvePossession()})
		}
		if err := e.Committee.Validate(); err != nil {
			t.Fatal(err)
		}
	}

	// The members. Their copy of the committee needs no addresses.
	byz := map[int]string{}
	for _, b := range o.Byzantine {
		byz[b] = "bad-signature"
	}
	for _, b := range o.Liars {
		byz[b] = "bad-cells"
	}
	e.Nodes = make([]*nodetest.Member, o.Members)
	addrs := make([][]string, o.Members)
	for i := range o.Members {
		if byz[i] != "" {
			h := e.byzantine(ids[i], e.Keys[i], i, byz[i] == "bad-cells")
			for _, a := range h.Addrs() {
				addrs[i] = append(addrs[i], a.String())
			}
			continue
		}
		spec := nodetest.Spec{
			ChainID: ChainID, CommitteeAddress: e.Address, Committee: e.Committee, Dispersers: []peer.ID{dispPeer},
			Key: e.Keys[i], Identity: ids[i], KZG: k, Now: o.NodeClock, Generous: true,
		}
		if o.L1 && o.MemberPoll > 0 {
			spec.Source = p2p.NewL1Source(e.Contract, o.MemberPoll, nil)
		}
		n, err := nodetest.Start(ctx, spec)
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
		e.Nodes[i] = n
		for _, a := range n.Host().Addrs() {
			addrs[i] = append(addrs[i], a.String())
		}
	}

	// Where the disperser finds them.
	if o.L1 {
		for i, op := range operators[:o.Members] {
			pid, _ := peer.IDFromPrivateKey(ids[i])
			if _, err := e.Contract.UpdateNetwork(ctx, op.tx, []byte(pid), addrs[i]); err != nil {
				t.Fatalf("member %d: update network: %v", i, err)
			}
		}
		ttl := o.CommitteeTTL
		if ttl == 0 {
			ttl = time.Minute
		}
		src = disperser.NewCachedSource(p2p.NewL1Source(e.Contract, time.Second, nil), ttl)
		certifier = disperser.NewL1Certifier(e.Contract, operators[len(operators)-1].tx)
		if o.BlockTime > 0 {
			c, err := l1.New(ctx, e.Sim.Client(), e.Contract.Address(), l1.WithPollInterval(o.BlockTime/4), l1.WithTimeout(time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			certifier = disperser.NewL1Certifier(c, operators[len(operators)-1].tx)
			mctx, mcancel := context.WithCancel(ctx)
			mdone := make(chan struct{})
			go func() {
				defer close(mdone)
				tick := time.NewTicker(o.BlockTime)
				defer tick.Stop()
				for {
					select {
					case <-mctx.Done():
						return
					case <-tick.C:
						if !e.paused.Load() {
							e.L1Mine()
						}
					}
				}
			}()
			e.cancels, e.dones = append(e.cancels, mcancel), append(e.dones, mdone)
		}
		got, err := src.Committee(ctx)
		if err != nil {
			t.Fatal(err)
		}
		e.Committee = got
	} else {
		full := *e.Committee
		full.Members = append([]p2p.Member(nil), e.Committee.Members...)
		for i := range full.Members {
			for _, a := range addrs[i] {
				m, err := ma.NewMultiaddr(a)
				if err != nil {
					t.Fatal(err)
				}
				full.Members[i].Addrs = append(full.Members[i].Addrs, m)
			}
		}
		e.Committee = &full
		src = p2p.NewStaticSource(e.Committee)
	}

	cfg := disperser.DevConfig()
	cfg.ChainID = ChainID
	cfg.CommitteeAddress = e.Address
	cfg.MemberTimeout = p2p.Duration(60 * time.Second)
	cfg.DisperseTimeout = p2p.Duration(120 * time.Second)
	cfg.RetrieveTimeout = p2p.Duration(120 * time.Second)
	cfg.FetchTimeout = p2p.Duration(60 * time.Second)
	cfg.LogLevel = "error"
	if o.Config != nil {
		o.Config(&cfg)
	}
	if o.WrapSource != nil {
		src = o.WrapSource(src)
	}
	deps := disperser.Deps{Committee: src, Identity: dispID, Certifier: certifier, KZG: k, Registry: o.Registry}
	if o.WrapTransport != nil {
		h, err := p2p.NewHost(dispID, cfg.Listen, cfg.Limits)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		deps.Transport = o.WrapTransport(disperser.NewP2P(h, k, cfg.MaxRows))
	}
	d, err := disperser.New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	e.dcfg, e.ddeps = cfg, deps
	e.serve(d)
	return e
}

// serve makes d the environment's disperser and runs it until
// RestartDisperser or the test's end.
func (e *Env) serve(d *disperser.Disperser) {
	e.Disperser = d
	dctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); d.Run(dctx) }()
	e.dcancel, e.ddone = cancel, done
	e.URL = "http://" + d.HTTPAddr()
}

// RestartDisperser closes the disperser and starts a new one with the
// same configuration and dependencies (the same identity, committee
// source and certifier; with Config.DataDir set, the same data dir). The
// new one serves HTTP on a new port: URL changes. Metrics are not
// registered again.
func (e *Env) RestartDisperser() {
	e.T.Helper()
	e.StopDisperser()
	deps := e.ddeps
	deps.Registry = nil
	d, err := disperser.New(e.dcfg, deps)
	if err != nil {
		e.T.Fatal(err)
	}
	e.serve(d)
}

// StopDisperser closes the disperser (RestartDisperser starts another).
func (e *Env) StopDisperser() {
	if e.dcancel != nil {
		e.dcancel()
		<-e.ddone
		e.dcancel = nil
	}
}

// PauseMining stops (true) or restarts the block miner of
// Options.BlockTime.
func (e *Env) PauseMining(p bool) { e.paused.Store(p) }

// StopNode stops member i's node (it stays in the committee).
func (e *Env) StopNode(i int) {
	e.T.Helper()
	if e.Nodes[i] == nil {
		return
	}
	if err := e.Nodes[i].Close(); err != nil {
		e.T.Logf("closing node %d: %v", i, err)
	}
	e.Nodes[i] = nil
}

// StoreArchive puts archive shard i of the header h straight into member
// i's store, kept until expiry, as if a dispersal had brought it (it
// skips the dispersal: benchmarks of restores use it to avoid proving a
// large blob). Stopped members are skipped.
func (e *Env) StoreArchive(h *dac.Header, shards []*wire.ArchiveShard, expiry time.Time) error {
	for i, n := range e.Nodes {
		if n == nil {
			continue
		}
		if err := n.StoreArchive(h, i, shards[i], expiry); err != nil {
			return err
		}
	}
	return nil
}

// VerifyOffChain checks cert against the committee's keys and threshold.
func (e *Env) VerifyOffChain(cert *dac.Certificate) error {
	keys := make([]bls.PublicKey, len(e.Committee.Members))
	for i, m := range e.Committee.Members {
		keys[i] = m.PublicKey
	}
	return cert.Verify(keys, e.Committee.Threshold, ChainID, e.Address)
}

func (e *Env) close() {
	// The disperser first (it was started last), then the nodes.
	e.StopDisperser()
	for i := len(e.cancels) - 1; i >= 0; i-- {
		e.cancels[i]()
		<-e.dones[i]
	}
	for _, n := range e.Nodes {
		if n != nil {
			n.Close()
		}
	}
	if e.Sim != nil {
		e.Sim.Close()
	}
}

// operator is a member's L1 account.
type operator struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *bind.TransactOpts
}

func newOperator(t testing.TB) *operator {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &operator{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), tx: l1.NewTransactor(k, ChainID)}
}

// setupL1 deploys the committee, registers the members (peer IDs, no
// addresses yet: the nodes are not listening) and makes them epoch 1's
// committee with the threshold asked for. The last operator returned is
// the disperser's account.
func (e *Env) setupL1(ctx context.Context, o Options, ids []libp2pcrypto.PrivKey) []*operator {
	t := e.T
	admin := newOperator(t)
	ops := make([]*operator, o.Members+1)
	ether := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	alloc := types.GenesisAlloc{admin.addr: {Balance: ether}}
	for i := range ops {
		ops[i] = newOperator(t)
		alloc[ops[i].addr] = types.Account{Balance: ether}
	}
	sim, err := l1.NewSimulated(alloc, l1.Prague)
	if err != nil {
		t.Fatal(err)
	}
	e.Sim = sim
	e.L1Mine = func() { sim.Commit() }
	c, err := l1.Deploy(ctx, sim.Client(), admin.tx, l1.DeployParams{ChangeDelay: changeDelay, RotationWindow: 2 * time.Hour},
		l1.WithMiner(e.L1Mine), l1.WithPollInterval(time.Millisecond), l1.WithTimeout(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	e.Contract = c
	add := make([]common.Address, o.Members)
	for i := range o.Members {
		add[i] = ops[i].addr
	}
	if err := c.ApproveOperators(ctx, admin.tx, true, add...); err != nil {
		t.Fatal(err)
	}
	for i := range o.Members {
		pid, _ := peer.IDFromPrivateKey(ids[i])
		if _, err := c.Register(ctx, ops[i].tx, l1.Registration{
			PublicKey: e.Keys[i].PublicKey(), ProofOfPossession: e.Keys[i].ProvePossession(), PeerID: []byte(pid),
		}); err != nil {
			t.Fatalf("register member %d: %v", i, err)
		}
		add[i] = ops[i].addr
	}
	e.Admin = admin.tx
	e.Epoch = e.ChangeCommittee(l1.Change{Add: add, Threshold: uint8(o.Threshold), Replication: uint8(o.Replication)})
	// The contract lists members in slot order; keep Keys in that order.
	keys := make([]*bls.SecretKey, len(e.Epoch.Members))
	order := make([]libp2pcrypto.PrivKey, len(e.Epoch.Members))
	opsOut := make([]*operator, 0, len(ops))
	for j, m := range e.Epoch.Members {
		for i := range o.Members {
			if ops[i].addr == m.Address {
				keys[j], order[j] = e.Keys[i], ids[i]
				opsOut = append(opsOut, ops[i])
			}
		}
	}
	if len(opsOut) != o.Members {
		t.Fatalf("the contract lists %d of %d members", len(opsOut), o.Members)
	}
	e.Keys = keys
	copy(ids, order)
	for _, op := range opsOut[:o.Members] {
		e.Operators = append(e.Operators, op.addr)
	}
	return append(opsOut, ops[o.Members])
}

// changeDelay is the committee contract's change delay in an
// environment with L1.
const changeDelay = time.Hour

// ChangeCommittee queues ch on the committee contract, moves the simulated
// L1's clock past the change delay, executes it and returns the epoch it
// opened. Unless Options.MemberPoll is set the nodes keep the committee
// they started with (they go on serving what they store); the disperser
// follows L1 within its cache period. Uploads may run meanwhile.
func (e *Env) ChangeCommittee(ch l1.Change) *l1.EpochCommittee {
	t := e.T
	t.Helper()
	ctx := context.Background()
	q, err := e.Contract.QueueChange(ctx, e.Admin, ch)
	if err != nil {
		t.Fatal(err)
	}
	// The pool drops mined transactions asynchronously and AdjustTime
	// refuses while it still lists any: retry for a while.
	for try := 0; ; try++ {
		err := e.Sim.AdjustTime(changeDelay)
		if err == nil {
			break
		}
		if try == 400 {
			t.Fatal(err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	e.Sim.Commit()
	epoch, err := e.Contract.ExecuteChange(ctx, e.Admin, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := e.Contract.Committee(ctx, epoch)
	if err != nil {
		t.Fatal(err)
	}
	return ec
}

// byzantine starts a host for member index that accepts every dispersal.
// Without liar it answers with its own key's signature over the attest
// message of the next epoch: well-formed, but not a valid attestation, and
// it serves no cells. As a liar it signs correctly and keeps the columns,
// but serves them corrupted.
func (e *Env) byzantine(id libp2pcrypto.PrivKey, sk *bls.SecretKey, index int, liar bool) host.Host {
	h, err := p2p.NewHost(id, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		e.T.Fatal(err)
	}
	var (
		mu     sync.Mutex
		hdrs   = map[dac.BlobID]dac.Header{}
		stored = map[dac.BlobID]map[uint8]*wire.Column{}
	)
	h.SetStreamHandler(wire.ProtocolDisperse, func(s network.Stream) {
		defer s.Close()
		s.SetDeadline(time.Now().Add(time.Minute))
		var begin wire.DisperseBegin
		if err := wire.ReadMessage(s, 1<<20, &begin); err != nil {
			s.Reset()
			return
		}
		cols := map[uint8]*wire.Column{}
		for range begin.Columns {
			var c wire.Column
			if err := wire.ReadMessage(s, 64<<20, &c); err != nil {
				s.Reset()
				return
			}
			cols[c.Index] = &c
		}
		hh := begin.Header.Hash()
		epoch := begin.Header.Core.Epoch
		if liar {
			mu.Lock()
			hdrs[begin.Header.BlobID()], stored[begin.Header.BlobID()] = begin.Header, cols
			mu.Unlock()
		} else {
			epoch++
		}
		msg := dac.AttestMessage(ChainID, e.Address, epoch, hh)
		sig := sk.Sign(msg[:])
		if err := wire.WriteMessage(s, &wire.Attestation{HeaderHash: hh, Epoch: begin.Header.Core.Epoch,
			Member: uint16(index), Signature: sig.Bytes()}); err != nil && !errors.Is(err, network.ErrReset) {
			s.Reset()
		}
	})
	if liar {
		h.SetStreamHandler(wire.ProtocolCells, func(s network.Stream) {
			defer s.Close()
			s.SetDeadline(time.Now().Add(time.Minute))
			var req wire.CellsRequest
			if err := wire.ReadMessage(s, 1<<20, &req); err != nil {
				s.Reset()
				return
			}
			mu.Lock()
			hdr, ok := hdrs[req.Blob]
			cols := stored[req.Blob]
			mu.Unlock()
			if !ok || len(req.Columns) > 0 {
				wire.WriteMessage(s, &wire.Rejection{Code: wire.CodeNotFound})
				return
			}
			e.LiarReads.Add(1)
			var items []wire.CellItem
			for _, ref := range req.Cells {
				c, ok := cols[ref.Col]
				if !ok {
					wire.WriteMessage(s, &wire.Rejection{Code: wire.CodeNotCustodian})
					return
				}
				it := wire.CellItem{CellRef: ref, Proof: kzg.IdentityProof}
				if i, ok := hdr.StoredIndex(int(ref.Row)); ok {
					it.Cell, it.Proof = c.Cells[i], c.Proofs[i]
				}
				var one fr.Element
				one.SetOne()
				it.Cell[0].Add(&it.Cell[0], &one)
				items = append(items, it)
			}
			if err := wire.WriteMessage(s, &wire.CellsHeader{Header: hdr, Items: uint32(len(items))}); err != nil {
				s.Reset()
				return
			}
			for len(items) > 0 {
				n := min(len(items), wire.MaxBatchCells)
				if err := wire.WriteMessage(s, &wire.CellBatch{Items: items[:n]}); err != nil {
					s.Reset()
					return
				}
				items = items[n:]
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); <-ctx.Done(); h.Close() }()
	e.cancels, e.dones = append(e.cancels, cancel), append(e.dones, done)
	return h
}
