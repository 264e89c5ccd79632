package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
	dacl1 "github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/node"
	"github.com/quire-da/quire/rollup/rpc"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

// sequencerKeyEnv holds the sequencer's hex L1 key when neither key_file
// nor keystore is set.
const sequencerKeyEnv = "QUIRE_SEQUENCER_KEY"

const rollupSequencerUsage = `usage: quire rollup sequencer --config FILE [--init]

Runs the rollup's sequencer: takes transactions on its JSON-RPC
(eth_sendRawTransaction and the read methods), builds an L2 block every
block_interval, and posts batches through the disperser (waiting for the
certificate on L1) to the RollupInbox. Everything it acknowledged or
produced is kept in data_dir (badger), synced before it answers: a
transaction is journaled before its hash is returned, a block and its
state are written before the block is served, and the batch being posted
is recorded with its certified header, so that a crash loses no
acknowledged transaction and a restart never posts a batch twice (blocks
the inbox already holds are marked posted, a certified batch is appended
without posting its blob again).

The config file is strict JSON (unknown fields are errors); --init writes
a template to FILE. Fields:

  rollup            the deployment's parameters (chain_id, l1_chain_id,
                    base_fee, fee_recipient, block_gas_limit, genesis_time,
                    max_record, ...); absent fields keep the devnet's
  l1_rpc            L1 JSON-RPC URL                         ($QUIRE_RPC)
  inbox_address     the RollupInbox contract
  disperser_url     the disperser's HTTP API
  disperser_api_key_file   file holding the disperser's API key, when it
                    is not open (else $QUIRE_API_KEY)
  key_file          the inbox's sequencer account: a go-ethereum V3
                    keystore (or a hex key on devnets), with password_file
                    (its first line; else $QUIRE_KEYSTORE_PASSWORD, else
                    asked on a terminal); keystore is the old name of a
                    V3 key_file; with neither, $QUIRE_SEQUENCER_KEY holds
                    the hex key
  block_interval    "1s"; max_block_txs, pool_size
  batch_bytes       post once the unposted blocks reach this many bytes
  batch_age         or once the oldest is this old ("4s")
  max_rows          data rows of a batch blob at most (4096 x 31 bytes)
  retry_first, retry_max   back-off of failed posts and appends
  http_addr         JSON-RPC listen address, with /healthz ($QUIRE_HTTP_ADDR)
  data_dir          badger directory (required)      ($QUIRE_DATA_DIR)
  log_level, log_format    debug|info|warn|error, text|json ($QUIRE_LOG_LEVEL)

flags:
`

const rollupNodeUsage = `usage: quire rollup node --config FILE [--init]

Runs a verifier node: follows the RollupInbox on L1 (confirmations
blocks deep), fetches every batch's blob from the committee members with
verified retrieval, derives the L2 chain with the same state transition
as the sequencer and the fault proof, and serves it on JSON-RPC;
eth_sendRawTransaction is forwarded to sequencer_rpc. The derived chain
(state, blocks, receipts, transaction index) and a checkpoint per batch
(with the L1 cursor) are kept in data_dir, so a restart resumes where it
stopped and reaches the same state roots.

The config file is strict JSON; --init writes a template. Fields:

  rollup             the deployment's parameters (as for the sequencer)
  l1_rpc             L1 JSON-RPC URL                        ($QUIRE_RPC)
  inbox_address      the RollupInbox contract
  committee_address  the committee contract (members and certificates)
  confirmations      L1 blocks a batch must be under before it is derived
  sequencer_rpc      where eth_sendRawTransaction is forwarded (optional)
  http_addr          JSON-RPC listen address, with /healthz ($QUIRE_HTTP_ADDR)
  data_dir           badger directory (required)      ($QUIRE_DATA_DIR)
  retry              wait before retrying a batch whose blob could not be
                     fetched ("5s")
  log_level, log_format

flags:
`

// rollupCommon are the fields both commands' files share.
type rollupCommon struct {
	Rollup    rollup.Config  `json:"rollup"`
	L1RPC     string         `json:"l1_rpc"`
	Inbox     common.Address `json:"inbox_address"`
	HTTPAddr  string         `json:"http_addr"`
	DataDir   string         `json:"data_dir"`
	LogLevel  string         `json:"log_level,omitempty"`
	LogFormat string         `json:"log_format,omitempty"`
}

// sequencerFile is the config file of quire rollup sequencer.
type sequencerFile struct {
	rollupCommon
	DisperserURL  string          `json:"disperser_url"`
	APIKeyFile    string          `json:"disperser_api_key_file,omitempty"`
	KeyFile       string          `json:"key_file,omitempty"`
	Keystore      string          `json:"keystore,omitempty"`
	PasswordFile  string          `json:"password_file,omitempty"`
	BlockInterval rollup.Duration `json:"block_interval"`
	MaxBlockTxs   int             `json:"max_block_txs"`
	PoolSize      int             `json:"pool_size"`
	BatchBytes    int             `json:"batch_bytes"`
	BatchAge      rollup.Duration `json:"batch_age"`
	MaxRows       int             `json:"max_rows"`
	RetryFirst    rollup.Duration `json:"retry_first"`
	RetryMax      rollup.Duration `json:"retry_max"`
}

// nodeFile is the config file of quire rollup node.
type rollupNodeFile struct {
	rollupCommon
	Committee     common.Address  `json:"committee_address"`
	Confirmations uint64          `json:"confirmations"`
	SequencerRPC  string          `json:"sequencer_rpc,omitempty"`
	Retry         rollup.Duration `json:"retry"`
}

func defaultSequencerFile() sequencerFile {
	s := sequencer.DefaultConfig()
	return sequencerFile{
		rollupCommon:  rollupCommon{Rollup: rollup.DevConfig(), L1RPC: defaultRPC, HTTPAddr: "127.0.0.1:8547", LogLevel: "info"},
		DisperserURL:  "http://127.0.0.1:3100",
		BlockInterval: rollup.Duration(s.BlockInterval), MaxBlockTxs: s.MaxBlockTxs, PoolSize: s.PoolSize,
		BatchBytes: s.BatchBytes, BatchAge: rollup.Duration(s.BatchAge), MaxRows: s.MaxRows,
		RetryFirst: rollup.Duration(s.RetryFirst), RetryMax: rollup.Duration(s.RetryMax),
	}
}

func defaultRollupNodeFile() rollupNodeFile {
	return rollupNodeFile{
		rollupCommon:  rollupCommon{Rollup: rollup.DevConfig(), L1RPC: defaultRPC, HTTPAddr: "127.0.0.1:8548", LogLevel: "info"},
		Confirmations: 0, Retry: rollup.Duration(5 * time.Second),
	}
}

// sequencerConfig returns the sequencer's settings from the file.
func (f *sequencerFile) sequencerConfig() sequencer.Config {
	return sequencer.Config{BlockInterval: time.Duration(f.BlockInterval), MaxBlockTxs: f.MaxBlockTxs, PoolSize: f.PoolSize,
		BatchBytes: f.BatchBytes, BatchAge: time.Duration(f.BatchAge), MaxRows: f.MaxRows,
		RetryFirst: time.Duration(f.RetryFirst), RetryMax: time.Duration(f.RetryMax)}
}

// validate checks the shared fields.
func (c *rollupCommon) validate() error {
	var errs []error
	if err := c.Rollup.Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.L1RPC == "" {
		errs = append(errs, errors.New("l1_rpc is required"))
	}
	if c.Inbox == (common.Address{}) {
		errs = append(errs, errors.New("inbox_address is required"))
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("data_dir is required"))
	}
	if c.HTTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			errs = append(errs, fmt.Errorf("http_addr %q: %v", c.HTTPAddr, err))
		}
	}
	return errors.Join(errs...)
}

// applyEnv applies the environment overrides of the shared fields.
func (c *rollupCommon) applyEnv(env func(string) (string, bool)) {
	for name, dst := range map[string]*string{"QUIRE_RPC": &c.L1RPC, "QUIRE_HTTP_ADDR": &c.HTTPAddr,
		"QUIRE_DATA_DIR": &c.DataDir, "QUIRE_LOG_LEVEL": &c.LogLevel, "QUIRE_LOG_FORMAT": &c.LogFormat} {
		if v, ok := env(name); ok && v != "" {
			*dst = v
		}
	}
}

func (c *rollupCommon) logger(w io.Writer) (*slog.Logger, error) {
	var lvl slog.Level
	if c.LogLevel != "" {
		if err := lvl.UnmarshalText([]byte(c.LogLevel)); err != nil {
			return nil, fmt.Errorf("%w: log_level %q: want debug, info, warn or error", errUsage, c.LogLevel)
		}
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch c.LogFormat {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("%w: log_format %q: want text or json", errUsage, c.LogFormat)
}

// readStrictJSON decodes path over dst, refusing unknown fields and
// trailing data, with the shared config loader (// comments, errors with
// line and column).
func readStrictJSON(path string, dst any) error {
	return readConfigFile(path, dst, nil)
}

// writeTemplate writes v as indented JSON to path, which must not exist.
func writeTemplate(path string, v any, stdout io.Writer) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s; fill in inbox_address, the key and data_dir\n", path)
	return nil
}

// openRollupStore opens the data directory for role and the chain in it.
func openRollupStore(c *rollupCommon, role string, log *slog.Logger) (*store.DB, *chain.Chain, error) {
	p := stf.ParamsOf(c.Rollup)
	g, _ := stf.Genesis(p)
	cfg := store.DefaultConfig()
	cfg.Dir = c.DataDir
	db, err := store.Open(cfg, store.Ident{Role: role, ChainID: p.ChainID, Genesis: g.Hash, Inbox: c.Inbox}, p, log)
	if err != nil {
		return nil, nil, err
	}
	ch, err := chain.Open(p, db, db.StateStore())
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, ch, nil
}

// gcEvery is how often the commands run badger's value-log GC.
const gcEvery = 10 * time.Minute

// runGC runs the store's value-log GC every gcEvery until ctx ends, each
// time until it finds nothing to rewrite.
func runGC(ctx context.Context, db *store.DB, log *slog.Logger) {
	t := time.NewTicker(gcEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for range 16 {
			rewrote, err := db.RunGC()
			if err != nil {
				log.Warn("rollup: value-log GC", "err", err)
			}
			if !rewrote || err != nil {
				break
			}
		}
	}
}

// dialInbox connects to L1, checks its chain ID and opens the inbox.
func dialInbox(ctx context.Context, c *rollupCommon) (*ethclient.Client, *l1.Inbox, error) {
	ec, err := ethclient.DialContext(ctx, c.L1RPC)
	if err != nil {
		return nil, nil, fmt.Errorf("l1 %s: %w", c.L1RPC, err)
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, nil, fmt.Errorf("l1 %s: %w", c.L1RPC, err)
	}
	if id.Uint64() != c.Rollup.L1ChainID {
		ec.Close()
		return nil, nil, fmt.Errorf("%w: l1 %s is chain %d, rollup.l1_chain_id is %d", errUsage, c.L1RPC, id, c.Rollup.L1ChainID)
	}
	in, err := l1.New(ctx, ec, c.Inbox, l1.WithPollInterval(time.Second))
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	return ec, in, nil
}

// serveRPC serves the JSON-RPC server and /healthz on addr until ctx ends.
func serveRPC(ctx context.Context, addr string, srv *gethrpc.Server, c *chain.Chain, log *slog.Logger) (string, func(), error) {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		latest, safe, finalized := c.Tags()
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]uint64{"latest": latest, "safe": safe, "finalized": finalized})
	})
	mux.Handle("/", srv)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("rollup: JSON-RPC server", "err", err)
		}
	}()
	return ln.Addr().String(), func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
		srv.Stop()
	}, nil
}

// sequencerKey reads the sequencer's L1 key: key_file, else keystore
// (with password_file or $QUIRE_KEYSTORE_PASSWORD), else
// $QUIRE_SEQUENCER_KEY.
func sequencerKey(f *sequencerFile, env func(string) (string, bool), prompts io.Writer) (*ecdsa.PrivateKey, error) {
	switch {
	case f.KeyFile != "" && f.Keystore != "":
		return nil, fmt.Errorf("%w: set key_file or keystore, not both", errUsage)
	case f.KeyFile != "":
		return readL1Key(f.KeyFile, f.PasswordFile, prompts)
	case f.Keystore != "":
		raw, err := readLimited(f.Keystore, 1<<20)
		if err != nil {
			return nil, fmt.Errorf("keystore: %w", err)
		}
		pw, err := readPassword(f.PasswordFile, promptOnce, prompts)
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(raw, v3Password(pw))
		if err != nil {
			return nil, fmt.Errorf("keystore %s: %w", f.Keystore, err)
		}
		return k.PrivateKey, nil
	}
	return envKey(env, sequencerKeyEnv, "no sequencer key: set key_file or keystore")
}

// envKey reads a hex L1 key from the environment variable name; missing
// says what to set instead.
func envKey(env func(string) (string, bool), name, missing string) (*ecdsa.PrivateKey, error) {
	v, ok := env(name)
	if !ok || strings.TrimSpace(v) == "" {
		return nil, fmt.Errorf("%w: %s, or $%s", errUsage, missing, name)
	}
	k, err := ethcrypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(v), "0x"))
	if err != nil {
		return nil, fmt.Errorf("$%s: not a hex secp256k1 private key", name)
	}
	return k, nil
}

func runRollupSequencer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rollup sequencer", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, rollupSequencerUsage)
		fs.PrintDefaults()
	}
	config := fs.String("config", "", "JSON config `file` (required)")
	initTemplate := fs.Bool("init", false, "write a template config to --config and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *config == "" {
		return fmt.Errorf("%w: rollup sequencer takes --config FILE and no arguments", errUsage)
	}
	if *initTemplate {
		t := defaultSequencerFile()
		t.DataDir, t.KeyFile = "sequencer-data", "sequencer.key"
		return writeTemplate(*config, t, stdout)
	}
	f := defaultSequencerFile()
	if err := readStrictJSON(*config, &f); err != nil {
		return err
	}
	f.applyEnv(os.LookupEnv)
	scfg := f.sequencerConfig()
	if err := errors.Join(f.validate(), scfg.Validate()); err != nil {
		return fmt.Errorf("%w: %s: %v", errUsage, *config, err)
	}
	if f.DisperserURL == "" {
		return fmt.Errorf("%w: disperser_url is required", errUsage)
	}
	log, err := f.logger(stderr)
	if err != nil {
		return err
	}
	warnLoosePerms(log, [2]string{"sequencer key file", f.KeyFile}, [2]string{"sequencer keystore", f.Keystore},
		[2]string{"keystore password file", f.PasswordFile}, [2]string{"disperser API key file", f.APIKeyFile})
	key, err := sequencerKey(&f, os.LookupEnv, stderr)
	if err != nil {
		return err
	}
	var copts []client.Option
	apiKey := os.Getenv("QUIRE_API_KEY")
	if f.APIKeyFile != "" {
		b, err := readLimited(f.APIKeyFile, 4096)
		if err != nil {
			return fmt.Errorf("disperser_api_key_file: %w", err)
		}
		apiKey = strings.TrimSpace(string(b))
	}
	if apiKey != "" {
		copts = append(copts, client.WithAPIKey(apiKey))
	}
	dc, err := client.New(f.DisperserURL, copts...)
	if err != nil {
		return fmt.Errorf("%w: disperser_url: %v", errUsage, err)
	}
	ec, inbox, err := dialInbox(ctx, &f.rollupCommon)
	if err != nil {
		return err
	}
	defer ec.Close()
	db, c, err := openRollupStore(&f.rollupCommon, store.RoleSequencer, log)
	if err != nil {
		return err
	}
	defer db.Close()
	gcCtx, stopGC := context.WithCancel(ctx)
	defer stopGC()
	go runGC(gcCtx, db, log)
	from := dacl1.NewTransactor(key, f.Rollup.L1ChainID)
	post := func(ctx context.Context, data []byte) (*dac.Header, error) {
		res, err := dc.Put(ctx, data, client.WithL1(api.L1Wait))
		if err != nil {
			return nil, err
		}
		if res.L1 == nil || res.L1.State != api.L1Confirmed {
			return nil, fmt.Errorf("disperser: certificate of blob %s not confirmed on L1", res.BlobID)
		}
		return res.DecodeHeader()
	}
	seq, err := sequencer.New(scfg, sequencer.Deps{Chain: c, Post: post, Inbox: inbox, From: from, Log: log, Store: db})
	if err != nil {
		return err
	}
	srv, err := rpc.NewServer(c, seq)
	if err != nil {
		return err
	}
	addr, stop, err := serveRPC(ctx, f.HTTPAddr, srv, c, log)
	if err != nil {
		return err
	}
	defer stop()
	latest, safe, _ := c.Tags()
	log.Info("rollup sequencer running", "rpc", "http://"+addr, "chain_id", f.Rollup.ChainID, "sequencer", from.From,
		"inbox", f.Inbox, "latest", latest, "safe", safe, "data_dir", f.DataDir)
	fmt.Fprintf(stdout, "sequencer JSON-RPC on http://%s\n", addr)
	err = seq.Run(ctx)
	if ctx.Err() != nil {
		log.Info("rollup sequencer stopping")
		return nil
	}
	return err
}

// forwarder sends transactions to the sequencer's JSON-RPC.
type forwarder struct{ c *gethrpc.Client }

func (f forwarder) SendRawTransaction(raw []byte) (common.Hash, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var h common.Hash
	err := f.c.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw))
	return h, err
}

func (f forwarder) PendingNonce(from common.Address) (uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var n hexutil.Uint64
	err := f.c.CallContext(ctx, &n, "eth_getTransactionCount", from, "pending")
	return uint64(n), err
}

func runRollupNode(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rollup node", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, rollupNodeUsage)
		fs.PrintDefaults()
	}
	config := fs.String("config", "", "JSON config `file` (required)")
	initTemplate := fs.Bool("init", false, "write a template config to --config and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *config == "" {
		return fmt.Errorf("%w: rollup node takes --config FILE and no arguments", errUsage)
	}
	if *initTemplate {
		t := defaultRollupNodeFile()
		t.DataDir, t.SequencerRPC = "node-data", "http://127.0.0.1:8547"
		return writeTemplate(*config, t, stdout)
	}
	f := defaultRollupNodeFile()
	if err := readStrictJSON(*config, &f); err != nil {
		return err
	}
	f.applyEnv(os.LookupEnv)
	if err := f.validate(); err != nil {
		return fmt.Errorf("%w: %s: %v", errUsage, *config, err)
	}
	if f.Committee == (common.Address{}) {
		return fmt.Errorf("%w: committee_address is required", errUsage)
	}
	if f.Retry <= 0 {
		return fmt.Errorf("%w: retry must be positive", errUsage)
	}
	log, err := f.logger(stderr)
	if err != nil {
		return err
	}
	v, err := openVerifier(ctx, &f, log)
	if err != nil {
		return err
	}
	defer v.close()
	return v.serve(ctx, &f, log, stdout, nil)
}

// verifier is a verifier node's parts: L1, the committee, verified
// retrieval from the members, the badger store and the deriving node.
type verifier struct {
	ec      *ethclient.Client
	inbox   *l1.Inbox
	kzg     *kzg.Context
	fetch   *retrieve.Retriever
	db      *store.DB
	chain   *chain.Chain
	node    *node.Node
	closers []func()
}

func (v *verifier) close() {
	for i := len(v.closers) - 1; i >= 0; i-- {
		v.closers[i]()
	}
}

// openVerifier opens what `quire rollup node` runs (and the agents run
// beside): the L1 connection, the committee contract, a libp2p host for
// verified retrieval, the store and the node over them.
func openVerifier(ctx context.Context, f *rollupNodeFile, log *slog.Logger) (_ *verifier, err error) {
	v := &verifier{}
	defer func() {
		if err != nil {
			v.close()
		}
	}()
	ec, inbox, err := dialInbox(ctx, &f.rollupCommon)
	if err != nil {
		return nil, err
	}
	v.ec, v.inbox = ec, inbox
	v.closers = append(v.closers, ec.Close)
	committee, err := dacl1.New(ctx, ec, f.Committee)
	if err != nil {
		return nil, fmt.Errorf("committee %s: %w", f.Committee, err)
	}
	if v.kzg, err = kzg.Default(); err != nil {
		return nil, err
	}
	ident, err := p2p.GenerateIdentity()
	if err != nil {
		return nil, err
	}
	h, err := p2p.NewHost(ident, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		return nil, err
	}
	v.closers = append(v.closers, func() { h.Close() })
	rcfg := retrieve.DefaultConfig(committee.ChainID(), committee.Address())
	if v.fetch, err = retrieve.New(rcfg, retrieve.Deps{Transport: retrieve.NewP2P(h, v.kzg, erasure.DefaultMaxRows),
		Committees: retrieve.L1Committees{Contract: committee}, Certifications: committee, KZG: v.kzg}); err != nil {
		return nil, err
	}
	if v.db, v.chain, err = openRollupStore(&f.rollupCommon, store.RoleNode, log); err != nil {
		return nil, err
	}
	v.closers = append(v.closers, func() { v.db.Close() })
	gcCtx, stopGC := context.WithCancel(ctx)
	v.closers = append(v.closers, stopGC)
	go runGC(gcCtx, v.db, log)
	if v.node, err = node.Open(v.chain, inbox, v.fetch, f.Confirmations, log, v.db); err != nil {
		return nil, err
	}
	return v, nil
}

// serve serves the node's JSON-RPC and derives until ctx ends; agent, when
// set, runs beside the derivation (the proposer and challenger commands).
func (v *verifier) serve(ctx context.Context, f *rollupNodeFile, log *slog.Logger, stdout io.Writer, agent func(context.Context)) error {
	c, n := v.chain, v.node
	var sender rpc.Sender
	if f.SequencerRPC != "" {
		sc, err := gethrpc.DialContext(ctx, f.SequencerRPC)
		if err != nil {
			return fmt.Errorf("sequencer_rpc %s: %w", f.SequencerRPC, err)
		}
		defer sc.Close()
		sender = forwarder{sc}
	}
	srv, err := rpc.NewServer(c, sender)
	if err != nil {
		return err
	}
	addr, stop, err := serveRPC(ctx, f.HTTPAddr, srv, c, log)
	if err != nil {
		return err
	}
	defer stop()
	latest, _, _ := c.Tags()
	log.Info("rollup node running", "rpc", "http://"+addr, "chain_id", f.Rollup.ChainID, "inbox", f.Inbox,
		"latest", latest, "next_batch", n.Checkpoint().NextBatch, "data_dir", f.DataDir)
	fmt.Fprintf(stdout, "node JSON-RPC on http://%s\n", addr)
	if agent != nil {
		done := make(chan struct{})
		actx, stopAgent := context.WithCancel(ctx)
		go func() { defer close(done); agent(actx) }()
		defer func() { stopAgent(); <-done }()
	}
	for {
		err := n.Run(ctx)
		if ctx.Err() != nil {
			log.Info("rollup node stopping", "next_batch", n.Checkpoint().NextBatch)
			return nil
		}
		log.Warn("rollup node: derivation stopped; retrying from the checkpoint", "err", err, "retry_in", time.Duration(f.Retry))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Duration(f.Retry)):
		}
	}
}
