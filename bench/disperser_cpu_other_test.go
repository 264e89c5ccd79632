//go:build !unix

package bench

import "time"

// disperserCPU is not measured on this platform; the CPU metrics read 0.
func disperserCPU() time.Duration { return 0 }
