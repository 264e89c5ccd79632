package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/node"
	"github.com/quire-da/quire/dac/p2p"
)

func init() {
	register(command{
		name:         "node",
		subcommands:  []string{"status", "config"},
		optionalSubs: true,
		summary:      "run a committee storage node",
		run:          runNode,
	})
}

const nodeUsage = `usage: quire node --config FILE [flags]
       quire node status [--http ADDR]
       quire node config [--config FILE] [flags] [--init]

Runs a committee storage node: loads the BLS keystore and the libp2p
identity, opens the badger store, reads the committee (from L1 or the
config's static committee), and serves /quire/disperse/1, /quire/cells/1
and /quire/archive/1 until interrupted, with /metrics, /healthz and
/status on the HTTP address. The node logs what it holds at start and
whenever it changes (at each maintenance pass), hot tier (custody cells
and proofs, kept until the header's expiry) and archive tier (one archive
shard per blob, kept for archive_retention, 365 days by default) apart;
"quire node status" asks a running node the same over HTTP.

The config file is JSON (// comments allowed); fields absent from it keep
their defaults (see node.DefaultConfig). Environment variables override
the file and flags override both: every flag --some-name has the variable
QUIRE_SOME_NAME (QUIRE_RPC, QUIRE_CHAIN_ID, QUIRE_DATA_DIR, ...); the older
QUIRE_COMMITTEE_ADDRESS, QUIRE_HTTP_ADDR and QUIRE_KEYSTORE_PASSWORD_FILE
still read.

The keystore passphrase comes from the password file, else from
$` + passwordEnv + `.

"quire node config" prints the effective configuration (defaults, file,
environment, flags; secrets redacted) as JSON; with --init it writes a
commented template of every field to --config FILE (or stdout). Relative
paths in the file resolve against the file's directory.

flags:
`

// nodeFlags are the overrides a command line may carry; empty means unset.
type nodeFlags struct {
	config, chainID, committee, rpc, listen, http, dataDir string
	identity, keystore, passwordFile, dispersers           string
	logLevel, logFormat                                    string
	inMemory, initIdentity                                 bool
}

// nodeFlagSet defines the flags of quire node (and node config).
func nodeFlagSet(name string, stderr io.Writer) (*flag.FlagSet, *nodeFlags) {
	fs := newFlagSet(name, stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, nodeUsage)
		fs.PrintDefaults()
	}
	var f nodeFlags
	fs.StringVar(&f.config, "config", "", "JSON config `file` (required)")
	fs.StringVar(&f.chainID, "chain-id", "", "L1 chain id")
	fs.StringVar(&f.committee, "committee", "", "committee contract `address`")
	fs.StringVar(&f.rpc, "rpc", "", "L1 JSON-RPC `url` (committee source l1)")
	fs.StringVar(&f.listen, "listen", "", "libp2p listen `multiaddrs`, comma-separated")
	fs.StringVar(&f.http, "http", "", "metrics and health `addr` (\"off\" disables)")
	fs.StringVar(&f.dataDir, "data-dir", "", "badger store `dir`")
	fs.BoolVar(&f.inMemory, "in-memory", false, "keep the store in memory (devnets; nothing survives)")
	fs.StringVar(&f.identity, "identity", "", "libp2p identity key `file`")
	fs.StringVar(&f.keystore, "keystore", "", "EIP-2335 BLS keystore `file`")
	fs.StringVar(&f.passwordFile, "password-file", "", "keystore passphrase `file` (default $"+passwordEnv+")")
	fs.StringVar(&f.dispersers, "dispersers", "", "authorized disperser peer `IDs`, comma-separated")
	fs.StringVar(&f.logLevel, "log-level", "", "debug, info, warn or error")
	fs.StringVar(&f.logFormat, "log-format", "", "text or json")
	return fs, &f
}

// nodeEnvExtra are the variables quire node reads besides its flags'.
var nodeEnvExtra = []string{"QUIRE_COMMITTEE_ADDRESS", "QUIRE_HTTP_ADDR", "QUIRE_KEYSTORE_PASSWORD_FILE", passwordEnv}

// nodePathFields are the node config's file paths, resolved against the
// config file's directory.
var nodePathFields = []string{"identity_key_file", "keystore", "keystore_password_file", "store.dir"}

func runNode(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "status" {
		return runNodeStatus(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "config" {
		fs, f := nodeFlagSet("node config", stderr)
		doInit := fs.Bool("init", false, "write a commented template of every field to --config (or stdout) instead")
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 0 {
			return fmt.Errorf("%w: node config takes no arguments", errUsage)
		}
		warnUnknownEnv(fs, nodeEnvExtra, stderr)
		var cfg node.Config
		if !*doInit {
			var err error
			if cfg, err = loadNodeConfig(*f, os.LookupEnv); err != nil {
				return err
			}
		}
		return configCommand("node", fs, cfg, node.DefaultConfig(), *doInit, f.config, stdout, stderr)
	}
	fs, f := nodeFlagSet("node", stderr)
	fs.BoolVar(&f.initIdentity, "init-identity", false, "create the identity file if missing, print the peer ID and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: node takes no arguments", errUsage)
	}
	if f.config == "" {
		return fmt.Errorf("%w: --config is required", errUsage)
	}
	warnUnknownEnv(fs, nodeEnvExtra, stderr)
	cfg, err := loadNodeConfig(*f, os.LookupEnv)
	if err != nil {
		return err
	}

	if f.initIdentity {
		return initIdentity(cfg.IdentityKeyFile, stdout)
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log, err := cfg.Logger(stderr)
	if err != nil {
		return err
	}
	if cfg.IdentityKeyFile == "" || cfg.Keystore == "" {
		return fmt.Errorf("%w: identity_key_file and keystore are required", errUsage)
	}
	warnLoosePerms(log, [2]string{"keystore", cfg.Keystore}, [2]string{"identity key file", cfg.IdentityKeyFile},
		[2]string{"keystore password file", cfg.KeystorePasswordFile})
	id, err := p2p.LoadIdentity(cfg.IdentityKeyFile)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(cfg.Keystore)
	if err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	ks, err := keystore.Parse(raw)
	if err != nil {
		return fmt.Errorf("keystore %s: %w", cfg.Keystore, err)
	}
	password, err := readPassword(cfg.KeystorePasswordFile, promptOnce, stderr)
	if err != nil {
		return err
	}
	key, err := ks.DecryptKey(password)
	if err != nil {
		return fmt.Errorf("keystore %s: %w", cfg.Keystore, err)
	}
	defer key.Zeroize()

	var src p2p.CommitteeSource
	switch cfg.Committee.Source {
	case "static":
		c, err := cfg.Committee.Static.Committee()
		if err != nil {
			return err
		}
		src = p2p.NewStaticSource(c)
	case "l1":
		if cfg.Committee.Replication != 0 {
			log.Warn("committee.replication is ignored: each epoch's replication is read from the committee contract",
				"replication", cfg.Committee.Replication)
		}
		src, err = p2p.DialL1Source(ctx, cfg.Committee.RPC, cfg.CommitteeAddress, cfg.ChainID,
			cfg.Committee.PollInterval.D(), log)
		if err != nil {
			return err
		}
		if err := waitFirstEpoch(ctx, src, cfg.Committee.PollInterval.D(), log); err != nil {
			return err
		}
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	n, err := node.New(ctx, cfg, node.Deps{Key: key, Identity: id, Committee: src, Registry: reg, Logger: log})
	if err != nil {
		return err
	}
	return n.Run(ctx)
}

// loadNodeConfig reads the config file (when f names one) over the
// defaults and applies environment variables (looked up with env), then
// flags.
func loadNodeConfig(f nodeFlags, env func(string) (string, bool)) (node.Config, error) {
	cfg := node.DefaultConfig()
	if f.config != "" {
		if err := readConfigFile(f.config, &cfg, nodePathFields); err != nil {
			return cfg, err
		}
	}
	// The environment first, then flags: a later source wins.
	for _, src := range []func(envName, flagVal string) (string, bool){
		func(name, _ string) (string, bool) { return env(name) },
		func(_, val string) (string, bool) { return val, val != "" },
	} {
		if err := overrideConfig(&cfg, src, f); err != nil {
			return cfg, err
		}
	}
	if f.inMemory {
		cfg.Store.Dir, cfg.Store.InMemory = "", true
	}
	return cfg, nil
}

// overrideConfig applies one source of overrides: get returns the value
// for a setting, given its environment name and its flag value.
func overrideConfig(cfg *node.Config, get func(envName, flagVal string) (string, bool), f nodeFlags) error {
	str := func(dst *string, env, flagVal string) {
		if v, ok := get(env, flagVal); ok {
			*dst = v
		}
	}
	list := func(dst *[]string, env, flagVal string) {
		if v, ok := get(env, flagVal); ok {
			*dst = splitList(v)
		}
	}
	if v, ok := get("QUIRE_CHAIN_ID", f.chainID); ok {
		id, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: chain id %q: %v", errUsage, v, err)
		}
		cfg.ChainID = id
	}
	if v, ok := get("QUIRE_COMMITTEE_ADDRESS", f.committee); ok {
		if err := cfg.CommitteeAddress.UnmarshalText([]byte(v)); err != nil {
			return fmt.Errorf("%w: committee address: %v", errUsage, err)
		}
	}
	str(&cfg.Committee.RPC, "QUIRE_RPC", f.rpc)
	list(&cfg.Listen, "QUIRE_LISTEN", f.listen)
	if v, ok := get("QUIRE_HTTP_ADDR", f.http); ok {
		if v == "off" {
			v = ""
		}
		cfg.HTTPAddr = v
	}
	if v, ok := get("QUIRE_DATA_DIR", f.dataDir); ok {
		cfg.Store.Dir, cfg.Store.InMemory = v, false
	}
	str(&cfg.IdentityKeyFile, "QUIRE_IDENTITY", f.identity)
	str(&cfg.Keystore, "QUIRE_KEYSTORE", f.keystore)
	str(&cfg.KeystorePasswordFile, "QUIRE_KEYSTORE_PASSWORD_FILE", f.passwordFile)
	list(&cfg.Dispersers, "QUIRE_DISPERSERS", f.dispersers)
	str(&cfg.LogLevel, "QUIRE_LOG_LEVEL", f.logLevel)
	str(&cfg.LogFormat, "QUIRE_LOG_FORMAT", f.logFormat)
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// initIdentity creates the identity file if it does not exist and prints
// the peer ID (the one to register on L1).
func initIdentity(path string, stdout io.Writer) error {
	if path == "" {
		return fmt.Errorf("%w: identity_key_file (or --identity) is required", errUsage)
	}
	priv, err := p2p.LoadIdentity(path)
	if errors.Is(err, os.ErrNotExist) {
		if priv, err = p2p.GenerateIdentity(); err != nil {
			return err
		}
		if err = p2p.WriteIdentity(path, priv); err != nil {
			return err
		}
	}
	if err != nil {
		return err
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, id)
	return nil
}

// runNodeStatus prints what a running node holds, hot and archive tiers
// apart, from its /status endpoint.
func runNodeStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("node status", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, nodeUsage)
		fs.PrintDefaults()
	}
	addr := fs.String("http", node.DefaultConfig().HTTPAddr, "the node's HTTP `addr` (http_addr), or a URL")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: node status takes no arguments", errUsage)
	}
	url := *addr
	if !strings.Contains(url, "://") {
		url = "http://" + url
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(url, "/")+"/status", nil)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("node status: %s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var st node.StoreStats
	if err := json.Unmarshal(body, &st); err != nil {
		return fmt.Errorf("node status: %w", err)
	}
	fmt.Fprintf(stdout, "hot tier:     %d blobs, %d bytes (custody cells and proofs)\n", st.Blobs, st.HotBytes)
	fmt.Fprintf(stdout, "archive tier: %d shards, %d bytes\n", st.ArchiveShards, st.ArchiveBytes)
	return nil
}
