// Package l1 is quire's L1 adapter: it deploys and drives the committee
// contract (contracts/Committee.sol) over any go-ethereum backend, the
// in-process simulated chain (NewSimulated) or a JSON-RPC endpoint
// (ethclient.Dial).
//
// The plumbing under it serves any contract with abigen bindings:
// Contract (DeployContract, BindContract, Contract.Transact, Call) sends a
// transaction and waits for its receipt (WaitForReceipt), makes calls,
// and decodes a revert by the contract's custom errors (DecodeRevertWith,
// RevertName); NewSimulated and NewTransactor set up a chain and a
// sender. Committee is a Contract with the committee's methods on top.
//
// A typical flow:
//
//	c, _ := l1.Deploy(ctx, backend, adminTx, l1.DeployParams{ChangeDelay: time.Hour, RotationWindow: time.Hour})
//	c.Register(ctx, operatorTx, l1.Registration{PublicKey: sk.PublicKey(), ProofOfPossession: sk.ProvePossession(), ...})
//	q, _ := c.QueueChange(ctx, adminTx, l1.Change{Add: operators, Threshold: t})
//	// ... after the delay:
//	epoch, _ := c.ExecuteWhenDue(ctx, anyTx, q.ID, l1.Due{Wait: true})
//	ec, _ := c.Committee(ctx, epoch)          // members, keys, peer IDs, addrs, t
//	err := c.VerifyCertificate(ctx, cert, ec) // eth_call
//	id, receipt, err := c.Certify(ctx, tx, &header, cert, ec)
//	next, err := c.Follow(ctx, fromBlock, 0, func(ev l1.Event) error { ... })
//
// A light client reads certificates back from certify transactions with
// DecodeCertify and EpochCommittee.Certificate.
//
// Every method takes a context and is bounded by WithTimeout. Contract
// rejections come back as *RevertError naming the Solidity custom error
// (RevertName(err) == "InvalidSignature"), wrapping ErrReverted.
//
// Signer bitmaps: dac.Certificate numbers signers by member index in the
// epoch's member list (EpochCommittee.Members, in slot order); the contract
// numbers them by slot. EpochCommittee.CertificateArgs translates, and
// derives the non-signers' keys and the aggregate key the contract checks
// against its stored hashes.
package l1
