package rollup

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string // substring of the error; empty for valid
	}{
		{"dev", func(*Config) {}, ""},
		{"no chain id", func(c *Config) { c.ChainID = 0 }, "chain_id is required"},
		{"same chain ids", func(c *Config) { c.L1ChainID = c.ChainID }, "must differ"},
		{"zero base fee", func(c *Config) { c.BaseFee = 0 }, "base_fee"},
		{"fee recipient W", func(c *Config) { c.FeeRecipient = WithdrawalAddress }, "fee_recipient"},
		{"gas limit", func(c *Config) { c.BlockGasLimit = 20999 }, "block_gas_limit"},
		{"max record 0", func(c *Config) { c.MaxRecord = 0 }, "max_record"},
		{"max record too big", func(c *Config) { c.MaxRecord = MaxRecordLimit + 1 }, "max_record"},
		{"max record at limit", func(c *Config) { c.MaxRecord = MaxRecordLimit }, ""},
		{"zero delay", func(c *Config) { c.ForceInclusionDelay = 0 }, "force_inclusion_delay"},
		{"retention short", func(c *Config) { c.MinRetention = c.ChallengeWindow }, "min_retention"},
		{"no bond", func(c *Config) { c.ChallengerBond = NewWei(big.NewInt(0)) }, "bond"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DevConfig()
			tt.mutate(&c)
			err := c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Validate: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Validate = %v, want an error containing %q", err, tt.want)
			case err != nil && !errors.Is(err, ErrInvalidConfig):
				t.Fatalf("error %v does not wrap ErrInvalidConfig", err)
			}
		})
	}
	d := DefaultConfig()
	if err := d.Validate(); err == nil || !strings.Contains(err.Error(), "chain_id is required") {
		t.Fatalf("DefaultConfig without a chain ID: %v", err)
	}
}

func TestConfigJSONRoundTrip(t *testing.T) {
	c := DevConfig()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"force_inclusion_delay":"30s"`) || !strings.Contains(string(b), `"challenger_bond":"100000000000000000"`) {
		t.Fatalf("unexpected JSON %s", b)
	}
	var back Config
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.ChainID != c.ChainID || back.FeeRecipient != c.FeeRecipient || back.ChallengerBond.Cmp(&c.ChallengerBond.Int) != 0 ||
		time.Duration(back.MinRetention) != 180*time.Second {
		t.Fatalf("round trip changed the config: %+v", back)
	}
	if err := json.Unmarshal([]byte(`{"proposer_bond":"-1"}`), &back); err == nil {
		t.Fatal("negative bond accepted")
	}
}

// FuzzConfigJSON: any JSON either fails to decode or decodes to a config
// that re-encodes and decodes to the same values; Validate never panics.
func FuzzConfigJSON(f *testing.F) {
	b, _ := json.Marshal(DevConfig())
	f.Add(b)
	f.Add([]byte(`{"force_inclusion_delay":"1h","proposer_bond":"5"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Config
		if json.Unmarshal(data, &c) != nil {
			return
		}
		_ = c.Validate()
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back Config
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(out) {
			t.Fatalf("round trip changed %s to %s", out, again)
		}
	})
}
