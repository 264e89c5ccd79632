package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
)

// BlobReader is a handle on one deployed contracts/BlobReader.sol, which
// reads elements of blobs certified in a committee contract on L1 (see
// dac.Opening for what a read carries). Rejections come back as
// *RevertError naming the contract's custom error ("InvalidOpening",
// "CommitmentNotInRoot", "BlobIdMismatch", "UncertifiedBlob", ...).
type BlobReader struct {
	backend Backend
	address common.Address
	abi     *contracts.BlobReader
	opts    options
}

// DeployBlobReader deploys a BlobReader bound to the committee contract at
// committee and waits for it to be mined.
func DeployBlobReader(ctx context.Context, b Backend, from *bind.TransactOpts, committee common.Address, opts ...Option) (*BlobReader, error) {
	o := buildOptions(opts)
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	a := contracts.NewBlobReader()
	code := common.FromHex(contracts.BlobReaderMetaData.Bin)
	addr, tx, err := bind.DeployContract(withContext(from, ctx), code, b, a.PackConstructor(committee))
	if err != nil {
		return nil, fmt.Errorf("l1: deploy blob reader: %w", blobReaderRevert(err))
	}
	if o.mine != nil {
		o.mine()
	}
	if _, err := WaitForReceipt(ctx, b, tx.Hash(), o.poll); err != nil {
		return nil, fmt.Errorf("l1: deploy blob reader: %w", err)
	}
	return &BlobReader{backend: b, address: addr, abi: a, opts: o}, nil
}

// NewBlobReader returns a handle on the BlobReader at address, checking
// that code is deployed there.
func NewBlobReader(ctx context.Context, b Backend, address common.Address, opts ...Option) (*BlobReader, error) {
	o := buildOptions(opts)
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	if err := requireCode(ctx, b, address); err != nil {
		return nil, err
	}
	return &BlobReader{backend: b, address: address, abi: contracts.NewBlobReader(), opts: o}, nil
}

// requireCode fails unless a contract is deployed at address.
func requireCode(ctx context.Context, b Backend, address common.Address) error {
	code, err := b.CodeAt(ctx, address, nil)
	if err != nil {
		return fmt.Errorf("l1: code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("l1: no contract at %s", address)
	}
	return nil
}

// Address returns the contract's address.
func (r *BlobReader) Address() common.Address { return r.address }

// ReadCalldata returns the calldata of a read of the opening's elements of
// blob id: read(...) for one element, readMany(...) for several. id is
// passed as given (not recomputed from the opening), so a mismatch is the
// contract's to reject.
func ReadCalldata(id dac.BlobID, o *dac.Opening) ([]byte, error) {
	if len(o.Elements) == 0 {
		return nil, fmt.Errorf("%w: no elements", dac.ErrOpening)
	}
	a := contracts.NewBlobReader()
	blob := contracts.BlobReaderBlob{Version: o.Version, Size: o.Size, K: o.K, CommitmentsRoot: o.CommitmentsRoot}
	row := contracts.BlobReaderRow{Index: new(big.Int).SetUint64(uint64(o.Row)), Commitment: o.Commitment[:], Proof: o.RowProof}
	if row.Proof == nil {
		row.Proof = [][32]byte{}
	}
	if len(o.Elements) == 1 {
		e := o.Elements[0]
		return a.TryPackRead(id, blob, row, big.NewInt(int64(e.Index)), e.Value, e.Proof[:])
	}
	elements := make([]*big.Int, len(o.Elements))
	values := make([][32]byte, len(o.Elements))
	proofs := make([]byte, 0, 48*len(o.Elements))
	for i, e := range o.Elements {
		elements[i] = big.NewInt(int64(e.Index))
		values[i] = e.Value
		proofs = append(proofs, e.Proof[:]...)
	}
	return a.TryPackReadMany(id, blob, row, elements, values, proofs)
}

// Read checks the opening against blob id on chain (eth_call at the latest
// block) and returns the 31 payload bytes of each element, in the
// opening's order. A rejection is a *RevertError with the contract's error.
func (r *BlobReader) Read(ctx context.Context, id dac.BlobID, o *dac.Opening) ([][31]byte, error) {
	data, err := ReadCalldata(id, o)
	if err != nil {
		return nil, err
	}
	out, err := r.call(ctx, data)
	if err != nil {
		return nil, err
	}
	if len(o.Elements) == 1 {
		p, err := r.abi.UnpackRead(out)
		if err != nil {
			return nil, fmt.Errorf("l1: read: %w", err)
		}
		return [][31]byte{p}, nil
	}
	ps, err := r.abi.UnpackReadMany(out)
	if err != nil {
		return nil, fmt.Errorf("l1: readMany: %w", err)
	}
	if len(ps) != len(o.Elements) {
		return nil, fmt.Errorf("l1: readMany returned %d payloads for %d elements", len(ps), len(o.Elements))
	}
	return ps, nil
}

// SendRead sends the read as a transaction (the contract's read functions
// are views; a transaction is how their gas is measured) and returns the
// receipt.
func (r *BlobReader) SendRead(ctx context.Context, from *bind.TransactOpts, id dac.BlobID, o *dac.Opening) (*types.Receipt, error) {
	data, err := ReadCalldata(id, o)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.timeout)
	defer cancel()
	tx, err := bind.Transact(r.abi.Instance(r.backend, r.address), withContext(from, ctx), data)
	if err != nil {
		return nil, fmt.Errorf("l1: read: %w", blobReaderRevert(err))
	}
	if r.opts.mine != nil {
		r.opts.mine()
	}
	rc, err := WaitForReceipt(ctx, r.backend, tx.Hash(), r.opts.poll)
	if err != nil {
		return rc, fmt.Errorf("l1: read: %w", err)
	}
	return rc, nil
}

// ZAt returns the contract's evaluation point of element i (its constant
// product; kzg.EvaluationPoint in Go), or with modexp its MODEXP variant.
func (r *BlobReader) ZAt(ctx context.Context, i int, modexp bool) (*big.Int, error) {
	data := r.abi.PackZAt(big.NewInt(int64(i)))
	if modexp {
		data = r.abi.PackZAtModexp(big.NewInt(int64(i)))
	}
	out, err := r.call(ctx, data)
	if err != nil {
		return nil, err
	}
	return r.abi.UnpackZAt(out) // both return one uint256
}

// EstimateGas returns eth_estimateGas of calldata sent to the reader.
func (r *BlobReader) EstimateGas(ctx context.Context, data []byte) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, r.opts.timeout)
	defer cancel()
	g, err := r.backend.EstimateGas(ctx, ethereum.CallMsg{To: &r.address, Data: data})
	if err != nil {
		return 0, blobReaderRevert(err)
	}
	return g, nil
}

func (r *BlobReader) call(ctx context.Context, data []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, r.opts.timeout)
	defer cancel()
	out, err := r.backend.CallContract(ctx, ethereum.CallMsg{To: &r.address, Data: data}, nil)
	if err != nil {
		return nil, blobReaderRevert(err)
	}
	return out, nil
}

var blobReaderABI = func() abi.ABI {
	a, err := contracts.BlobReaderMetaData.ParseABI()
	if err != nil {
		panic("l1: committed BlobReader ABI does not parse: " + err.Error()) // build-time invariant
	}
	return *a
}()

// blobReaderRevert decodes a revert by BlobReader's custom errors.
func blobReaderRevert(err error) error { return asRevertWith(&blobReaderABI, err) }
