package node

import (
	"strings"
	"testing"
)

func TestStartupWarnings(t *testing.T) {
	pub := []string{"/ip4/0.0.0.0/tcp/9400", "/ip4/0.0.0.0/udp/9400/quic-v1"}
	loop := []string{"/ip4/127.0.0.1/tcp/9400", "/ip6/::1/udp/9400/quic-v1"}
	disp := []string{"12D3KooWDisperser"}
	tests := []struct {
		name   string
		chain  uint64
		listen []string
		disp   []string
		self   int
		want   []string // substrings, one per warning, in order
	}{
		{"all well", 11155111, pub, disp, 0, nil},
		{"devnet on loopback", 1337, loop, disp, 2, nil},
		{"anvil on loopback", 31337, loop, disp, 0, nil},
		{"no dispersers", 11155111, pub, nil, 0, []string{`"dispersers" is empty`}},
		{"loopback on sepolia", 11155111, loop, disp, 0, []string{"loopback /ip4/127.0.0.1/tcp/9400, /ip6/::1/udp/9400/quic-v1 on chain 11155111"}},
		{"localhost dns on hoodi", 560048, []string{"/dns/localhost/tcp/1"}, disp, 0, []string{"loopback /dns/localhost/tcp/1"}},
		{"not a member", 1337, loop, disp, -1, []string{"not a member of the current epoch 7: waiting"}},
		{"everything wrong", 1, loop[:1], nil, -1, []string{"dispersers", "loopback", "waiting"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.ChainID, cfg.Listen, cfg.Dispersers = tt.chain, tt.listen, tt.disp
			got := StartupWarnings(cfg, tt.self, 7)
			if len(got) != len(tt.want) {
				t.Fatalf("warnings %q, want %d", got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("warning %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}
