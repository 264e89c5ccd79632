// Package l1 is the bundled rollup's L1 adapter: it deploys and drives
// contracts/RollupInbox.sol (batches, the deposit and forced-transaction
// queue, force inclusion) over any go-ethereum backend, the in-process
// simulated chain (dac/l1.NewSimulated) or a JSON-RPC endpoint, and follows
// its events for derivation.
//
// The sequencer's side:
//
//	in, _, _ := l1.Deploy(ctx, backend, deployer, l1.Params{Committee: c.Address(), Sequencer: seq, ...})
//	hd, _ := in.Head(ctx)                        // next index, queue pointer, steps, L2 blocks
//	prev, _ := in.BatchHash(ctx, hd.NextBatch-1)
//	b, _, err := in.AppendBatch(ctx, seqTx, &header, l1.BatchArgs{Index: hd.NextBatch, PrevHash: prev,
//		RecordCount: n, QueueEnd: q, L2BlockStart: hd.L2BlockEnd, L2BlockEnd: hd.L2BlockEnd + blocks})
//	// or, certifying in the same L1 transaction:
//	b, _, err = in.CertifyAndAppend(ctx, seqTx, &header, ec.CertificateArgs(cert), args)
//
// Users and anyone:
//
//	item, _, _ := in.Deposit(ctx, userTx, l2To, value)
//	item, _, _ = in.ForceTx(ctx, userTx, signedL2Tx, fee)
//	b, _, _ = in.ForceInclusion(ctx, anyTx, queueEnd) // once item queueEnd-1 is ForceDelay old
//
// Derivation and the prover read the chain with a Follower, which returns
// batches and queue items in index order from blocks at least
// `confirmations` deep and refuses gaps (ErrGap):
//
//	f := in.Follower(l1.Cursor{}, confirmations)
//	u, err := f.Poll(ctx) // u.Batches, u.Items; persist f.Cursor() to resume
//
// Batch.Hash and QueueItem.Hash are the Go twins of what the contract
// stores (batchHash, queueHash); DecodeEvent checks every event against
// them. Contract rejections come back as dac/l1's *RevertError naming the
// Solidity custom error (RevertName(err) == "NotCertified"), the
// Committee's own errors included when certifyAndAppend certifies.
//
// Deploy also deploys the inbox's RollupGame (outputs, bisection games,
// bonds) and, given Params.OneStep, the one-step verifier; Inbox.Game
// returns its handle:
//
//	game, _ := in.Game(ctx)
//	pid, _, _ := game.Propose(ctx, proposerTx, parentID, &batch, l1.Output{...}, bond)
//	gid, _, _ := game.Challenge(ctx, challengerTx, pid, challengerBond)
//	// bisect / choose / step / timeout, then
//	game.Finalize(ctx, anyTx, pid)
//	in.Withdraw(ctx, anyTx, pid, sender, nonce, amount, proof)
//
// Game reverts decode the same way (DecodeGameRevert, GameErrorSelector);
// DecodeGameEvent decodes its logs.
//
// docs/rollup-l1.md describes the inbox, its events and its rules;
// docs/faultproof.md ("The game") the game and withdrawals.
package l1
