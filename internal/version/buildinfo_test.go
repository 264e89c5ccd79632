package version

import (
	"runtime"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// The gauge is 1 and its labels are the build's: the linked version,
// the commit and the Go version of this binary.
func TestCollector(t *testing.T) {
	old := Version
	Version = "v9.8.7-test"
	t.Cleanup(func() { Version = old })
	reg := prometheus.NewRegistry()
	reg.MustRegister(Collector())
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	if len(mfs) != 1 || mfs[0].GetName() != MetricName || len(mfs[0].GetMetric()) != 1 {
		t.Fatalf("gathered %v, want one %s series", mfs, MetricName)
	}
	m := mfs[0].GetMetric()[0]
	if m.GetGauge().GetValue() != 1 {
		t.Fatalf("value %v, want 1", m.GetGauge().GetValue())
	}
	got := map[string]string{}
	for _, l := range m.GetLabel() {
		got[l.GetName()] = l.GetValue()
	}
	want := map[string]string{"version": "v9.8.7-test", "commit": Commit(), "go_version": runtime.Version()}
	if len(got) != len(want) {
		t.Fatalf("labels %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("label %s = %q, want %q", k, got[k], v)
		}
	}
	if Get().Version != "v9.8.7-test" || Get().GoVersion != runtime.Version() || Get().Commit == "" {
		t.Errorf("Get() = %+v", Get())
	}
}
