// Package prover builds the inputs of the L1 one-step verifier from chain
// data and runs the honest agents of the fault proof (docs/faultproof.md).
//
// SMTProof converts the compact sparse Merkle proofs of rollup/state into
// the ABI form of contracts/SMT.sol (SMTLib.Proof).
//
// # One-step proofs
//
// BuildStep builds the proof contracts/OneStep.sol's run checks for one
// global step: from the batch as the inbox stores it, its queue items and
// blob (header and bytes), the state and record cursor before the step, it
// opens the record's elements (KZG, one opening per element), proves the
// row commitment into the blob's commitments root, and applies the step
// as stf.Step does, taking each SMT proof against the root the previous
// effect left. The proof is abi.encode of OneStep's Input tuple
// (EncodeStepInput; DecodeStepInput accepts only its canonical layout).
//
//	proof, err := prover.BuildStep(kctx, &prover.StepSource{Params: p, Batch: b,
//	        Queue: items, Header: header, Blob: blob}, st, cursor, g)
//
// # Agents
//
// A Trace answers the claim after any number of global steps
// (stf.Claim: keccak(stateRoot || withdrawalsRoot || cursor)) of the chain
// a verifier node derived (a Source: batches, per-batch roots and the
// state store; NodeSource is the one of a verifier node), by replaying
// one batch from the checkpoint before it on an uncommitted state; it
// keeps the claims of the last few batches. With
// a Fault it is a lying chain (tests and the demo): wrong arithmetic, a
// skipped, invented or reordered transaction, an uncredited deposit, an
// omitted forced transaction, an inflated withdrawal, played consistently
// from its step on.
//
// The decisions are pure functions of chain views: PlanGame (bisect,
// choose, step, timeout, with the clock margin), PlanProposer (propose,
// finalize) and PlanChallenger (challenge, reject). Proposer and
// Challenger drive them over an L1 (the RollupGame calls of
// game-abi.md; an adapter over the bindings implements it) and a
// StepProver (the one-step proof builder), keeping what they must not
// forget across a crash in an AgentStore (DB: badger): a restarted agent
// continues every game from the chain's state and its stored claims, and
// never sends a move twice at one position.
//
//	src := prover.NewNodeSource(params, inbox, retriever, node, db.StateStore())
//	tr, _ := prover.NewTrace(prover.DefaultTraceConfig(params), src)
//	db, _ := prover.OpenDB(dir, log)
//	c, _ := prover.NewChallenger(prover.DefaultAgentConfig(), l1, src, tr, stepProver, db, reg, log)
//	for ctx.Err() == nil {
//	    if err := c.Tick(ctx); errors.Is(err, prover.ErrClockExpired) { /* alert */ }
//	    /* wait for the next L1 block */
//	}
//
// A Tick returns ErrClockExpired when the agent's own clock ran out in a
// game (it never lets one run out silently: it also logs and counts it)
// and, for the challenger, ErrWindowMissed for a wrong proposal found too
// late. Moves made with less than AgentConfig.Margin of the clock left
// are logged and counted as late.
package prover
