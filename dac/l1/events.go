package l1

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/quire-da/quire/contracts"
)

// Event is one decoded log of the committee contract. Value is one of
// *contracts.CommitteeCertified, *contracts.CommitteeEpochStarted,
// *contracts.CommitteeMemberAdded, *contracts.CommitteeMemberRemoved,
// *contracts.CommitteeOperatorRegistered,
// *contracts.CommitteeOperatorNetworkUpdated,
// *contracts.CommitteeChangeQueued, *contracts.CommitteeChangeCancelled,
// *contracts.CommitteeAdminTransferStarted, *contracts.CommitteeOperatorApproved,
// *contracts.CommitteeChangeExecuted or *contracts.CommitteeAdminTransferred.
type Event struct {
	Name        string // the Solidity event name, e.g. "Certified"
	BlockNumber uint64
	TxHash      common.Hash
	LogIndex    uint
	Value       any
}

// ErrUnknownEvent is returned by DecodeEvent for a log that is not one of
// the committee contract's events.
var ErrUnknownEvent = errors.New("l1: unknown event")

// DecodeEvent decodes a log of the committee contract. Logs come from the
// chain, so any bytes may arrive: it returns an error, never panics.
func DecodeEvent(l *types.Log) (Event, error) {
	ev := Event{BlockNumber: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}
	if len(l.Topics) == 0 {
		return ev, fmt.Errorf("%w: no topics", ErrUnknownEvent)
	}
	var name string
	for n, e := range committeeABI.Events {
		if e.ID == l.Topics[0] {
			name = n
			break
		}
	}
	c := eventABI
	var (
		v   any
		err error
	)
	switch name {
	case "Certified":
		ev.Name, v, err = wrap(c.UnpackCertifiedEvent(l))
	case "EpochStarted":
		ev.Name, v, err = wrap(c.UnpackEpochStartedEvent(l))
	case "MemberAdded":
		ev.Name, v, err = wrap(c.UnpackMemberAddedEvent(l))
	case "MemberRemoved":
		ev.Name, v, err = wrap(c.UnpackMemberRemovedEvent(l))
	case "OperatorRegistered":
		ev.Name, v, err = wrap(c.UnpackOperatorRegisteredEvent(l))
	case "OperatorNetworkUpdated":
		ev.Name, v, err = wrap(c.UnpackOperatorNetworkUpdatedEvent(l))
	case "ChangeQueued":
		ev.Name, v, err = wrap(c.UnpackChangeQueuedEvent(l))
	case "ChangeCancelled":
		ev.Name, v, err = wrap(c.UnpackChangeCancelledEvent(l))
	case "ChangeExecuted":
		ev.Name, v, err = wrap(c.UnpackChangeExecutedEvent(l))
	case "AdminTransferred":
		ev.Name, v, err = wrap(c.UnpackAdminTransferredEvent(l))
	case "AdminTransferStarted":
		ev.Name, v, err = wrap(c.UnpackAdminTransferStartedEvent(l))
	case "OperatorApproved":
		ev.Name, v, err = wrap(c.UnpackOperatorApprovedEvent(l))
	default:
		return ev, fmt.Errorf("%w: topic %s", ErrUnknownEvent, l.Topics[0])
	}
	if err != nil {
		return ev, fmt.Errorf("l1: decode %s log: %w", ev.Name, err)
	}
	ev.Value = v
	return ev, nil
}

var eventABI = contracts.NewCommittee()

type namedEvent interface{ ContractEventName() string }

func wrap[T namedEvent](v *T, err error) (string, any, error) {
	var zero T
	if err != nil {
		return zero.ContractEventName(), nil, err
	}
	return zero.ContractEventName(), v, nil
}

// Events returns the contract's events in blocks [from, to], in chain
// order. It works on any backend with eth_getLogs.
func (c *Committee) Events(ctx context.Context, from, to uint64) ([]Event, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.timeout)
	defer cancel()
	out, err := DecodeLogs(ctx, c.backend, c.address, from, to, DecodeEvent)
	if err != nil {
		return nil, fmt.Errorf("l1: %w", err)
	}
	return out, nil
}

// Follow polls for the contract's events from block `from` on and calls fn
// for each, in chain order, until ctx ends or fn returns an error. It
// returns the next block to read (the checkpoint to resume from) with the
// reason it stopped. Polling FilterLogs works on every backend, with or
// without subscriptions. Blocks are read only up to the head minus
// confirmations, so shallow reorgs do not show.
func (c *Committee) Follow(ctx context.Context, from uint64, confirmations uint64, fn func(Event) error) (uint64, error) {
	t := time.NewTicker(c.opts.poll)
	defer t.Stop()
	for {
		head, err := c.blockNumber(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return from, ctx.Err()
			}
			return from, err
		}
		if head >= confirmations && head-confirmations >= from {
			to := head - confirmations
			evs, err := c.Events(ctx, from, to)
			if err != nil {
				if ctx.Err() != nil {
					return from, ctx.Err()
				}
				return from, err
			}
			for _, ev := range evs {
				if err := fn(ev); err != nil {
					// Resume at this event's block: fn sees it again.
					return ev.BlockNumber, err
				}
			}
			from = to + 1
		}
		select {
		case <-ctx.Done():
			return from, ctx.Err()
		case <-t.C:
		}
	}
}

func (c *Committee) blockNumber(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.timeout)
	defer cancel()
	n, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("l1: block number: %w", err)
	}
	return n, nil
}

// BlockNumber returns the backend's head block number.
func (c *Committee) BlockNumber(ctx context.Context) (uint64, error) { return c.blockNumber(ctx) }
