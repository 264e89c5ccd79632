package light

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/sampler"
)

// metrics are the client's Prometheus instruments. They are always built,
// so code never checks for nil; with a nil registerer they are just not
// exported.
type metrics struct {
	blobs         *prometheus.CounterVec
	samples       *prometheus.CounterVec
	peerFailures  *prometheus.CounterVec
	bans          prometheus.Counter
	bytes         prometheus.Counter
	blobSeconds   prometheus.Histogram
	verifySeconds prometheus.Histogram
	pending       prometheus.Gauge
	l1Next        prometheus.Gauge
	l1Head        prometheus.Gauge
	peers         prometheus.Gauge
	announcements *prometheus.CounterVec
	forged        prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) *metrics {
	const ns, sub = "quire", "sampler"
	m := &metrics{
		blobs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "blobs_total", Help: "Blobs decided, by verdict."}, []string{"status"}),
		samples: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "samples_total", Help: "Sampled cells by outcome: verified, bad (failed verification), failed (not served)."}, []string{"result"}),
		peerFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "peer_failures_total", Help: "Requests to custodians that brought nothing back, by reason."}, []string{"reason"}),
		bans: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "bans_total", Help: "Peers banned for serving invalid cells."}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "downloaded_bytes_total", Help: "Bytes of cells answers received (headers, cells, proofs, framing)."}),
		blobSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "blob_seconds", Help: "Time from the first check of a blob to its verdict.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 16)}),
		verifySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "verify_seconds", Help: "Time of one round's batched cell verification.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "pending_blobs", Help: "Blobs queued or being sampled."}),
		l1Next: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "l1_next_block", Help: "The next L1 block the follower scans (its checkpoint)."}),
		l1Head: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "l1_head_block", Help: "The last L1 head the follower read."}),
		peers: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "peers", Help: "Connected libp2p peers, as of the last /healthz."}),
		announcements: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "notices_total", Help: "Certified blobs heard of, by source (l1, gossip)."}, []string{"source"}),
		forged: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "forged_announcements_total", Help: "Gossip announcements whose certificate failed (dropped, not relayed, kept in memory only)."}),
	}
	for _, s := range []sampler.Status{sampler.StatusAvailable, sampler.StatusUnavailable, sampler.StatusInvalid, sampler.StatusExpired} {
		m.blobs.WithLabelValues(s.String())
	}
	for _, r := range []string{"verified", "bad", "failed"} {
		m.samples.WithLabelValues(r)
	}
	if reg != nil {
		reg.MustRegister(m.collectors()...)
		version.Register(reg)
	}
	return m
}

// collectors are every instrument, in the order they are registered.
func (m *metrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.blobs, m.samples, m.peerFailures, m.bans, m.bytes, m.blobSeconds, m.verifySeconds,
		m.pending, m.l1Next, m.l1Head, m.peers, m.announcements, m.forged}
}

// MetricCollectors returns fresh, unregistered copies of every Prometheus
// instrument this package exports, for documentation and tests that check
// metric names (docs/metrics.md is generated from them).
func MetricCollectors() []prometheus.Collector { return newMetrics(nil).collectors() }
