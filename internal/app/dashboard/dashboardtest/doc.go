// Package dashboardtest drives the dashboard in a real headless Chromium,
// through chromedp (github.com/chromedp/chromedp), for tests in
// internal/app/dashboard and internal/app/devnet.
//
// A test finds the browser (skipping, or failing under CI=true, when none is
// installed), launches it, loads the page, waits for a drawn blob and checks
// what the page shows, down to the canvas pixels of the sampled cells:
//
//	path := dashboardtest.Require(t)
//	b, err := dashboardtest.Launch(ctx, path)
//	if err != nil { t.Fatal(err) }
//	t.Cleanup(func() { b.Close() }) // ends the process and its children
//	view, err := b.Dashboard(ctx, srv.URL) // waits for document.body.dataset.ready
//	// view.PixelsOK == number of verified samples, ...
//	err = b.Click(ctx, `#blobs tbody tr[data-blob="0x…"]`) // a real mouse click
//	png, err := b.Screenshot(ctx)
//	_, err = dashboardtest.CheckPNG(png, 1400, 1000)
//	dashboardtest.SaveScreenshot(t, "dashboard.png", png)
//
// Every action (Navigate, Eval, Click, Screenshot) is bounded by the
// caller's context and by its own limit, DefaultActionTimeout unless
// WithActionTimeout says otherwise; WaitFor by DefaultWaitTimeout
// (WithWaitTimeout). The dashboard redraws its tables on every live
// update, so a row found for a click may be replaced before the click
// lands: ClickUntil clicks again until a condition holds, for clicks that
// may be repeated.
//
// Problems lists the page's uncaught exceptions, console errors and failed
// loads; a test should expect none.
//
// Chromium runs with chromedp's default headless flags, --no-sandbox,
// --disable-gpu and a throwaway profile, and talks to the test over a pipe
// (--remote-debugging-pipe), so no DevTools port is opened; Debian's
// chromium package provides it (make tools installs it when run as root),
// or QUIRE_CHROMIUM names the binary.
package dashboardtest
