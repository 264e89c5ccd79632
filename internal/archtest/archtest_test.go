// Package archtest holds tests about the shape of the repository itself.
package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

// corePackages are pure: math and protocol decisions only. They take values
// and return values; transports, stores, clocks and chains stay outside.
var corePackages = []string{
	"github.com/quire-da/quire/erasure",
	"github.com/quire-da/quire/kzg",
	"github.com/quire-da/quire/dac",
	"github.com/quire-da/quire/dac/bls",
	"github.com/quire-da/quire/dac/keystore",
	"github.com/quire-da/quire/dac/wire",
	"github.com/quire-da/quire/sampler",
	"github.com/quire-da/quire/rollup",
	"github.com/quire-da/quire/rollup/batch",
	"github.com/quire-da/quire/rollup/chain",
	"github.com/quire-da/quire/rollup/state",
	"github.com/quire-da/quire/rollup/stf",
	"github.com/quire-da/quire/rollup/txn",
}

// banned are import paths (or prefixes) a core package must not depend on,
// directly or transitively.
var banned = []string{
	"github.com/libp2p/",
	"github.com/dgraph-io/badger",
	"net/http",
	"github.com/ethereum/go-ethereum/ethclient",
}

func TestCorePackagesStayPure(t *testing.T) {
	for _, pkg := range corePackages {
		t.Run(pkg, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
			if err != nil {
				t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				for _, b := range banned {
					if dep == b || strings.HasPrefix(dep, b) {
						t.Errorf("%s depends on %s (banned in core packages)", pkg, dep)
					}
				}
			}
		})
	}
}
