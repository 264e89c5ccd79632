package metricsdoc_test

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

// services are the processes docs/metrics.md documents.
func services(t *testing.T) []metricsdoc.Service {
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
	want := metricsdoc.Markdown(services(t))
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
		t.Fatalf("%s is stale: run `make metrics-doc` (QUIRE_UPDATE_METRICS_DOC=1 go test ./internal/metricsdoc)", path)
	}
}

// TestDescribe checks the descriptor reading against instruments built
// here, label sets and escaped help included.
func TestDescribe(t *testing.T) {
	cs := []prometheus.Collector{
		prometheus.NewCounterVec(prometheus.CounterOpts{Name: "b_total", Help: `say "hi"`}, []string{"x", "y"}),
		prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "q", Name: "a", Help: "plain"}),
		prometheus.NewHistogram(prometheus.HistogramOpts{Name: "c_seconds", Help: "h"}),
	}
	ms, err := metricsdoc.Describe(cs)
	if err != nil {
		t.Fatal(err)
	}
	want := []metricsdoc.Metric{
		{Name: "b_total", Type: "counter", Help: `say "hi"`, Labels: []string{"x", "y"}},
		{Name: "c_seconds", Type: "histogram", Help: "h"},
		{Name: "q_a", Type: "gauge", Help: "plain"},
	}
	if len(ms) != len(want) {
		t.Fatalf("got %+v", ms)
	}
	for i := range want {
		g, w := ms[i], want[i]
		if g.Name != w.Name || g.Type != w.Type || g.Help != w.Help || len(g.Labels) != len(w.Labels) {
			t.Fatalf("metric %d: got %+v, want %+v", i, g, w)
		}
		for j := range w.Labels {
			if g.Labels[j] != w.Labels[j] {
				t.Fatalf("metric %d labels %v, want %v", i, g.Labels, w.Labels)
			}
		}
	}
	if _, err := metricsdoc.Describe([]prometheus.Collector{prometheus.NewGoCollector()}); err == nil {
		t.Fatal("a Go collector was described")
	}
}
