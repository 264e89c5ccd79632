// Package sequencer is the rollup's sequencer: a mempool of transfers
// ordered by nonce per sender (bounded, replacement by a higher tip, nonce
// gaps held until they fill), an L2 block every interval executed at once
// with rollup/stf (the unsafe head), and a batcher that packs whole blocks
// into a quire blob, has it certified by the disperser and records it in
// the L1 inbox, retrying with back-off while the disperser is down.
//
// With Deps.Store (rollup/store's DB, whose chain is Deps.Chain) nothing
// acknowledged is lost in a crash: SendRawTransaction journals the
// transaction (synced) before it returns the hash; a produced block is
// written with its state, its record bodies (for the batcher) and the
// deletion of its transactions' journal entries in one step; the batch
// being posted is recorded first with its blocks, then with its certified
// header. New reloads all of it; Run then applies the restart rule against
// the inbox: blocks below the inbox's L2BlockEnd are posted (their records
// go, they are safe), a certified batch in flight is appended without
// posting its blob again, and an append finds the inbox already holding
// its blocks (an earlier attempt landed) and counts it done.
//
//	db, _ := store.Open(store.Config{Dir: dir, ...}, ident, params, log)
//	c, _ := chain.Open(params, db, db.StateStore())
//	s, _ := sequencer.New(cfg, sequencer.Deps{Chain: c, Store: db, Post: post, Inbox: in, From: key})
//	err := s.Run(ctx)
package sequencer
