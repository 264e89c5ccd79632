// Package plan makes the disperser's decisions as pure functions of
// values, so they can be tested exhaustively without a network: what to
// send each committee member (Dispersal), when a dispersal has its quorum
// or can no longer reach one (Quorum), and which columns to fetch from
// whom to rebuild a blob, again after each failure (Retrieval). It does no
// I/O, starts no goroutines and reads no clock; the disperser's adapters
// move bytes around it.
//
// A dispersal:
//
//	d := plan.NewDispersal(custody, blobID)    // columns per member
//	q, _ := plan.NewQuorum(keys, t, chainID, committee, epoch, headerHash)
//	for each reply:
//	    q.Signed(member, sig) or q.Failed(member, err)
//	    switch q.Outcome() { case plan.Certified: cert, _ := q.Certificate(); … }
//
// A retrieval:
//
//	r := plan.NewRetrieval(assignment)
//	for !r.Done() {
//	    fetches, err := r.Next()   // err: too few live custodians
//	    for each fetch: r.Got(f.Member, cols) or r.Failed(f.Member)
//	}
package plan
