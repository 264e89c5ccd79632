//go:build !unix

package kzg

import "time"

// processCPU is not measured on this platform; parity-cpu-x is then not
// reported.
func processCPU() time.Duration { return 0 }
