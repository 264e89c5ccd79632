package dashboard

import (
	"context"
	"net"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/quire-da/quire/internal/app/dashboard/dashboardtest"
)

// TestBrowser loads the dashboard in a real headless Chromium against the
// fake source, waits for the square, checks that the sampled cells are drawn
// where the blob's samples are, that a member's custody columns are tinted,
// that a new blob arrives over the event stream, and saves a screenshot.
func TestBrowser(t *testing.T) {
	path := dashboardtest.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // about 3 s unloaded
	defer cancel()

	src := newFakeSource(5)
	src.addBlob(1, 4, 30, 0)
	first := src.addBlob(2, 16, 30, 3) // newest: drawn by default

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(Handler(src))
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	// The browser closes first (cleanups run last-in first-out), so no
	// event stream keeps the server's Close waiting.
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})

	b, err := dashboardtest.Launch(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })

	start := time.Now()
	v, err := b.Dashboard(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("square drawn %v after navigation: %+v", time.Since(start).Round(time.Millisecond), *v)

	okSamples, badSamples := 0, 0
	for _, s := range first.Samples {
		if s.OK {
			okSamples++
		} else {
			badSamples++
		}
	}
	if v.Blob != first.ID || v.Rows != 32 || v.Cols != 128 || v.K != 16 {
		t.Errorf("drew %s as %dx%d (k %d), want %s as 32x128 (k 16)", v.Blob, v.Rows, v.Cols, v.K, first.ID)
	}
	if v.Sampled != len(first.Samples) || v.SampledOK != okSamples || v.SampledFailed != badSamples {
		t.Errorf("page counts %d sampled (%d ok, %d failed), the source has %d (%d ok, %d failed)",
			v.Sampled, v.SampledOK, v.SampledFailed, len(first.Samples), okSamples, badSamples)
	}
	if v.CellW < 7 || v.CellH < 7 {
		t.Fatalf("cells drawn %dx%d px: too small for the pixel checks", v.CellW, v.CellH)
	}
	if v.PixelsOK != okSamples || v.PixelsFailed != badSamples {
		t.Errorf("canvas marks %d verified and %d failed sampled cells, want %d and %d", v.PixelsOK, v.PixelsFailed, okSamples, badSamples)
	}
	if v.MarkedOK != okSamples || v.MarkedFailed != badSamples {
		t.Errorf("canvas has %d cells marked verified and %d failed, want exactly the %d and %d samples",
			v.MarkedOK, v.MarkedFailed, okSamples, badSamples)
	}
	if v.MemberRows != 5 || v.BlobRows != 2 {
		t.Errorf("tables show %d members and %d blobs, want 5 and 2", v.MemberRows, v.BlobRows)
	}
	if !v.CanvasInView {
		t.Errorf("the square is not inside the 1400x1000 viewport")
	}

	// A member's custody columns, and the screenshot.
	dashboardtest.CheckCustodyAndScreenshot(ctx, t, b, v, 2, okSamples, "dashboard.png")

	// Live update: a new blob is pushed over the event stream and drawn,
	// since the page follows the newest blob until one is clicked.
	if err := b.WaitFor(ctx, `document.getElementById("live").classList.contains("on")`); err != nil {
		t.Fatal(err)
	}
	second := src.addBlob(3, 2, 12, 0)
	if err := b.WaitFor(ctx, `document.getElementById("square").dataset.blob === "`+second.ID+`"`); err != nil {
		t.Fatal(err)
	}
	v, err = b.ReadView(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v.Rows != 4 || v.Sampled != 12 || v.PixelsOK != 12 || v.BlobRows != 3 {
		t.Errorf("after the update: %+v", *v)
	}

	if p := b.Problems(); len(p) > 0 {
		t.Errorf("the page reported problems: %q", p)
	}
	if testing.Verbose() {
		t.Logf("whole test %v", time.Since(start).Round(time.Millisecond))
	}
}
