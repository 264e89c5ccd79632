package bench

import (
	"context"
	crand "crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/node/nodetest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/kzg"
)

// BenchmarkDisperserProcesses measures the disperser's sustained
// throughput with the committee out of its process: 16 `quire node`
// processes (threshold 11, replication 2, in-memory stores, a static
// committee, no L1: certificates are not submitted) on loopback, the
// disperser in this process behind its HTTP API, and four clients posting
// fresh 1 MiB blobs back to back for QUIRE_DISPERSER_SECONDS (the issue's
// figure is 60). The members' verification and storage run in their own
// processes, so this process's CPU is the disperser's (plus the four
// clients' HTTP, small beside encoding).
//
// Each scheduling runs against the same members in the same run:
// "sequential-w2" is the scheduling and worker count before the pipeline
// (Config.Scheduling sequential, the old default of two workers),
// "sequential-w4" the old scheduling with four workers, "pipeline-w4"
// the default now (four workers in flight, one encoder). It reports MB/s
// (blob bytes certified over the wall time from the first post to the
// last certificate), p50-ms and p99-ms per post, disperser-cpu-s/MB (this
// process), members-cpu-s/MB (the 16 processes, from /proc) and
// cores-used by the disperser.
//
// Opt-in: it starts 16 processes and runs a minute per scheduling.
//
//	QUIRE_DISPERSER_SECONDS=60 go test ./bench -run '^$' -bench DisperserProcesses -benchtime 1x
func BenchmarkDisperserProcesses(b *testing.B) {
	seconds, _ := strconv.Atoi(os.Getenv("QUIRE_DISPERSER_SECONDS"))
	if seconds <= 0 {
		b.Skip("set QUIRE_DISPERSER_SECONDS (60 for the issue's figure) to run 16 quire node processes")
	}
	m := startMembers(b, 16, 11, 2)
	for _, mode := range []struct {
		name     string
		sched    string
		workers  int
		encoders int
	}{
		{"sequential-w2", disperser.ScheduleSequential, 2, 0},
		{"sequential-w4", disperser.ScheduleSequential, 4, 0},
		{"pipeline-w4", disperser.SchedulePipeline, 4, 1},
	} {
		b.Run(mode.name, func(b *testing.B) {
			for b.Loop() {
				m.throughput(b, time.Duration(seconds)*time.Second, func(c *disperser.Config) {
					c.Scheduling, c.Workers, c.Encoders = mode.sched, mode.workers, mode.encoders
				})
			}
		})
	}
}

// members are `quire node` processes forming a static committee.
type members struct {
	committee *p2p.Committee
	identity  libp2pcrypto.PrivKey // the disperser's, which the members authorize
	procs     []*exec.Cmd
	kzg       *kzg.Context
}

const (
	procChainID = 901
	procLogs    = "QUIRE_BENCH_KEEP_LOGS" // set to keep the node logs
)

var procCommitteeAddr = p2p.Address{0xda}

// startMembers writes n members' keys and configs and starts `quire node`
// for each, returning once every one has logged "node started".
func startMembers(b *testing.B, n, threshold, replication int) *members {
	b.Helper()
	bin := buildQuire(b)
	dir := b.TempDir()
	if os.Getenv(procLogs) != "" {
		var err error
		if dir, err = os.MkdirTemp("", "quire-members"); err != nil {
			b.Fatal(err)
		}
		b.Logf("member logs in %s", dir)
	}
	dpriv, err := p2p.GenerateIdentity()
	if err != nil {
		b.Fatal(err)
	}
	dpid, _ := peer.IDFromPrivateKey(dpriv)
	c := &p2p.Committee{Epoch: 1, Threshold: threshold, Replication: replication}
	type memberFiles struct{ identity, keystore string }
	files := make([]memberFiles, n)
	for i := range n {
		sk, err := bls.GenerateKey(crand.Reader)
		if err != nil {
			b.Fatal(err)
		}
		priv, _ := p2p.GenerateIdentity()
		pid, _ := peer.IDFromPrivateKey(priv)
		port := freePort(b)
		addr, _ := ma.NewMultiaddr(fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port))
		c.Members = append(c.Members, p2p.Member{PublicKey: sk.PublicKey(), PeerID: pid, Addrs: []ma.Multiaddr{addr},
			ProofOfPossession: sk.ProvePossession()})
		files[i].identity = filepath.Join(dir, fmt.Sprintf("identity-%d.key", i))
		if err := p2p.WriteIdentity(files[i].identity, priv); err != nil {
			b.Fatal(err)
		}
		ks, err := keystore.EncryptKey(sk, "bench", crand.Reader, keystore.WithLightKDF())
		if err != nil {
			b.Fatal(err)
		}
		js, err := ks.Marshal()
		if err != nil {
			b.Fatal(err)
		}
		files[i].keystore = filepath.Join(dir, fmt.Sprintf("keystore-%d.json", i))
		if err := os.WriteFile(files[i].keystore, js, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	m := &members{committee: c, identity: dpriv}
	for i := range n {
		cfg := nodetest.DevConfig()
		cfg.ChainID, cfg.CommitteeAddress = procChainID, procCommitteeAddr
		cfg.IdentityKeyFile, cfg.Keystore = files[i].identity, files[i].keystore
		cfg.Listen = []string{c.Members[i].Addrs[0].String()}
		cfg.Committee = p2p.CommitteeConfig{Source: "static", Static: c.StaticConfig()}
		cfg.Dispersers = []string{dpid.String()}
		cfg.Gossip = false
		cfg.LogFormat, cfg.LogLevel = "json", "info"
		js, err := json.MarshalIndent(cfg, "", "  ")
		if err != nil {
			b.Fatal(err)
		}
		conf := filepath.Join(dir, fmt.Sprintf("node-%d.json", i))
		if err := os.WriteFile(conf, js, 0o600); err != nil {
			b.Fatal(err)
		}
		logPath := filepath.Join(dir, fmt.Sprintf("node-%d.log", i))
		logf, err := os.Create(logPath)
		if err != nil {
			b.Fatal(err)
		}
		cmd := exec.Command(bin, "node", "--config", conf)
		cmd.Env = append(os.Environ(), "QUIRE_KEYSTORE_PASSWORD=bench")
		cmd.Stderr, cmd.Stdout = logf, logf
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		m.procs = append(m.procs, cmd)
		b.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
			logf.Close()
		})
	}
	for i, cmd := range m.procs {
		logPath := filepath.Join(dir, fmt.Sprintf("node-%d.log", i))
		for deadline := time.Now().Add(3 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
			log, _ := os.ReadFile(logPath)
			if strings.Contains(string(log), `"msg":"node started"`) {
				break
			}
			if cmd.ProcessState != nil || time.Now().After(deadline) {
				b.Fatalf("member %d did not start:\n%s", i, log)
			}
		}
	}
	if m.kzg, err = kzg.Default(); err != nil {
		b.Fatal(err)
	}
	return m
}

// freePort returns a TCP port on 127.0.0.1 free when asked.
func freePort(b *testing.B) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// cpu is the user and system CPU the member processes have used
// so far (/proc/PID/stat, in USER_HZ = 100 ticks per second).
func (m *members) cpu(b *testing.B) time.Duration {
	var total time.Duration
	for _, cmd := range m.procs {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", cmd.Process.Pid))
		if err != nil {
			b.Fatalf("member CPU: %v", err)
		}
		s := string(raw)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		// After the command: state (field 3) ... utime (14), stime (15).
		ut, err1 := strconv.ParseInt(f[11], 10, 64)
		st, err2 := strconv.ParseInt(f[12], 10, 64)
		if err := errors.Join(err1, err2); err != nil {
			b.Fatalf("member CPU: %v", err)
		}
		total += time.Duration(ut+st) * 10 * time.Millisecond
	}
	return total
}

// throughput runs a fresh disperser (configured by tweak) against the
// members and has four clients post fresh 1 MiB blobs for d.
func (m *members) throughput(b *testing.B, d time.Duration, tweak func(*disperser.Config)) {
	const clients, size = 4, 1 << 20
	cfg := disperser.DevConfig()
	cfg.ChainID, cfg.CommitteeAddress = procChainID, procCommitteeAddr
	cfg.Announce = false
	cfg.QueueSize = 4 * clients
	cfg.LogLevel = "error"
	patient(&cfg)
	tweak(&cfg)
	dp, err := disperser.New(cfg, disperser.Deps{Committee: p2p.NewStaticSource(m.committee), Identity: m.identity, KZG: m.kzg})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- dp.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			b.Error(err)
		}
	}()
	c, err := client.New("http://"+dp.HTTPAddr(), client.WithAttempts(1))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Put(ctx, freshBlob(mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), 1)), 1000)); err != nil {
		b.Fatal(err)
	}

	var (
		mu  sync.Mutex
		lat []time.Duration
		wg  sync.WaitGroup
	)
	errs := make(chan error, clients)
	cpu0, mcpu0, start := disperserCPU(), m.cpu(b), time.Now()
	stop := start.Add(d)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), uint64(i)))
			for time.Now().Before(stop) {
				data := freshBlob(r, size)
				t0 := time.Now()
				res, err := c.Put(ctx, data)
				if err != nil {
					errs <- err
					return
				}
				if res.Duplicate {
					errs <- errDuplicate
					return
				}
				mu.Lock()
				lat = append(lat, time.Since(t0))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	cpu, mcpu := disperserCPU()-cpu0, m.cpu(b)-mcpu0
	close(errs)
	if err := <-errs; err != nil {
		b.Fatal(err)
	}
	mb := float64(len(lat)*size) / 1e6
	b.ReportMetric(mb/wall.Seconds(), "MB/s")
	b.ReportMetric(msOf(percentile(lat, 50)), "p50-ms")
	b.ReportMetric(msOf(percentile(lat, 99)), "p99-ms")
	b.ReportMetric(float64(len(lat)), "blobs")
	b.ReportMetric(cpu.Seconds()/mb, "disperser-cpu-s/MB")
	b.ReportMetric(mcpu.Seconds()/mb, "members-cpu-s/MB")
	b.ReportMetric(cpu.Seconds()/wall.Seconds(), "disperser-cores")
	b.ReportMetric(mcpu.Seconds()/wall.Seconds(), "members-cores")
}
