package p2p

import (
	crand "crypto/rand"
	"errors"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
)

// testCommittee returns a committee of n fresh members under threshold
// t, replication 2.
func testCommittee(t testing.TB, n, threshold int) *Committee {
	t.Helper()
	c := &Committee{Epoch: 4, Threshold: threshold, Replication: 2}
	for range n {
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		priv, _ := GenerateIdentity()
		id, _ := peer.IDFromPrivateKey(priv)
		c.Members = append(c.Members, Member{PublicKey: sk.PublicKey(), PeerID: id})
	}
	return c
}

func TestCommitteeValidate(t *testing.T) {
	c := testCommittee(t, 4, 2)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	dup := *c
	dup.Members = append([]Member(nil), c.Members...)
	dup.Members[1].PeerID = dup.Members[0].PeerID
	if err := dup.Validate(); !errors.Is(err, ErrBadCommittee) {
		t.Fatalf("duplicate peer: %v", err)
	}
	small := *c
	small.Members = c.Members[:3]
	if err := small.Validate(); !errors.Is(err, ErrBadCommittee) || !errors.Is(err, dac.ErrCustodyParams) {
		t.Fatalf("3 members: %v", err)
	}
	if c.IndexOf(c.Members[2].PublicKey) != 2 {
		t.Fatal("IndexOf")
	}
}

// FuzzFromEpoch: whatever peer IDs and addresses operators register on L1,
// the conversion never panics, keeps every member in place (with its key),
// and gives a member either no peer ID (unreachable) or the one its bytes
// encode.
func FuzzFromEpoch(f *testing.F) {
	id, _ := GenerateIdentity()
	p, _ := peer.IDFromPrivateKey(id)
	pid, _ := p.MarshalBinary()
	f.Add(pid, "/ip4/127.0.0.1/tcp/1")
	f.Add([]byte{0, 1, 2}, "garbage")
	f.Add([]byte{}, "")
	sk, _ := bls.KeyGen(make([]byte, 32), nil)
	f.Fuzz(func(t *testing.T, peerID []byte, addrs string) {
		ec := &l1.EpochCommittee{Epoch: 3, Threshold: 1, Members: []l1.Operator{
			{PublicKey: sk.PublicKey(), PeerID: peerID, Addrs: strings.Split(addrs, "\x00")},
		}}
		c := FromEpoch(ec)
		if len(c.Members) != 1 || c.Members[0].PublicKey.Bytes() != sk.PublicKey().Bytes() {
			t.Fatalf("member lost from %x", peerID)
		}
		if id := c.Members[0].PeerID; id != "" && string(id) != string(peerID) {
			t.Fatalf("peer ID %s from %x", id, peerID)
		}
		if c.Members[0].PeerID == "" && len(c.Members[0].Addrs) != 0 {
			t.Fatal("addresses without a peer ID")
		}
	})
}
