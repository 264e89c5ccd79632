package main

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/internal/proctest"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/prover"
)

func TestAgentFileValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		side prover.Side
		edit func(*agentFile)
		want string
	}{
		{"defaults", prover.SideChallenger, func(*agentFile) {}, ""},
		{"tick", prover.SideProposer, func(f *agentFile) { f.Tick = 0 }, "tick must be positive"},
		{"fault without allow", prover.SideProposer, func(f *agentFile) { f.Fault = &agentFault{Kind: "arithmetic"} }, "allow_fault"},
		{"fault allowed", prover.SideProposer, func(f *agentFile) { f.Fault, f.AllowFault = &agentFault{Kind: "arithmetic"}, true }, ""},
		{"fault kind", prover.SideProposer, func(f *agentFile) { f.Fault, f.AllowFault = &agentFault{Kind: "lies"}, true }, "fault.kind"},
		{"challenger fault", prover.SideChallenger, func(f *agentFile) { f.Fault, f.AllowFault = &agentFault{Kind: "arithmetic"}, true }, "proposer only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := defaultAgentFile()
			tc.edit(&f)
			err := f.validate(tc.side)
			if (err == nil) != (tc.want == "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("validate: %v, want %q", err, tc.want)
			}
		})
	}
}

// TestRollupAgentProcesses plays RollupGame with the real one-step
// verifier on geth --dev, every rollup party in its own process: `quire
// rollup sequencer` posting batches through an in-process devnet's
// committee, a deliberately dishonest `quire rollup proposer` (an
// arithmetic lie in one transfer) and an honest `quire rollup
// challenger`. Once the challenger has made its first choice in the game
// it is killed with SIGKILL and restarted from the same data directory;
// it must resume the game and win it at the one-step (GameResolved by
// step, not by timeout), the dishonest proposal rejected and the
// proposer's bond credited to the challenger.
func TestRollupAgentProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds quire and runs geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	gd := startGethDevnet(t, ctx)
	defer gd.d.Close()
	gethURL, ep, ec := gd.url, gd.ep, gd.ec
	// The sequencer, the dishonest proposer and the challenger, each with
	// its own L1 account funded from geth's developer account.
	keys := gd.fund(t, ctx, 100, "sequencer", "proposer", "challenger")
	cfg := rollup.DevConfig()
	cfg.ChallengeWindow = rollup.Duration(2 * time.Minute)
	cfg.ClockPerSide = rollup.Duration(2 * time.Minute)
	cfg.MinRetention = cfg.ChallengeWindow + 2*cfg.ClockPerSide
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	seqAddr := crypto.PubkeyToAddress(keys["sequencer"].PublicKey)
	from := dacl1.NewTransactor(keys["sequencer"], cfg.L1ChainID)
	inbox, _, err := l1.Deploy(ctx, ec, from, l1.Params{Committee: common.HexToAddress(ep.Contract), Sequencer: seqAddr,
		FeeRecipient: cfg.FeeRecipient, L2ChainID: cfg.ChainID, ForceDelay: time.Duration(cfg.ForceInclusionDelay),
		MinRetention: time.Duration(cfg.MinRetention), Game: l1.GameParamsOf(&cfg), OneStep: l1.OneStepFor(cfg.BaseFee, cfg.FeeRecipient)},
		l1.WithPollInterval(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	game, err := inbox.Game(ctx)
	if err != nil {
		t.Fatal(err)
	}
	users := make([]*ecdsa.PrivateKey, 2)
	deposit := big.NewInt(1e18)
	for i := range users {
		users[i], _ = crypto.GenerateKey()
		if _, _, err := inbox.Deposit(ctx, from, crypto.PubkeyToAddress(users[i].PublicKey), deposit); err != nil {
			t.Fatal(err)
		}
	}

	dir := t.TempDir()
	bin := quireBinary(t)
	writeKey := func(who string) string {
		p := filepath.Join(dir, who+".key")
		if err := os.WriteFile(p, []byte(hexutil.Encode(crypto.FromECDSA(keys[who]))), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	logs := map[string]string{}
	defer func() {
		if t.Failed() {
			for who, p := range logs {
				b, _ := os.ReadFile(p)
				t.Logf("%s log:\n%s", who, b)
			}
		}
	}()
	seqFile := defaultSequencerFile()
	seqFile.Rollup, seqFile.L1RPC, seqFile.Inbox, seqFile.HTTPAddr = cfg, gethURL, inbox.Address(), "127.0.0.1:0"
	seqFile.DataDir, seqFile.DisperserURL, seqFile.KeyFile = filepath.Join(dir, "seq-data"), ep.Disperser, writeKey("sequencer")
	seqFile.BlockInterval, seqFile.BatchAge = rollup.Duration(200*time.Millisecond), rollup.Duration(time.Second)
	seqConf := filepath.Join(dir, "sequencer.json")
	writeConfigJSON(t, seqConf, seqFile)
	logs["sequencer"] = filepath.Join(dir, "sequencer.log")
	seq := proctest.Start(t, bin, logs["sequencer"], "JSON-RPC on ", "rollup", "sequencer", "--config", seqConf)
	defer seq.Stop(t)
	l2, err := ethclient.DialContext(ctx, seq.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	waitUntil(t, ctx, "deposits on L2", func() bool {
		b, err := l2.BalanceAt(ctx, crypto.PubkeyToAddress(users[1].PublicKey), nil)
		return err == nil && b.Cmp(deposit) == 0
	})
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.ChainID))
	var last common.Hash
	for i := range 12 {
		k := i % 2
		to := crypto.PubkeyToAddress(users[1-k].PublicKey)
		tx := types.MustSignNewTx(users[k], signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(cfg.ChainID),
			Nonce: uint64(i / 2), GasFeeCap: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(int64(1000 + i))})
		if err := l2.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send: %v", err)
		}
		last = tx.Hash()
	}
	waitUntil(t, ctx, "the transfers posted", func() bool {
		r, err := l2.TransactionReceipt(ctx, last)
		if err != nil {
			return false
		}
		h, err := inbox.Head(ctx)
		return err == nil && h.StepsEnd > 0 && r.BlockNumber.Uint64() > 0 && h.NextBatch >= 3
	})

	agentConf := func(who string) string {
		f := defaultAgentFile()
		f.Rollup, f.L1RPC, f.Inbox, f.HTTPAddr = cfg, gethURL, inbox.Address(), "127.0.0.1:0"
		f.Committee, f.DataDir, f.KeyFile = common.HexToAddress(ep.Contract), filepath.Join(dir, who+"-data"), writeKey(who)
		f.Tick, f.Retry, f.Resend = rollup.Duration(500*time.Millisecond), rollup.Duration(time.Second), 6
		if who == "proposer" {
			f.Fault, f.AllowFault = &agentFault{Kind: "arithmetic"}, true
		}
		p := filepath.Join(dir, who+".json")
		writeConfigJSON(t, p, f)
		logs[who] = filepath.Join(dir, who+".log")
		return p
	}
	propConf, chalConf := agentConf("proposer"), agentConf("challenger")
	prop := proctest.Start(t, bin, logs["proposer"], "JSON-RPC on ", "rollup", "proposer", "--config", propConf)
	defer prop.Stop(t)
	chal := proctest.Start(t, bin, logs["challenger"], "JSON-RPC on ", "rollup", "challenger", "--config", chalConf)

	// The challenger's first choice: the game is under way.
	var gameID uint64
	var steps uint64
	waitUntil(t, ctx, "the challenger's first choice", func() bool {
		n, err := game.GameCount(ctx)
		if err != nil || n == 0 {
			return false
		}
		gi, err := game.Game(ctx, 0)
		if err != nil {
			return false
		}
		if steps == 0 {
			steps = gi.Hi
		}
		gameID = 0
		return gi.Hi-gi.Lo < steps && gi.State < l1.GameProposerWon
	})
	chal.Kill(t)
	gi, err := game.Game(ctx, gameID)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challenger killed mid-game: range [%d, %d] of %d steps, state %d", gi.Lo, gi.Hi, steps, gi.State)
	chal = proctest.Start(t, bin, logs["challenger"], "JSON-RPC on ", "rollup", "challenger", "--config", chalConf)
	defer chal.Stop(t)

	waitUntil(t, ctx, "the game resolved", func() bool {
		gi, err := game.Game(ctx, gameID)
		return err == nil && gi.State >= l1.GameProposerWon
	})
	gi, err = game.Game(ctx, gameID)
	if err != nil {
		t.Fatal(err)
	}
	if gi.State != l1.GameChallengerWon {
		t.Fatalf("game %d ended in state %d, want the challenger's win", gameID, gi.State)
	}
	pr, err := game.Proposal(ctx, gi.ProposalID)
	if err != nil {
		t.Fatal(err)
	}
	if pr.Status != l1.ProposalRejected || pr.Proposer != crypto.PubkeyToAddress(keys["proposer"].PublicKey) {
		t.Fatalf("the dishonest proposal: %+v", pr)
	}
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := game.Events(ctx, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	chalAddr := crypto.PubkeyToAddress(keys["challenger"].PublicKey)
	var byStep bool
	credited := new(big.Int)
	for _, ev := range evs {
		switch {
		case ev.Name == "GameResolved" && ev.GameID == gameID:
			byStep = ev.How == 0
		case ev.Name == "Credited" && ev.Account == chalAddr:
			credited.Add(credited, ev.Amount)
		}
	}
	if !byStep {
		t.Fatal("the game was not resolved at the one-step")
	}
	if credited.Cmp(&cfg.ProposerBond.Int) < 0 {
		t.Fatalf("the challenger was credited %v, less than the proposer's bond %v", credited, &cfg.ProposerBond.Int)
	}
	b, _ := os.ReadFile(logs["challenger"])
	if !strings.Contains(string(b), "fault-proof move mined") {
		t.Fatalf("the challenger logged no move:\n%s", b)
	}
	t.Logf("the restarted challenger won game %d over %d steps at the one-step; credited %v wei", gameID, steps, credited)
}
