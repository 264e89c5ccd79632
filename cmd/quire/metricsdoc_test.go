package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/node"
	"github.com/quire-da/quire/internal/metricsdoc"
	"github.com/quire-da/quire/sampler/light"
)

// The services' metrics documentation and the deploy/ alert rules and
// dashboard are checked here, in the application that runs the services:
// only applications may import the member server.

// services are the processes docs/metrics.md documents.
func metricServices(t *testing.T) []metricsdoc.Service {
	t.Helper()
	list := []struct {
		name, cmd string
		cs        []prometheus.Collector
	}{
		{"Storage node", "quire node", node.MetricCollectors()},
		{"Disperser", "quire disperser", disperser.MetricCollectors()},
		{"Light client", "quire sample --follow", light.MetricCollectors()},
	}
	var out []metricsdoc.Service
	for _, s := range list {
		ms, err := metricsdoc.Describe(s.cs)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, metricsdoc.Service{Name: s.name, Command: s.cmd, Metrics: ms})
	}
	return out
}

// TestMetricsDocCurrent regenerates docs/metrics.md and fails when the
// committed file differs; QUIRE_UPDATE_METRICS_DOC=1 rewrites it.
func TestMetricsDocCurrent(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "metrics.md")
	want := metricsdoc.Markdown(metricServices(t))
	if os.Getenv("QUIRE_UPDATE_METRICS_DOC") == "1" {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is stale: run `make metrics-doc` (QUIRE_UPDATE_METRICS_DOC=1 go test -run TestMetricsDocCurrent ./cmd/quire)", path)
	}
}
