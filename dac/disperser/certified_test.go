package disperser_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

// forgedArchive makes member 0 (the first asked for its archive shard)
// answer with a header of the same blob but its own archive tier: shards
// of random bytes under their own root, its shard consistent with that
// root. Everything it sends checks out against the header it sends; only
// the L1 certification shows the header is not the certified one.
type forgedArchive struct {
	disperser.Transport
	member p2p.Member
	forged atomic.Int64
}

func (f *forgedArchive) FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error) {
	h, s, err := f.Transport.FetchShard(ctx, m, id)
	if err != nil || m.PeerID != f.member.PeerID {
		return h, s, err
	}
	fake := make([][]byte, h.Core.ArchiveTotal)
	for i := range fake {
		fake[i] = make([]byte, len(s.Data))
		rand.Read(fake[i])
	}
	tree := erasure.ArchiveTree(fake)
	proof, err := tree.Proof(int(s.Index))
	if err != nil {
		return nil, nil, err
	}
	hc := *h
	hc.Core.ArchiveRoot = tree.Root()
	f.forged.Add(1)
	return &hc, &wire.ArchiveShard{Index: s.Index, Proof: proof, Data: fake[s.Index]}, nil
}

// TestForgottenBlobByzantineHeader: a blob the disperser has forgotten is
// restored from the archive tier although the first member asked answers
// with a header of its own (the same blob ID, another archive root, a
// shard that verifies under it). The header is checked against the L1
// certification, so that member is skipped and the others' shards used.
// Before the check, its header became the reference and every honest
// shard was refused as "under another header".
func TestForgottenBlobByzantineHeader(t *testing.T) {
	var skew atomic.Int64
	var tr *forgedArchive
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true,
		NodeClock: func() time.Time { return time.Now().Add(time.Duration(skew.Load())) },
		Config:    func(c *disperser.Config) { c.MaxRecords = 1 },
		WrapTransport: func(in disperser.Transport) disperser.Transport {
			tr = &forgedArchive{Transport: in}
			return tr
		}})
	tr.member = e.Committee.Members[0]
	ctx := timeout(t, 3*time.Minute)
	data := randomBytes(testRand(t), 5000)
	res, err := e.Disperser.Put(ctx, data, disperser.PutOptions{L1: api.L1Wait})
	if err != nil {
		t.Fatal(err)
	}
	// Forget it, and wait for every member's shard.
	if _, err := e.Disperser.Put(ctx, randomBytes(testRand(t), 10), disperser.PutOptions{L1: api.L1Off}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for _, n := range e.Nodes {
		for {
			if st, err := n.Stats(); err == nil && st.ArchiveShards >= 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("a member never stored its shard")
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	skew.Add(int64(15 * 24 * time.Hour))
	got, err := e.Disperser.Get(ctx, res.BlobID)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatal("restored bytes differ")
	}
	if tr.forged.Load() == 0 {
		t.Fatal("the byzantine member was never asked")
	}
	// An ID never certified is not found.
	var id dac.BlobID
	rand.Read(id[:])
	if _, err := e.Disperser.Get(ctx, id); !errors.Is(err, disperser.ErrNotFound) {
		t.Fatalf("uncertified ID: %v, want ErrNotFound", err)
	}
}
