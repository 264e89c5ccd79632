package l1

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// ErrNotCertify is returned by DecodeCertify for calldata that is not a
// well-formed call of the committee contract's certify. The transaction
// may still have certified a blob (a contract can call certify): the
// contract's record is then all there is.
var ErrNotCertify = errors.New("l1: not a certify call")

// CertifyCall is a certify call read back from a transaction's calldata:
// the header core, the contract's slot-indexed signer bitmap and the
// EIP-2537 signature, as sent.
type CertifyCall struct {
	Core      dac.HeaderCore
	Slots     *big.Int
	Signature []byte
}

// DecodeCertify decodes the calldata of a certify transaction, selector
// included. The bytes come from the chain: it returns an error wrapping
// ErrNotCertify, never panics.
func DecodeCertify(data []byte) (*CertifyCall, error) {
	m := committeeABI.Methods["certify"]
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return nil, fmt.Errorf("%w: selector", ErrNotCertify)
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotCertify, err)
	}
	if len(vals) != 5 {
		return nil, fmt.Errorf("%w: %d arguments", ErrNotCertify, len(vals))
	}
	hdr, err := convertHeader(vals[0])
	if err != nil {
		return nil, fmt.Errorf("%w: header argument: %v", ErrNotCertify, err)
	}
	slots, ok1 := vals[1].(*big.Int)
	sig, ok2 := vals[2].([]byte)
	if !ok1 || !ok2 || slots == nil {
		return nil, fmt.Errorf("%w: argument types", ErrNotCertify)
	}
	return &CertifyCall{
		Core: dac.HeaderCore{
			Version: hdr.Version, ChainID: hdr.ChainId, Size: hdr.Size, K: hdr.K, CommitmentsRoot: hdr.CommitmentsRoot,
			ArchiveData: hdr.ArchiveData, ArchiveTotal: hdr.ArchiveTotal, ArchiveRoot: hdr.ArchiveRoot,
			Expiry: hdr.Expiry, Epoch: hdr.Epoch,
		},
		Slots:     slots,
		Signature: sig,
	}, nil
}

// convertHeader converts the unpacked header tuple; abi.ConvertType panics
// on a shape it cannot convert, which calldata must never cause.
func convertHeader(v any) (h contracts.CommitteeHeader, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return *abi.ConvertType(v, new(contracts.CommitteeHeader)).(*contracts.CommitteeHeader), nil
}

// Certificate rebuilds the certificate a certify call carried, for the
// epoch ec (the call's epoch): the slot bitmap becomes a bitmap by member
// index (the inverse of CertificateArgs) and the signature is decoded. A
// signature that does not decode is not one the contract could have
// checked; it becomes the zero signature, which fails every check.
func (ec *EpochCommittee) Certificate(call *CertifyCall) (*dac.Certificate, error) {
	bm, err := dac.NewBitmap(len(ec.Members))
	if err != nil {
		return nil, err
	}
	for i, m := range ec.Members {
		if call.Slots.Bit(int(m.Slot)) == 1 {
			bm.Set(i) // in range: i < len(ec.Members)
		}
	}
	s, err := bls.SignatureFromEIP2537(call.Signature)
	if err != nil {
		s = bls.Signature{}
	}
	return &dac.Certificate{HeaderHash: call.Core.Hash(), Epoch: call.Core.Epoch, Signers: bm, Signature: s}, nil
}
