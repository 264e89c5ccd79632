// Package sampler is the pure core of quire's light client: which cells to
// sample, whom to ask for them, what a round of answers proves, and what
// confidence follows. It has no goroutines, sockets, disk or clock (a test
// keeps its imports honest); the libp2p transport, the L1 follower, the
// badger store and the HTTP status page live in sampler/light, and the
// gossip topic on which certified headers are announced in dac/gossip.
//
// A light client holds a local Secret. For each certified blob it draws
// s distinct cells of the 2k x 128 extended square with HeaderPositions, a
// ChaCha8 stream keyed by the secret and the blob ID: unpredictable to the
// network, and the same after a restart. It never draws a known-zero cell
// (a data row past the payload, dac.Header.KnownZero), which nobody
// stores: everyone knows it is zero. Before sampling it checks the
// certificate against the L1 committee (CheckCertificate) and the header a
// member served against the certified hash (CheckHeader). Then, round by
// round:
//
//	p, _ := sampler.NewProgress(positions, nil)
//	for p.Decide(deadlinePassed) == sampler.StatusPending {
//		reqs := p.Plan(assignment, banned) // custodians of each column, greedily grouped
//		if len(reqs) == 0 {
//			p.NextCycle() // every custodian asked: start over, one cell per request
//			continue
//		}
//		resps := ask(reqs)                                   // the transport, with deadlines
//		round := p.Apply(kctx.DataVerifier(), header, resps) // one batched pairing check
//		penalize(round.Bad)                                  // cells that failed, and who served them
//	}
//
// Confidence(n) = 1 - (3/4)^n is what n verified samples give: the
// smallest unrecoverable withholding hides 65(k+1) of the 256k cells
// (MinWithheld), more than a quarter, so each sample finds a hidden cell
// with probability above 1/4. ConfidenceBound is the exact figure for a
// given k, DetectionProbability the chance that s samples catch a given
// withholding. Skipping the z known-zero rows keeps the bound: the
// smallest unrecoverable withholding is still 65(k+1) cells, now among
// (2k-z) x 128 (ConfidenceBoundRows).
//
// The gossip payload a light client hears (header core and certificate)
// is dac/gossip.Announcement: the committee announces, light clients
// listen.
package sampler
