package l1

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac/bls"
)

// Committee is a handle on one deployed committee contract. It is safe for
// concurrent use; every method takes a context and is bounded by the
// timeout set with WithTimeout.
type Committee struct {
	*Contract // Address, ChainID, Backend, ABI, Transact, DecodeRevert
	abi       *contracts.Committee
}

// DeployParams are the contract's constructor arguments.
type DeployParams struct {
	// Admin may queue and cancel membership changes; zero means the deployer.
	Admin common.Address
	// ChangeDelay is how long a queued change waits before it can execute.
	ChangeDelay time.Duration
	// RotationWindow is how long an epoch's certificates stay valid after
	// the next epoch starts.
	RotationWindow time.Duration
}

// Deploy deploys a committee contract from `from` and waits for it to be
// mined.
func Deploy(ctx context.Context, b Backend, from *bind.TransactOpts, p DeployParams, opts ...Option) (*Committee, error) {
	if p.Admin == (common.Address{}) {
		p.Admin = from.From
	}
	if p.ChangeDelay < 0 || p.RotationWindow < 0 {
		return nil, fmt.Errorf("l1: negative delay or window")
	}
	input := contracts.NewCommittee().PackConstructor(p.Admin, uint64(p.ChangeDelay/time.Second), uint64(p.RotationWindow/time.Second))
	c, _, err := DeployContract(ctx, b, from, &contracts.CommitteeMetaData, input, opts...)
	if err != nil {
		return nil, fmt.Errorf("l1: deploy committee: %w", err)
	}
	return &Committee{Contract: c, abi: contracts.NewCommittee()}, nil
}

// New returns a handle on the committee contract at address. It reads the
// chain ID and checks that code is deployed there.
func New(ctx context.Context, b Backend, address common.Address, opts ...Option) (*Committee, error) {
	c, err := BindContract(ctx, b, &contracts.CommitteeMetaData, address, opts...)
	if err != nil {
		return nil, err
	}
	return &Committee{Contract: c, abi: contracts.NewCommittee()}, nil
}

// Registration is what an operator registers: its BLS public key with the
// proof of possession (bls.SecretKey.ProvePossession) and where its node
// listens (binary libp2p peer ID, multiaddrs).
type Registration struct {
	PublicKey         bls.PublicKey
	ProofOfPossession bls.Signature
	PeerID            []byte
	Addrs             []string
}

// Register registers the sender of `from` as an operator. The contract
// checks the proof of possession with the pairing precompile and reverts
// with InvalidProofOfPossession (or a point error) when it is wrong.
func (c *Committee) Register(ctx context.Context, from *bind.TransactOpts, r Registration) (*types.Receipt, error) {
	pk := r.PublicKey.EIP2537()
	pkc := r.PublicKey.Bytes()
	pop := r.ProofOfPossession.EIP2537()
	return c.registerRaw(ctx, from, pk[:], pkc[:], pop[:], r.PeerID, r.Addrs)
}

// registerRaw sends the registration bytes as given (tests use it for
// malformed points).
func (c *Committee) registerRaw(ctx context.Context, from *bind.TransactOpts, pk, pkc, pop, peerID []byte, addrs []string) (*types.Receipt, error) {
	if addrs == nil {
		addrs = []string{}
	}
	if peerID == nil {
		peerID = []byte{}
	}
	return c.Transact(ctx, from, "register", c.abi.PackRegister(pk, pkc, pop, peerID, addrs))
}

// UpdateNetwork replaces the sender's peer ID and addresses.
func (c *Committee) UpdateNetwork(ctx context.Context, from *bind.TransactOpts, peerID []byte, addrs []string) (*types.Receipt, error) {
	if addrs == nil {
		addrs = []string{}
	}
	return c.Transact(ctx, from, "update network", c.abi.PackUpdateNetwork(peerID, addrs))
}

// Change is a membership change: operators to add and remove, and a new
// threshold (0 keeps the current one).
type Change struct {
	Add       []common.Address
	Remove    []common.Address
	Threshold uint8
}

// QueuedChange is a change waiting in the contract's queue.
type QueuedChange struct {
	ID  uint64
	ETA time.Time // earliest execution time (block timestamp)
}

// QueueChange queues a change (admin only). It can execute after the
// contract's change delay and then opens the next epoch.
func (c *Committee) QueueChange(ctx context.Context, admin *bind.TransactOpts, ch Change) (QueuedChange, error) {
	add, remove := ch.Add, ch.Remove
	if add == nil {
		add = []common.Address{}
	}
	if remove == nil {
		remove = []common.Address{}
	}
	r, err := c.Transact(ctx, admin, "queue change", c.abi.PackQueueChange(add, remove, ch.Threshold))
	if err != nil {
		return QueuedChange{}, err
	}
	for _, l := range r.Logs {
		if ev, err := c.abi.UnpackChangeQueuedEvent(l); err == nil {
			return QueuedChange{ID: u64(ev.Id), ETA: time.Unix(int64(ev.Eta), 0)}, nil
		}
	}
	return QueuedChange{}, fmt.Errorf("%w: ChangeQueued", ErrNoEvent)
}

// CancelChange cancels a queued change (admin only).
func (c *Committee) CancelChange(ctx context.Context, admin *bind.TransactOpts, id uint64) error {
	_, err := c.Transact(ctx, admin, "cancel change", c.abi.PackCancelChange(new(big.Int).SetUint64(id)))
	return err
}

// ExecuteChange executes a queued change whose delay has passed and returns
// the epoch it opened. Anyone may send it.
func (c *Committee) ExecuteChange(ctx context.Context, from *bind.TransactOpts, id uint64) (uint64, error) {
	r, err := c.Transact(ctx, from, "execute change", c.abi.PackExecuteChange(new(big.Int).SetUint64(id)))
	if err != nil {
		return 0, err
	}
	for _, l := range r.Logs {
		if ev, err := c.abi.UnpackChangeExecutedEvent(l); err == nil {
			return ev.Epoch, nil
		}
	}
	return 0, fmt.Errorf("%w: ChangeExecuted", ErrNoEvent)
}

// TransferAdmin hands the admin role to newAdmin (admin only).
func (c *Committee) TransferAdmin(ctx context.Context, admin *bind.TransactOpts, newAdmin common.Address) error {
	_, err := c.Transact(ctx, admin, "transfer admin", c.abi.PackTransferAdmin(newAdmin))
	return err
}

// CurrentEpoch returns the current epoch (0 before the first change executes).
func (c *Committee) CurrentEpoch(ctx context.Context) (uint64, error) {
	return Call(ctx, c.Contract, c.abi.PackCurrentEpoch(), c.abi.UnpackCurrentEpoch)
}

// Admin returns the admin address.
func (c *Committee) Admin(ctx context.Context) (common.Address, error) {
	return Call(ctx, c.Contract, c.abi.PackAdmin(), c.abi.UnpackAdmin)
}

// Operator is a registered operator as the contract reports it.
type Operator struct {
	Address   common.Address
	PublicKey bls.PublicKey
	PeerID    []byte
	Addrs     []string
	Active    bool   // member of the current epoch
	Slot      uint8  // signer-bitmap bit while a member
	FromEpoch uint64 // first epoch as a member; 0 if never
	ToEpoch   uint64 // first epoch no longer a member; 0 if still
}

// Operator returns a registered operator.
func (c *Committee) Operator(ctx context.Context, who common.Address) (*Operator, error) {
	v, err := Call(ctx, c.Contract, c.abi.PackOperatorInfo(who), c.abi.UnpackOperatorInfo)
	if err != nil {
		return nil, fmt.Errorf("l1: operator %s: %w", who, err)
	}
	return operatorFromView(who, v)
}

func operatorFromView(who common.Address, v contracts.CommitteeOperatorView) (*Operator, error) {
	pk, err := bls.PublicKeyFromEIP2537(v.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("%w: key of %s: %v", ErrBadCommittee, who, err)
	}
	return &Operator{
		Address:   who,
		PublicKey: pk,
		PeerID:    v.PeerId,
		Addrs:     v.Addrs,
		Active:    v.Active,
		Slot:      v.Slot,
		FromEpoch: v.FromEpoch,
		ToEpoch:   v.ToEpoch,
	}, nil
}

// RegisteredOperators returns every operator that ever registered.
func (c *Committee) RegisteredOperators(ctx context.Context) ([]common.Address, error) {
	return Call(ctx, c.Contract, c.abi.PackRegisteredOperators(), c.abi.UnpackRegisteredOperators)
}
