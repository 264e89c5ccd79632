package node

import (
	"context"
	"crypto/ecdsa"
	crand "crypto/rand"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// l1Operator is a test operator: an L1 account, a BLS key and a libp2p
// identity.
type l1Operator struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *bind.TransactOpts
	sk   *bls.SecretKey
	id   lcrypto.PrivKey
	pid  peer.ID
}

// TestL1SourceFollowsCommittee runs a node whose committee comes from the
// committee contract on a simulated L1: it starts in epoch 1, follows a
// member's network update and the change to epoch 2, admits epoch-1
// headers until epoch 1's rotation window has passed and from then on
// refuses them with the new epoch in the rejection.
func TestL1SourceFollowsCommittee(t *testing.T) {
	const chainID = 1337
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	newOp := func() *l1Operator {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		id, err := p2p.GenerateIdentity()
		if err != nil {
			t.Fatal(err)
		}
		pid, _ := peer.IDFromPrivateKey(id)
		return &l1Operator{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), tx: l1.NewTransactor(k, chainID), sk: sk, id: id, pid: pid}
	}
	admin := newOp()
	ops := make([]*l1Operator, 5)
	alloc := types.GenesisAlloc{admin.addr: {Balance: new(big.Int).Lsh(big.NewInt(1), 70)}}
	for i := range ops {
		ops[i] = newOp()
		alloc[ops[i].addr] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 70)}
	}
	sim, err := l1.NewSimulated(alloc, l1.Prague)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	const delay = time.Hour
	c, err := l1.Deploy(ctx, sim.Client(), admin.tx, l1.DeployParams{ChangeDelay: delay, RotationWindow: 2 * time.Hour},
		l1.WithMiner(func() { sim.Commit() }), l1.WithPollInterval(time.Millisecond), l1.WithTimeout(30*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range ops {
		if err := c.ApproveOperators(ctx, admin.tx, true, op.addr); err != nil {
			t.Fatal(err)
		}
		pidBytes, _ := op.pid.MarshalBinary()
		if _, err := c.Register(ctx, op.tx, l1.Registration{PublicKey: op.sk.PublicKey(), ProofOfPossession: op.sk.ProvePossession(),
			PeerID: pidBytes, Addrs: []string{"/ip4/127.0.0.1/tcp/4001"}}); err != nil {
			t.Fatal(err)
		}
	}
	change := func(ch l1.Change) uint64 {
		q, err := c.QueueChange(ctx, admin.tx, ch)
		if err != nil {
			t.Fatal(err)
		}
		// The pool drops mined transactions asynchronously and AdjustTime
		// refuses while it still lists any: retry for a while.
		for try := 0; ; try++ {
			err := sim.AdjustTime(delay)
			if err == nil {
				break
			}
			if try == 400 {
				t.Fatal(err)
			}
			time.Sleep(25 * time.Millisecond)
		}
		sim.Commit()
		epoch, err := c.ExecuteChange(ctx, admin.tx, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		return epoch
	}
	first := []common.Address{ops[0].addr, ops[1].addr, ops[2].addr, ops[3].addr}
	if e := change(l1.Change{Add: first, Threshold: 3, Replication: 2}); e != 1 {
		t.Fatalf("epoch %d", e)
	}

	src := p2p.NewL1Source(c, 20*time.Millisecond, nil)
	got, err := src.Committee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Epoch != 1 || got.Threshold != 3 || len(got.Members) != 4 {
		t.Fatalf("committee: epoch %d, t %d, %d members", got.Epoch, got.Threshold, len(got.Members))
	}
	for i, m := range got.Members {
		if m.PeerID != ops[i].pid || m.PublicKey.Bytes() != ops[i].sk.PublicKey().Bytes() || len(m.Addrs) != 1 {
			t.Fatalf("member %d: %s, %d addrs", i, m.PeerID, len(m.Addrs))
		}
	}

	// A node for operator 0, on this source.
	dpriv, _ := p2p.GenerateIdentity()
	disp, err := p2p.NewHost(dpriv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer disp.Close()
	cfg := testConfig()
	cfg.Committee = p2p.CommitteeConfig{Source: "l1", RPC: "simulated", PollInterval: p2p.Duration(20 * time.Millisecond), Replication: 2}
	cfg.CommitteeAddress = p2p.Address(c.Address())
	cfg.Dispersers = []string{disp.ID().String()}
	var skew atomic.Int64 // added to the node's clock
	nd, err := New(ctx, cfg, Deps{Key: ops[0].sk, Identity: ops[0].id, Committee: src, KZG: testKZG(t),
		Now: func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }})
	if err != nil {
		t.Fatal(err)
	}
	rctx, rcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- nd.Run(rctx) }()
	defer func() {
		rcancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	if err := nd.Healthy(); err != nil {
		t.Fatal(err)
	}
	waitFor := func(what string, ok func(st *epochState) bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !ok(nd.state.Load()) {
			if time.Now().After(deadline) {
				t.Fatalf("node never saw %s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	// A member's network update within the epoch is followed.
	pid1, _ := ops[1].pid.MarshalBinary()
	if _, err := c.UpdateNetwork(ctx, ops[1].tx, pid1, []string{"/ip4/127.0.0.1/tcp/5001", "/ip4/127.0.0.1/udp/5001/quic-v1"}); err != nil {
		t.Fatal(err)
	}
	waitFor("the network update", func(st *epochState) bool { return len(st.c.Members[1].Addrs) == 2 })

	// A member that withdraws its network data, or publishes a peer ID
	// that is not one, is unreachable, not a bad committee: the source
	// still reads the epoch and the node follows it.
	for _, bad := range [][]byte{nil, append([]byte{0x00, 5}, "nokey"...)} {
		if _, err := c.UpdateNetwork(ctx, ops[2].tx, bad, []string{"/ip4/127.0.0.1/tcp/5002"}); err != nil {
			t.Fatal(err)
		}
		want := peer.ID("")
		if bad != nil {
			want = peer.ID(bad) // well-formed on chain; dialing it will fail
		}
		waitFor("member 2's network update", func(st *epochState) bool {
			return st.c.Epoch == 1 && st.c.Members[2].PeerID == want && st.c.Members[1].PeerID == ops[1].pid
		})
		got, err := src.Committee(ctx)
		if err != nil {
			t.Fatalf("committee with member 2's network %x: %v", bad, err)
		}
		if err := got.Validate(); err != nil {
			t.Fatalf("committee with member 2's network %x: %v", bad, err)
		}
		if err := nd.Healthy(); err != nil {
			t.Fatal(err)
		}
	}

	// Epoch 2 adds operator 4.
	if e := change(l1.Change{Add: []common.Address{ops[4].addr}}); e != 2 {
		t.Fatalf("epoch %d", e)
	}
	waitFor("epoch 2", func(st *epochState) bool { return st.c.Epoch == 2 && len(st.c.Members) == 5 && st.self == 0 })

	// The source gives epoch 1 as the previous epoch, with its end and the
	// contract's rotation window.
	got, err = src.Committee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p := got.Previous; p == nil || p.Epoch != 1 || p.End.IsZero() || len(p.Members) != 4 || p.Previous != nil ||
		p.RotationWindow != 2*time.Hour || got.RotationWindow != 2*time.Hour || !got.End.IsZero() {
		t.Fatalf("epoch 2 from L1: window %v, end %v, previous %+v", got.RotationWindow, got.End, got.Previous)
	}
	ec1, err := c.Committee(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Previous.End.Equal(ec1.End) {
		t.Fatalf("previous epoch ended %v, the contract says %v", got.Previous.End, ec1.End)
	}

	// Inside epoch 1's rotation window an epoch-1 header is still
	// admitted, under epoch 1's committee.
	sq := testSquare(t, 0)
	tn := &testNet{t: t}
	h := tn.header(sq, 1)
	cust1, _ := got.Previous.Custody()
	if _, err := p2p.Disperse(ctx, disp, nd.AddrInfo(), h, columns(sq, custodyColumns(cust1, h.BlobID(), 0))); err != nil {
		t.Fatalf("epoch-1 header inside the window: %v", err)
	}
	// After it, it is refused, naming epoch 2.
	skew.Store(int64(time.Until(ec1.End.Add(2*time.Hour)) + time.Second))
	h.Core.Expiry -= 1000
	_, err = p2p.Disperse(ctx, disp, nd.AddrInfo(), h, columns(sq, custodyColumns(cust1, h.BlobID(), 0)))
	if rej := wantCode(t, err, wire.CodeWrongEpoch); rej.Epoch != 2 {
		t.Fatalf("rejection names epoch %d", rej.Epoch)
	}
	// An epoch-2 header is accepted.
	cust, _ := nd.state.Load().c.Custody()
	h = tn.header(sq, 2)
	if _, err := p2p.Disperse(ctx, disp, nd.AddrInfo(), h, columns(sq, custodyColumns(cust, h.BlobID(), 0))); err != nil {
		t.Fatal(err)
	}
}
