package gossip_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/quire-da/quire/dac/gossip"
)

// FuzzAnnouncement: announcements arrive from any gossip peer. Decoding
// never panics, fails only with ErrAnnouncement, and whatever decodes
// re-encodes to the same bytes with a certificate bound to its header.
func FuzzAnnouncement(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		var a gossip.Announcement
		if err := a.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, gossip.ErrAnnouncement) {
				t.Fatalf("error %v does not wrap ErrAnnouncement", err)
			}
			return
		}
		out, err := a.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded announcement does not encode: %v", err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", b, out)
		}
		if a.Certificate.HeaderHash != a.Core.Hash() || a.Certificate.Epoch != a.Core.Epoch {
			t.Fatal("decoded a certificate for another header")
		}
	})
}
