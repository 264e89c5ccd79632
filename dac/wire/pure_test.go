package wire

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPure keeps the protocol messages free of transports, stores and
// chains: they are values and codecs only.
func TestPure(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/quire-da/quire/dac/wire").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/libp2p/", "github.com/dgraph-io/badger", "net/http", "github.com/ethereum/go-ethereum/ethclient"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("dac/wire depends on %s", dep)
			}
		}
	}
}
