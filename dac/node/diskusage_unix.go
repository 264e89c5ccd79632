//go:build unix

package node

import (
	"io/fs"
	"syscall"
)

// allocated returns the bytes a file occupies on disk: its allocated
// blocks, which for badger's preallocated (sparse) files is far less than
// their length.
func allocated(info fs.FileInfo) int64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return st.Blocks * 512
	}
	return info.Size()
}
