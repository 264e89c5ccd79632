package dac

import (
	"fmt"

	"github.com/quire-da/quire/dac/bls"
)

// SignerError reports a member whose individual signature did not verify:
// evidence against that member. It wraps ErrBadSignature.
type SignerError struct {
	Member int
	Err    error
}

func (e *SignerError) Error() string {
	return fmt.Sprintf("member %d: %v", e.Member, e.Err)
}

func (e *SignerError) Unwrap() error { return e.Err }

// Aggregator collects the members' signatures on one header for the
// disperser and builds the certificate once the threshold is met. Each
// signature is verified against its member's key as it arrives, so a
// byzantine member cannot spoil the aggregate; the disperser learns who
// misbehaved from the *SignerError.
//
// An Aggregator is a pure value with no locking: use it from one goroutine
// (or guard it).
type Aggregator struct {
	keys      []bls.PublicKey
	threshold int
	msg       [32]byte
	cert      Certificate
	sigs      []bls.Signature // by member index; valid where cert.Signers has the bit
}

// NewAggregator prepares to aggregate signatures on header h in epoch, for
// the committee whose member keys (in member order) are keys, with the
// given threshold, on chain chainID and committee contract committee. keys
// must have passed bls.VerifyPossession at registration.
func NewAggregator(keys []bls.PublicKey, threshold int, chainID uint64, committee [20]byte, epoch uint64, h HeaderHash) (*Aggregator, error) {
	signers, err := NewBitmap(len(keys))
	if err != nil {
		return nil, err
	}
	if threshold < 1 || threshold > len(keys) {
		return nil, fmt.Errorf("%w: threshold %d, %d members", ErrBadThreshold, threshold, len(keys))
	}
	a := &Aggregator{
		keys:      keys,
		threshold: threshold,
		msg:       AttestMessage(chainID, committee, epoch, h),
		cert:      Certificate{HeaderHash: h, Epoch: epoch, Signers: signers},
		sigs:      make([]bls.Signature, len(keys)),
	}
	return a, nil
}

// Message returns the attest message the members are expected to sign.
func (a *Aggregator) Message() [32]byte { return a.msg }

// Add verifies member index's signature and, if it is valid, counts it. It
// returns ErrBitmapRange for an index outside the committee,
// ErrDuplicateSigner if the member already has a valid signature in, or a
// *SignerError wrapping ErrBadSignature if the signature does not verify
// under that member's key. Signatures arriving after the threshold is met
// are still verified and counted.
func (a *Aggregator) Add(index int, sig bls.Signature) error {
	if index < 0 || index >= len(a.keys) {
		return fmt.Errorf("%w: member %d of %d", ErrBitmapRange, index, len(a.keys))
	}
	if a.cert.Signers.Has(index) {
		return fmt.Errorf("%w: member %d", ErrDuplicateSigner, index)
	}
	if sig.IsZero() {
		return &SignerError{Member: index, Err: fmt.Errorf("%w: identity signature", ErrBadSignature)}
	}
	if bls.Verify(a.keys[index], a.msg[:], sig) != nil {
		return &SignerError{Member: index, Err: ErrBadSignature}
	}
	a.sigs[index] = sig
	// Cannot fail: index was range-checked above.
	_ = a.cert.Signers.Set(index)
	return nil
}

// Count returns how many valid signatures are in.
func (a *Aggregator) Count() int { return a.cert.Signers.Count() }

// Done reports whether the threshold is met.
func (a *Aggregator) Done() bool { return a.Count() >= a.threshold }

// Certificate aggregates the valid signatures collected so far. It returns
// ErrBelowThreshold until Done.
func (a *Aggregator) Certificate() (*Certificate, error) {
	if !a.Done() {
		return nil, fmt.Errorf("%w: %d of %d signed, need %d", ErrBelowThreshold, a.Count(), len(a.keys), a.threshold)
	}
	idx := a.cert.Signers.Indexes()
	sigs := make([]bls.Signature, len(idx))
	for j, i := range idx {
		sigs[j] = a.sigs[i]
	}
	c := a.cert
	c.Signature = bls.Aggregate(sigs...)
	return &c, nil
}
