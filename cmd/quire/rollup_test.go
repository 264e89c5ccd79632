package main

import (
	"bytes"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/rpc"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

func TestRollupStatus(t *testing.T) {
	p := stf.ParamsOf(rollup.DevConfig())
	c := chain.New(p, state.New(state.NewMemStore()))
	srv, err := rpc.NewServer(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv}
	go hs.Serve(ln)
	defer hs.Close()
	g, _ := stf.Genesis(p)

	var out, errb bytes.Buffer
	if code := run([]string{"rollup", "status", "--rpc", "http://" + ln.Addr().String()}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"chain id         29045", "latest           0 " + g.Hash.Hex(),
		"output root      " + stf.OutputRoot(g.Roots, g.Hash).Hex()} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	errb.Reset()
	if code := run([]string{"rollup", "status", "--rpc", "http://127.0.0.1:1", "--timeout", "2s"}, &out, &errb); code != 1 {
		t.Errorf("unreachable node: exit %d", code)
	}
	if code := run([]string{"rollup", "frobnicate"}, &out, &errb); code != 2 {
		t.Errorf("unknown subcommand: exit %d", code)
	}
}
