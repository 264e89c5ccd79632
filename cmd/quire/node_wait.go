package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
)

// waitFirstEpoch returns once src has a committee to read. A committee
// contract whose first change has not executed has no epoch yet
// (l1.ErrUnknownEpoch): an operator who registered and started the node
// before the admin's change is waiting, not failing, so the node says so
// every poll and waits (until ctx ends). Other errors return at once.
func waitFirstEpoch(ctx context.Context, src p2p.CommitteeSource, poll time.Duration, log *slog.Logger) error {
	if poll <= 0 {
		poll = 12 * time.Second
	}
	for {
		_, err := src.Committee(ctx)
		if !errors.Is(err, l1.ErrUnknownEpoch) {
			return err
		}
		log.Warn("the committee has no epoch yet: waiting for the admin's first change to execute " +
			"(registering is not membership: the admin adds operators with quire committee change)")
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(poll):
		}
	}
}
