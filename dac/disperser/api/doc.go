// Package api holds the vocabulary of the disperser's HTTP interface: the
// JSON bodies of /v1/blobs, the stable error codes and the HTTP statuses
// they travel with, and the OP Stack Alt-DA commitment encoding used by
// /put and /get. The disperser (package disperser) writes these values and
// the Go client (package client) reads them; the package itself is pure
// (no network, no clock), so both sides and any tool can import it.
//
// A successful POST /v1/blobs returns a PutResult:
//
//	{"blob_id": "0x…", "header_hash": "0x…", "certificate": "0x01…",
//	 "header": "0x01…", "epoch": 1, "size": 1048576, "k": 16,
//	 "signers": [0, 2, 3, …], "commitment": "0x0171…",
//	 "stages": {"encode_ms": 812.4, …}}
//
// A failure returns an Error with the status that Status gives its code:
//
//	HTTP 503 {"code": "no_quorum", "message": "…", "members": [{"member": 4, …}]}
//
// An Alt-DA commitment is the generic commitment type (0x01), quire's DA
// layer byte (DALayer) and the 32-byte blob ID:
//
//	c := api.NewCommitment(id)
//	b := c.Bytes() // 0x01 0x71 <32-byte blob ID>
//	id2, err := api.ParseCommitment(b)
package api
