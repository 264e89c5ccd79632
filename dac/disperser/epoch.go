package disperser

import (
	"errors"

	"github.com/quire-da/quire/dac/disperser/plan"
	"github.com/quire-da/quire/dac/wire"
)

// maxEpochRetries bounds how many times one dispersal starts over on a
// newer committee after members refused it as of an older epoch.
const maxEpochRetries = 2

// newerEpoch returns the newest epoch that members refusing the
// dispersal with wrong_epoch named, when it is newer than epoch (the
// disperser's committee is behind theirs), and 0 otherwise.
func newerEpoch(q *plan.Quorum, epoch uint64) uint64 {
	var newest uint64
	for _, f := range q.Failures() {
		var rej *wire.RejectError
		if errors.As(f.Err, &rej) && rej.Code == wire.CodeWrongEpoch && rej.Epoch > epoch {
			newest = max(newest, rej.Epoch)
		}
	}
	return newest
}

// memberBehind reports whether err is a member refusing a header of epoch
// because its own committee is older: it will follow L1 within its poll
// interval, so the dispersal to it is worth retrying.
func memberBehind(err error, epoch uint64) bool {
	var rej *wire.RejectError
	return errors.As(err, &rej) && rej.Code == wire.CodeWrongEpoch && rej.Epoch < epoch
}

// sawEpoch tells the committee source that members are at epoch.
func (d *Disperser) sawEpoch(epoch uint64) {
	if s, ok := d.src.(EpochSeen); ok {
		s.SawEpoch(epoch)
	}
}
