package rpc

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// TestWithdrawDocCast keeps the cast walk-through in docs/faultproof.md
// from drifting: every function signature quoted on a `cast call` or
// `cast send` line must be a function of RollupInbox or RollupGame (its
// selector among the ABI's), and every `cast rpc` method must be served.
func TestWithdrawDocCast(t *testing.T) {
	doc, err := os.ReadFile("../../docs/faultproof.md")
	if err != nil {
		t.Fatal(err)
	}
	selectors := map[string]string{}
	for _, md := range []*bind2Meta{{"RollupInbox", contracts.RollupInboxMetaData.ParseABI}, {"RollupGame", contracts.RollupGameMetaData.ParseABI}} {
		a, err := md.parse()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range a.Methods {
			selectors[string(m.ID)] = md.name + "." + m.Sig
		}
	}
	sigRe := regexp.MustCompile(`"([a-zA-Z_][a-zA-Z0-9_]*\([^"]*?\))(?:\([^"]*\))?"`)
	rpcRe := regexp.MustCompile(`cast rpc (?:--rpc-url \S+ )?([a-z]+_[a-zA-Z]+)`)
	srv, err := NewServer(chain.New(stf.ParamsOf(rollup.DevConfig()), state.New(state.NewMemStore())), nil)
	if err != nil {
		t.Fatal(err)
	}
	cl := gethrpc.DialInProc(srv)
	defer cl.Close()
	var sigs, rpcs int
	for _, line := range bytes.Split(doc, []byte("\n")) {
		l := string(line)
		if strings.Contains(l, "cast call") || strings.Contains(l, "cast send") {
			for _, m := range sigRe.FindAllStringSubmatch(l, -1) {
				sig := m[1]
				id := string(crypto.Keccak256([]byte(sig))[:4])
				if _, ok := selectors[id]; !ok {
					t.Errorf("docs: %q (selector %x) is no function of RollupInbox or RollupGame", sig, id)
				}
				sigs++
			}
		}
		for _, m := range rpcRe.FindAllStringSubmatch(l, -1) {
			var out any
			err := cl.CallContext(context.Background(), &out, m[1], common.Address{}, "0x0", "latest")
			if err != nil && strings.Contains(err.Error(), "does not exist") {
				t.Errorf("docs: RPC method %s is not served: %v", m[1], err)
			}
			rpcs++
		}
	}
	if sigs < 4 || rpcs < 1 {
		t.Fatalf("found %d signatures and %d RPC calls in the doc's cast lines; the walk-through moved?", sigs, rpcs)
	}
}

type bind2Meta struct {
	name  string
	parse func() (*abi.ABI, error)
}
