// Package samplertest builds what the light client's tests and benchmarks
// need, in one process on loopback: extended squares of fixed test blobs
// (rebuilt cheaply from stored data-row proofs), a simulated L1 with the
// committee contract and its members registered, real storage nodes
// (package dac/node, in-memory badger) and scripted members that serve
// /quire/cells/1 from memory while withholding or forging chosen cells.
// It is imported only by tests and benchmarks:
//
//	nw := samplertest.NewNetwork(t, samplertest.Options{Scripted: []int{5}})
//	h, cert := nw.Publish(3) // disperse test blob 3, certify it on L1
//	nw.Scripted[5].SetBehavior(samplertest.Behavior{Forge: func(r, c int) bool { return true }})
//	c, _ := light.New(ctx, nw.ClientConfig(), light.Deps{L1: nw.Backend()})
package samplertest
