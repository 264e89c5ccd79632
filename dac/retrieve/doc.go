// Package retrieve fetches certified blobs from the committee members
// without trusting a disperser, and checks everything it returns.
//
// A Get finds what the blob's certification fixes (the header hash and
// the committee epoch): from a certificate the caller has (an L1
// transaction's calldata, a gossip announcement), verified with BLS
// against that epoch's committee, or from the committee contract's
// certification(id) on L1. It then asks the custodians of that epoch (not
// the current one: custody is a function of the epoch's member list) for
// the data rows of 64 columns, accepting only the certified header and
// cells that verify against its row commitments, rebuilds the k data rows
// and checks them against the commitments once more. When the hot tier is
// gone it restores the bytes from archive shards under the certified
// archive root and checks them the same way.
//
// Members that serve bad data are named with a *FaultError and skipped;
// the blob still comes back from the honest ones when they hold enough.
// Every network call has a timeout, memory is bounded by Config.MaxRows,
// and WithProgress reports pieces as they arrive.
//
// The product is the rows (Blob.Rows, field elements as committed); bytes
// are a view of them (Blob.Bytes: the low 31 bytes of each element, the
// top byte ignored), so a blob whose rows erasure.Unpack would reject is
// still returned.
//
//	r, err := retrieve.New(retrieve.DefaultConfig(chainID, contract.Address()), retrieve.Deps{
//		Transport:      retrieve.NewP2P(host, kctx, erasure.DefaultMaxRows),
//		Committees:     retrieve.L1Committees{Contract: contract, Replication: 2},
//		Certifications: contract, // *l1.Committee
//	})
//	blob, err := r.Get(ctx, id)              // or r.Get(ctx, id, retrieve.WithCertificate(cert))
//	for _, f := range blob.Faults { ... }   // members that lied, with the evidence
//	data := blob.Bytes()
package retrieve
