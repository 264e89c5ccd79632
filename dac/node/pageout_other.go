//go:build !linux

package node

// pageOutFiles is a no-op off Linux.
func pageOutFiles(dir string, suffixes ...string) (int64, error) { return 0, nil }
