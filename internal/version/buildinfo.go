package version

import (
	"errors"
	"runtime"
	"runtime/debug"

	"github.com/prometheus/client_golang/prometheus"
)

// MetricName is the gauge every component exports, always 1, with the
// build's identity in its labels.
const MetricName = "quire_build_info"

// Commit returns the VCS revision the go tool recorded in the binary
// (vcs.revision, with "-dirty" when vcs.modified), or "unknown" when the
// build recorded none (go run, go test, a build outside a checkout).
func Commit() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "unknown"
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}

// Info is the build's identity, as /healthz reports it.
type Info struct {
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	GoVersion string `json:"go_version"`
}

// Get returns the build's identity.
func Get() Info {
	return Info{Version: String(), Commit: Commit(), GoVersion: runtime.Version()}
}

// Collector returns a fresh quire_build_info{version,commit,go_version}
// gauge set to 1, for one registry.
func Collector() prometheus.Collector {
	i := Get()
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: MetricName,
		Help: "Always 1; the labels name the running build (version, VCS commit, Go version).",
	}, []string{"version", "commit", "go_version"})
	g.WithLabelValues(i.Version, i.Commit, i.GoVersion).Set(1)
	return g
}

// Register adds the quire_build_info gauge to reg (nil: nothing). A
// registry that has it already (components of one process sharing a
// registry) keeps its one series: the build is the same.
func Register(reg prometheus.Registerer) {
	if reg == nil {
		return
	}
	if err := reg.Register(Collector()); err != nil {
		var are prometheus.AlreadyRegisteredError
		if !errors.As(err, &are) {
			panic(err)
		}
	}
}
