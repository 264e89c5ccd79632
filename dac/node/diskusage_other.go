//go:build !unix

package node

import "io/fs"

// allocated returns the file's length where block counts are unavailable.
func allocated(info fs.FileInfo) int64 { return info.Size() }
