package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/internal/app/dashboard"
	"github.com/quire-da/quire/rollup"
	l2chain "github.com/quire-da/quire/rollup/chain"
	rl1 "github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/rpc"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

// PrefundedAccounts is how many L2 accounts the devnet funds with a
// deposit at start, like anvil's and hardhat's test accounts.
const PrefundedAccounts = 5

// prefundWei is each prefunded account's deposit: 1 ETH (on an external
// L1 the sequencer account gets fundAmount, 10 ETH, for all of them).
var prefundWei = big.NewInt(1e18)

// rollupNet is the bundled rollup on the devnet: the inbox on L1, the
// sequencer posting through the devnet's disperser, and a verifier node
// that derives the chain from L1 and the members alone.
type rollupNet struct {
	cfg      rollup.Config
	inbox    *rl1.Inbox
	seq      *sequencer.Sequencer
	seqChain *l2chain.Chain
	verifier *node.Node
	seqURL   string
	nodeURL  string
	accounts []*ecdsa.PrivateKey
	game     *gameNet
}

// DevAccountKey is the i-th prefunded L2 account's key: keccak256 of
// "quire devnet account" and i. Public on purpose: never use it on a
// real network.
func DevAccountKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("quire devnet account"), binary.BigEndian.AppendUint32(nil, uint32(i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // a keccak output is a valid key but with negligible probability
	}
	return k
}

// CensoredAccountKey is the key of the one L2 account the devnet's
// sequencer censors: it refuses the account's transactions and leaves its
// forced transactions out of its blocks, so that forced inclusion through
// the inbox can be tried (the demo does). Public on purpose, like
// DevAccountKey.
func CensoredAccountKey() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("quire devnet censored account")))
	if err != nil {
		panic(err)
	}
	return k
}

// devForceDelay is the devnet inbox's force-inclusion delay: short, so
// that a forced transaction is due within seconds (the embedded L1's
// clock also runs ahead of the wall clock, one second per sealed block).
const devForceDelay = 10 * time.Second

// devClock is the devnet game's chess clock per side.
const devClock = 5 * time.Minute

// startRollup deploys the RollupInbox bound to the committee, funds the
// prefunded accounts with deposits, and starts the sequencer (its
// JSON-RPC on cfg.RollupPort) and a verifier node (on cfg.VerifierPort).
func (d *Devnet) startRollup(ctx context.Context) error {
	r := &rollupNet{cfg: rollup.DevConfig()}
	r.cfg.L1ChainID = d.chain.chainID
	r.cfg.ForceInclusionDelay = rollup.Duration(devForceDelay)
	// Each side's chess clock: 5 minutes of L1 time. The embedded L1's
	// clock runs ahead of the wall clock (a second per block, and a block
	// per transaction), several times faster with a short block period,
	// so the DevConfig's 30 s could run out between two agent ticks.
	r.cfg.ClockPerSide = rollup.Duration(devClock)
	r.cfg.MinRetention = r.cfg.ChallengeWindow + 2*r.cfg.ClockPerSide
	if err := r.cfg.Validate(); err != nil {
		return fmt.Errorf("devnet: rollup parameters: %w", err)
	}
	p := stf.ParamsOf(r.cfg)
	var err error
	r.inbox, _, err = rl1.Deploy(ctx, d.chain.backend, d.seqAcct.tx, rl1.Params{
		Committee: d.contract.Address(), Sequencer: d.seqAcct.addr, FeeRecipient: r.cfg.FeeRecipient,
		L2ChainID: r.cfg.ChainID, ForceDelay: time.Duration(r.cfg.ForceInclusionDelay), MinRetention: time.Duration(r.cfg.MinRetention),
		Game: rl1.GameParamsOf(&r.cfg), OneStep: rl1.OneStepFor(r.cfg.BaseFee, r.cfg.FeeRecipient),
	}, d.chain.options()...)
	if err != nil {
		return fmt.Errorf("devnet: rollup inbox: %w", err)
	}
	for i := range PrefundedAccounts {
		k := DevAccountKey(i)
		r.accounts = append(r.accounts, k)
		if _, _, err := r.inbox.Deposit(ctx, d.seqAcct.tx, crypto.PubkeyToAddress(k.PublicKey), prefundWei); err != nil {
			return fmt.Errorf("devnet: prefund deposit: %w", err)
		}
	}

	r.seqChain = l2chain.New(p, state.New(state.NewMemStore()))
	scfg := sequencer.DefaultConfig()
	scfg.BlockInterval = time.Second
	scfg.BatchAge = 2 * time.Second
	censored := crypto.PubkeyToAddress(CensoredAccountKey().PublicKey)
	scfg.Censor = &censored
	r.seq, err = sequencer.New(scfg, sequencer.Deps{Chain: r.seqChain, Inbox: r.inbox, From: d.seqAcct.tx,
		Log: d.log.With("service", "sequencer"),
		Post: func(ctx context.Context, data []byte) (*dac.Header, error) {
			res, err := d.disp.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
			if err != nil {
				return nil, err
			}
			return res.DecodeHeader()
		}})
	if err != nil {
		return err
	}
	d.goRun(func(ctx context.Context) {
		if err := r.seq.Run(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("sequencer stopped", "err", err)
		}
	})
	seqSrv, err := rpc.NewServer(r.seqChain, r.seq)
	if err != nil {
		return err
	}
	if r.seqURL, err = d.serveHTTP(d.cfg.RollupPort, seqSrv); err != nil {
		return fmt.Errorf("devnet: rollup JSON-RPC: %w", err)
	}

	// The verifier: its own libp2p host, verified retrieval from the
	// members of each blob's certified epoch, the inbox and bridge on L1.
	id, err := p2p.GenerateIdentity()
	if err != nil {
		return err
	}
	h, err := p2p.NewHost(id, []string{fmt.Sprintf("/ip4/%s/tcp/0", d.cfg.Host)}, p2p.DefaultLimits())
	if err != nil {
		return err
	}
	d.stops = append(d.stops, func() { h.Close() })
	rcfg := retrieve.DefaultConfig(d.chain.chainID, d.contract.Address())
	fetch, err := retrieve.New(rcfg, retrieve.Deps{Transport: retrieve.NewP2P(h, d.kzg, erasure.DefaultMaxRows),
		Committees: retrieve.L1Committees{Contract: d.contract}, Certifications: d.contract, KZG: d.kzg,
		Logger: d.log.With("service", "verifier")})
	if err != nil {
		return err
	}
	vin, err := rl1.New(ctx, d.chain.backend, r.inbox.Address(), d.chain.options()...)
	if err != nil {
		return err
	}
	// The verifier keeps its chain and per-batch results in an in-memory
	// badger store: the fault-proof agents read the roots after each
	// batch and the past states they prove steps from there.
	g, _ := stf.Genesis(p)
	dcfg := store.Config{InMemory: true, MemTableSize: 8 << 20, BlockCacheSize: 8 << 20, IndexCacheSize: 4 << 20}
	db, err := store.Open(dcfg, store.Ident{Role: store.RoleNode, ChainID: p.ChainID, Genesis: g.Hash, Inbox: r.inbox.Address()}, p, nil)
	if err != nil {
		return fmt.Errorf("devnet: verifier store: %w", err)
	}
	d.stops = append(d.stops, func() { db.Close() })
	vc, err := l2chain.Open(p, db, db.StateStore())
	if err != nil {
		return err
	}
	if r.verifier, err = node.Open(vc, vin, fetch, 0, d.log.With("service", "verifier"), db); err != nil {
		return err
	}
	d.goRun(func(ctx context.Context) {
		for ctx.Err() == nil {
			if err := r.verifier.Run(ctx); err != nil && ctx.Err() == nil {
				d.log.Warn("verifier: derivation stopped; retrying", "err", err)
				select {
				case <-ctx.Done():
				case <-time.After(time.Second):
				}
			}
		}
	})
	nodeSrv, err := rpc.NewServer(r.verifier.Chain(), r.seq)
	if err != nil {
		return err
	}
	if r.nodeURL, err = d.serveHTTP(d.cfg.VerifierPort, nodeSrv); err != nil {
		return fmt.Errorf("devnet: verifier JSON-RPC: %w", err)
	}
	if r.game, err = d.startGame(ctx, r, p, vin, fetch, db.StateStore()); err != nil {
		return fmt.Errorf("devnet: fault-proof agents: %w", err)
	}
	d.rollup = r
	return nil
}

// serveHTTP serves h on cfg.Host:port until Close and returns its URL.
func (d *Devnet) serveHTTP(port int, h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", d.cfg.addr(port))
	if err != nil {
		return "", err
	}
	d.serve(ln, h)
	return "http://" + ln.Addr().String(), nil
}

// RollupEndpoints is where the devnet's rollup is.
type RollupEndpoints struct {
	ChainID  uint64 `json:"chain_id"`
	Inbox    string `json:"inbox"`
	RPC      string `json:"rpc"`      // the sequencer's JSON-RPC
	Verifier string `json:"verifier"` // the verifier node's JSON-RPC
	// Accounts are the prefunded accounts, with their keys (devnet only).
	Accounts []DevAccount `json:"accounts"`
	// Censored is the account the sequencer censors (CensoredAccountKey):
	// not funded; deposit to it, then force its transactions in.
	Censored DevAccount `json:"censored"`
	// ForceDelay is how long after forceTx a forced transaction is due.
	ForceDelay string `json:"force_delay"`
}

// DevAccount is a prefunded L2 account.
type DevAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
}

func (r *rollupNet) endpoints() *RollupEndpoints {
	if r == nil {
		return nil
	}
	e := &RollupEndpoints{ChainID: r.cfg.ChainID, Inbox: r.inbox.Address().Hex(), RPC: r.seqURL, Verifier: r.nodeURL}
	for _, k := range r.accounts {
		e.Accounts = append(e.Accounts, DevAccount{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(),
			PrivateKey: "0x" + common.Bytes2Hex(crypto.FromECDSA(k))})
	}
	ck := CensoredAccountKey()
	e.Censored = DevAccount{Address: crypto.PubkeyToAddress(ck.PublicKey).Hex(), PrivateKey: "0x" + common.Bytes2Hex(crypto.FromECDSA(ck))}
	e.ForceDelay = time.Duration(r.cfg.ForceInclusionDelay).String()
	return e
}

// dashboard is the rollup panel's state.
func (r *rollupNet) dashboard(ctx context.Context) *dashboard.Rollup {
	if r == nil {
		return nil
	}
	out := &dashboard.Rollup{ChainID: r.cfg.ChainID, RPC: r.seqURL, Inbox: r.inbox.Address().Hex()}
	// The verifier appends a batch's blocks before it records the batch,
	// so reading the results first keeps every listed batch at or below
	// the head shown beside it.
	res := r.verifier.Results()
	out.Unsafe, out.Safe, out.Finalized = r.seqChain.Tags()
	out.Derived, _, _ = r.verifier.Chain().Tags()
	if n, err := r.inbox.QueueLength(ctx); err == nil {
		out.QueueItems = n
	}
	out.Proposals, out.Games = r.game.dashboard(ctx)
	for i := len(res) - 1; i >= 0 && len(out.Batches) < 20; i-- {
		b := res[i]
		out.Batches = append(out.Batches, dashboard.RollupBatch{Index: b.Index, BlobID: b.BlobID.String(),
			LastBlock: b.Head.Number, StateRoot: common.Hash(b.Roots.State).Hex(), Faults: len(b.Faults), RangeMismatch: b.RangeMismatch})
	}
	return out
}
