package disperser

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/disperser/api"
)

// Errors of Put, Get, Status and Certificate. Each maps to one stable API
// code (see apiError).
var (
	// ErrTooLarge: the blob is above Config.MaxBlobSize. Not retryable.
	ErrTooLarge = errors.New("disperser: blob too large")
	// ErrQueueFull: the dispersal queue is full. Retry after a pause.
	ErrQueueFull = errors.New("disperser: dispersal queue full")
	// ErrNoQuorum: more than n-t members failed; no certificate exists.
	// Returned as a *MembersError naming them. Retry later.
	ErrNoQuorum = errors.New("disperser: no quorum")
	// ErrTimeout: the deadline passed before t members signed (or before
	// a retrieval got enough cells). Returned as a *MembersError. Retry
	// later.
	ErrTimeout = errors.New("disperser: deadline passed")
	// ErrNotFound: the blob is unknown here and no custodian holds it. Not
	// retryable.
	ErrNotFound = errors.New("disperser: blob not found")
	// ErrUnavailable: too few custodians answered to rebuild the blob, or
	// the committee could not be read. Retry later.
	ErrUnavailable = errors.New("disperser: unavailable")
	// ErrMalformed: a bad request (a commitment that does not match the
	// posted bytes, an L1 mode with no L1 configured). Not retryable.
	ErrMalformed = errors.New("disperser: malformed request")
	// ErrClosed: the disperser is shutting down.
	ErrClosed = errors.New("disperser: closed")
)

// MemberFailure is one member's failed dispersal or fetch.
type MemberFailure struct {
	Member int
	Peer   peer.ID
	Err    error
}

// MembersError is a dispersal or retrieval that failed because of the
// members listed. Kind is ErrNoQuorum, ErrTimeout or ErrUnavailable, and
// errors.Is matches it.
type MembersError struct {
	Kind     error
	Detail   string
	Failures []MemberFailure
}

func (e *MembersError) Error() string {
	var b strings.Builder
	b.WriteString(e.Kind.Error())
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	for i, f := range e.Failures {
		if i == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "member %d: %v", f.Member, f.Err)
		if i == len(e.Failures)-1 {
			b.WriteString(")")
		}
	}
	return b.String()
}

func (e *MembersError) Unwrap() error { return e.Kind }

// apiError turns an error of this package into the API's error body.
func apiError(err error) *api.Error {
	var ae *api.Error
	if errors.As(err, &ae) {
		return ae
	}
	out := &api.Error{Message: err.Error()}
	var me *MembersError
	if errors.As(err, &me) {
		out.Message = me.Kind.Error()
		if me.Detail != "" {
			out.Message += ": " + me.Detail
		}
		for _, f := range me.Failures {
			m := api.MemberError{Member: f.Member, Reason: f.Err.Error()}
			if f.Peer != "" {
				m.Peer = f.Peer.String()
			}
			out.Members = append(out.Members, m)
		}
	}
	switch {
	case errors.Is(err, ErrTooLarge):
		out.Code = api.CodeTooLarge
	case errors.Is(err, ErrSlowClient):
		out.Code = api.CodeSlowClient
	case errors.Is(err, ErrQueueFull):
		out.Code = api.CodeQueueFull
	case errors.Is(err, ErrNoQuorum):
		out.Code = api.CodeNoQuorum
	case errors.Is(err, ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		out.Code = api.CodeTimeout
	case errors.Is(err, ErrNotFound):
		out.Code = api.CodeNotFound
	case errors.Is(err, ErrUnavailable), errors.Is(err, ErrClosed), errors.Is(err, ErrArchiveMismatch):
		out.Code = api.CodeUnavailable
	case errors.Is(err, ErrMalformed), errors.Is(err, api.ErrCommitment):
		out.Code = api.CodeMalformed
	case errors.Is(err, ErrUnauthorized):
		out.Code = api.CodeUnauthorized
	case errors.Is(err, ErrQuota):
		out.Code = api.CodeQuotaExceeded
		var qe *QuotaError
		if errors.As(err, &qe) {
			out.RetryAfter = qe.retryAfterSeconds()
		}
	default:
		out.Code = api.CodeInternal
	}
	return out
}
