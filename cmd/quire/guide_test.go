package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/internal/gethtest"
)

// guideBlock is one fenced block of docs/operators.md marked
// "operator-guide".
type guideBlock struct {
	line   int    // of the opening fence
	role   string // admin or operator
	fund   bool   // the guide tells the user to fund the *_ADDR it exported
	daemon bool   // a long-running command: started in the background
	text   string
}

// pasteLine is a line the guide tells the user to edit: export NAME=VALUE
// followed by "# paste:".
var pasteLine = regexp.MustCompile(`^export ([A-Z_][A-Z0-9_]*)=(\S*)\s+# paste:`)

// parseGuide returns the operator-guide blocks of a Markdown document.
func parseGuide(doc string) ([]guideBlock, error) {
	var out []guideBlock
	var cur *guideBlock
	sc := bufio.NewScanner(strings.NewReader(doc))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if cur != nil {
			if strings.TrimSpace(line) == "```" {
				out = append(out, *cur)
				cur = nil
				continue
			}
			cur.text += line + "\n"
			continue
		}
		info, ok := strings.CutPrefix(line, "```")
		if !ok {
			continue
		}
		f := strings.Fields(info)
		if len(f) < 2 || f[0] != "sh" || f[1] != "operator-guide" {
			continue
		}
		b := guideBlock{line: n}
		for _, w := range f[2:] {
			switch {
			case w == "fund":
				b.fund = true
			case w == "daemon":
				b.daemon = true
			case strings.HasPrefix(w, "role="):
				b.role = strings.TrimPrefix(w, "role=")
			default:
				return nil, fmt.Errorf("line %d: unknown operator-guide word %q", n, w)
			}
		}
		if b.role != "admin" && b.role != "operator" {
			return nil, fmt.Errorf("line %d: operator-guide block without role=admin or role=operator", n)
		}
		cur = &b
	}
	if cur != nil {
		return nil, fmt.Errorf("line %d: unterminated block", cur.line)
	}
	return out, nil
}

// guideActor is the admin or one operator: a working directory and the
// shell variables its blocks exported so far (a terminal session).
type guideActor struct {
	name  string
	dir   string
	state string // file holding `export -p` after the last block
	paste map[string]string
}

// TestOperatorGuide executes docs/operators.md: its operator-guide blocks
// in document order with the built quire binary, against geth --dev, the
// admin's blocks once and each operator block for four operators (the
// committee's minimum), from empty directories to a committee whose
// members store a blob. Only the values on "# paste:" lines are replaced
// (each must be one the test knows, and each value the test knows must be
// in the guide); anything else that drifts between the guide and the
// commands fails here.
func TestOperatorGuide(t *testing.T) {
	if testing.Short() {
		t.Skip("runs geth, four nodes and a disperser")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not found")
	}
	for _, tool := range []string{"curl", "jq", "head", "grep"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not found (the guide uses it)", tool)
		}
	}
	doc, err := os.ReadFile("../../docs/operators.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := parseGuide(string(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) < 8 {
		t.Fatalf("docs/operators.md has %d operator-guide blocks", len(blocks))
	}

	// The binary, as a user builds it.
	bin := filepath.Dir(quireBinary(t))
	gethURL := gethtest.StartDev(t, gethtest.Find(t), 1)
	rc, err := rpc.Dial(gethURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)

	root := t.TempDir()
	admin := &guideActor{name: "admin", dir: filepath.Join(root, "admin"), paste: map[string]string{
		"QUIRE_RPC":      gethURL,
		"CHAIN_ID":       "1337",
		"DELAY":          "5s",
		"DISPERSER_PORT": fmt.Sprint(freePort(t)),
		"BATCHER_IP":     "127.0.0.1",
		"L1_PASSWORD":    "guide-test-admin-passphrase",
	}}
	var ops []*guideActor
	for i := range 4 {
		ops = append(ops, &guideActor{name: fmt.Sprintf("operator%d", i+1), dir: filepath.Join(root, fmt.Sprintf("op%d", i+1)),
			paste: map[string]string{
				"KEYSTORE_PASSWORD": fmt.Sprintf("guide-test-passphrase-%d", i+1),
				"L1_PASSWORD":       fmt.Sprintf("guide-test-l1-passphrase-%d", i+1),
				"LISTEN_IP":         "127.0.0.1",
				"PUBLIC_IP":         "127.0.0.1",
				"NODE_PORT":         fmt.Sprint(freePort(t)),
				"NODE_HTTP_PORT":    fmt.Sprint(freePort(t)),
			}})
	}
	used := map[string]bool{}
	for _, a := range append([]*guideActor{admin}, ops...) {
		if err := os.MkdirAll(a.dir, 0o700); err != nil {
			t.Fatal(err)
		}
		a.state = filepath.Join(a.dir, ".guide-state")
	}
	// The operators start from what the admin sent them (COMMITTEE,
	// CHAIN_ID, DISPERSER_PEER_ID) and their own L1 endpoint: the admin's
	// exports are sourced before their own. The admin's OPERATORS is the
	// operators' addresses, known once they made their keys.
	funded := map[string]bool{}
	type daemon struct {
		cmd  *exec.Cmd
		done chan struct{}
	}
	var procs []daemon
	t.Cleanup(func() {
		for _, p := range procs {
			_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
		}
		for _, p := range procs {
			select {
			case <-p.done:
			case <-time.After(30 * time.Second):
				_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
				<-p.done
			}
		}
	})

	env := []string{"PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin", "HOME=" + root, "LANG=C.UTF-8"}
	script := func(a *guideActor, text string, save bool) string {
		var s strings.Builder
		s.WriteString("set -euo pipefail\n")
		if a != admin {
			fmt.Fprintf(&s, "[ -f %q ] && . %q\n", admin.state, admin.state)
		}
		fmt.Fprintf(&s, "[ -f %q ] && . %q\n", a.state, a.state)
		fmt.Fprintf(&s, "cd %q\n", a.dir)
		s.WriteString(text)
		if save {
			fmt.Fprintf(&s, "\nexport -p > %q\n", a.state)
		}
		return s.String()
	}
	readVars := func(a *guideActor) map[string]string {
		out, err := exec.Command(bash, "-c", fmt.Sprintf(". %q; env", a.state)).Output()
		if err != nil {
			t.Fatalf("%s: reading the shell state: %v", a.name, err)
		}
		vars := map[string]string{}
		for l := range strings.SplitSeq(string(out), "\n") {
			if k, v, ok := strings.Cut(l, "="); ok {
				vars[k] = v
			}
		}
		return vars
	}
	run := func(b guideBlock, a *guideActor) {
		t.Helper()
		// Replace the values the guide tells the user to paste.
		var text strings.Builder
		for l := range strings.SplitSeq(strings.TrimSuffix(b.text, "\n"), "\n") {
			if m := pasteLine.FindStringSubmatchIndex(l); m != nil {
				name := l[m[2]:m[3]]
				v, ok := a.paste[name]
				if !ok {
					t.Fatalf("docs/operators.md:%d: %s pastes %s, which the test does not know", b.line, a.name, name)
				}
				used[a.name+"."+name] = true
				l = l[:m[4]] + shellQuote(v) + l[m[5]:]
			}
			text.WriteString(l + "\n")
		}
		if b.daemon {
			logf := filepath.Join(a.dir, fmt.Sprintf("daemon-%d.log", b.line))
			f, err := os.Create(logf)
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bash, "-c", script(a, "exec "+strings.TrimSpace(text.String()), false))
			cmd.Env, cmd.Stdout, cmd.Stderr = env, f, f
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			f.Close()
			d := daemon{cmd, make(chan struct{})}
			go func() { cmd.Wait(); close(d.done) }()
			procs = append(procs, d)
			for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(200 * time.Millisecond) {
				logs, _ := os.ReadFile(logf)
				if bytes.Contains(logs, []byte(" started")) || bytes.Contains(logs, []byte(": waiting")) {
					t.Logf("%s: docs/operators.md:%d: started\n%s", a.name, b.line, logs)
					return
				}
				exited := false
				select {
				case <-d.done:
					exited = true
				default:
				}
				if exited || time.Now().After(deadline) {
					t.Fatalf("%s: docs/operators.md:%d: the daemon did not start:\n%s", a.name, b.line, logs)
				}
			}
		}
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bash, "-c", script(a, text.String(), true))
		cmd.Env, cmd.Stdout, cmd.Stderr = env, &stdout, &stderr
		t0 := time.Now()
		err := cmd.Run()
		t.Logf("%s: docs/operators.md:%d (%v)\n%s%s", a.name, b.line, time.Since(t0).Round(time.Millisecond), stdout.String(), stderr.String())
		if err != nil {
			t.Fatalf("%s: the block at docs/operators.md:%d failed: %v\n%s", a.name, b.line, err, text.String())
		}
		if b.fund {
			for k, v := range readVars(a) {
				if strings.HasSuffix(k, "_ADDR") && !funded[v] {
					fundFromDev(t, rc, common.HexToAddress(v))
					funded[v] = true
				}
			}
		}
	}

	for _, b := range blocks {
		switch b.role {
		case "admin":
			if _, ok := admin.paste["OPERATORS"]; !ok {
				var addrs []string
				for _, op := range ops {
					if _, err := os.Stat(op.state); err != nil {
						break
					}
					if v := readVars(op)["OPERATOR_ADDR"]; v != "" {
						addrs = append(addrs, v)
					}
				}
				if len(addrs) == len(ops) {
					admin.paste["OPERATORS"] = strings.Join(addrs, ",")
				}
			}
			run(b, admin)
		case "operator":
			for _, op := range ops {
				run(b, op)
			}
		}
	}
	for _, a := range append([]*guideActor{admin}, ops...) {
		for name := range a.paste {
			if !used[a.name+"."+name] {
				t.Errorf("the test pastes %s for %s, but docs/operators.md has no such # paste: line", name, a.name)
			}
		}
	}

	// What the guide promised: the members store the blob (every member
	// signs or stores unless it is cut off as late; a certificate needs
	// three).
	stored := 0
	for _, op := range ops {
		out, err := exec.Command(filepath.Join(bin, "quire"), "node", "status", "--http", "127.0.0.1:"+op.paste["NODE_HTTP_PORT"]).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: quire node status: %v\n%s", op.name, err, out)
		}
		if regexp.MustCompile(`hot tier:\s+1 blobs`).Match(out) {
			stored++
		}
	}
	if stored < 3 {
		t.Fatalf("%d members store the blob, want at least the threshold 3", stored)
	}
	// The node warned while it waited for the admin's change.
	logs, _ := filepath.Glob(filepath.Join(ops[0].dir, "daemon-*.log"))
	if len(logs) != 1 {
		t.Fatalf("operator1 daemon logs: %v", logs)
	}
	b, _ := os.ReadFile(logs[0])
	if !bytes.Contains(b, []byte("the committee has no epoch yet: waiting")) {
		t.Errorf("the node did not warn that it waits for membership:\n%s", b)
	}
}

// fundFromDev sends 10 ether to addr from geth's unlocked dev account (a
// faucet, for the guide).
func fundFromDev(t *testing.T, rc *rpc.Client, addr common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	gethtest.Fund(t, ctx, rc, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), addr)
}

func shellQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"$`\\!*?[]{}()<>|&;#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestParseGuide checks the block parser on a small document.
func TestParseGuide(t *testing.T) {
	doc := "text\n```sh\nnot run\n```\n```sh operator-guide role=admin fund\nexport A=1  # paste: a\necho $A\n```\n" +
		"```sh operator-guide role=operator daemon\nquire node\n```\n"
	bs, err := parseGuide(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 2 || bs[0].role != "admin" || !bs[0].fund || bs[0].daemon || bs[1].role != "operator" || !bs[1].daemon ||
		bs[0].line != 5 || bs[0].text != "export A=1  # paste: a\necho $A\n" {
		t.Fatalf("parsed %+v", bs)
	}
	if m := pasteLine.FindStringSubmatch("export A=1  # paste: a"); m == nil || m[1] != "A" || m[2] != "1" {
		t.Fatalf("paste line: %q", m)
	}
	for _, bad := range []string{"```sh operator-guide\nx\n```\n", "```sh operator-guide role=admin typo\nx\n```\n", "```sh operator-guide role=admin\nx\n"} {
		if _, err := parseGuide(bad); err == nil {
			t.Errorf("parseGuide accepted %q", bad)
		}
	}
}
