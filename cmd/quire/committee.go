package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/l1"
)

func init() {
	register(command{
		name:        "committee",
		subcommands: []string{"deploy", "approve", "register", "update-network", "change", "execute", "cancel", "show", "operators"},
		summary:     "deploy the committee contract, register operators, change and show the committee",
		run:         runCommittee,
	})
}

// rpcEnv names the environment variable holding the L1 JSON-RPC endpoint
// when --rpc is not given.
const (
	rpcEnv     = "QUIRE_RPC"
	defaultRPC = "http://127.0.0.1:8545"
)

const committeeUsage = `usage:
  quire committee deploy   --key-file F [--admin ADDR] [--delay D] [--rotation-window W]
  quire committee approve  --committee ADDR --key-file F --operator ADDR [--operator ADDR ...] [--revoke]
  quire committee register --committee ADDR --key-file F --keystore KS [--password-file P]
                           --peer-id ID --addr MULTIADDR [--addr MULTIADDR ...]
  quire committee update-network --committee ADDR --key-file F --peer-id ID --addr MULTIADDR [--addr MULTIADDR ...]
  quire committee change   --committee ADDR --key-file F [--add OPERATOR ...] [--remove OPERATOR ...] [--threshold T] [--replication R]
  quire committee execute  --committee ADDR --key-file F --id N [--wait [--nudge]]
  quire committee cancel   --committee ADDR --key-file F --id N
  quire committee show     --committee ADDR [--epoch N] [--json]
  quire committee operators --committee ADDR [--json]

Every subcommand takes --rpc URL (else $` + rpcEnv + `, else ` + defaultRPC + `)
and --timeout D (default 2m), which bounds the whole command.

--key-file holds the hex secp256k1 private key of the L1 account that sends
the transaction (the same format as the disperser's l1_key_file). deploy
makes that account the admin unless --admin says otherwise; change and
cancel must be sent by the admin, and so must approve: only operators the
admin approved can register. register registers the sending account
as an operator with the BLS key of the EIP-2335 keystore (its passphrase
from --password-file or $` + passwordEnv + `), that key's proof of
possession, its libp2p peer ID and the multiaddrs it listens on.
update-network replaces the sender's registered peer ID and addresses
(at once; no re-registration, no admin step).

A change (operators to add and remove, a new threshold and a new
replication r, the members holding each column; 0 keeps the current one,
the first change needs both) is queued by the admin and can be executed by anyone once the
contract's delay has passed; executing it opens the next epoch, and
is refused (CustodyUnsafe) when some threshold signers of the new committee
could hold fewer than 64 distinct columns (dac.CheckCustody). execute
--wait sleeps until the change is due (within --timeout). The contract
compares the ETA with the head block's timestamp, so on a chain that mines
only when a transaction arrives (geth --dev --dev.period 0) add --nudge: once
the ETA has passed, execute sends a zero-value transaction to its own
account so that a new block is mined. (Or run geth --dev --dev.period 1.)

show prints an epoch's committee (default the current epoch): threshold,
start, and each member's slot, operator, BLS key, peer ID and addresses.
`

func runCommittee(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, committeeUsage)
		return fmt.Errorf("%w: committee needs a subcommand: deploy, approve, register, update-network, change, execute, cancel, show or operators", errUsage)
	}
	sub := map[string]func(context.Context, []string, io.Writer, io.Writer) error{
		"deploy":         committeeDeploy,
		"approve":        committeeApprove,
		"register":       committeeRegister,
		"update-network": committeeUpdateNetwork,
		"change":         committeeChange,
		"execute":        committeeExecute,
		"cancel":         committeeCancel,
		"show":           committeeShow,
		"operators":      committeeOperators,
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, committeeUsage)
		return nil
	}
	f, ok := sub[args[0]]
	if !ok {
		fmt.Fprint(stderr, committeeUsage)
		return fmt.Errorf("%w: unknown committee subcommand %q", errUsage, args[0])
	}
	return f(ctx, args[1:], stdout, stderr)
}

func committeeDeploy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee deploy", stderr)
	var f l1Flags
	f.register(fs, false, true)
	admin := fs.String("admin", "", "admin `address` (default: the deploying account)")
	delay := fs.Duration("delay", time.Hour, "how long a queued change waits before it can execute")
	window := fs.Duration("rotation-window", time.Hour, "how long an epoch's certificates stay valid after the next epoch starts")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args, "deploy"); err != nil {
		return err
	}
	if err := f.check("deploy", false, true); err != nil {
		return err
	}
	var p l1.DeployParams
	if *admin != "" {
		if !common.IsHexAddress(*admin) {
			return fmt.Errorf("%w: --admin %q is not an address", errUsage, *admin)
		}
		p.Admin = common.HexToAddress(*admin)
	}
	if *delay < 0 || *window < 0 || *delay%time.Second != 0 || *window%time.Second != 0 {
		return fmt.Errorf("%w: --delay and --rotation-window must be whole non-negative seconds", errUsage)
	}
	p.ChangeDelay, p.RotationWindow = *delay, *window
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	client, key := sess.client, sess.key
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("l1: chain ID: %w", err)
	}
	from := l1.NewTransactor(key, chainID.Uint64())
	c, err := l1.Deploy(ctx, client, from, p, l1.WithTimeout(f.timeout))
	if err != nil {
		return explain(err)
	}
	adminAddr := p.Admin
	if adminAddr == (common.Address{}) {
		adminAddr = from.From
	}
	if *asJSON {
		return writeJSON(stdout, map[string]any{
			"address": c.Address().Hex(), "chain_id": c.ChainID(), "admin": adminAddr.Hex(),
			"change_delay": p.ChangeDelay.String(), "rotation_window": p.RotationWindow.String(),
		})
	}
	fmt.Fprintln(stdout, c.Address().Hex())
	fmt.Fprintf(stderr, "committee deployed on chain %d; admin %s, change delay %s, rotation window %s\n",
		c.ChainID(), adminAddr.Hex(), p.ChangeDelay, p.RotationWindow)
	return nil
}

// multiFlag collects a repeatable flag; each value may also be a
// comma-separated list.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error {
	for s := range strings.SplitSeq(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*m = append(*m, s)
		}
	}
	return nil
}

func committeeRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee register", stderr)
	var f l1Flags
	f.register(fs, true, true)
	ksPath := fs.String("keystore", "", "EIP-2335 keystore `file` of the operator's BLS key")
	passwordFile := fs.String("password-file", "", "file holding the keystore passphrase (default $"+passwordEnv+")")
	peerID := fs.String("peer-id", "", "the operator node's libp2p peer `ID`")
	var addrs multiFlag
	fs.Var(&addrs, "addr", "a `multiaddr` the node listens on (repeatable)")
	if err := parseNoArgs(fs, args, "register"); err != nil {
		return err
	}
	if err := f.check("register", true, true); err != nil {
		return err
	}
	if *ksPath == "" || *peerID == "" || len(addrs) == 0 {
		return fmt.Errorf("%w: committee register needs --keystore, --peer-id and at least one --addr", errUsage)
	}
	pid, err := peer.Decode(*peerID)
	if err != nil {
		return fmt.Errorf("%w: --peer-id %q: %v", errUsage, *peerID, err)
	}
	for _, a := range addrs {
		if _, err := ma.NewMultiaddr(a); err != nil {
			return fmt.Errorf("%w: --addr %q: %v", errUsage, a, err)
		}
	}
	data, err := readLimited(*ksPath, keystore.MaxFileSize)
	if err != nil {
		return err
	}
	ks, err := keystore.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", *ksPath, err)
	}
	password, err := readPassword(*passwordFile, promptOnce, stderr)
	if err != nil {
		return err
	}
	sk, err := ks.DecryptKey(password)
	if err != nil {
		return fmt.Errorf("%s: %w", *ksPath, err)
	}
	reg := l1.Registration{
		PublicKey:         sk.PublicKey(),
		ProofOfPossession: sk.ProvePossession(),
		PeerID:            []byte(pid),
		Addrs:             addrs,
	}
	sk.Zeroize()
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	c, key := sess.c, sess.key
	from := l1.NewTransactor(key, c.ChainID())
	r, err := c.Register(ctx, from, reg)
	if err != nil {
		return explain(err)
	}
	fmt.Fprintf(stdout, "registered operator %s\n", from.From.Hex())
	fmt.Fprintf(stdout, "  bls key  %s\n", reg.PublicKey.String())
	fmt.Fprintf(stdout, "  peer id  %s\n", pid)
	fmt.Fprintf(stdout, "  addrs    %s\n", strings.Join(addrs, " "))
	fmt.Fprintf(stdout, "  tx       %s (block %d)\n", r.TxHash.Hex(), r.BlockNumber.Uint64())
	return nil
}

func committeeChange(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee change", stderr)
	var f l1Flags
	f.register(fs, true, true)
	var add, remove multiFlag
	fs.Var(&add, "add", "operator `address` to add (repeatable)")
	fs.Var(&remove, "remove", "operator `address` to remove (repeatable)")
	threshold := fs.Uint("threshold", 0, "new signing threshold (0 keeps the current one)")
	replication := fs.Uint("replication", 0, "new replication r, the members holding each column (0 keeps the current one)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args, "change"); err != nil {
		return err
	}
	if err := f.check("change", true, true); err != nil {
		return err
	}
	if *threshold > 255 {
		return fmt.Errorf("%w: --threshold %d: at most 255", errUsage, *threshold)
	}
	if *replication > dac.MaxReplication {
		return fmt.Errorf("%w: --replication %d: at most %d", errUsage, *replication, dac.MaxReplication)
	}
	if len(add) == 0 && len(remove) == 0 && *threshold == 0 && *replication == 0 {
		return fmt.Errorf("%w: committee change needs --add, --remove, --threshold or --replication", errUsage)
	}
	ch := l1.Change{Threshold: uint8(*threshold), Replication: uint8(*replication)}
	for _, list := range []struct {
		name string
		in   []string
		out  *[]common.Address
	}{{"--add", add, &ch.Add}, {"--remove", remove, &ch.Remove}} {
		for _, a := range list.in {
			if !common.IsHexAddress(a) {
				return fmt.Errorf("%w: %s %q is not an address", errUsage, list.name, a)
			}
			*list.out = append(*list.out, common.HexToAddress(a))
		}
	}
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	c, key := sess.c, sess.key
	q, err := c.QueueChange(ctx, l1.NewTransactor(key, c.ChainID()), ch)
	if err != nil {
		return explain(err)
	}
	if *asJSON {
		return writeJSON(stdout, map[string]any{"id": q.ID, "eta": q.ETA.UTC().Format(time.RFC3339), "etaUnix": q.ETA.Unix()})
	}
	fmt.Fprintf(stdout, "queued change %d, executable from %s\n", q.ID, q.ETA.UTC().Format(time.RFC3339))
	fmt.Fprintf(stderr, "run: quire committee execute --committee %s --id %d --key-file F\n", c.Address().Hex(), q.ID)
	return nil
}

func committeeApprove(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee approve", stderr)
	var f l1Flags
	f.register(fs, true, true)
	var ops multiFlag
	fs.Var(&ops, "operator", "operator `address` to approve (repeatable)")
	revoke := fs.Bool("revoke", false, "withdraw the approval instead (a registration already made stays)")
	if err := parseNoArgs(fs, args, "approve"); err != nil {
		return err
	}
	if err := f.check("approve", true, true); err != nil {
		return err
	}
	if len(ops) == 0 {
		return fmt.Errorf("%w: committee approve needs --operator", errUsage)
	}
	addrs := make([]common.Address, len(ops))
	for i, a := range ops {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("%w: --operator %q is not an address", errUsage, a)
		}
		addrs[i] = common.HexToAddress(a)
	}
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	c, key := sess.c, sess.key
	if err := c.ApproveOperators(ctx, l1.NewTransactor(key, c.ChainID()), !*revoke, addrs...); err != nil {
		return explain(err)
	}
	verb := "approved"
	if *revoke {
		verb = "revoked"
	}
	fmt.Fprintf(stdout, "%s %d operator(s)\n", verb, len(addrs))
	return nil
}

func committeeExecute(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee execute", stderr)
	var f l1Flags
	f.register(fs, true, true)
	id := fs.String("id", "", "the queued change's `ID` (printed by change)")
	wait := fs.Bool("wait", false, "if the change is not due yet, wait for it (within --timeout)")
	nudge := fs.Bool("nudge", false, "with --wait: if the change is due but the chain has mined no block since, send an empty transaction (chains that mine on demand, e.g. geth --dev --dev.period 0)")
	if err := parseNoArgs(fs, args, "execute"); err != nil {
		return err
	}
	if err := f.check("execute", true, true); err != nil {
		return err
	}
	n, err := parseChangeID(*id)
	if err != nil {
		return err
	}
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	c, key := sess.c, sess.key
	due := l1.Due{Wait: *wait, Note: func(s string) { fmt.Fprintln(stderr, s) }}
	if *nudge {
		due.Nudge = key
	}
	epoch, err := c.ExecuteWhenDue(ctx, l1.NewTransactor(key, c.ChainID()), n, due)
	switch {
	case err == nil:
		fmt.Fprintf(stdout, "executed change %d: epoch %d started\n", n, epoch)
		return nil
	case errors.Is(err, l1.ErrStaleHead) && !*wait:
		return fmt.Errorf("%w (on a chain that mines on demand pass --wait --nudge)", err)
	case errors.Is(err, l1.ErrStaleHead):
		return fmt.Errorf("waiting for change %d: %w (pass --nudge)", n, explain(err))
	case *wait && l1.RevertName(err) == "ChangeNotReady":
		return fmt.Errorf("waiting for change %d: %w", n, explain(err))
	}
	return explain(err)
}

func committeeCancel(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee cancel", stderr)
	var f l1Flags
	f.register(fs, true, true)
	id := fs.String("id", "", "the queued change's `ID`")
	if err := parseNoArgs(fs, args, "cancel"); err != nil {
		return err
	}
	if err := f.check("cancel", true, true); err != nil {
		return err
	}
	n, err := parseChangeID(*id)
	if err != nil {
		return err
	}
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	c, key := sess.c, sess.key
	if err := c.CancelChange(ctx, l1.NewTransactor(key, c.ChainID()), n); err != nil {
		return explain(err)
	}
	fmt.Fprintf(stdout, "cancelled change %d\n", n)
	return nil
}

func parseChangeID(s string) (uint64, error) {
	if s == "" {
		return 0, fmt.Errorf("%w: --id is required", errUsage)
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: --id %q is not a change ID", errUsage, s)
	}
	return n, nil
}

// parseNoArgs parses flags for a subcommand that takes no positional
// arguments.
func parseNoArgs(fs *flag.FlagSet, args []string, name string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: committee %s takes no arguments (got %q)", errUsage, name, fs.Arg(0))
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
