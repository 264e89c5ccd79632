package node

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/internal/version"
)

// metrics are the node's Prometheus instruments. They are always built, so
// code never checks for nil; with a nil registerer they are just not
// exported.
type metrics struct {
	blobsStored   prometheus.Counter
	bytesStored   prometheus.Counter
	replays       prometheus.Counter
	blobs         prometheus.Gauge
	diskBytes     prometheus.Gauge
	diskFree      prometheus.Gauge
	peers         prometheus.Gauge
	epoch         prometheus.Gauge
	member        prometheus.Gauge
	cellsServed   prometheus.Counter
	slowReaders   prometheus.Counter
	verifySeconds prometheus.Histogram
	storeSeconds  prometheus.Histogram
	signSeconds   prometheus.Histogram
	totalSeconds  prometheus.Histogram
	rejections    *prometheus.CounterVec
	gcRewrites    prometheus.Counter
	archiveStored prometheus.Counter
	archiveServed prometheus.Counter
	hotBytes      prometheus.Gauge
	archiveBytes  prometheus.Gauge
	archiveShards prometheus.Gauge
	previousEpoch prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	const ns, sub = "quire", "node"
	latency := func(name, help string) prometheus.Histogram {
		return prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: name, Help: help,
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16), // 1 ms .. 33 s
		})
	}
	m := &metrics{
		blobsStored: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "blobs_stored_total", Help: "Dispersals verified, stored and signed (replays excluded)."}),
		bytesStored: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "stored_bytes_total", Help: "Cell and proof bytes written to the store."}),
		replays: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "replays_total", Help: "Dispersals of a header already stored, answered without storing."}),
		blobs: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "blobs", Help: "Blobs with live data in the store (counted at each maintenance pass)."}),
		diskBytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "disk_bytes", Help: "Bytes the store's files take on disk."}),
		diskFree: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "disk_free_bytes", Help: "Free bytes on the store's filesystem at the last check (-1: in memory or unknown); below store.min_free_bytes writes are refused."}),
		peers: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "peers", Help: "Connected libp2p peers."}),
		member: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "member", Help: "1 when this node's key is in the current epoch's committee, 0 when not."}),
		epoch: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "epoch", Help: "Current committee epoch."}),
		cellsServed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "cells_served_total", Help: "Cells sent on /quire/cells/1 and /quire/cells/2."}),
		slowReaders: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "slow_readers_total", Help: "Read streams reset because the reader drained below the minimum throughput."}),
		verifySeconds: latency("verify_seconds", "Time to verify a dispersal's cells (one batched check)."),
		storeSeconds:  latency("store_seconds", "Time to write and sync a dispersal."),
		signSeconds:   latency("sign_seconds", "Time to sign an attest message."),
		totalSeconds:  latency("disperse_seconds", "Time from stream open to attestation."),
		rejections: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "rejections_total", Help: "Requests refused, by reason."}, []string{"reason"}),
		gcRewrites: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "gc_rewrites_total", Help: "Value-log files rewritten by GC."}),
		archiveStored: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "archive_stored_bytes_total", Help: "Archive shard bytes written to the store."}),
		archiveServed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "archive_shards_served_total", Help: "Archive shards sent on /quire/archive/1."}),
		hotBytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "hot_bytes", Help: "Cell and proof bytes of live custody columns (hot tier), counted at each maintenance pass."}),
		archiveBytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "archive_bytes", Help: "Bytes of live archive shards (archive tier), counted at each maintenance pass."}),
		archiveShards: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "archive_shards", Help: "Live archive shards, counted at each maintenance pass."}),
		previousEpoch: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "previous_epoch_dispersals_total", Help: "Dispersals of the previous epoch's headers admitted after an epoch change, inside the contract's rotation window."}),
	}
	for _, c := range wire.Codes() {
		m.rejections.WithLabelValues(c.String()) // export zeros for every reason
	}
	if reg != nil {
		reg.MustRegister(m.collectors()...)
		version.Register(reg)
	}
	return m
}

// collectors are every instrument, in the order they are registered.
func (m *metrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.blobsStored, m.bytesStored, m.replays, m.blobs, m.diskBytes, m.diskFree, m.peers, m.epoch, m.member,
		m.cellsServed, m.slowReaders, m.verifySeconds, m.storeSeconds, m.signSeconds, m.totalSeconds, m.rejections,
		m.gcRewrites, m.archiveStored, m.archiveServed, m.hotBytes, m.archiveBytes, m.archiveShards, m.previousEpoch}
}

// MetricCollectors returns fresh, unregistered copies of every Prometheus
// instrument this package exports, for documentation and tests that check
// metric names (docs/metrics.md is generated from them).
func MetricCollectors() []prometheus.Collector { return newMetrics(nil).collectors() }
