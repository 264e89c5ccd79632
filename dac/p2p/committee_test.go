package p2p

import (
	crand "crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

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

// TestStaticCommitteeNeedsPossession: a static committee's members must
// carry proofs of possession of their keys (as the contract requires at
// registration), and bad network data never hides a member read from L1.
func TestStaticCommitteeNeedsPossession(t *testing.T) {
	c := testCommittee(t, 4, 2)
	sks := make([]*bls.SecretKey, len(c.Members))
	for i := range c.Members {
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		sks[i] = sk
		c.Members[i].PublicKey = sk.PublicKey()
	}
	if _, err := c.StaticConfig().Committee(); !errors.Is(err, ErrBadCommittee) || !strings.Contains(err.Error(), "proof_of_possession") {
		t.Fatalf("without proofs: %v", err)
	}
	for i := range c.Members {
		c.Members[i].ProofOfPossession = sks[(i+1)%len(sks)].ProvePossession()
	}
	if _, err := c.StaticConfig().Committee(); !errors.Is(err, ErrBadCommittee) || !errors.Is(err, bls.ErrInvalidPossession) {
		t.Fatalf("with another key's proofs: %v", err)
	}
	for i := range c.Members {
		c.Members[i].ProofOfPossession = sks[i].ProvePossession()
	}
	got, err := c.StaticConfig().Committee()
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(c) {
		t.Fatal("round trip changed the committee")
	}
}

func TestFromEpochBadNetwork(t *testing.T) {
	c := testCommittee(t, 5, 3)
	ec := &l1.EpochCommittee{Epoch: 4, Threshold: 3, Replication: 2}
	for _, m := range c.Members {
		pid, _ := m.PeerID.MarshalBinary()
		ec.Members = append(ec.Members, l1.Operator{PublicKey: m.PublicKey, PeerID: pid, Addrs: []string{"/ip4/127.0.0.1/tcp/1", "junk"}})
	}
	ec.Members[1].PeerID = []byte("not a multihash")
	ec.Members[3].PeerID = ec.Members[4].PeerID // two members claim one peer
	got := FromEpoch(ec)
	if err := got.Validate(); err != nil {
		t.Fatalf("committee with bad network data: %v", err)
	}
	if got.Replication != 2 || got.Threshold != 3 || len(got.Members) != 5 {
		t.Fatalf("committee %+v", got)
	}
	for i, m := range got.Members {
		want := i == 0 || i == 2
		if m.Reachable() != want {
			t.Errorf("member %d reachable %v, want %v", i, m.Reachable(), want)
		}
		if want && len(m.Addrs) != 1 {
			t.Errorf("member %d: %d addrs, want the one that parses", i, len(m.Addrs))
		}
	}
}

// TestCommitteeEqualEpochs: the end, the rotation window and the previous
// epoch are part of a committee's value, so a source's watcher reports
// the previous epoch arriving or changing.
func TestCommitteeEqualEpochs(t *testing.T) {
	base := testCommittee(t, 4, 3)
	prev := testCommittee(t, 4, 3)
	prev.Epoch, prev.End = 3, time.Unix(1_800_000_000, 0)
	clone := func(mut func(c *Committee)) *Committee {
		c := *base
		p := *prev
		c.Previous = &p
		if mut != nil {
			mut(&c)
		}
		return &c
	}
	tests := []struct {
		name string
		mut  func(c *Committee)
		want bool
	}{
		{"same", nil, true},
		{"end", func(c *Committee) { c.End = time.Unix(1, 0) }, false},
		{"window", func(c *Committee) { c.RotationWindow = time.Hour }, false},
		{"no previous", func(c *Committee) { c.Previous = nil }, false},
		{"previous end", func(c *Committee) { c.Previous.End = c.Previous.End.Add(time.Second) }, false},
		{"previous epoch", func(c *Committee) { c.Previous.Epoch = 2 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := clone(nil), clone(tt.mut)
			if a.Equal(b) != tt.want || b.Equal(a) != tt.want {
				t.Fatalf("Equal = %v, want %v", a.Equal(b), tt.want)
			}
		})
	}
}

// TestCommitteeAccepts is the contract's rule through Committee: a current
// epoch always, an ended one until end + window (whole seconds).
func TestCommitteeAccepts(t *testing.T) {
	end := time.Unix(1_800_000_000, 0)
	c := &Committee{Epoch: 3, RotationWindow: time.Hour}
	if !c.Accepts(end.Add(100 * time.Hour)) {
		t.Fatal("a current epoch is refused")
	}
	c.End = end
	for _, tt := range []struct {
		at   time.Duration
		want bool
	}{{0, true}, {time.Hour - time.Second, true}, {time.Hour - 1, true}, {time.Hour, false}, {2 * time.Hour, false}} {
		if got := c.Accepts(end.Add(tt.at)); got != tt.want {
			t.Errorf("end + %v: %v, want %v", tt.at, got, tt.want)
		}
	}
}
