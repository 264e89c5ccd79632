package node

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrDiskFull is returned by Store writes while the filesystem holding the
// store has less free space than StoreConfig.MinFreeBytes. Retrying helps
// once space returns.
var ErrDiskFull = errors.New("node: free disk space below the watermark")

// errFreeUnknown: the platform cannot tell free space; nothing is refused.
var errFreeUnknown = errors.New("free space unknown on this platform")

// spaceCheckEvery is how long one free-space reading is trusted: writes
// and health checks in between reuse it (a statfs per dispersal would be
// cheap, but not free under a burst).
const spaceCheckEvery = time.Second

// diskGuard compares the free space of the store's filesystem with the
// watermark. It is safe for concurrent use.
type diskGuard struct {
	dir  string
	min  int64
	free func(dir string) (int64, error)
	now  func() time.Time

	mu      sync.Mutex
	checked time.Time
	last    int64
	err     error
}

func newDiskGuard(dir string, min int64) *diskGuard {
	return &diskGuard{dir: dir, min: min, free: freeBytes, now: time.Now}
}

// check returns nil while free space is at or above the watermark (or
// cannot be read on this platform), ErrDiskFull below it, and the statfs
// error when the filesystem cannot be read.
func (g *diskGuard) check() error {
	if g == nil {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	if g.checked.IsZero() || now.Sub(g.checked) >= spaceCheckEvery {
		g.checked = now
		g.last, g.err = g.free(g.dir)
	}
	switch {
	case errors.Is(g.err, errFreeUnknown):
		return nil
	case g.err != nil:
		return fmt.Errorf("node: free space of %s: %w", g.dir, g.err)
	case g.last < g.min:
		return fmt.Errorf("%w: %d MiB free, watermark %d MiB", ErrDiskFull, g.last>>20, g.min>>20)
	}
	return nil
}

// freeSpace returns the last free-space reading (-1 when none or unknown).
func (g *diskGuard) freeSpace() int64 {
	if g == nil {
		return -1
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.err != nil || g.checked.IsZero() {
		return -1
	}
	return g.last
}

// SpaceError returns nil while the store may write, or why it may not
// (ErrDiskFull below the watermark). In-memory stores always may.
func (s *Store) SpaceError() error { return s.disk.check() }
