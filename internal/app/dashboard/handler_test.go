package dashboard

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestHandlerJSON(t *testing.T) {
	src := newFakeSource(5)
	d := src.addBlob(1, 2, 30, 0)
	h := Handler(src)

	tests := []struct {
		name   string
		method string
		path   string
		status int
		code   string         // error code, when status is not 200
		check  func(b []byte) // on 200
	}{
		{name: "state", method: "GET", path: "/api/state", status: 200, check: func(b []byte) {
			var st State
			mustUnmarshal(t, b, &st)
			if len(st.Members) != 5 || len(st.Blobs) != 1 || st.Blobs[0].ID != d.ID || st.Threshold != 4 {
				t.Errorf("state: %d members, %d blobs, threshold %d", len(st.Members), len(st.Blobs), st.Threshold)
			}
			for _, key := range []string{`"chain_id":1337`, `"peer_id":`, `"hot_bytes":`, `"header_hash":`, `"l1":{"hash":`} {
				if !strings.Contains(string(b), key) {
					t.Errorf("state JSON lacks %s", key)
				}
			}
		}},
		{name: "blob", method: "GET", path: "/api/blobs/" + d.ID, status: 200, check: func(b []byte) {
			var got BlobDetail
			mustUnmarshal(t, b, &got)
			if got.ID != d.ID || got.Rows != 4 || got.Cols != 128 || len(got.Custody) != 128 || len(got.Samples) != 30 {
				t.Errorf("blob: id %s rows %d cols %d custody %d samples %d", got.ID, got.Rows, got.Cols, len(got.Custody), len(got.Samples))
			}
		}},
		{name: "blob upper case without 0x", method: "GET", path: "/api/blobs/" + strings.ToUpper(d.ID[2:]), status: 200},
		{name: "head state", method: "HEAD", path: "/api/state", status: 200},
		{name: "unknown blob", method: "GET", path: "/api/blobs/0x" + strings.Repeat("ab", 32), status: 404, code: CodeNotFound},
		{name: "short blob ID", method: "GET", path: "/api/blobs/0x1234", status: 400, code: CodeMalformed},
		{name: "non-hex blob ID", method: "GET", path: "/api/blobs/0x" + strings.Repeat("zz", 32), status: 400, code: CodeMalformed},
		{name: "unknown API path", method: "GET", path: "/api/nope", status: 404, code: CodeNotFound},
		{name: "post state", method: "POST", path: "/api/state", status: 405, code: CodeMethod},
		{name: "delete blob", method: "DELETE", path: "/api/blobs/" + d.ID, status: 405, code: CodeMethod},
		{name: "post page", method: "POST", path: "/", status: 405, code: CodeMethod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d; body %s", rec.Code, tt.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if tt.code != "" {
				var e Error
				mustUnmarshal(t, rec.Body.Bytes(), &e)
				if e.Code != tt.code || e.Message == "" {
					t.Errorf("error %+v, want code %s", e, tt.code)
				}
				return
			}
			if tt.check != nil {
				tt.check(rec.Body.Bytes())
			}
		})
	}
}

// TestHandlerRollup: a source with a rollup puts its heads and batches in
// /api/state; one without leaves the field out (the page hides the panel).
func TestHandlerRollup(t *testing.T) {
	src := newFakeSource(4)
	h := Handler(src)
	get := func() string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/state", nil))
		return rec.Body.String()
	}
	if strings.Contains(get(), `"rollup"`) {
		t.Fatal("rollup in the state of a devnet without one")
	}
	src.mu.Lock()
	src.state.Rollup = &Rollup{ChainID: 29045, Unsafe: 12, Safe: 10, Derived: 10, QueueItems: 3,
		Batches: []RollupBatch{{Index: 2, BlobID: "0xab", LastBlock: 10, Faults: 1}}}
	src.mu.Unlock()
	var st State
	mustUnmarshal(t, []byte(get()), &st)
	if st.Rollup == nil || st.Rollup.Unsafe != 12 || st.Rollup.Safe != 10 || len(st.Rollup.Batches) != 1 || st.Rollup.Batches[0].BlobID != "0xab" {
		t.Fatalf("rollup state %+v", st.Rollup)
	}
}

func TestHandlerSourceError(t *testing.T) {
	src := newFakeSource(4)
	src.err = errors.New("l1 unreachable")
	rec := httptest.NewRecorder()
	Handler(src).ServeHTTP(rec, httptest.NewRequest("GET", "/api/state", nil))
	var e Error
	mustUnmarshal(t, rec.Body.Bytes(), &e)
	if rec.Code != 500 || e.Code != CodeInternal || !strings.Contains(e.Message, "l1 unreachable") {
		t.Fatalf("status %d, error %+v", rec.Code, e)
	}
}

// TestHandlerAssets checks that the page and its assets are served from the
// embedded tree and reference nothing outside this server.
func TestHandlerAssets(t *testing.T) {
	h := Handler(newFakeSource(4))
	external := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|url\(`)
	tests := []struct {
		path, ctype string
		contains    []string
	}{
		{"/", "text/html", []string{`<canvas id="square"`, `src="app.js"`, `href="style.css"`, `id="rollup-batches"`}},
		{"/app.js", "text/javascript", []string{`new EventSource("/api/events")`, `dataset.ready = "1"`, `function renderRollup()`}},
		{"/style.css", "text/css", []string{"--cell-data"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tt.ctype)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			body := rec.Body.String()
			for _, s := range tt.contains {
				if !strings.Contains(body, s) {
					t.Errorf("lacks %q", s)
				}
			}
			if m := external.FindString(body); m != "" {
				t.Errorf("references something outside the server: %q", m)
			}
		})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/nope.js", nil))
	if rec.Code != 404 {
		t.Errorf("unknown asset: status %d", rec.Code)
	}
}

// sseClient connects to the events endpoint and delivers its lines.
type sseClient struct {
	lines  chan string
	cancel context.CancelFunc
}

func dialEvents(t *testing.T, url string) *sseClient {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", url+"/api/events", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/event-stream" {
		cancel()
		t.Fatalf("status %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	c := &sseClient{lines: make(chan string, 1024), cancel: cancel}
	go func() {
		defer close(c.lines)
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
	}()
	t.Cleanup(cancel)
	return c
}

// next returns the next line that starts with prefix, failing after d.
func (c *sseClient) next(t *testing.T, prefix string, d time.Duration) string {
	t.Helper()
	timeout := time.After(d)
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				t.Fatalf("stream ended waiting for %q", prefix)
			}
			if strings.HasPrefix(l, prefix) {
				return l
			}
		case <-timeout:
			t.Fatalf("no %q line in %v", prefix, d)
		}
	}
}

// count counts the lines starting with prefix that arrive within d.
func (c *sseClient) count(prefix string, d time.Duration) int {
	n := 0
	timeout := time.After(d)
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				return n
			}
			if strings.HasPrefix(l, prefix) {
				n++
			}
		case <-timeout:
			return n
		}
	}
}

// trackedServer serves h and counts the event-stream handlers running.
func trackedServer(t *testing.T, h http.Handler) (*httptest.Server, *atomic.Int32) {
	var running atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/events" {
			running.Add(1)
			defer running.Add(-1)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &running
}

func TestEventsUpdate(t *testing.T) {
	src := newFakeSource(4)
	srv, _ := trackedServer(t, newHandler(src, time.Hour, 20*time.Millisecond))
	c := dialEvents(t, srv.URL)
	c.next(t, "retry:", 5*time.Second)
	c.next(t, ": connected", 5*time.Second)

	src.addBlob(1, 1, 4, 0)
	c.next(t, "event: update", 5*time.Second)
	if l := c.next(t, "data:", time.Second); l != `data: {"seq":1}` {
		t.Errorf("data line %q", l)
	}
	// A change after the client has seen the update gets its own event.
	time.Sleep(30 * time.Millisecond)
	src.fire()
	c.next(t, "event: update", 5*time.Second)
	if l := c.next(t, "data:", time.Second); l != `data: {"seq":2}` {
		t.Errorf("data line %q", l)
	}
}

func TestEventsCoalesce(t *testing.T) {
	src := newFakeSource(4)
	const interval = 200 * time.Millisecond
	srv, _ := trackedServer(t, newHandler(src, time.Hour, interval))
	c := dialEvents(t, srv.URL)
	c.next(t, ": connected", 5*time.Second)

	// 50 changes within about 50 ms: the first goes out at once, the rest
	// collapse into one update when the interval has passed.
	start := time.Now()
	for range 50 {
		src.fire()
		time.Sleep(time.Millisecond)
	}
	spent := time.Since(start)
	n := c.count("event: update", 3*interval)
	if spent < interval && n != 2 {
		t.Errorf("%d updates for 50 changes in %v, want 2", n, spent)
	}
	if n < 1 || n > 1+int(spent/interval)+1 {
		t.Errorf("%d updates for 50 changes in %v", n, spent)
	}
	// And nothing more after the burst.
	if n := c.count("event: update", 2*interval); n != 0 {
		t.Errorf("%d updates after the burst", n)
	}
}

func TestEventsHeartbeat(t *testing.T) {
	src := newFakeSource(4)
	srv, _ := trackedServer(t, newHandler(src, 30*time.Millisecond, time.Millisecond))
	c := dialEvents(t, srv.URL)
	c.next(t, ": connected", 5*time.Second)
	c.next(t, ": heartbeat", 5*time.Second)
	c.next(t, ": heartbeat", 5*time.Second)
}

// TestEventsClientLeaves checks that the stream's handler returns when its
// client goes away, with or without changes pending.
func TestEventsClientLeaves(t *testing.T) {
	src := newFakeSource(4)
	srv, running := trackedServer(t, newHandler(src, time.Hour, 50*time.Millisecond))
	var clients []*sseClient
	for range 3 {
		c := dialEvents(t, srv.URL)
		c.next(t, ": connected", 5*time.Second)
		clients = append(clients, c)
	}
	if n := running.Load(); n != 3 {
		t.Fatalf("%d streams running, want 3", n)
	}
	src.fire()
	src.fire() // the second waits for its slot in each stream
	for _, c := range clients {
		c.cancel()
	}
	deadline := time.Now().Add(5 * time.Second)
	for running.Load() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d stream handlers still running 5 s after their clients left", running.Load())
		}
		time.Sleep(5 * time.Millisecond)
	}
	// Changes with nobody listening are harmless.
	src.fire()
}

func TestEventsHead(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler(newFakeSource(4)).ServeHTTP(rec, httptest.NewRequest("HEAD", "/api/events", nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/event-stream" || rec.Body.Len() != 0 {
		t.Fatalf("status %d, Content-Type %q, %d body bytes", rec.Code, rec.Header().Get("Content-Type"), rec.Body.Len())
	}
}

func TestNormalizeID(t *testing.T) {
	hex := strings.Repeat("0123456789abcdef", 4)
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"0x" + hex, "0x" + hex, true},
		{hex, "0x" + hex, true},
		{"0X" + strings.ToUpper(hex), "0x" + hex, true},
		{"0x" + hex[:63], "", false},
		{"0x" + hex + "00", "", false},
		{"0x" + hex[:63] + "g", "", false},
		{"", "", false},
		{"0x", "", false},
	}
	for _, tt := range tests {
		got, err := normalizeID(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("normalizeID(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func mustUnmarshal(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%v in %s", err, b)
	}
}

// closedSource is a Source whose Changed channel is always closed: a
// source that forgets to replace it. The stream must still send at most one
// update per interval, not spin.
type closedSource struct{ *fakeSource }

func (closedSource) Changed() <-chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

func TestEventsClosedChannelBounded(t *testing.T) {
	const interval = 50 * time.Millisecond
	srv, _ := trackedServer(t, newHandler(closedSource{newFakeSource(4)}, time.Hour, interval))
	c := dialEvents(t, srv.URL)
	c.next(t, ": connected", 5*time.Second)
	const window = 500 * time.Millisecond
	n := c.count("event: update", window)
	if max := int(window/interval) + 2; n < 2 || n > max {
		t.Errorf("%d updates in %v, want 2 to %d", n, window, max)
	}
}
