package sampler_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCoreStaysPure keeps this package a pure core, as internal/archtest
// does for the other core packages: no transport, store, chain client or
// HTTP, directly or transitively.
func TestCoreStaysPure(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/quire-da/quire/sampler").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	// Prefixes, as in internal/archtest, plus the socket package itself.
	banned := []string{"github.com/libp2p/", "github.com/dgraph-io/badger", "net/http", "github.com/ethereum/go-ethereum/ethclient"}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "net" {
			t.Errorf("sampler depends on net")
		}
		for _, b := range banned {
			if strings.HasPrefix(dep, b) {
				t.Errorf("sampler depends on %s", dep)
			}
		}
	}
}
