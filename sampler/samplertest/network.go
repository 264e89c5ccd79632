package samplertest

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/node/nodetest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler/light"
)

// ChainID is the simulated L1's chain.
const ChainID = 1337

// Options shape a Network. The zero value is 8 members, threshold 6,
// replication 2, every member a real storage node.
type Options struct {
	Members     int
	Threshold   int
	Replication int
	// Scripted lists the members that are scripted (Member) rather than
	// real storage nodes (dac/node with an in-memory store).
	Scripted []int
}

// Network is a committee on loopback with its contract on a simulated L1:
// real storage nodes and scripted members, registered on L1 with their
// peer IDs and addresses, in epoch Epoch.
type Network struct {
	T         testing.TB
	KZG       *kzg.Context
	Sim       *simulated.Backend
	Contract  *l1.Committee
	Epoch     uint64
	Keys      []*bls.SecretKey
	Committee *p2p.Committee
	// Nodes[i] is member i's storage node, nil for scripted members.
	Nodes []*nodetest.Member
	// Scripted[i] is member i's scripted server, nil for storage nodes.
	Scripted []*Member

	disperser host.Host
	admin     *bind.TransactOpts
	certifier *bind.TransactOpts
	ec        *l1.EpochCommittee
	cancel    context.CancelFunc
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// NewNetwork starts the network and registers it on a fresh simulated L1.
// Everything stops at the test's Cleanup.
func NewNetwork(t testing.TB, opts Options) *Network {
	t.Helper()
	if opts.Members == 0 {
		opts.Members, opts.Threshold = 8, 6
	}
	if opts.Replication == 0 {
		opts.Replication = dac.DefaultReplication
	}
	if err := dac.CheckCustody(opts.Members, opts.Threshold, opts.Replication); err != nil {
		t.Fatal(err)
	}
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	nw := &Network{T: t, KZG: kctx, Nodes: make([]*nodetest.Member, opts.Members), Scripted: make([]*Member, opts.Members)}
	ctx, cancel := context.WithCancel(context.Background())
	nw.cancel = cancel
	t.Cleanup(nw.stop)

	// Accounts: an admin, a certifier and one operator per member.
	newAccount := func() (*ecdsa.PrivateKey, common.Address) {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		return k, crypto.PubkeyToAddress(k.PublicKey)
	}
	adminKey, adminAddr := newAccount()
	certKey, certAddr := newAccount()
	alloc := types.GenesisAlloc{adminAddr: {Balance: ether(1000)}, certAddr: {Balance: ether(1000)}}
	opKeys := make([]*ecdsa.PrivateKey, opts.Members)
	opAddrs := make([]common.Address, opts.Members)
	for i := range opKeys {
		opKeys[i], opAddrs[i] = newAccount()
		alloc[opAddrs[i]] = types.Account{Balance: ether(10)}
	}
	nw.Sim, err = l1.NewSimulated(alloc, l1.Prague)
	if err != nil {
		t.Fatal(err)
	}
	nw.admin = l1.NewTransactor(adminKey, ChainID)
	nw.certifier = l1.NewTransactor(certKey, ChainID)
	l1opts := []l1.Option{l1.WithMiner(func() { nw.Sim.Commit() }), l1.WithPollInterval(time.Millisecond), l1.WithTimeout(30 * time.Second)}
	const delay = time.Minute
	nw.Contract, err = l1.Deploy(ctx, nw.Sim.Client(), nw.admin, l1.DeployParams{ChangeDelay: delay, RotationWindow: time.Hour}, l1opts...)
	if err != nil {
		t.Fatal(err)
	}

	// Identities and keys first: the static committee the nodes serve
	// needs every peer ID.
	scripted := map[int]bool{}
	for _, i := range opts.Scripted {
		scripted[i] = true
	}
	nw.Committee = &p2p.Committee{Epoch: 1, Threshold: opts.Threshold, Replication: opts.Replication}
	idents := make([]libp2pcrypto.PrivKey, opts.Members)
	for i := range opts.Members {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		nw.Keys = append(nw.Keys, sk)
		m := p2p.Member{PublicKey: sk.PublicKey(), ProofOfPossession: sk.ProvePossession()}
		if scripted[i] {
			sm, err := NewMember()
			if err != nil {
				t.Fatal(err)
			}
			nw.Scripted[i] = sm
			m.PeerID = sm.Host.ID()
		} else {
			priv, err := p2p.GenerateIdentity()
			if err != nil {
				t.Fatal(err)
			}
			idents[i] = priv
			if m.PeerID, err = peer.IDFromPrivateKey(priv); err != nil {
				t.Fatal(err)
			}
		}
		nw.Committee.Members = append(nw.Committee.Members, m)
	}
	dpriv, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	if nw.disperser, err = p2p.NewHost(dpriv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits()); err != nil {
		t.Fatal(err)
	}
	for i := range opts.Members {
		if scripted[i] {
			continue
		}
		nd, err := nodetest.Start(ctx, nodetest.Spec{
			ChainID: ChainID, CommitteeAddress: nw.Contract.Address(), Committee: nw.Committee,
			Dispersers: []peer.ID{nw.disperser.ID()}, Key: nw.Keys[i], Identity: idents[i], KZG: kctx,
			NetworkMemory: 64 << 20,
		})
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
		nw.Nodes[i] = nd
	}

	// Register every member with its real peer ID and addresses, then
	// make them the committee.
	if err := nw.Contract.ApproveOperators(ctx, nw.admin, true, opAddrs...); err != nil {
		t.Fatal(err)
	}
	for i := range opts.Members {
		info := nw.AddrInfo(i)
		addrs := make([]string, len(info.Addrs))
		for j, a := range info.Addrs {
			addrs[j] = a.String()
		}
		sk := nw.Keys[i]
		if _, err := nw.Contract.Register(ctx, l1.NewTransactor(opKeys[i], ChainID), l1.Registration{
			PublicKey: sk.PublicKey(), ProofOfPossession: sk.ProvePossession(), PeerID: []byte(info.ID), Addrs: addrs,
		}); err != nil {
			t.Fatalf("register member %d: %v", i, err)
		}
	}
	q, err := nw.Contract.QueueChange(ctx, nw.admin, l1.Change{Add: opAddrs, Threshold: uint8(opts.Threshold), Replication: uint8(opts.Replication)})
	if err != nil {
		t.Fatal(err)
	}
	// The pool drops mined transactions asynchronously; AdjustTime refuses
	// while it still lists any.
	for try := 0; ; try++ {
		err := nw.Sim.AdjustTime(delay)
		if err == nil {
			break
		}
		if try == 200 {
			t.Fatal(err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	nw.Sim.Commit()
	if nw.Epoch, err = nw.Contract.ExecuteChange(ctx, nw.admin, q.ID); err != nil {
		t.Fatal(err)
	}
	if nw.ec, err = nw.Contract.Committee(ctx, nw.Epoch); err != nil {
		t.Fatal(err)
	}
	if nw.Epoch != nw.Committee.Epoch {
		t.Fatalf("L1 opened epoch %d, nodes serve epoch %d", nw.Epoch, nw.Committee.Epoch)
	}
	for i, m := range nw.ec.Members {
		if m.PublicKey.Bytes() != nw.Keys[i].PublicKey().Bytes() {
			t.Fatalf("L1 member %d is not test member %d", i, i)
		}
	}
	return nw
}

func (nw *Network) stop() {
	nw.cancel()
	for _, n := range nw.Nodes {
		if n != nil {
			n.Close()
		}
	}
	for _, m := range nw.Scripted {
		if m != nil {
			m.Close()
		}
	}
	if nw.disperser != nil {
		nw.disperser.Close()
	}
	if nw.Sim != nil {
		nw.Sim.Close()
	}
}

// AddrInfo returns member i's peer ID and addresses.
func (nw *Network) AddrInfo(i int) peer.AddrInfo {
	if nw.Scripted[i] != nil {
		return nw.Scripted[i].AddrInfo()
	}
	return nw.Nodes[i].AddrInfo()
}

// Backend returns the simulated L1's client (a light.Backend).
func (nw *Network) Backend() light.Backend { return nw.Sim.Client() }

// ClientConfig returns light.DevConfig for this network.
func (nw *Network) ClientConfig() light.Config {
	cfg := light.DevConfig()
	cfg.ChainID = ChainID
	cfg.CommitteeAddress = light.Address(nw.Contract.Address())
	return cfg
}

// Header returns a header for square sq in the network's epoch, expiring
// in two weeks (salt varies the expiry, so one blob can be dispersed
// under several headers).
func (nw *Network) Header(sq *kzg.Square, salt int) *dac.Header {
	return &dac.Header{
		Core: dac.HeaderCore{
			Version: dac.FormatVersion, ChainID: ChainID, Size: uint64(sq.Size), K: uint32(sq.K),
			CommitmentsRoot: sq.Root, Expiry: uint64(time.Now().Add(14*24*time.Hour).Unix()) + uint64(salt), Epoch: nw.Epoch,
		},
		Commitments: append([]kzg.Commitment(nil), sq.Commitments...),
	}
}

// Disperse gives every member its custody columns of sq under h (storage
// nodes over /quire/disperse/1, scripted members directly) and returns the
// certificate of all members' signatures: storage nodes' attestations,
// scripted members signing with their keys.
func (nw *Network) Disperse(sq *kzg.Square, h *dac.Header) *dac.Certificate {
	nw.T.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cust, err := nw.Committee.Custody()
	if err != nil {
		nw.T.Fatal(err)
	}
	a := cust.Assign(h.BlobID())
	agg, err := dac.NewAggregator(nw.ec.Keys(), nw.ec.Threshold, ChainID, nw.Contract.Address(), nw.Epoch, h.Hash())
	if err != nil {
		nw.T.Fatal(err)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range nw.Nodes {
		cols := a.Columns(i)
		if sm := nw.Scripted[i]; sm != nil {
			sm.Hold(h, sq, cols)
			msg := agg.Message()
			mu.Lock()
			err := agg.Add(i, nw.Keys[i].Sign(msg[:]))
			mu.Unlock()
			if err != nil {
				nw.T.Fatal(err)
			}
			continue
		}
		wg.Go(func() {
			wcols := make([]*wire.Column, len(cols))
			for j, c := range cols {
				wcols[j] = wire.SquareColumn(h, sq, uint8(c))
			}
			att, err := p2p.Disperse(ctx, nw.disperser, nw.Nodes[i].AddrInfo(), h, wcols)
			if err != nil {
				nw.T.Errorf("disperse to member %d: %v", i, err)
				return
			}
			sig, err := bls.SignatureFromBytes(att.Signature[:])
			if err != nil {
				nw.T.Errorf("member %d signature: %v", i, err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if err := agg.Add(int(att.Member), sig); err != nil {
				nw.T.Errorf("member %d attestation: %v", i, err)
			}
		})
	}
	wg.Wait()
	if nw.T.Failed() {
		nw.T.FailNow()
	}
	cert, err := agg.Certificate()
	if err != nil {
		nw.T.Fatal(err)
	}
	return cert
}

// Certify submits certify(h, cert) on L1 and mines it.
func (nw *Network) Certify(h *dac.Header, cert *dac.Certificate) {
	nw.T.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	id, _, err := nw.Contract.Certify(ctx, nw.certifier, &h.Core, cert, nw.ec)
	if err != nil {
		nw.T.Fatal(err)
	}
	if id != h.BlobID() {
		nw.T.Fatalf("contract certified %s, header is %s", id, h.BlobID())
	}
}

// Publish disperses test blob i, certifies it on L1 and returns its header
// and certificate.
func (nw *Network) Publish(i int) (*dac.Header, *dac.Certificate) {
	nw.T.Helper()
	sq, err := Square(i)
	if err != nil {
		nw.T.Fatal(err)
	}
	h := nw.Header(sq, 0)
	cert := nw.Disperse(sq, h)
	nw.Certify(h, cert)
	return h, cert
}

// Rotate queues ch on L1, waits out the change delay on the simulated
// clock and executes it, opening the next epoch on L1 (the members' nodes
// keep serving what they hold). It returns the new epoch and the time the
// previous one ended (the block time of the execution).
func (nw *Network) Rotate(ch l1.Change) (uint64, time.Time) {
	nw.T.Helper()
	ctx := context.Background()
	q, err := nw.Contract.QueueChange(ctx, nw.admin, ch)
	if err != nil {
		nw.T.Fatal(err)
	}
	for try := 0; ; try++ {
		err := nw.Sim.AdjustTime(time.Minute)
		if err == nil {
			break
		}
		if try == 200 {
			nw.T.Fatal(err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	nw.Sim.Commit()
	epoch, err := nw.Contract.ExecuteChange(ctx, nw.admin, q.ID)
	if err != nil {
		nw.T.Fatal(err)
	}
	prev, err := nw.Contract.Committee(ctx, epoch-1)
	if err != nil {
		nw.T.Fatal(err)
	}
	return epoch, prev.End
}

// Sign returns a certificate for header hash hh signed by the given
// members, over msg when set (a wrong message makes a certificate whose
// signature does not verify) or the right attest message.
func (nw *Network) Sign(hh dac.HeaderHash, signers []int, msg *[32]byte) *dac.Certificate {
	nw.T.Helper()
	bm, err := dac.NewBitmap(len(nw.Keys))
	if err != nil {
		nw.T.Fatal(err)
	}
	m := dac.AttestMessage(ChainID, nw.Contract.Address(), nw.Epoch, hh)
	if msg != nil {
		m = *msg
	}
	var sigs []bls.Signature
	for _, i := range signers {
		bm.Set(i)
		sigs = append(sigs, nw.Keys[i].Sign(m[:]))
	}
	return &dac.Certificate{HeaderHash: hh, Epoch: nw.Epoch, Signers: bm, Signature: bls.Aggregate(sigs...)}
}

// String describes the network.
func (nw *Network) String() string {
	return fmt.Sprintf("%d members (threshold %d, r=%d), epoch %d, contract %s",
		len(nw.Keys), nw.Committee.Threshold, nw.Committee.Replication, nw.Epoch, nw.Contract.Address())
}
