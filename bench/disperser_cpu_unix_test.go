//go:build unix

package bench

import (
	"syscall"
	"time"
)

// disperserCPU returns the CPU time (user and system) this process has used.
// The disperser benchmarks run the whole committee in-process, so it is
// the system's cost, independent of what else the machine is running.
func disperserCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
