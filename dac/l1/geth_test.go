package l1

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/internal/gethtest"
)

// fund sends 100 ether to each address from geth's unlocked dev account.
func fund(t *testing.T, rc *rpc.Client, to []common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	gethtest.Fund(t, ctx, rc, ether(100), to...)
}

// The deploy / register / change / certify / verify / events flow against a
// real geth --dev over JSON-RPC.
func TestGethDev(t *testing.T) {
	bin := gethtest.Find(t)
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("geth version: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), strings.TrimPrefix(gethtest.Version, "v")) {
		t.Logf("note: geth reports %q, the test pins %s", strings.TrimSpace(string(out)), gethtest.Version)
	}
	rc, err := rpc.Dial(gethtest.StartDev(t, bin, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	client := ethclient.NewClient(rc)
	ctx := context.Background()

	// Prague is active: the EIP-2537 G1ADD precompile adds two points at
	// infinity to the point at infinity (a pre-Prague chain has no code
	// there and returns nothing).
	g1add := common.BytesToAddress([]byte{0x0b})
	res, err := client.CallContract(ctx, ethereum.CallMsg{To: &g1add, Data: make([]byte, 256)}, nil)
	if err != nil || len(res) != 128 {
		t.Fatalf("EIP-2537 G1ADD on geth --dev: %d bytes, %v (Prague not active?)", len(res), err)
	}

	e, addrs := gethEnv(t, rc, client, 4)
	c, admin, ms := e.c, e.admin, e.members
	mk := func() *member { return newMember(t, c.ChainID()) }
	// A rogue key (another key's proof) is refused over JSON-RPC too.
	rogue := mk()
	fund(t, rc, []common.Address{rogue.addr})
	e.approve(rogue.addr)
	_, err = c.Register(ctx, rogue.tx, Registration{PublicKey: rogue.pk, ProofOfPossession: ms[0].sk.ProvePossession()})
	wantRevert(t, err, "InvalidProofOfPossession")

	q, err := c.QueueChange(ctx, admin.tx, Change{Add: addrs[1:], Threshold: 3, Replication: 2})
	if err != nil {
		t.Fatal(err)
	}
	epoch, err := c.ExecuteChange(ctx, admin.tx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := c.Committee(ctx, epoch)
	if err != nil {
		t.Fatal(err)
	}
	if len(ec.Members) != 4 || ec.Threshold != 3 {
		t.Fatalf("committee %+v", ec)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := &dac.HeaderCore{Version: dac.FormatVersion, ChainID: c.ChainID(), Size: 1000, K: 1, Expiry: head.Time + 3600, Epoch: epoch}
	copy(h.CommitmentsRoot[:], crypto.Keccak256([]byte("rows")))
	cert := e.sign(ec, h.Hash(), []int{0, 1, 3})
	if err := c.VerifyCertificate(ctx, cert, ec); err != nil {
		t.Fatalf("verify: %v", err)
	}
	wantRevert(t, c.VerifyCertificate(ctx, e.sign(ec, h.Hash(), []int{0, 1}), ec), "InsufficientSigners")
	id, rcpt, err := c.Certify(ctx, admin.tx, h, cert, ec)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("geth --dev: certify with 1 of 4 not signing used %d execution gas", rcpt.GasUsed-21000)
	got, ok, err := c.Certification(ctx, id)
	if err != nil || !ok || got.HeaderHash != h.Hash() {
		t.Fatalf("certification %+v %v %v", got, ok, err)
	}

	evs, err := c.Events(ctx, 0, rcpt.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	var sawCertified bool
	for _, ev := range evs {
		if v, ok := ev.Value.(*contracts.CommitteeCertified); ok && v.BlobId == id {
			sawCertified = true
		}
	}
	if !sawCertified {
		t.Fatalf("no Certified event among %d events", len(evs))
	}
}

// gethEnv funds an admin and n members on geth --dev, deploys a committee
// (no change delay) from the admin and registers the members. addrs is the
// admin's address and then the members'.
func gethEnv(t *testing.T, rc *rpc.Client, client *ethclient.Client, n int) (e *env, addrs []common.Address) {
	t.Helper()
	ctx := context.Background()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin := newMember(t, chainID.Uint64())
	ms := make([]*member, n)
	addrs = []common.Address{admin.addr}
	for i := range ms {
		ms[i] = newMember(t, chainID.Uint64())
		addrs = append(addrs, ms[i].addr)
	}
	fund(t, rc, addrs)
	c, err := Deploy(ctx, client, admin.tx, DeployParams{RotationWindow: time.Hour}, gethOptions...)
	if err != nil {
		t.Fatal(err)
	}
	e = &env{t: t, c: c, admin: admin, members: ms, ctx: ctx}
	for _, m := range ms {
		e.approve(m.addr)
	}
	for _, m := range ms {
		e.register(m)
	}
	return e, addrs
}

// gethOptions are the call options of the geth --dev tests.
var gethOptions = []Option{WithPollInterval(50 * time.Millisecond), WithTimeout(time.Minute)}
