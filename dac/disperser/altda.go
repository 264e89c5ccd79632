package disperser

import (
	"net/http"
	"strconv"

	"github.com/quire-da/quire/dac/disperser/api"
)

// altDAStatus is the HTTP status of e on the OP Stack Alt-DA put routes.
// op-batcher falls back to posting the batch on L1 only when its DA server
// answers 503 (any other failure it retries against the DA server, and the
// chain's batches stall). So every outcome that leaves no certificate now
// but may give one later is 503 there: no quorum, the deadline passed
// before t members signed, the dispersal queue or the upload budget full,
// the committee unreadable, the disperser closing, the API key's quota
// spent (the rollup's batches go to L1 until it refills). The body keeps the
// stable code (timeout, queue_full, ...) and /v1 keeps each code's own
// status (504, 429). Other errors (a malformed request, a body above the
// size limit, a slow client, a bug) keep theirs: falling back cannot
// repair them.
func altDAStatus(e *api.Error) int {
	switch e.Code {
	case api.CodeNoQuorum, api.CodeTimeout, api.CodeQueueFull, api.CodeUnavailable, api.CodeQuotaExceeded:
		return http.StatusServiceUnavailable
	}
	return e.Code.Status()
}

// writeAltDAError writes e with its Alt-DA status (altDAStatus).
func writeAltDAError(w http.ResponseWriter, e *api.Error) {
	status := altDAStatus(e)
	switch status {
	case http.StatusServiceUnavailable, http.StatusTooManyRequests:
		ra := retryAfter
		if e.RetryAfter > 0 {
			ra = e.RetryAfter
		}
		w.Header().Set("Retry-After", strconv.Itoa(ra))
	case http.StatusRequestTimeout:
		w.Header().Set("Connection", "close")
	}
	writeJSON(w, status, e)
}
