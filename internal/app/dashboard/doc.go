// Package dashboard serves the devnet's web dashboard: a single-page app
// (embedded with go:embed, no external assets) and the JSON API it reads.
//
// The app shows the committee members with their status, the recent blobs
// with their size, certificate signers, gas and L1 transaction, and for a
// selected blob its extended square drawn as a grid, tinted by a member's
// custody columns, with the cells the light client sampled marked as
// verified or failed. It updates live over server-sent events.
//
// The data comes from a [Source], which internal/app/devnet implements:
//
//	GET /api/state        -> State
//	GET /api/blobs/{id}   -> BlobDetail (404 JSON error when unknown)
//	GET /api/events       -> text/event-stream, one "event: update" per
//	                         change (coalesced) and a heartbeat comment
//
// Errors are JSON objects {"code": "...", "message": "..."}, the shape the
// disperser's API uses, with stable codes: not_found, malformed,
// method_not_allowed, internal.
//
// An event stream lasts as long as its client: http.Server.Shutdown waits
// for it, so cancel the server's BaseContext (or call Close) to end open
// streams when the process stops.
//
// Package dashboardtest drives the page in a real headless Chromium, for
// tests here and in internal/app/devnet.
package dashboard
