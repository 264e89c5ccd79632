package dashboardtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
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

// Default time limits of the browser's actions; see WithActionTimeout and
// WithWaitTimeout.
const (
	DefaultActionTimeout = 30 * time.Second
	DefaultWaitTimeout   = 2 * time.Minute
)

// Option configures Launch.
type Option func(*options)

type options struct {
	width, height int
	stderr        io.Writer
	args          []string
	action, wait  time.Duration
}

// WithWindowSize sets the viewport in CSS pixels (default 1400 x 1000).
func WithWindowSize(width, height int) Option {
	return func(o *options) { o.width, o.height = width, height }
}

// WithStderr copies the browser's own log output to w (default: kept only
// for error messages).
func WithStderr(w io.Writer) Option { return func(o *options) { o.stderr = w } }

// WithArgs adds command-line flags for the browser, each as "--name" or
// "--name=value".
func WithArgs(args ...string) Option { return func(o *options) { o.args = append(o.args, args...) } }

// WithActionTimeout bounds each single action (navigate, evaluate, click,
// screenshot) to d, besides the caller's context (default
// DefaultActionTimeout).
func WithActionTimeout(d time.Duration) Option { return func(o *options) { o.action = d } }

// WithWaitTimeout bounds each WaitFor to d, besides the caller's context
// (default DefaultWaitTimeout).
func WithWaitTimeout(d time.Duration) Option { return func(o *options) { o.wait = d } }

// Browser is one headless Chromium process driven by chromedp, with one
// page. Its methods may be called from one goroutine at a time; Problems
// from any.
type Browser struct {
	ctx       context.Context    // chromedp context of the page; lives until Close
	kill      context.CancelFunc // cancels ctx: chromedp then kills the process
	allocStop context.CancelFunc // stops the allocator: waits for the process, removes the profile
	opts      options
	log       *tailBuffer
	closeOnce sync.Once
	closeErr  error

	mu       sync.Mutex
	problems []string // exceptions and console errors seen on the page
}

// Launch starts headless Chromium at path (see Find) with a fresh profile
// and opens one blank page; ctx bounds the start only. Close it when done:
// Close ends the process and removes the profile.
//
// The browser runs with chromedp's default headless flags plus
// --no-sandbox (Chromium refuses to start as root without it, and the
// tests load only their own loopback pages) and --disable-gpu, and talks
// to the test over a pipe, not a DevTools port.
func Launch(ctx context.Context, path string, opts ...Option) (_ *Browser, err error) {
	o := options{width: 1400, height: 1000, action: DefaultActionTimeout, wait: DefaultWaitTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	b := &Browser{opts: o, log: &tailBuffer{max: 8 << 10}}
	out := io.Writer(b.log)
	if o.stderr != nil {
		out = io.MultiWriter(b.log, o.stderr)
	}
	alloc := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(o.width, o.height),
		chromedp.CombinedOutput(out),
	)
	for _, a := range o.args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if hasValue {
			alloc = append(alloc, chromedp.Flag(name, value))
		} else {
			alloc = append(alloc, chromedp.Flag(name, true))
		}
	}
	// The browser outlives ctx, which bounds only the start: chromedp ties
	// the process to the context of the first action, so that action runs
	// on the browser's own context and ctx is watched beside it.
	allocCtx, allocStop := chromedp.NewExecAllocator(context.Background(), alloc...)
	b.allocStop = allocStop
	parent, kill := context.WithCancel(allocCtx)
	b.kill = kill
	// chromedp.Cancel in Close releases the context; its own cancel func is
	// not used, since it waits for a browser that may never have started.
	b.ctx, _ = chromedp.NewContext(parent)
	defer func() {
		if err != nil {
			b.Close()
		}
	}()

	started := make(chan error, 1)
	go func() {
		started <- chromedp.Do(b.ctx, chromedp.EmulateViewport(int64(o.width), int64(o.height)))
	}()
	select {
	case err = <-started:
	case <-ctx.Done():
		b.kill() // kills the process; the start then returns
		<-started
		return nil, fmt.Errorf("dashboardtest: starting %s: %w; browser log: %s", path, ctx.Err(), b.log)
	}
	if err != nil {
		return nil, fmt.Errorf("dashboardtest: starting %s: %w; browser log: %s", path, err, b.log)
	}
	if err := chromedp.Listen(b.ctx, b.onEvent); err != nil {
		return nil, fmt.Errorf("dashboardtest: listening to the page: %w", err)
	}
	return b, nil
}

// run runs one action on the page within min(ctx, limit).
func (b *Browser) run(ctx context.Context, what string, limit time.Duration, action func(context.Context) error) error {
	actx, cancel := context.WithTimeout(b.ctx, limit)
	defer cancel()
	stop := context.AfterFunc(ctx, cancel)
	defer stop()
	err := action(actx)
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		return fmt.Errorf("dashboardtest: %s: %w", what, ctx.Err())
	case b.ctx.Err() != nil:
		return fmt.Errorf("dashboardtest: %s: the browser is gone: %w; browser log: %s", what, err, b.log)
	case errors.Is(actx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("dashboardtest: %s: no result within %v: %w", what, limit, err)
	}
	return fmt.Errorf("dashboardtest: %s: %w", what, err)
}

// onEvent records the page's uncaught exceptions, console errors and
// failed loads. chromedp calls it on the goroutine reading the page's
// messages, before any later command returns.
func (b *Browser) onEvent(ev any) {
	var problem string
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		if d := e.ExceptionDetails; d != nil {
			desc := ""
			if d.Exception != nil {
				desc = d.Exception.Description
			}
			problem = fmt.Sprintf("exception at %s:%d: %s %s", d.URL, d.LineNumber+1, d.Text, desc)
		}
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				switch {
				case a == nil:
				case len(a.Value) > 0:
					var s string
					if json.Unmarshal(a.Value, &s) == nil {
						parts = append(parts, s)
					} else {
						parts = append(parts, string(a.Value))
					}
				default:
					parts = append(parts, a.Description)
				}
			}
			problem = "console." + string(e.Type) + ": " + strings.Join(parts, " ")
		}
	case *log.EventEntryAdded:
		if en := e.Entry; en != nil && en.Level == log.EntryLevelError {
			problem = fmt.Sprintf("%s error: %s %s", en.Source, en.Text, en.URL)
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
	return b.run(ctx, "loading "+url, b.opts.action, func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.Navigate(url))
	})
}

// Eval evaluates a JavaScript expression in the page, awaits it when it is
// a promise, and decodes its JSON value into out (which may be nil).
func (b *Browser) Eval(ctx context.Context, expr string, out any) error {
	var res *runtime.RemoteObject
	err := b.run(ctx, "evaluating "+truncate(expr, 60), b.opts.action, func(ctx context.Context) (err error) {
		res, err = chromedp.Run(ctx, chromedp.Evaluate[*runtime.RemoteObject](expr, chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
		return err
	})
	if err != nil || out == nil {
		return err
	}
	if res == nil || len(res.Value) == 0 {
		typ := "nothing"
		if res != nil {
			typ = string(res.Type)
		}
		return fmt.Errorf("dashboardtest: %s is %s, not a JSON value", truncate(expr, 60), typ)
	}
	if err := json.Unmarshal(res.Value, out); err != nil {
		return fmt.Errorf("dashboardtest: decoding %s: %w", truncate(expr, 60), err)
	}
	return nil
}

// WaitFor polls a JavaScript expression in the page every 50 ms until it
// is true, or ctx or the wait timeout (WithWaitTimeout) ends. An exception
// in the expression ends the wait with an error.
func (b *Browser) WaitFor(ctx context.Context, expr string) error {
	limit := b.opts.wait
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < limit {
		limit = time.Until(dl)
	}
	if limit <= 0 {
		return fmt.Errorf("dashboardtest: waiting for %s: %w", truncate(expr, 80), context.DeadlineExceeded)
	}
	return b.run(ctx, "waiting for "+truncate(expr, 80), limit, func(ctx context.Context) error {
		// The page stops polling by itself when the limit is reached, so
		// no poll outlives the action.
		return chromedp.Do(ctx, chromedp.Poll[chromedp.Void]("!!("+expr+")",
			chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(limit)))
	})
}

// Click sends a real mouse click (pressed and released, left button) to the
// centre of the first element matching the CSS selector, once it is
// visible, after scrolling it into view.
func (b *Browser) Click(ctx context.Context, selector string) error {
	return b.run(ctx, "clicking "+selector, b.opts.action, func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.Click(chromedp.CSS(selector)))
	})
}

// ClickUntil clicks the first element matching the CSS selector (Click)
// until the JavaScript expression expr is true, waiting up to 10 s after
// each click and trying at most 3 times. The dashboard redraws its tables
// on every live update, so a row found for a click can be replaced before
// the click lands; use ClickUntil only where clicking again is harmless
// (selecting, not toggling).
func (b *Browser) ClickUntil(ctx context.Context, selector, expr string) error {
	var err error
	for range 3 {
		if err = b.Click(ctx, selector); err == nil {
			wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			err = b.WaitFor(wctx, expr)
			cancel()
			if err == nil {
				return nil
			}
		}
		if ctx.Err() != nil {
			break
		}
	}
	return fmt.Errorf("dashboardtest: clicking %s did not make %s true: %w", selector, truncate(expr, 80), err)
}

// Screenshot captures the viewport as a PNG.
func (b *Browser) Screenshot(ctx context.Context) ([]byte, error) {
	var png []byte
	err := b.run(ctx, "taking a screenshot", b.opts.action, func(ctx context.Context) (err error) {
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		return err
	})
	return png, err
}

// Process returns the browser's main process, or nil before it started.
func (b *Browser) Process() *os.Process {
	if c := chromedp.FromContext(b.ctx); c != nil && c.Browser != nil {
		return c.Browser.Process()
	}
	return nil
}

// Close ends the browser (politely, then by force after 5 s), waits until
// it and its child processes have exited and removes its profile
// directory. Calling it again returns the first result.
func (b *Browser) Close() error {
	b.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		err := chromedp.Cancel(ctx) // Browser.close; kills the process when ctx ends
		cancel()
		b.kill()
		b.allocStop() // waits for the process and the profile's removal
		if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
			b.closeErr = fmt.Errorf("dashboardtest: closing the browser: %w", err)
		}
	})
	return b.closeErr
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
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
