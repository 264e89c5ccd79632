//go:build !unix

package node

import "io/fs"

// allocated returns the file's length where block counts are unavailable.
func allocated(info fs.FileInfo) int64 { return info.Size() }

// freeBytes is unknown here: the free-space watermark is not enforced.
func freeBytes(string) (int64, error) { return 0, errFreeUnknown }
