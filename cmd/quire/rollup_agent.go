package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/prover"
	"github.com/quire-da/quire/rollup/stf"
)

// agentKeyEnv holds an agent's hex L1 key when key_file is not set.
const agentKeyEnv = "QUIRE_AGENT_KEY"

const rollupAgentUsage = `usage: quire rollup %[1]s --config FILE [--init]

Runs a verifier node (everything ` + "`quire rollup node`" + ` does: derivation from L1
and the committee, JSON-RPC, the store in data_dir) and, beside it, the
fault-proof %[1]s agent, which plays RollupGame on L1 from its own account.
%[2]s
The agent's game state (moves sent, verdicts, claims) is kept in badger in
agent_dir, written before each move is sent, so that a restart after a
crash (even SIGKILL) resumes every open game where it stood and never
sends a move twice.

The config file is strict JSON; --init writes a template. Fields: those
of ` + "`quire rollup node`" + `, and

  key_file        the agent's L1 account: a go-ethereum V3 keystore (or a
                  hex key on devnets), with password_file; without it,
                  $QUIRE_AGENT_KEY holds the hex key. It pays the bonds
                  (rollup.proposer_bond, rollup.challenger_bond) and gas.
  agent_dir       the agent's badger directory (default data_dir/agent)
  tick            how often the agent reads the game and moves ("2s")
  resend          L1 seconds after which a move the chain still asks for
                  is sent again (default 24; keep it well under 0.2 x
                  rollup.clock_per_side)
%[3]s
flags:
`

const proposerText = `
The proposer posts the output (state root, withdrawals root, L2 block
hash) of the latest batch its node derived every rollup.proposal_interval
with the proposer bond, defends each one in every game opened against it
(bisecting, and stepping at the leaf with a one-step proof built from the
members' rows and its state), finalizes its outputs after the challenge
window and claims its credits.
`

const challengerText = `
The challenger recomputes every proposed output from its node (L1 and the
committee alone), challenges each wrong one with the challenger bond
within the window, plays the bisection to the faulty step, submits the
one-step proof (KZG openings of the transaction's elements, state proofs)
and claims its credits; it rejects the descendants of a rejected output.
`

const faultFields = `  fault           devnets and tests only, refused unless allow_fault is
                  true: makes this a deliberately dishonest proposer whose
                  outputs lie once, at the first step at or after
                  fault.step where fault.kind applies (arithmetic,
                  skip-tx, invent-tx, reorder, uncredited-deposit,
                  omit-forced, inflate-withdrawal); it plays its lie to
                  the end, and loses
  allow_fault     true to accept fault
`

// agentFile is the config file of quire rollup proposer and challenger.
type agentFile struct {
	rollupNodeFile
	KeyFile      string          `json:"key_file,omitempty"`
	PasswordFile string          `json:"password_file,omitempty"`
	AgentDir     string          `json:"agent_dir,omitempty"`
	Tick         rollup.Duration `json:"tick"`
	Resend       uint64          `json:"resend,omitempty"`
	Fault        *agentFault     `json:"fault,omitempty"`
	AllowFault   bool            `json:"allow_fault,omitempty"`
}

// agentFault is the dishonest proposer's lie.
type agentFault struct {
	Kind string `json:"kind"`
	Step uint64 `json:"step"`
}

func defaultAgentFile() agentFile {
	return agentFile{rollupNodeFile: defaultRollupNodeFile(), Tick: rollup.Duration(2 * time.Second)}
}

// agentKey returns the agent's L1 key.
func agentKey(f *agentFile, env func(string) (string, bool), prompts io.Writer) (*ecdsa.PrivateKey, error) {
	if f.KeyFile != "" {
		return readL1Key(f.KeyFile, f.PasswordFile, prompts)
	}
	return envKey(env, agentKeyEnv, "no agent key: set key_file")
}

// validate checks the agent's own fields (the node's are checked apart).
func (f *agentFile) validate(side prover.Side) error {
	var errs []error
	if f.Tick <= 0 {
		errs = append(errs, errors.New("tick must be positive"))
	}
	if f.Fault != nil {
		switch {
		case side != prover.SideProposer:
			errs = append(errs, errors.New("fault is for the proposer only"))
		case !f.AllowFault:
			errs = append(errs, errors.New("fault makes a dishonest proposer that loses its bond: set allow_fault to true (devnets and tests only)"))
		default:
			if _, err := prover.ParseFaultKind(f.Fault.Kind); err != nil {
				errs = append(errs, fmt.Errorf("fault.kind: %v", err))
			}
		}
	}
	return errors.Join(errs...)
}

func runRollupProposer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runRollupAgent(ctx, prover.SideProposer, args, stdout, stderr)
}

func runRollupChallenger(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runRollupAgent(ctx, prover.SideChallenger, args, stdout, stderr)
}

func runRollupAgent(ctx context.Context, side prover.Side, args []string, stdout, stderr io.Writer) error {
	name := side.String()
	fs := newFlagSet("rollup "+name, stderr)
	fs.Usage = func() {
		text, fields := challengerText, ""
		if side == prover.SideProposer {
			text, fields = proposerText, faultFields
		}
		fmt.Fprintf(stderr, rollupAgentUsage, name, text, fields)
		fs.PrintDefaults()
	}
	config := fs.String("config", "", "JSON config `file` (required)")
	initTemplate := fs.Bool("init", false, "write a template config to --config and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *config == "" {
		return fmt.Errorf("%w: rollup %s takes --config FILE and no arguments", errUsage, name)
	}
	if *initTemplate {
		t := defaultAgentFile()
		t.DataDir, t.KeyFile = name+"-data", name+".key"
		t.HTTPAddr = "127.0.0.1:8549"
		if side == prover.SideChallenger {
			t.HTTPAddr = "127.0.0.1:8550"
		}
		return writeTemplate(*config, t, stdout)
	}
	f := defaultAgentFile()
	if err := readStrictJSON(*config, &f); err != nil {
		return err
	}
	f.applyEnv(os.LookupEnv)
	if err := errors.Join(f.rollupNodeFile.validate(), f.validate(side)); err != nil {
		return fmt.Errorf("%w: %s: %v", errUsage, *config, err)
	}
	if f.Committee.Cmp([20]byte{}) == 0 {
		return fmt.Errorf("%w: committee_address is required", errUsage)
	}
	if f.Retry <= 0 {
		return fmt.Errorf("%w: retry must be positive", errUsage)
	}
	key, err := agentKey(&f, os.LookupEnv, stderr)
	if err != nil {
		return err
	}
	log, err := f.logger(stderr)
	if err != nil {
		return err
	}
	v, err := openVerifier(ctx, &f.rollupNodeFile, log)
	if err != nil {
		return err
	}
	defer v.close()
	run, err := newAgent(ctx, side, &f, v, key, log)
	if err != nil {
		return err
	}
	return v.serve(ctx, &f.rollupNodeFile, log, stdout, run)
}

// newAgent builds the agent over the verifier v and returns its loop.
func newAgent(ctx context.Context, side prover.Side, f *agentFile, v *verifier, key *ecdsa.PrivateKey, log *slog.Logger) (func(context.Context), error) {
	p := stf.ParamsOf(f.Rollup)
	game, err := v.inbox.Game(ctx)
	if err != nil {
		return nil, fmt.Errorf("the inbox's game: %w", err)
	}
	opts := dacl1.NewTransactor(key, f.Rollup.L1ChainID)
	src := prover.NewNodeSource(p, v.inbox, v.fetch, v.node, v.db.StateStore())
	np := &prover.NodeProver{Src: src, Params: p, KZG: v.kzg}
	dir := f.AgentDir
	if dir == "" {
		dir = filepath.Join(f.DataDir, "agent")
	}
	db, err := prover.OpenDB(dir, log)
	if err != nil {
		return nil, err
	}
	v.closers = append(v.closers, func() { db.Close() })
	cfg := prover.DefaultAgentConfig()
	cfg.Interval = max(1, f.Rollup.ProposalInterval.Seconds())
	if f.Resend > 0 {
		cfg.Resend = f.Resend
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	tc := prover.DefaultTraceConfig(p)
	if f.Fault != nil {
		kind, _ := prover.ParseFaultKind(f.Fault.Kind)
		tc.Fault = &prover.Fault{Kind: kind, Step: f.Fault.Step, Beneficiary: opts.From, Amount: uint256.NewInt(1e18)}
	}
	trace, err := prover.NewTrace(tc, src)
	if err != nil {
		return nil, err
	}
	gl := prover.NewGameL1(game, v.ec, opts, src, 0)
	alog := log.With("agent", side.String(), "account", opts.From)
	gl.OnReceipt = func(op string, id uint64, r *types.Receipt) {
		alog.Info("fault-proof move mined", "op", op, "id", id, "gas", r.GasUsed, "tx", r.TxHash, "block", r.BlockNumber)
	}
	var tick func(context.Context) error
	if side == prover.SideProposer {
		a, err := prover.NewProposer(cfg, gl, src, trace, np, db, nil, alog)
		if err != nil {
			return nil, err
		}
		tick = a.Tick
	} else {
		a, err := prover.NewChallenger(cfg, gl, src, trace, np, db, nil, alog)
		if err != nil {
			return nil, err
		}
		tick = a.Tick
	}
	alog.Info("fault-proof agent running", "game", game.Address(), "agent_dir", dir, "tick", time.Duration(f.Tick),
		"dishonest", f.Fault != nil)
	return func(ctx context.Context) {
		t := time.NewTicker(time.Duration(f.Tick))
		defer t.Stop()
		for {
			tctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			err := tick(tctx)
			cancel()
			if err != nil && ctx.Err() == nil {
				lvl := slog.LevelDebug
				if errors.Is(err, prover.ErrClockExpired) || errors.Is(err, prover.ErrWindowMissed) {
					lvl = slog.LevelError
				}
				alog.Log(ctx, lvl, "fault-proof agent tick", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}, nil
}
