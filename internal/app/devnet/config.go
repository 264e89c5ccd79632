package devnet

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/sampler"
)

// ErrConfig is wrapped by every error Validate returns.
var ErrConfig = errors.New("devnet: invalid config")

// Config is a devnet's configuration. DefaultConfig is what `quire devnet`
// runs without flags; a port of 0 picks a free one.
type Config struct {
	// Members is n, the committee size; Threshold t, the signatures a
	// certificate needs; Replication r, the members holding each column.
	Members     int `json:"members"`
	Threshold   int `json:"threshold"`
	Replication int `json:"replication"`

	// Host is the loopback (or other local) address every service listens
	// on.
	Host string `json:"host"`
	// L1Port is the embedded L1's JSON-RPC port (ignored with L1RPC).
	L1Port int `json:"l1_port"`
	// HTTPPort is the disperser's HTTP API port.
	HTTPPort int `json:"http_port"`
	// DashboardPort serves the web dashboard.
	DashboardPort int `json:"dashboard_port"`
	// SamplerPort serves the light client's /status, /metrics and
	// /healthz.
	SamplerPort int `json:"sampler_port"`
	// RollupPort serves the bundled rollup's sequencer JSON-RPC (wallets
	// and ethclient send here); VerifierPort the verifier node's, which
	// derives the chain from L1 and the members and forwards transactions
	// to the sequencer.
	RollupPort int `json:"rollup_port"`
	// Rollup starts the bundled rollup (on by default).
	Rollup       bool `json:"rollup"`
	VerifierPort int  `json:"verifier_port"`

	// L1RPC, when set, is a JSON-RPC endpoint of a running L1 (geth --dev,
	// say) used instead of the embedded one.
	L1RPC string `json:"l1_rpc,omitempty"`
	// L1Key is the hex secp256k1 key of a funded account on L1RPC that
	// pays for the devnet's accounts. Empty: the node's first unlocked
	// account pays (eth_sendTransaction; geth --dev unlocks its developer
	// account).
	L1Key string `json:"-"`
	// BlockPeriod is how often the embedded L1 seals a block (transactions
	// the devnet sends itself are sealed at once).
	BlockPeriod time.Duration `json:"block_period"`

	// Samples is s, the cells the light client samples per blob.
	Samples int `json:"samples"`
	// MaxBlobSize is the largest blob the disperser accepts.
	MaxBlobSize int64 `json:"max_blob_size"`
	// DemoSizes are the blob sizes RunDemo pushes, in bytes.
	DemoSizes []int `json:"demo_sizes"`

	// Logger receives every component's log; nil discards.
	Logger *slog.Logger `json:"-"`
}

// Default ports, the ones a person expects: geth's JSON-RPC port, the
// disperser's and the light client's defaults, and 8080 for the dashboard.
const (
	DefaultL1Port        = 8545
	DefaultHTTPPort      = 3100
	DefaultDashboardPort = 8080
	DefaultSamplerPort   = 9402
	DefaultRollupPort    = 8547
	DefaultVerifierPort  = 8548
)

// DefaultConfig returns 8 members with threshold 6 and replication 2 on
// 127.0.0.1, the default ports, a block a second, s = 30, blobs up to the
// disperser's default limit (about 31 MiB) and a demo of 1 KiB, 100 KiB,
// 1 MiB and 3 MiB blobs.
func DefaultConfig() Config {
	return Config{
		Members:       8,
		Threshold:     6,
		Replication:   dac.DefaultReplication,
		Host:          "127.0.0.1",
		L1Port:        DefaultL1Port,
		HTTPPort:      DefaultHTTPPort,
		DashboardPort: DefaultDashboardPort,
		SamplerPort:   DefaultSamplerPort,
		RollupPort:    DefaultRollupPort,
		Rollup:        true,
		VerifierPort:  DefaultVerifierPort,
		BlockPeriod:   time.Second,
		Samples:       sampler.DefaultSamples,
		MaxBlobSize:   int64(erasure.MaxSize(erasure.DefaultMaxRows)),
		DemoSizes:     []int{1 << 10, 100 << 10, 1 << 20, 3 << 20},
	}
}

// Validate checks the configuration and returns every problem found.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...))
	}
	if err := dac.CheckCustody(c.Members, c.Threshold, c.Replication); err != nil {
		bad("members %d, threshold %d, replication %d: %v", c.Members, c.Threshold, c.Replication, err)
	}
	if c.Threshold > 255 {
		bad("threshold %d: the contract holds it in a byte", c.Threshold)
	}
	if ip := net.ParseIP(c.Host); ip == nil {
		bad("host %q: want an IP address", c.Host)
	}
	for name, p := range map[string]int{"l1_port": c.L1Port, "http_port": c.HTTPPort,
		"dashboard_port": c.DashboardPort, "sampler_port": c.SamplerPort,
		"rollup_port": c.RollupPort, "verifier_port": c.VerifierPort} {
		if p < 0 || p > 65535 {
			bad("%s %d: want 0 (any free port) to 65535", name, p)
		}
	}
	if c.L1RPC != "" && !strings.HasPrefix(c.L1RPC, "http://") && !strings.HasPrefix(c.L1RPC, "https://") &&
		!strings.HasPrefix(c.L1RPC, "ws://") && !strings.HasPrefix(c.L1RPC, "wss://") {
		bad("l1_rpc %q: want an http(s):// or ws(s):// URL", c.L1RPC)
	}
	if c.L1Key != "" {
		if c.L1RPC == "" {
			bad("l1_key is only used with l1_rpc")
		} else if _, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(c.L1Key), "0x")); err != nil {
			bad("l1_key: not a hex secp256k1 key")
		}
	}
	if c.L1RPC == "" && c.BlockPeriod <= 0 {
		bad("block_period must be positive")
	}
	if c.Samples < 1 || c.Samples > 2*sampler.Columns {
		bad("samples %d, want 1 to %d", c.Samples, 2*sampler.Columns)
	}
	if limit := int64(erasure.MaxSize(erasure.DefaultMaxRows)); c.MaxBlobSize < 1 || c.MaxBlobSize > limit {
		bad("max_blob_size %d, want 1 to %d", c.MaxBlobSize, limit)
	}
	for _, s := range c.DemoSizes {
		if s < 1 || int64(s) > c.MaxBlobSize {
			bad("demo size %d, want 1 to max_blob_size (%d)", s, c.MaxBlobSize)
		}
	}
	return errors.Join(errs...)
}

// addr joins the host and a port.
func (c *Config) addr(port int) string { return net.JoinHostPort(c.Host, fmt.Sprint(port)) }
