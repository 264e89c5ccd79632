package disperser

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/internal/version"
)

// metrics are the disperser's Prometheus instruments. They always exist;
// with a nil registry they are just not exported.
type metrics struct {
	requests       *prometheus.CounterVec   // by route and code
	requestSecs    *prometheus.HistogramVec // by route
	dispersals     *prometheus.CounterVec   // by outcome
	stageSeconds   *prometheus.HistogramVec
	memberFailures *prometheus.CounterVec // by reason
	bytes          prometheus.Counter
	duplicates     prometheus.Counter
	queued         prometheus.Gauge
	inFlight       prometheus.Gauge
	stageBusy      *prometheus.GaugeVec   // by stage: encode, disperse
	stageSlots     *prometheus.GaugeVec   // by stage: their bounds
	retrievals     *prometheus.CounterVec // by outcome
	retrieveSecs   prometheus.Histogram
	l1Submissions  *prometheus.CounterVec // by outcome
	announcements  *prometheus.CounterVec // by outcome
	refusals       *prometheus.CounterVec // HTTP clients refused or cut, by reason
}

func newMetrics(reg *prometheus.Registry) *metrics {
	const ns, sub = "quire", "disperser"
	buckets := prometheus.ExponentialBuckets(0.005, 2, 14) // 5 ms .. 41 s
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "http_requests_total", Help: "HTTP requests by route and result code."}, []string{"route", "code"}),
		requestSecs: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "http_request_duration_seconds", Help: "HTTP request duration by route, from the handler's start to its return (a put's time includes its dispersal).",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, []string{"route"}), // 1 ms .. 33 s
		dispersals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "dispersals_total", Help: "Dispersals by outcome (certified, no_quorum, timeout, error)."}, []string{"outcome"}),
		stageSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "stage_seconds", Help: "Time spent in each dispersal stage.", Buckets: buckets}, []string{"stage"}),
		memberFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "member_failures_total", Help: "Failed member dispersals by reason."}, []string{"reason"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "blob_bytes_total", Help: "Blob bytes certified (duplicates excluded)."}),
		duplicates: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "duplicates_total", Help: "Posts answered with an earlier certificate of the same bytes."}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "queued", Help: "Dispersals waiting for a worker."}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "in_flight", Help: "Dispersals being encoded or dispersed."}),
		stageBusy: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "stage_busy", Help: "Dispersals in each stage now: encode (square, proofs, archive shards) and disperse (uploads to certificate)."}, []string{"stage"}),
		stageSlots: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "stage_slots", Help: "The bound on each stage's dispersals (encoders, workers); stage_busy over stage_slots is its occupancy."}, []string{"stage"}),
		retrievals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "retrievals_total", Help: "Retrievals by outcome (ok, archive: restored from the archive tier, not_found, unavailable, error)."}, []string{"outcome"}),
		retrieveSecs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "retrieve_seconds", Help: "Time to fetch, verify and rebuild a blob.", Buckets: buckets}),
		l1Submissions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "l1_submissions_total", Help: "certify transactions by outcome."}, []string{"outcome"}),
		announcements: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "announcements_total", Help: "Certified headers announced on gossip, by outcome (ok, error)."}, []string{"outcome"}),
		refusals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "http_refusals_total", Help: "HTTP clients refused or cut (unauthorized, quota, queue, upload_budget, slow_upload, slow_download, conns_per_ip, gets_per_ip, negative_cache)."}, []string{"reason"}),
	}
	for _, st := range []string{stageEncode, stageDisperse} {
		m.stageBusy.WithLabelValues(st)
	}
	for _, c := range api.Codes() {
		m.requests.WithLabelValues("/v1/blobs", string(c))
	}
	if reg != nil {
		reg.MustRegister(m.collectors()...)
		version.Register(reg)
	}
	return m
}

// collectors are every instrument, in the order they are registered.
func (m *metrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.requests, m.requestSecs, m.dispersals, m.stageSeconds, m.memberFailures, m.bytes, m.duplicates,
		m.queued, m.inFlight, m.stageBusy, m.stageSlots, m.retrievals, m.retrieveSecs, m.l1Submissions, m.announcements, m.refusals}
}

// MetricCollectors returns fresh, unregistered copies of every Prometheus
// instrument this package exports, for documentation and tests that check
// metric names (docs/metrics.md is generated from them).
func MetricCollectors() []prometheus.Collector { return newMetrics(nil).collectors() }
