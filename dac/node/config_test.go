package node

import (
	crand "crypto/rand"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/p2p"
)

func testStaticCommittee(t testing.TB, n, threshold int) (*p2p.Committee, []*bls.SecretKey) {
	t.Helper()
	c := &p2p.Committee{Epoch: 4, Threshold: threshold, Replication: 2}
	var keys []*bls.SecretKey
	for range n {
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		priv, _ := p2p.GenerateIdentity()
		id, _ := peer.IDFromPrivateKey(priv)
		keys = append(keys, sk)
		c.Members = append(c.Members, p2p.Member{PublicKey: sk.PublicKey(), PeerID: id, ProofOfPossession: sk.ProvePossession()})
	}
	return c, keys
}

func TestParseConfig(t *testing.T) {
	c, _ := testStaticCommittee(t, 4, 2)
	static, _ := json.Marshal(c.StaticConfig())
	in := `{
		"chain_id": 17000,
		"committee_address": "0x00000000000000000000000000000000000000aa",
		"listen": ["/ip4/127.0.0.1/tcp/9400"],
		"store": {"dir": "/var/lib/quire", "gc_interval": "90s"},
		"committee": {"source": "static", "static": ` + string(static) + `},
		"max_retention": "336h",
		"limits": {"max_concurrent_dispersals": 3}
	}`
	cfg, err := ParseConfig(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	d := DefaultConfig()
	switch {
	case cfg.ChainID != 17000 || cfg.CommitteeAddress[19] != 0xaa:
		t.Fatal("chain or address not read")
	case cfg.Store.GCInterval.D() != 90*time.Second || cfg.Store.MemTableSize != d.Store.MemTableSize:
		t.Fatal("store: override lost or default dropped")
	case cfg.MaxRetention.D() != 14*24*time.Hour || cfg.MinRetention != d.MinRetention:
		t.Fatal("retention: override lost or default dropped")
	case cfg.Limits.MaxConcurrentDispersals != 3 || cfg.Limits.ByteBurst != d.Limits.ByteBurst:
		t.Fatal("limits: override lost or default dropped")
	case cfg.HTTPAddr != d.HTTPAddr || cfg.MaxRows != d.MaxRows:
		t.Fatal("defaults dropped")
	}
	got, err := cfg.Committee.Static.Committee()
	if err != nil || !got.Equal(c) {
		t.Fatalf("static committee round trip: %v", err)
	}

	for _, bad := range []string{
		`{"chain_idd": 1}`,
		`{"chain_id": 1} {}`,
		`{"store": {"gc_interval": "soon"}}`,
		`{"committee_address": "0x12"}`,
	} {
		if _, err := ParseConfig(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseConfig(%s) accepted", bad)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	c, _ := testStaticCommittee(t, 4, 2)
	base := func() Config {
		cfg := testConfig()
		cfg.Committee.Static = c.StaticConfig()
		return cfg
	}
	tests := []struct {
		name string
		mut  func(c *Config)
		want string
	}{
		{"ok", func(*Config) {}, ""},
		{"no chain", func(c *Config) { c.ChainID = 0 }, "chain_id"},
		{"bad listen", func(c *Config) { c.Listen = []string{"tcp/9"} }, "listen"},
		{"no listen", func(c *Config) { c.Listen = nil }, "listen"},
		{"l1 without rpc", func(c *Config) {
			c.Committee = p2p.CommitteeConfig{Source: "l1", PollInterval: p2p.Duration(time.Second)}
		}, "rpc"},
		{"unknown source", func(c *Config) { c.Committee.Source = "dns" }, "source"},
		{"coverage", func(c *Config) { c.Committee.Static.Threshold = 1; c.Committee.Static.Replication = 1 }, "recover"},
		{"bad disperser", func(c *Config) { c.Dispersers = []string{"nope"} }, "dispersers"},
		{"negative quota", func(c *Config) { c.DisperserQuotaBytes = -1 }, "disperser_quota_bytes"},
		{"quota for a stranger", func(c *Config) { c.DisperserQuotas = map[string]int64{"12D3KooWAbc": 1} }, "not in dispersers"},
		{"static without a contract", func(c *Config) { c.CommitteeAddress = p2p.Address{} }, "committee_address"},
		{"static without a proof of possession", func(c *Config) { c.Committee.Static.Members[1].ProofOfPossession = "" }, "proof_of_possession"},
		{"max rows", func(c *Config) { c.MaxRows = 3 }, "max_rows"},
		{"retention", func(c *Config) { c.MaxRetention = c.MinRetention }, "retention"},
		{"burst below a column", func(c *Config) { c.Limits.ByteBurst = 1 << 20 }, "byte_burst"},
		{"reserve takes every read slot", func(c *Config) { c.Limits.ReservedReads = c.Limits.MaxConcurrentReads }, "reserved_reads"},
		{"no read per peer", func(c *Config) { c.Limits.MaxReadsPerPeer = 0 }, "max_reads_per_peer"},
		{"no minimum read throughput", func(c *Config) { c.Limits.MinReadBytesPerSecond = 0 }, "min_read_bytes_per_second"},
		{"log level", func(c *Config) { c.LogLevel = "loud" }, "log_level"},
		{"log format", func(c *Config) { c.LogFormat = "xml" }, "log_format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := base()
			tt.mut(&cfg)
			err := cfg.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate = %v, want an error about %q", err, tt.want)
			}
		})
	}
	// Several problems are reported together.
	cfg := base()
	cfg.ChainID, cfg.MaxRows = 0, 3
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "chain_id") || !strings.Contains(err.Error(), "max_rows") {
		t.Fatalf("Validate = %v", err)
	}
}
