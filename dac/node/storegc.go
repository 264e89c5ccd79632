package node

import (
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// RunGC runs badger's value-log GC until it finds nothing to rewrite (or
// maxRounds). A rewrite reads a whole value-log file through its memory
// map, so the pages are handed back after each one (PageOut). It is a
// no-op in memory.
func (s *Store) RunGC(maxRounds int) (rewrites int, err error) {
	if s.inMemory {
		return 0, nil
	}
	for range maxRounds {
		err := s.db.RunValueLogGC(0.5)
		if errors.Is(err, badger.ErrNoRewrite) || errors.Is(err, badger.ErrRejected) {
			return rewrites, nil
		}
		if err != nil {
			return rewrites, err
		}
		rewrites++
		s.PageOut()
	}
	return rewrites, nil
}

// PageOut hands the resident pages of badger's memory-mapped value-log
// files back to the kernel and returns how many bytes of mappings it
// advised. Badger writes through memory maps, so without this every cell
// written stays in the node's RSS until the machine runs short of memory;
// the data is on disk and reads fault it back in. It is a no-op in memory
// and off Linux.
func (s *Store) PageOut() (int64, error) {
	if s.inMemory {
		return 0, nil
	}
	return pageOutFiles(s.dir, ".vlog")
}
