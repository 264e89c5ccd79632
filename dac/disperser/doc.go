// Package disperser is quire's rollup-facing service. It takes a blob over
// HTTP (or through its Go methods), encodes the extended square with KZG
// commitments and cell proofs (package kzg), sends every committee member
// the header and its custody columns over /quire/disperse/1 in parallel,
// verifies each member's signature as it arrives and aggregates the
// certificate as soon as t are valid. It can then submit the certificate
// to the committee contract's certify on L1. On retrieval it fetches the
// data rows of 64 columns from their custodians over /quire/cells/1,
// verifies every cell, recovers what missing custodians withheld and
// returns the exact bytes.
//
// The decisions (which columns go to whom, when a quorum is reached or
// lost, which columns to fetch from whom after each failure) are pure
// functions in package plan; this package is the adapter around them:
// the libp2p transport, the dispersal queue and workers, the L1
// certifier, the HTTP API (package api holds its vocabulary) and metrics.
//
// Driving it:
//
//	cfg := disperser.DefaultConfig()
//	cfg.ChainID, cfg.CommitteeAddress = chainID, addr
//	d, err := disperser.New(cfg, disperser.Deps{Committee: src, Identity: key})
//	go d.Run(ctx)                         // serves cfg.HTTPAddr until ctx ends
//	res, err := d.Put(ctx, data, disperser.PutOptions{}) // or POST /v1/blobs
//	back, err := d.Get(ctx, res.BlobID)                  // or GET /v1/blobs/{id}
//
// The HTTP routes, including the OP Stack Alt-DA server API (/put, /get),
// are listed on Handler. Errors are JSON bodies with a stable code (see
// api.Code): 400 malformed, 413 too large, 429 queue full, 503 no quorum
// (naming the members that failed), 504 timeout. A failed dispersal never
// yields a certificate; posting bytes already certified in the current
// epoch returns the same blob ID and certificate without dispersing again.
package disperser
