package l1

import (
	"context"
	"fmt"
	"math/big"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// EpochCommittee is the committee of one epoch as the contract records it.
//
// Members are in increasing slot order, and member i of a dac.Certificate's
// signer bitmap is Members[i]. On chain the bitmap is indexed by slot
// (Members[i].Slot); the two agree until a removal frees a slot, and
// CertificateArgs translates.
type EpochCommittee struct {
	Epoch            uint64
	Threshold        int
	Start            time.Time
	End              time.Time // zero while the epoch is current
	AggregateKeyHash [32]byte
	Members          []Operator
	aggregate        [bls.EIP2537G2Size]byte
}

// Keys returns the members' public keys in member order, the form
// dac.Certificate.Verify takes.
func (ec *EpochCommittee) Keys() []bls.PublicKey {
	keys := make([]bls.PublicKey, len(ec.Members))
	for i := range ec.Members {
		keys[i] = ec.Members[i].PublicKey
	}
	return keys
}

// AggregateKey returns the sum of every member's key, EIP-2537 encoded;
// its keccak256 is AggregateKeyHash.
func (ec *EpochCommittee) AggregateKey() [bls.EIP2537G2Size]byte { return ec.aggregate }

// Committee reads the committee of an epoch: members, keys, peer IDs,
// addresses, threshold and times. It recomputes the aggregate key and checks
// it against the hash the contract stores.
func (c *Committee) Committee(ctx context.Context, epoch uint64) (*EpochCommittee, error) {
	info, err := Call(ctx, c.Contract, c.abi.PackEpochInfo(epoch), c.abi.UnpackEpochInfo)
	if err != nil {
		return nil, fmt.Errorf("l1: epoch %d: %w", epoch, err)
	}
	if info.AggregateKeyHash == ([32]byte{}) {
		return nil, fmt.Errorf("%w: %d", ErrUnknownEpoch, epoch)
	}
	ms, err := Call(ctx, c.Contract, c.abi.PackEpochMembers(epoch), c.abi.UnpackEpochMembers)
	if err != nil {
		return nil, fmt.Errorf("l1: members of epoch %d: %w", epoch, err)
	}
	return buildEpochCommittee(epoch, info, ms)
}

func buildEpochCommittee(epoch uint64, info contracts.CommitteeEpochInfo, ms contracts.EpochMembersOutput) (*EpochCommittee, error) {
	if len(ms.Ops) != len(ms.Views) || len(ms.Ops) != int(info.Size) {
		return nil, fmt.Errorf("%w: epoch %d lists %d members, size %d", ErrBadCommittee, epoch, len(ms.Ops), info.Size)
	}
	ec := &EpochCommittee{
		Epoch:            epoch,
		Threshold:        int(info.Threshold),
		Start:            time.Unix(int64(u64(info.Start)), 0),
		AggregateKeyHash: info.AggregateKeyHash,
		Members:          make([]Operator, len(ms.Ops)),
	}
	if end := u64(info.End); end != 0 {
		ec.End = time.Unix(int64(end), 0)
	}
	for i := range ms.Ops {
		op, err := operatorFromView(ms.Ops[i], ms.Views[i])
		if err != nil {
			return nil, err
		}
		if i > 0 && op.Slot <= ec.Members[i-1].Slot {
			return nil, fmt.Errorf("%w: epoch %d members out of slot order", ErrBadCommittee, epoch)
		}
		if info.Members == nil || info.Members.Bit(int(op.Slot)) == 0 {
			return nil, fmt.Errorf("%w: epoch %d member %s at empty slot %d", ErrBadCommittee, epoch, op.Address, op.Slot)
		}
		ec.Members[i] = *op
	}
	if len(ec.Members) > 0 {
		ec.aggregate = bls.AggregatePublicKeys(ec.Keys()...).EIP2537()
	}
	if got := crypto.Keccak256Hash(ec.aggregate[:]); got != ec.AggregateKeyHash {
		return nil, fmt.Errorf("%w: epoch %d aggregate key hash %x, contract has %x", ErrBadCommittee, epoch, got, ec.AggregateKeyHash)
	}
	return ec, nil
}

// CertificateArgs are the arguments verifyCertificate and certify take
// besides the header: the slot-indexed signer bitmap, the EIP-2537
// signature, the epoch's aggregate key and the non-signers' keys in slot
// order, concatenated.
type CertificateArgs struct {
	Signers       *big.Int
	Signature     []byte
	AggregateKey  []byte
	NonSignerKeys []byte
}

// CertificateArgs derives the contract arguments of cert from the epoch's
// committee. It fails with ErrBadCertificate when the certificate is for
// another epoch or its bitmap is not for this committee's size.
func (ec *EpochCommittee) CertificateArgs(cert *dac.Certificate) (CertificateArgs, error) {
	if cert.Epoch != ec.Epoch {
		return CertificateArgs{}, fmt.Errorf("%w: certificate for epoch %d, committee of epoch %d", ErrBadCertificate, cert.Epoch, ec.Epoch)
	}
	if cert.Signers.Len() != len(ec.Members) {
		return CertificateArgs{}, fmt.Errorf("%w: bitmap for %d members, committee has %d", ErrBadCertificate, cert.Signers.Len(), len(ec.Members))
	}
	a := CertificateArgs{Signers: new(big.Int)}
	sig := cert.Signature.EIP2537()
	a.Signature = sig[:]
	a.AggregateKey = append([]byte(nil), ec.aggregate[:]...)
	for i := range ec.Members {
		if cert.Signers.Has(i) {
			a.Signers.SetBit(a.Signers, int(ec.Members[i].Slot), 1)
			continue
		}
		k := ec.Members[i].PublicKey.EIP2537()
		a.NonSignerKeys = append(a.NonSignerKeys, k[:]...)
	}
	if a.NonSignerKeys == nil {
		a.NonSignerKeys = []byte{}
	}
	return a, nil
}

// VerifyCertificate asks the contract (eth_call against the latest block)
// whether cert verifies for its epoch. It returns nil, or a *RevertError
// naming the contract's reason (InvalidSignature, InsufficientSigners,
// EpochExpired, ...), or a transport error.
func (c *Committee) VerifyCertificate(ctx context.Context, cert *dac.Certificate, ec *EpochCommittee) error {
	a, err := ec.CertificateArgs(cert)
	if err != nil {
		return err
	}
	_, err = Call(ctx, c.Contract, c.verifyData(cert.HeaderHash, cert.Epoch, a), func([]byte) (struct{}, error) { return struct{}{}, nil })
	return err
}

// VerifyCertificateArgs is VerifyCertificate with the contract arguments
// given directly (for callers that build them by hand).
func (c *Committee) VerifyCertificateArgs(ctx context.Context, hh dac.HeaderHash, epoch uint64, a CertificateArgs) error {
	_, err := Call(ctx, c.Contract, c.verifyData(hh, epoch, a), func([]byte) (struct{}, error) { return struct{}{}, nil })
	return err
}

// SendVerifyCertificate sends the verification as a transaction: it changes
// nothing, but its receipt shows the gas verification costs on chain.
func (c *Committee) SendVerifyCertificate(ctx context.Context, from *bind.TransactOpts, cert *dac.Certificate, ec *EpochCommittee) (*types.Receipt, error) {
	a, err := ec.CertificateArgs(cert)
	if err != nil {
		return nil, err
	}
	return c.Transact(ctx, from, "verify certificate", c.verifyData(cert.HeaderHash, cert.Epoch, a))
}

func (c *Committee) verifyData(hh dac.HeaderHash, epoch uint64, a CertificateArgs) []byte {
	return c.abi.PackVerifyCertificate(hh, epoch, a.Signers, a.Signature, a.AggregateKey, a.NonSignerKeys)
}

// Certify submits cert for header: the contract recomputes the header hash
// and blob ID, verifies the certificate and records the blob. It returns the
// blob ID and the receipt.
func (c *Committee) Certify(ctx context.Context, from *bind.TransactOpts, header *dac.HeaderCore, cert *dac.Certificate, ec *EpochCommittee) (dac.BlobID, *types.Receipt, error) {
	if cert.HeaderHash != header.Hash() {
		return dac.BlobID{}, nil, fmt.Errorf("%w: certificate is for header %s, not %s", ErrBadCertificate, cert.HeaderHash, header.Hash())
	}
	if header.Epoch != cert.Epoch {
		return dac.BlobID{}, nil, fmt.Errorf("%w: header epoch %d, certificate epoch %d", ErrBadCertificate, header.Epoch, cert.Epoch)
	}
	a, err := ec.CertificateArgs(cert)
	if err != nil {
		return dac.BlobID{}, nil, err
	}
	r, err := c.CertifyArgs(ctx, from, header, a)
	if err != nil {
		return dac.BlobID{}, r, err
	}
	for _, l := range r.Logs {
		if ev, err := c.abi.UnpackCertifiedEvent(l); err == nil {
			return dac.BlobID(ev.BlobId), r, nil
		}
	}
	return dac.BlobID{}, r, fmt.Errorf("%w: Certified", ErrNoEvent)
}

// CertifyArgs is Certify with the contract arguments given directly.
func (c *Committee) CertifyArgs(ctx context.Context, from *bind.TransactOpts, header *dac.HeaderCore, a CertificateArgs) (*types.Receipt, error) {
	data := c.abi.PackCertify(headerArg(header), a.Signers, a.Signature, a.AggregateKey, a.NonSignerKeys)
	return c.Transact(ctx, from, "certify", data)
}

func headerArg(h *dac.HeaderCore) contracts.CommitteeHeader {
	return contracts.CommitteeHeader{
		Version:         h.Version,
		ChainId:         h.ChainID,
		Size:            h.Size,
		K:               h.K,
		CommitmentsRoot: h.CommitmentsRoot,
		ArchiveData:     h.ArchiveData,
		ArchiveTotal:    h.ArchiveTotal,
		ArchiveRoot:     h.ArchiveRoot,
		Expiry:          h.Expiry,
		Epoch:           h.Epoch,
	}
}

// Certification is what the contract records for a certified blob.
type Certification struct {
	HeaderHash dac.HeaderHash
	Expiry     uint64 // unix seconds
	Epoch      uint64
}

// Certification returns the blob's certification and whether it has one.
func (c *Committee) Certification(ctx context.Context, id dac.BlobID) (Certification, bool, error) {
	out, err := Call(ctx, c.Contract, c.abi.PackCertification(id), c.abi.UnpackCertification)
	if err != nil {
		return Certification{}, false, fmt.Errorf("l1: certification of %s: %w", id, err)
	}
	cert := Certification{HeaderHash: out.Hh, Expiry: out.Expiry, Epoch: out.Epoch}
	return cert, out.Expiry != 0, nil
}

// HeaderHash asks the contract for the header hash it computes (the same
// bytes as dac.HeaderCore.Hash).
func (c *Committee) HeaderHash(ctx context.Context, h *dac.HeaderCore) (dac.HeaderHash, error) {
	v, err := Call(ctx, c.Contract, c.abi.PackHashHeader(headerArg(h)), c.abi.UnpackHashHeader)
	return dac.HeaderHash(v), err
}

// BlobID asks the contract for the blob ID it computes for the header.
func (c *Committee) BlobID(ctx context.Context, h *dac.HeaderCore) (dac.BlobID, error) {
	v, err := Call(ctx, c.Contract, c.abi.PackBlobId(headerArg(h)), c.abi.UnpackBlobId)
	return dac.BlobID(v), err
}

// AttestMessage asks the contract for the message members sign.
func (c *Committee) AttestMessage(ctx context.Context, epoch uint64, hh dac.HeaderHash) ([32]byte, error) {
	return Call(ctx, c.Contract, c.abi.PackAttestMessage(epoch, hh), c.abi.UnpackAttestMessage)
}

// HashToG1 runs the contract's on-chain hash-to-curve (RFC 9380,
// BLS12381G1_XMD:SHA-256_SSWU_RO_) on msg with dst.
func (c *Committee) HashToG1(ctx context.Context, msg, dst []byte) (bls12381.G1Affine, error) {
	b, err := Call(ctx, c.Contract, c.abi.PackHashToG1(msg, dst), c.abi.UnpackHashToG1)
	if err != nil {
		return bls12381.G1Affine{}, err
	}
	p, err := bls.G1FromEIP2537(b)
	if err != nil {
		return bls12381.G1Affine{}, fmt.Errorf("%w: hash to G1 returned %d bytes: %v", ErrBadCommittee, len(b), err)
	}
	return p, nil
}
