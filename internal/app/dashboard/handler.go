package dashboard

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"strings"
	"time"
)

// The codes of error responses. They are stable: clients may switch on them.
const (
	CodeNotFound  = "not_found"          // unknown blob or API path (404)
	CodeMalformed = "malformed"          // a malformed blob ID (400)
	CodeMethod    = "method_not_allowed" // anything but GET or HEAD (405)
	CodeInternal  = "internal"           // the Source failed (500)
)

// Error is the body of every error response.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// The event stream's timing. An update is sent at most once per
// updateInterval however often the Source changes; a heartbeat comment keeps
// proxies and the browser from closing an idle stream.
const (
	defaultHeartbeat      = 15 * time.Second
	defaultUpdateInterval = 250 * time.Millisecond
	// sourceTimeout bounds one State or Blob call.
	sourceTimeout = 10 * time.Second
	// writeTimeout bounds one write to an event stream, so a client that
	// stops reading cannot hold the handler forever.
	writeTimeout = 10 * time.Second
	// retryMillis is the reconnection delay the stream asks EventSource for.
	retryMillis = 2000
)

//go:embed web
var webFS embed.FS

// contentSecurityPolicy forbids every load from elsewhere than this server:
// the page works offline and a stray CDN reference fails loudly.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

type handler struct {
	src            Source
	heartbeat      time.Duration
	updateInterval time.Duration
	mux            *http.ServeMux
}

// Handler serves the embedded single-page app at / and the JSON API:
//
//	GET /api/state       -> State
//	GET /api/blobs/{id}  -> BlobDetail (404 JSON error when unknown)
//	GET /api/events      -> text/event-stream; one "event: update" per change
//	                        (coalesced, at most 4/s) and a comment heartbeat
//	                        every 15 s
//
// Blob IDs are 32-byte hex, with or without 0x; the Source sees them
// lower-case with the 0x prefix. Errors are JSON [Error] bodies.
func Handler(src Source) http.Handler {
	return newHandler(src, defaultHeartbeat, defaultUpdateInterval)
}

func newHandler(src Source, heartbeat, updateInterval time.Duration) *handler {
	h := &handler{src: src, heartbeat: heartbeat, updateInterval: updateInterval, mux: http.NewServeMux()}
	web, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(web)
	h.mux.HandleFunc("/api/state", h.state)
	h.mux.HandleFunc("/api/blobs/{id}", h.blob)
	h.mux.HandleFunc("/api/events", h.events)
	h.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, CodeNotFound, "no such API path: "+r.URL.Path)
	})
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if !allowRead(w, r) {
			return
		}
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// allowRead answers 405 to anything but GET and HEAD and reports whether the
// request may go on.
func allowRead(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	writeError(w, http.StatusMethodNotAllowed, CodeMethod, r.Method+" is not allowed; use GET")
	return false
}

func (h *handler) state(w http.ResponseWriter, r *http.Request) {
	if !allowRead(w, r) {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), sourceTimeout)
	defer cancel()
	st, err := h.src.State(ctx)
	if err != nil {
		writeSourceError(w, r, fmt.Errorf("state: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (h *handler) blob(w http.ResponseWriter, r *http.Request) {
	if !allowRead(w, r) {
		return
	}
	id, err := normalizeID(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeMalformed, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), sourceTimeout)
	defer cancel()
	d, err := h.src.Blob(ctx, id)
	if err != nil {
		writeSourceError(w, r, fmt.Errorf("blob %s: %w", id, err))
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// normalizeID checks that s is 32 bytes of hex, with or without 0x, and
// returns it lower-case with 0x.
func normalizeID(s string) (string, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 64 {
		return "", fmt.Errorf("blob ID %q: want 64 hex digits, got %d", truncate(s, 80), len(h))
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return "", fmt.Errorf("blob ID %q: %q is not a hex digit", truncate(s, 80), c)
		}
	}
	return "0x" + strings.ToLower(h), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// events streams one "update" event per change of the Source, coalesced to
// at most one per updateInterval, with heartbeat comments in between. It
// returns when the client goes away or a write fails.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	if !allowRead(w, r) {
		return
	}
	rc := http.NewResponseController(w)
	hdr := w.Header()
	hdr.Set("Content-Type", "text/event-stream")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	ctx := r.Context()
	write := func(s string) bool {
		// A ResponseWriter without deadlines (httptest's recorder, some
		// middleware) still streams; the deadline is a safeguard only.
		_ = rc.SetWriteDeadline(time.Now().Add(writeTimeout))
		if _, err := io.WriteString(w, s); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	// Subscribe before the first write, so a change that happens while the
	// client reads the state it fetched on "open" is not lost.
	changed := h.src.Changed()
	if !write(fmt.Sprintf("retry: %d\n: connected\n\n", retryMillis)) {
		return
	}

	heartbeat := time.NewTicker(h.heartbeat)
	defer heartbeat.Stop()
	var (
		seq     uint64
		last    time.Time   // when the last update went out
		pending *time.Timer // set while an update waits for its slot
		due     <-chan time.Time
	)
	defer func() {
		if pending != nil {
			pending.Stop()
		}
	}()
	send := func() bool {
		// Resubscribe before telling the client, so a change made after
		// the client's refetch starts fires the next update.
		changed = h.src.Changed()
		seq++
		last = time.Now()
		return write(fmt.Sprintf("event: update\nid: %d\ndata: {\"seq\":%d}\n\n", seq, seq))
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-changed:
			if wait := h.updateInterval - time.Since(last); wait > 0 {
				// Too soon after the last update: wait for the slot, and
				// stop listening meanwhile (every change until then is
				// covered by the one update the slot sends).
				changed = nil
				pending = time.NewTimer(wait)
				due = pending.C
				continue
			}
			if !send() {
				return
			}
		case <-due:
			pending, due = nil, nil
			if !send() {
				return
			}
		case <-heartbeat.C:
			if !write(": heartbeat\n\n") {
				return
			}
		}
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, "encoding the answer: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	b, _ := json.Marshal(&Error{Code: code, Message: msg}) // two strings cannot fail
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// writeSourceError answers a failed Source call: 404 for ErrNotFound,
// nothing when the client has already gone, 500 otherwise.
func writeSourceError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, CodeNotFound, err.Error())
	case r.Context().Err() != nil:
		// The client left; nobody reads an answer.
	default:
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
	}
}
