package gossip

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
)

// TopicPrefix starts the name of every announcement topic; the full name
// (TopicName) adds the chain and the committee contract, so devnets and
// networks never share a topic.
const TopicPrefix = "/quire/headers/1"

// TopicName returns the announcement topic of the committee contract at
// committee on chain chainID: "/quire/headers/1/<chain id>/<0x contract>".
func TopicName(chainID uint64, committee [20]byte) string {
	return fmt.Sprintf("%s/%d/0x%s", TopicPrefix, chainID, hex.EncodeToString(committee[:]))
}

// maxMessageSize bounds a pubsub frame: an announcement and room for the
// envelope (signature, key, topic name, sequence number).
const maxMessageSize = 16 << 10

// Peer scoring. The one behaviour scored is what this network's abuse
// looks like: announcements a verifier rejects (a forged certificate, a
// header for another chain). Each counts squared against the sender
// (P4, invalidWeight), decaying by a tenth a second, so a couple of forged
// announcements put a peer below graylistThreshold, where everything it
// sends is ignored, and a few minutes of silence bring it back. Gossip
// protocol misbehaviour (broken promises, grafting while pruned) counts
// too. IP colocation is not scored: devnets and tests run every peer on
// one address.
const (
	invalidWeight      = -100
	gossipThreshold    = -100
	publishThreshold   = -200
	graylistThreshold  = -300
	scoreDecayInterval = time.Second
)

func scoreParams() (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	return &pubsub.PeerScoreParams{
			SkipAtomicValidation:   true,
			Topics:                 map[string]*pubsub.TopicScoreParams{},
			AppSpecificScore:       func(peer.ID) float64 { return 0 },
			BehaviourPenaltyWeight: -10,
			BehaviourPenaltyDecay:  0.99,
			DecayInterval:          scoreDecayInterval,
			DecayToZero:            0.01,
			RetainScore:            10 * time.Minute,
		}, &pubsub.PeerScoreThresholds{
			GossipThreshold:   gossipThreshold,
			PublishThreshold:  publishThreshold,
			GraylistThreshold: graylistThreshold,
		}
}

// topicScoreParams scores the announcement topic: invalid messages only.
func topicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		SkipAtomicValidation:           true,
		TopicWeight:                    1,
		TimeInMeshQuantum:              time.Second, // unweighted, but the router divides by it
		InvalidMessageDeliveriesWeight: invalidWeight,
		InvalidMessageDeliveriesDecay:  0.9,
	}
}

// NewPubSub starts a gossipsub router on h, sized for announcements, with
// peer scoring on (see the constants above). One per host; join the topic
// with Join.
func NewPubSub(ctx context.Context, h host.Host) (*pubsub.PubSub, error) {
	params, thresholds := scoreParams()
	ps, err := pubsub.NewGossipSub(ctx, h, pubsub.WithMaxMessageSize(maxMessageSize), pubsub.WithPeerScore(params, thresholds))
	if err != nil {
		return nil, fmt.Errorf("gossip: %w", err)
	}
	return ps, nil
}

// ErrClosed is returned by Subscription.Next once the subscription or its
// topic is gone.
var ErrClosed = errors.New("gossip: subscription closed")

// Topic is the joined announcement topic of one committee.
type Topic struct {
	name    string
	chainID uint64
	t       *pubsub.Topic
	ps      *pubsub.PubSub
}

// ErrUndecided is what a Verifier wraps when it cannot decide on an
// announcement now (an epoch it does not hold, L1 unreachable, a busy
// verifier): the announcement is dropped, not relayed, and its sender is
// not penalized.
var ErrUndecided = errors.New("gossip: announcement undecided")

// Verifier decides on a well-formed announcement for this chain before it
// is delivered or relayed: nil accepts it; an error wrapping ErrUndecided
// drops it; any other error rejects it (the sender's score drops, see
// NewPubSub). It typically checks the certificate's BLS signature against
// the committee of its epoch. It runs concurrently for several messages.
type Verifier func(ctx context.Context, a *Announcement, from peer.ID) error

// Option configures Join.
type Option func(*joinOptions)

type joinOptions struct {
	verify Verifier
}

// WithVerifier makes the topic's validator call v on every well-formed
// announcement: committee members relay, and light clients receive and
// relay, only what it accepts.
func WithVerifier(v Verifier) Option { return func(o *joinOptions) { o.verify = v } }

// verifyTimeout bounds one Verifier call (an L1 read on a cache miss).
const verifyTimeout = 5 * time.Second

// Join joins the announcement topic of the committee contract at committee
// on chain chainID. It registers a validator that drops (and so never
// relays) anything that is not a canonical Announcement for this chain or
// that the Verifier given WithVerifier does not accept, sets the topic's
// peer-score parameters, and makes message IDs the hash of the payload, so
// the same announcement from the disperser and from members is delivered
// once. Without a Verifier the certificate's signature is not checked
// here. Join fails if ps has already joined the topic.
func Join(ps *pubsub.PubSub, chainID uint64, committee [20]byte, opts ...Option) (*Topic, error) {
	var o joinOptions
	for _, opt := range opts {
		opt(&o)
	}
	name := TopicName(chainID, committee)
	validate := func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		a, err := decode(m.Data, chainID)
		if err != nil {
			return pubsub.ValidationReject
		}
		if o.verify == nil {
			return pubsub.ValidationAccept
		}
		switch err := o.verify(ctx, a, from); {
		case err == nil:
			return pubsub.ValidationAccept
		case errors.Is(err, ErrUndecided):
			return pubsub.ValidationIgnore
		default:
			return pubsub.ValidationReject
		}
	}
	if err := ps.RegisterTopicValidator(name, pubsub.ValidatorEx(validate), pubsub.WithValidatorTimeout(verifyTimeout)); err != nil {
		return nil, fmt.Errorf("gossip: validator: %w", err)
	}
	t, err := ps.Join(name, pubsub.WithTopicMessageIdFn(contentID))
	if err != nil {
		ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("gossip: join %s: %w", name, err)
	}
	if err := t.SetScoreParams(topicScoreParams()); err != nil {
		t.Close()
		ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("gossip: score %s: %w", name, err)
	}
	return &Topic{name: name, chainID: chainID, t: t, ps: ps}, nil
}

// contentID identifies a message by its payload.
func contentID(m *pb.Message) string {
	h := sha256.Sum256(m.GetData())
	return string(h[:])
}

func decode(b []byte, chainID uint64) (*Announcement, error) {
	var a Announcement
	if err := a.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	if a.Core.ChainID != chainID {
		return nil, fmt.Errorf("%w: header for chain %d, topic of chain %d", ErrAnnouncement, a.Core.ChainID, chainID)
	}
	return &a, nil
}

// Name returns the topic's name.
func (t *Topic) Name() string { return t.name }

// Peers returns the peers known to be on the topic.
func (t *Topic) Peers() []peer.ID { return t.t.ListPeers() }

// Announce publishes a certified header: its core and certificate. The
// disperser calls it once a certificate is aggregated (or its certify
// transaction is mined); members may call it when they learn of one. It
// refuses a certificate for another header, epoch or chain.
func (t *Topic) Announce(ctx context.Context, core *dac.HeaderCore, cert *dac.Certificate) error {
	if cert.HeaderHash != core.Hash() || cert.Epoch != core.Epoch {
		return fmt.Errorf("gossip: certificate for header %s epoch %d, header %s epoch %d", cert.HeaderHash, cert.Epoch, core.Hash(), core.Epoch)
	}
	if core.ChainID != t.chainID {
		return fmt.Errorf("gossip: header for chain %d on the topic of chain %d", core.ChainID, t.chainID)
	}
	a := Announcement{Core: *core, Certificate: *cert}
	b, err := a.MarshalBinary()
	if err != nil {
		return fmt.Errorf("gossip: %w", err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
	}
	if err := t.t.Publish(ctx, b); err != nil {
		return fmt.Errorf("gossip: publish: %w", err)
	}
	return nil
}

// Subscription receives announcements.
type Subscription struct {
	sub     *pubsub.Subscription
	chainID uint64
}

// Subscribe starts receiving the topic's announcements.
func (t *Topic) Subscribe() (*Subscription, error) {
	s, err := t.t.Subscribe()
	if err != nil {
		return nil, fmt.Errorf("gossip: subscribe: %w", err)
	}
	return &Subscription{sub: s, chainID: t.chainID}, nil
}

// Next blocks until the next announcement (well-formed, for this chain;
// the signature is the caller's to check) and returns it with the peer it
// came from. It returns ctx.Err() when ctx ends and ErrClosed once the
// subscription is cancelled.
func (s *Subscription) Next(ctx context.Context) (*Announcement, peer.ID, error) {
	for {
		m, err := s.sub.Next(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil, "", ctx.Err()
			}
			return nil, "", ErrClosed
		}
		a, err := decode(m.Data, s.chainID)
		if err != nil {
			continue // the validator let it through only if it was valid; be safe
		}
		return a, m.ReceivedFrom, nil
	}
}

// Cancel stops the subscription.
func (s *Subscription) Cancel() { s.sub.Cancel() }

// Close leaves the topic (cancel subscriptions first).
func (t *Topic) Close() error {
	err := t.t.Close()
	t.ps.UnregisterTopicValidator(t.name)
	return err
}

// Relay makes the host forward the topic's announcements (those that pass
// the validator) without delivering them to it: committee members call it
// so the mesh between the disperser and light clients runs through them.
// The returned function stops relaying.
func (t *Topic) Relay() (func(), error) {
	cancel, err := t.t.Relay()
	if err != nil {
		return nil, fmt.Errorf("gossip: relay: %w", err)
	}
	return cancel, nil
}
