//go:build !unix

package node

import "time"

// cpuTime is unavailable here.
func cpuTime() time.Duration { return 0 }
