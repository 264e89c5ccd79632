package proctest_test

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quire-da/quire/internal/proctest"
)

// The test binary is its own child when childEnv is set: it burns CPU for
// 100 ms, writes to stderr, says it is ready and exits 0 on SIGTERM.
const childEnv = "PROCTEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM)
		x := 0
		for t0 := time.Now(); time.Since(t0) < 100*time.Millisecond; x++ {
		}
		fmt.Fprintln(os.Stderr, "child log line", x > 0)
		fmt.Println("before")
		fmt.Println("child JSON-RPC on http://127.0.0.1:1")
		<-sig
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestProc(t *testing.T) {
	t.Setenv(childEnv, "1")
	log := filepath.Join(t.TempDir(), "child.log")

	p := proctest.Start(t, os.Args[0], log, "JSON-RPC on ")
	if p.URL != "http://127.0.0.1:1" {
		t.Errorf("URL %q", p.URL)
	}
	if l := p.Lines(); len(l) < 2 || l[0] != "before" {
		t.Errorf("lines %q", l)
	}
	peak, now, err := p.Memory()
	if err != nil || peak <= 0 || now <= 0 || now > peak {
		t.Errorf("memory: peak %d, now %d, %v", peak, now, err)
	}
	if p.CPU() != 0 {
		t.Error("CPU of a running process")
	}
	p.Stop(t)
	if cpu := p.CPU(); cpu <= 0 || cpu > time.Minute {
		t.Errorf("CPU %v after 100 ms of busy loop", cpu)
	}
	if b, _ := os.ReadFile(log); !strings.Contains(string(b), "child log line true") {
		t.Errorf("log %q", b)
	}

	k := proctest.Start(t, os.Args[0], log, "JSON-RPC on ")
	k.Kill(t)
	if ws, ok := k.Cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Errorf("after Kill: %v", k.Cmd.ProcessState)
	}
}
