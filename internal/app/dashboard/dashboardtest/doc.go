// Package dashboardtest drives the dashboard in a real headless Chromium
// over the DevTools protocol, for tests in internal/app/dashboard and
// internal/app/devnet.
//
// A test finds the browser (skipping, or failing under CI=true, when none is
// installed), launches it, loads the page, waits for a drawn blob and checks
// what the page shows, down to the canvas pixels of the sampled cells:
//
//	path := dashboardtest.Require(t)
//	b, err := dashboardtest.Launch(ctx, path)
//	if err != nil { t.Fatal(err) }
//	defer b.Close()
//	view, err := b.Dashboard(ctx, srv.URL) // waits for document.body.dataset.ready
//	// view.PixelsOK == number of verified samples, ...
//	png, err := b.Screenshot(ctx)
//	_, err = dashboardtest.CheckPNG(png, 1400, 1000)
//	dashboardtest.SaveScreenshot(t, "dashboard.png", png)
//
// Problems lists the page's uncaught exceptions, console errors and failed
// loads; a test should expect none.
//
// Chromium runs with --headless --no-sandbox --disable-gpu
// --disable-dev-shm-usage and a throwaway profile; Debian's chromium
// package provides it (make tools installs it when run as root).
package dashboardtest
