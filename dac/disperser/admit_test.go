package disperser_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/p2p"
)

// serveFake is newFake with the disperser's own HTTP server (its
// listener, timeouts and limits) on 127.0.0.1, returning its address.
func serveFake(t *testing.T, tweak func(*disperser.Config)) (*fakeEnv, string) {
	t.Helper()
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) {
		c.HTTPAddr = "127.0.0.1:0"
		if tweak != nil {
			tweak(c)
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.d.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return e, e.d.HTTPAddr()
}

// stalledUpload opens a TCP connection to addr, announces announce
// bytes, sends send of them and stops sending; it returns the status and
// Retry-After of the answer (0 when the connection ends without one).
func stalledUpload(addr string, announce, send int, payload []byte, wait time.Duration) (int, string, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, "", err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(wait))
	if _, err := fmt.Fprintf(c, "POST /v1/blobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n", announce); err != nil {
		return 0, "", err
	}
	// Send in the background: a refused upload is answered before its
	// body is read, and the sender then meets a reset or a full buffer.
	go func() {
		for off := 0; off < send; off += len(payload) {
			if _, err := c.Write(payload[:min(len(payload), send-off)]); err != nil {
				return
			}
		}
	}()
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0, "", err
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Retry-After"), nil
}

// putWithRetry posts data the way a well-behaved client does: on 429 or
// 503 it waits for Retry-After and tries again, until ctx ends.
func putWithRetry(ctx context.Context, addr string, data []byte) (int, int, error) {
	for attempt := 1; ; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", "http://"+addr+"/v1/blobs", bytes.NewReader(data))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, attempt, err
		}
		resp.Body.Close()
		if resp.StatusCode != 429 && resp.StatusCode != 503 {
			return resp.StatusCode, attempt, nil
		}
		s, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		select {
		case <-ctx.Done():
			return resp.StatusCode, attempt, ctx.Err()
		case <-time.After(time.Duration(max(s, 1)) * time.Second):
		}
	}
}

// TestStalledUploads: uploads that announce a size, send most of it and
// stall are refused before their body is read (429 with Retry-After,
// beyond the upload budget) or cut (408, below the minimum rate), and a
// normal upload still succeeds. Before the admission and rate deadlines
// the stalled uploads were read without limit and never answered.
func TestStalledUploads(t *testing.T) {
	const (
		n        = 16
		announce = 2 << 20
		send     = 3 << 19 // 1.5 MiB
	)
	_, addr := serveFake(t, func(c *disperser.Config) {
		c.MaxUploadBytes = 4 * announce
		c.MaxBlobSize = announce
		c.MinClientRate = 1 << 20
		c.ClientGrace = p2p.Duration(time.Second)
		c.MaxConnsPerIP = 0
	})
	payload := make([]byte, 64<<10)
	var wg sync.WaitGroup
	type answer struct {
		status int
		retry  string
		err    error
	}
	answers := make([]answer, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, ra, err := stalledUpload(addr, announce, send, payload, 15*time.Second)
			answers[i] = answer{s, ra, err}
		}()
	}
	time.Sleep(200 * time.Millisecond) // the stalled uploads hold the budget
	blob := make([]byte, 64<<10)
	rand.Read(blob)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	status, attempts, err := putWithRetry(ctx, addr, blob)
	if err != nil || status != 200 {
		t.Fatalf("normal upload: status %d after %d attempts: %v", status, attempts, err)
	}
	t.Logf("normal upload: 200 after %d attempts", attempts)
	wg.Wait()
	counts := map[int]int{}
	for i, a := range answers {
		switch {
		case a.err != nil:
			t.Errorf("stalled upload %d: no answer: %v", i, a.err)
		case a.status == 429 && a.retry != "":
		case a.status == 408:
		default:
			t.Errorf("stalled upload %d: status %d (Retry-After %q), want 429 with Retry-After or 408", i, a.status, a.retry)
		}
		counts[a.status]++
	}
	if counts[408] == 0 || counts[408] > 4 {
		t.Errorf("%d uploads cut with 408, want 1 to 4 (the budget holds 4)", counts[408])
	}
	t.Logf("stalled uploads: %v", counts)
}

// TestConnsPerIP: connections from one address beyond MaxConnsPerIP are
// answered 429 with Retry-After and closed; closing one frees a place.
func TestConnsPerIP(t *testing.T) {
	_, addr := serveFake(t, func(c *disperser.Config) { c.MaxConnsPerIP = 3 })
	var held []net.Conn
	for range 3 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		held = append(held, c)
	}
	get := func() (*http.Response, error) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return nil, err
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(5 * time.Second))
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		return http.ReadResponse(bufio.NewReader(c), nil)
	}
	time.Sleep(100 * time.Millisecond) // the server has accepted the three
	resp, err := get()
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("fourth connection: %d (Retry-After %q), want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	held[0].Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := get()
		if err == nil && resp.StatusCode == 200 {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a place did not free after a connection closed: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestStalledUploadMemory is the figure of issue 15 finding 4: 100
// uploads that announce 32 MB, send 30 MB and stall, against the default
// limits (MaxConnsPerIP applies: they all come from 127.0.0.1). It
// prints the process's peak RSS and heap. Run with
//
//	QUIRE_STALL_FIGURE=1 go test ./dac/disperser -run TestStalledUploadMemory -v
func TestStalledUploadMemory(t *testing.T) {
	if os.Getenv("QUIRE_STALL_FIGURE") == "" {
		t.Skip("set QUIRE_STALL_FIGURE=1 for the stalled-upload memory figure (about a minute)")
	}
	const (
		n        = 100
		announce = 32_000_000
		send     = 30_000_000
	)
	_, addr := serveFake(t, func(c *disperser.Config) {
		c.MaxBlobSize = announce
	})
	payload := make([]byte, 1<<20)
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		counts = map[string]int{}
	)
	var peakHeap uint64
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peakHeap = max(peakHeap, ms.HeapInuse)
		}
	}()
	start := time.Now()
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, ra, err := stalledUpload(addr, announce, send, payload, 120*time.Second)
			k := strconv.Itoa(s)
			if ra != "" {
				k += " Retry-After"
			}
			if err != nil {
				k = "error: " + err.Error()
			}
			mu.Lock()
			counts[k]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(stop)
	rss := procStatus(t, "VmHWM")
	t.Logf("%d stalled uploads of %d/%d bytes answered in %s: %v", n, send, announce, time.Since(start).Round(time.Millisecond), counts)
	t.Logf("peak RSS (VmHWM) %s, peak heap in use %.1f MiB", rss, float64(peakHeap)/(1<<20))
	for k := range counts {
		if strings.HasPrefix(k, "error") || (k != "408" && !strings.HasSuffix(k, "Retry-After")) {
			t.Errorf("answers %v: want only 408 or 429 with Retry-After", counts)
			break
		}
	}
}

func procStatus(t *testing.T, field string) string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, field+":") {
			return strings.TrimSpace(strings.TrimPrefix(l, field+":"))
		}
	}
	return "unknown"
}
