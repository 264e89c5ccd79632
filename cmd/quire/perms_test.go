package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoosePerms: a secret readable by group or others draws a warning
// naming the file and the fix; a 0600 file and an absent path do not.
func TestLoosePerms(t *testing.T) {
	dir := t.TempDir()
	tight := filepath.Join(dir, "tight.json")
	loose := filepath.Join(dir, "loose.json")
	os.WriteFile(tight, []byte("{}"), 0o600)
	os.WriteFile(loose, []byte("{}"), 0o600)
	if err := os.Chmod(loose, 0o644); err != nil {
		t.Fatal(err)
	}
	if w := loosePerms("keystore", tight); w != "" {
		t.Fatalf("0600 file warned: %s", w)
	}
	if w := loosePerms("keystore", ""); w != "" {
		t.Fatalf("no file warned: %s", w)
	}
	w := loosePerms("keystore", loose)
	if !strings.Contains(w, loose) || !strings.Contains(w, "0644") || !strings.Contains(w, "chmod 600") {
		t.Fatalf("warning for a 0644 keystore: %q", w)
	}
}
