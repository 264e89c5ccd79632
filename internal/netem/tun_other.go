//go:build !linux

package netem

import (
	"errors"
	"fmt"
	"runtime"
)

// TUN is a TUN device; only Linux has them here.
type TUN struct{}

// OpenTUN returns errors.ErrUnsupported outside Linux.
func OpenTUN(netns, name string, mtu int) (*TUN, error) {
	return nil, fmt.Errorf("netem: TUN devices on %s: %w", runtime.GOOS, errors.ErrUnsupported)
}

// InNetns returns errors.ErrUnsupported outside Linux, unless netns is "".
func InNetns(netns string, fn func() error) error {
	if netns == "" {
		return fn()
	}
	return fmt.Errorf("netem: network namespaces on %s: %w", runtime.GOOS, errors.ErrUnsupported)
}

func (t *TUN) Name() string                { return "" }
func (t *TUN) Read(p []byte) (int, error)  { return 0, errors.ErrUnsupported }
func (t *TUN) Write(p []byte) (int, error) { return 0, errors.ErrUnsupported }
func (t *TUN) Close() error                { return nil }
