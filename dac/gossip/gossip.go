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

// NewPubSub starts a gossipsub router on h, sized for announcements. One
// per host; join the topic with Join.
func NewPubSub(ctx context.Context, h host.Host) (*pubsub.PubSub, error) {
	ps, err := pubsub.NewGossipSub(ctx, h, pubsub.WithMaxMessageSize(maxMessageSize))
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

// Join joins the announcement topic of the committee contract at committee
// on chain chainID. It registers a validator that drops (and so never
// relays) anything that is not a canonical Announcement for this
// chain, and makes message IDs the hash of the payload, so the same
// announcement from the disperser and from members is delivered once.
// The certificate's signature is not checked here: receivers check it
// against the L1 committee. Join fails if ps has already joined the topic.
func Join(ps *pubsub.PubSub, chainID uint64, committee [20]byte) (*Topic, error) {
	name := TopicName(chainID, committee)
	validate := func(_ context.Context, _ peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		if _, err := decode(m.Data, chainID); err != nil {
			return pubsub.ValidationReject
		}
		return pubsub.ValidationAccept
	}
	if err := ps.RegisterTopicValidator(name, pubsub.ValidatorEx(validate), pubsub.WithValidatorTimeout(time.Second)); err != nil {
		return nil, fmt.Errorf("gossip: validator: %w", err)
	}
	t, err := ps.Join(name, pubsub.WithTopicMessageIdFn(contentID))
	if err != nil {
		ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("gossip: join %s: %w", name, err)
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
