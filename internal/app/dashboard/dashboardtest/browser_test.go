package dashboardtest

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperPage is a small page for the helper's own test: a button that
// records whether its click was a trusted (real input) event, a node that
// appears later, a console error and an uncaught exception on demand.
const helperPage = `<!doctype html>
<html><head><title>dashboardtest</title></head>
<body style="margin:0;background:linear-gradient(90deg,#123,#9c4)">
<button id="b" style="position:absolute;left:40px;top:700px;width:120px;height:40px">click</button>
<script>
document.getElementById("b").addEventListener("click", (ev) => {
  document.body.dataset.clicked = ev.isTrusted ? "trusted" : "synthetic";
});
setTimeout(() => { const p = document.createElement("p"); p.id = "late"; document.body.append(p); }, 300);
window.fail = () => { console.error("boom", 7); setTimeout(() => { throw new Error("kaput"); }, 0); };
</script></body></html>`

func TestBrowserHelpers(t *testing.T) {
	path := Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(helperPage))
	}))
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	defer srv.Close()

	b, err := Launch(ctx, path, WithWindowSize(800, 900), WithActionTimeout(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	proc := b.Process()
	if proc == nil {
		t.Fatal("no browser process after Launch")
	}
	closed := false
	defer func() {
		if !closed {
			b.Close()
		}
	}()

	if err := b.Navigate(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	var title string
	if err := b.Eval(ctx, "document.title", &title); err != nil || title != "dashboardtest" {
		t.Fatalf("title %q, %v", title, err)
	}
	var size [2]int
	if err := b.Eval(ctx, "[window.innerWidth, window.innerHeight]", &size); err != nil || size != [2]int{800, 900} {
		t.Errorf("viewport %v, %v; want 800x900", size, err)
	}
	var n int
	if err := b.Eval(ctx, "new Promise((r) => setTimeout(() => r(42), 20))", &n); err != nil || n != 42 {
		t.Errorf("awaited promise gave %d, %v; want 42", n, err)
	}
	if err := b.Eval(ctx, "undefined", &n); err == nil {
		t.Error("Eval of undefined into an int succeeded")
	}
	if err := b.Eval(ctx, `(() => { throw new Error("nope"); })()`, nil); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Eval of a throwing expression: %v", err)
	}

	if err := b.WaitFor(ctx, `document.getElementById("late") !== null`); err != nil {
		t.Fatal(err)
	}
	short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
	start := time.Now()
	err = b.WaitFor(short, "false")
	cancelShort()
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Errorf("WaitFor(false) under a 300 ms context: %v after %v", err, time.Since(start))
	}

	// A real mouse event: the page sees isTrusted.
	if err := b.Click(ctx, "#b"); err != nil {
		t.Fatal(err)
	}
	if err := b.WaitFor(ctx, `document.body.dataset.clicked === "trusted"`); err != nil {
		t.Fatal(err)
	}
	cctx, cancelClick := context.WithTimeout(ctx, 500*time.Millisecond)
	err = b.Click(cctx, "#no-such-node")
	cancelClick()
	if err == nil {
		t.Error("Click on a missing node succeeded")
	}
	if err := b.ClickUntil(ctx, "#b", `document.body.dataset.clicked === "trusted"`); err != nil {
		t.Error(err)
	}
	cctx, cancelClick = context.WithTimeout(ctx, time.Second)
	err = b.ClickUntil(cctx, "#b", "false")
	cancelClick()
	if err == nil {
		t.Error("ClickUntil of a condition that never holds succeeded")
	}

	if p := b.Problems(); len(p) != 0 {
		t.Errorf("problems before any: %q", p)
	}
	if err := b.Eval(ctx, "fail()", nil); err != nil {
		t.Fatal(err)
	}
	if err := b.WaitFor(ctx, "true"); err != nil { // the exception runs in a later task
		t.Fatal(err)
	}
	p := b.Problems()
	if !slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, "console.error: boom 7") }) ||
		!slices.ContainsFunc(p, func(s string) bool { return strings.HasPrefix(s, "exception") && strings.Contains(s, "kaput") }) {
		t.Errorf("problems %q: want the console error and the exception", p)
	}

	png, err := b.Screenshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CheckPNG(png, 800, 900); err != nil {
		t.Error(err)
	}

	closed = true
	if err := b.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := proc.Signal(syscall.Signal(0)); !errors.Is(err, os.ErrProcessDone) {
		t.Errorf("browser process %d after Close: %v", proc.Pid, err)
	}
	if err := b.Eval(ctx, "1", nil); err == nil {
		t.Error("Eval after Close succeeded")
	}
	if err := b.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestLaunchTimeout checks that Launch gives up when its context ends,
// before and while the browser starts, and leaves no browser behind.
func TestLaunchTimeout(t *testing.T) {
	path := Require(t)
	for _, d := range []time.Duration{0, 50 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		start := time.Now()
		b, err := Launch(ctx, path)
		cancel()
		if err == nil {
			b.Close()
			t.Fatalf("Launch under a %v context succeeded", d)
		}
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 10*time.Second {
			t.Errorf("Launch under a %v context: %v after %v", d, err, time.Since(start))
		}
	}
}
