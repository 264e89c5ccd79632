package dashboard_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"

	"github.com/quire-da/quire/internal/app/dashboard"
)

// staticSource is a Source whose state never changes.
type staticSource struct{ st dashboard.State }

func (s staticSource) State(context.Context) (*dashboard.State, error) { return &s.st, nil }
func (s staticSource) Blob(context.Context, string) (*dashboard.BlobDetail, error) {
	return nil, dashboard.ErrNotFound
}
func (s staticSource) Changed() <-chan struct{} { return nil } // never changes

func ExampleHandler() {
	h := dashboard.Handler(staticSource{dashboard.State{ChainID: 1337, Threshold: 3}})
	srv := httptest.NewServer(h) // a devnet serves it on its dashboard port
	defer srv.Close()

	for _, path := range []string{"/api/state", "/api/blobs/0x" + fmt.Sprintf("%064x", 1), "/api/blobs/0x12"} {
		res, err := srv.Client().Get(srv.URL + path)
		if err != nil {
			panic(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Printf("%d %.60s\n", res.StatusCode, body)
	}
	// Output:
	// 200 {"chain_id":1337,"l1_rpc":"","disperser":"","contract":"","e
	// 404 {"code":"not_found","message":"blob 0x0000000000000000000000
	// 400 {"code":"malformed","message":"blob ID \"0x12\": want 64 hex
}
