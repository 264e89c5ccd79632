package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quire-da/quire/dac/node"
)

func writeNodeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "node.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNodeConfigPrecedence: the file, then the environment, then flags.
func TestNodeConfigPrecedence(t *testing.T) {
	path := writeNodeConfig(t, `{"chain_id": 1, "listen": ["/ip4/127.0.0.1/tcp/1"], "http_addr": "127.0.0.1:1",
		"store": {"dir": "/data"}, "log_level": "warn"}`)
	env := func(vals map[string]string) func(string) (string, bool) {
		return func(k string) (string, bool) { v, ok := vals[k]; return v, ok }
	}
	tests := []struct {
		name  string
		flags nodeFlags
		env   map[string]string
		ok    func(c node.Config) bool
	}{
		{"file only", nodeFlags{}, nil, func(c node.Config) bool {
			return c.ChainID == 1 && c.HTTPAddr == "127.0.0.1:1" && c.Store.Dir == "/data" && c.LogLevel == "warn"
		}},
		{"env over file", nodeFlags{}, map[string]string{"QUIRE_CHAIN_ID": "2",
			"QUIRE_LISTEN": "/ip4/127.0.0.1/tcp/2, /ip4/127.0.0.1/udp/2/quic-v1", "QUIRE_HTTP_ADDR": "off"}, func(c node.Config) bool {
			return c.ChainID == 2 && len(c.Listen) == 2 && c.Listen[1] == "/ip4/127.0.0.1/udp/2/quic-v1" && c.HTTPAddr == ""
		}},
		{"flags over env", nodeFlags{chainID: "3", dataDir: "/other", logLevel: "debug"},
			map[string]string{"QUIRE_CHAIN_ID": "2", "QUIRE_LOG_LEVEL": "error"}, func(c node.Config) bool {
				return c.ChainID == 3 && c.Store.Dir == "/other" && c.LogLevel == "debug"
			}},
		{"in memory", nodeFlags{inMemory: true}, nil, func(c node.Config) bool {
			return c.Store.InMemory && c.Store.Dir == ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.flags.config = path
			cfg, err := loadNodeConfig(tt.flags, env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if !tt.ok(cfg) {
				t.Fatalf("config after overrides: %+v", cfg)
			}
		})
	}
	if _, err := loadNodeConfig(nodeFlags{config: path, chainID: "x"}, env(nil)); !errors.Is(err, errUsage) {
		t.Fatalf("bad chain id: %v", err)
	}
}

func TestNodeCommandErrors(t *testing.T) {
	bad := writeNodeConfig(t, `{"chain_id": 1, "nonsense": true}`)
	invalid := writeNodeConfig(t, `{"chain_id": 0}`)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no config", nil, "--config is required"},
		{"missing file", []string{"--config", "/nonexistent/node.json"}, "no such file"},
		{"unknown field", []string{"--config", bad}, "nonsense"},
		{"invalid", []string{"--config", invalid}, "chain_id is required"},
		{"arguments", []string{"--config", bad, "extra"}, "no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := runNode(context.Background(), tt.args, &out, &errOut)
			if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("runNode = %v, want a usage error about %q", err, tt.want)
			}
		})
	}
}

func TestNodeInitIdentity(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "id.key")
	path := writeNodeConfig(t, `{"identity_key_file": "`+key+`"}`)
	var first, second bytes.Buffer
	if err := runNode(context.Background(), []string{"--config", path, "--init-identity"}, &first, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if err := runNode(context.Background(), []string{"--config", path, "--init-identity"}, &second, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSpace(first.String())
	if !strings.HasPrefix(id, "12D3KooW") || second.String() != first.String() {
		t.Fatalf("peer IDs %q then %q", first.String(), second.String())
	}
	if st, err := os.Stat(key); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("identity file: %v %v", st, err)
	}
}

func TestNodeStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/status" {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(node.StoreStats{Blobs: 2, HotBytes: 1 << 20, ArchiveShards: 5, ArchiveBytes: 4096})
	}))
	defer srv.Close()
	var out bytes.Buffer
	if err := runNode(context.Background(), []string{"status", "--http", strings.TrimPrefix(srv.URL, "http://")}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	want := "hot tier:     2 blobs, 1048576 bytes (custody cells and proofs)\narchive tier: 5 shards, 4096 bytes\n"
	if out.String() != want {
		t.Fatalf("output %q, want %q", out.String(), want)
	}
	if err := runNode(context.Background(), []string{"status", "--http", srv.URL + "/nowhere"}, &out, &bytes.Buffer{}); err == nil {
		t.Fatal("a 404 from the node is not an error")
	}
	if err := runNode(context.Background(), []string{"status", "extra"}, &out, &bytes.Buffer{}); !errors.Is(err, errUsage) {
		t.Fatalf("extra argument: %v", err)
	}
}
