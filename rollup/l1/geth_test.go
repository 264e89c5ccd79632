package l1

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/internal/gethtest"
)

// The inbox on a real geth --dev over JSON-RPC: an uncertified blob is
// refused by name, certifyAndAppend and appendBatch with a real
// certificate, a deposit and a forced transaction, forceInclusion refused
// before D and accepted after, and the follower returns what was posted.
func TestGethDev(t *testing.T) {
	bin := gethtest.Find(t)
	rc, err := rpc.Dial(gethtest.StartDev(t, bin, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	client := ethclient.NewClient(rc)
	ctx := context.Background()
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	chainID := id.Uint64()
	e := &env{t: t, ctx: ctx, admin: newAccount(t, chainID), seq: newAccount(t, chainID)}
	for i := 0; i < 4; i++ {
		e.members = append(e.members, newAccount(t, chainID))
	}
	for i := 0; i < 2; i++ {
		e.users = append(e.users, newAccount(t, chainID))
	}
	all := []*account{e.admin, e.seq}
	all = append(append(all, e.members...), e.users...)
	var addrs []common.Address
	for _, a := range all {
		addrs = append(addrs, a.addr)
	}
	// fund sends 100 ether to each address from geth's developer account.
	fund := func(to ...common.Address) {
		fctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		gethtest.Fund(t, fctx, rc, ether(100), to...)
	}
	fund(addrs...)
	const delay = 3 * time.Second
	e.setup(client, chainID, []dacl1.Option{dacl1.WithPollInterval(50 * time.Millisecond), dacl1.WithTimeout(time.Minute)},
		[]Option{WithPollInterval(50 * time.Millisecond), WithTimeout(time.Minute)})
	// setup deployed with the simulated chain's D; redeploy with a short one.
	e.params.ForceDelay = delay
	// The redeployed inbox gets a game with short W and T and the
	// test-only toy verifier, played to the leaf at the end.
	e.params.Game = DefaultGameParams()
	e.params.Game.ChallengeWindow, e.params.Game.Clock = 10*time.Second, 30*time.Second
	e.params.OneStep = toyOneStep(t)
	if e.in, e.deploy, err = Deploy(ctx, client, e.admin.tx, e.params, WithPollInterval(50*time.Millisecond), WithTimeout(time.Minute)); err != nil {
		t.Fatal(err)
	}

	dep, _, err := e.in.Deposit(ctx, e.users[0].tx, common.Address{0x42}, ether(1))
	if err != nil {
		t.Fatal(err)
	}
	h := e.newBlob()
	wantRevert(t, e.appendErr(h, e.next(2, 0, 1)), "NotCertified")
	b1, r, err := e.in.CertifyAndAppend(ctx, e.seq.tx, h, e.cert(h, 0, 2, 3), e.next(2, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("geth --dev: certifyAndAppend %d gas", r.GasUsed)
	h2 := e.newBlob()
	e.certify(h2)
	b2, r, err := e.in.AppendBatch(ctx, e.seq.tx, h2, e.next(3, 1, 2))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("geth --dev: appendBatch %d gas", r.GasUsed)
	ftx, _, err := e.in.ForceTx(ctx, e.users[1].tx, []byte{0x02, 0xc0}, testFee)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = e.in.ForceInclusion(ctx, e.users[1].tx, 2)
	wantRevert(t, err, "NotDue")
	// geth --dev (period 0) seals a block per transaction, each at least a
	// second after its parent (so its clock runs ahead of the wall clock
	// after a burst), and estimates gas on the latest block: seal blocks
	// until the item is due.
	for e.now() < ftx.Timestamp+uint64(delay/time.Second) {
		time.Sleep(500 * time.Millisecond)
		fund(e.users[0].addr)
	}
	b3, _, err := e.in.ForceInclusion(ctx, e.users[1].tx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if b3.Kind != KindForced || b3.QueueStart != 1 || b3.QueueEnd != 2 || b3.StepsStart != b2.StepsEnd {
		t.Fatalf("forced batch %+v", b3)
	}

	f := e.in.Follower(Cursor{Block: e.deploy.BlockNumber.Uint64()}, 0)
	u, err := f.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(u.Batches) != 4 || u.Batches[1] != b1 || u.Batches[2] != b2 || u.Batches[3] != b3 || u.Batches[0].Kind != KindGenesis {
		t.Fatalf("follower batches %+v", u.Batches)
	}
	if len(u.Items) != 2 || u.Items[0].Hash() != dep.Hash() || u.Items[1].Hash() != ftx.Hash() || string(u.Items[1].Data) != string(ftx.Data) {
		t.Fatalf("follower items %+v", u.Items)
	}
	for _, b := range u.Batches {
		if got, err := e.in.BatchHash(ctx, b.Index); err != nil || got != b.Hash() {
			t.Fatalf("batch %d: stored %s, Go %s (%v)", b.Index, got, b.Hash(), err)
		}
	}
	if bal, err := client.BalanceAt(ctx, e.in.Address(), nil); err != nil || bal.Cmp(new(big.Int).Add(ether(1), testFee)) != 0 {
		t.Fatalf("inbox holds %s (%v)", bal, err)
	}

	// A fraudulent proposal of b1 (wrong from step 2 of 3) loses its game
	// at the leaf; the honest sibling finalizes after W.
	game, err := e.in.Game(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gp := e.params.Game
	honest, bad := honestTrace(PreState{}, 0, b1.StepsEnd, 0), honestTrace(PreState{}, 0, b1.StepsEnd, 2)
	prop, chal := e.users[0], e.users[1]
	pBad, _, err := game.Propose(ctx, prop.tx, 0, &b1, Output{StateRoot: bad.final().StateRoot}, gp.ProposerBond)
	if err != nil {
		t.Fatal(err)
	}
	pGood, _, err := game.Propose(ctx, chal.tx, 0, &b1, Output{StateRoot: honest.final().StateRoot}, gp.ProposerBond)
	if err != nil {
		t.Fatal(err)
	}
	gid, _, err := game.Challenge(ctx, chal.tx, pBad, gp.ChallengerBond)
	if err != nil {
		t.Fatal(err)
	}
	for {
		gi, err := game.Game(ctx, gid)
		if err != nil {
			t.Fatal(err)
		}
		if gi.Over() {
			if gi.State != GameChallengerWon {
				t.Fatalf("game %+v", gi)
			}
			break
		}
		if gi.Hi-gi.Lo == 1 {
			if _, err := game.Step(ctx, chal.tx, gid, honest.pre[gi.Lo], toyProof(gi.Lo)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		m := gi.Mid()
		if _, err := game.Bisect(ctx, prop.tx, gid, bad.claim(m)); err != nil {
			t.Fatal(err)
		}
		if _, err := game.Choose(ctx, chal.tx, gid, bad.claim(m) == honest.claim(m)); err != nil {
			t.Fatal(err)
		}
	}
	pg, err := game.Proposal(ctx, pGood)
	if err != nil {
		t.Fatal(err)
	}
	for e.now() < pg.ProposedAt+uint64(gp.ChallengeWindow/time.Second) {
		time.Sleep(500 * time.Millisecond)
		fund(e.users[0].addr)
	}
	if _, err := game.Finalize(ctx, e.admin.tx, pGood); err != nil {
		t.Fatal(err)
	}
	c, err := game.Credit(ctx, chal.addr)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(new(big.Int).Mul(gp.ProposerBond, big.NewInt(2)), gp.ChallengerBond); c.Cmp(want) != 0 {
		t.Fatalf("challenger and honest proposer credit %v, want %v", c, want)
	}
}
