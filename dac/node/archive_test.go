package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// withArchive gives h an archive tier of kA data shards over n members for
// blob and returns every member's shard message.
func withArchive(t testing.TB, h *dac.Header, blob []byte, kA, n int) []*wire.ArchiveShard {
	t.Helper()
	a, err := erasure.NewArchive(kA, n)
	if err != nil {
		t.Fatal(err)
	}
	shards, err := a.Encode(blob)
	if err != nil {
		t.Fatal(err)
	}
	tree := erasure.ArchiveTree(shards)
	h.Core.ArchiveData, h.Core.ArchiveTotal, h.Core.ArchiveRoot = uint16(kA), uint16(n), tree.Root()
	out := make([]*wire.ArchiveShard, n)
	for i := range shards {
		proof, _ := tree.Proof(i)
		out[i] = &wire.ArchiveShard{Index: uint16(i), Proof: proof, Data: shards[i]}
	}
	return out
}

func TestStoreArchive(t *testing.T) {
	for _, mode := range []string{"memory", "disk"} {
		t.Run(mode, func(t *testing.T) {
			dir := ""
			if mode == "disk" {
				dir = t.TempDir()
			}
			s := openTestStore(t, dir)
			defer s.Close()
			now := time.Now()
			hot := now.Add(time.Hour)
			d := testDispersal(t, 3, []uint8{5, 64}, hot)
			// A shard of three chunks and a bit: the chunking is exercised.
			shard := &wire.ArchiveShard{Index: 3, Proof: [][32]byte{{1}, {2}}, Data: bytes.Repeat([]byte{0x5a}, 3*archiveChunkSize+64)}
			for i := range shard.Data {
				shard.Data[i] ^= byte(i)
			}
			d.Header.Core.ArchiveData, d.Header.Core.ArchiveTotal = 1, 4
			d.Archive, d.ArchiveExpiry = shard, uint64(now.Add(48*time.Hour).Unix())
			res, err := s.Put(d)
			if err != nil {
				t.Fatal(err)
			}
			if res.ArchiveBytes != int64(len(shard.Data)) {
				t.Fatalf("Put wrote %d archive bytes, want %d", res.ArchiveBytes, len(shard.Data))
			}
			id := d.Header.BlobID()
			info, err := s.Archive(id)
			if err != nil {
				t.Fatal(err)
			}
			if info.Header.Hash() != d.Header.Hash() || info.Expiry != d.ArchiveExpiry || info.Shard.Index != 3 ||
				!bytes.Equal(info.Shard.Data, shard.Data) || len(info.Shard.Proof) != 2 || info.Shard.Proof[1] != shard.Proof[1] {
				t.Fatal("archive shard read back differs")
			}
			if _, err := s.Archive(dac.BlobID{1}); !errors.Is(err, ErrNotFound) {
				t.Fatalf("unknown blob: %v", err)
			}
			// A replay writes nothing.
			if res, err := s.Put(d); err != nil || !res.Replay || res.ArchiveBytes != 0 {
				t.Fatalf("replay: %+v, %v", res, err)
			}

			wantHot := int64(2 * 2 * d.Header.Core.K * cellValueSize)
			for _, tc := range []struct {
				name string
				at   time.Time
				want StoreStats
			}{
				{"now", now, StoreStats{Blobs: 1, HotBytes: wantHot, ArchiveShards: 1, ArchiveBytes: int64(len(shard.Data))}},
				{"hot expired", hot.Add(time.Second), StoreStats{ArchiveShards: 1, ArchiveBytes: int64(len(shard.Data))}},
				{"all expired", now.Add(49 * time.Hour), StoreStats{}},
			} {
				got, err := s.Stats(tc.at)
				if err != nil {
					t.Fatal(err)
				}
				if got != tc.want {
					t.Errorf("%s: stats %+v, want %+v", tc.name, got, tc.want)
				}
			}
			// The header outlives the hot tier: its record expires with
			// the shard (badger's own TTL on the record).
			if err := s.db.View(func(txn *badger.Txn) error {
				item, err := txn.Get(headerKey(d.Header.Hash()))
				if err != nil {
					return err
				}
				if item.ExpiresAt() != d.ArchiveExpiry {
					return fmt.Errorf("header record expires at %d, want the archive's %d", item.ExpiresAt(), d.ArchiveExpiry)
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// archiveNet disperses a one-row blob with an archive tier (k_a = 3 of 4)
// to a 4-member net and returns the net, the header and the shards.
func archiveNet(t *testing.T) (*testNet, *kzg.Square, *dac.Header, []*wire.ArchiveShard) {
	tn := newTestNet(t, 4, 3, nil)
	sq := testSquare(t, 1)
	h := tn.header(sq, 1)
	shards := withArchive(t, h, fixtureBlob(1), 3, 4)
	return tn, sq, h, shards
}

func TestArchiveDispersal(t *testing.T) {
	tn, sq, h, shards := archiveNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	send := func(m int, shard *wire.ArchiveShard) error {
		_, err := p2p.DisperseArchive(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, columns(sq, tn.custodyOf(h, m)), shard)
		return err
	}

	// Refusals first: nothing is stored.
	bad := *shards[0]
	bad.Data = bytes.Clone(bad.Data)
	bad.Data[7] ^= 1
	wantCode(t, send(0, &bad), wire.CodeBadArchiveShard)
	tn.assertNothingStored(0, h)
	wantCode(t, send(0, shards[1]), wire.CodeBadArchiveShard) // another member's shard
	short := *shards[0]
	short.Proof = short.Proof[:1]
	wantCode(t, send(0, &short), wire.CodeBadArchiveShard)
	tn.assertNothingStored(0, h)
	if _, err := p2p.Disperse(ctx, tn.disperser, tn.nodes[0].AddrInfo(), h, columns(sq, tn.custodyOf(h, 0))); err == nil {
		t.Fatal("a dispersal with an archive tier went out without a shard")
	}

	for m := range tn.nodes {
		att, err := p2p.DisperseArchive(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h, columns(sq, tn.custodyOf(h, m)), shards[m])
		if err != nil {
			t.Fatalf("member %d: %v", m, err)
		}
		tn.checkAttestation(att, h, m)
	}

	// Every member serves its shard, checked against the root.
	for m := range tn.nodes {
		gh, gs, err := p2p.FetchShard(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h.BlobID(), 256)
		if err != nil {
			t.Fatalf("member %d: %v", m, err)
		}
		if gh.Hash() != h.Hash() || int(gs.Index) != m || !bytes.Equal(gs.Data, shards[m].Data) {
			t.Fatalf("member %d served another shard", m)
		}
	}
	if _, _, err := p2p.FetchShard(ctx, tn.disperser, tn.nodes[0].AddrInfo(), dac.BlobID{7}, 256); !errors.Is(err, wire.CodeNotFound) {
		t.Fatalf("unknown blob: %v", err)
	}

	// Past the hot tier's expiry: cells are gone, shards stay, and the
	// node reports the tiers apart.
	st, err := tn.nodes[0].Stats()
	if err != nil || st.Blobs != 1 || st.HotBytes == 0 || st.ArchiveShards != 1 || st.ArchiveBytes != int64(len(shards[0].Data)) {
		t.Fatalf("stats before expiry: %+v, %v", st, err)
	}
	tn.skew.Store(int64(15 * 24 * time.Hour))
	col := tn.custodyOf(h, 0)[0]
	_, _, err = p2p.FetchCells(ctx, tn.disperser, tn.nodes[0].AddrInfo(), &wire.CellsRequest{Blob: h.BlobID(), Columns: []uint8{col}}, 256, nil)
	wantCode(t, err, wire.CodeNotFound)
	restored := make([][]byte, 4)
	for m := 1; m < 4; m++ { // member 0 lost
		_, gs, err := p2p.FetchShard(ctx, tn.disperser, tn.nodes[m].AddrInfo(), h.BlobID(), 256)
		if err != nil {
			t.Fatalf("member %d after the hot tier expired: %v", m, err)
		}
		restored[m] = gs.Data
	}
	a, _ := erasure.NewArchive(3, 4)
	blob, err := a.Reconstruct(restored, int(h.Core.Size))
	if err != nil || !bytes.Equal(blob, fixtureBlob(1)) {
		t.Fatalf("restore from three shards: %v", err)
	}
	st, err = tn.nodes[0].Stats()
	if err != nil || st.Blobs != 0 || st.HotBytes != 0 || st.ArchiveShards != 1 {
		t.Fatalf("stats after hot expiry: %+v, %v", st, err)
	}
	rr := httptest.NewRecorder()
	tn.nodes[0].HTTPHandler().ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/status", nil))
	var js StoreStats
	if rr.Code != http.StatusOK || json.Unmarshal(rr.Body.Bytes(), &js) != nil || js != st {
		t.Fatalf("/status: %d %s", rr.Code, rr.Body)
	}

	// Past the archive retention too: nothing is served.
	tn.skew.Store(int64(400 * 24 * time.Hour))
	if _, _, err := p2p.FetchShard(ctx, tn.disperser, tn.nodes[1].AddrInfo(), h.BlobID(), 256); !errors.Is(err, wire.CodeNotFound) {
		t.Fatalf("after the archive retention: %v", err)
	}
}
