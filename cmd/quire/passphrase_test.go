package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"golang.org/x/sys/unix"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// quireBinary builds the quire binary once per test binary, as a user
// builds it, and returns its path.
func quireBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "quire-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "quire")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// openPTY opens a pseudo-terminal pair: the controlling side (what a
// user types into) and the terminal a command reads as its stdin.
func openPTY(t *testing.T) (ctl, tty *os.File) {
	t.Helper()
	ctl, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(ctl.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		ctl.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(ctl.Fd()), unix.TIOCGPTN)
	if err != nil {
		ctl.Close()
		t.Skipf("ptsname: %v", err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		ctl.Close()
		t.Skipf("opening the terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close(); ctl.Close() })
	return ctl, tty
}

// On a terminal with no password file and no $QUIRE_KEYSTORE_PASSWORD,
// quire keys new and keys l1 new ask twice and refuse answers that
// differ; commands that open a keystore ask once.
func TestPassphrasePrompt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := quireBinary(t)
	dir := t.TempDir()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir}
	quire := func(typed string, args ...string) (string, string, error) {
		ctl, tty := openPTY(t)
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		cmd.Stdin = tty
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// What the user types waits in the terminal until the command
		// reads it with echo off.
		if _, err := ctl.Write([]byte(typed)); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			return strings.TrimSpace(out.String()), errb.String(), err
		case <-time.After(2 * time.Minute):
			cmd.Process.Kill()
			t.Fatalf("quire %v hung on the terminal; stderr %q", args, errb.String())
			return "", "", nil
		}
	}

	l1 := filepath.Join(dir, "operator.json")
	addr, stderr, err := quire("hunter2 hunter2\nhunter2 hunter2\n", "keys", "l1", "new", "--out", l1, "--light")
	if err != nil {
		t.Fatalf("keys l1 new on a terminal: %v %s", err, stderr)
	}
	if strings.Count(stderr, "assphrase") != 2 {
		t.Fatalf("keys l1 new asked %q, want two prompts", stderr)
	}
	raw, _ := os.ReadFile(l1)
	if k, err := keystore.DecryptKey(raw, "hunter2 hunter2"); err != nil || k.Address.Hex() != addr {
		t.Fatalf("the keystore does not open with the typed passphrase: %v", err)
	}

	bls := filepath.Join(dir, "member.json")
	if _, stderr, err := quire("one\ntwo\n", "keys", "new", "--out", bls, "--light"); err == nil || !strings.Contains(stderr, "do not match") {
		t.Fatalf("keys new with two different answers: %v %q", err, stderr)
	}
	if _, err := os.Stat(bls); err == nil {
		t.Fatal("keys new wrote a keystore after a mismatch")
	}
	if _, stderr, err := quire("s3cret\ns3cret\n", "keys", "new", "--out", bls, "--light"); err != nil {
		t.Fatalf("keys new on a terminal: %v %s", err, stderr)
	}
	out, stderr, err := quire("s3cret\n", "keys", "show", bls)
	if err != nil || strings.Count(stderr, "assphrase") != 1 || !strings.Contains(out, "public key") {
		t.Fatalf("keys show on a terminal: %v %q %q", err, stderr, out)
	}
	if _, stderr, err := quire("wrong\n", "keys", "show", bls); err == nil {
		t.Fatalf("keys show took a wrong typed passphrase: %q", stderr)
	}
}
