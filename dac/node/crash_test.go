package node

import (
	"bufio"
	"bytes"
	"context"
	crand "crypto/rand"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// buildQuire builds the quire binary into a temporary directory, with the
// race detector when the test has it (so the build reuses the test's
// compiled packages).
func buildQuire(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "quire")
	args := []string{"build", "-o", bin}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, "github.com/quire-da/quire/cmd/quire")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build cmd/quire: %v\n%s", err, out)
	}
	return bin
}

// nodeProcess is a running `quire node`.
type nodeProcess struct {
	cmd  *exec.Cmd
	info peer.AddrInfo
	logs *syncBuffer
}

// syncBuffer collects a process's log while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startNodeProcess runs `quire node --config cfgPath` and waits for its
// "node started" log line, which carries the listen addresses.
func startNodeProcess(t testing.TB, bin, cfgPath string, env []string) *nodeProcess {
	t.Helper()
	cmd := exec.Command(bin, "node", "--config", cfgPath)
	cmd.Env = append(os.Environ(), env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &nodeProcess{cmd: cmd, logs: &syncBuffer{}}
	started := make(chan peer.AddrInfo, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Bytes()
			p.logs.Write(append(line, '\n'))
			var rec struct {
				Msg   string   `json:"msg"`
				Peer  string   `json:"peer"`
				Addrs []string `json:"addrs"`
			}
			if json.Unmarshal(line, &rec) == nil && rec.Msg == "node started" {
				id, err := peer.Decode(rec.Peer)
				if err != nil {
					continue
				}
				info := peer.AddrInfo{ID: id}
				for _, a := range rec.Addrs {
					if m, err := ma.NewMultiaddr(a); err == nil {
						info.Addrs = append(info.Addrs, m)
					}
				}
				started <- info
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	select {
	case p.info = <-started:
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("quire node did not start:\n%s", p.logs)
	}
	return p
}

// TestCrashSafety runs a real `quire node` process with an on-disk store,
// disperses blobs to it and kills it with SIGKILL right after it replied to
// the last one; restarted, it serves every blob it signed, byte for byte.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the quire binary")
	}
	bin := buildQuire(t)
	dir := t.TempDir()

	pf := newProcessFixture(t, dir, nil)
	c, keys, disp, cfgPath, env := pf.committee, pf.keys, pf.disperser, pf.cfgPath, pf.env

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	proc := startNodeProcess(t, bin, cfgPath, env)
	custody, _ := c.Custody()
	tn := &testNet{t: t, keys: keys}
	type signed struct {
		blob int
		h    *dac.Header
		cols []uint8
	}
	var all []signed
	for i := range fixtureSizes {
		sq := testSquare(t, i)
		h := tn.header(sq, c.Epoch)
		cols := custodyColumns(custody, h.BlobID(), 0)
		att, err := p2p.Disperse(ctx, disp, proc.info, h, columns(sq, cols))
		if i == len(fixtureSizes)-1 {
			// Killed the moment the last reply is in.
			proc.cmd.Process.Kill()
		}
		if err != nil {
			proc.cmd.Process.Kill()
			proc.cmd.Wait()
			t.Fatalf("blob %d: %v\n%s", i, err, proc.logs)
		}
		tn.checkAttestation(att, h, 0)
		all = append(all, signed{i, h, cols})
	}
	proc.cmd.Wait()
	// Forget the dead process's connections: over QUIC nothing tells the
	// disperser it died until the idle timeout.
	disp.Network().ClosePeer(proc.info.ID)
	disp.Peerstore().ClearAddrs(proc.info.ID)

	proc = startNodeProcess(t, bin, cfgPath, env)
	defer func() {
		proc.cmd.Process.Signal(os.Interrupt)
		proc.cmd.Wait()
	}()
	kctx := testKZG(t)
	for _, s := range all {
		sq := testSquare(t, s.blob)
		req := &wire.CellsRequest{Blob: s.h.BlobID(), Columns: s.cols}
		got, items, err := p2p.FetchCells(ctx, disp, proc.info, req, 256, kctx)
		if err != nil {
			t.Fatalf("blob %d after restart: %v\n%s", s.blob, err, proc.logs)
		}
		if got.Hash() != s.h.Hash() {
			t.Fatalf("blob %d: another header after restart", s.blob)
		}
		if len(items) != len(s.cols)*sq.Rows() {
			t.Fatalf("blob %d: %d cells", s.blob, len(items))
		}
		for _, it := range items {
			want := sq.Cells[it.Row][it.Col].Bytes()
			have := it.Cell.Bytes()
			if !bytes.Equal(have[:], want[:]) || it.Proof != sq.Proofs[it.Row][it.Col] {
				t.Fatalf("blob %d: cell (%d, %d) differs after restart", s.blob, it.Row, it.Col)
			}
		}
	}
	if !strings.Contains(proc.logs.String(), `"msg":"node started"`) {
		t.Fatal("no start log")
	}
}

// processFixture is what a test needs to run `quire node` as a process:
// the process is member 0 of a four-member static committee, with an
// on-disk store under dir/data, and disperser is the host it accepts
// dispersals from.
type processFixture struct {
	committee *p2p.Committee
	keys      []*bls.SecretKey
	disperser host.Host
	cfgPath   string
	env       []string
}

// newProcessFixture writes the member's identity, keystore and config
// under dir (adjust may change the config) and starts the disperser host.
func newProcessFixture(t testing.TB, dir string, adjust func(*Config)) *processFixture {
	t.Helper()
	// Keys: the process is member 0 of a four-member static committee.
	c, keys := testStaticCommittee(t, 4, 2)
	priv, _ := p2p.GenerateIdentity()
	c.Members[0].PeerID, _ = peer.IDFromPrivateKey(priv)
	identity := filepath.Join(dir, "identity.key")
	if err := p2p.WriteIdentity(identity, priv); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.EncryptKey(keys[0], "correct horse", crand.Reader, keystore.WithLightKDF())
	if err != nil {
		t.Fatal(err)
	}
	ksJSON, err := ks.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	keystorePath := filepath.Join(dir, "keystore.json")
	if err := os.WriteFile(keystorePath, ksJSON, 0o600); err != nil {
		t.Fatal(err)
	}

	dpriv, _ := p2p.GenerateIdentity()
	disp, err := p2p.NewHost(dpriv, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { disp.Close() })

	cfg := DefaultConfig()
	cfg.ChainID = testChainID
	cfg.CommitteeAddress = testCommitteeAddr
	cfg.IdentityKeyFile = identity
	cfg.Keystore = keystorePath
	cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	cfg.HTTPAddr = ""
	cfg.Store.Dir = filepath.Join(dir, "data")
	cfg.Committee = p2p.CommitteeConfig{Source: "static", Static: c.StaticConfig()}
	cfg.Dispersers = []string{disp.ID().String()}
	cfg.LogFormat = "json"
	if adjust != nil {
		adjust(&cfg)
	}
	raw, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "node.json")
	if err := os.WriteFile(cfgPath, raw, 0o600); err != nil {
		t.Fatal(err)
	}

	return &processFixture{committee: c, keys: keys, disperser: disp, cfgPath: cfgPath,
		env: []string{"QUIRE_KEYSTORE_PASSWORD=correct horse"}}
}
