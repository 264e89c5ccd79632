package metricsdoc_test

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/internal/metricsdoc"
)

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
