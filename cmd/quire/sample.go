package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
)

func init() {
	register(command{
		name:         "sample",
		subcommands:  []string{"config"},
		optionalSubs: true,
		summary:      "light client: check by random sampling that certified blobs are available",
		run:          runSample,
	})
}

const sampleUsage = `usage:
  quire sample [flags] BLOBID
  quire sample --follow [flags]
  quire sample config [--config FILE] [flags] [--init]

The light client. With a blob ID it looks the blob up on the committee
contract, checks its certificate (BLS, against the L1 committee), fetches
the header from a member and checks it against the certified hash, then
samples s random cells from their custodians and verifies them in one
batched pairing check. It prints the positions, the peers that served
them, the result (AVAILABLE, UNAVAILABLE, INVALID or EXPIRED) and the
confidence 1 - (3/4)^s; it exits 0 only for AVAILABLE.

With --follow it follows the chain: every blob certified on L1 (or
announced on the gossip topic) is sampled, progress is kept in the store,
and /status (JSON), /metrics and /healthz are served on --http.

The config file is JSON (see light.DefaultConfig); fields absent from it
keep their defaults. Environment variables override the file and flags
override both; every flag --some-name has the variable QUIRE_SOME_NAME
(QUIRE_RPC, QUIRE_CHAIN_ID, QUIRE_COMMITTEE, QUIRE_DATA_DIR, ...).
'quire sample config' prints the effective configuration.

flags:
`

// dialL1 connects to an L1 endpoint; tests replace it.
var dialL1 = func(ctx context.Context, url string) (light.Backend, func(), error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	return c, c.Close, nil
}

type sampleFlags struct {
	config, rpc, chainID, committee, dataDir, http, listen, logLevel, logFormat string
	startBlock                                                                  string
	samples, replication                                                        int
	deadline, timeout                                                           time.Duration
	follow, inMemory, noGossip, jsonOut                                         bool
}

// sampleFlagSet defines the flags of quire sample (and sample config).
func sampleFlagSet(name string, stderr io.Writer) (*flag.FlagSet, *sampleFlags) {
	fs := newFlagSet(name, stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, sampleUsage)
		fs.PrintDefaults()
	}
	var f sampleFlags
	fs.StringVar(&f.config, "config", "", "JSON config `file`")
	fs.StringVar(&f.rpc, "rpc", "", "L1 JSON-RPC `url`")
	fs.StringVar(&f.chainID, "chain-id", "", "L1 chain `id`")
	fs.StringVar(&f.committee, "committee", "", "committee contract `address`")
	fs.StringVar(&f.dataDir, "data-dir", "", "store `dir` (secret, progress, L1 checkpoint)")
	fs.BoolVar(&f.inMemory, "in-memory", false, "keep the store in memory (a fresh secret each run)")
	fs.IntVar(&f.samples, "samples", 0, "cells sampled per blob, s (default 30)")
	fs.IntVar(&f.replication, "replication", 0, "deprecated and ignored: r is read from the committee contract")
	fs.DurationVar(&f.deadline, "deadline", 0, "how long a blob may stay pending (default 2m)")
	fs.DurationVar(&f.timeout, "timeout", 0, "one blob: overall time limit (default deadline + 1m)")
	fs.StringVar(&f.startBlock, "start-block", "", "first L1 `block` to scan when the store has no checkpoint (-1: the head)")
	fs.BoolVar(&f.follow, "follow", false, "follow the chain and sample every certified blob")
	fs.StringVar(&f.http, "http", "", "follow: status and metrics `addr` (\"off\" disables)")
	fs.StringVar(&f.listen, "listen", "", "libp2p listen `multiaddrs`, comma-separated")
	fs.BoolVar(&f.noGossip, "no-gossip", false, "follow: do not subscribe to the announcement topic")
	fs.BoolVar(&f.jsonOut, "json", false, "one blob: print the status as JSON")
	fs.StringVar(&f.logLevel, "log-level", "", "debug, info, warn or error")
	fs.StringVar(&f.logFormat, "log-format", "", "text or json")
	return fs, &f
}

// sampleEnvExtra are the variables quire sample reads besides its flags'.
var sampleEnvExtra = []string{"QUIRE_COMMITTEE_ADDRESS"}

func runSample(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "config" {
		fs, f := sampleFlagSet("sample config", stderr)
		doInit := fs.Bool("init", false, "write a commented template of every field to --config (or stdout) instead")
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 0 {
			return fmt.Errorf("%w: sample config takes no arguments", errUsage)
		}
		warnUnknownEnv(fs, sampleEnvExtra, stderr)
		cfg := light.DefaultConfig()
		if !*doInit {
			var err error
			if cfg, err = loadSampleConfig(*f, os.LookupEnv); err != nil {
				return err
			}
		}
		return configCommand("sample", fs, cfg, light.DefaultConfig(), *doInit, f.config, stdout, stderr)
	}
	fs, f := sampleFlagSet("sample", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var id dac.BlobID
	switch {
	case f.follow && fs.NArg() != 0:
		return fmt.Errorf("%w: --follow takes no blob ID", errUsage)
	case !f.follow && fs.NArg() != 1:
		return fmt.Errorf("%w: want one blob ID (or --follow)", errUsage)
	case !f.follow:
		var err error
		if id, err = dac.ParseBlobID(fs.Arg(0)); err != nil {
			return fmt.Errorf("%w: blob ID: %v", errUsage, err)
		}
	}
	warnUnknownEnv(fs, sampleEnvExtra, stderr)
	cfg, err := loadSampleConfig(*f, os.LookupEnv)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if cfg.RPC == "" {
		return fmt.Errorf("%w: --rpc (or QUIRE_RPC) is required", errUsage)
	}
	log, err := cfg.Logger(stderr)
	if err != nil {
		return err
	}
	backend, closeL1, err := dialL1(ctx, cfg.RPC)
	if err != nil {
		return fmt.Errorf("l1 %s: %w", cfg.RPC, err)
	}
	defer closeL1()

	var reg *prometheus.Registry
	if f.follow {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	c, err := light.New(ctx, cfg, light.Deps{L1: backend, Registry: reg, Logger: log})
	if err != nil {
		return err
	}
	defer c.Close()
	if f.follow {
		return c.Run(ctx)
	}

	timeout := f.timeout
	if timeout <= 0 {
		timeout = cfg.Deadline.D() + time.Minute
	}
	sctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	st, err := c.Sample(sctx, id)
	if err != nil {
		return err
	}
	if f.jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(st); err != nil {
			return err
		}
	} else {
		printSampleReport(stdout, st)
	}
	if st.Status != sampler.StatusAvailable {
		return fmt.Errorf("%w: blob %s is %s", errNegative, st.ID, strings.ToUpper(st.Status.String()))
	}
	return nil
}

// loadSampleConfig builds the configuration: defaults, the config file,
// the environment (looked up with env), then flags. A one-shot run listens
// nowhere unless --listen says so.
func loadSampleConfig(f sampleFlags, env func(string) (string, bool)) (light.Config, error) {
	cfg := light.DefaultConfig()
	if !f.follow {
		cfg.Listen = nil
	}
	if f.config != "" {
		if err := readConfigFile(f.config, &cfg, []string{"store.dir"}); err != nil {
			return cfg, err
		}
	}
	for _, get := range []func(envName, flagVal string) (string, bool){
		func(name, _ string) (string, bool) { return env(name) },
		func(_, val string) (string, bool) { return val, val != "" },
	} {
		if v, ok := get("QUIRE_RPC", f.rpc); ok {
			cfg.RPC = v
		}
		if v, ok := get("QUIRE_CHAIN_ID", f.chainID); ok {
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return cfg, fmt.Errorf("%w: chain id %q: %v", errUsage, v, err)
			}
			cfg.ChainID = n
		}
		if v, ok := get("QUIRE_COMMITTEE_ADDRESS", f.committee); ok {
			if err := cfg.CommitteeAddress.UnmarshalText([]byte(v)); err != nil {
				return cfg, fmt.Errorf("%w: committee address: %v", errUsage, err)
			}
		}
		if v, ok := get("QUIRE_DATA_DIR", f.dataDir); ok {
			cfg.Store = light.StoreConfig{Dir: v}
		}
		if v, ok := get("QUIRE_LOG_LEVEL", f.logLevel); ok {
			cfg.LogLevel = v
		}
	}
	if f.inMemory {
		cfg.Store = light.StoreConfig{InMemory: true}
	}
	if f.samples != 0 {
		cfg.Samples = f.samples
	}
	if f.replication != 0 {
		cfg.Replication = f.replication
	}
	if f.deadline != 0 {
		cfg.Deadline = light.Duration(f.deadline)
	}
	if f.startBlock != "" {
		n, err := strconv.ParseInt(f.startBlock, 10, 64)
		if err != nil {
			return cfg, fmt.Errorf("%w: start block %q: %v", errUsage, f.startBlock, err)
		}
		cfg.StartBlock = n
	}
	if f.http != "" {
		cfg.HTTPAddr = f.http
		if f.http == "off" {
			cfg.HTTPAddr = ""
		}
	}
	if f.listen != "" {
		cfg.Listen = splitList(f.listen)
	}
	if f.noGossip {
		cfg.Gossip = false
	}
	if f.logFormat != "" {
		cfg.LogFormat = f.logFormat
	}
	return cfg, nil
}

// printSampleReport prints a one-shot verdict for people.
func printSampleReport(w io.Writer, st *light.BlobStatus) {
	fmt.Fprintf(w, "blob        %s\n", st.ID)
	fmt.Fprintf(w, "header      %s (epoch %d, k=%d)\n", st.HeaderHash, st.Epoch, st.K)
	cert := map[string]string{"bls": "aggregate BLS signature checked against the L1 committee", "l1": "the committee contract's record"}[st.CertifiedBy]
	if cert == "" {
		cert = "not checked"
	}
	fmt.Fprintf(w, "certificate %s\n", cert)
	fmt.Fprintf(w, "result      %s\n", strings.ToUpper(st.Status.String()))
	if st.Reason != "" {
		fmt.Fprintf(w, "reason      %s\n", st.Reason)
	}
	fmt.Fprintf(w, "confidence  %.4f%% (%d of %d samples verified; 1 - (3/4)^%d)\n", 100*st.Confidence, st.Verified, len(st.Samples), st.Verified)
	if st.K > 0 {
		fmt.Fprintf(w, "            %.6f%% exact for k=%d\n", 100*sampler.ConfidenceBound(st.K, st.Verified), st.K)
	}
	if len(st.Samples) > 0 {
		fmt.Fprintf(w, "samples\n")
		for _, s := range st.Samples {
			state, who := "missing", ""
			if s.Verified {
				state, who = "verified", fmt.Sprintf("member %3d  %s", s.Member, s.Peer)
			}
			fmt.Fprintf(w, "  row %4d col %3d  %-8s  %s\n", s.Row, s.Col, state, who)
		}
	}
	for _, b := range st.BadCells {
		fmt.Fprintf(w, "bad cell    row %d col %d from member %d (%s): %s\n", b.Row, b.Col, b.Member, b.Peer, b.Error)
	}
	fmt.Fprintf(w, "downloaded  %d bytes in %d rounds, %.1f ms\n", st.Bytes, st.Rounds, st.Millis)
}
