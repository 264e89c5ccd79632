package sampler

import (
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// Check errors. Neither goes away on retry with the same input.
var (
	// ErrCertificate is returned by CheckCertificate when a certificate
	// does not prove that the committee signed the header: wrong header
	// hash or epoch, below threshold, bad aggregate signature. The blob is
	// reported invalid and never sampled.
	ErrCertificate = errors.New("sampler: invalid certificate")
	// ErrHeader is returned by CheckHeader when the header a member served
	// is not the certified one, or fails validation. In the first case
	// another member may serve the right one.
	ErrHeader = errors.New("sampler: header does not match the certificate")
	// ErrCertifiedHeader is wrapped (with ErrHeader) when the certified
	// header itself fails validation: the committee signed a header that is
	// malformed, for another chain or epoch, expired, or whose parity
	// commitments do not extend its data commitments. No member can fix it.
	ErrCertifiedHeader = errors.New("sampler: certified header is invalid")
)

// CommitteeKeys is what a certificate is checked against: the epoch's
// member keys in member order and its threshold, as the committee contract
// records them, and the chain and contract the attest message binds.
type CommitteeKeys struct {
	Epoch     uint64
	Keys      []bls.PublicKey
	Threshold int
	ChainID   uint64
	Contract  [20]byte
}

// CheckCertificate checks that cert proves the committee of keys signed
// the header whose hash is hh: the certificate names hh and the keys'
// epoch, and its aggregate BLS signature verifies against at least the
// threshold of member keys (dac.Certificate.Verify). Every error wraps
// ErrCertificate.
func CheckCertificate(hh dac.HeaderHash, cert *dac.Certificate, keys CommitteeKeys) error {
	if cert == nil {
		return fmt.Errorf("%w: none", ErrCertificate)
	}
	if cert.HeaderHash != hh {
		return fmt.Errorf("%w: certificate is for header %s, not %s", ErrCertificate, cert.HeaderHash, hh)
	}
	if cert.Epoch != keys.Epoch {
		return fmt.Errorf("%w: certificate epoch %d, committee of epoch %d", ErrCertificate, cert.Epoch, keys.Epoch)
	}
	if err := cert.Verify(keys.Keys, keys.Threshold, keys.ChainID, keys.Contract); err != nil {
		return fmt.Errorf("%w: %w", ErrCertificate, err)
	}
	return nil
}

// CheckHeader decides which header to sample against. fetched is what a
// member served; want is the certified header hash; core, when not nil, is
// the certified header core (from the certify calldata or an
// announcement), already known to hash to want.
//
// The fetched header is accepted when it hashes to want. When it does not
// but core is known, its commitments are still usable if they match core's
// commitments root (a member may hold another dispersal of the same blob,
// with the same content and so the same commitments); the header returned
// is then core with those commitments. The result is then validated with
// policy (shape, chain, epoch, expiry, commitments root and, when
// policy.KZG is set, the parity extension). Every error wraps ErrHeader;
// validation failures also wrap ErrCertifiedHeader and the dac header
// error.
func CheckHeader(fetched *dac.Header, want dac.HeaderHash, core *dac.HeaderCore, policy dac.HeaderPolicy) (*dac.Header, error) {
	if fetched == nil {
		return nil, fmt.Errorf("%w: none", ErrHeader)
	}
	h := &dac.Header{Core: fetched.Core, Commitments: fetched.Commitments}
	if h.Hash() != want {
		if core == nil || core.Hash() != want {
			return nil, fmt.Errorf("%w: served header %s, certified %s", ErrHeader, h.Hash(), want)
		}
		if dac.CommitmentsRoot(fetched.Commitments) != core.CommitmentsRoot || len(fetched.Commitments) != 2*int(core.K) {
			return nil, fmt.Errorf("%w: served commitments do not match the certified root", ErrHeader)
		}
		h = &dac.Header{Core: *core, Commitments: fetched.Commitments}
	}
	if err := h.Validate(policy); err != nil {
		return nil, fmt.Errorf("%w: %w: %w", ErrHeader, ErrCertifiedHeader, err)
	}
	return h, nil
}
