package disperser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/quire-da/quire/dac/disperser/api"
)

// This file is the HTTP edge under hostile clients: uploads are admitted
// against a byte budget before their body is read, bodies move at a
// minimum rate or the connection is cut, and one IP address holds a
// bounded number of connections.

// ErrSlowClient: a request body arrived slower than Config.MinClientRate
// allows; the connection is cut. Retry over a faster link.
var ErrSlowClient = errors.New("disperser: client too slow")

// retryAfter is the Retry-After, in seconds, of refusals that a pause
// may cure (429, 503).
const retryAfter = 1

// readChunk is the most one Read of a body asks for, so the rate
// deadline is renewed at least every readChunk bytes.
const readChunk = 256 << 10

// byteBudget is a non-blocking counting semaphore of bytes.
type byteBudget struct {
	mu    sync.Mutex
	used  int64
	limit int64
}

// take reserves n bytes and reports whether they fit.
func (b *byteBudget) take(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.used+n > b.limit {
		return false
	}
	b.used += n
	return true
}

func (b *byteBudget) give(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
}

// inUse returns the bytes reserved.
func (b *byteBudget) inUse() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}

// transferDeadline is when a body of n bytes started at start must be
// through: ClientGrace plus n at MinClientRate.
func (c *Config) transferDeadline(start time.Time, n int64) time.Time {
	return start.Add(c.ClientGrace.D() + time.Duration(float64(n)/float64(c.MinClientRate)*float64(time.Second)))
}

// admitBody admits and reads a raw blob body. It refuses before reading a
// byte when the body is above MaxBlobSize (ErrTooLarge) or its
// reservation does not fit MaxUploadBytes or the dispersal queue is full
// (ErrQueueFull). It then reads the body under a deadline renewed per
// chunk: the first b bytes must arrive within ClientGrace +
// b/MinClientRate of the start (ErrSlowClient otherwise). On success the
// caller must call release once it no longer holds the bytes.
func (d *Disperser) admitBody(w http.ResponseWriter, r *http.Request) (data []byte, release func(), err error) {
	want := r.ContentLength
	if want < 0 || want > d.cfg.MaxBlobSize {
		want = d.cfg.MaxBlobSize
	}
	// Who is uploading, before anything else: a client without a key
	// learns nothing and costs nothing.
	_, refund, err := d.gate.admit(r, want)
	if err != nil {
		reason := "unauthorized"
		if errors.Is(err, ErrQuota) {
			reason = "quota"
		}
		d.metrics.refusals.WithLabelValues(reason).Inc()
		return nil, nil, err
	}
	if r.ContentLength > d.cfg.MaxBlobSize {
		refund(want)
		return nil, nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, r.ContentLength, d.cfg.MaxBlobSize)
	}
	if len(d.queue) >= cap(d.queue) && d.running.Load() >= int64(d.cfg.workers()) {
		refund(want)
		d.metrics.refusals.WithLabelValues("queue").Inc()
		return nil, nil, fmt.Errorf("%w: %d dispersals waiting", ErrQueueFull, cap(d.queue))
	}
	if !d.uploads.take(want) {
		refund(want)
		d.metrics.refusals.WithLabelValues("upload_budget").Inc()
		return nil, nil, fmt.Errorf("%w: %d bytes of uploads in flight, at most %d", ErrQueueFull, d.uploads.inUse(), d.cfg.MaxUploadBytes)
	}
	release = func() { d.uploads.give(want) }
	data, err = d.readLimited(w, r)
	if err != nil {
		release()
		refund(want)
		return nil, nil, err
	}
	refund(want - int64(len(data)))
	return data, release, nil
}

// readLimited reads r's body within MaxBlobSize under the rate deadline.
func (d *Disperser) readLimited(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	rc := http.NewResponseController(w)
	start := time.Now()
	body := http.MaxBytesReader(w, r.Body, d.cfg.MaxBlobSize)
	var buf []byte
	if r.ContentLength >= 0 {
		// MinRead spare: bytes.Buffer.ReadFrom wants it free even for
		// the final read that finds EOF, and would double a full buffer.
		buf = make([]byte, 0, r.ContentLength+bytes.MinRead)
	}
	b := bytes.NewBuffer(buf)
	var got int64
	for {
		// A deadline the server cannot set (an HTTP/2 or test writer)
		// leaves the body to the server's own timeouts.
		_ = rc.SetReadDeadline(d.cfg.transferDeadline(start, got+readChunk))
		n, err := b.ReadFrom(io.LimitReader(body, readChunk))
		got += n
		var mbe *http.MaxBytesError
		var ne net.Error
		switch {
		case errors.As(err, &mbe):
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, mbe.Limit)
		case errors.As(err, &ne) && ne.Timeout():
			d.metrics.refusals.WithLabelValues("slow_upload").Inc()
			return nil, fmt.Errorf("%w: %d bytes in %s, below %d bytes/s", ErrSlowClient, got, time.Since(start).Round(time.Millisecond), d.cfg.MinClientRate)
		case err != nil:
			return nil, fmt.Errorf("%w: reading the body: %v", ErrMalformed, err)
		}
		if n < readChunk {
			break
		}
	}
	_ = rc.SetReadDeadline(time.Time{})
	return b.Bytes(), nil
}

// writeBody writes a response body under the rate deadline, so a reader
// slower than MinClientRate does not pin the bytes.
func (d *Disperser) writeBody(w http.ResponseWriter, data []byte) {
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(d.cfg.transferDeadline(time.Now(), int64(len(data))))
	w.Header().Set(api.ContentType, api.MediaBinary)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(data); err != nil {
		d.metrics.refusals.WithLabelValues("slow_download").Inc()
	}
}

// ipLimiter wraps a listener: a connection from an address that already
// has max open is answered 429 and closed at once.
type ipLimiter struct {
	net.Listener
	max     int
	mu      sync.Mutex
	open    map[string]int
	refused func()
}

func newIPLimiter(ln net.Listener, max int, refused func()) net.Listener {
	if max <= 0 {
		return ln
	}
	return &ipLimiter{Listener: ln, max: max, open: map[string]int{}, refused: refused}
}

// tooMany is the whole answer to a connection over the per-IP limit.
var tooMany = func() []byte {
	body := `{"code":"` + string(api.CodeQueueFull) + `","message":"too many connections from this IP"}`
	return fmt.Appendf(nil, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: %d\r\nContent-Type: %s\r\n"+
		"Connection: close\r\nContent-Length: %d\r\n\r\n%s", retryAfter, api.MediaJSON, len(body), body)
}()

func (l *ipLimiter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := c.RemoteAddr().String()
		if h, _, err := net.SplitHostPort(ip); err == nil {
			ip = h
		}
		l.mu.Lock()
		if l.open[ip] >= l.max {
			l.mu.Unlock()
			l.refused()
			// The answer is a few bytes into an empty socket buffer; the
			// deadline only guards against the impossible.
			c.SetWriteDeadline(time.Now().Add(time.Second))
			c.Write(tooMany)
			c.Close()
			continue
		}
		l.open[ip]++
		l.mu.Unlock()
		return &limitedConn{Conn: c, release: func() {
			l.mu.Lock()
			if l.open[ip]--; l.open[ip] == 0 {
				delete(l.open, ip)
			}
			l.mu.Unlock()
		}}, nil
	}
}

type limitedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}
