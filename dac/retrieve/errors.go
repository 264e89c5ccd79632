package retrieve

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
)

// Errors of Get. Each is documented with whether a retry helps.
var (
	// ErrNotCertified: the blob has no certification on L1 and no
	// certificate was given (or none can be checked: the Retriever has no
	// L1 and the call no certificate). Retrying helps only once the blob
	// is certified.
	ErrNotCertified = errors.New("retrieve: blob is not certified")
	// ErrBadCertificate: the certificate given does not verify against
	// its epoch's committee (BLS, threshold, bitmap). Not retryable.
	ErrBadCertificate = errors.New("retrieve: certificate does not verify")
	// ErrCommittee: the committee of the blob's epoch cannot be read or
	// cannot serve custody. Retrying may help (an L1 endpoint down).
	ErrCommittee = errors.New("retrieve: committee of the blob's epoch unavailable")
	// ErrUnavailable is matched by *UnavailableError: too few members
	// gave verified data to rebuild the blob. Retrying may help once
	// members come back.
	ErrUnavailable = errors.New("retrieve: too few members served the blob")
	// ErrMismatch: the data rebuilt from verified pieces does not match
	// the certified row commitments. From the archive tier this means the
	// archive shards under the certified archive root are not the blob's
	// (a faulty disperser); the error names the shards and rows. Not
	// retryable.
	ErrMismatch = errors.New("retrieve: rebuilt data does not match the row commitments")
	// ErrFault is matched by *FaultError: a member served data that does
	// not verify.
	ErrFault = errors.New("retrieve: member served bad data")
)

// FaultError is evidence that one member served bad data for a blob: a
// header that is not the certified one, cells that fail KZG verification
// or do not answer the request, or an archive shard that is not under the
// certified archive root. The member is not asked again during that Get.
// errors.Is(err, ErrFault) holds, and Unwrap gives the check that failed
// (a *kzg.InvalidCellError names the cells when cell verification failed).
type FaultError struct {
	Blob   dac.BlobID
	Epoch  uint64
	Member int     // index in the epoch's committee
	Peer   peer.ID // its libp2p identity
	What   string  // "header", "cells" or "shard"
	Err    error
}

func (e *FaultError) Error() string {
	return fmt.Sprintf("retrieve: member %d (%s) of epoch %d served bad %s for blob %s: %v",
		e.Member, e.Peer, e.Epoch, e.What, e.Blob, e.Err)
}

// Unwrap returns the check that failed.
func (e *FaultError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrFault) hold.
func (e *FaultError) Is(target error) bool { return target == ErrFault }

// Failure is a member that did not answer usefully without proving
// itself faulty: unreachable, timed out, not holding the blob.
type Failure struct {
	Member int
	Peer   peer.ID
	Err    error
}

// UnavailableError reports a Get that gathered too little verified data:
// the members that served bad data (Faults) and those that failed.
// errors.Is(err, ErrUnavailable) holds; a context's error is matched too
// when the Get ran out of time.
type UnavailableError struct {
	Blob     dac.BlobID
	Epoch    uint64
	Detail   string
	Faults   []*FaultError
	Failures []Failure
	Cause    error // the context's error when time ran out, else nil
}

func (e *UnavailableError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "retrieve: blob %s (epoch %d): %s", e.Blob, e.Epoch, e.Detail)
	for _, f := range e.Faults {
		fmt.Fprintf(&b, "; member %d served bad %s: %v", f.Member, f.What, f.Err)
	}
	if len(e.Failures) > 0 {
		fmt.Fprintf(&b, "; %d members failed", len(e.Failures))
		for i, f := range e.Failures {
			if i == 3 {
				b.WriteString(", ...")
				break
			}
			fmt.Fprintf(&b, ", member %d: %v", f.Member, f.Err)
		}
	}
	return b.String()
}

// Is makes errors.Is(err, ErrUnavailable) hold.
func (e *UnavailableError) Is(target error) bool { return target == ErrUnavailable }

// Unwrap gives the context's error when time ran out.
func (e *UnavailableError) Unwrap() error { return e.Cause }

// sortedFaults returns the faults of m by member.
func sortedFaults(m map[int]*FaultError) []*FaultError {
	out := make([]*FaultError, 0, len(m))
	for _, f := range m {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b *FaultError) int { return a.Member - b.Member })
	return out
}
