package disperser_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac"
)

// TestRequestDurationPerRoute: every answered request lands in the
// duration histogram under its route's pattern (never the raw path, so
// blob IDs do not become label values), beside the per-code counter.
func TestRequestDurationPerRoute(t *testing.T) {
	e := newFake(t, 4, 3, nil, nil)
	ctx := context.Background()
	if _, err := e.c.Health(ctx); err != nil {
		t.Fatal(err)
	}
	blob := dac.BlobID{0xcd}
	for _, path := range []string{"/v1/blobs/" + blob.String() + "/status", "/v1/blobs/" + blob.String() + "/status", "/v2/nothing"} {
		resp, err := http.Get(e.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	tests := []struct {
		route string
		count uint64
	}{
		{"/healthz", 1},
		{"/v1/blobs/{id}/status", 2},
		{"other", 1},
		{"/v1/blobs", 0},
	}
	for _, tt := range tests {
		t.Run(tt.route, func(t *testing.T) {
			if got := histogramCount(t, e.reg, "quire_disperser_http_request_duration_seconds", tt.route); got != tt.count {
				t.Fatalf("count %d, want %d", got, tt.count)
			}
		})
	}
}

// histogramCount is the sample count of the series of a histogram whose
// route label is route (0 when there is none).
func histogramCount(t testing.TB, reg *prometheus.Registry, name, route string) uint64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "route" && l.GetValue() == route {
					return m.GetHistogram().GetSampleCount()
				}
			}
		}
	}
	return 0
}
