package bench

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/rollup/batch"
	rl1 "github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// transferGameAccounts is the number of accounts batch 1 funds.
const transferGameAccounts = 1000

// measureTransferStep plays a game to a transfer's leaf on the simulated
// L1 with the real OneStep and a committee-certified blob: batch 1 (forced)
// funds a key; batch 2 is a certified blob of one row holding one signed
// EIP-1559 transfer; a proposal of batch 2 with a wrong state root is
// challenged (N = 1 step: no bisection) and the challenger sends step
// with prover.BuildStep's proof (KZG openings on Ethereum's setup). It
// returns RollupGame.step's receipt gas.
func measureTransferStep(tb testing.TB) uint64 {
	g := newGasCommittee(tb, 4, l1.Prague)
	mine := func() { g.sim.Commit() }
	opts := []rl1.Option{rl1.WithMiner(mine), rl1.WithPollInterval(time.Millisecond)}
	const delay = 30 * time.Second
	gp := rl1.DefaultGameParams()
	sp := stf.Params{ChainID: 29045, BaseFee: 1e9, FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		MaxRecord: rl1.MaxRecord, BlockGasLimit: 30_000_000, GenesisTime: 1}
	in, _, err := rl1.Deploy(g.ctx, g.sim.Client(), g.from, rl1.Params{
		Committee: g.c.Address(), Sequencer: g.from.From, FeeRecipient: sp.FeeRecipient,
		L2ChainID: sp.ChainID, ForceDelay: delay, MinRetention: time.Hour, Game: gp,
		OneStep: rl1.OneStepFor(sp.BaseFee, sp.FeeRecipient),
	}, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	game, err := in.Game(g.ctx)
	if err != nil {
		tb.Fatal(err)
	}
	key := ecdsaKey(tb, 77)
	from := crypto.PubkeyToAddress(key.PublicKey)
	// Batch 1: deposits to the key and to transferGameAccounts-1 others
	// (SMT proofs of about log2 of that many siblings).
	var items []rl1.QueueItem
	for i := range transferGameAccounts {
		to := from
		if i > 0 {
			to = common.BigToAddress(big.NewInt(int64(0x20000 + i)))
		}
		it, _, err := in.Deposit(g.ctx, g.from, to, big.NewInt(1e18))
		if err != nil {
			tb.Fatal(err)
		}
		items = append(items, it)
	}
	advance(tb, g, delay)
	b1, _, err := in.ForceInclusion(g.ctx, g.from, transferGameAccounts)
	if err != nil {
		tb.Fatal(err)
	}
	st := state.New(state.NewMemStore())
	_, head := stf.Genesis(sp)
	r1, err := stf.ApplyBatch(sp, st, head, &stf.Batch{Index: b1.Index, L1Time: b1.L1Timestamp, Queue: stfQueue(items)}, stf.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	pre := st.Roots()
	// Batch 2: a certified blob with one transfer.
	raw := signedTx(key, new(big.Int).SetUint64(sp.ChainID), 0, common.HexToAddress("0x00000000000000000000000000000000000b0b00"), big.NewInt(1e15), false)
	w := batch.NewWriter(1, sp.MaxRecord)
	if err := w.Add(raw); err != nil {
		tb.Fatal(err)
	}
	blob := w.Bytes()
	kctx, err := kzg.Default()
	if err != nil {
		tb.Fatal(err)
	}
	sq, err := kctx.Encode(blob)
	if err != nil {
		tb.Fatal(err)
	}
	core := g.header()
	core.Size, core.K, core.CommitmentsRoot = uint64(len(blob)), uint32(sq.K), sq.Root
	hdr := &dac.Header{Core: *core, Commitments: sq.Commitments}
	certArgs, err := g.ec.CertificateArgs(g.certificate(tb, core, 0))
	if err != nil {
		tb.Fatal(err)
	}
	b2, _, err := in.CertifyAndAppend(g.ctx, g.from, core, certArgs, rl1.BatchArgs{Index: 2, PrevHash: b1.Hash(), RecordCount: 1,
		QueueEnd: transferGameAccounts, L2BlockStart: b1.L2BlockEnd, L2BlockEnd: b1.L2BlockEnd + 1})
	if err != nil {
		tb.Fatal(err)
	}
	if b2.DataRef != common.Hash(hdr.BlobID()) {
		tb.Fatalf("batch 2's data ref %x, blob ID %x", b2.DataRef, hdr.BlobID())
	}
	p1, _, err := game.Propose(g.ctx, g.from, 0, &b1, rl1.Output{StateRoot: pre.State, WithdrawalsRoot: pre.Withdrawals, L2BlockHash: r1.Head.Hash}, gp.ProposerBond)
	if err != nil {
		tb.Fatal(err)
	}
	bad := rl1.Output{StateRoot: crypto.Keccak256Hash([]byte("wrong")), WithdrawalsRoot: pre.Withdrawals, L2BlockHash: r1.Head.Hash}
	p2, _, err := game.Propose(g.ctx, g.from, p1, &b2, bad, gp.ProposerBond)
	if err != nil {
		tb.Fatal(err)
	}
	gid, _, err := game.Challenge(g.ctx, g.from, p2, gp.ChallengerBond)
	if err != nil {
		tb.Fatal(err)
	}
	src := &prover.StepSource{Params: sp, Batch: b2, Header: hdr, Blob: blob}
	proof, err := prover.BuildStep(kctx, src, st, 0, b2.StepsStart)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := game.Step(g.ctx, g.from, gid, rl1.PreState{StateRoot: pre.State, WithdrawalsRoot: pre.Withdrawals}, proof)
	if err != nil {
		tb.Fatal(err)
	}
	gi, err := game.Game(g.ctx, gid)
	if err != nil {
		tb.Fatal(err)
	}
	if gi.State != rl1.GameChallengerWon {
		tb.Fatalf("after step the game is in state %d, want the challenger's win", gi.State)
	}
	return r.GasUsed
}
