package light_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/quire-da/quire/sampler"
	"github.com/quire-da/quire/sampler/light"
)

func TestConfigValidate(t *testing.T) {
	good := light.DefaultConfig()
	good.ChainID = 1
	good.CommitteeAddress = light.Address{1}
	if err := good.Validate(); err != nil {
		t.Fatalf("defaults with a chain and contract: %v", err)
	}
	dev := light.DevConfig()
	dev.ChainID, dev.CommitteeAddress = 1, light.Address{1}
	if err := dev.Validate(); err != nil {
		t.Fatalf("dev config: %v", err)
	}
	if good.Samples != sampler.DefaultSamples || good.Replication != 0 {
		t.Fatalf("defaults: s=%d r=%d", good.Samples, good.Replication)
	}
	for name, tc := range map[string]struct {
		mutate func(*light.Config)
		want   string
	}{
		"no chain":      {func(c *light.Config) { c.ChainID = 0 }, "chain_id"},
		"no contract":   {func(c *light.Config) { c.CommitteeAddress = light.Address{} }, "committee_address"},
		"no samples":    {func(c *light.Config) { c.Samples = 0 }, "samples"},
		"too many":      {func(c *light.Config) { c.Samples = 257 }, "samples"},
		"replication":   {func(c *light.Config) { c.Replication = -1 }, "replication"},
		"max rows":      {func(c *light.Config) { c.MaxRows = 3 }, "max_rows"},
		"deadline":      {func(c *light.Config) { c.Deadline = 0 }, "deadline"},
		"timeout":       {func(c *light.Config) { c.RequestTimeout = -1 }, "request_timeout"},
		"concurrency":   {func(c *light.Config) { c.MaxConcurrentBlobs = 0 }, "max_concurrent_blobs"},
		"start block":   {func(c *light.Config) { c.StartBlock = -2 }, "start_block"},
		"block range":   {func(c *light.Config) { c.MaxBlockRange = 0 }, "max_block_range"},
		"listen":        {func(c *light.Config) { c.Listen = []string{"tcp/1"} }, "listen"},
		"store both":    {func(c *light.Config) { c.Store.InMemory = true }, "store"},
		"store neither": {func(c *light.Config) { c.Store.Dir = "" }, "store"},
		"log level":     {func(c *light.Config) { c.LogLevel = "loud" }, "log_level"},
		"log format":    {func(c *light.Config) { c.LogFormat = "xml" }, "log_format"},
	} {
		t.Run(name, func(t *testing.T) {
			c := good
			c.Listen = append([]string(nil), good.Listen...)
			tc.mutate(&c)
			err := c.Validate()
			if !errors.Is(err, light.ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error about %s", err, tc.want)
			}
		})
	}
}

// The store keeps the secret and the checkpoint across reopenings.
func TestStorePersists(t *testing.T) {
	dir := t.TempDir()
	s, err := light.OpenStore(light.StoreConfig{Dir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sec, err := s.Secret()
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Secret(); again != sec {
		t.Fatal("secret changed within one opening")
	}
	if _, ok, _ := s.Checkpoint(); ok {
		t.Fatal("checkpoint in a fresh store")
	}
	if err := s.SetCheckpoint(1234); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = light.OpenStore(light.StoreConfig{Dir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, _ := s.Secret(); got != sec {
		t.Fatal("secret changed across reopening")
	}
	if next, ok, err := s.Checkpoint(); next != 1234 || !ok || err != nil {
		t.Fatalf("checkpoint %d %v %v", next, ok, err)
	}
	mem, err := light.OpenStore(light.StoreConfig{InMemory: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if other, _ := mem.Secret(); other == sec {
		t.Fatal("two stores drew the same secret")
	}
	if _, err := light.OpenStore(light.StoreConfig{}, nil); !errors.Is(err, light.ErrConfig) {
		t.Fatalf("a store with neither dir nor memory: %v", err)
	}
}
