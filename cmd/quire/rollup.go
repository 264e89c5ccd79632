package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

func init() {
	register(command{name: "rollup", summary: "the bundled rollup: sequencer, verifier node, status",
		subcommands: []string{"status", "sequencer", "node", "proposer", "challenger", "deposit", "withdraw", "force-include"}, run: runRollup})
}

func rollupUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: quire rollup <subcommand> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "subcommands:")
	fmt.Fprintln(w, "  status     the L2 heads (latest, safe, finalized) and the output root at latest, from a node's JSON-RPC")
	fmt.Fprintln(w, "  sequencer  run the sequencer (JSON-RPC, blocks, batches to the inbox), kept in its data dir")
	fmt.Fprintln(w, "  node       run a verifier node deriving the chain from L1 and the committee, kept in its data dir")
	fmt.Fprintln(w, "  proposer   a verifier node that also posts its outputs to RollupGame with a bond and defends them")
	fmt.Fprintln(w, "  challenger a verifier node that also checks every output and plays the game against wrong ones")
	fmt.Fprintln(w, "  deposit    deposit ETH on L1 into the bridge for an L2 address")
	fmt.Fprintln(w, "  withdraw   withdraw ETH to L1: initiate on L2, then --finalize on L1 once an output containing it is final")
	fmt.Fprintln(w, "  force-include  queue a signed L2 transaction on L1 past a censoring sequencer (pays the inbox's fee)")
}

func runRollup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		rollupUsage(stderr)
		return fmt.Errorf("%w: missing subcommand", errUsage)
	}
	switch args[0] {
	case "status":
		return runRollupStatus(ctx, args[1:], stdout, stderr)
	case "sequencer":
		return runRollupSequencer(ctx, args[1:], stdout, stderr)
	case "node":
		return runRollupNode(ctx, args[1:], stdout, stderr)
	case "proposer":
		return runRollupProposer(ctx, args[1:], stdout, stderr)
	case "challenger":
		return runRollupChallenger(ctx, args[1:], stdout, stderr)
	case "deposit":
		return runRollupDeposit(ctx, args[1:], stdout, stderr)
	case "withdraw":
		return runRollupWithdraw(ctx, args[1:], stdout, stderr)
	case "force-include":
		return runRollupForceInclude(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "help":
		rollupUsage(stdout)
		return nil
	default:
		rollupUsage(stderr)
		return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
	}
}

func runRollupStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rollup status", stderr)
	url := fs.String("l2-rpc", "http://127.0.0.1:8547", "the rollup node's or sequencer's JSON-RPC `url`")
	// --rpc names an L1 endpoint everywhere else; here it is kept as the
	// old spelling of --l2-rpc.
	fs.Var(fs.Lookup("l2-rpc").Value, "rpc", aliasUsagePrefix+"l2-rpc")
	timeout := fs.Duration("timeout", 10*time.Second, "how long to wait for the answers")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	c, err := gethrpc.DialContext(ctx, *url)
	if err != nil {
		return fmt.Errorf("dial %s: %w", *url, err)
	}
	defer c.Close()
	var chainID hexutil.Uint64
	if err := c.CallContext(ctx, &chainID, "eth_chainId"); err != nil {
		return fmt.Errorf("eth_chainId: %w", err)
	}
	var heads map[string]hexutil.Uint64
	if err := c.CallContext(ctx, &heads, "rollup_syncStatus"); err != nil {
		return fmt.Errorf("rollup_syncStatus: %w", err)
	}
	var out struct {
		BlockHash       string `json:"blockHash"`
		StateRoot       string `json:"stateRoot"`
		WithdrawalsRoot string `json:"withdrawalsRoot"`
		OutputRoot      string `json:"outputRoot"`
	}
	if err := c.CallContext(ctx, &out, "rollup_outputAtBlock", heads["latest"]); err != nil {
		return fmt.Errorf("rollup_outputAtBlock: %w", err)
	}
	fmt.Fprintf(stdout, "chain id         %d\n", uint64(chainID))
	fmt.Fprintf(stdout, "latest           %d %s\n", uint64(heads["latest"]), out.BlockHash)
	fmt.Fprintf(stdout, "safe             %d\n", uint64(heads["safe"]))
	fmt.Fprintf(stdout, "finalized        %d\n", uint64(heads["finalized"]))
	fmt.Fprintf(stdout, "state root       %s\n", out.StateRoot)
	fmt.Fprintf(stdout, "withdrawals root %s\n", out.WithdrawalsRoot)
	fmt.Fprintf(stdout, "output root      %s\n", out.OutputRoot)
	return nil
}
