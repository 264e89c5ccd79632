package node_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/rpc"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// pipeline is the rollup on the devnet machinery in one process: real
// libp2p members with their committee on a simulated L1, the RollupInbox
// there, a sequencer posting through the disperser and serving JSON-RPC
// over HTTP (ec is an ethclient on it).
type pipeline struct {
	e        *dispersertest.Env
	cfg      rollup.Config
	p        stf.Params
	inbox    *l1.Inbox
	iopts    []l1.Option
	seqChain *chain.Chain
	seq      *sequencer.Sequencer
	ec       *ethclient.Client
	// stopSequencer stops the sequencer and waits for it (idempotent).
	stopSequencer func()
}

// pipelineOptions shape a pipeline.
type pipelineOptions struct {
	env dispersertest.Options
	// deposits are made on L1 before the sequencer starts.
	deposits map[common.Address]*big.Int
	// seq adjusts the sequencer's configuration.
	seq func(*sequencer.Config)
	// post, when set, runs before each post to the disperser; an error
	// fails that attempt (the batcher retries).
	post func() error
	// noSequencer leaves the inbox to the test (no sequencer, no RPC).
	noSequencer bool
	// game, when set, deploys RollupGame with these parameters and the
	// real one-step verifier (contracts/OneStep.sol).
	game *l1.GameParams
}

func newPipeline(t testing.TB, ctx context.Context, o pipelineOptions) *pipeline {
	t.Helper()
	pl := &pipeline{e: dispersertest.New(t, o.env), cfg: rollup.DevConfig()}
	e := pl.e
	pl.p = stf.ParamsOf(pl.cfg)
	pl.iopts = []l1.Option{l1.WithMiner(e.L1Mine), l1.WithPollInterval(time.Millisecond), l1.WithTimeout(time.Minute)}
	var err error
	pl.inbox, _, err = l1.Deploy(ctx, e.Sim.Client(), e.Admin, l1.Params{
		Committee: e.Contract.Address(), Sequencer: e.Admin.From, FeeRecipient: pl.cfg.FeeRecipient,
		L2ChainID: pl.cfg.ChainID, ForceDelay: time.Duration(pl.cfg.ForceInclusionDelay), MinRetention: time.Hour,
		Game: gameParams(o.game), OneStep: oneStep(o.game != nil, pl.p),
	}, pl.iopts...)
	if err != nil {
		t.Fatal(err)
	}
	for to, v := range o.deposits {
		if _, _, err := pl.inbox.Deposit(ctx, e.Admin, to, v); err != nil {
			t.Fatal(err)
		}
	}
	if o.noSequencer {
		return pl
	}
	pl.seqChain = chain.New(pl.p, state.New(state.NewMemStore()))
	scfg := sequencer.DefaultConfig()
	scfg.BlockInterval = 250 * time.Millisecond
	scfg.BatchAge = time.Second
	if o.seq != nil {
		o.seq(&scfg)
	}
	pl.seq, err = sequencer.New(scfg, sequencer.Deps{Chain: pl.seqChain, Inbox: pl.inbox, From: e.Admin,
		Post: func(ctx context.Context, data []byte) (*dac.Header, error) {
			if o.post != nil {
				if err := o.post(); err != nil {
					return nil, err
				}
			}
			res, err := e.Disperser.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
			if err != nil {
				return nil, err
			}
			return res.DecodeHeader()
		}})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- pl.seq.Run(runCtx) }()
	var once sync.Once
	pl.stopSequencer = func() {
		once.Do(func() {
			stop()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("sequencer: %v", err)
			}
		})
	}
	t.Cleanup(pl.stopSequencer)
	srv, err := rpc.NewServer(pl.seqChain, pl.seq)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	if pl.ec, err = ethclient.DialContext(ctx, "http://"+ln.Addr().String()); err != nil {
		t.Fatal(err)
	}
	return pl
}

// verifier starts a verifier node from scratch that fetches every batch
// from the members with verified retrieval (through wrap's transport when
// wrap is set).
func (pl *pipeline) verifier(t *testing.T, ctx context.Context, wrap func(retrieve.Transport) retrieve.Transport) *node.Node {
	t.Helper()
	e := pl.e
	id, err := p2p.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(id, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	rcfg := retrieve.DefaultConfig(dispersertest.ChainID, e.Address)
	rcfg.FetchTimeout = 20 * time.Second
	var tr retrieve.Transport = retrieve.NewP2P(h, e.KZG, erasure.DefaultMaxRows)
	if wrap != nil {
		tr = wrap(tr)
	}
	r, err := retrieve.New(rcfg, retrieve.Deps{Transport: tr,
		Committees:     retrieve.L1Committees{Contract: e.Contract},
		Certifications: e.Contract, KZG: e.KZG})
	if err != nil {
		t.Fatal(err)
	}
	vin, err := l1.New(ctx, e.Sim.Client(), pl.inbox.Address(), pl.iopts...)
	if err != nil {
		t.Fatal(err)
	}
	return node.New(chain.New(pl.p, state.New(state.NewMemStore())), vin, r, 0, nil)
}

// derive steps v until its latest block is at least head.
func derive(t *testing.T, ctx context.Context, v *node.Node, head uint64) {
	t.Helper()
	for {
		if err := v.Step(ctx); err != nil {
			t.Fatal(err)
		}
		if l, _, _ := v.Chain().Tags(); l >= head {
			return
		}
	}
}

// sameRoots checks that every batch v derived ends on the sequencer's
// block, hash and roots.
func (pl *pipeline) sameRoots(t *testing.T, v *node.Node) {
	t.Helper()
	for _, res := range v.Results() {
		want, ok := pl.seqChain.Block(res.Head.Number)
		if !ok || want.Hash != res.Head.Hash || want.Roots != res.Roots {
			t.Fatalf("batch %d: verifier head %d %s roots %v, sequencer %s %v", res.Index, res.Head.Number, res.Head.Hash, res.Roots, want.Hash, want.Roots)
		}
	}
}

// liarFirst is a transport on which every member but one answers 300 ms
// late, so that member's answer is the one retrieval meets first.
type liarFirst struct {
	retrieve.Transport
	liar peer.ID
}

func (l liarFirst) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	if m.PeerID != l.liar {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	return l.Transport.FetchCells(ctx, m, req)
}

// pastForceDelay moves the simulated L1's clock past the force-inclusion
// delay. The simulated chain refuses to adjust the time while its pending
// block holds transactions (the sequencer keeps sending them), so it seals
// the pending block and tries again.
func (pl *pipeline) pastForceDelay(t *testing.T) {
	t.Helper()
	var err error
	for range 100 {
		pl.e.L1Mine()
		if err = pl.e.Sim.AdjustTime(time.Duration(pl.cfg.ForceInclusionDelay) + time.Second); err == nil {
			pl.e.L1Mine()
			return
		}
	}
	t.Fatalf("adjust the L1 clock: %v", err)
}

// transfer signs a type-2 value transfer on the pipeline's chain.
func (pl *pipeline) transfer(key *ecdsa.PrivateKey, nonce uint64, to common.Address, value int64) *types.Transaction {
	chainID := new(big.Int).SetUint64(pl.cfg.ChainID)
	return types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasFeeCap: new(big.Int).SetUint64(pl.cfg.BaseFee),
		Gas: 21000, To: &to, Value: big.NewInt(value),
	})
}

// forceTx queues tx on L1 with the inbox's forceTx, paying its fee from
// the admin account, and returns its queue index.
func (pl *pipeline) forceTx(t *testing.T, ctx context.Context, tx *types.Transaction) uint64 {
	t.Helper()
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fee, err := pl.inbox.ForceTxFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	item, _, err := pl.inbox.ForceTx(ctx, pl.e.Admin, raw, fee)
	if err != nil {
		t.Fatal(err)
	}
	return item.Index
}

func gameParams(g *l1.GameParams) l1.GameParams {
	if g == nil {
		return l1.GameParams{}
	}
	return *g
}

// oneStep deploys contracts/OneStep.sol for the inbox (base fee and fee
// recipient of p) when on.
func oneStep(on bool, p stf.Params) l1.OneStepDeployer {
	if !on {
		return nil
	}
	return l1.OneStepFor(p.BaseFee, p.FeeRecipient)
}
