package l1

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/dac"
)

// Send is the first half of Transact: it sends calldata from `from` (with
// from.Nonce when set, the account's pending nonce otherwise) and returns
// the transaction without waiting for it to be mined. A revert found while
// estimating gas comes back as a *RevertError. Senders that keep several
// transactions in flight set the nonces themselves and Wait for each.
func (c *Contract) Send(ctx context.Context, from *bind.TransactOpts, what string, data []byte) (*types.Transaction, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.timeout)
	defer cancel()
	tx, err := bind.Transact(c.instance, withContext(from, ctx), data)
	if err != nil {
		return nil, fmt.Errorf("l1: %s: %w", what, asRevertWith(c.parsed, err))
	}
	if c.opts.mine != nil {
		c.opts.mine()
	}
	return tx, nil
}

// Wait waits for the receipt of a transaction Send returned (status 0 is
// ErrTxFailed, with the receipt).
func (c *Contract) Wait(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	return WaitForReceipt(ctx, c.backend, tx, c.opts.poll)
}

// PendingNonce returns the next nonce of account, counting transactions
// still in the pool.
func (c *Contract) PendingNonce(ctx context.Context, account common.Address) (uint64, error) {
	n, err := c.backend.PendingNonceAt(ctx, account)
	if err != nil {
		return 0, fmt.Errorf("l1: pending nonce of %s: %w", account, err)
	}
	return n, nil
}

// SendCertify is Certify without waiting: it checks cert against header,
// sends certify and returns the transaction. CertifiedBlob reads the
// blob ID from its receipt.
func (c *Committee) SendCertify(ctx context.Context, from *bind.TransactOpts, header *dac.HeaderCore, cert *dac.Certificate, ec *EpochCommittee) (*types.Transaction, error) {
	if cert.HeaderHash != header.Hash() {
		return nil, fmt.Errorf("%w: certificate is for header %s, not %s", ErrBadCertificate, cert.HeaderHash, header.Hash())
	}
	if header.Epoch != cert.Epoch {
		return nil, fmt.Errorf("%w: header epoch %d, certificate epoch %d", ErrBadCertificate, header.Epoch, cert.Epoch)
	}
	a, err := ec.CertificateArgs(cert)
	if err != nil {
		return nil, err
	}
	data := c.abi.PackCertify(headerArg(header), a.Signers, a.Signature, a.AggregateKey, a.NonSignerKeys)
	return c.Send(ctx, from, "certify", data)
}

// CertifiedBlob returns the blob ID of the Certified event in a certify
// receipt.
func (c *Committee) CertifiedBlob(r *types.Receipt) (dac.BlobID, error) {
	for _, l := range r.Logs {
		if ev, err := c.abi.UnpackCertifiedEvent(l); err == nil {
			return dac.BlobID(ev.BlobId), nil
		}
	}
	return dac.BlobID{}, fmt.Errorf("%w: Certified", ErrNoEvent)
}
