package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSystemdUnits checks deploy/systemd: systemd-analyze verify accepts
// every unit without a warning (an unknown key only warns, so any output
// fails), and each ExecStart runs a quire subcommand that exists.
func TestSystemdUnits(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("systemd-analyze not found (Debian's systemd package); CI must run this test")
		}
		t.Skip("systemd-analyze not found")
	}
	units, err := filepath.Glob("../../deploy/systemd/*.service")
	if err != nil || len(units) < 3 {
		t.Fatalf("want the node, disperser and light-client units, found %v (%v)", units, err)
	}
	// systemd-analyze checks that ExecStart's binary is executable: point
	// it at this test binary, which is.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, u := range units {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		sub := ""
		sc := bufio.NewScanner(strings.NewReader(text))
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "ExecStart=/usr/local/bin/quire "); ok {
				sub = strings.Fields(rest)[0]
			}
		}
		if _, ok := commands[sub]; !ok {
			t.Errorf("%s: ExecStart runs quire %q, which is not a quire command", filepath.Base(u), sub)
		}
		text = strings.ReplaceAll(text, "/usr/local/bin/quire", self)
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(u)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.service"))
	out, err := exec.Command(analyze, append([]string{"verify"}, paths...)...).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) != 0 {
		t.Fatalf("systemd-analyze verify: %v\n%s", err, out)
	}
}
