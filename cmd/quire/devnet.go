package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/quire-da/quire/internal/app/devnet"
)

func init() {
	register(command{
		name:    "devnet",
		summary: "run the whole network in one process: L1, committee, disperser, light client, dashboard",
		run:     runDevnet,
	})
}

const devnetUsage = `usage: quire devnet [--members 8 --threshold 6 --replication 2] [--demo [--stay]]
                    [--rpc URL [--l1-key KEY]] [--host 127.0.0.1]
                    [--l1-port 8545 --http-port 3100 --dashboard-port 8080 --sampler-port 9402]

Starts, in this process and on loopback: an L1 (go-ethereum's simulated
backend serving JSON-RPC, a block every second), the committee contract,
fresh member keys registered on it, one storage node per member (in-memory
badger, libp2p), the disperser (HTTP), a light client following L1, and the
web dashboard. It prints every endpoint and the commands to try, and runs
until Ctrl-C.

--demo pushes blobs of several sizes through the network (put, certificate,
certify on L1, sampling, read back and compare), stops one member and
pushes one more, prints a report and exits: 0 when every check passed.
--stay keeps the devnet running after the demo until Ctrl-C.

--rpc (old spelling --l1-rpc) uses a running L1 (such as geth --dev) instead of the embedded
one: the devnet's accounts are funded from --l1-key (a hex key, or a file
holding one) or, without it, from the node's first unlocked account.

A port of 0 picks a free one; --fallback-ports uses the default ports where
they are free and free ones where they are not (make demo does).

flags:
`

// devnetOptions is what the command line asks for besides the devnet's
// configuration.
type devnetOptions struct {
	demo, stay, fallback bool
	reportFile           string
	timeout              time.Duration
	logLevel             string
}

// parseDevnetArgs turns the command line into a validated configuration.
func parseDevnetArgs(args []string, stderr io.Writer) (devnet.Config, devnetOptions, error) {
	cfg := devnet.DefaultConfig()
	var o devnetOptions
	var l1Key, sizes string
	fs := newFlagSet("devnet", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, devnetUsage)
		fs.PrintDefaults()
	}
	fs.IntVar(&cfg.Members, "members", cfg.Members, "committee size, n")
	fs.IntVar(&cfg.Threshold, "threshold", cfg.Threshold, "signatures a certificate needs, t")
	fs.IntVar(&cfg.Replication, "replication", cfg.Replication, "members holding each column, r")
	fs.BoolVar(&o.demo, "demo", false, "run the demo scenario, print the report and exit")
	fs.BoolVar(&o.stay, "stay", false, "with --demo: keep running after the demo until Ctrl-C")
	fs.StringVar(&o.reportFile, "report", "", "with --demo: also write the report as JSON to `file`")
	fs.DurationVar(&o.timeout, "timeout", 15*time.Minute, "with --demo: give up after this long")
	fs.StringVar(&cfg.L1RPC, "rpc", "", "use the L1 at this JSON-RPC `url` instead of the embedded one")
	fs.StringVar(&l1Key, "l1-key", "", "with --rpc: hex key, or `file` holding one, of the account funding the devnet")
	fs.StringVar(&cfg.Host, "host", cfg.Host, "the `address` every service listens on")
	fs.IntVar(&cfg.L1Port, "l1-port", cfg.L1Port, "embedded L1 JSON-RPC `port`")
	fs.IntVar(&cfg.HTTPPort, "http-port", cfg.HTTPPort, "disperser HTTP `port`")
	fs.IntVar(&cfg.DashboardPort, "dashboard-port", cfg.DashboardPort, "dashboard `port`")
	fs.IntVar(&cfg.SamplerPort, "sampler-port", cfg.SamplerPort, "light client status `port`")
	fs.IntVar(&cfg.RollupPort, "rollup-port", cfg.RollupPort, "rollup sequencer JSON-RPC `port`")
	noRollup := fs.Bool("no-rollup", false, "do not start the bundled rollup")
	fs.IntVar(&cfg.VerifierPort, "verifier-port", cfg.VerifierPort, "rollup verifier node JSON-RPC `port`")
	fs.BoolVar(&o.fallback, "fallback-ports", false, "use a free port wherever the one asked for is taken")
	fs.DurationVar(&cfg.BlockPeriod, "block-period", cfg.BlockPeriod, "embedded L1: time between blocks")
	fs.IntVar(&cfg.Samples, "samples", cfg.Samples, "cells the light client samples per blob, s")
	fs.StringVar(&sizes, "demo-sizes", "", "with --demo: blob `sizes`, comma-separated (1KiB,100KiB,1MiB,3MiB)")
	fs.StringVar(&o.logLevel, "log-level", "warn", "debug, info, warn or error")
	if err := parseFlags(fs, args); err != nil {
		return cfg, o, err
	}
	if fs.NArg() != 0 {
		return cfg, o, fmt.Errorf("%w: devnet takes no arguments", errUsage)
	}
	cfg.Rollup = !*noRollup
	if o.stay && !o.demo {
		return cfg, o, fmt.Errorf("%w: --stay goes with --demo", errUsage)
	}
	if sizes != "" {
		cfg.DemoSizes = nil
		for _, s := range strings.Split(sizes, ",") {
			n, err := parseSize(strings.TrimSpace(s))
			if err != nil {
				return cfg, o, fmt.Errorf("%w: --demo-sizes: %v", errUsage, err)
			}
			cfg.DemoSizes = append(cfg.DemoSizes, n)
		}
	}
	if l1Key != "" {
		key, err := readKey(l1Key)
		if err != nil {
			return cfg, o, fmt.Errorf("%w: --l1-key: %v", errUsage, err)
		}
		cfg.L1Key = key
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(o.logLevel)); err != nil {
		return cfg, o, fmt.Errorf("%w: --log-level %q: want debug, info, warn or error", errUsage, o.logLevel)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, o, fmt.Errorf("%w: %v", errUsage, err)
	}
	return cfg, o, nil
}

// readKey returns s when it is a hex key, else the key in file s.
func readKey(s string) (string, error) {
	hexKey := func(k string) bool {
		b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(k), "0x"))
		return err == nil && len(b) == 32
	}
	if hexKey(s) {
		return strings.TrimSpace(s), nil
	}
	raw, err := os.ReadFile(s)
	if err != nil {
		return "", fmt.Errorf("neither a hex key nor a readable file: %v", err)
	}
	if !hexKey(string(raw)) {
		return "", fmt.Errorf("%s does not hold a hex key", s)
	}
	return strings.TrimSpace(string(raw)), nil
}

// parseSize reads a byte count: 4096, 100KiB, 1MiB, 1.5MiB (also KB/MB/k/M
// as binary units).
func parseSize(s string) (int, error) {
	units := []struct {
		suffix string
		mul    float64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"K", 1 << 10}, {"M", 1 << 20}, {"B", 1}}
	mul := 1.0
	for _, u := range units {
		if len(s) > len(u.suffix) && strings.EqualFold(s[len(s)-len(u.suffix):], u.suffix) {
			s, mul = strings.TrimSpace(s[:len(s)-len(u.suffix)]), u.mul
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 || v*mul > 1<<40 {
		return 0, fmt.Errorf("size %q: want a positive byte count such as 4096, 100KiB or 1MiB", s)
	}
	return int(v * mul), nil
}

// fallbackPorts replaces every port that cannot be bound with 0 (a free
// one) and says which.
func fallbackPorts(cfg *devnet.Config, w io.Writer) {
	ports := []struct {
		name string
		p    *int
	}{{"dashboard", &cfg.DashboardPort}, {"disperser", &cfg.HTTPPort}, {"light client", &cfg.SamplerPort},
		{"rollup JSON-RPC", &cfg.RollupPort}, {"rollup verifier JSON-RPC", &cfg.VerifierPort}}
	if cfg.L1RPC == "" {
		ports = append(ports, struct {
			name string
			p    *int
		}{"L1 JSON-RPC", &cfg.L1Port})
	}
	for _, q := range ports {
		if *q.p == 0 {
			continue
		}
		ln, err := net.Listen("tcp", net.JoinHostPort(cfg.Host, strconv.Itoa(*q.p)))
		if err != nil {
			fmt.Fprintf(w, "port %d (%s) is taken: using a free one\n", *q.p, q.name)
			*q.p = 0
			continue
		}
		ln.Close()
	}
}

func runDevnet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, o, err := parseDevnetArgs(args, stderr)
	if err != nil {
		return err
	}
	if o.fallback {
		fallbackPorts(&cfg, stderr)
	}
	var lvl slog.Level
	lvl.UnmarshalText([]byte(o.logLevel)) // parseDevnetArgs checked it
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: lvl}))

	fmt.Fprintf(stdout, "starting a devnet: %d members, threshold %d, replication %d ...\n", cfg.Members, cfg.Threshold, cfg.Replication)
	t0 := time.Now()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() {
		fmt.Fprintln(stdout, "stopping the devnet ...")
		d.Close()
		fmt.Fprintln(stdout, "stopped")
	}()
	printEndpoints(stdout, d.Endpoints(), &cfg, time.Since(t0))

	if o.demo {
		dctx, cancel := context.WithTimeout(ctx, o.timeout)
		report, err := d.RunDemo(dctx, stdout)
		cancel()
		if report != nil && o.reportFile != "" {
			b, _ := json.MarshalIndent(report, "", "  ")
			if werr := os.WriteFile(o.reportFile, append(b, '\n'), 0o644); werr != nil {
				fmt.Fprintf(stderr, "writing the report: %v\n", werr)
			}
		}
		if err != nil && !errors.Is(err, devnet.ErrDemoFailed) {
			if ctx.Err() != nil {
				return nil // interrupted
			}
			return err
		}
		if !o.stay {
			return err
		}
		if err != nil {
			fmt.Fprintf(stderr, "quire devnet: %v\n", err)
		}
		fmt.Fprintf(stdout, "\nthe devnet keeps running (--stay); dashboard %s; Ctrl-C stops it\n", d.Endpoints().Dashboard)
	} else {
		fmt.Fprintln(stdout, "Ctrl-C stops the devnet.")
	}
	<-ctx.Done()
	return nil
}

// printEndpoints prints where everything is and commands to try.
func printEndpoints(w io.Writer, ep devnet.Endpoints, cfg *devnet.Config, took time.Duration) {
	l1 := fmt.Sprintf("chain %d, embedded, a block every %s", ep.ChainID, cfg.BlockPeriod)
	if cfg.L1RPC != "" {
		l1 = fmt.Sprintf("chain %d, external", ep.ChainID)
	}
	fmt.Fprintf(w, "devnet up in %.1f s\n\n", took.Seconds())
	fmt.Fprintf(w, "  L1 JSON-RPC   %s  (%s)\n", ep.L1RPC, l1)
	fmt.Fprintf(w, "  committee     %s  (epoch %d, admin %s)\n", ep.Contract, ep.Epoch, ep.Admin)
	fmt.Fprintf(w, "  blob reader   %s\n", ep.BlobReader)
	fmt.Fprintf(w, "  disperser     %s  (peer %s)\n", ep.Disperser, ep.DisperserPeer)
	fmt.Fprintf(w, "  dashboard     %s\n", ep.Dashboard)
	fmt.Fprintf(w, "  light client  %s/status  (peer %s)\n", ep.Sampler, ep.SamplerPeer)
	fmt.Fprintf(w, "  members:\n")
	for _, m := range ep.Members {
		addr := ""
		if len(m.Addrs) > 0 {
			addr = m.Addrs[0] + "/p2p/" + m.PeerID
		}
		fmt.Fprintf(w, "    %2d  %s  operator %s  metrics %s/metrics\n", m.Index, addr, m.Operator, m.Metrics)
	}
	if r := ep.Rollup; r != nil {
		fmt.Fprintf(w, "  rollup        chain %d, inbox %s\n", r.ChainID, r.Inbox)
		fmt.Fprintf(w, "    JSON-RPC    %s  (sequencer; wallets, cast and ethclient)\n", r.RPC)
		fmt.Fprintf(w, "    verifier    %s  (derives from L1 and the members)\n", r.Verifier)
		fmt.Fprintf(w, "    prefunded accounts (1 ETH each on L2, ETH on L1 too; devnet keys, public, never use them elsewhere):\n")
		for i, a := range r.Accounts {
			fmt.Fprintf(w, "      (%d) %s  %s\n", i, a.Address, a.PrivateKey)
		}
		fmt.Fprintf(w, "    censored account (the sequencer refuses it and leaves its forced transactions out; force-include is due after %s):\n", r.ForceDelay)
		fmt.Fprintf(w, "          %s  %s\n", r.Censored.Address, r.Censored.PrivateKey)
	}
	rep := ""
	if cfg.Replication != 2 {
		rep = fmt.Sprintf(" --replication %d", cfg.Replication)
	}
	fmt.Fprintf(w, `
try:
  head -c 200000 /dev/urandom > blob.bin
  quire put blob.bin --url %[1]s --wait-l1
  quire get 0xBLOBID --url %[1]s --out copy.bin && cmp blob.bin copy.bin
  quire sample --rpc %[2]s --chain-id %[3]d --committee %[4]s --in-memory%[5]s 0xBLOBID
  quire committee show --rpc %[2]s --committee %[4]s
  quire blob open 0xBLOBID --offset 1000 --url %[1]s --rpc %[2]s --reader %[7]s
  curl %[6]s/status
`, ep.Disperser, ep.L1RPC, ep.ChainID, ep.Contract, rep, ep.Sampler, ep.BlobReader)
	if r := ep.Rollup; r != nil && len(r.Accounts) > 1 {
		fmt.Fprintf(w, `  quire rollup status --l2-rpc %[1]s
  cast send --rpc-url %[1]s --private-key %[2]s %[3]s --value 0.1ether
  cast balance --rpc-url %[4]s %[3]s
`, r.RPC, r.Accounts[0].PrivateKey, r.Accounts[1].Address, r.Verifier)
	}
	fmt.Fprintln(w)
}
