package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser/dispersertest"
)

// TestGetFromArchive: `quire get` returns the exact bytes of a blob whose
// hot tier has expired on every member (their clock moved past the
// header's expiry): the disperser restores it from the archive shards.
func TestGetFromArchive(t *testing.T) {
	var skew atomic.Int64
	now := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, NodeClock: now})
	dir := t.TempDir()
	file, data := randomFile(t, dir, 50_000)

	var out, errOut bytes.Buffer
	if code := run([]string{"put", file, "--url", e.URL}, &out, &errOut); code != 0 {
		t.Fatalf("put: exit %d: %s", code, errOut.String())
	}
	m := regexp.MustCompile(`blob\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no blob ID in %q", out.String())
	}
	// Members still uploading when the certificate came out finish in the
	// background; wait until every member holds its shard.
	deadline := time.Now().Add(time.Minute)
	for i, n := range e.Nodes {
		for {
			st, err := n.Stats()
			if err == nil && st.ArchiveShards == 1 && st.HotBytes > 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("member %d: %+v, %v", i, st, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	skew.Store(int64(15 * 24 * time.Hour)) // past the 14-day hot tier
	for i, n := range e.Nodes {
		st, err := n.Stats()
		if err != nil || st.HotBytes != 0 || st.ArchiveShards != 1 || st.ArchiveBytes == 0 {
			t.Fatalf("member %d after the hot tier expired: %+v, %v", i, st, err)
		}
	}
	back := filepath.Join(dir, "back.bin")
	out.Reset()
	errOut.Reset()
	if code := run([]string{"get", m[1], "-o", back, "--url", e.URL}, &out, &errOut); code != 0 {
		t.Fatalf("get: exit %d: %s", code, errOut.String())
	}
	got, err := os.ReadFile(back)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("get wrote %d bytes, not the file (%v)", len(got), err)
	}

	// Past the archive retention (a year) nothing is left to restore from.
	skew.Store(int64(400 * 24 * time.Hour))
	if code := run([]string{"get", m[1], "-o", filepath.Join(dir, "none.bin"), "--url", e.URL}, &out, &errOut); code == 0 {
		t.Fatal("get succeeded past the archive retention")
	}
}
