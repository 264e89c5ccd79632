package api

import (
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/quire-da/quire/dac"
)

// Routes of the disperser's HTTP interface.
const (
	RouteBlobs   = "/v1/blobs"    // POST: disperse the raw body
	RouteBlob    = "/v1/blobs/"   // GET {id}, {id}/status, {id}/certificate
	RoutePut     = "/put"         // POST (Alt-DA): disperse, return the commitment
	RouteGet     = "/get/"        // GET /get/<hex commitment> (Alt-DA)
	RouteMetrics = "/metrics"     // Prometheus
	RouteHealth  = "/healthz"     // liveness and committee reachability
	QueryL1      = "l1"           // POST /v1/blobs?l1=off|async|wait
	ContentType  = "Content-Type" // header name
)

// Media types.
const (
	MediaJSON   = "application/json"
	MediaBinary = "application/octet-stream"
)

// Code is a stable error code. The strings are part of the API; new codes
// are only ever added.
type Code string

// Error codes, with the HTTP status each travels with (see Status).
const (
	// CodeMalformed (400): the request cannot be understood: a bad blob ID
	// or commitment, an unknown query value, a commitment that does not
	// match the posted bytes. Not retryable.
	CodeMalformed Code = "malformed"
	// CodeNotFound (404): no custodian holds the blob, or the route does
	// not exist. Not retryable.
	CodeNotFound Code = "not_found"
	// CodeMethod (405): the route exists for another method.
	CodeMethod Code = "method_not_allowed"
	// CodeTooLarge (413): the body is above the disperser's size limit.
	// Not retryable; split the data.
	CodeTooLarge Code = "too_large"
	// CodeQueueFull (429): the dispersal queue is full. Retry after a pause.
	CodeQueueFull Code = "queue_full"
	// CodeInternal (500): a bug or a local failure of the disperser.
	CodeInternal Code = "internal"
	// CodeNoQuorum (503): too many members failed (Members says which and
	// why) for t valid signatures to be possible. No certificate exists.
	// Retry later; an OP Stack batcher falls back to L1 on this status.
	CodeNoQuorum Code = "no_quorum"
	// CodeUnavailable (503): the blob is known but too few custodians
	// answered to rebuild it, or the committee cannot be read. Retry later.
	CodeUnavailable Code = "unavailable"
	// CodeTimeout (504): the deadline passed before t members signed (or
	// before enough cells arrived). No certificate exists. Retry later.
	CodeTimeout Code = "timeout"
	// CodeSlowClient (408): the request body arrived slower than the
	// disperser's minimum upload rate, and the connection was cut. Retry
	// over a faster link.
	CodeSlowClient Code = "slow_client"
	// CodeUnauthorized (401): an upload without a valid API key from an
	// address that is not allow-listed. Not retryable; send a key.
	CodeUnauthorized Code = "unauthorized"
	// CodeQuotaExceeded (429): the API key's byte quota or request rate
	// is spent; RetryAfter (and the Retry-After header) says when it
	// refills enough, 0 when the blob is larger than the whole quota.
	CodeQuotaExceeded Code = "quota_exceeded"
)

// Status returns the HTTP status of an error code (500 for a code this
// version does not know).
func (c Code) Status() int {
	switch c {
	case CodeMalformed:
		return http.StatusBadRequest
	case CodeNotFound:
		return http.StatusNotFound
	case CodeMethod:
		return http.StatusMethodNotAllowed
	case CodeTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeQueueFull, CodeQuotaExceeded:
		return http.StatusTooManyRequests
	case CodeUnauthorized:
		return http.StatusUnauthorized
	case CodeNoQuorum, CodeUnavailable:
		return http.StatusServiceUnavailable
	case CodeTimeout:
		return http.StatusGatewayTimeout
	case CodeSlowClient:
		return http.StatusRequestTimeout
	}
	return http.StatusInternalServerError
}

// Retryable reports whether the same request may succeed later.
func (c Code) Retryable() bool {
	switch c {
	case CodeQueueFull, CodeNoQuorum, CodeUnavailable, CodeTimeout, CodeSlowClient, CodeQuotaExceeded:
		return true
	}
	return false
}

// Codes returns every code this version knows.
func Codes() []Code {
	return []Code{CodeMalformed, CodeNotFound, CodeMethod, CodeTooLarge, CodeQueueFull,
		CodeInternal, CodeNoQuorum, CodeUnavailable, CodeTimeout, CodeSlowClient, CodeUnauthorized, CodeQuotaExceeded}
}

// Error is the body of every error response.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	// Members names the committee members that failed, for no_quorum and
	// timeout (and unavailable on retrieval).
	Members []MemberError `json:"members,omitempty"`
	// RetryAfter is the seconds to wait before a retry can pass, when the
	// disperser knows (quota_exceeded); the Retry-After header carries it.
	RetryAfter int `json:"retry_after,omitempty"`
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", e.Code, e.Message)
	if len(e.Members) > 0 {
		b.WriteString(" (")
		for i, m := range e.Members {
			if i > 0 {
				b.WriteString("; ")
			}
			fmt.Fprintf(&b, "member %d: %s", m.Member, m.Reason)
		}
		b.WriteString(")")
	}
	return b.String()
}

// MemberError is one member's failure.
type MemberError struct {
	Member int    `json:"member"`
	Peer   string `json:"peer,omitempty"`
	Reason string `json:"reason"`
}

// Hex is a byte string written as 0x-prefixed hex in JSON.
type Hex []byte

// MarshalText implements encoding.TextMarshaler.
func (h Hex) MarshalText() ([]byte, error) {
	out := make([]byte, 2+hex.EncodedLen(len(h)))
	copy(out, "0x")
	hex.Encode(out[2:], h)
	return out, nil
}

// UnmarshalText implements encoding.TextUnmarshaler; the 0x prefix is
// optional.
func (h *Hex) UnmarshalText(b []byte) error {
	if len(b) >= 2 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X') {
		b = b[2:]
	}
	out := make([]byte, hex.DecodedLen(len(b)))
	if _, err := hex.Decode(out, b); err != nil {
		return fmt.Errorf("api: %w", err)
	}
	*h = out
	return nil
}

// String returns the 0x-prefixed hex.
func (h Hex) String() string { t, _ := h.MarshalText(); return string(t) }

// Stages are the wall-clock times of a dispersal's stages, in
// milliseconds. Stages that did not run are zero.
type Stages struct {
	QueueMS     float64 `json:"queue_ms"`     // waiting for a dispersal worker
	EncodeMS    float64 `json:"encode_ms"`    // square, commitments, proofs
	DisperseMS  float64 `json:"disperse_ms"`  // first byte sent to the t-th valid signature
	AggregateMS float64 `json:"aggregate_ms"` // aggregating the certificate
	L1MS        float64 `json:"l1_ms"`        // certify transaction, in wait mode
	TotalMS     float64 `json:"total_ms"`     // request received to response
}

// L1Mode says whether and how a certificate is submitted to the committee
// contract's certify.
type L1Mode string

// L1 modes.
const (
	L1Off   L1Mode = "off"   // never submit
	L1Async L1Mode = "async" // submit in the background; poll /status
	L1Wait  L1Mode = "wait"  // answer only once the transaction is mined
)

// ParseL1Mode parses an L1 mode name.
func ParseL1Mode(s string) (L1Mode, error) {
	switch m := L1Mode(s); m {
	case L1Off, L1Async, L1Wait:
		return m, nil
	}
	return "", fmt.Errorf("api: L1 mode %q, want off, async or wait", s)
}

// L1 states.
const (
	L1Pending   = "pending"   // async submission not finished
	L1Confirmed = "confirmed" // certify mined successfully
	L1Failed    = "failed"    // the submission failed; Error says why
)

// L1Status is where a blob's certify transaction stands.
type L1Status struct {
	Mode   L1Mode `json:"mode"`
	State  string `json:"state,omitempty"`
	TxHash string `json:"tx_hash,omitempty"`
	Block  uint64 `json:"block,omitempty"`
	Gas    uint64 `json:"gas_used,omitempty"`
	Error  string `json:"error,omitempty"`
}

// PutResult is the body of a successful POST /v1/blobs.
type PutResult struct {
	BlobID      dac.BlobID     `json:"blob_id"`
	HeaderHash  dac.HeaderHash `json:"header_hash"`
	Certificate Hex            `json:"certificate"` // dac.Certificate binary encoding
	Header      Hex            `json:"header"`      // dac.Header canonical encoding
	Commitment  Hex            `json:"commitment"`  // the Alt-DA commitment
	ChainID     uint64         `json:"chain_id"`
	Committee   string         `json:"committee"` // committee contract address, 0x hex
	Epoch       uint64         `json:"epoch"`
	Size        uint64         `json:"size"`
	K           uint32         `json:"k"`
	Expiry      uint64         `json:"expiry"` // unix seconds
	Signers     []int          `json:"signers"`
	// Duplicate is true when the same bytes were already certified and
	// the earlier certificate is returned without dispersing again.
	Duplicate bool      `json:"duplicate"`
	Stages    Stages    `json:"stages"`
	L1        *L1Status `json:"l1,omitempty"`
}

// DecodeCertificate decodes the certificate.
func (r *PutResult) DecodeCertificate() (*dac.Certificate, error) {
	var c dac.Certificate
	if err := c.UnmarshalBinary(r.Certificate); err != nil {
		return nil, err
	}
	return &c, nil
}

// DecodeHeader decodes the header and checks that it is the one the
// certificate and blob ID name.
func (r *PutResult) DecodeHeader() (*dac.Header, error) {
	var h dac.Header
	if err := h.UnmarshalBinary(r.Header); err != nil {
		return nil, err
	}
	if h.BlobID() != r.BlobID || h.Hash() != r.HeaderHash || dac.CommitmentsRoot(h.Commitments) != h.Core.CommitmentsRoot {
		return nil, fmt.Errorf("api: header does not match blob %s / header hash %s", r.BlobID, r.HeaderHash)
	}
	return &h, nil
}

// Blob states reported by /v1/blobs/{id}/status.
const (
	StateDispersing = "dispersing"
	StateCertified  = "certified"
	StateFailed     = "failed"
)

// BlobStatus is the body of GET /v1/blobs/{id}/status.
type BlobStatus struct {
	BlobID     dac.BlobID     `json:"blob_id"`
	State      string         `json:"state"`
	HeaderHash dac.HeaderHash `json:"header_hash,omitzero"`
	Epoch      uint64         `json:"epoch"`
	Size       uint64         `json:"size"`
	K          uint32         `json:"k"`
	Expiry     uint64         `json:"expiry,omitempty"`
	Signers    []int          `json:"signers,omitempty"`
	// Stored lists the members that acknowledged storing their columns,
	// including those that answered after the certificate was built.
	Stored    []int     `json:"stored,omitempty"`
	Certified time.Time `json:"certified,omitzero"`
	L1        *L1Status `json:"l1,omitempty"`
	Error     *Error    `json:"error,omitempty"`
}

// CertificateResult is the body of GET /v1/blobs/{id}/certificate.
type CertificateResult struct {
	BlobID      dac.BlobID     `json:"blob_id"`
	HeaderHash  dac.HeaderHash `json:"header_hash"`
	Certificate Hex            `json:"certificate"`
	Header      Hex            `json:"header"`
	ChainID     uint64         `json:"chain_id"`
	Committee   string         `json:"committee"`
	Epoch       uint64         `json:"epoch"`
}

// Health is the body of GET /healthz.
type Health struct {
	Status    string `json:"status"` // "ok" or the problem
	PeerID    string `json:"peer_id"`
	Epoch     uint64 `json:"epoch"`
	Members   int    `json:"members"`
	Threshold int    `json:"threshold"`
	Queue     int    `json:"queue"`     // dispersals waiting
	InFlight  int    `json:"in_flight"` // dispersals running
}
