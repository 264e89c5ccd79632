package client

import (
	"context"
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

// ErrNotVerified is matched by *VerifyError: Get with WithVerify received
// bytes that are not the blob's (they do not pack into rows with the
// header's commitments, or have the wrong size), or a header that is not
// the blob's. The disperser (or something between) is faulty; retrying
// may help only against a transient corruption.
var ErrNotVerified = errors.New("client: blob bytes do not verify")

// VerifyError names what did not verify: the data rows whose bytes do not
// have the header's commitment (Rows), or the reason (Detail) when the
// bytes or the header do not fit at all. errors.Is(err, ErrNotVerified)
// holds.
type VerifyError struct {
	Blob   dac.BlobID
	Rows   []int
	Detail string
}

func (e *VerifyError) Error() string {
	if len(e.Rows) > 0 {
		return fmt.Sprintf("client: blob %s: data rows %v do not match their commitments", e.Blob, e.Rows)
	}
	return fmt.Sprintf("client: blob %s: %s", e.Blob, e.Detail)
}

// Is makes errors.Is(err, ErrNotVerified) hold.
func (e *VerifyError) Is(target error) bool { return target == ErrNotVerified }

// WithVerify makes Get check what it receives: a header that hashes to the
// blob ID (its commitments root binds the row commitments), then bytes of
// exactly the header's size (more are never read) that pack into rows
// with the header's row commitments (kzg.Context.CheckRows: one
// commitment, then one per row to name the rows that differ on failure).
// The header is the one given with WithHeader or, without it, the
// disperser's (GET /v1/blobs/{id}/certificate): the blob ID is the check,
// so the disperser need not be trusted for it. k nil means kzg.Default().
func WithVerify(k *kzg.Context) CallOption {
	return func(o *callOptions) { o.verify, o.kzg = true, k }
}

// WithHeader gives Get with WithVerify the blob's header (found on L1 or
// from the members) instead of asking the disperser for it.
func WithHeader(h *dac.Header) CallOption { return func(o *callOptions) { o.header = h } }

// verifyHeader checks that h is blob id's header and within maxSize.
func verifyHeader(id dac.BlobID, h *dac.Header, maxSize int64) error {
	c := &h.Core
	switch {
	case h.BlobID() != id:
		return &VerifyError{Blob: id, Detail: fmt.Sprintf("header is blob %s's", h.BlobID())}
	case c.K == 0 || c.K > dac.MaxEncodedRows || len(h.Commitments) != 2*int(c.K):
		return &VerifyError{Blob: id, Detail: fmt.Sprintf("header of k=%d with %d commitments", c.K, len(h.Commitments))}
	case dac.CommitmentsRoot(h.Commitments) != c.CommitmentsRoot:
		return &VerifyError{Blob: id, Detail: "header commitments do not match its commitments root"}
	case erasure.RowsFor(int(min(c.Size, 1<<40))) != int(c.K):
		return &VerifyError{Blob: id, Detail: fmt.Sprintf("header size %d does not pack into k=%d rows", c.Size, c.K)}
	case int64(min(c.Size, 1<<62)) > maxSize:
		return fmt.Errorf("client: blob %s is %d bytes, at most %d accepted (WithMaxBlobSize)", id, c.Size, maxSize)
	}
	// The known-zero rows (past the payload) are zero whatever is served;
	// their commitments must say so.
	for r := h.PayloadRows(); r < int(c.K); r++ {
		if h.Commitments[r] != kzg.IdentityCommitment {
			return &VerifyError{Blob: id, Detail: fmt.Sprintf("known-zero row %d has a commitment other than the identity", r)}
		}
	}
	return nil
}

// verifyBytes checks data against h's data-row commitments.
func verifyBytes(k *kzg.Context, id dac.BlobID, h *dac.Header, data []byte) error {
	if uint64(len(data)) != h.Core.Size {
		return &VerifyError{Blob: id, Detail: fmt.Sprintf("%d bytes, the header says %d", len(data), h.Core.Size)}
	}
	rows, err := erasure.Pack(data, int(h.Core.K))
	if err != nil {
		return &VerifyError{Blob: id, Detail: err.Error()}
	}
	err = k.CheckRows(rows, h.Commitments)
	var mm *kzg.RowMismatchError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &mm):
		return &VerifyError{Blob: id, Rows: mm.Rows}
	default:
		return &VerifyError{Blob: id, Detail: err.Error()}
	}
}

// header returns the header Get verifies against.
func (c *Client) header(ctx context.Context, id dac.BlobID, o *callOptions) (*dac.Header, error) {
	if o.header != nil {
		return o.header, verifyHeader(id, o.header, c.maxBlob)
	}
	res, err := c.Certificate(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("client: the header of blob %s to verify against: %w", id, err)
	}
	var h dac.Header
	if err := h.UnmarshalBinary(res.Header); err != nil {
		return nil, &VerifyError{Blob: id, Detail: fmt.Sprintf("header: %v", err)}
	}
	return &h, verifyHeader(id, &h, c.maxBlob)
}
