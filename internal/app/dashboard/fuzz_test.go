package dashboard

import (
	"strings"
	"testing"
)

// FuzzNormalizeID checks that any blob ID in a URL is either refused or
// turned into the canonical form, which normalizes to itself, and that
// nothing panics.
func FuzzNormalizeID(f *testing.F) {
	f.Add("0x" + strings.Repeat("ab", 32))
	f.Add(strings.Repeat("AB", 32))
	f.Add("0x")
	f.Add("0X0x" + strings.Repeat("0", 62))
	f.Fuzz(func(t *testing.T, s string) {
		id, err := normalizeID(s)
		if err != nil {
			if id != "" {
				t.Fatalf("error %v with ID %q", err, id)
			}
			return
		}
		if len(id) != 66 || !strings.HasPrefix(id, "0x") || strings.ToLower(id) != id {
			t.Fatalf("normalizeID(%q) = %q", s, id)
		}
		if again, err := normalizeID(id); err != nil || again != id {
			t.Fatalf("normalizeID(%q) = %q, %v; not idempotent", id, again, err)
		}
		if !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"), id[2:]) {
			t.Fatalf("normalizeID(%q) = %q changed the digits", s, id)
		}
	})
}
