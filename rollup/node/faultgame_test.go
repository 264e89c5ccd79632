package node_test

import (
	"context"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
	"github.com/quire-da/quire/rollup/txn"
)

// TestFaultProofGame plays the fault proof end to end with every real
// part: real libp2p members certify the sequencer's batches on a
// simulated L1 (Prague rules: 0x0a and ecrecover live) with RollupInbox,
// RollupGame and the real OneStep deployed; a verifier node with a badger
// store derives the chain; a dishonest proposer agent (a lying trace) and
// an honest challenger agent play through prover.GameL1. For each lie the
// challenger bisects to the faulty step, the one-step proof built from the
// members' rows (KZG openings on Ethereum's setup) and the node's state is
// checked on L1, the liar's proposal is rejected and its bond goes to the
// challenger. Then, on the same chain: two honest challengers against one
// wrong output (the liar's bond paid once, the second game ended with its
// bond refunded); a liar that stops moving loses on time; an honest
// proposer beats a bogus challenger at the one-step and a silent one on
// time, no withdrawal is paid from its output while it is challenged, and
// once final it pays the withdrawal once.
func TestFaultProofGame(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	rnd := mrand.New(mrand.NewPCG(14, 14))
	users := make([]user, 7) // the last one only sends a forced transaction
	deposits := map[common.Address]*big.Int{}
	for i := range users {
		k, _ := crypto.GenerateKey()
		users[i] = user{k, crypto.PubkeyToAddress(k.PublicKey)}
		deposits[users[i].addr] = big.NewInt(1e18)
	}
	gp := l1.GameParams{ChallengeWindow: 600 * time.Second, Clock: 300 * time.Second,
		ProposerBond: big.NewInt(1e18), ChallengerBond: big.NewInt(1e17)}
	pl := newPipeline(t, ctx, pipelineOptions{env: dispersertest.Options{Members: 6, Threshold: 4, L1: true},
		deposits: deposits, game: &gp})
	e := pl.e

	// L2 traffic: transfers between the users and one withdrawal.
	chainID := new(big.Int).SetUint64(pl.cfg.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	waitFor(t, ctx, "deposits", func() bool {
		b, err := pl.ec.BalanceAt(ctx, users[len(users)-1].addr, nil)
		return err == nil && b.Sign() > 0
	})
	// Two transfers from one sender back to back: swapping them changes
	// the outcome (the second nonce first is refused), the reordering lie.
	var pair [2]common.Hash
	for j := range pair {
		nonce, err := pl.ec.PendingNonceAt(ctx, users[0].addr)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(users[0].key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
			GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(int64(2 * pl.cfg.BaseFee)), Gas: 21000, To: &users[1].addr,
			Value: big.NewInt(1e15)})
		if err := pl.ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		pair[j] = tx.Hash()
	}
	// Nothing else is sent until both are in: no other transaction comes
	// between them in the records (a swap of two independent transfers
	// would be no lie at all).
	waitFor(t, ctx, "the pair", func() bool {
		_, err := pl.ec.TransactionReceipt(ctx, pair[1])
		return err == nil
	})
	var last common.Hash
	var wd struct {
		sender common.Address
		nonce  uint64
		amount *big.Int
	}
	for i := range 24 {
		from := users[i%(len(users)-1)]
		to := users[rnd.IntN(len(users))].addr
		if i == 20 {
			to = rollup.WithdrawalAddress
		}
		nonce, err := pl.ec.PendingNonceAt(ctx, from.addr)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(from.key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
			GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(int64(2 * pl.cfg.BaseFee)), Gas: 21000, To: &to,
			Value: big.NewInt(int64(1e15 + rnd.IntN(1e15)))})
		if err := pl.ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if i == 20 {
			wd.sender, wd.nonce, wd.amount = from.addr, nonce, tx.Value()
		}
		last = tx.Hash()
	}
	// A forced transaction through the inbox's queue.
	forcer := users[len(users)-1]
	ftx := types.MustSignNewTx(forcer.key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: 0,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(int64(2 * pl.cfg.BaseFee)), Gas: 21000, To: &users[0].addr,
		Value: big.NewInt(3e15)})
	raw, _ := ftx.MarshalBinary()
	fee, err := pl.inbox.ForceTxFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fit, _, err := pl.inbox.ForceTx(ctx, e.Admin, raw, fee)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the forced transaction in a batch", func() bool {
		h, err := pl.inbox.Head(ctx)
		return err == nil && h.QueueNext > fit.Index
	})
	waitFor(t, ctx, "the last transfer in a posted batch", func() bool {
		r, err := pl.ec.TransactionReceipt(ctx, last)
		if err != nil {
			return false
		}
		h, err := pl.inbox.Head(ctx)
		return err == nil && h.L2BlockEnd > r.BlockNumber.Uint64()
	})

	// The sequencer stops here: from now on only this goroutine drives the
	// simulated L1 (its blocks and clock), so the games' moves and time
	// steps never race the batcher's transactions.
	pl.stopSequencer()

	// The verifier node, with its badger store, derives everything posted.
	id, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	host, err := p2p.NewHost(id, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { host.Close() })
	rcfg := retrieve.DefaultConfig(dispersertest.ChainID, e.Address)
	r, err := retrieve.New(rcfg, retrieve.Deps{Transport: retrieve.NewP2P(host, e.KZG, erasure.DefaultMaxRows),
		Committees: retrieve.L1Committees{Contract: e.Contract}, Certifications: e.Contract, KZG: e.KZG})
	if err != nil {
		t.Fatal(err)
	}
	vin, err := l1.New(ctx, e.Sim.Client(), pl.inbox.Address(), pl.iopts...)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := stf.Genesis(pl.p)
	scfg := store.DefaultConfig()
	scfg.Dir = t.TempDir()
	db, err := store.Open(scfg, store.Ident{Role: store.RoleNode, ChainID: pl.p.ChainID, Genesis: g.Hash, Inbox: pl.inbox.Address()}, pl.p, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ch, err := chain.Open(pl.p, db, db.StateStore())
	if err != nil {
		t.Fatal(err)
	}
	n, err := node.Open(ch, vin, r, 0, nil, db)
	if err != nil {
		t.Fatal(err)
	}
	ih, err := pl.inbox.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for n.Checkpoint().NextBatch < ih.NextBatch {
		if err := n.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("node derived batches 1..%d (%d steps)", ih.NextBatch-1, ih.StepsEnd)

	ns := prover.NewNodeSource(pl.p, vin, r, n, db.StateStore())
	np := &prover.NodeProver{Src: ns, Params: pl.p, KZG: e.KZG}
	game, err := pl.inbox.Game(ctx)
	if err != nil {
		t.Fatal(err)
	}
	acct := func() *bind.TransactOpts { return fundedAccount(t, ctx, pl, big.NewInt(5e18)) }
	chalOpts := acct()
	chalL1 := prover.NewGameL1(game, e.Sim.Client(), chalOpts, ns, 0)
	cfg := prover.DefaultAgentConfig()
	cfg.Interval, cfg.Resend = 10, 6
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	honest, err := prover.NewTrace(prover.DefaultTraceConfig(pl.p), ns)
	if err != nil {
		t.Fatal(err)
	}
	chalDB, err := prover.OpenDB(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chalDB.Close() })
	challenger, err := prover.NewChallenger(cfg, chalL1, ns, honest, np, chalDB, nil, log)
	if err != nil {
		t.Fatal(err)
	}

	// The global step of the pair's first transfer, found in the derived
	// batches' records.
	var pairStep uint64
	for b := uint64(1); b < ih.NextBatch && pairStep == 0; b++ {
		bt, err := ns.Batch(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		for k, in := range bt.Inputs(pl.p.MaxRecord) {
			if in.Record == nil || in.Record.Kind != batch.KindBody {
				continue
			}
			if tx, err := txn.Decode(in.Record.Body, txn.Params{ChainID: pl.p.ChainID, BaseFee: pl.p.BaseFee}); err == nil && tx.Hash == pair[0] {
				pairStep = bt.StepsStart + uint64(k)
			}
		}
	}
	if pairStep == 0 {
		t.Fatal("no step for the pair's first transfer")
	}
	for _, kind := range prover.FaultKinds {
		at := uint64(0)
		if kind == prover.FaultReorder {
			at = pairStep
		}
		liarOpts := acct()
		liarL1 := prover.NewGameL1(game, e.Sim.Client(), liarOpts, ns, 0)
		lies, err := prover.NewTrace(prover.TraceConfig{Params: pl.p, CacheBatches: 4,
			Fault: &prover.Fault{Kind: kind, Step: at, Beneficiary: liarOpts.From, Amount: uint256.NewInt(1e18)}}, ns)
		if err != nil {
			t.Fatal(err)
		}
		liarDB, err := prover.OpenDB(t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		liar, err := prover.NewProposer(cfg, liarL1, ns, lies, np, liarDB, nil, log)
		if err != nil {
			t.Fatal(err)
		}
		before, _ := e.Sim.Client().BalanceAt(ctx, chalOpts.From, nil)
		start := time.Now()
		var pid uint64
		for round := 0; ; round++ {
			if round > 400 || ctx.Err() != nil {
				cnt, _ := game.ProposalCount(ctx)
				for id := uint64(1); id < cnt; id++ {
					p, _ := game.Proposal(ctx, id)
					t.Logf("proposal %d: %+v", id, p)
				}
				t.Fatalf("%s: the game did not end (fault at step %d)", kind, at)
			}
			if err := liar.Tick(ctx); err != nil {
				t.Logf("%s: liar: %v", kind, err)
			}
			if err := challenger.Tick(ctx); err != nil {
				t.Fatalf("%s: challenger: %v", kind, err)
			}
			if err := e.Sim.AdjustTime(2 * time.Second); err != nil {
				e.L1Mine()
			}
			cnt, err := game.ProposalCount(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var done bool
			for id := uint64(1); id < cnt; id++ {
				p, err := game.Proposal(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if p.Proposer == liarOpts.From && p.Status == l1.ProposalRejected {
					pid, done = id, true
				}
			}
			if done {
				if c, _ := game.Credit(ctx, chalOpts.From); c.Sign() == 0 {
					break // the challenger claimed its credit
				}
			}
		}
		liarDB.Close()
		after, _ := e.Sim.Client().BalanceAt(ctx, chalOpts.From, nil)
		gain := new(big.Int).Sub(after, before)
		// The liar's bond (1 ETH) and its own bond back, less the gas of
		// the challenge and the moves.
		if gain.Cmp(big.NewInt(9e17)) < 0 {
			t.Fatalf("%s: challenger gained %s wei, want about the liar's bond", kind, gain)
		}
		var resolved *l1.GameEvent
		evs, err := game.Events(ctx, 0, mustHead(t, ctx, pl))
		if err != nil {
			t.Fatal(err)
		}
		for i, ev := range evs {
			if ev.Name == "GameResolved" && ev.ProposalID == pid {
				resolved = &evs[i]
			}
		}
		if resolved == nil || resolved.State != l1.GameChallengerWon || resolved.How != 0 {
			t.Fatalf("%s: proposal %d resolved by %+v, want a challenger win at the one-step", kind, pid, resolved)
		}
		var step *l1.GameEvent
		for i, ev := range evs {
			if ev.Name == "Stepped" && ev.GameID == resolved.GameID {
				step = &evs[i]
			}
		}
		rc, err := e.Sim.Client().TransactionReceipt(ctx, step.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: proposal %d rejected at global step %d by the one-step proof (step transaction: %d gas); challenger +%s wei; %.1f s",
			kind, pid, step.Step, rc.GasUsed, gain, time.Since(start).Seconds())
		if _, err := pl.inbox.Withdraw(ctx, e.Admin, pid, wd.sender, wd.nonce, wd.amount, state.Proof{}); err == nil {
			t.Fatalf("%s: a withdrawal against the rejected proposal %d was paid", kind, pid)
		}
	}

	// newAgentDB is an agent's badger store, closed with the test.
	newAgentDB := func() *prover.DB {
		db, err := prover.OpenDB(t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	// lyingTrace lies arithmetically from step 0 on.
	lyingTrace := func(benef common.Address) *prover.Trace {
		tr, err := prover.NewTrace(prover.TraceConfig{Params: pl.p, CacheBatches: 4,
			Fault: &prover.Fault{Kind: prover.FaultArithmetic, Beneficiary: benef, Amount: uint256.NewInt(1e18)}}, ns)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	// resolutions returns the GameResolved events of proposal pid, and
	// the Credited amounts to who, from L1 block `from` on.
	resolutions := func(pid, from uint64, who ...common.Address) ([]l1.GameEvent, map[common.Address]*big.Int) {
		evs, err := game.Events(ctx, from, mustHead(t, ctx, pl))
		if err != nil {
			t.Fatal(err)
		}
		var res []l1.GameEvent
		credits := map[common.Address]*big.Int{}
		for _, w := range who {
			credits[w] = new(big.Int)
		}
		for _, ev := range evs {
			if ev.Name == "GameResolved" && ev.ProposalID == pid {
				res = append(res, ev)
			}
			if c, ok := credits[ev.Account]; ok && ev.Name == "Credited" {
				c.Add(c, ev.Amount)
			}
		}
		return res, credits
	}
	// liarProposal returns the newest proposal by addr, 0 when none.
	liarProposal := func(addr common.Address) (uint64, l1.Proposal) {
		cnt, err := game.ProposalCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for id := cnt - 1; id > 0; id-- {
			p, err := game.Proposal(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if p.Proposer == addr {
				return id, p
			}
		}
		return 0, l1.Proposal{}
	}

	// Two honest challengers against one wrong output: both open a game;
	// the first win at the one-step rejects the proposal and takes the
	// liar's bond, the other game ends at once (timeout on a rejected
	// proposal) with that challenger's bond refunded. The liar's bond is
	// paid once.
	{
		from := mustHead(t, ctx, pl)
		liarOpts, chal2Opts := acct(), acct()
		liar, err := prover.NewProposer(cfg, prover.NewGameL1(game, e.Sim.Client(), liarOpts, ns, 0), ns,
			lyingTrace(liarOpts.From), np, newAgentDB(), nil, log)
		if err != nil {
			t.Fatal(err)
		}
		honest2, err := prover.NewTrace(prover.DefaultTraceConfig(pl.p), ns)
		if err != nil {
			t.Fatal(err)
		}
		chal2, err := prover.NewChallenger(cfg, prover.NewGameL1(game, e.Sim.Client(), chal2Opts, ns, 0), ns, honest2, np, newAgentDB(), nil, log)
		if err != nil {
			t.Fatal(err)
		}
		var pid uint64
		for round := 0; ; round++ {
			if round > 400 {
				t.Fatal("two challengers: the games did not end")
			}
			for _, a := range []interface{ Tick(context.Context) error }{liar, challenger, chal2} {
				if err := a.Tick(ctx); err != nil {
					t.Logf("two challengers: %v", err)
				}
			}
			if err := e.Sim.AdjustTime(2 * time.Second); err != nil {
				e.L1Mine()
			}
			id, p := liarProposal(liarOpts.From)
			if id != 0 && p.Status == l1.ProposalRejected && p.OpenGames == 0 {
				pid = id
				break
			}
		}
		res, credits := resolutions(pid, from, chalOpts.From, chal2Opts.From)
		bond, cbond := gp.ProposerBond, gp.ChallengerBond
		total := new(big.Int).Add(credits[chalOpts.From], credits[chal2Opts.From])
		want := new(big.Int).Add(bond, new(big.Int).Mul(cbond, big.NewInt(2)))
		if len(res) != 2 || res[0].State != l1.GameChallengerWon || res[0].How != 0 || res[1].State != l1.GameChallengerWon ||
			total.Cmp(want) != 0 {
			t.Fatalf("two challengers on proposal %d: resolutions %+v, credits %v + %v, want %v in all", pid, res,
				credits[chalOpts.From], credits[chal2Opts.From], want)
		}
		t.Logf("two challengers: proposal %d rejected at the one-step (game %d), the second game ended how=%d; liar's bond paid once",
			pid, res[0].GameID, res[1].How)
	}

	// A liar that stops moving after the challenge loses on time.
	{
		from := mustHead(t, ctx, pl)
		liarOpts := acct()
		liar, err := prover.NewProposer(cfg, prover.NewGameL1(game, e.Sim.Client(), liarOpts, ns, 0), ns,
			lyingTrace(liarOpts.From), np, newAgentDB(), nil, log)
		if err != nil {
			t.Fatal(err)
		}
		var pid uint64
		stopped := false
		for round := 0; ; round++ {
			if round > 200 {
				t.Fatal("the silent liar's game did not end")
			}
			id, p := liarProposal(liarOpts.From)
			if !stopped {
				if err := liar.Tick(ctx); err != nil {
					t.Logf("liar: %v", err)
				}
				stopped = id != 0 && p.OpenGames > 0
			}
			if err := challenger.Tick(ctx); err != nil {
				t.Fatalf("challenger: %v", err)
			}
			step := 2 * time.Second
			if stopped {
				step = 30 * time.Second
			}
			if err := e.Sim.AdjustTime(step); err != nil {
				e.L1Mine()
			}
			if id, p = liarProposal(liarOpts.From); id != 0 && p.Status == l1.ProposalRejected {
				pid = id
				break
			}
		}
		res, _ := resolutions(pid, from)
		if len(res) != 1 || res[0].State != l1.GameChallengerWon || res[0].How != 1 {
			t.Fatalf("silent liar: resolutions %+v, want the challenger's win on time", res)
		}
		t.Logf("a proposer that stopped moving lost proposal %d on time", pid)
	}

	// The honest proposer's output finalizes after the window; the
	// withdrawal is then paid once against it.
	propOpts := acct()
	good, err := prover.NewTrace(prover.DefaultTraceConfig(pl.p), ns)
	if err != nil {
		t.Fatal(err)
	}
	propDB, err := prover.OpenDB(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { propDB.Close() })
	proposer, err := prover.NewProposer(cfg, prover.NewGameL1(game, e.Sim.Client(), propOpts, ns, 0), ns, good, np, propDB, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	// Two bogus challengers (lying traces) against the honest output: one
	// plays to the one-step and loses there, the other stops after its
	// challenge and loses on time. While they play, the output is pending
	// and the withdrawal cannot be paid from it.
	finFrom := mustHead(t, ctx, pl)
	bogusOpts, silentOpts := acct(), acct()
	bogus, err := prover.NewChallenger(cfg, prover.NewGameL1(game, e.Sim.Client(), bogusOpts, ns, 0), ns,
		lyingTrace(bogusOpts.From), np, newAgentDB(), nil, log)
	if err != nil {
		t.Fatal(err)
	}
	silent, err := prover.NewChallenger(cfg, prover.NewGameL1(game, e.Sim.Client(), silentOpts, ns, 0), ns,
		lyingTrace(silentOpts.From), np, newAgentDB(), nil, log)
	if err != nil {
		t.Fatal(err)
	}
	silentDone, triedEarly := false, false
	var fin uint64
	for round := 0; fin == 0; round++ {
		if round > 400 {
			t.Fatal("the honest output did not finalize")
		}
		if err := proposer.Tick(ctx); err != nil {
			t.Fatalf("proposer: %v", err)
		}
		if err := challenger.Tick(ctx); err != nil {
			t.Fatalf("challenger: %v", err)
		}
		if err := bogus.Tick(ctx); err != nil {
			t.Logf("bogus challenger: %v", err)
		}
		if !silentDone {
			if err := silent.Tick(ctx); err != nil {
				t.Logf("silent challenger: %v", err)
			}
			if n, _ := game.GameCount(ctx); n > 0 {
				for g := n; g > 0 && !silentDone; g-- {
					gi, err := game.Game(ctx, g-1)
					silentDone = err == nil && gi.Challenger == silentOpts.From
				}
			}
		}
		if !triedEarly {
			if id, p := liarProposal(propOpts.From); id != 0 && p.OpenGames > 0 {
				roots, _, err := ns.After(ctx, p.BatchIndex)
				if err != nil {
					t.Fatal(err)
				}
				proof, err := state.Open(db.StateStore(), roots).ProveWithdrawal(wd.sender, wd.nonce)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := pl.inbox.Withdraw(ctx, e.Admin, id, wd.sender, wd.nonce, wd.amount, proof); err == nil {
					t.Fatalf("a withdrawal was paid from proposal %d while it was challenged", id)
				}
				triedEarly = true
			}
		}
		step := 2 * time.Second
		if silentDone {
			step = 20 * time.Second
		}
		if err := e.Sim.AdjustTime(step); err != nil {
			e.L1Mine()
		}
		cnt, _ := game.ProposalCount(ctx)
		for id := uint64(1); id < cnt; id++ {
			if p, _ := game.Proposal(ctx, id); p.Proposer == propOpts.From && p.Status == l1.ProposalFinalized {
				fin = id
			}
		}
	}
	fp, err := game.Proposal(ctx, fin)
	if err != nil {
		t.Fatal(err)
	}
	res, credits := resolutions(fin, finFrom, propOpts.From)
	var byStep, byTime int
	for _, r := range res {
		if r.State != l1.GameProposerWon {
			t.Fatalf("a bogus challenger won against the honest proposal %d: %+v", fin, r)
		}
		switch r.How {
		case 0:
			byStep++
		case 1:
			byTime++
		}
	}
	if !triedEarly || byStep != 1 || byTime != 1 || credits[propOpts.From].Cmp(new(big.Int).Mul(gp.ChallengerBond, big.NewInt(2))) < 0 {
		t.Fatalf("honest proposal %d: resolutions %+v, proposer credited %v (tried a withdrawal while challenged: %v)",
			fin, res, credits[propOpts.From], triedEarly)
	}
	t.Logf("honest proposal %d beat a bogus challenger at the one-step and a silent one on time", fin)
	roots, _, err := ns.After(ctx, fp.BatchIndex)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := state.Open(db.StateStore(), roots).ProveWithdrawal(wd.sender, wd.nonce)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := e.Sim.Client().BalanceAt(ctx, wd.sender, nil)
	wrc, err := pl.inbox.Withdraw(ctx, e.Admin, fin, wd.sender, wd.nonce, wd.amount, proof)
	if err != nil {
		t.Fatalf("withdraw against finalized proposal %d: %v", fin, err)
	}
	after, _ := e.Sim.Client().BalanceAt(ctx, wd.sender, nil)
	if new(big.Int).Sub(after, before).Cmp(wd.amount) != 0 {
		t.Fatalf("withdrawal paid %s, want %s", new(big.Int).Sub(after, before), wd.amount)
	}
	if _, err := pl.inbox.Withdraw(ctx, e.Admin, fin, wd.sender, wd.nonce, wd.amount, proof); err == nil {
		t.Fatal("the withdrawal was paid twice")
	}
	t.Logf("honest proposal %d finalized; withdrawal of %s wei paid once (%d gas)", fin, wd.amount, wrc.GasUsed)
}

// fundedAccount returns a new L1 account holding v, paid by the admin.
func fundedAccount(t *testing.T, ctx context.Context, pl *pipeline, v *big.Int) *bind.TransactOpts {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	e := pl.e
	c := e.Sim.Client()
	nonce, err := c.PendingNonceAt(ctx, e.Admin.From)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	to := crypto.PubkeyToAddress(k.PublicKey)
	tx, err := e.Admin.Signer(e.Admin.From, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &to, Value: v}))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	e.L1Mine()
	opts := bind.NewKeyedTransactor(k, chainID)
	opts.Context = ctx
	return opts
}

func mustHead(t *testing.T, ctx context.Context, pl *pipeline) uint64 {
	t.Helper()
	n, err := pl.e.Sim.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// testWriter sends log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
