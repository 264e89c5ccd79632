//go:build linux

package node

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// pageOutFiles asks the kernel to reclaim the resident pages of this
// process's memory mappings of files under dir whose names end in one of
// suffixes, and returns how many bytes of mappings it advised.
//
// Badger memory-maps its value-log and table files and writes through the
// maps, so every byte written stays resident (and counted in the node's
// RSS) until the kernel is short of memory. MADV_PAGEOUT reclaims those
// pages now: the data is on disk (writes are synchronous) and comes back
// on the next read. The advice is non-destructive whatever the range holds,
// so a mapping that badger replaces between reading /proc/self/maps and
// the call cannot be harmed: at worst the hint lands on other memory.
func pageOutFiles(dir string, suffixes ...string) (int64, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return 0, err
	}
	raw, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, err
	}
	var advised int64
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		// start-end perms offset dev inode path
		f := strings.Fields(sc.Text())
		if len(f) < 6 {
			continue
		}
		path := f[5]
		if !strings.HasPrefix(path, abs+string(filepath.Separator)) || !hasSuffix(path, suffixes) {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		_, _, errno := unix.Syscall(unix.SYS_MADVISE, uintptr(start), uintptr(end-start), unix.MADV_PAGEOUT)
		if errno == 0 {
			advised += int64(end - start)
		}
	}
	return advised, sc.Err()
}

func hasSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
