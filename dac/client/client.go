package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// ErrBadResult is returned when a disperser's success answer does not
// hold together: a certificate for another header, a header for another
// blob, a body that does not decode. The disperser is faulty; retrying
// does not help.
var ErrBadResult = errors.New("client: inconsistent answer from the disperser")

// ErrL1Failed is returned by Put with WithL1(api.L1Wait) when the
// certificate was made but submitting it to L1 failed; the result is
// returned with it. Posting again retries the submission.
var ErrL1Failed = errors.New("client: certify on L1 failed")

// Client talks to a disperser's HTTP API. It is safe for concurrent use.
type Client struct {
	base     string
	http     *http.Client
	attempts int
	minWait  time.Duration
	maxWait  time.Duration
	maxError int64
	maxBlob  int64
	apiKey   string
}

// Option configures New.
type Option func(*Client)

// WithHTTPClient sets the HTTP client (default: a client with no overall
// timeout; bound calls with their context).
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.http = h } }

// WithAttempts sets how many times a call is tried in all when the
// disperser answers 429, 503 or 504 or cannot be reached (default 4; 1
// disables retries).
func WithAttempts(n int) Option { return func(c *Client) { c.attempts = n } }

// WithBackoff sets the wait before the first retry and its cap; the wait
// doubles after each attempt and is drawn uniformly from [wait/2, wait]
// (defaults 250 ms and 5 s).
func WithBackoff(first, max time.Duration) Option {
	return func(c *Client) { c.minWait, c.maxWait = first, max }
}

// WithMaxBlobSize caps the bytes Get reads and allocates for one blob,
// whatever the disperser's Content-Length says (default
// erasure.MaxSize(erasure.DefaultMaxRows), about 31 MiB). With WithVerify
// the header's size caps it further.
func WithMaxBlobSize(n int64) Option { return func(c *Client) { c.maxBlob = n } }

// WithAPIKey sends token as "Authorization: Bearer TOKEN" on every
// request: a disperser that is not open accepts uploads only with a key
// it knows (or from an allow-listed address).
func WithAPIKey(token string) Option { return func(c *Client) { c.apiKey = token } }

// New returns a client for the disperser at baseURL (http or https,
// e.g. "http://127.0.0.1:3100").
func New(baseURL string, opts ...Option) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("client: base URL %q: want http(s)://host[:port]", baseURL)
	}
	c := &Client{
		base:     strings.TrimRight(baseURL, "/"),
		http:     &http.Client{},
		attempts: 4,
		minWait:  250 * time.Millisecond,
		maxWait:  5 * time.Second,
		maxError: 1 << 20,
		maxBlob:  int64(erasure.MaxSize(erasure.DefaultMaxRows)),
	}
	for _, o := range opts {
		o(c)
	}
	if c.attempts < 1 {
		c.attempts = 1
	}
	if c.minWait <= 0 {
		c.minWait = time.Millisecond
	}
	c.maxWait = max(c.maxWait, c.minWait)
	if c.maxBlob <= 0 {
		return nil, fmt.Errorf("client: max blob size %d must be positive", c.maxBlob)
	}
	return c, nil
}

// Progress is called as bytes move: done of total (total is -1 when
// unknown). It runs on the goroutine doing the transfer; keep it short.
type Progress func(done, total int64)

// callOptions are the per-call options.
type callOptions struct {
	l1       api.L1Mode
	progress Progress
	verify   bool
	kzg      *kzg.Context
	header   *dac.Header
}

// CallOption adjusts one call.
type CallOption func(*callOptions)

// WithL1 asks Put for an L1 mode other than the disperser's default.
func WithL1(m api.L1Mode) CallOption { return func(o *callOptions) { o.l1 = m } }

// WithProgress reports upload progress for Put and download progress for
// Get.
func WithProgress(p Progress) CallOption { return func(o *callOptions) { o.progress = p } }

// Put posts data to /v1/blobs and returns the certificate. It checks that
// the answer holds together (the header is the blob's and the certificate
// is for the header; see api.PutResult.DecodeHeader) but not the
// certificate's signatures: check those against the committee with
// dac.Certificate.Verify. Errors are *api.Error for the disperser's
// refusals (after retries for the retryable ones), ErrBadResult,
// ErrL1Failed (with the result), or transport errors.
func (c *Client) Put(ctx context.Context, data []byte, opts ...CallOption) (*api.PutResult, error) {
	var o callOptions
	for _, f := range opts {
		f(&o)
	}
	path := api.RouteBlobs
	if o.l1 != "" {
		path += "?" + api.QueryL1 + "=" + url.QueryEscape(string(o.l1))
	}
	var res api.PutResult
	err := c.do(ctx, http.MethodPost, path, func() io.Reader {
		return &progressReader{r: bytes.NewReader(data), total: int64(len(data)), fn: o.progress}
	}, int64(len(data)), func(resp *http.Response) error {
		return decodeJSON(resp.Body, &res)
	})
	if err != nil {
		return nil, err
	}
	hdr, err := res.DecodeHeader()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadResult, err)
	}
	cert, err := res.DecodeCertificate()
	if err != nil {
		return nil, fmt.Errorf("%w: certificate: %v", ErrBadResult, err)
	}
	if cert.HeaderHash != hdr.Hash() || cert.Epoch != hdr.Core.Epoch || hdr.Core.Size != uint64(len(data)) {
		return nil, fmt.Errorf("%w: certificate or header does not match the blob posted", ErrBadResult)
	}
	if o.l1 == api.L1Wait && (res.L1 == nil || res.L1.State != api.L1Confirmed) {
		msg := "no L1 status in the answer"
		if res.L1 != nil {
			msg = res.L1.State + ": " + res.L1.Error
		}
		return &res, fmt.Errorf("%w: %s", ErrL1Failed, msg)
	}
	return &res, nil
}

// Get fetches blob id's bytes from /v1/blobs/{id}. It never reads more
// than WithMaxBlobSize bytes (nor, with WithVerify, more than the header's
// size), whatever Content-Length says, and allocates only as the bytes
// arrive. With WithVerify it checks the bytes against the blob's row
// commitments before returning them. Errors are *api.Error (CodeNotFound
// when no custodian holds it), a *VerifyError (ErrNotVerified), or
// transport errors.
func (c *Client) Get(ctx context.Context, id dac.BlobID, opts ...CallOption) ([]byte, error) {
	var o callOptions
	for _, f := range opts {
		f(&o)
	}
	limit := c.maxBlob
	var hdr *dac.Header
	if o.verify {
		if o.kzg == nil {
			k, err := kzg.Default()
			if err != nil {
				return nil, err
			}
			o.kzg = k
		}
		var err error
		if hdr, err = c.header(ctx, id, &o); err != nil {
			return nil, err
		}
		limit = int64(hdr.Core.Size)
	}
	var out []byte
	err := c.do(ctx, http.MethodGet, api.RouteBlob+id.String(), nil, 0, func(resp *http.Response) error {
		if resp.ContentLength > limit {
			return fmt.Errorf("%w: %d bytes announced, at most %d accepted", ErrBadResult, resp.ContentLength, limit)
		}
		var buf bytes.Buffer
		if resp.ContentLength > 0 {
			buf.Grow(int(resp.ContentLength))
		}
		body := io.LimitReader(resp.Body, limit+1)
		_, err := io.Copy(&buf, &progressReader{r: body, total: resp.ContentLength, fn: o.progress})
		if err != nil {
			return err
		}
		if int64(buf.Len()) > limit {
			return fmt.Errorf("%w: more than %d bytes", ErrBadResult, limit)
		}
		if resp.ContentLength >= 0 && int64(buf.Len()) != resp.ContentLength {
			return fmt.Errorf("client: got %d of %d bytes", buf.Len(), resp.ContentLength)
		}
		out = buf.Bytes()
		return nil
	})
	if err != nil {
		return nil, err
	}
	if o.verify {
		if err := verifyBytes(o.kzg, id, hdr, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Status returns what the disperser knows of blob id.
func (c *Client) Status(ctx context.Context, id dac.BlobID) (*api.BlobStatus, error) {
	var s api.BlobStatus
	err := c.do(ctx, http.MethodGet, api.RouteBlob+id.String()+"/status", nil, 0, func(resp *http.Response) error {
		return decodeJSON(resp.Body, &s)
	})
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// Certificate returns blob id's certificate and header as the disperser
// holds them.
func (c *Client) Certificate(ctx context.Context, id dac.BlobID) (*api.CertificateResult, error) {
	var r api.CertificateResult
	err := c.do(ctx, http.MethodGet, api.RouteBlob+id.String()+"/certificate", nil, 0, func(resp *http.Response) error {
		return decodeJSON(resp.Body, &r)
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// Health returns the disperser's /healthz report; an unhealthy disperser
// answers 503, returned as an *api.Error with CodeUnavailable.
func (c *Client) Health(ctx context.Context) (*api.Health, error) {
	var h api.Health
	err := c.once(ctx, http.MethodGet, api.RouteHealth, nil, 0, func(resp *http.Response) error {
		return decodeJSON(resp.Body, &h)
	})
	if err != nil {
		return nil, err
	}
	return &h, nil
}

// maxJSON bounds a JSON answer (a header at k = 4096 is under 1 MiB of
// hex).
const maxJSON = 4 << 20

func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(io.LimitReader(r, maxJSON))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadResult, err)
	}
	return nil
}

// retryable reports whether a failed attempt may be retried.
func retryable(err error) bool {
	var ae *api.Error
	if errors.As(err, &ae) {
		return ae.Code.Retryable()
	}
	var te *transportError
	return errors.As(err, &te)
}

// transportError is a request that got no HTTP answer.
type transportError struct{ err error }

func (e *transportError) Error() string { return e.err.Error() }
func (e *transportError) Unwrap() error { return e.err }

// do runs once with retries and backoff.
func (c *Client) do(ctx context.Context, method, path string, body func() io.Reader, size int64, ok func(*http.Response) error) error {
	wait := c.minWait
	var err error
	for attempt := 1; ; attempt++ {
		err = c.once(ctx, method, path, body, size, ok)
		if err == nil || attempt >= c.attempts || !retryable(err) || ctx.Err() != nil {
			return err
		}
		d := wait/2 + rand.N(wait/2+1)
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		wait = min(2*wait, c.maxWait)
	}
}

// once runs one request: ok reads a 200 answer; anything else becomes an
// *api.Error.
func (c *Client) once(ctx context.Context, method, path string, body func() io.Reader, size int64, ok func(*http.Response) error) error {
	var r io.Reader
	if body != nil {
		r = body()
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, r)
	if err != nil {
		return fmt.Errorf("client: %w", err)
	}
	if body != nil {
		req.ContentLength = size
		req.Header.Set(api.ContentType, api.MediaBinary)
	}
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return &transportError{fmt.Errorf("client: %s %s: %w", method, path, err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		return ok(resp)
	}
	return c.errorFrom(resp)
}

// errorFrom decodes an error answer, or makes one from the status when
// the body is not an API error (a proxy in between, say).
func (c *Client) errorFrom(resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, c.maxError))
	var e api.Error
	if json.Unmarshal(b, &e) == nil && e.Code != "" {
		return &e
	}
	code := api.CodeInternal
	for _, k := range api.Codes() {
		if k.Status() == resp.StatusCode {
			code = k
			break
		}
	}
	msg := strings.TrimSpace(string(b))
	if len(msg) > 200 {
		msg = msg[:200] + "..."
	}
	return &api.Error{Code: code, Message: "HTTP " + strconv.Itoa(resp.StatusCode) + ": " + msg}
}

// progressReader reports bytes read through fn.
type progressReader struct {
	r     io.Reader
	done  int64
	total int64
	fn    Progress
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.done += int64(n)
	if p.fn != nil && (n > 0 || err == io.EOF) {
		p.fn(p.done, p.total)
	}
	return n, err
}
