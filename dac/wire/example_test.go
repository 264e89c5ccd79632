package wire_test

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
)

func Example() {
	// A member refuses a request; the client sees a typed error.
	var stream bytes.Buffer
	rej := &wire.Rejection{Code: wire.CodeNotFound, Message: "no such blob"}
	if err := wire.WriteMessage(&stream, rej); err != nil {
		fmt.Println(err)
		return
	}

	var hdr wire.CellsHeader
	err := wire.ReadMessage(&stream, 1<<20, &hdr)
	fmt.Println(errors.Is(err, wire.CodeNotFound))
	fmt.Println(err)

	// A request for two whole columns of a blob.
	req := &wire.CellsRequest{Blob: dac.BlobID{1}, Columns: []uint8{3, 70}}
	frame, _ := wire.AppendFrame(nil, req)
	fmt.Println(len(frame), "bytes on the wire")
	// Output:
	// true
	// wire: rejected: not_found: no such blob
	// 42 bytes on the wire
}
