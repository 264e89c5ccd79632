package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
)

func init() {
	register(command{
		name:         "disperser",
		subcommands:  []string{"config"},
		optionalSubs: true,
		summary:      "run the disperser: HTTP API (incl. OP Stack Alt-DA) in front of the committee",
		run:          runDisperser,
	})
}

const disperserUsage = `usage: quire disperser --config FILE [flags]
       quire disperser config [--config FILE] [flags] [--init]

Runs the disperser: an HTTP API (default 127.0.0.1:3100) that encodes
posted blobs, disperses them to the committee over libp2p, aggregates the
members' signatures into certificates and serves the blobs back; with the
OP Stack Alt-DA routes /put and /get, /metrics and /healthz.

The config file is JSON: the disperser's settings (see
disperser.DefaultConfig: chain_id, committee_address, http_addr, listen,
max_blob_size, retention, workers, queue_size, member_timeout,
disperse_timeout, l1_mode, data_dir, l1_retries, ...) and:

  identity_key_file  libp2p identity (its peer ID must be in the members'
                     "dispersers"); without one an ephemeral identity is used
  committee          {"source": "l1", "rpc": URL, "poll_interval": "12s",
                      } or {"source": "static", "static": {...}}
                     (the same form as quire node's)
  l1_rpc             JSON-RPC endpoint for certify (default committee.rpc)
  l1_key_file        key of the account that sends certify: a go-ethereum
                     V3 keystore (or a hex key on devnets); needed for
                     l1_mode async or wait
  l1_key_password_file  file whose first line is that keystore's passphrase
                     (default $QUIRE_KEYSTORE_PASSWORD)

Environment variables override the file and flags override both; every
flag --some-name has the variable QUIRE_SOME_NAME (QUIRE_RPC, QUIRE_L1_MODE,
QUIRE_L1_KEY_FILE, ...). 'quire disperser config' prints the result.

flags:
`

// disperserFile is the config file of quire disperser.
type disperserFile struct {
	disperser.Config
	IdentityKeyFile string              `json:"identity_key_file,omitempty"`
	Committee       p2p.CommitteeConfig `json:"committee"`
	L1RPC           string              `json:"l1_rpc,omitempty"`
	L1KeyFile       string              `json:"l1_key_file,omitempty"`
	L1KeyPassword   string              `json:"l1_key_password_file,omitempty"`
}

type disperserFlags struct {
	config, http, listen, identity, l1Mode, l1Key, l1KeyPass, rpc, logLevel string
}

// disperserFlagSet defines the flags of quire disperser (and disperser
// config).
func disperserFlagSet(name string, stderr io.Writer) (*flag.FlagSet, *disperserFlags) {
	fs := newFlagSet(name, stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, disperserUsage)
		fs.PrintDefaults()
	}
	var f disperserFlags
	fs.StringVar(&f.config, "config", "", "JSON config `file` (required)")
	fs.StringVar(&f.http, "http", "", "HTTP API listen `addr`")
	fs.StringVar(&f.listen, "listen", "", "libp2p listen `multiaddrs`, comma-separated")
	fs.StringVar(&f.identity, "identity", "", "libp2p identity key `file`")
	fs.StringVar(&f.l1Mode, "l1-mode", "", "submit certificates to L1: off, async or wait")
	fs.StringVar(&f.l1Key, "l1-key-file", "", "key `file` (V3 keystore, or hex on devnets) of the account that sends certify")
	fs.StringVar(&f.l1KeyPass, "l1-key-password-file", "", "`file` whose first line is the l1 key keystore's passphrase")
	fs.StringVar(&f.rpc, "rpc", "", "L1 JSON-RPC `url` (committee source l1, and certify)")
	fs.StringVar(&f.logLevel, "log-level", "", "debug, info, warn or error")
	return fs, &f
}

// disperserPathFields are the disperser config's file paths, resolved
// against the config file's directory.
var disperserPathFields = []string{"identity_key_file", "l1_key_file", "l1_key_password_file"}

func runDisperser(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "api-key" {
		return runAPIKey(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "config" {
		fs, f := disperserFlagSet("disperser config", stderr)
		doInit := fs.Bool("init", false, "write a commented template of every field to --config (or stdout) instead")
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 0 {
			return fmt.Errorf("%w: disperser config takes no arguments", errUsage)
		}
		warnUnknownEnv(fs, nil, stderr)
		file := &disperserFile{Config: disperser.DefaultConfig()}
		if !*doInit {
			var err error
			if file, err = loadDisperserFile(*f); err != nil {
				return err
			}
		}
		return configCommand("disperser", fs, *file, disperserFile{Config: disperser.DefaultConfig()}, *doInit, f.config, stdout, stderr)
	}
	fs, f := disperserFlagSet("disperser", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: disperser takes no arguments", errUsage)
	}
	if f.config == "" {
		return fmt.Errorf("%w: --config is required", errUsage)
	}
	warnUnknownEnv(fs, []string{passwordEnv}, stderr)
	file, err := loadDisperserFile(*f)
	if err != nil {
		return err
	}
	cfg := file.Config
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if cfg.L1Mode != api.L1Off && file.L1KeyFile == "" {
		return fmt.Errorf("%w: l1_mode %s needs l1_key_file", errUsage, cfg.L1Mode)
	}
	log, err := disperserLogger(&cfg, stderr)
	if err != nil {
		return err
	}

	warnLoosePerms(log, [2]string{"identity key file", file.IdentityKeyFile}, [2]string{"L1 key file", file.L1KeyFile},
		[2]string{"L1 key password file", file.L1KeyPassword})
	var id libp2pcrypto.PrivKey
	if file.IdentityKeyFile != "" {
		if id, err = p2p.LoadIdentity(file.IdentityKeyFile); err != nil {
			return err
		}
	} else {
		if id, err = p2p.GenerateIdentity(); err != nil {
			return err
		}
		log.Warn("no identity_key_file: using an ephemeral libp2p identity; members must authorize its peer ID")
	}

	var src disperser.CommitteeSource
	switch file.Committee.Source {
	case "static":
		if file.Committee.Static == nil {
			return fmt.Errorf("%w: committee: static committee missing", errUsage)
		}
		c, err := file.Committee.Static.Committee()
		if err != nil {
			return fmt.Errorf("committee: %w", err)
		}
		src = p2p.NewStaticSource(c)
	case "l1":
		poll := file.Committee.PollInterval.D()
		if poll <= 0 {
			poll = 12 * time.Second
		}
		if file.Committee.Replication != 0 {
			log.Warn("committee.replication is ignored: each epoch's replication is read from the committee contract",
				"replication", file.Committee.Replication)
		}
		l1src, err := p2p.DialL1Source(ctx, file.Committee.RPC, cfg.CommitteeAddress, cfg.ChainID, poll, log)
		if err != nil {
			return err
		}
		src = disperser.NewCachedSource(l1src, poll)
	default:
		return fmt.Errorf("%w: committee: source %q, want l1 or static", errUsage, file.Committee.Source)
	}

	var certifier disperser.Certifier
	if file.L1KeyFile != "" {
		rpc := file.L1RPC
		if rpc == "" {
			rpc = file.Committee.RPC
		}
		if rpc == "" {
			return fmt.Errorf("%w: l1_key_file needs l1_rpc (or committee.rpc)", errUsage)
		}
		if certifier, err = dialCertifier(ctx, rpc, cfg.CommitteeAddress, cfg.ChainID, file.L1KeyFile, file.L1KeyPassword, stderr); err != nil {
			return err
		}
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	d, err := disperser.New(cfg, disperser.Deps{Committee: src, Identity: id, Certifier: certifier, Registry: reg, Logger: log})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "disperser %s listening on http://%s\n", d.PeerID(), d.HTTPAddr())
	return d.Run(ctx)
}

// loadDisperserFile reads the config (when f names one) over the defaults
// and applies the flags (which parseFlags took from $QUIRE_* when unset).
func loadDisperserFile(f disperserFlags) (*disperserFile, error) {
	file := &disperserFile{Config: disperser.DefaultConfig()}
	if f.config != "" {
		if err := readConfigFile(f.config, file, disperserPathFields); err != nil {
			return nil, err
		}
	}
	if f.http != "" {
		file.HTTPAddr = f.http
	}
	if f.listen != "" {
		file.Listen = splitList(f.listen)
	}
	if f.identity != "" {
		file.IdentityKeyFile = f.identity
	}
	if f.l1Mode != "" {
		m, err := api.ParseL1Mode(f.l1Mode)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		file.L1Mode = m
	}
	if f.l1Key != "" {
		file.L1KeyFile = f.l1Key
	}
	if f.l1KeyPass != "" {
		file.L1KeyPassword = f.l1KeyPass
	}
	if f.rpc != "" {
		file.Committee.RPC = f.rpc
		file.L1RPC = f.rpc
	}
	if f.logLevel != "" {
		file.LogLevel = f.logLevel
	}
	return file, nil
}

func disperserLogger(cfg *disperser.Config, w io.Writer) (*slog.Logger, error) {
	var lvl slog.Level
	if cfg.LogLevel != "" {
		if err := lvl.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
			return nil, fmt.Errorf("%w: log_level %q: want debug, info, warn or error", errUsage, cfg.LogLevel)
		}
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}

// dialCertifier connects to the committee contract over rpc and returns a
// certifier sending from the key in keyFile.
func dialCertifier(ctx context.Context, rpc string, addr p2p.Address, chainID uint64, keyFile, passwordFile string, prompts io.Writer) (disperser.Certifier, error) {
	key, err := readL1Key(keyFile, passwordFile, prompts)
	if err != nil {
		return nil, fmt.Errorf("l1_key_file: %w", err)
	}
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return nil, fmt.Errorf("l1 %s: %w", rpc, err)
	}
	c, err := l1.New(ctx, client, common.Address(addr))
	if err != nil {
		client.Close()
		return nil, err
	}
	if c.ChainID() != chainID {
		client.Close()
		return nil, errors.New("l1: the RPC endpoint's chain is not chain_id")
	}
	return disperser.NewL1Certifier(c, l1.NewTransactor(key, chainID)), nil
}
