package disperser

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/internal/version"
)

// Handler returns the HTTP API:
//
//	POST /v1/blobs[?l1=off|async|wait]  raw body -> api.PutResult
//	GET  /v1/blobs/{id}                 the blob's bytes
//	GET  /v1/blobs/{id}/status          api.BlobStatus
//	GET  /v1/blobs/{id}/certificate     api.CertificateResult
//	POST /put, /put/                    OP Stack Alt-DA: raw body -> commitment bytes
//	POST /put/{commitment}              Alt-DA: raw body, commitment given (must match)
//	GET  /get/{commitment}              Alt-DA: the bytes (404 when no custodian has them)
//	GET  /metrics, /healthz, /health    (/health is /healthz under the name OP Stack tooling probes)
//
// Errors are api.Error JSON bodies with the status of their code, except
// on the Alt-DA put routes, where every outcome that leaves no certificate
// now but may give one later is 503 (see altDAStatus).
func (d *Disperser) Handler() http.Handler {
	mux := http.NewServeMux()
	reg := d.registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	var paths []string
	for _, rt := range d.routes(promhttp.HandlerFor(reg, promhttp.HandlerOpts{})) {
		path := rt.path
		if path == "" {
			path = rt.pattern
		}
		var h http.Handler = rt.handler
		if rt.instrument {
			h = d.instrument(path, rt.handler)
		}
		mux.Handle(rt.method+" "+rt.pattern, h)
		if !slices.Contains(paths, path) {
			paths = append(paths, path)
		}
	}
	// The same paths with other methods, and everything else, get JSON
	// errors rather than the mux's plain-text ones.
	for _, p := range paths {
		mux.Handle(p, d.instrument(p, func(w http.ResponseWriter, r *http.Request) {
			writeError(w, &api.Error{Code: api.CodeMethod, Message: r.Method + " is not allowed on " + r.URL.Path})
		}))
	}
	mux.Handle("/", d.instrument("other", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, &api.Error{Code: api.CodeNotFound, Message: "no route " + r.URL.Path})
	}))
	return mux
}

// route is one endpoint of the HTTP API. The table in routes is the only
// place a path is written: it registers the handler under method and
// pattern, labels its metrics with path, and answers other methods on
// path with CodeMethod.
type route struct {
	method  string
	pattern string // a net/http path pattern
	path    string // the metrics label and the path of the 405 answer; "" means pattern
	handler http.HandlerFunc
	// instrument counts the route's requests by status (all but
	// /metrics, which promhttp instruments itself).
	instrument bool
}

// routes is the API's table (see Handler); metrics serves /metrics.
func (d *Disperser) routes(metrics http.Handler) []route {
	return []route{
		{"POST", "/v1/blobs", "", d.handlePut, true},
		{"GET", "/v1/blobs/{id}", "", d.handleGet, true},
		{"GET", "/v1/blobs/{id}/status", "", d.handleStatus, true},
		{"GET", "/v1/blobs/{id}/certificate", "", d.handleCertificate, true},
		{"POST", "/put", "", d.handleAltPut, true},
		{"POST", "/put/{$}", "/put", d.handleAltPut, true},
		{"POST", "/put/{commitment}", "", d.handleAltPut, true},
		{"GET", "/get/{commitment}", "", d.handleAltGet, true},
		{"GET", "/healthz", "", d.handleHealth, true},
		{"GET", "/health", "", d.handleHealth, true},
		{"GET", "/metrics", "", metrics.ServeHTTP, false},
	}
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection (the body
// deadlines of admit.go).
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (d *Disperser) instrument(route string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		start := time.Now()
		h(sw, r)
		d.metrics.requestSecs.WithLabelValues(route).Observe(time.Since(start).Seconds())
		d.metrics.requests.WithLabelValues(route, strconv.Itoa(sw.status)).Inc()
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set(api.ContentType, api.MediaJSON)
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, e *api.Error) {
	switch e.Code.Status() {
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		ra := retryAfter
		if e.RetryAfter > 0 {
			ra = e.RetryAfter
		}
		w.Header().Set("Retry-After", strconv.Itoa(ra))
	case http.StatusRequestTimeout:
		w.Header().Set("Connection", "close")
	}
	writeJSON(w, e.Code.Status(), e)
}

func (d *Disperser) handlePut(w http.ResponseWriter, r *http.Request) {
	var o PutOptions
	if v := r.URL.Query().Get(api.QueryL1); v != "" {
		m, err := api.ParseL1Mode(v)
		if err != nil {
			writeError(w, &api.Error{Code: api.CodeMalformed, Message: err.Error()})
			return
		}
		o.L1 = m
	}
	data, release, err := d.admitBody(w, r)
	if err != nil {
		writeError(w, apiError(err))
		return
	}
	defer release()
	res, err := d.Put(r.Context(), data, o)
	if err != nil {
		writeError(w, apiError(err))
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func parseID(w http.ResponseWriter, r *http.Request) (dac.BlobID, bool) {
	id, err := dac.ParseBlobID(r.PathValue("id"))
	if err != nil {
		writeError(w, &api.Error{Code: api.CodeMalformed, Message: "blob id: " + err.Error()})
		return id, false
	}
	return id, true
}

func (d *Disperser) handleGet(w http.ResponseWriter, r *http.Request) {
	id, ok := parseID(w, r)
	if !ok {
		return
	}
	d.serveBlob(w, r, id)
}

func (d *Disperser) serveBlob(w http.ResponseWriter, r *http.Request, id dac.BlobID) {
	data, err := d.guardedGet(r, id)
	if err != nil {
		writeError(w, apiError(err))
		return
	}
	d.writeBody(w, data)
}

func (d *Disperser) handleStatus(w http.ResponseWriter, r *http.Request) {
	id, ok := parseID(w, r)
	if !ok {
		return
	}
	s, err := d.Status(id)
	if err != nil {
		writeError(w, apiError(err))
		return
	}
	writeJSON(w, http.StatusOK, s)
}

func (d *Disperser) handleCertificate(w http.ResponseWriter, r *http.Request) {
	id, ok := parseID(w, r)
	if !ok {
		return
	}
	c, err := d.Certificate(id)
	if err != nil {
		writeError(w, apiError(err))
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// handleAltPut serves the OP Stack Alt-DA put routes: the body is
// dispersed as a blob; /put answers the commitment's raw bytes (what
// op-batcher's DA client decodes), /put/{commitment} checks that the given
// commitment names the blob the bytes make and answers 200 with no body.
// Every outcome that leaves no certificate now (no quorum, the deadline
// passed, the queue or upload budget full, the committee unreadable) is
// 503, the one status on which op-batcher falls back to L1 calldata or
// blobs (altDAStatus).
func (d *Disperser) handleAltPut(w http.ResponseWriter, r *http.Request) {
	var want *api.Commitment
	if s := r.PathValue("commitment"); s != "" {
		c, err := api.ParseCommitmentHex(s)
		if err != nil {
			writeAltDAError(w, apiError(err))
			return
		}
		want = &c
	}
	data, release, err := d.admitBody(w, r)
	if err != nil {
		writeAltDAError(w, apiError(err))
		return
	}
	defer release()
	res, err := d.Put(r.Context(), data, PutOptions{})
	if err != nil {
		writeAltDAError(w, apiError(err))
		return
	}
	if want != nil {
		if want.Blob != res.BlobID {
			writeError(w, &api.Error{Code: api.CodeMalformed,
				Message: fmt.Sprintf("commitment names blob %s, the body is blob %s", want.Blob, res.BlobID)})
			return
		}
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set(api.ContentType, api.MediaBinary)
	w.WriteHeader(http.StatusOK)
	w.Write(res.Commitment)
}

// handleAltGet serves GET /get/{commitment}: the blob's bytes, 404 when no
// custodian holds it, 400 for a commitment that is not quire's.
func (d *Disperser) handleAltGet(w http.ResponseWriter, r *http.Request) {
	c, err := api.ParseCommitmentHex(r.PathValue("commitment"))
	if err != nil {
		writeError(w, apiError(err))
		return
	}
	d.serveBlob(w, r, c.Blob)
}

func (d *Disperser) handleHealth(w http.ResponseWriter, r *http.Request) {
	b := version.Get()
	h := api.Health{Status: "ok", PeerID: d.PeerID().String(), Queue: int(d.queued.Load()), InFlight: int(d.running.Load()),
		Version: b.Version, Commit: b.Commit, GoVersion: b.GoVersion}
	code := http.StatusOK
	if d.closed.Load() {
		h.Status, code = ErrClosed.Error(), http.StatusServiceUnavailable
	} else if c, err := d.committee(r.Context()); err != nil {
		h.Status, code = "committee unavailable: "+err.Error(), http.StatusServiceUnavailable
	} else {
		h.Epoch, h.Members, h.Threshold = c.Epoch, len(c.Members), c.Threshold
	}
	writeJSON(w, code, h)
}
