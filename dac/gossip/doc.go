// Package gossip carries announcements of certified headers over a
// gossipsub topic (github.com/libp2p/go-libp2p-pubsub), so light clients
// learn of a blob as soon as it is certified rather than when its certify
// transaction is final on L1. L1 Certified events stay the source of
// truth: a light client checks every announced certificate against the L1
// committee before it samples.
//
// The payload is an Announcement (the header core and its certificate,
// about 250 bytes, one canonical encoding whose decoder is fuzzed). The topic is per chain and committee
// contract (TopicName). The disperser, after aggregating a certificate:
//
//	ps, _ := gossip.NewPubSub(ctx, host)
//	topic, _ := gossip.Join(ps, chainID, committeeAddress)
//	err := topic.Announce(ctx, &header.Core, cert)
//
// Members join the same topic to relay (and may announce certificates they
// learn of); light clients Subscribe and call Next. Both pass a Verifier
// (WithVerifier) that checks the certificate against the epoch's committee
// before anything is delivered or relayed; peer scoring (NewPubSub) makes
// a peer that sends rejected announcements drop out of everyone's view.
package gossip
