// Package version reports the build's version, set at link time or read
// from the module's build information.
package version

import "runtime/debug"

// Version is set with -ldflags "-X github.com/quire-da/quire/internal/version.Version=v1.2.3".
var Version = ""

// String returns the version: the linked value when set, otherwise the
// module version and VCS revision recorded by the go tool, otherwise "dev".
func String() string {
	if Version != "" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += "+" + s.Value[:12]
		}
	}
	return v
}
