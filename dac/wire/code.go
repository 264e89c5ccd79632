package wire

import (
	"fmt"
	"strings"
)

// Code is the stable reason a member gives for refusing a request. The
// numbers are part of the protocol; new codes are only ever added.
type Code uint16

// Rejection codes.
const (
	// CodeMalformed: a frame or message did not decode, or the protocol
	// steps came out of order. Not retryable.
	CodeMalformed Code = 1
	// CodeUnauthorized: the peer may not use this protocol (it is not an
	// authorized disperser). Not retryable from the same peer.
	CodeUnauthorized Code = 2
	// CodeRateLimited: the peer is over its request or byte rate, or the
	// member is at its concurrency limit. Retry after a pause.
	CodeRateLimited Code = 3
	// CodeOversize: the blob (k) or a frame is larger than the member
	// accepts. Not retryable.
	CodeOversize Code = 4
	// CodeBadHeader: the header is malformed, for another chain, has a
	// wrong commitments root or parity commitments that do not extend the
	// data commitments. Not retryable.
	CodeBadHeader Code = 5
	// CodeWrongEpoch: the header's epoch is not the member's current
	// epoch; Rejection.Epoch says which it is. Retry with a header for it.
	CodeWrongEpoch Code = 6
	// CodeExpired: the retention expiry is past, too soon or too far
	// ahead for the member's policy. Not retryable.
	CodeExpired Code = 7
	// CodeUnknownCommittee: the member has no committee for the epoch or
	// is not in it. Retry later (it may be catching up with L1).
	CodeUnknownCommittee Code = 8
	// CodeNotCustodian: the columns sent (or asked for) are not this
	// member's custody columns for the blob.
	CodeNotCustodian Code = 9
	// CodeBadCells: some cells failed verification; Rejection.Cells names
	// them. Not retryable with the same cells.
	CodeBadCells Code = 10
	// CodeStorageFailure: the member could not persist the data. Retry
	// later.
	CodeStorageFailure Code = 11
	// CodeNotFound: the member does not hold the blob (cells protocol).
	CodeNotFound Code = 12
	// CodeUnavailable: the member is shutting down or not ready. Retry
	// later or elsewhere.
	CodeUnavailable Code = 13
	// CodeBadArchiveShard: the archive shard sent with a dispersal is
	// missing, has the wrong index or size, or is not under the header's
	// archive root. Not retryable with the same shard.
	CodeBadArchiveShard Code = 14
	// CodeBusy: every read slot this peer may use is taken (its own
	// per-peer share, or the capacity open to peers outside the committee
	// and its dispersers), or its reader fell below the minimum
	// throughput. The member holds what was asked for as far as this
	// answer says: retry after a pause. A sampler must not count it as
	// withholding.
	CodeBusy Code = 15
	// CodeQuotaExceeded: the disperser already holds as many bytes on
	// this member as the member's operator allows it (cells, proofs and
	// archive shards not yet expired). Retrying helps only once some of
	// them expire or the operator raises the quota.
	CodeQuotaExceeded Code = 16
)

var codeNames = map[Code]string{
	CodeMalformed:        "malformed",
	CodeUnauthorized:     "unauthorized",
	CodeRateLimited:      "rate_limited",
	CodeOversize:         "oversize",
	CodeBadHeader:        "bad_header",
	CodeWrongEpoch:       "wrong_epoch",
	CodeExpired:          "expired",
	CodeUnknownCommittee: "unknown_committee",
	CodeNotCustodian:     "not_custodian",
	CodeBadCells:         "bad_cells",
	CodeStorageFailure:   "storage_failure",
	CodeNotFound:         "not_found",
	CodeUnavailable:      "unavailable",
	CodeBadArchiveShard:  "bad_archive_shard",
	CodeBusy:             "busy",
	CodeQuotaExceeded:    "quota_exceeded",
}

// String returns the code's stable snake_case name (used as a metrics
// label), or code(N) for a code this version does not know.
func (c Code) String() string {
	if s, ok := codeNames[c]; ok {
		return s
	}
	return fmt.Sprintf("code(%d)", uint16(c))
}

// Codes returns every code this version knows, ascending.
func Codes() []Code {
	out := make([]Code, 0, len(codeNames))
	for c := CodeMalformed; c <= CodeQuotaExceeded; c++ {
		out = append(out, c)
	}
	return out
}

// Retryable reports whether the same request may succeed later.
func (c Code) Retryable() bool {
	switch c {
	case CodeRateLimited, CodeWrongEpoch, CodeUnknownCommittee, CodeStorageFailure, CodeUnavailable, CodeBusy:
		return true
	}
	return false
}

// Throttled reports whether the code says the member limited this peer
// (its request or byte rate, or its read slots) rather than anything about
// the data: the same request should succeed after a pause.
func (c Code) Throttled() bool { return c == CodeRateLimited || c == CodeBusy }

// RejectError is a Rejection received from a peer, as an error. Match it
// with errors.As, or a code with errors.Is(err, wire.CodeNotFound).
type RejectError struct {
	Code    Code
	Message string
	Epoch   uint64
	Cells   []CellRef
}

func (e *RejectError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "wire: rejected: %s", e.Code.String())
	if e.Message != "" {
		fmt.Fprintf(&b, ": %s", e.Message)
	}
	if e.Code == CodeWrongEpoch {
		fmt.Fprintf(&b, " (member epoch %d)", e.Epoch)
	}
	if len(e.Cells) > 0 {
		fmt.Fprintf(&b, " (%d cells, first row %d col %d)", len(e.Cells), e.Cells[0].Row, e.Cells[0].Col)
	}
	return b.String()
}

// Is makes errors.Is(err, code) match a RejectError with that code.
func (e *RejectError) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c == e.Code
}

// Error makes a Code usable as an errors.Is target.
func (c Code) Error() string { return "wire: " + c.String() }
