package disperser

import (
	"errors"

	"github.com/quire-da/quire/dac/wire"
)

// maxEpochRetries bounds how many times one dispersal starts over on a
// newer committee after members refused it as of an older epoch.
const maxEpochRetries = 2

// newerEpoch returns the newest epoch that members refusing a dispersal
// without quorum (err) named with wrong_epoch, when it is newer than epoch
// (the disperser's committee is behind theirs), and 0 otherwise.
func newerEpoch(err error, epoch uint64) uint64 {
	var me *MembersError
	if !errors.As(err, &me) || !errors.Is(me.Kind, ErrNoQuorum) {
		return 0
	}
	var newest uint64
	for _, f := range me.Failures {
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
