// Package proctest runs a program as a child process for tests and
// benchmarks: it waits until the program says it is ready, keeps its
// standard output, appends its standard error to a log file, stops it
// (SIGTERM, checking a clean exit) or kills it (SIGKILL), and reads what
// it cost: peak and current resident memory while it runs, CPU time once
// it has exited. It is how cmd/quire's and bench's tests run `quire
// rollup sequencer`, `quire rollup node` and `quire devnet`:
//
//	p := proctest.Start(t, bin, logPath, "JSON-RPC on ", "rollup", "node", "--config", conf)
//	// ... p.URL is the text after "JSON-RPC on " on the ready line
//	peak, _, err := p.Memory()
//	p.Stop(t)
//	cpu := p.CPU()
package proctest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Proc is a running (or exited) child process.
type Proc struct {
	Cmd *exec.Cmd
	// URL is the text after "JSON-RPC on " on the ready line, if any.
	URL string
	// LogPath is the file its standard error is appended to.
	LogPath string

	done   chan error
	exited bool

	mu  sync.Mutex
	out []string
}

// StartTimeout bounds the wait for the ready line.
const StartTimeout = 3 * time.Minute

// Start runs bin with args, appending its standard error to logPath, and
// returns once a line of its standard output contains ready. The test
// fails if the process exits first or stays silent for StartTimeout. The
// process is killed when the test ends if it is still running.
func Start(tb testing.TB, bin, logPath, ready string, args ...string) *Proc {
	tb.Helper()
	cmd := exec.Command(bin, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		tb.Fatal(err)
	}
	p := &Proc{Cmd: cmd, LogPath: logPath, done: make(chan error, 1)}
	readyc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		seen := false
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.out = append(p.out, line)
			p.mu.Unlock()
			if !seen && strings.Contains(line, ready) {
				seen = true
				_, u, _ := strings.Cut(line, "JSON-RPC on ")
				readyc <- strings.TrimSpace(u)
			}
		}
		io.Copy(io.Discard, out)
	}()
	go func() { p.done <- cmd.Wait(); logf.Close() }()
	tb.Cleanup(func() {
		if !p.exited {
			cmd.Process.Kill()
			<-p.done
			p.exited = true
		}
	})
	select {
	case p.URL = <-readyc:
	case err := <-p.done:
		p.exited = true
		log, _ := os.ReadFile(logPath)
		tb.Fatalf("%s exited: %v\n%s\n%s", args, err, strings.Join(p.Lines(), "\n"), log)
	case <-time.After(StartTimeout):
		tb.Fatalf("%s did not start within %v", args, StartTimeout)
	}
	return p
}

// Lines returns the standard output read so far.
func (p *Proc) Lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.out...)
}

// Stop sends SIGTERM and waits for the exit; the test fails unless the
// process exits with status 0 within a minute (then it is killed).
func (p *Proc) Stop(tb testing.TB) {
	tb.Helper()
	if p.exited {
		return
	}
	if err := p.Cmd.Process.Signal(syscall.SIGTERM); err != nil {
		tb.Fatal(err)
	}
	select {
	case err := <-p.done:
		p.exited = true
		if err != nil {
			tb.Errorf("%s after SIGTERM: %v", p.Cmd.Args[1:], err)
		}
	case <-time.After(time.Minute):
		p.Cmd.Process.Kill()
		<-p.done
		p.exited = true
		tb.Errorf("%s did not stop within a minute of SIGTERM", p.Cmd.Args[1:])
	}
}

// Kill sends SIGKILL and waits for the exit.
func (p *Proc) Kill(tb testing.TB) {
	tb.Helper()
	if p.exited {
		return
	}
	if err := p.Cmd.Process.Signal(syscall.SIGKILL); err != nil {
		tb.Fatal(err)
	}
	<-p.done
	p.exited = true
}

// Memory returns the running process's peak and current resident set
// size in bytes (VmHWM and VmRSS of /proc/PID/status; Linux only).
func (p *Proc) Memory() (peak, now int64, err error) {
	path := fmt.Sprintf("/proc/%d/status", p.Cmd.Process.Pid)
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "VmHWM" && k != "VmRSS") {
			continue
		}
		f := strings.Fields(v)
		if len(f) != 2 || f[1] != "kB" {
			return 0, 0, fmt.Errorf("%s: %s: %q", path, k, v)
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %s: %v", path, k, err)
		}
		if k == "VmHWM" {
			peak = kb << 10
		} else {
			now = kb << 10
		}
	}
	if peak == 0 {
		return 0, 0, fmt.Errorf("%s: no VmHWM", path)
	}
	return peak, now, nil
}

// CPU returns the user and system CPU time of the exited process (zero
// while it runs).
func (p *Proc) CPU() time.Duration {
	if !p.exited || p.Cmd.ProcessState == nil {
		return 0
	}
	return p.Cmd.ProcessState.UserTime() + p.Cmd.ProcessState.SystemTime()
}
