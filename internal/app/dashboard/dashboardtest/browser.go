package dashboardtest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// ErrNoChromium is returned by Find when no Chromium-family browser is
// installed. Installing Debian's chromium package (make tools) fixes it.
var ErrNoChromium = errors.New("dashboardtest: no chromium, chromium-browser or google-chrome in PATH")

// browserNames are the executables Find looks for, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Find returns the path of a Chromium-family browser: $QUIRE_CHROMIUM when
// set, else the first of chromium, chromium-browser, google-chrome and
// google-chrome-stable in PATH.
func Find() (string, error) {
	if p := os.Getenv("QUIRE_CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range browserNames {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// Option configures Launch.
type Option func(*options)

type options struct {
	width, height int
	stderr        io.Writer
	args          []string
}

// WithWindowSize sets the viewport in CSS pixels (default 1400 x 1000).
func WithWindowSize(width, height int) Option {
	return func(o *options) { o.width, o.height = width, height }
}

// WithStderr copies the browser's own log output to w (default: kept only
// for error messages).
func WithStderr(w io.Writer) Option { return func(o *options) { o.stderr = w } }

// WithArgs adds command-line flags for the browser.
func WithArgs(args ...string) Option { return func(o *options) { o.args = append(o.args, args...) } }

// Browser is one headless Chromium process driven over the DevTools
// protocol, with one page. Its methods may be called from one goroutine at
// a time.
type Browser struct {
	cmd     *exec.Cmd
	dataDir string
	exited  chan struct{} // closed when the process has exited
	conn    *cdpConn
	session string // the page's DevTools session
	opts    options
	log     *tailBuffer

	mu       sync.Mutex
	problems []string // exceptions and console errors seen on the page
}

// devtoolsLine is what Chromium prints once its DevTools endpoint listens.
var devtoolsLine = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// Launch starts headless Chromium at path (see Find) with a fresh profile
// and opens one blank page. Close it when done.
func Launch(ctx context.Context, path string, opts ...Option) (b *Browser, err error) {
	o := options{width: 1400, height: 1000}
	for _, opt := range opts {
		opt(&o)
	}
	dataDir, err := os.MkdirTemp("", "quire-chromium-")
	if err != nil {
		return nil, err
	}
	args := append([]string{
		"--headless",
		"--no-sandbox",
		"--disable-gpu",
		"--disable-dev-shm-usage",
		"--disable-background-networking",
		"--disable-extensions",
		"--disable-sync",
		"--no-first-run",
		"--no-default-browser-check",
		"--mute-audio",
		"--hide-scrollbars",
		"--remote-debugging-address=127.0.0.1",
		"--remote-debugging-port=0",
		"--user-data-dir=" + dataDir,
		fmt.Sprintf("--window-size=%d,%d", o.width, o.height),
	}, o.args...)
	args = append(args, "about:blank")
	cmd := exec.Command(path, args...)
	cmd.Stdout = io.Discard
	stderr, err := cmd.StderrPipe()
	if err != nil {
		os.RemoveAll(dataDir)
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dataDir)
		return nil, fmt.Errorf("dashboardtest: starting %s: %w", path, err)
	}
	b = &Browser{cmd: cmd, dataDir: dataDir, exited: make(chan struct{}), opts: o, log: &tailBuffer{max: 8 << 10}}
	defer func() {
		if err != nil {
			b.Close()
		}
	}()

	// Read the DevTools address from stderr, and keep draining it after.
	wsURL := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() {
			line := sc.Text()
			b.log.WriteLine(line)
			if o.stderr != nil {
				fmt.Fprintln(o.stderr, line)
			}
			if m := devtoolsLine.FindStringSubmatch(line); m != nil && !sent {
				wsURL <- m[1]
				sent = true
			}
		}
	}()
	go func() {
		_ = cmd.Wait()
		close(b.exited)
	}()

	var addr string
	select {
	case addr = <-wsURL:
	case <-b.exited:
		return nil, fmt.Errorf("dashboardtest: %s exited before its DevTools endpoint listened: %s", path, b.log)
	case <-ctx.Done():
		return nil, fmt.Errorf("dashboardtest: waiting for the DevTools endpoint: %w; browser log: %s", ctx.Err(), b.log)
	}
	b.conn, err = dialCDP(ctx, addr, b.onEvent)
	if err != nil {
		return nil, err
	}

	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.conn.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.conn.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	b.session = attached.SessionID
	for _, domain := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		if err := b.conn.call(ctx, b.session, domain, nil, nil); err != nil {
			return nil, err
		}
	}
	err = b.conn.call(ctx, b.session, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": o.width, "height": o.height, "deviceScaleFactor": 1, "mobile": false,
	}, nil)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// onEvent records the page's uncaught exceptions and console errors.
func (b *Browser) onEvent(method string, params json.RawMessage) {
	var problem string
	switch method {
	case "Runtime.exceptionThrown":
		var p struct {
			Details struct {
				Text      string `json:"text"`
				URL       string `json:"url"`
				Line      int    `json:"lineNumber"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		if json.Unmarshal(params, &p) == nil {
			d := p.Details
			problem = fmt.Sprintf("exception at %s:%d: %s %s", d.URL, d.Line+1, d.Text, d.Exception.Description)
		}
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string `json:"type"`
			Args []struct {
				Value       any    `json:"value"`
				Description string `json:"description"`
			} `json:"args"`
		}
		if json.Unmarshal(params, &p) == nil && (p.Type == "error" || p.Type == "assert") {
			var parts []string
			for _, a := range p.Args {
				if a.Value != nil {
					parts = append(parts, fmt.Sprint(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			problem = "console." + p.Type + ": " + strings.Join(parts, " ")
		}
	case "Log.entryAdded":
		var p struct {
			Entry struct {
				Level  string `json:"level"`
				Source string `json:"source"`
				Text   string `json:"text"`
				URL    string `json:"url"`
			} `json:"entry"`
		}
		if json.Unmarshal(params, &p) == nil && p.Entry.Level == "error" {
			problem = fmt.Sprintf("%s error: %s %s", p.Entry.Source, p.Entry.Text, p.Entry.URL)
		}
	}
	if problem != "" {
		b.mu.Lock()
		b.problems = append(b.problems, problem)
		b.mu.Unlock()
	}
}

// Problems returns the uncaught exceptions, console errors and failed
// loads (such as a resource the page's content security policy refused)
// seen on the page so far.
func (b *Browser) Problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.problems...)
}

// Navigate loads url in the page and waits for its load event.
func (b *Browser) Navigate(ctx context.Context, url string) error {
	var res struct {
		ErrorText string `json:"errorText"`
	}
	if err := b.conn.call(ctx, b.session, "Page.navigate", map[string]any{"url": url}, &res); err != nil {
		return err
	}
	if res.ErrorText != "" {
		return fmt.Errorf("dashboardtest: loading %s: %s", url, res.ErrorText)
	}
	return b.WaitFor(ctx, `document.readyState === "complete"`)
}

// Eval evaluates a JavaScript expression in the page, awaits it when it is
// a promise, and decodes its JSON value into out (which may be nil).
func (b *Browser) Eval(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Type  string          `json:"type"`
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := b.conn.call(ctx, b.session, "Runtime.evaluate", map[string]any{
		"expression": expr, "returnByValue": true, "awaitPromise": true,
	}, &res)
	if err != nil {
		return err
	}
	if res.Exception != nil {
		return fmt.Errorf("dashboardtest: evaluating %s: %s %s", truncate(expr, 60), res.Exception.Text, res.Exception.Exception.Description)
	}
	if out == nil {
		return nil
	}
	if len(res.Result.Value) == 0 {
		return fmt.Errorf("dashboardtest: %s is %s, not a JSON value", truncate(expr, 60), res.Result.Type)
	}
	return json.Unmarshal(res.Result.Value, out)
}

// WaitFor polls a JavaScript expression until it is true, or ctx ends.
func (b *Browser) WaitFor(ctx context.Context, expr string) error {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		var ok bool
		if err := b.Eval(ctx, "!!("+expr+")", &ok); err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("dashboardtest: waiting for %s: %w", truncate(expr, 80), ctx.Err())
		case <-tick.C:
		}
	}
}

// Screenshot captures the viewport as a PNG.
func (b *Browser) Screenshot(ctx context.Context) ([]byte, error) {
	var res struct {
		Data string `json:"data"`
	}
	if err := b.conn.call(ctx, b.session, "Page.captureScreenshot", map[string]any{"format": "png"}, &res); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(res.Data)
}

// Close ends the browser (politely, then by force after 5 s) and removes its
// profile directory.
func (b *Browser) Close() error {
	if b.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_ = b.conn.call(ctx, "", "Browser.close", nil, nil)
		cancel()
		b.conn.close()
	}
	select {
	case <-b.exited:
	case <-time.After(5 * time.Second):
		_ = b.cmd.Process.Kill()
		<-b.exited
	}
	return os.RemoveAll(b.dataDir)
}

// cdpConn is a DevTools protocol connection: numbered calls answered by
// id, events passed to a callback from the reading goroutine.
type cdpConn struct {
	ws      *websocket.Conn
	onEvent func(method string, params json.RawMessage)
	next    atomic.Int64

	writeMu sync.Mutex
	mu      sync.Mutex
	pending map[int64]chan cdpMessage
	err     error         // why the connection ended
	done    chan struct{} // closed when the reader stops
}

type cdpMessage struct {
	ID        int64           `json:"id,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    string `json:"data"`
	} `json:"error,omitempty"`
}

func dialCDP(ctx context.Context, url string, onEvent func(string, json.RawMessage)) (*cdpConn, error) {
	d := websocket.Dialer{HandshakeTimeout: 10 * time.Second}
	ws, _, err := d.DialContext(ctx, url, nil)
	if err != nil {
		return nil, fmt.Errorf("dashboardtest: connecting to DevTools at %s: %w", url, err)
	}
	ws.SetReadLimit(64 << 20) // screenshots are large
	c := &cdpConn{ws: ws, onEvent: onEvent, pending: map[int64]chan cdpMessage{}, done: make(chan struct{})}
	go c.read()
	return c, nil
}

func (c *cdpConn) read() {
	defer close(c.done)
	for {
		var m cdpMessage
		if err := c.ws.ReadJSON(&m); err != nil {
			c.mu.Lock()
			c.err = err
			c.mu.Unlock()
			return
		}
		if m.ID == 0 {
			if c.onEvent != nil && m.Method != "" {
				c.onEvent(m.Method, m.Params)
			}
			continue
		}
		c.mu.Lock()
		ch := c.pending[m.ID]
		delete(c.pending, m.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

func (c *cdpConn) call(ctx context.Context, session, method string, params, out any) error {
	id := c.next.Add(1)
	ch := make(chan cdpMessage, 1)
	c.mu.Lock()
	c.pending[id] = ch
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
	}()
	req := map[string]any{"id": id, "method": method}
	if params != nil {
		req["params"] = params
	}
	if session != "" {
		req["sessionId"] = session
	}
	c.writeMu.Lock()
	if dl, ok := ctx.Deadline(); ok {
		_ = c.ws.SetWriteDeadline(dl)
	} else {
		_ = c.ws.SetWriteDeadline(time.Time{})
	}
	err := c.ws.WriteJSON(req)
	c.writeMu.Unlock()
	if err != nil {
		return fmt.Errorf("dashboardtest: sending %s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("dashboardtest: %s: %s (%d) %s", method, m.Error.Message, m.Error.Code, m.Error.Data)
		}
		if out != nil && len(m.Result) > 0 {
			if err := json.Unmarshal(m.Result, out); err != nil {
				return fmt.Errorf("dashboardtest: decoding the answer to %s: %w", method, err)
			}
		}
		return nil
	case <-c.done:
		c.mu.Lock()
		err := c.err
		c.mu.Unlock()
		return fmt.Errorf("dashboardtest: %s: connection closed: %w", method, err)
	case <-ctx.Done():
		return fmt.Errorf("dashboardtest: %s: %w", method, ctx.Err())
	}
}

func (c *cdpConn) close() {
	_ = c.ws.Close()
	<-c.done
}

// tailBuffer keeps the last max bytes of the lines written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (t *tailBuffer) WriteLine(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(append(t.buf, s...), '\n')
	if len(t.buf) > t.max {
		t.buf = t.buf[len(t.buf)-t.max:]
	}
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(bytes.TrimSpace(t.buf))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
