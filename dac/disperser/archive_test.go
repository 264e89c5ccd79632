package disperser_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
)

// skewClock is a node clock the test moves forward.
type skewClock struct{ skew atomic.Int64 }

func (c *skewClock) now() time.Time          { return time.Now().Add(time.Duration(c.skew.Load())) }
func (c *skewClock) advance(d time.Duration) { c.skew.Add(int64(d)) }

// archiveEnv is a 4-member committee (threshold 3, so k_a = 3) whose nodes
// run on clock.
func archiveEnv(t *testing.T, clock *skewClock, wrap func(disperser.Transport) disperser.Transport) *dispersertest.Env {
	return dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, NodeClock: clock.now, WrapTransport: wrap})
}

// TestArchiveAfterHotExpiry: with the hot tier expired on every node (the
// nodes' clock moved past the header's expiry), GET still returns the
// exact bytes, restored from the archive shards and checked against the
// commitments; past the archive retention too, the blob is not found.
func TestArchiveAfterHotExpiry(t *testing.T) {
	clock := &skewClock{}
	e := archiveEnv(t, clock, nil)
	ctx := timeout(t, 3*time.Minute)
	data := randomBytes(testRand(t), 3*erasure.RowPayloadBytes/2) // two rows
	c := newClient(t, e.URL)
	res, err := c.Put(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	var h dac.Header
	if err := h.UnmarshalBinary(res.Header); err != nil {
		t.Fatal(err)
	}
	if hc := h.Core; hc.ArchiveData != 3 || hc.ArchiveTotal != 4 || hc.ArchiveRoot == ([32]byte{}) {
		t.Fatalf("header archive tier: k_a=%d n=%d root=%x", hc.ArchiveData, hc.ArchiveTotal, hc.ArchiveRoot)
	}
	// Every member keeps its shard, about 1/k_a of the blob, beside its
	// columns (the last may still be storing when the certificate is out).
	deadline := time.Now().Add(time.Minute)
	for i, n := range e.Nodes {
		for {
			st, err := n.Stats()
			if err == nil && st.ArchiveShards == 1 && st.ArchiveBytes == int64(erasure.ArchiveShardSize(len(data), 3)) && st.HotBytes > 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("member %d stats %+v, %v", i, st, err)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	clock.advance(15 * 24 * time.Hour) // past the 14-day hot tier
	for i, n := range e.Nodes {
		if st, _ := n.Stats(); st.HotBytes != 0 || st.ArchiveShards != 1 {
			t.Fatalf("member %d after hot expiry: %+v", i, st)
		}
	}
	e.StopNode(1) // and one member is gone: 3 shards remain, k_a = 3
	got, err := c.Get(ctx, res.BlobID)
	if err != nil {
		t.Fatalf("get after hot expiry: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatal("bytes restored from the archive differ")
	}

	e.StopNode(2) // two of four shards left, k_a = 3
	if _, err := e.Disperser.Get(ctx, res.BlobID); !errors.Is(err, disperser.ErrUnavailable) {
		t.Fatalf("get with two shards: %v, want ErrUnavailable", err)
	}

	clock.advance(400 * 24 * time.Hour) // past the archive retention
	if _, err := e.Disperser.Get(ctx, res.BlobID); !errors.Is(err, disperser.ErrNotFound) && !errors.Is(err, disperser.ErrUnavailable) {
		t.Fatalf("get after archive expiry: %v", err)
	}
}

// badShard is a transport that flips a byte of one member's archive shard
// and records that member's answer.
type badShard struct {
	disperser.Transport
	member uint16
	mu     sync.Mutex
	errs   []error
}

func (b *badShard) Disperse(ctx context.Context, m *p2p.Member, h *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	if shard == nil || shard.Index != b.member {
		return b.Transport.Disperse(ctx, m, h, cols, shard)
	}
	bad := *shard
	bad.Data = bytes.Clone(shard.Data)
	bad.Data[len(bad.Data)/2] ^= 0x80
	att, err := b.Transport.Disperse(ctx, m, h, cols, &bad)
	b.mu.Lock()
	b.errs = append(b.errs, err)
	b.mu.Unlock()
	return att, err
}

// TestArchiveBadParityShard: a disperser that sends a member an
// inconsistent parity shard is refused by that member (its Merkle proof
// fails), the blob is still certified by the others, and the archive
// still restores it.
func TestArchiveBadParityShard(t *testing.T) {
	clock := &skewClock{}
	tr := &badShard{member: 3} // k_a = 3: shard 3 is parity
	e := archiveEnv(t, clock, func(in disperser.Transport) disperser.Transport { tr.Transport = in; return tr })
	ctx := timeout(t, 3*time.Minute)
	data := randomBytes(testRand(t), 5000)
	res, err := e.Disperser.Put(ctx, data, disperser.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The member answers after the certificate may already be out.
	deadline := time.Now().Add(time.Minute)
	for {
		tr.mu.Lock()
		errs := slices.Clone(tr.errs)
		tr.mu.Unlock()
		if len(errs) > 0 {
			var rej *wire.RejectError
			if !errors.As(errs[0], &rej) || rej.Code != wire.CodeBadArchiveShard {
				t.Fatalf("member 3 answered %v, want a bad_archive_shard rejection", errs[0])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("member 3 never answered")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if slices.Contains(res.Signers, 3) {
		t.Fatal("member 3 signed a dispersal whose shard it refused")
	}
	if st, _ := e.Nodes[3].Stats(); st.ArchiveShards != 0 || st.Blobs != 0 {
		t.Fatalf("member 3 stored something: %+v", st)
	}
	clock.advance(15 * 24 * time.Hour)
	got, err := e.Disperser.Get(ctx, res.BlobID)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("restore from the three good shards: %v", err)
	}
}

// TestArchiveRootOverBadShards: a disperser builds the archive root over
// shards that are not the blob's. Members cannot tell (each shard is under
// the root), but a restore from them is checked against the KZG row
// commitments and fails with an error naming the shards used.
func TestArchiveRootOverBadShards(t *testing.T) {
	clock := &skewClock{}
	e := archiveEnv(t, clock, nil)
	// Data shard 0 and parity shard 3: every 3 of the 4 shards include a
	// bad one.
	disperser.SetTamperArchive(e.Disperser, func(shards [][]byte) {
		shards[0][0] ^= 1
		shards[3][0] ^= 1
	})
	ctx := timeout(t, 3*time.Minute)
	data := randomBytes(testRand(t), 5000)
	res, err := e.Disperser.Put(ctx, data, disperser.PutOptions{})
	if err != nil {
		t.Fatalf("members refused shards under the root: %v", err)
	}
	// The hot tier is fine: the blob comes back from it.
	if got, err := e.Disperser.Get(ctx, res.BlobID); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("hot retrieval: %v", err)
	}
	clock.advance(15 * 24 * time.Hour)
	_, err = e.Disperser.Get(ctx, res.BlobID)
	var mm *disperser.ArchiveMismatchError
	if !errors.As(err, &mm) || !errors.Is(err, disperser.ErrArchiveMismatch) {
		t.Fatalf("restore from bad shards: %v, want an ArchiveMismatchError", err)
	}
	if len(mm.Shards) != 3 || !(slices.Contains(mm.Shards, 0) || slices.Contains(mm.Shards, 3)) || len(mm.Rows) == 0 || mm.Blob != res.BlobID {
		t.Fatalf("mismatch names shards %v, rows %v", mm.Shards, mm.Rows)
	}
	t.Log(err)
}
