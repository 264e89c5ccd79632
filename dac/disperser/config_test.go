package disperser

import (
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/p2p"
)

func TestConfigValidate(t *testing.T) {
	good := func() Config {
		c := DefaultConfig()
		c.ChainID = 1
		c.Auth.Keys = []APIKey{{Name: "rollup", SHA256: APIKeyHash("qk_test"), BytesPerDay: 1 << 30, RequestsPerSecond: 5, Burst: 10}}
		return c
	}
	if c := good(); c.Validate() != nil {
		t.Fatalf("defaults with a chain id and a key: %v", c.Validate())
	}
	open := DefaultConfig()
	open.ChainID = 1
	if err := open.Validate(); err == nil || !strings.Contains(err.Error(), "auth") {
		t.Fatalf("defaults let anyone upload: %v", err)
	}
	if c := DevConfig(); c.Validate() == nil {
		t.Fatal("a config without chain id validated")
	}
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no chain", func(c *Config) { c.ChainID = 0 }, "chain_id"},
		{"bad http", func(c *Config) { c.HTTPAddr = "nowhere" }, "http_addr"},
		{"no listen", func(c *Config) { c.Listen = nil }, "listen"},
		{"bad listen", func(c *Config) { c.Listen = []string{"/ip9/x"} }, "listen"},
		{"rows not pow2", func(c *Config) { c.MaxRows = 3 }, "max_rows"},
		{"blob above rows", func(c *Config) { c.MaxRows = 1; c.MaxBlobSize = 126977 }, "max_blob_size"},
		{"retention", func(c *Config) { c.Retention = 0 }, "retention"},
		{"negative workers", func(c *Config) { c.Workers = -1 }, "workers"},
		{"negative encoders", func(c *Config) { c.Encoders = -1 }, "encoders"},
		{"encoders above workers", func(c *Config) { c.Workers, c.Encoders = 2, 3 }, "encoders 3: at most workers (2)"},
		{"scheduling", func(c *Config) { c.Scheduling = "eager" }, `scheduling "eager"`},
		{"zero timeout", func(c *Config) { c.FetchTimeout = 0 }, "fetch_timeout"},
		{"l1 mode", func(c *Config) { c.L1Mode = "later" }, "L1 mode"},
		{"records", func(c *Config) { c.MaxRecords = 0 }, "max_records"},
		{"retrievals", func(c *Config) { c.MaxRetrievals = 0 }, "max_retrievals"},
		{"reuse margin", func(c *Config) { c.ReuseMargin = p2p.Duration(15 * 24 * time.Hour) }, "reuse_margin"},
		{"upload budget", func(c *Config) { c.MaxUploadBytes = c.MaxBlobSize - 1 }, "max_upload_bytes"},
		{"client rate", func(c *Config) { c.MinClientRate = 0 }, "min_client_rate"},
		{"conns per ip", func(c *Config) { c.MaxConnsPerIP = -1 }, "max_conns_per_ip"},
		{"client grace", func(c *Config) { c.ClientGrace = 0 }, "client_grace"},
		{"idle", func(c *Config) { c.IdleTimeout = 0 }, "idle_timeout"},
		{"log format", func(c *Config) { c.LogFormat = "xml" }, "log_format"},
		{"key without name", func(c *Config) { c.Auth.Keys[0].Name = "" }, "name is required"},
		{"key hash", func(c *Config) { c.Auth.Keys[0].SHA256 = "qk_test" }, "64 hex digits"},
		{"same token twice", func(c *Config) { c.Auth.Keys = append(c.Auth.Keys, APIKey{Name: "b", SHA256: c.Auth.Keys[0].SHA256}) }, "same token"},
		{"rate without burst", func(c *Config) { c.Auth.Keys[0].Burst = 0 }, "burst"},
		{"allow ip", func(c *Config) { c.Auth.AllowIPs = []string{"10.0.0.0/33"} }, "allow_ips"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good()
			tt.edit(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate = %v, want a complaint about %s", err, tt.want)
			}
		})
	}
	c := good()
	c.L1Mode = api.L1Async
	if c.Validate() != nil {
		t.Fatal("async mode refused")
	}
	// Sequential scheduling ignores encoders; the empty mode is the pipeline.
	c = good()
	c.Scheduling, c.Workers, c.Encoders = ScheduleSequential, 2, 3
	if err := c.Validate(); err != nil {
		t.Fatalf("sequential with encoders above workers: %v", err)
	}
	for _, tc := range []struct {
		sched                   string
		workers, encoders, want int
	}{{"", 4, 0, 1}, {SchedulePipeline, 4, 2, 2}, {ScheduleSequential, 3, 1, 3}, {"", 0, 0, 1}} {
		c := Config{Scheduling: tc.sched, Workers: tc.workers, Encoders: tc.encoders}
		if got := c.encoders(); got != tc.want {
			t.Errorf("%+v: encoders() = %d, want %d", tc, got, tc.want)
		}
	}
}
