// Package metricsdoc renders the Prometheus instruments of quire's
// services as the Markdown reference docs/metrics.md.
//
// Each service package exports MetricCollectors (fresh, unregistered
// instruments); Describe turns them into Metric values and Markdown
// renders a table per service:
//
//	ms, err := metricsdoc.Describe(disperser.MetricCollectors())
//	md := metricsdoc.Markdown([]metricsdoc.Service{{Name: "quire disperser", Metrics: ms}})
//
// The package's test regenerates docs/metrics.md and fails when the
// committed file differs, so the reference cannot drift; run
// `make metrics-doc` (QUIRE_UPDATE_METRICS_DOC=1) to rewrite it.
package metricsdoc
