package multihost

import (
	"bufio"
	"bytes"
	crand "crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/p2p"
)

// lab is a bridge in the root namespace and the namespaces hung off it.
// Every address is in 10.231.T.0/24 (T random per lab) and exists only on
// the bridge and inside namespaces this test made.
type lab struct {
	t      *testing.T
	tag    string // short, unique per lab: names of links and namespaces
	subnet string // "10.231.T."
	bridge string
	bin    string
	dir    string
}

// run runs a command and fails the test on error.
func run(t testing.TB, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v: %s", name, strings.Join(args, " "), err, out)
	}
}

// newLab makes the bridge, or skips the test where namespaces cannot be
// made.
func newLab(t *testing.T) *lab {
	t.Helper()
	if testing.Short() {
		t.Skip("multi-host suite: builds quire and runs processes")
	}
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("multi-host suite: needs root on Linux for network namespaces")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("multi-host suite: needs iproute2 (ip)")
	}
	var b [2]byte
	crand.Read(b[:])
	l := &lab{t: t, tag: hex.EncodeToString(b[:]), dir: t.TempDir()}
	l.subnet = fmt.Sprintf("10.231.%d.", b[0])
	probe := "qp" + l.tag
	if out, err := exec.Command("ip", "netns", "add", probe).CombinedOutput(); err != nil {
		t.Skipf("multi-host suite: cannot make a network namespace here: %v: %s", err, out)
	}
	exec.Command("ip", "netns", "del", probe).Run()
	l.bridge = "qb" + l.tag
	run(t, "ip", "link", "add", l.bridge, "type", "bridge")
	t.Cleanup(func() { exec.Command("ip", "link", "del", l.bridge).Run() })
	run(t, "ip", "addr", "add", l.subnet+"1/24", "dev", l.bridge)
	run(t, "ip", "link", "set", l.bridge, "up")
	l.bin = filepath.Join(l.dir, "quire")
	if out, err := exec.Command("go", "build", "-o", l.bin, "github.com/quire-da/quire/cmd/quire").CombinedOutput(); err != nil {
		t.Fatalf("go build cmd/quire: %v\n%s", err, out)
	}
	return l
}

// host is one namespace on the bridge, at subnet.(10 + index).
type host struct {
	l    *lab
	name string
	ns   string
	veth string // the root side, on the bridge: down is a partition
	ip   string
}

func (l *lab) host(name string, index int) *host {
	t := l.t
	h := &host{l: l, name: name, ns: fmt.Sprintf("q%s%d", l.tag, index), veth: fmt.Sprintf("qv%s%d", l.tag, index),
		ip: fmt.Sprintf("%s%d", l.subnet, 10+index)}
	run(t, "ip", "netns", "add", h.ns)
	t.Cleanup(func() { exec.Command("ip", "netns", "del", h.ns).Run() })
	run(t, "ip", "link", "add", h.veth, "type", "veth", "peer", "name", "eth0", "netns", h.ns)
	run(t, "ip", "link", "set", h.veth, "master", l.bridge)
	run(t, "ip", "link", "set", h.veth, "up")
	run(t, "ip", "-n", h.ns, "addr", "add", h.ip+"/24", "dev", "eth0")
	run(t, "ip", "-n", h.ns, "link", "set", "eth0", "up")
	run(t, "ip", "-n", h.ns, "link", "set", "lo", "up")
	return h
}

// cut takes the host off the bridge; heal puts it back.
func (h *host) cut()  { run(h.l.t, "ip", "link", "set", h.veth, "down") }
func (h *host) heal() { run(h.l.t, "ip", "link", "set", h.veth, "up") }

// proc is a quire process running in a host's namespace.
type proc struct {
	cmd  *exec.Cmd
	logs *logBuffer
	done chan struct{}
}

type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *logBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *logBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// start runs `quire args...` inside the namespace; it is killed at the
// test's end if still running.
func (h *host) start(env []string, args ...string) *proc {
	t := h.l.t
	cmd := exec.Command("ip", append([]string{"netns", "exec", h.ns, h.l.bin}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	p := &proc{cmd: cmd, logs: &logBuffer{}, done: make(chan struct{})}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			p.logs.Write(append(sc.Bytes(), '\n'))
		}
		io.Copy(io.Discard, stderr)
		cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() { p.kill() })
	return p
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *proc) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// waitHTTP waits until GET url answers 200.
func waitHTTP(t testing.TB, url string, p *proc, within time.Duration) {
	t.Helper()
	c := http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(within)
	for {
		resp, err := c.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-p.done:
			t.Fatalf("%s: the process exited:\n%s", url, p.logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not ready after %v (last: %v):\n%s", url, within, err, p.logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// committee is n members and a disperser, each in a namespace, on a
// committee contract deployed on geth --dev (its own namespace too) with
// the quire CLI an operator uses: deploy, approve, register, change,
// execute. Members keep their stores on disk, so a killed member restarts
// with what it signed; the disperser certifies on L1.
type committee struct {
	l         *lab
	chain     *chain
	address   string
	members   []*host
	disp      *host
	light     *host
	nodeCfgs  []string
	nodes     []*proc
	dispCfg   string
	disperser *proc
	env       []string
}

const chainID = 1337 // geth --dev

// committeeSpec shapes a committee: its size, threshold and replication,
// the disperser's member timeout (default 8s) and a hook run once every
// host exists and before any quire process starts (to reshape the network
// between them).
type committeeSpec struct {
	n, threshold, replication int
	memberTimeout             string
	beforeStart               func(*committee)
}

func (l *lab) committee(n, threshold, replication int) *committee {
	return l.committeeOf(committeeSpec{n: n, threshold: threshold, replication: replication})
}

func (l *lab) committeeOf(spec committeeSpec) *committee {
	t := l.t
	n, threshold, replication := spec.n, spec.threshold, spec.replication
	if spec.memberTimeout == "" {
		spec.memberTimeout = "8s"
	}
	c := &committee{l: l, env: []string{"QUIRE_KEYSTORE_PASSWORD=multihost"}}
	c.chain = l.startChain(n + 1)
	names := []string{"admin", "certifier"}
	for i := range n {
		names = append(names, fmt.Sprintf("operator%d", i))
	}
	accts := c.chain.fund(t, l.dir, names...)
	admin, certifier, ops := accts[0], accts[1], accts[2:]
	url := c.chain.url
	c.address = strings.TrimSpace(l.quire("committee", "deploy", "--rpc", url, "--key-file", admin.file, "--delay", "2s"))
	approve := []string{"committee", "approve", "--rpc", url, "--committee", c.address, "--key-file", admin.file}
	change := []string{"committee", "change", "--rpc", url, "--committee", c.address, "--key-file", admin.file,
		"--threshold", fmt.Sprint(threshold), "--replication", fmt.Sprint(replication)}
	for _, op := range ops {
		approve = append(approve, "--operator", op.addr.Hex())
		change = append(change, "--add", op.addr.Hex())
	}
	l.quire(approve...)

	var keystores, identities []string
	for i := range n {
		h := l.host(fmt.Sprintf("m%d", i), i)
		c.members = append(c.members, h)
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		ks, err := keystore.EncryptKey(sk, "multihost", crand.Reader, keystore.WithLightKDF())
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := ks.Marshal()
		kp := filepath.Join(l.dir, fmt.Sprintf("member%d.keystore", i))
		if err := os.WriteFile(kp, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		priv, _ := p2p.GenerateIdentity()
		ip := filepath.Join(l.dir, fmt.Sprintf("member%d.p2p", i))
		if err := p2p.WriteIdentity(ip, priv); err != nil {
			t.Fatal(err)
		}
		id, _ := peer.IDFromPrivateKey(priv)
		keystores, identities = append(keystores, kp), append(identities, ip)
		l.quire("committee", "register", "--rpc", url, "--committee", c.address, "--key-file", ops[i].file,
			"--keystore", kp, "--peer-id", id.String(), "--addr", fmt.Sprintf("/ip4/%s/tcp/9400", h.ip))
	}
	queued := l.quire(change...)
	var id int
	if _, err := fmt.Sscanf(queued, "queued change %d", &id); err != nil {
		t.Fatalf("change printed %q", queued)
	}
	l.quire("committee", "execute", "--rpc", url, "--committee", c.address, "--key-file", admin.file, "--id", fmt.Sprint(id), "--wait")

	c.disp = l.host("disperser", n)
	c.light = l.host("light", n+2)
	dpriv, _ := p2p.GenerateIdentity()
	dID, _ := peer.IDFromPrivateKey(dpriv)
	dIdent := filepath.Join(l.dir, "disperser.p2p")
	if err := p2p.WriteIdentity(dIdent, dpriv); err != nil {
		t.Fatal(err)
	}
	committeeJSON := map[string]any{"source": "l1", "rpc": url, "poll_interval": "1s"}
	for i, h := range c.members {
		cfg := map[string]any{
			"chain_id": chainID, "committee_address": c.address,
			"keystore": keystores[i], "identity_key_file": identities[i],
			"listen":    []string{fmt.Sprintf("/ip4/%s/tcp/9400", h.ip)},
			"http_addr": h.ip + ":9401",
			"store":     map[string]any{"dir": filepath.Join(l.dir, fmt.Sprintf("member%d-data", i))},
			"committee": committeeJSON, "dispersers": []string{dID.String()},
			"log_format": "json", "log_level": "info",
		}
		c.nodeCfgs = append(c.nodeCfgs, writeJSON(t, filepath.Join(l.dir, fmt.Sprintf("member%d.json", i)), cfg))
	}
	c.dispCfg = writeJSON(t, filepath.Join(l.dir, "disperser.json"), map[string]any{
		"chain_id": chainID, "committee_address": c.address,
		"http_addr": c.disp.ip + ":3100", "listen": []string{fmt.Sprintf("/ip4/%s/tcp/9410", c.disp.ip)},
		"identity_key_file": dIdent, "committee": committeeJSON,
		"l1_mode": "async", "l1_key_file": certifier.file,
		"auth":           map[string]any{"open": true},
		"member_timeout": spec.memberTimeout, "disperse_timeout": "30s",
		"log_format": "json", "log_level": "info",
	})
	if spec.beforeStart != nil {
		spec.beforeStart(c)
	}
	for i := range c.members {
		c.nodes = append(c.nodes, nil)
		c.startMember(i)
	}
	c.startDisperser()
	return c
}

// sample runs the light client on its own host for one blob and reports
// its verdict line and whether it exited 0 (AVAILABLE).
func (c *committee) sample(id string) (string, bool) {
	cmd := exec.Command("ip", "netns", "exec", c.light.ns, c.l.bin, "sample",
		"--rpc", c.chain.url, "--chain-id", fmt.Sprint(chainID), "--committee-address", c.address,
		"--in-memory", "--json", "--listen", fmt.Sprintf("/ip4/%s/tcp/0", c.light.ip), "--deadline", "1m", id)
	out, err := cmd.CombinedOutput()
	return string(out), err == nil
}

func writeJSON(t testing.TB, path string, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func (c *committee) startMember(i int) {
	p := c.members[i].start(c.env, "node", "--config", c.nodeCfgs[i])
	waitHTTP(c.l.t, "http://"+c.members[i].ip+":9401/healthz", p, 90*time.Second)
	c.nodes[i] = p
}

func (c *committee) startDisperser() {
	p := c.disp.start(nil, "disperser", "--config", c.dispCfg)
	waitHTTP(c.l.t, c.url()+"/healthz", p, 90*time.Second)
	c.disperser = p
}

func (c *committee) url() string { return "http://" + c.disp.ip + ":3100" }

// logs returns every process's log, for a failure message.
func (c *committee) logs() string {
	var b strings.Builder
	for i, p := range c.nodes {
		if p != nil {
			fmt.Fprintf(&b, "--- member %d\n%s", i, tail(p.logs.String(), 20))
		}
	}
	if c.disperser != nil {
		fmt.Fprintf(&b, "--- disperser\n%s", tail(c.disperser.logs.String(), 40))
	}
	return b.String()
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n") + "\n"
}
