package disperser_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// specPath is the published OpenAPI description of the handler.
const specPath = "../../docs/openapi.yaml"

// loadSpec loads and validates docs/openapi.yaml (examples included).
func loadSpec(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromFile(specPath)
	if err != nil {
		t.Fatalf("loading %s: %v", specPath, err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("%s is not a valid OpenAPI document: %v", specPath, err)
	}
	return doc
}

// specPattern turns a net/http pattern path into an OpenAPI path template
// ("/put/{$}" is "/put/").
func specPattern(p string) string { return strings.TrimSuffix(p, "{$}") }

// TestOpenAPIRoutes: the routes the handler registers and the operations
// docs/openapi.yaml declares are the same set, and the spec's error codes
// are api.Codes() with the statuses Code.Status gives them.
func TestOpenAPIRoutes(t *testing.T) {
	doc := loadSpec(t)
	registered := map[string]bool{}
	for _, r := range disperser.Routes() {
		method, pattern, _ := strings.Cut(r, " ")
		key := method + " " + specPattern(pattern)
		registered[key] = true
		item := doc.Paths.Value(specPattern(pattern))
		if item == nil || item.GetOperation(method) == nil {
			t.Errorf("the handler serves %s (pattern %q) but %s does not declare it", key, pattern, specPath)
		}
	}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			if !registered[method+" "+path] {
				t.Errorf("%s declares %s %s but the handler does not serve it", specPath, method, path)
			}
		}
	}

	// Error codes: the enum is exactly api.Codes().
	enum := doc.Components.Schemas["Code"].Value.Enum
	var inSpec, inCode []string
	for _, v := range enum {
		inSpec = append(inSpec, v.(string))
	}
	for _, c := range api.Codes() {
		inCode = append(inCode, string(c))
	}
	sort.Strings(inSpec)
	sort.Strings(inCode)
	if !slices.Equal(inSpec, inCode) {
		t.Errorf("error codes: spec %v, api.Codes() %v", inSpec, inCode)
	}
	// Each code's /v1 status is listed on the Code schema's description.
	desc := doc.Components.Schemas["Code"].Value.Description
	for _, c := range api.Codes() {
		if !strings.Contains(desc, fmt.Sprintf("%s %d", c, c.Status())) {
			t.Errorf("the Code schema does not say %s travels with %d", c, c.Status())
		}
	}
}

// oaTransport is the disperser's transport with faults switched on by
// the test: failDisperse refuses every dispersal at once, holdDisperse
// holds it until its deadline, failFetch refuses every read and
// holdFetch holds it until its deadline.
type oaTransport struct {
	disperser.Transport
	failDisperse, holdDisperse, failFetch, holdFetch atomic.Bool
}

var errOAFault = errors.New("test fault")

func (o *oaTransport) Disperse(ctx context.Context, m *p2p.Member, h *dac.Header, cols []*wire.Column, shard *wire.ArchiveShard) (*wire.Attestation, error) {
	if o.failDisperse.Load() {
		return nil, errOAFault
	}
	if o.holdDisperse.Load() {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return o.Transport.Disperse(ctx, m, h, cols, shard)
}

func (o *oaTransport) FetchCells(ctx context.Context, m *p2p.Member, req *wire.CellsRequest) (*dac.Header, []wire.CellItem, error) {
	if o.failFetch.Load() {
		return nil, nil, errOAFault
	}
	if o.holdFetch.Load() {
		<-ctx.Done()
		return nil, nil, ctx.Err()
	}
	return o.Transport.FetchCells(ctx, m, req)
}

func (o *oaTransport) FetchShard(ctx context.Context, m *p2p.Member, id dac.BlobID) (*dac.Header, *wire.ArchiveShard, error) {
	if o.failFetch.Load() {
		return nil, nil, errOAFault
	}
	if o.holdFetch.Load() {
		<-ctx.Done()
		return nil, nil, ctx.Err()
	}
	return o.Transport.FetchShard(ctx, m, id)
}

// oaSource is a committee source that fails while fail is set.
type oaSource struct {
	disperser.CommitteeSource
	fail atomic.Bool
}

func (o *oaSource) Committee(ctx context.Context) (*p2p.Committee, error) {
	if o.fail.Load() {
		return nil, errOAFault
	}
	return o.CommitteeSource.Committee(ctx)
}

// oaChecker validates responses against the spec and records which
// operation and status each one exercised.
type oaChecker struct {
	t    *testing.T
	doc  *openapi3.T
	base string
	hc   *http.Client

	mu   sync.Mutex
	seen map[string]bool // "METHOD /path/template STATUS"
}

// findRoute matches method and path against the spec's path templates (a
// parameter is one non-empty segment).
func (c *oaChecker) findRoute(method, path string) (*routers.Route, map[string]string) {
	for tmpl, item := range c.doc.Paths.Map() {
		var names []string
		re := "^"
		rest := tmpl
		for {
			i := strings.IndexByte(rest, '{')
			if i < 0 {
				re += regexp.QuoteMeta(rest)
				break
			}
			j := strings.IndexByte(rest, '}')
			re += regexp.QuoteMeta(rest[:i]) + "([^/]+)"
			names = append(names, rest[i+1:j])
			rest = rest[j+1:]
		}
		m := regexp.MustCompile(re + "$").FindStringSubmatch(path)
		if m == nil {
			continue
		}
		op := item.GetOperation(method)
		if op == nil {
			return nil, nil
		}
		params := map[string]string{}
		for i, n := range names {
			params[n] = m[i+1]
		}
		return &routers.Route{Spec: c.doc, Path: tmpl, PathItem: item, Method: method, Operation: op}, params
	}
	return nil, nil
}

// validate checks resp (body already read) to req against the spec: the
// operation exists, the status is declared for it, its required headers
// are present and valid, and the body matches the declared media type
// and schema.
func (c *oaChecker) validate(name string, req *http.Request, resp *http.Response, body []byte) {
	c.t.Helper()
	route, params := c.findRoute(req.Method, req.URL.Path)
	if route == nil {
		c.t.Errorf("%s: %s %s is not declared in %s", name, req.Method, req.URL.Path, specPath)
		return
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 resp.StatusCode,
		Header:                 resp.Header,
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	in.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		c.t.Errorf("%s: %s %s answered %d %q: %v", name, req.Method, req.URL.Path, resp.StatusCode, oaAbbrev(body), err)
		return
	}
	c.mu.Lock()
	c.seen[fmt.Sprintf("%s %s %d", req.Method, route.Path, resp.StatusCode)] = true
	c.mu.Unlock()
}

// validateComponent checks a response that no operation declares (405 on
// a path of the API, 404 off it) against the named component response.
func (c *oaChecker) validateComponent(name, component string, resp *http.Response, body []byte) {
	c.t.Helper()
	ref := c.doc.Components.Responses[component]
	if ref == nil {
		c.t.Fatalf("%s: no components.responses.%s", name, component)
	}
	mt := ref.Value.Content.Get(resp.Header.Get(api.ContentType))
	if mt == nil {
		c.t.Errorf("%s: Content-Type %q is not what %s declares", name, resp.Header.Get(api.ContentType), component)
		return
	}
	v, err := decodeJSON(body)
	if err == nil {
		err = mt.Schema.Value.VisitJSON(v, openapi3.VisitAsResponse(), openapi3.MultiErrors())
	}
	if err != nil {
		c.t.Errorf("%s: %d %q does not match %s: %v", name, resp.StatusCode, oaAbbrev(body), component, err)
	}
}

func oaJSON(b []byte) *json.Decoder { return json.NewDecoder(bytes.NewReader(b)) }

func decodeJSON(b []byte) (any, error) {
	var v any
	d := oaJSON(b)
	return v, d.Decode(&v)
}

// do sends a request, checks the status the test expects and validates
// the answer against the spec; it returns the body.
func (c *oaChecker) do(name, method, path string, hdr http.Header, body []byte, want int) []byte {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	addHeaders(req.Header, hdr)
	resp, err := c.hc.Do(req)
	if err != nil {
		c.t.Errorf("%s: %v", name, err)
		return nil
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Errorf("%s: reading the body: %v", name, err)
		return nil
	}
	if resp.StatusCode != want {
		c.t.Errorf("%s: %s %s answered %d %q, the test wants %d", name, method, path, resp.StatusCode, oaAbbrev(b), want)
	}
	c.validate(name, req, resp, b)
	return b
}

func addHeaders(dst, src http.Header) {
	for k, vs := range src {
		for _, v := range vs {
			dst.Add(k, v)
		}
	}
}

func oaAbbrev(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

func oaBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// code returns the code of an error body ("" when it is not one).
func oaCode(b []byte) api.Code {
	var e api.Error
	if oaJSON(b).Decode(&e) != nil {
		return ""
	}
	return e.Code
}

// stallUpload opens a connection, sends the head of an upload of size
// bytes and 10 bytes of its body, and stalls; the returned function
// reads the disperser's answer (once the rate deadline cut it).
func stallUpload(t *testing.T, base, path, key string, size int) (*http.Request, func() (*http.Response, []byte)) {
	t.Helper()
	u, _ := url.Parse(base + path)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	req, _ := http.NewRequest(http.MethodPost, base+path, nil)
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nX-API-Key: %s\r\nContent-Length: %d\r\n\r\n", path, u.Host, key, size)
	conn.Write(make([]byte, 10))
	return req, func() (*http.Response, []byte) {
		conn.SetReadDeadline(time.Now().Add(time.Minute))
		return readRaw(t, conn, req)
	}
}

// shortUpload sends an upload whose body ends (the client closes its
// side) before its Content-Length; the returned function reads the
// disperser's answer.
func shortUpload(t *testing.T, base, path, key string) (*http.Request, func() (*http.Response, []byte)) {
	t.Helper()
	u, _ := url.Parse(base + path)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	req, _ := http.NewRequest(http.MethodPost, base+path, nil)
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nX-API-Key: %s\r\nContent-Length: 1000\r\n\r\n", path, u.Host, key)
	conn.Write(make([]byte, 10))
	conn.(*net.TCPConn).CloseWrite()
	return req, func() (*http.Response, []byte) { return readRaw(t, conn, req) }
}

// readRaw reads the answer to req from conn. ReadResponse takes
// "Connection: close" out of the header (into resp.Close); it is put
// back, since the spec declares it.
func readRaw(t *testing.T, conn net.Conn, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, b, err := readRawErr(conn, req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	return resp, b
}

func readRawErr(conn net.Conn, req *http.Request) (*http.Response, []byte, error) {
	conn.SetReadDeadline(time.Now().Add(time.Minute))
	resp, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.Close && resp.Header.Get("Connection") == "" {
		resp.Header.Set("Connection", "close")
	}
	return resp, b, nil
}

// TestOpenAPI drives a real disperser with real committee members (and
// faults injected between them) through every route's success and every
// error it can be brought to answer, and validates each answer against
// docs/openapi.yaml: the operation and status are declared, the declared
// headers are present, the body matches the schema (which allows no
// undeclared field).
func TestOpenAPI(t *testing.T) {
	doc := loadSpec(t)
	token, sum, _ := disperser.NewAPIKey()
	tiny, tinySum, _ := disperser.NewAPIKey()
	const maxBlob = 8192
	tr := &oaTransport{}
	src := &oaSource{}
	e := dispersertest.New(t, dispersertest.Options{
		Members: 4, Threshold: 3,
		Config: func(c *disperser.Config) {
			c.MaxBlobSize = maxBlob
			c.MaxUploadBytes = 4 * maxBlob // four stalled uploads fill it
			c.MinClientRate = 10 << 20
			c.ClientGrace = p2p.Duration(3 * time.Second)
			c.DisperseTimeout = p2p.Duration(15 * time.Second)
			c.RetrieveTimeout = p2p.Duration(8 * time.Second)
			c.MaxConnsPerIP = 8
			c.MaxGetsPerIP = 2
			c.Auth = disperser.AuthConfig{Keys: []disperser.APIKey{
				{Name: "main", SHA256: sum},
				{Name: "tiny", SHA256: tinySum, BytesPerDay: 100},
			}}
		},
		WrapTransport: func(in disperser.Transport) disperser.Transport { tr.Transport = in; return tr },
		WrapSource:    func(in disperser.CommitteeSource) disperser.CommitteeSource { src.CommitteeSource = in; return src },
	})
	// Build the prover tables before the first dispersal's deadline runs.
	if _, err := e.KZG.Encode(nil); err != nil {
		t.Fatal(err)
	}
	c := &oaChecker{t: t, doc: doc, base: e.URL, seen: map[string]bool{},
		hc: &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{DisableKeepAlives: true}}}
	bearer := http.Header{"Authorization": {"Bearer " + token}}
	xkey := http.Header{"X-API-Key": {token}}

	// Health and metrics.
	c.do("healthz", "GET", "/healthz", nil, nil, 200)
	c.do("health", "GET", "/health", nil, nil, 200)
	c.do("metrics", "GET", "/metrics", nil, nil, 200)

	// /v1: put, duplicate, get, status, certificate.
	blob := oaBytes(t, 3000)
	var put api.PutResult
	if err := oaJSON(c.do("put", "POST", "/v1/blobs", bearer, blob, 200)).Decode(&put); err != nil {
		t.Fatalf("put: %v", err)
	}
	id := put.BlobID.String()
	c.do("put again (duplicate)", "POST", "/v1/blobs?l1=off", xkey, blob, 200)
	if got := c.do("get", "GET", "/v1/blobs/"+id, nil, nil, 200); !bytes.Equal(got, blob) {
		t.Errorf("get: %d bytes back, not the %d posted", len(got), len(blob))
	}
	c.do("status", "GET", "/v1/blobs/"+id+"/status", nil, nil, 200)
	c.do("certificate", "GET", "/v1/blobs/"+id+"/certificate", nil, nil, 200)

	// Alt-DA: put (both spellings), put under a commitment, get.
	alt := oaBytes(t, 2000)
	commit := c.do("alt-da put", "POST", "/put", xkey, alt, 200)
	cm, err := api.ParseCommitment(commit)
	if err != nil || len(commit) != api.CommitmentSize {
		t.Fatalf("alt-da put answered %x: %v", commit, err)
	}
	c.do("alt-da put/", "POST", "/put/", bearer, alt, 200)
	c.do("alt-da put with commitment", "POST", "/put/"+cm.String(), xkey, alt, 200)
	if got := c.do("alt-da get", "GET", "/get/"+cm.String(), nil, nil, 200); !bytes.Equal(got, alt) {
		t.Errorf("alt-da get: %d bytes back, not the %d posted", len(got), len(alt))
	}

	// 400 malformed.
	unknown := dac.BlobID{0xee, 0x01}.String()
	c.do("unknown l1 mode", "POST", "/v1/blobs?l1=sometimes", xkey, []byte("x"), 400)
	c.do("l1 mode without L1", "POST", "/v1/blobs?l1=wait", xkey, []byte("x"), 400)
	c.do("bad blob id", "GET", "/v1/blobs/0x1234", nil, nil, 400)
	c.do("bad blob id status", "GET", "/v1/blobs/zz/status", nil, nil, 400)
	c.do("bad blob id certificate", "GET", "/v1/blobs/0x12/certificate", nil, nil, 400)
	keccak := "0x00" + strings.Repeat("ab", 32)
	c.do("keccak commitment get", "GET", "/get/"+keccak, nil, nil, 400)
	c.do("keccak commitment put", "POST", "/put/"+keccak, xkey, alt, 400)
	c.do("commitment of other bytes", "POST", "/put/"+cm.String(), xkey, blob, 400)

	// 404 not found.
	c.do("unknown blob", "GET", "/v1/blobs/"+unknown, nil, nil, 404)
	c.do("unknown blob status", "GET", "/v1/blobs/"+unknown+"/status", nil, nil, 404)
	c.do("unknown blob certificate", "GET", "/v1/blobs/"+unknown+"/certificate", nil, nil, 404)
	c.do("unknown commitment", "GET", "/get/"+api.NewCommitment(dac.BlobID{0xee, 0x02}).String(), nil, nil, 404)

	// 413 too large.
	big := make([]byte, maxBlob+1)
	c.do("too large", "POST", "/v1/blobs", xkey, big, 413)
	c.do("too large alt-da", "POST", "/put", xkey, big, 413)
	c.do("too large alt-da/", "POST", "/put/", xkey, big, 413)
	c.do("too large alt-da commitment", "POST", "/put/"+cm.String(), xkey, big, 413)

	// 401 unauthorized, 429/503 quota exceeded.
	wrong := http.Header{"Authorization": {"Bearer qk_00"}}
	c.do("no key", "POST", "/v1/blobs", nil, []byte("x"), 401)
	c.do("unknown key", "POST", "/v1/blobs", wrong, []byte("x"), 401)
	c.do("no key alt-da", "POST", "/put", nil, []byte("x"), 401)
	c.do("no key alt-da/", "POST", "/put/", nil, []byte("x"), 401)
	c.do("no key alt-da commitment", "POST", "/put/"+cm.String(), nil, []byte("x"), 401)
	tinyKey := http.Header{"X-API-Key": {tiny}}
	c.do("quota", "POST", "/v1/blobs", tinyKey, make([]byte, 200), 429)
	c.do("quota alt-da", "POST", "/put", tinyKey, make([]byte, 200), 503)
	c.do("quota alt-da/", "POST", "/put/", tinyKey, make([]byte, 200), 503)
	c.do("quota alt-da commitment", "POST", "/put/"+cm.String(), tinyKey, make([]byte, 200), 503)

	// 503 no quorum: every member refuses.
	tr.failDisperse.Store(true)
	if b := c.do("no quorum", "POST", "/v1/blobs", xkey, oaBytes(t, 100), 503); oaCode(b) != api.CodeNoQuorum {
		t.Errorf("no quorum: %s", b)
	}
	c.do("no quorum alt-da", "POST", "/put", xkey, oaBytes(t, 100), 503)
	c.do("no quorum alt-da/", "POST", "/put/", xkey, oaBytes(t, 100), 503)
	c.do("no quorum alt-da commitment", "POST", "/put/"+cm.String(), xkey, oaBytes(t, 100), 503)
	tr.failDisperse.Store(false)

	// 504 (503 on Alt-DA) timeout: every member holds on past the
	// dispersal deadline; the two run at once (two workers).
	tr.holdDisperse.Store(true)
	var wg sync.WaitGroup
	for _, tc := range []struct {
		name, path string
		want       int
	}{
		{"timeout", "/v1/blobs", 504},
		{"timeout alt-da", "/put", 503},
	} {
		wg.Go(func() { c.do(tc.name, "POST", tc.path, xkey, oaBytes(t, 100), tc.want) })
	}
	wg.Wait()
	tr.holdDisperse.Store(false)

	// 503 unavailable on reads: every custodian refuses.
	tr.failFetch.Store(true)
	c.do("unavailable", "GET", "/v1/blobs/"+id, nil, nil, 503)
	c.do("unavailable alt-da", "GET", "/get/"+cm.String(), nil, nil, 503)
	tr.failFetch.Store(false)

	// 504 timeout on reads: every custodian holds on past the retrieval
	// deadline. While both run, this client is at max_gets_per_ip: a third
	// read is refused with 429.
	tr.holdFetch.Store(true)
	wg.Go(func() { c.do("retrieval timeout", "GET", "/v1/blobs/"+id, nil, nil, 504) })
	wg.Go(func() { c.do("retrieval timeout alt-da", "GET", "/get/"+cm.String(), nil, nil, 504) })
	time.Sleep(time.Second) // both admitted (the deadline is 8 s)
	c.do("gets per ip", "GET", "/v1/blobs/"+id, nil, nil, 429)
	c.do("gets per ip alt-da", "GET", "/get/"+cm.String(), nil, nil, 429)
	wg.Wait()
	tr.holdFetch.Store(false)

	// 503: the committee cannot be read.
	src.fail.Store(true)
	c.do("healthz without committee", "GET", "/healthz", nil, nil, 503)
	c.do("health without committee", "GET", "/health", nil, nil, 503)
	c.do("put without committee", "POST", "/v1/blobs", xkey, oaBytes(t, 100), 503)
	c.do("alt-da put without committee", "POST", "/put", xkey, oaBytes(t, 100), 503)
	src.fail.Store(false)

	// Four stalled uploads hold the whole upload budget: the next upload
	// is refused (429 on /v1, 503 on Alt-DA), and the stalled ones are cut
	// with 408 at the rate deadline.
	putPaths := []string{"/v1/blobs", "/put", "/put/", "/put/" + cm.String()}
	var stalled []func()
	for _, p := range putPaths {
		req, answer := stallUpload(t, e.URL, p, token, maxBlob)
		stalled = append(stalled, func() {
			resp, b := answer()
			if resp.StatusCode != http.StatusRequestTimeout {
				t.Errorf("stalled upload to %s: %d %s, want 408", p, resp.StatusCode, b)
			}
			c.validate("stalled upload", req, resp, b)
		})
	}
	time.Sleep(500 * time.Millisecond) // all admitted (the grace is 3 s)
	for i, p := range putPaths {
		want := 503
		if i == 0 {
			want = 429
		}
		c.do("upload budget full", "POST", p, xkey, []byte("x"), want)
	}
	for _, f := range stalled {
		f()
	}

	// 400 for a body that ends before its Content-Length.
	for _, p := range putPaths {
		req, answer := shortUpload(t, e.URL, p, token)
		resp, b := answer()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("short upload to %s: %d %s, want 400", p, resp.StatusCode, b)
		}
		c.validate("short upload", req, resp, b)
	}

	// 405 and 404 off the declared operations.
	for _, tc := range []struct{ method, path string }{{"DELETE", "/v1/blobs"}, {"GET", "/put"}, {"POST", "/healthz"}, {"PUT", "/get/" + cm.String()}} {
		req, _ := http.NewRequest(tc.method, e.URL+tc.path, nil)
		resp, err := c.hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s %s: %d, want 405", tc.method, tc.path, resp.StatusCode)
		}
		c.validateComponent(tc.method+" "+tc.path, "MethodNotAllowed", resp, b)
	}
	resp, err := c.hc.Get(e.URL + "/v2/nothing")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("no route: %d, want 404", resp.StatusCode)
	}
	c.validateComponent("no route", "NoRoute", resp, b)

	// 429 before the request is read: this address holds max_conns_per_ip
	// connections. The listener accepts in order, so a connection dialled
	// after the eight held ones is over the limit; it is answered before
	// a byte of the request is read, so the answer is read from a
	// connection that sends nothing (a client sending a request would race
	// the server's close).
	// The held connections count until the server's header timeout
	// (client_grace, 3 s here) closes them, which a slow run can reach
	// between two calls: each call holds eight fresh ones, and is tried
	// again when the server had let one go.
	u, _ := url.Parse(e.URL)
	var held []net.Conn
	release := func() {
		for _, conn := range held {
			conn.Close()
		}
		held = held[:0]
	}
	defer release()
	hold := func() {
		release()
		time.Sleep(100 * time.Millisecond) // the server notices the closes
		for range 8 {
			conn, err := net.Dial("tcp", u.Host)
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, conn)
		}
	}
	type call struct{ method, path string }
	over := []call{{"GET", "/healthz"}, {"GET", "/health"}, {"GET", "/metrics"}, {"GET", "/v1/blobs/" + id},
		{"GET", "/v1/blobs/" + id + "/status"}, {"GET", "/v1/blobs/" + id + "/certificate"}, {"GET", "/get/" + cm.String()}}
	for _, p := range putPaths {
		over = append(over, call{"POST", p})
	}
	for _, o := range over {
		req, _ := http.NewRequest(o.method, e.URL+o.path, nil)
		var resp *http.Response
		var b []byte
		var err error
		for attempt := 1; ; attempt++ {
			hold()
			conn, derr := net.Dial("tcp", u.Host)
			if derr != nil {
				t.Fatal(derr)
			}
			resp, b, err = readRawErr(conn, req)
			conn.Close()
			if (err == nil && resp.StatusCode == http.StatusTooManyRequests) || attempt == 5 {
				break
			}
		}
		if err != nil {
			t.Fatalf("%s %s over max_conns_per_ip: %v", o.method, o.path, err)
		}
		if resp.StatusCode != http.StatusTooManyRequests {
			t.Errorf("%s %s over max_conns_per_ip: %d", o.method, o.path, resp.StatusCode)
		}
		c.validate("too many connections", req, resp, b)
	}
	release()

	// What was exercised, against what the spec declares.
	var declared, missed []string
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			for status := range op.Responses.Map() {
				k := method + " " + path + " " + status
				declared = append(declared, k)
				if !c.seen[k] {
					missed = append(missed, k)
				}
			}
		}
	}
	sort.Strings(missed)
	t.Logf("%d of %d declared responses exercised; not provoked: %s", len(declared)-len(missed), len(declared), strings.Join(missed, ", "))
	// Every operation's success was exercised.
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			if !c.seen[method+" "+path+" 200"] {
				t.Errorf("%s %s 200 was never exercised", method, path)
			}
		}
	}
}
