package rpc

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// FuzzGetWithdrawalProofParams sends arbitrary params to
// rollup_getWithdrawalProof over HTTP: the server answers every request
// (a result or a JSON-RPC error), never panics or hangs.
func FuzzGetWithdrawalProofParams(f *testing.F) {
	for _, s := range []string{
		`["0x00000000000000000000000000000000000000aa","0x0","latest"]`,
		`["0x00000000000000000000000000000000000000aa","0x1","0x0"]`,
		`["0xaa","0x0","latest"]`,
		`["0x00000000000000000000000000000000000000aa","0xffffffffffffffffff","latest"]`,
		`["0x00000000000000000000000000000000000000aa","0x0",{"blockHash":"0x0000000000000000000000000000000000000000000000000000000000000001"}]`,
		`[]`, `null`, `[1,2,3,4]`,
	} {
		f.Add([]byte(s))
	}
	c := chain.New(stf.ParamsOf(rollup.DevConfig()), state.New(state.NewMemStore()))
	srv, err := NewServer(c, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, params []byte) {
		body := append([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollup_getWithdrawalProof","params":`), params...)
		body = append(body, '}')
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code == 0 {
			t.Fatal("no answer")
		}
	})
}
