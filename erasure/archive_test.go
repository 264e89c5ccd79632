package erasure

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"golang.org/x/crypto/sha3"
)

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func TestArchiveShardSize(t *testing.T) {
	for _, tc := range []struct{ size, k, want int }{
		{0, 1, 64},
		{1, 1, 64},
		{64, 1, 64},
		{65, 1, 128},
		{1000, 11, 128}, // ceil(1000/11) = 91 -> 128
		{11 * 64, 11, 64},
		{11*64 + 1, 11, 128},
		{32 << 20, 86, 390208}, // ceil(33554432/86) = 390168 -> 390208
		{10, 0, 0},
		{-1, 3, 0},
	} {
		if got := ArchiveShardSize(tc.size, tc.k); got != tc.want {
			t.Errorf("ArchiveShardSize(%d, %d) = %d, want %d", tc.size, tc.k, got, tc.want)
		}
	}
}

func TestNewArchiveParams(t *testing.T) {
	for _, tc := range []struct {
		name     string
		k, n     int
		wantFail bool
	}{
		{"one of one", 1, 1, false},
		{"no parity", 4, 4, false},
		{"threshold of 16", 11, 16, false},
		{"128 members", 86, 128, false},
		{"leopard past 256", 200, 300, false},
		{"zero data", 0, 4, true},
		{"more data than total", 5, 4, true},
		{"too many shards", 1, MaxArchiveShards + 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := NewArchive(tc.k, tc.n)
			if tc.wantFail {
				if !errors.Is(err, ErrArchiveParams) {
					t.Fatalf("err = %v, want ErrArchiveParams", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.DataShards() != tc.k || a.TotalShards() != tc.n {
				t.Fatalf("codec is %d of %d", a.DataShards(), a.TotalShards())
			}
		})
	}
}

// TestArchiveRoundTrip encodes blobs, drops random shards (up to n - k_a
// and beyond) and reconstructs.
func TestArchiveRoundTrip(t *testing.T) {
	rng := newRand(t)
	for _, tc := range []struct {
		k, n, size int
	}{
		{1, 1, 100},
		{3, 4, 0},
		{3, 4, 1},
		{11, 16, 5000},
		{11, 16, 11 * 64},
		{16, 16, 3000},
		{43, 64, 70_000},
		{86, 128, 200_000},
		{200, 300, 40_000}, // Leopard GF(2^16)
	} {
		t.Run(fmt.Sprintf("k=%d/n=%d/size=%d", tc.k, tc.n, tc.size), func(t *testing.T) {
			a, err := NewArchive(tc.k, tc.n)
			if err != nil {
				t.Fatal(err)
			}
			blob := randBytes(rng, tc.size)
			shards, err := a.Encode(blob)
			if err != nil {
				t.Fatal(err)
			}
			ss := a.ShardSize(tc.size)
			if len(shards) != tc.n {
				t.Fatalf("%d shards", len(shards))
			}
			for i, s := range shards {
				if len(s) != ss {
					t.Fatalf("shard %d is %d bytes, want %d", i, len(s), ss)
				}
			}
			// Systematic: the data shards are the padded blob.
			joined := bytes.Join(shards[:tc.k], nil)
			if !bytes.Equal(joined[:tc.size], blob) || bytes.ContainsFunc(joined[tc.size:], func(r rune) bool { return r != 0 }) {
				t.Fatal("data shards are not the zero-padded blob")
			}
			for _, lose := range []int{0, tc.n - tc.k, rng.IntN(tc.n - tc.k + 1), tc.n - tc.k + 1} {
				if lose > tc.n {
					continue
				}
				got := make([][]byte, tc.n)
				for i, s := range shards {
					got[i] = bytes.Clone(s)
				}
				for _, i := range rng.Perm(tc.n)[:lose] {
					got[i] = nil
				}
				before := append([][]byte(nil), got...)
				out, err := a.Reconstruct(got, tc.size)
				if lose > tc.n-tc.k {
					var tf *TooFewShardsError
					if !errors.As(err, &tf) || !errors.Is(err, ErrTooFewShards) || tf.Have != tc.n-lose || tf.Need != tc.k {
						t.Fatalf("lost %d: err = %v, want TooFewShardsError{%d, %d}", lose, err, tc.n-lose, tc.k)
					}
					continue
				}
				if err != nil {
					t.Fatalf("lost %d: %v", lose, err)
				}
				if !bytes.Equal(out, blob) {
					t.Fatalf("lost %d: restored bytes differ", lose)
				}
				for i := range got {
					if (got[i] == nil) != (before[i] == nil) {
						t.Fatalf("Reconstruct changed the caller's slice at %d", i)
					}
				}
			}
		})
	}
}

func TestArchiveReconstructRejects(t *testing.T) {
	a, err := NewArchive(3, 5)
	if err != nil {
		t.Fatal(err)
	}
	shards, _ := a.Encode([]byte("archive"))
	if _, err := a.Reconstruct(shards[:4], 7); !errors.Is(err, ErrArchiveShard) {
		t.Fatalf("4 of 5 entries: %v, want ErrArchiveShard", err)
	}
	short := append([][]byte(nil), shards...)
	short[1] = short[1][:10]
	if _, err := a.Reconstruct(short, 7); !errors.Is(err, ErrArchiveShard) {
		t.Fatalf("short shard: %v, want ErrArchiveShard", err)
	}
	if _, err := a.Reconstruct(shards, 1000); !errors.Is(err, ErrArchiveShard) {
		t.Fatalf("size that needs larger shards: %v, want ErrArchiveShard", err)
	}
	if _, err := a.Reconstruct(shards, -1); !errors.Is(err, ErrArchiveParams) {
		t.Fatalf("negative size: %v, want ErrArchiveParams", err)
	}
}

// naiveRoot is an independent reading of the archive root rule: leaves
// keccak256(shard), zero leaves to a power of two, keccak256(l || r).
func naiveRoot(shards [][]byte) [32]byte {
	kec := func(b []byte) (h [32]byte) {
		d := sha3.NewLegacyKeccak256()
		d.Write(b)
		d.Sum(h[:0])
		return h
	}
	if len(shards) == 0 {
		return [32]byte{}
	}
	var level [][32]byte
	for _, s := range shards {
		level = append(level, kec(s))
	}
	for len(level)&(len(level)-1) != 0 {
		level = append(level, [32]byte{})
	}
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i < len(level); i += 2 {
			next = append(next, kec(append(level[i][:], level[i+1][:]...)))
		}
		level = next
	}
	return level[0]
}

func TestArchiveRootAndProofs(t *testing.T) {
	rng := newRand(t)
	for _, n := range []int{1, 2, 3, 5, 16, 17} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			k := (2*n + 2) / 3
			a, err := NewArchive(k, n)
			if err != nil {
				t.Fatal(err)
			}
			blob := randBytes(rng, 999)
			shards, _ := a.Encode(blob)
			tree := ArchiveTree(shards)
			root := tree.Root()
			if root != naiveRoot(shards) || root != ArchiveRoot(shards) {
				t.Fatal("archive root differs from the naive computation")
			}
			ss := a.ShardSize(len(blob))
			for i := range n {
				proof, err := tree.Proof(i)
				if err != nil {
					t.Fatal(err)
				}
				if len(proof) != ArchiveProofDepth(n) {
					t.Fatalf("proof depth %d, want %d", len(proof), ArchiveProofDepth(n))
				}
				if err := VerifyArchiveShard(root, n, ss, i, shards[i], proof); err != nil {
					t.Fatalf("shard %d: %v", i, err)
				}
				bad := bytes.Clone(shards[i])
				bad[rng.IntN(len(bad))] ^= 1 << rng.IntN(8)
				if err := VerifyArchiveShard(root, n, ss, i, bad, proof); !errors.Is(err, ErrArchiveProof) {
					t.Fatalf("flipped bit in shard %d: %v, want ErrArchiveProof", i, err)
				}
				if j := (i + 1) % n; n > 1 && !bytes.Equal(shards[i], shards[j]) {
					if err := VerifyArchiveShard(root, n, ss, j, shards[i], proof); !errors.Is(err, ErrArchiveProof) {
						t.Fatalf("shard %d at the wrong index: %v, want ErrArchiveProof", i, err)
					}
				}
				if n > 1 {
					if err := VerifyArchiveShard(root, n, ss, i, shards[i], proof[:len(proof)-1]); !errors.Is(err, ErrArchiveProof) {
						t.Fatalf("short proof: %v, want ErrArchiveProof", err)
					}
				}
				if err := VerifyArchiveShard(root, n, ss, n, shards[i], proof); !errors.Is(err, ErrArchiveShard) {
					t.Fatalf("index n: %v, want ErrArchiveShard", err)
				}
				if err := VerifyArchiveShard(root, n, ss+64, i, shards[i], proof); !errors.Is(err, ErrArchiveShard) {
					t.Fatalf("wrong size: %v, want ErrArchiveShard", err)
				}
			}
		})
	}
}

func TestArchiveProofDepth(t *testing.T) {
	for n, want := range map[int]int{1: 0, 2: 1, 3: 2, 4: 2, 5: 3, 16: 4, 17: 5, 128: 7, 65535: 16} {
		if got := ArchiveProofDepth(n); got != want {
			t.Errorf("ArchiveProofDepth(%d) = %d, want %d", n, got, want)
		}
	}
}

// FuzzArchiveReconstruct feeds arbitrary shard contents, presence masks
// and sizes to Reconstruct: no panic, a typed error or bytes of the asked
// size, and the exact blob whenever the shards are an honest encoding.
func FuzzArchiveReconstruct(f *testing.F) {
	f.Add([]byte("hello archive"), uint8(3), uint8(5), uint16(0b00101), uint16(13), false)
	f.Add([]byte{}, uint8(1), uint8(1), uint16(0), uint16(0), false)
	f.Add(bytes.Repeat([]byte{0xa5}, 300), uint8(4), uint8(7), uint16(0b1110000), uint16(300), true)
	f.Fuzz(func(t *testing.T, data []byte, k, n uint8, lost uint16, size uint16, corrupt bool) {
		if n == 0 || n > 16 || k == 0 || k > n {
			if _, err := NewArchive(int(k), int(n)); int(k) > int(n) || k == 0 {
				if !errors.Is(err, ErrArchiveParams) {
					t.Fatalf("NewArchive(%d, %d): %v", k, n, err)
				}
			}
			return
		}
		a, err := NewArchive(int(k), int(n))
		if err != nil {
			t.Fatal(err)
		}
		shards, err := a.Encode(data)
		if err != nil {
			t.Fatal(err)
		}
		present := 0
		for i := range shards {
			if lost&(1<<i) != 0 {
				shards[i] = nil
			} else {
				present++
			}
		}
		if corrupt && present > 0 {
			for _, s := range shards {
				if s != nil {
					s[0] ^= 0xff
					break
				}
			}
		}
		asked := len(data)
		if size != uint16(len(data)) && size%3 == 0 {
			asked = int(size) // sometimes a size the shards do not fit
		}
		out, err := a.Reconstruct(shards, asked)
		if err != nil {
			if !errors.Is(err, ErrTooFewShards) && !errors.Is(err, ErrArchiveShard) {
				t.Fatalf("untyped error: %v", err)
			}
			if present >= int(k) && asked == len(data) {
				t.Fatalf("%d of %d shards present: %v", present, k, err)
			}
			return
		}
		if len(out) != asked {
			t.Fatalf("%d bytes back, asked %d", len(out), asked)
		}
		if !corrupt && asked == len(data) && !bytes.Equal(out, data) {
			t.Fatal("honest shards restored the wrong bytes")
		}
	})
}

// FuzzVerifyArchiveShard checks the shard verifier on arbitrary shards,
// indexes and proofs: no panic, a typed error, and acceptance only of the
// honest shard with its honest proof.
func FuzzVerifyArchiveShard(f *testing.F) {
	f.Add([]byte("blob bytes"), uint8(5), uint16(2), []byte{}, false)
	f.Add([]byte("x"), uint8(1), uint16(0), []byte{}, true)
	f.Add(bytes.Repeat([]byte{7}, 100), uint8(16), uint16(15), bytes.Repeat([]byte{1}, 64), false)
	f.Fuzz(func(t *testing.T, data []byte, n uint8, index uint16, junk []byte, useJunk bool) {
		if n == 0 {
			return
		}
		k := max(1, int(n)*2/3)
		a, err := NewArchive(k, int(n))
		if err != nil {
			t.Fatal(err)
		}
		shards, _ := a.Encode(data)
		tree := ArchiveTree(shards)
		ss := a.ShardSize(len(data))
		i := int(index) % (int(n) + 1) // sometimes out of range
		var shard []byte
		var proof [][32]byte
		honest := i < int(n) && !useJunk
		if i < int(n) {
			shard = shards[i]
			proof, _ = tree.Proof(i)
		}
		if useJunk {
			shard = junk
			proof = nil
			for j := 0; j+32 <= len(junk); j += 32 {
				proof = append(proof, [32]byte(junk[j:j+32]))
			}
		}
		err = VerifyArchiveShard(tree.Root(), int(n), ss, i, shard, proof)
		switch {
		case honest && err != nil:
			t.Fatalf("honest shard %d rejected: %v", i, err)
		case err != nil && !errors.Is(err, ErrArchiveShard) && !errors.Is(err, ErrArchiveProof):
			t.Fatalf("untyped error: %v", err)
		case !honest && err == nil && !bytes.Equal(shard, shards[i]):
			t.Fatal("a shard other than the encoded one verified")
		}
	})
}
