package node

import (
	"fmt"
	"net/netip"
	"strings"

	ma "github.com/multiformats/go-multiaddr"
)

// DevChainIDs are the chain IDs of local development chains (geth --dev
// and the simulated backend: 1337; anvil and hardhat: 31337). On any other
// chain a loopback listen address is a mistake worth a warning.
var DevChainIDs = []uint64{1337, 31337}

// StartupWarnings returns what the node should warn about when it starts
// with cfg while its index in the current epoch's committee is self (-1
// when not a member) and that epoch is epoch: the mistakes that otherwise
// look like a healthy node refusing work in silence.
func StartupWarnings(cfg Config, self int, epoch uint64) []string {
	var out []string
	if len(cfg.Dispersers) == 0 {
		out = append(out, `"dispersers" is empty: every dispersal will be refused; add the disperser's peer ID `+
			`(quire keys p2p show on the disperser's identity file)`)
	}
	dev := false
	for _, id := range DevChainIDs {
		dev = dev || cfg.ChainID == id
	}
	if !dev {
		var loop []string
		for _, a := range cfg.Listen {
			if isLoopback(a) {
				loop = append(loop, a)
			}
		}
		if len(loop) > 0 {
			out = append(out, fmt.Sprintf("listening on loopback %s on chain %d: no other machine can reach it; "+
				"listen on 0.0.0.0 (or a public interface) and register the public address", strings.Join(loop, ", "), cfg.ChainID))
		}
	}
	if self < 0 {
		out = append(out, fmt.Sprintf("not a member of the current epoch %d: waiting. Registering is not membership: "+
			"the admin adds this operator with quire committee change, which takes effect when executed after the delay", epoch))
	}
	return out
}

// isLoopback reports whether multiaddr s listens on a loopback IP (or
// "localhost").
func isLoopback(s string) bool {
	m, err := ma.NewMultiaddr(s)
	if err != nil {
		return false
	}
	for _, code := range []int{ma.P_IP4, ma.P_IP6} {
		if v, err := m.ValueForProtocol(code); err == nil {
			ip, err := netip.ParseAddr(v)
			return err == nil && ip.IsLoopback()
		}
	}
	if v, err := m.ValueForProtocol(ma.P_DNS); err == nil {
		return v == "localhost"
	}
	return false
}
