// Package light runs quire's light client: the I/O around the pure core
// in package sampler.
//
// For every certified blob it hears of, from the committee contract's
// Certified events on L1 (the source of truth) or from the gossip topic of
// package dac/gossip (earlier), the client:
//
//  1. checks the certificate against the L1 committee of its epoch: for an
//     L1 event it reads the certificate back from the certify calldata and
//     verifies the aggregate BLS signature itself (falling back to the
//     contract's record when certify was called by another contract); an
//     announced certificate must verify the same way. A blob whose
//     certificate fails is reported invalid and never sampled;
//  2. fetches the header once, alone, from a member over /quire/cells/2
//     and checks that
//     it hashes to the certified header hash (or carries the certified
//     commitments root), then validates it, parity extension included;
//  3. samples s cells (sampler.Positions, fixed per blob by the client's
//     secret) from custodians of their columns, each request under a
//     deadline, moving to another custodian on failure or timeout;
//     verifies each round's cells in one batched pairing check; bans peers
//     that serve invalid cells and records the evidence; and decides
//     available, or unavailable once the deadline passes with samples
//     missing (cells are asked for without the header). When the only
//     answers standing between it and a verdict are custodians limiting
//     this client (busy, rate limited), it records nothing and returns
//     ErrThrottled; the blob stays pending.
//
// Progress is persisted in badger after every round (Store): a restarted
// client resumes with the same positions, without asking again for cells
// it verified, and continues the L1 scan from its checkpoint.
//
//	c, err := light.New(ctx, cfg, light.Deps{L1: ethclient})
//	st, err := c.Sample(ctx, blobID) // one blob: quire sample BLOBID
//	err = c.Run(ctx)                 // follow: quire sample --follow, /status
package light
