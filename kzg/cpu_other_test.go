//go:build !unix

package kzg

import "time"

// benchCPU is unavailable here; cpu-ns/op is not reported.
func benchCPU() time.Duration { return -1 }
